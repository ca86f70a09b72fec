"""Online attendance everywhere on-site attendance is: the split per session (on site, online,
both), the dashboard's figures, the exports' column, the funders' sheet (apart or together),
the certificates' wording and the summary; and nowhere it must not be (the room's occupancy,
the door's "already checked in", double entries, the arrivals chart)."""

from __future__ import annotations

import csv
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta

import openpyxl
import pytest
from pypdf import PdfReader

from checkin import occupancy
from checkin.cli import main
from checkin.model import Direction, Method, Outcome
from checkin.online.presence import presence
from checkin.reception import Reception
from checkin.reports import bundle, certificates, sheet, stats, summary, tables
from checkin.reports.data import Attended, load_attendance
from checkin.reports.doubles import double_entries
from tests.reports.conftest import T0, Clock, online_checkin


def run(capsys, db, *argv):
    status = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


# --- the one split ----------------------------------------------------------------------------


def test_each_session_splits_into_on_site_online_and_both(hybrid):
    split = presence(hybrid)
    plenary = split["plenary"]
    assert plenary.onsite == {"p1", "p2", "p5"}
    assert plenary.online == {"p1", "p4", "p6"}
    assert plenary.both == {"p1"}
    assert plenary.online_only == {"p4", "p6"}
    assert plenary.everyone == {"p1", "p2", "p4", "p5", "p6"}  # p1 once
    assert split["workshop-a"].online == frozenset()
    assert presence(hybrid, ["plenary"]) == {"plenary": plenary}


def test_the_reports_read_the_same_split(hybrid):
    data = load_attendance(hybrid, now=T0 + timedelta(hours=8))
    split = presence(hybrid, [s.id for s in data.sessions])
    for session in data.sessions:
        assert data.presence(session) == split[session.id]
        assert len(data.present(session)) == len(split[session.id].everyone)
    both = data.arrival("p1", "plenary")
    # counted once, as on site: her door and time, not the meeting's earlier join
    assert both.attended is Attended.BOTH and both.method == "camera"
    assert both.local_at == datetime(2025, 2, 3, 9, 30)
    assert both.station_name == "Auditorium – porte A"
    online = data.arrival("p6", "plenary")
    assert online.attended is Attended.ONLINE and online.online_only
    assert online.method == "online" and online.local_at == datetime(2025, 2, 3, 9, 34)
    assert data.attended_as("p4") is Attended.BOTH  # plenary online, workshop on site
    assert data.attended_as("p6") is Attended.ONLINE
    assert data.attended_as("p2") is Attended.ON_SITE
    assert data.any_online


def test_an_online_only_attendee_is_expected_nowhere(hybrid, tmp_path):
    data = load_attendance(hybrid, now=T0 + timedelta(days=2))
    plenary = data.session("plenary")
    assert "p6" not in {p.id for p in data.expected(plenary)}
    assert hybrid.expected(plenary) == len(data.expected(plenary)) == 4
    assert all("p6" not in {p.id for p in data.no_shows(s)} for s in data.sessions)
    path = sheet.session_sheet_pdf(data, plenary, tmp_path / "signin.pdf",
                                   sheet.SheetOptions(kind=sheet.SheetKind.SIGN_IN))
    assert "Wanjiru" not in pdf_text(path)
    assert "Wanjiru" in pdf_text(sheet.session_sheet_pdf(data, plenary, tmp_path / "p.pdf"))


def test_an_online_only_attendee_pulled_from_the_hub_is_expected_nowhere_too(hybrid):
    """At another station the person's ``origin`` is the desk that pushed them (the hub's
    rule); their id still says they came from a participants report."""
    before = hybrid.attendee("p6")
    online_only = replace(before, id="online-1f0c", origin="Accueil – bureau", token="TST25-X1")
    hybrid.upsert_attendees([online_only])
    data = load_attendance(hybrid, now=T0 + timedelta(days=2))
    plenary = data.session("plenary")
    assert "online-1f0c" not in {p.id for p in data.expected(plenary)}
    assert hybrid.expected(plenary) == len(data.expected(plenary)) == 4
    assert stats.online_among(hybrid, None, ["online-1f0c", "p1"]).online_only == {"online-1f0c"}
    registered = stats.dashboard(hybrid, hybrid.event()).total_attendees
    hybrid.upsert_attendees([replace(online_only, id="p7", token="TST25-X2")])  # the same person, registered
    assert stats.dashboard(hybrid, hybrid.event()).total_attendees == registered + 1


def test_an_undone_online_attendance_is_gone(hybrid):
    online = online_checkin(hybrid, "p2", "workshop-a", T0 + timedelta(hours=3))
    assert presence(hybrid)["workshop-a"].online == {"p2"}
    hybrid.void_checkin(online.uuid)
    assert presence(hybrid)["workshop-a"].online == frozenset()


