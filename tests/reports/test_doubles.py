"""Double entries in the exports: the same badge admitted at two doors while both were
offline, merged here from the two stations, then listed by ``checkin export doubles``, in the
workbook's "Doubles" sheet, in ``export all`` and marked in the check-in log; undoing one of
the two entries takes it off every list."""

from __future__ import annotations

import csv
import uuid as uuidlib
from datetime import UTC, datetime, timedelta, timezone

import openpyxl

from checkin.cli import main
from checkin.model import CheckIn, Method, Station
from checkin.reception import Reception
from checkin.reports import bundle, exports
from checkin.reports.data import load_attendance

# 09:31 and 09:40 in Bujumbura (UTC+2): Hélène at door B, then at door A nine minutes later.
AT_B = datetime(2025, 2, 3, 7, 31, tzinfo=UTC)
AT_A = AT_B + timedelta(minutes=9)
DOOR_A, DOOR_B = "Auditorium – porte A", "Entrée côté jardin"


def admit_twice_offline(store) -> tuple[CheckIn, CheckIn]:
    """Hélène (p1) admitted to the plenary (no re-entry) by door B then by door A, each
    offline and sure it was the first; their check-ins meet here. p2 enters once (no double);
    p5 twice in the speakers' lounge, which allows re-entry (no double either)."""
    store.upsert_stations([Station("door-a", DOOR_A, None, 0), Station("door-b", DOOR_B, None, 0)])
    at_b = CheckIn(str(uuidlib.uuid4()), "p1", "plenary", "door-b", AT_B, Method.CAMERA)
    at_a = CheckIn(str(uuidlib.uuid4()), "p1", "plenary", "door-a", AT_A, Method.SCANNER)
    once = CheckIn(str(uuidlib.uuid4()), "p2", "plenary", "door-a", AT_B, Method.CAMERA)
    lounge = [CheckIn(str(uuidlib.uuid4()), "p5", "speakers", door, AT_B + timedelta(minutes=m),
                      Method.CAMERA) for door, m in (("door-a", 0), ("door-b", 30))]
    store.merge_checkins([at_a, once, *lounge])  # door A's bundle
    store.merge_checkins([at_b])  # door B's
    return at_b, at_a


def read_csv(path, delimiter=";"):
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def test_doubles_csv_lists_the_person_with_accents(small_event, tmp_path):
    at_b, at_a = admit_twice_offline(small_event)
    data = load_attendance(small_event)
    rows = read_csv(exports.export_doubles(data, small_event, tmp_path / "doubles.csv"))
    assert len(rows) == 1
    (row,) = rows
    assert (row["Nom / Name"], row["Prénom / First name"]) == ("Ndayishimiye", "Hélène")
    assert row["Session"] == "Plénière d'ouverture / Opening plenary"
    assert row["Session (id)"] == "plenary"
    assert row["Entrées / Entries"] == "2"
    assert row["Première entrée / First entry"] == "2025-02-03 09:31:00"
    assert row["Premier poste / First station"] == DOOR_B
    assert row["Dernière entrée / Last entry"] == "2025-02-03 09:40:00"
    assert row["Dernier poste / Last station"] == DOOR_A
    assert row["Minutes entre / Minutes between"] == "9"
    assert row["Postes / Stations"] == f"{DOOR_B}, {DOOR_A}"
    assert row["Check-ins (uuid)"].split() == [at_b.uuid, at_a.uuid]
    # one session only, with ',' as separator
    plenary = data.session("plenary")
    path = exports.export_doubles(data, small_event, tmp_path / "p.csv", session=plenary,
                                  delimiter=",")
    assert [r["Identifiant / Id"] for r in read_csv(path, ",")] == ["p1"]
    lounge = exports.export_doubles(data, small_event, tmp_path / "s.csv",
                                    session=data.session("speakers"))
    assert read_csv(lounge) == []


def test_workbook_has_the_doubles_sheet_and_the_log_marks_them(small_event, tmp_path):
    at_b, at_a = admit_twice_offline(small_event)
    data = load_attendance(small_event)
    book = openpyxl.load_workbook(exports.export_workbook(data, small_event, tmp_path / "a.xlsx"))
    assert book.sheetnames[-1] == "Doubles - Double entries"
    sheet = list(book["Doubles - Double entries"].iter_rows(values_only=True))
    headers, rows = sheet[0], sheet[1:]
    assert len(rows) == 1
    row = dict(zip(headers, rows[0], strict=False))
    assert row["Prénom / First name"] == "Hélène"
    assert row["Première entrée / First entry"] == datetime(2025, 2, 3, 9, 31)  # a date cell
    assert row["Minutes entre / Minutes between"] == 9
    log = list(book["Journal - Log"].iter_rows(values_only=True))
    marked = {r[-2] for r in log[1:] if r[-1] == 1}
    assert log[0][-1] == "Entrée en double / Double entry"
    assert marked == {at_b.uuid, at_a.uuid}  # not p2's single entry, not the lounge


def test_undoing_one_entry_removes_the_double(small_event, tmp_path):
    at_b, _at_a = admit_twice_offline(small_event)
    Reception(small_event, clock=lambda: AT_A + timedelta(minutes=5)).undo(at_b.uuid)
    data = load_attendance(small_event)
    assert read_csv(exports.export_doubles(data, small_event, tmp_path / "d.csv")) == []
    book = openpyxl.load_workbook(exports.export_workbook(data, small_event, tmp_path / "a.xlsx"))
    assert len(list(book["Doubles - Double entries"].iter_rows(values_only=True))) == 1
    log = list(book["Journal - Log"].iter_rows(values_only=True))
    assert all(r[-1] == 0 for r in log[1:])


def test_export_all_writes_doubles_csv(small_event, tmp_path):
    admit_twice_offline(small_event)
    data = load_attendance(small_event)
    result = bundle.export_all(data, small_event, tmp_path / "all", pdf=False)
    assert tmp_path / "all" / "doubles.csv" in result.files
    assert [r["Nom / Name"] for r in read_csv(tmp_path / "all" / "doubles.csv")] == [
        "Ndayishimiye"]


def test_cli_export_doubles(small_event, tmp_path, capsys):
    admit_twice_offline(small_event)
    path = tmp_path / "doubles.csv"
    assert main(["--db", str(small_event.path), "export", "doubles", "-o", str(path)]) == 0
    assert f"Written: {path}" in capsys.readouterr().out
    assert read_csv(path)[0]["Prénom / First name"] == "Hélène"
    status = main(["--db", str(small_event.path), "export", "doubles", "-o", str(path),
                   "--session", "nope"])
    assert status == 1
    assert "No session 'nope'" in capsys.readouterr().err
