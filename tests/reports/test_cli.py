"""``checkin badges``, ``checkin export …`` and ``checkin certificates`` end to end."""

from __future__ import annotations

import csv
import errno

import openpyxl
import pytest
from pypdf import PdfReader

from checkin import atomic
from checkin.cli import main


@pytest.fixture
def db(attended):
    return str(attended.path)


def run(capsys, *argv):
    status = main(["--db", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_badges_selection_and_marking(db, attended, tmp_path, capsys):
    path = tmp_path / "speakers.pdf"
    status, out, err = run(capsys, db, "badges", "-o", str(path), "--category", "intervenant",
                           "--format", "a6")
    assert status == 0, err
    assert "1 badge(s) on 1 page(s)" in out
    text = PdfReader(path).pages[0].extract_text()
    assert "N'Guessan" in text
    assert attended.attendee("p2").badge_printed_at is not None
    assert attended.attendee("p1").badge_printed_at is None

    status, out, _ = run(capsys, db, "badges", "-o", str(tmp_path / "rest.pdf"), "--not-printed",
                         "--format", "a4-8")
    assert status == 0
    assert "3 badge(s) on 1 page(s)" in out  # p1, p4, p5; p2 printed, p3 cancelled
    status, out, _ = run(capsys, db, "badges", "-o", str(tmp_path / "none.pdf"), "--not-printed")
    assert status == 0 and "No badge matches" in out


def test_badges_png(db, tmp_path, capsys):
    status, out, err = run(capsys, db, "badges", "--png", str(tmp_path / "png"),
                           "--organisation", "fonction publique", "--no-mark", "--format", "card")
    assert status == 0, err
    assert [p.name for p in (tmp_path / "png").iterdir()] == ["Ndayishimiye_Helene_p1.png"]


def test_unknown_category(db, tmp_path, capsys):
    status, _, err = run(capsys, db, "badges", "-o", str(tmp_path / "x.pdf"), "--category", "vip!")
    assert status == 1
    assert err.startswith("checkin: Unknown category 'vip!'") and err.count("\n") == 1


def test_export_everything(db, tmp_path, capsys):
    folder = tmp_path / "exports"
    status, out, err = run(capsys, db, "export", "all", "-d", str(folder), "--sep", ",")
    assert status == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([
        "attendance.xlsx", "attendance.csv", "matrix.csv", "no-shows.csv", "checkin-log.csv",
        "doubles.csv", "attendance-sheet-plenary.pdf", "attendance-sheet-speakers.pdf",
        "attendance-sheet-workshop-a.pdf", "attendance-sheet-2025-02-03.pdf", "summary.pdf",
    ])
    with open(folder / "attendance.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Session (id)" and len(rows) == 8
    book = openpyxl.load_workbook(folder / "attendance.xlsx")
    assert book.sheetnames[0] == "Résumé - Summary" and book.sheetnames[-1] == "Matrice - Matrix"
    assert "Total des présents / Total present: 2" in PdfReader(
        folder / "attendance-sheet-workshop-a.pdf").pages[0].extract_text()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "attendance", "-o", "{tmp}/a.csv", "--session", "plenary"],
        ["export", "attendance", "-o", "{tmp}/a.xlsx"],
        ["export", "matrix", "-o", "{tmp}/m.csv"],
        ["export", "noshows", "-o", "{tmp}/n.xlsx", "--session", "plenary"],
        ["export", "log", "-o", "{tmp}/l.csv", "--sep", ";"],
        ["export", "workbook", "-o", "{tmp}/w.xlsx"],
        ["export", "sheet", "-o", "{tmp}/s.pdf", "--session", "plenary"],
        ["export", "sheet", "-o", "{tmp}/d.pdf", "--day", "2025-02-03"],
        ["export", "summary", "-o", "{tmp}/r.pdf"],
        ["certificates", "-o", "{tmp}/c.pdf", "--issued", "2025-02-04"],
        ["certificates", "--folder", "{tmp}/certs", "--id", "p1"],
    ],
)
def test_each_export_writes_its_file(db, tmp_path, capsys, argv):
    argv = [a.format(tmp=tmp_path) for a in argv]
    status, out, err = run(capsys, db, *argv)
    assert status == 0, err
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in (".csv", ".xlsx", ".pdf")]
    assert len(written) == 1 and written[0].stat().st_size > 0


@pytest.mark.parametrize(
    "argv, message",
    [
        (["export", "attendance", "-o", "{tmp}/nowhere/a.csv"], "The folder does not exist"),
        (["export", "attendance", "-o", "{tmp}/a.txt"], "must end in .csv or .xlsx"),
        (["export", "sheet", "-o", "{tmp}/s.pdf", "--session", "nope"], "No session 'nope'"),
        (["export", "sheet", "-o", "{tmp}/s.pdf", "--day", "2030-01-01"], "No session on 2030-01-01"),
        (["export", "sheet", "-o", "{tmp}/s.csv", "--session", "plenary"], "must end in .pdf"),
        (["export", "workbook", "-o", "{tmp}/w.csv"], "must end in .xlsx"),
        (["badges", "-o", "{tmp}/nowhere/b.pdf"], "The folder does not exist"),
        (["certificates", "-o", "{tmp}"], "must end in .pdf"),
        (["export", "all", "-d", "{tmp}/file.txt"], "exists and is not a folder"),
    ],
)
def test_errors_are_one_sentence(db, tmp_path, capsys, argv, message):
    (tmp_path / "file.txt").write_text("")
    argv = [a.format(tmp=tmp_path) for a in argv]
    status, out, err = run(capsys, db, *argv)
    assert status == 1
    assert err.startswith("checkin: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    made = [p for p in tmp_path.rglob("*")
            if p.is_file() and p.name != "file.txt" and not p.name.startswith("station.db")]
    assert made == []


def test_full_disk_from_the_command_line(db, attended, tmp_path, capsys, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    real = atomic._open_temp

    class Full:
        def __init__(self, *args):
            self.real = real(*args)

        def write(self, data):
            refuse()

        def __getattr__(self, name):
            return getattr(self.real, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.real.close()

    monkeypatch.setattr(atomic, "_open_temp", Full)
    target = tmp_path / "badges.pdf"
    status, _, err = run(capsys, db, "badges", "-o", str(target))
    assert status == 1
    assert err == f"checkin: The disk is full: free some space and try again; {target} was not written.\n"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("station.db")] == []
    assert attended.attendee("p1").badge_printed_at is None  # nothing printed, nothing marked
