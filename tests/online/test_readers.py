"""The participants reports of Zoom, Teams and Webex, written by the tests as the platforms
write them, read back: platform, joins, names, e-mails, times in UTC."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from checkin.online.readers import (
    Clock,
    Platform,
    ReportError,
    Source,
    read_minutes,
    read_report,
)
from tests.online.report_files import teams_tsv, teams_xlsx, webex_csv, zoom_csv

BUJUMBURA = ZoneInfo("Africa/Bujumbura")
AROUND = datetime(2025, 2, 3, 6, 30, tzinfo=UTC)  # 08:30 in Bujumbura, 3 February


def local(hour: int, minute: int, day: int = 3) -> datetime:
    return datetime(2025, 2, day, hour, minute)


def utc(hour: int, minute: int, day: int = 3) -> datetime:
    return datetime(2025, 2, day, hour, minute, tzinfo=BUJUMBURA).astimezone(UTC)


STAYS = [
    ("Hélène Ndayishimiye", "helene.n@mfp.example", local(8, 25), local(9, 40)),
    ("Hélène Ndayishimiye", "helene.n@mfp.example", local(9, 45), local(10, 31)),
    ("Kouadio N'Guessan", "", local(8, 31), local(10, 5)),
    ("Jean-Pierre NDAYISHIMIYE", "jp@pamusab.example", local(8, 40), local(9, 0)),
]


def read(path, **options):
    return read_report(path, zone=BUJUMBURA, around=AROUND, **options)


@pytest.mark.parametrize("meeting", [True, False], ids=["with meeting block", "plain"])
def test_zoom_participants_report(tmp_path, meeting):
    path = zoom_csv(tmp_path / "participants_85123456789.csv", STAYS, meeting=meeting,
                    waiting=[("Invité", "", local(8, 20), local(8, 29))])
    report = read(path)
    assert report.platform is Platform.ZOOM and report.source is Source.JOINS
    assert [(j.name, j.email) for j in report.joins] == [(s[0], s[1]) for s in STAYS]
    assert report.joins[0].joined == utc(8, 25) and report.joins[0].left == utc(9, 40)
    assert report.joins[2].minutes == 94  # Zoom's own, rounded up
    assert report.waiting_room == 1  # the waiting room is not the meeting
    assert report.title == ("Plénière d'ouverture" if meeting else "")
    assert report.refused == ()


def test_zoom_rename_keeps_the_name_the_person_joined_with(tmp_path):
    path = zoom_csv(tmp_path / "z.csv", STAYS[:1], renamed={"Hélène Ndayishimiye": "HN iPad"})
    (join,) = read(path).joins
    assert join.name == "Hélène Ndayishimiye" and join.original_name == "HN iPad"
    assert join.names == ("HN iPad", "Hélène Ndayishimiye")


def test_zoom_one_line_export_takes_the_participants_email_not_the_hosts(tmp_path):
    path = tmp_path / "z.csv"
    path.write_text(
        "Topic,Meeting ID,User Name,User Email,Start Time,End Time,Duration (Minutes),"
        "Participants,Name (Original Name),User Email,Join Time,Leave Time,"
        "Duration (Minutes),Guest\n"
        "Plénière,851 2345 6789,Host,host@aim.example,02/03/2025 08:00:00 AM,"
        "02/03/2025 10:30:00 AM,150,2,Wu Li,wu.li@aim.example,02/03/2025 08:30:00 AM,"
        "02/03/2025 10:30:00 AM,120,No\n", encoding="utf-8")
    (join,) = read(path).joins
    assert (join.name, join.email) == ("Wu Li", "wu.li@aim.example")


@pytest.mark.parametrize("french", [True, False], ids=["fr", "en"])
def test_teams_utf16_tab_separated_uses_the_in_meeting_activities(tmp_path, french):
    path = teams_tsv(tmp_path / "meetingAttendanceReport.csv", STAYS, french=french)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE) and b"\t\x00" in data  # as Teams writes it
    report = read(path)
    assert report.platform is Platform.TEAMS and report.source is Source.JOINS
    assert len(report.joins) == 4  # one per join, not one per person
    assert report.joins[1].joined == utc(9, 45) and report.joins[1].left == utc(10, 31)
    assert report.joins[0].email == "helene.n@mfp.example"
    assert report.title == "Panel de haut niveau"


def test_teams_without_activities_uses_first_join_last_leave_and_duration(tmp_path):
    path = teams_tsv(tmp_path / "t.csv", STAYS, french=True, activities=False)
    report = read(path)
    assert report.source is Source.TOTALS
    helene = report.joins[0]
    assert (helene.joined, helene.left) == (utc(8, 25), utc(10, 31))
    assert helene.minutes == pytest.approx(75 + 46)  # what Teams says she stayed


@pytest.mark.parametrize("french", [True, False], ids=["fr", "en"])
def test_teams_xlsx(tmp_path, french):
    path = teams_xlsx(tmp_path / "attendance.xlsx", STAYS, french=french)
    report = read(path)
    assert report.platform is Platform.TEAMS and len(report.joins) == 4
    assert report.joins[3].name == "Jean-Pierre NDAYISHIMIYE"
    assert report.joins[3].joined == utc(8, 40)


def test_teams_xlsx_with_real_times_and_a_sheet_per_section(tmp_path):
    """A workbook whose cells hold Excel times (not text), each section on its sheet."""
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Meeting title", "Plenary"])
    people = book.create_sheet("Participants")
    people.append(["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email"])
    people.append(["Wu Li", local(8, 30), local(10, 0), "1h 30m 0s", "wu.li@aim.example"])
    acts = book.create_sheet("In-Meeting Activities")
    acts.append(["Name", "Join Time", "Leave Time", "Duration", "Email"])
    acts.append(["Wu Li", local(8, 30), local(9, 0), "30m 0s", "wu.li@aim.example"])
    acts.append(["Wu Li", local(9, 30), local(10, 0), "30m 0s", "wu.li@aim.example"])
    book.save(tmp_path / "t.xlsx")
    report = read(tmp_path / "t.xlsx")
    assert report.platform is Platform.TEAMS and report.title == "Plenary"
    assert [(j.joined, j.left) for j in report.joins] == [(utc(8, 30), utc(9, 0)),
                                                         (utc(9, 30), utc(10, 0))]


def test_teams_older_download_of_joined_and_left_events(tmp_path):
    text = ("Full Name\tUser Action\tTimestamp\r\n"
            "Wu Li\tJoined\t2/3/2025, 8:30:00 AM\r\n"
            "John Smith\tJoined before\t2/3/2025, 8:31:00 AM\r\n"
            "Wu Li\tLeft\t2/3/2025, 9:15:00 AM\r\n"
            "Wu Li\tJoined\t2/3/2025, 9:20:00 AM\r\n"
            "Wu Li\tLeft\t2/3/2025, 10:00:00 AM\r\n"
            "John Smith\tLeft\t2/3/2025, 10:30:00 AM\r\n")
    (tmp_path / "t.csv").write_bytes(text.encode("utf-16"))
    report = read(tmp_path / "t.csv")
    assert report.platform is Platform.TEAMS and report.source is Source.EVENTS
    assert [(j.name, j.joined, j.left) for j in report.joins] == [
        ("Wu Li", utc(8, 30), utc(9, 15)), ("John Smith", utc(8, 31), utc(10, 30)),
        ("Wu Li", utc(9, 20), utc(10, 0))]


def test_webex_attendee_report(tmp_path):
    path = webex_csv(tmp_path / "webex.csv", STAYS)
    report = read(path)
    assert report.platform is Platform.WEBEX and len(report.joins) == 4
    assert report.joins[0].minutes == 75 and report.joins[0].email == "helene.n@mfp.example"
    assert report.title == "Atelier A"


def test_day_and_month_told_apart_by_the_sessions_date(tmp_path):
    """03/02/2025 is 3 February for the session of 3 February, in either order of writing."""
    for day_first in (True, False):
        text = "03/02/2025 08:30:00" if day_first else "02/03/2025 08:30:00"
        leave = "03/02/2025 09:30:00" if day_first else "02/03/2025 09:30:00"
        (tmp_path / "w.csv").write_text(
            f"Name,Attendee Email,Join Time,Leave Time,Attendance Duration\n"
            f"Wu Li,wu.li@aim.example,{text},{leave},60 mins\n", encoding="utf-8")
        (join,) = read(tmp_path / "w.csv").joins
        assert join.joined == utc(8, 30), day_first


def test_a_row_that_cannot_be_read_is_refused_with_its_line(tmp_path):
    (tmp_path / "z.csv").write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Wu Li,wu.li@aim.example,02/03/2025 08:30:00 AM,02/03/2025 09:30:00 AM,60,No\n"
        "John Smith,,yesterday,02/03/2025 09:30:00 AM,60,Yes\n"
        "Ama Banda,,02/03/2025 09:30:00 AM,02/03/2025 08:30:00 AM,60,Yes\n", encoding="utf-8")
    report = read(tmp_path / "z.csv")
    assert [j.name for j in report.joins] == ["Wu Li"]
    assert [(r.line, r.reason) for r in report.refused] == [
        (3, "join time 'yesterday' cannot be read"), (4, "leaves before joining")]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("inscrits.csv", "Nom;Prénom;E-mail\nNdayishimiye;Hélène;h@x.example\n",
     "is not a participants report of Zoom, Microsoft Teams or Webex"),
    ("empty.csv", "", "is not a participants report"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text spreadsheet"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Excel .xls"),
    ("broken.xlsx", b"PK\x03\x04garbage", "not a readable XLSX file"),
    ("nobody.csv", "Name (Original Name),User Email,Join Time,Leave Time,Guest\n",
     "is a Zoom report with nobody in it"),
])
def test_a_file_that_is_no_report_gets_one_sentence(tmp_path, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ReportError, match=message):
        read(path)


@pytest.mark.parametrize(("text", "minutes"), [
    ("44", 44), ("1h 5m 3s", 65.05), ("43m 48s", 43.8), ("1 h 5 min 3 s", 65.05),
    ("44 mins", 44), ("1 hr 5 mins", 65), ("1:05:03", 65.05), ("47:30", 47.5),
    ("2 heures 10 minutes", 130), ("", None), ("garbage", None), ("5 apples", None),
])
def test_durations(text, minutes):
    value = read_minutes(text)
    assert value == (pytest.approx(minutes) if minutes is not None else None)


@settings(max_examples=60, deadline=None)
@given(moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2069, 12, 31)),
       style=st.sampled_from(["zoom", "teams-en", "teams-fr", "iso"]))
def test_every_time_format_reads_back_the_same_moment(moment, style):
    moment = moment.replace(microsecond=0)
    hour = moment.hour % 12 or 12
    ampm = "AM" if moment.hour < 12 else "PM"
    text = {
        "zoom": moment.strftime("%m/%d/%Y %I:%M:%S %p"),
        "teams-en": f"{moment.month}/{moment.day}/{moment:%y}, {hour}:{moment:%M:%S} {ampm}",
        "teams-fr": moment.strftime("%d/%m/%Y %H:%M:%S"),
        "iso": moment.isoformat(sep=" "),
    }[style]
    clock = Clock(UTC, around=moment.replace(tzinfo=UTC) + timedelta(hours=1))
    clock.decide([text])
    assert clock.read(text) == moment.replace(tzinfo=UTC)


def test_headers_reworded_are_still_recognised(tmp_path):
    """Another wording of Teams' French headers (they change between versions)."""
    rows = ["1. Résumé", "Titre de la réunion\tPlénière", "", "2. Participants",
            "Nom complet\tHeure de première connexion\tHeure de dernière déconnexion\t"
            "Durée de présence\tAdresse de courriel\tRôle",
            "Wu Li\t03/02/2025 08:30:00\t03/02/2025 10:00:00\t1 h 30 min\twu.li@aim.example\t"
            "Participant"]
    (tmp_path / "t.csv").write_bytes("\r\n".join(rows).encode("utf-16"))
    report = read(tmp_path / "t.csv")
    assert report.platform is Platform.TEAMS and report.source is Source.TOTALS
    (join,) = report.joins
    assert (join.email, join.joined, join.left, join.minutes) == (
        "wu.li@aim.example", utc(8, 30), utc(10, 0), 90)