# --- the dashboard's figures ------------------------------------------------------------------


def test_dashboard_figures_count_each_person_once_per_session(hybrid):
    event = hybrid.event()
    figures = stats.dashboard(hybrid, event)
    plenary = next(f for f in figures.sessions if f.session.id == "plenary")
    assert (plenary.arrived, plenary.on_site, plenary.online, plenary.both) == (5, 3, 3, 1)
    assert plenary.online_only == 2
    assert plenary.expected == 4  # p3 cancelled; p6 is online only: nobody expects her
    # p1, p2, p4 (workshop), p5 on site; p1, p4, p6 online; p1 and p4 both ways
    assert (figures.total_arrived, figures.total_on_site, figures.total_online,
            figures.total_both) == (5, 4, 3, 2)
    assert figures.any_online
    assert figures.total_attendees == 4  # registered: p6 never was
    one = stats.dashboard(hybrid, event, session_id="plenary")
    assert (one.total_arrived, one.total_on_site, one.total_online, one.total_both) == (5, 3, 3, 1)
    # the chart counts people through the doors: first entries, no online join
    assert sum(b.count for b in figures.arrivals) == 7  # p1×2, p2×2, p5×2, p4 (workshop)
    on_site_entries = hybrid.query(
        "select count(*) as n from (select 1 from checkins where voided = 0 and"
        " direction = 'entry' and method != 'online' group by attendee_id, session_id)")[0]["n"]
    assert sum(b.count for b in figures.arrivals) == on_site_entries


def test_no_online_attendance_leaves_the_figures_as_they_were(attended):
    figures = stats.dashboard(attended, attended.event())
    assert not figures.any_online
    assert figures.total_on_site == figures.total_arrived and figures.total_online == 0


# --- where online attendance is not -----------------------------------------------------------


def test_online_attendance_is_nobody_in_the_room(hybrid):
    plenary = hybrid.session("plenary")
    assert hybrid.arrived("plenary") == 3  # the door's counter: through the doors
    room = occupancy.occupancy(hybrid, plenary)
    assert room.inside == 3 and room.entries == 3  # p1, p2, p5: not p4, p6, nor p1 twice
    assert hybrid.inside_count("plenary") == 3
    assert sorted(occupancy.people_inside(hybrid, "plenary")) == ["p1", "p2", "p5"]
    exits = occupancy.check_out_everyone(hybrid, plenary, T0 + timedelta(hours=2))
    assert sorted(c.attendee_id for c in exits) == ["p1", "p2", "p5"]
    # a session attended only online has nobody to check out when it ends
    online_checkin(hybrid, "p2", "workshop-a", T0 + timedelta(hours=3))
    hybrid.void_checkin(hybrid.entries("p1", "workshop-a")[0].uuid)
    hybrid.void_checkin(hybrid.entries("p4", "workshop-a")[0].uuid)
    assert occupancy.ended_sessions_with_people(hybrid, T0 + timedelta(days=1)) == [
        hybrid.session("speakers")]


def test_the_door_welcomes_someone_who_followed_online(hybrid):
    clock = Clock(T0 + timedelta(minutes=40))
    reception = Reception(hybrid, clock=clock)
    result = reception.admit(hybrid.attendee("p4").token, "plenary")
    assert result.outcome is Outcome.ACCEPTED  # not "already checked in"
    again = reception.admit(hybrid.attendee("p4").token, "plenary")
    assert again.outcome is Outcome.ALREADY_IN
    assert again.first.method is Method.CAMERA  # the door's own entry, not the meeting's
    assert not double_entries(hybrid)  # p1 and p4: on site and online is not a double


# --- exports ----------------------------------------------------------------------------------


def test_attendance_and_matrix_say_how(hybrid):
    data = load_attendance(hybrid, now=T0 + timedelta(hours=8))
    table = tables.attendance_table(data, data.session("plenary"))
    col = table.headers.index("Présence / Attendance")
    how = {row[table.headers.index("Identifiant / Id")]: row[col] for row in table.rows}
    assert how == {"p1": "Sur place et en ligne / On site and online",
                   "p2": "Sur place / On site", "p4": "En ligne / Online",
                   "p5": "Sur place / On site", "p6": "En ligne / Online"}
    matrix = tables.matrix_table(data)
    h = matrix.headers
    rows = {row[h.index("Identifiant / Id")]: row for row in matrix.rows}
    pick = [h.index(name) for name in ("Sur place / On site", "En ligne / Online",
                                       "Présence / Attendance",
                                       "Sessions suivies / Sessions attended")]
    assert [rows["p4"][i] for i in pick] == [1, 1, "Sur place et en ligne / On site and online", 2]
    assert [rows["p6"][i] for i in pick] == [0, 1, "En ligne / Online", 1]
    assert [rows["p1"][i] for i in pick] == [2, 1, "Sur place et en ligne / On site and online", 2]
    assert [rows["p3"][i] for i in pick] == [0, 0, None, 0]
    counts = {row[0]: row for row in tables.session_counts(data).rows}
    plenary = counts["Plénière d'ouverture / Opening plenary"]
    assert plenary[4:] == (4, 5, 125.0, 3, 3)  # expected: registrants, not p6
    totals = dict(tables.totals(data).rows)
    assert totals["… dont en ligne / … of whom online"] == 3


