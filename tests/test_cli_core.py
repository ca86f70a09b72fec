"""The core sub-commands through ``checkin.cli.main``: demo, import, stats; failures are one
sentence on stderr and exit status 1."""

from __future__ import annotations

import re

import pytest

from checkin.cli import main
from checkin.store import Store
from tests.test_importer import FR_HEADER, ROWS, write_csv, write_xlsx


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_sentence(err: str) -> None:
    assert err.startswith("checkin: ") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.db"
    code, out, _ = run(capsys, "--db", str(path), "demo")
    assert code == 0
    return path, out


def test_demo_builds_and_summarises(demo_db):
    path, out = demo_db
    assert f"Demo conference written to {path}" in out
    assert "16 sessions, 1500 attendees" in out and "badge code IMC25" in out
    token = out.split("admit ")[1].split()[0]
    store = Store(path)
    try:
        assert store.attendee_by_token(token) is not None
        assert store.arrived("d1-opening") > 500
    finally:
        store.close()


def test_demo_refuses_a_database_of_another_event(tmp_path, capsys):
    path = tmp_path / "other.db"
    csv = write_csv(tmp_path / "l.csv", FR_HEADER, ROWS)
    assert run(capsys, "--db", str(path), "import", str(csv), "--event-code", "ABC")[0] == 0
    code, _, err = run(capsys, "--db", str(path), "demo", "--count", "10")
    assert code == 1 and "another event" in err
    assert_one_sentence(err)


def test_stats(demo_db, capsys):
    path, _ = demo_db
    code, out, _ = run(capsys, "--db", str(path), "stats")
    assert code == 0
    assert "International Mutualist Conference" in out and "(IMC25)" in out
    opening = next(line for line in out.splitlines() if line.strip().startswith("d1-opening"))
    arrived, expected = re.search(r"(\d+) / (\d+)", opening).groups()
    assert "Mon 03 08:30" in opening  # local Bujumbura time
    assert int(arrived) > 500 and int(expected) > 1400
    assert "1500" in out and "cancelled" in out and "participant" in out
    assert "Auditorium – porte A" in out and "Waiting to be pushed: 0" in out


def test_stats_without_event(tmp_path, capsys):
    Store(tmp_path / "empty.db").close()
    code, _, err = run(capsys, "--db", str(tmp_path / "empty.db"), "stats")
    assert code == 1 and "No event" in err


def test_stats_on_a_mistyped_path_makes_no_file(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "emtpy.db"), "stats")
    assert code == 1 and "No database at" in err
    assert not list(tmp_path.iterdir())
    assert_one_sentence(err)


def test_import_dry_run_prints_the_report_and_writes_nothing(demo_db, tmp_path, capsys):
    path, _ = demo_db
    rows = [list(r) for r in ROWS]
    for r in rows:
        r[9] = "d1-ws-absorption" if r[9] else ""
    csv = write_csv(tmp_path / "liste.csv", FR_HEADER, rows)
    code, out, _ = run(capsys, "--db", str(path), "import", str(csv), "--dry-run")
    assert code == 0
    assert "liste.csv: CSV, cp1252, separator ';'; header on line 1" in out
    assert "Courriel → email" in out and "line 2: taken Hélène NDAYISHIMIYE" in out
    assert out.strip().endswith("Dry run, nothing written: 4 new, 0 updated, 0 unchanged, "
                                "0 refused, 0 skipped.")
    store = Store(path)
    try:
        assert store.count_attendees() == 1500
    finally:
        store.close()


def test_import_refused_lines_exit_1_and_change_nothing(demo_db, tmp_path, capsys):
    path, _ = demo_db
    rows = [ROWS[1], ["R-9", "", "", "MFP"] + [""] * 7, ["R-10", "Ciza", "Déo", "MFP", "",
                                                        "", "deo@", "", "", "", ""]]
    csv = write_csv(tmp_path / "bad.csv", FR_HEADER, rows)
    code, out, err = run(capsys, "--db", str(path), "import", str(csv))
    assert code == 1
    assert "line 3: refused — missing name" in out
    assert "line 4: refused Déo Ciza — malformed e-mail ('deo@')" in out
    assert "Nothing imported" in out
    assert_one_sentence(err)
    assert "2 line(s) refused" in err and "--accept-partial" in err
    code, out, _ = run(capsys, "--db", str(path), "import", str(csv), "--accept-partial")
    assert code == 0 and "Imported: 1 new" in out


def test_import_needs_an_event_then_creates_it(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    xlsx = write_xlsx(tmp_path / "inscrits.xlsx", FR_HEADER, ROWS, titles=["Liste"])
    code, _, err = run(capsys, "--db", db, "import", str(xlsx))
    assert code == 1 and "--event-code" in err
    assert_one_sentence(err)
    code, _, err = run(capsys, "--db", db, "import", str(xlsx), "--event-code", "x")
    assert code == 1 and "2 to 12 letters" in err
    code, _, err = run(capsys, "--db", db, "import", str(xlsx), "--event-code", "AB",
                       "--event-timezone", "Mars/Olympus")
    assert code == 1 and "Unknown time zone" in err
    code, out, _ = run(capsys, "--db", db, "import", str(xlsx), "--event-code", "acme26",
                       "--event-title", "Acme 2026", "--event-timezone", "Europe/Brussels",
                       "--event-start", "2026-03-01", "--event-end", "2026-03-02")
    assert code == 0 and "a new event was created" in out and "Imported: 4 new" in out
    assert "sheet 'Inscrits'; header on line 2" in out
    code, out, _ = run(capsys, "--db", db, "stats")
    assert "Acme 2026 (ACME26)" in out and "Europe/Brussels" in out


def test_import_mapping_and_sheet_options(demo_db, tmp_path, capsys):
    path, _ = demo_db
    header = ["Apellido", "Nombre", "Institución"]
    csv = write_csv(tmp_path / "es.csv", header, [["García", "Lucía", "Mutualidad"]],
                    encoding="utf-8")
    code, _, err = run(capsys, "--db", str(path), "import", str(csv))
    assert code == 1 and "No header row" in err
    code, out, _ = run(capsys, "--db", str(path), "import", str(csv), "--map",
                       "Apellido=last_name", "--map", "Nombre=first_name", "--map",
                       "Institución=organisation")
    assert code == 0 and "Apellido → last_name" in out and "Imported: 1 new" in out
    code, _, err = run(capsys, "--db", str(path), "import", str(csv), "--map", "Apellido")
    assert code == 1 and "COLUMN=FIELD" in err
    xlsx = write_xlsx(tmp_path / "s.xlsx", FR_HEADER, ROWS)
    code, _, err = run(capsys, "--db", str(path), "import", str(xlsx), "--sheet", "Nope")
    assert code == 1 and "no sheet 'Nope'" in err
    assert_one_sentence(err)


def test_import_missing_or_unreadable_file(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "absent.csv"))
    assert code == 1 and "No such file" in err
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200))
    code, _, err = run(capsys, "--db", db, "import", str(old))
    assert code == 1 and ".xlsx or CSV" in err
    assert_one_sentence(err)


def test_naming_the_station(tmp_path, capsys):
    db = str(tmp_path / "station.db")
    assert main(["--db", db, "station", "Auditorium – porte A"]) == 0
    assert capsys.readouterr().out.startswith("Auditorium – porte A (")
    assert main(["--db", db, "station"]) == 0
    assert capsys.readouterr().out.startswith("Auditorium – porte A (")
    assert main(["--db", db, "station", "  "]) == 1
    assert "cannot be empty" in capsys.readouterr().err