HEADER_WORDS = ["Name (Original Name)", "User Email", "Join Time", "Leave Time",
                "Duration (Minutes)", "Nom", "Première participation", "Dernier départ",
                "Full Name", "User Action", "Timestamp", "Attendee Email", "1. Summary",
                "Email", "Role", "Guest", "In Waiting Room", "Name"]
CELLS = st.one_of(st.sampled_from(HEADER_WORDS), st.text(max_size=12),
                  st.sampled_from(["02/03/2025 08:31:12 AM", "3/2/25, 8:31:12 AM", "Joined",
                                   "Left", "Yes", "1h 5m", "44", "31/02/2025 25:61:00", ""]))


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(CELLS, max_size=7), max_size=8),
       separator=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_any_file_is_read_or_refused_in_one_sentence(tmp_path_factory, rows, separator,
                                                     encoding):
    path = tmp_path_factory.mktemp("any") / "report.csv"
    text = "\n".join(separator.join(c.replace(separator, " ").replace('"', "")
                                    .replace("\n", " ").replace("\r", " ") for c in row)
                     for row in rows)
    path.write_bytes(text.encode(encoding, errors="replace"))
    try:
        report = read(path)
    except ReportError as error:
        assert str(error).count("\n") == 0 and str(error).endswith(".")
        return
    for join in report.joins:
        assert join.left >= join.joined and join.joined.tzinfo is not None