def test_cli_exports_carry_the_column(hybrid, tmp_path, capsys):
    db = hybrid.path
    run(capsys, db, "export", "attendance", "-o", str(tmp_path / "a.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    sheet_ = book[[n for n in book.sheetnames if n.startswith("Plénière")][0]]
    values = list(sheet_.iter_rows(values_only=True))
    header = values[1]
    col = header.index("Présence / Attendance")
    found = {(row[1], row[col]) for row in values[2:] if row[0]}
    assert ("Wanjiru", "En ligne / Online") in found
    assert ("Ndayishimiye", "Sur place et en ligne / On site and online") in found
    summary_rows = [row[:2] for row in book["Résumé - Summary"].iter_rows(values_only=True)]
    assert ("… dont en ligne / … of whom online", 3) in summary_rows

    run(capsys, db, "export", "matrix", "-o", str(tmp_path / "m.csv"))
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    wanjiru = next(r for r in rows if r["Nom / Name"] == "Wanjiru")
    assert wanjiru["Présence / Attendance"] == "En ligne / Online"
    assert wanjiru["En ligne / Online"] == "1" and wanjiru["Sur place / On site"] == "0"
    assert wanjiru["Plénière d'ouverture / Opening plenary"] == "2025-02-03 09:34:00"


# --- the funders' sheet -----------------------------------------------------------------------


def test_sheet_online_apart_by_default_and_together_on_request(hybrid, tmp_path, capsys):
    db = hybrid.path
    apart = tmp_path / "apart.pdf"
    run(capsys, db, "export", "sheet", "--session", "plenary", "-o", str(apart))
    pages = [p.extract_text() for p in PdfReader(apart).pages]
    assert len(pages) == 2
    assert "LISTE DE PRÉSENCE / ATTENDANCE SHEET" in pages[0]
    assert "Total des présents sur place / Total present on site: 3" in pages[0]
    assert "Wanjiru" not in pages[0] and "Smith" not in pages[0]
    assert "Ndayishimiye" in pages[0]  # there both ways: on the signed list, once
    assert "LISTE DE PRÉSENCE EN LIGNE / ONLINE ATTENDANCE SHEET" in pages[1]
    assert "Wanjiru" in pages[1] and "Smith" in pages[1] and "Ndayishimiye" not in pages[1]
    assert "Total des participants en ligne / Total online: 2" in pages[1]
    assert "On site and online: 5" in pages[1]

    together = tmp_path / "together.pdf"
    run(capsys, db, "export", "sheet", "--session", "plenary", "--online", "together",
        "-o", str(together))
    (page,) = [p.extract_text() for p in PdfReader(together).pages]
    assert "Total des présents / Total present: 5 (sur place / on site: 3, en ligne / online: 2)" \
        in page
    text = pdf_text(together)
    wanjiru = next(line for line in text.splitlines() if "Wanjiru" in line)
    assert "09:34" in wanjiru and "En ligne / Online" in wanjiru
    helene = next(line for line in text.splitlines() if "Ndayishimiye" in line)
    assert "09:30" in helene and "En ligne" not in helene  # her box is to sign


def test_sheet_follows_the_setting_and_the_option_wins(hybrid, tmp_path, capsys):
    hybrid.set_setting(sheet.SETTING_ONLINE, "together")
    db = hybrid.path
    run(capsys, db, "export", "sheet", "--day", "2025-02-03", "-o", str(tmp_path / "d.pdf"))
    assert len(PdfReader(tmp_path / "d.pdf").pages) == 1
    text = pdf_text(tmp_path / "d.pdf")
    assert "Total des présents / Total present: 5 (sur place / on site: 4, en ligne / online: 1)" \
        in " ".join(text.split())  # p4 came in to the workshop that day: on site
    run(capsys, db, "export", "sheet", "--day", "2025-02-03", "--online", "separate",
        "-o", str(tmp_path / "d2.pdf"))
    assert len(PdfReader(tmp_path / "d2.pdf").pages) == 2
    run(capsys, db, "export", "all", "-d", str(tmp_path / "all"))
    plenary = PdfReader(tmp_path / "all" / "attendance-sheet-plenary.pdf").pages
    assert len(plenary) == 1 and "en ligne / online: 2" in plenary[0].extract_text()
    run(capsys, db, "export", "all", "-d", str(tmp_path / "all2"), "--online", "separate")
    assert len(PdfReader(tmp_path / "all2" / "attendance-sheet-plenary.pdf").pages) == 2


def test_sheet_without_online_attendance_is_unchanged(attended, tmp_path):
    data = load_attendance(attended, now=T0 + timedelta(hours=8))
    for online in sheet.OnlineCount:
        path = sheet.session_sheet_pdf(data, data.session("plenary"), tmp_path / "p.pdf",
                                       sheet.SheetOptions(online=online))
        (page,) = PdfReader(path).pages
        text = page.extract_text()
        assert "Total des présents / Total present: 3     Attendus / Expected: 4" in text
        assert "EN LIGNE" not in text


def test_bad_online_option_is_one_sentence(hybrid, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(hybrid.path), "export", "sheet", "--session", "plenary",
              "--online", "both", "-o", str(tmp_path / "x.pdf")])
    _out, err = capsys.readouterr()
    assert stop.value.code == 2 and "invalid choice: 'both'" in err


# --- certificates and the summary -------------------------------------------------------------


def test_certificates_say_online_for_those_only_online(hybrid, tmp_path, capsys):
    out = run(capsys, hybrid.path, "certificates", "-o", str(tmp_path / "c.pdf"))
    assert "5 certificate(s)" in out
    data = load_attendance(hybrid)
    order = certificates.certificate_people(data)
    pages = {person.id: page.extract_text()
             for person, page in zip(order, PdfReader(tmp_path / "c.pdf").pages, strict=True)}
    assert "a participé en ligne à / attended online" in pages["p6"]
    assert "a participé à / attended" in pages["p1"]
    assert "en ligne" not in pages["p1"]  # there both ways: the on-site wording, no mark
    assert "a participé à / attended" in pages["p4"]
    plenary = next(line for line in pages["p4"].splitlines() if "Plénière" in line)
    assert plenary.endswith("(en ligne / online)")
    workshop = next(line for line in pages["p4"].splitlines() if "Atelier" in line)
    assert "en ligne" not in workshop
    assert "en ligne" not in pages["p2"]
    # and drawn: the page of the online-only attendee as an image, for a person to look at
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "5", "-l", "5",
                   str(tmp_path / "c.pdf"), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_summary_counts_on_site_and_online(hybrid, tmp_path, capsys):
    path = tmp_path / "s.pdf"
    run(capsys, hybrid.path, "export", "summary", "-o", str(path))
    text = " ".join(pdf_text(path).split())
    assert "… dont en ligne / … of whom online 3" in text
    plenary = next(line for line in pdf_text(path).splitlines() if "Auditorium" in line)
    assert plenary.split()[-6:] == ["4", "5", "3", "3", "125", "%"]  # on site 3, online 3
    data = load_attendance(hybrid)
    days = summary.arrival_buckets(data)
    assert sum(b.count for day in days.values() for b in day) == 7  # the doors only


def test_stats_command_says_online(hybrid, capsys):
    out = run(capsys, hybrid.path, "stats")
    line = next(line for line in out.splitlines() if line.strip().startswith("plenary"))
    assert "5 /" in line and "on site 3, online 3" in line


def test_bundle_options_default_to_the_station(hybrid, tmp_path):
    data = load_attendance(hybrid)
    result = bundle.export_all(data, hybrid, tmp_path / "b")
    names = {p.name for p in result.files}
    assert "attendance-sheet-plenary.pdf" in names
    assert len(PdfReader(tmp_path / "b" / "attendance-sheet-plenary.pdf").pages) == 2


@pytest.mark.parametrize("value", [None, "", "nonsense"])
def test_online_setting_defaults_to_separate(value):
    assert sheet.OnlineCount.parse(value) is sheet.OnlineCount.SEPARATE


def test_exit_rows_of_online_people_do_not_exist(hybrid):
    """Auto-checkout writes no exit for someone online: the log has only their entry."""
    occupancy.check_out_everyone(hybrid, hybrid.session("plenary"), T0 + timedelta(hours=2))
    p6 = hybrid.checkins(attendee_id="p6")
    assert [(c.method, c.direction) for c in p6] == [(Method.ONLINE, Direction.ENTRY)]