def test_zoom_webinar_attendee_report(tmp_path):
    """A Zoom webinar's attendee report: sections for the host, the panelists and the
    attendees, each with its header; registrants who never came marked "Attended: No"."""
    (tmp_path / "webinar.csv").write_text(
        "Attendee Report\n"
        'Report Generated:,"Feb 5, 2025 10:00 AM"\n'
        "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,"
        "Unique Viewers\n"
        "Plénière en ligne,812 3456 7890,02/03/2025 08:25:00 AM,130,3,2\n"
        "Host Details\n"
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name\n"
        "Yes,AIM Secrétariat,host@aim.example,02/03/2025 08:25:00 AM,"
        "02/03/2025 10:35:00 AM,130,No,Belgium\n"
        "Attendee Details\n"
        "Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,"
        "Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,"
        "Country/Region Name\n"
        "Yes,Wu Li,Wu,Li,wu.li@aim.example,01/20/2025 09:00:00 AM,approved,"
        "02/03/2025 08:30:00 AM,02/03/2025 10:00:00 AM,90,Yes,Belgium\n"
        "No,John Smith,John,Smith,john@ilo.example,01/21/2025 10:00:00 AM,approved,--,--,"
        "--,Yes,Switzerland\n", encoding="utf-8")
    report = read(tmp_path / "webinar.csv")
    assert report.platform is Platform.ZOOM and report.title == "Plénière en ligne"
    assert [(j.name, j.email, j.minutes) for j in report.joins] == [
        ("AIM Secrétariat", "host@aim.example", 130), ("Wu Li", "wu.li@aim.example", 90)]
    assert report.joins[1].joined == utc(8, 30) and report.refused == ()


def test_a_row_with_a_name_only_is_refused_and_the_rows_after_it_read(tmp_path):
    (tmp_path / "z.csv").write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Wu Li,,,,,\n"
        "John Smith,,02/03/2025 08:30:00 AM,02/03/2025 09:30:00 AM,60,Yes\n", encoding="utf-8")
    report = read(tmp_path / "z.csv")
    assert [j.name for j in report.joins] == ["John Smith"]
    assert [r.line for r in report.refused] == [2]
