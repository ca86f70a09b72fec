"""The programme: sessions read from real CSV and XLSX files as organisers write them, every
refusal, the warnings, re-imports, export → import, and the one-session functions the
window's editor calls."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from checkin.events import create_event, make_event
from checkin.import_columns import ImportFileError
from checkin.model import CheckIn, Method
from checkin.programme import (
    PField,
    Reason,
    SessionAction,
    SessionInUse,
    SessionInvalid,
    export_programme,
    import_programme,
    make_session,
    new_session_id,
    parse_categories,
    remove_session,
    save_session,
)
from checkin.when import parse_date, parse_time, parse_time_range
from tests.test_importer import write_csv

UTC = UTC
HEADER = ["Nom FR", "Nom EN", "Date", "Début", "Fin", "Salle", "Capacité", "Qui peut entrer",
          "Inscription requise", "Réentrée"]
ROWS = [
    ["Plénière d'ouverture", "Opening plenary", "10/03/2026", "8h30", "10h30", "Auditorium",
     "1 600", "", "non", ""],
    ["Atelier A – délégation", "Workshop A – delegation", "10 mars 2026", "14:00", "16:30",
     "Salle 1", "60", "participants, intervenants", "oui", ""],
    ["Atelier A – délégation", "Workshop A – delegation", "mer. 11 mars 2026", "8:30", "10:00",
     "Salle 1", "60", "", "oui", ""],
    ["Salon des intervenants", "Speakers' lounge", "10/03/26", "07:30", "18:00", "Salon VIP",
     "", "intervenants et officiels", "", "oui"],
]


@pytest.fixture
def event_store(store):
    create_event(store, make_event(code="IMC26", title_fr="Conférence 2026",
                                   timezone="Africa/Bujumbura", start_date=date(2026, 3, 10),
                                   end_date=date(2026, 3, 11)))
    return store


def local(store, session_id):
    s = store.session(session_id)
    tz = store.event().tz
    return s.starts_at.astimezone(tz), s.ends_at.astimezone(tz)


def write_xlsx(path: Path, sheets: dict[str, list[list]]):
    workbook = openpyxl.Workbook()
    first = True
    for title, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet()
        first = False
        sheet.title = title
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


# --- reading dates and times -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["03/02/2025", "3/2/25", "3 févr. 2025", "3 février 2025",
                                  "lundi 3 février 2025", "2025-02-03", "3-févr.-25",
                                  "February 3, 2025", "45691", "2025-02-03T00:00:00",
                                  "03.02.2025", "Mon 3 Feb 2025"])
def test_dates_as_organisers_write_them(text):
    assert parse_date(text) == date(2025, 2, 3)


@pytest.mark.parametrize("text", ["8h30", "08h30", "8 h 30", "08:30", "8:30", "08:30:00",
                                  "8.30", "8:30 AM", "0.3541666667", "1899-12-30T08:30:00"])
def test_times_as_organisers_write_them(text):
    assert parse_time(text) == time(8, 30)


@pytest.mark.parametrize("text", ["08:30–10:30", "08:30-10:30", "08:30 — 10:30", "8h30 - 10h30",
                                  "de 8h30 à 10h30", "8:30 to 10:30", "08:30‒10:30"])
def test_a_range_in_one_cell_with_any_dash(text):
    assert parse_time_range(text) == (time(8, 30), time(10, 30))


def test_categories_in_words():
    assert parse_categories("Intervenants et officiels") == ("speaker", "official")
    assert parse_categories("tous") == () and parse_categories("") == ()
    with pytest.raises(ValueError, match="'musiciens'"):
        parse_categories("participants; musiciens")


# --- importing -------------------------------------------------------------------------------

def test_french_csv_cp1252_with_titles(event_store, tmp_path):
    path = write_csv(tmp_path / "programme.csv", HEADER, ROWS, titles=["Programme 2026", ""])
    report = import_programme(event_store, path)
    assert report.committed and report.refused == 0
    assert [line.action for line in report.lines if line.line > 3] == [SessionAction.NEW] * 4
    ids = [line.session_id for line in report.lines if line.session_id]
    assert ids == ["pleniere-d-ouverture", "atelier-a-delegation-0310",
                   "atelier-a-delegation-0311", "salon-des-intervenants"]
    start, end = local(event_store, "pleniere-d-ouverture")
    assert (start.hour, start.minute, end.hour, end.minute) == (8, 30, 10, 30)
    assert event_store.session("pleniere-d-ouverture").starts_at == datetime(
        2026, 3, 10, 6, 30, tzinfo=UTC)  # Bujumbura is UTC+2
    plenary = event_store.session("pleniere-d-ouverture")
    assert plenary.capacity == 1600 and plenary.categories == () and not plenary.registration_required
    workshop = event_store.session("atelier-a-delegation-0310")
    assert workshop.categories == ("participant", "speaker") and workshop.registration_required
    assert workshop.name_en == "Workshop A – delegation"
    lounge = event_store.session("salon-des-intervenants")
    assert lounge.categories == ("speaker", "official") and lounge.allow_multiple_entries
    assert lounge.capacity is None


def test_english_xlsx_with_excel_date_and_time_cells_and_ids(event_store, tmp_path):
    rows = [["ID", "Name", "Day", "Start", "End", "Room", "Capacity", "Who may enter",
             "Registration required"],
            ["open", "Opening", date(2026, 3, 10), time(8, 30), time(10, 30), "Hall", 900,
             "all", "no"],
            ["ws1", "Workshop 1", datetime(2026, 3, 11), time(14), time(15, 45), "Room 1",
             40, "participant", "yes"],
            ["dinner", "Dinner", "", datetime(2026, 3, 10, 19, 0), datetime(2026, 3, 10, 22),
             "Garden", "", "", ""]]
    path = write_xlsx(tmp_path / "programme.xlsx", {"Sessions": rows})
    report = import_programme(event_store, path)
    assert report.refused == 0, [line.describe() for line in report.lines]
    assert report.sheet == "Sessions"
    assert {c.field for c in report.columns} >= {PField.ID, PField.NAME_EN, PField.DATE}
    assert local(event_store, "ws1")[1].strftime("%d %H:%M") == "11 15:45"
    assert local(event_store, "dinner")[0].strftime("%d %H:%M") == "10 19:00"
    assert event_store.session("open").name_fr == "Opening"  # one language: both names


def test_one_day_event_needs_no_date_column(store, tmp_path):
    create_event(store, make_event(code="DAY", title_fr="Journée", timezone="Europe/Brussels",
                                   start_date=date(2026, 5, 4)))
    path = write_csv(tmp_path / "p.csv", ["Session", "Horaire", "Salle"],
                     [["Accueil", "08:30–09:00", "Hall"], ["Table ronde", "9h-12h", "Salle A"]])
    report = import_programme(store, path)
    assert report.committed
    assert local(store, "table-ronde")[0].strftime("%Y-%m-%d %H:%M") == "2026-05-04 09:00"


REFUSED = [
    (["Fin avant début", "", "10/03/2026", "11:00", "10:00", "", "", "", "", ""],
     Reason.END_BEFORE_START),
    (["Catégorie inconnue", "", "10/03/2026", "11:00", "12:00", "", "", "musiciens", "", ""],
     Reason.UNKNOWN_CATEGORY),
    (["Date illisible", "", "31/02/2026", "11:00", "12:00", "", "", "", "", ""],
     Reason.BAD_DATE),
    (["Date illisible 2", "", "bientôt", "11:00", "12:00", "", "", "", "", ""], Reason.BAD_DATE),
    (["Heure illisible", "", "10/03/2026", "onze heures", "12:00", "", "", "", "", ""],
     Reason.BAD_TIME),
    (["Heure illisible 2", "", "10/03/2026", "25h", "26h", "", "", "", "", ""], Reason.BAD_TIME),
    (["Sans fin", "", "10/03/2026", "11:00", "", "", "", "", "", ""], Reason.MISSING_TIME),
    (["Capacité", "", "10/03/2026", "11:00", "12:00", "", "beaucoup", "", "", ""],
     Reason.BAD_CAPACITY),
    (["Oui ou non", "", "10/03/2026", "11:00", "12:00", "", "", "", "peut-être", ""],
     Reason.BAD_FLAG),
    (["", "", "10/03/2026", "11:00", "12:00", "Salle 2", "", "", "", ""], Reason.MISSING_NAME),
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_refusal_on_real_files_and_nothing_written(event_store, tmp_path, fmt):
    rows = [ROWS[0], *[r for r, _ in REFUSED]]
    if fmt == "csv":
        path = write_csv(tmp_path / "p.csv", HEADER, rows)
    else:
        path = write_xlsx(tmp_path / "p.xlsx", {"Programme": [HEADER, *rows]})
    report = import_programme(event_store, path)
    assert not report.committed and event_store.sessions() == []
    reasons = [line.reason for line in report.lines if line.action is SessionAction.REFUSED]
    assert reasons == [reason for _, reason in REFUSED]
    # the "ends before it starts" line says so with its times
    assert "11:00" in report.refusals[0].detail and "10:00" in report.refusals[0].detail
    assert "'musiciens'" in report.refusals[1].detail
    assert "Nothing imported, because 10 line(s) were refused" in report.summary()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_duplicate_id_and_same_session_twice_are_refused(event_store, tmp_path, fmt):
    header = ["Id", *HEADER]
    rows = [["s1", *ROWS[0]], ["S1", *ROWS[1]], ["", *ROWS[2]], ["", *ROWS[2]]]
    if fmt == "csv":
        path = write_csv(tmp_path / "p.csv", header, rows)
    else:
        path = write_xlsx(tmp_path / "p.xlsx", {"Programme": [header, *rows]})
    report = import_programme(event_store, path)
    refused = report.refusals
    assert [r.reason for r in refused] == [Reason.DUPLICATE_ID, Reason.DUPLICATE_SESSION]
    assert "line 2 too" in refused[0].detail and "as on line 4" in refused[1].detail
    assert not report.committed


def test_bad_ids_are_refused(event_store, tmp_path):
    path = write_csv(tmp_path / "p.csv", ["Id", *HEADER], [["a,b", *ROWS[0]]])
    report = import_programme(event_store, path)
    assert report.refusals[0].reason is Reason.BAD_ID


def test_overlapping_sessions_in_one_room_are_warned_but_taken(event_store, tmp_path):
    rows = [ROWS[0], ["Conférence de presse", "Press conference", "10/03/2026", "10:00",
                      "11:00", "auditorium", "", "presse", "", ""]]
    report = import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, rows))
    assert report.committed and len(event_store.sessions()) == 2
    warned = report.warnings
    assert len(warned) == 1 and warned[0].line == 3
    assert "overlaps pleniere-d-ouverture" in warned[0].warnings[0]


def test_day_outside_the_event_is_warned(event_store, tmp_path):
    rows = [["Visite", "Visit", "12/03/2026", "9h", "12h", "", "", "", "", ""]]
    report = import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, rows))
    assert report.committed and "outside the event's days" in report.lines[0].warnings[0]


def test_reimport_updates_in_place_lists_changes_and_removes(event_store, tmp_path):
    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, ROWS))
    rows = [list(r) for r in ROWS[:3]]
    rows[0][4] = "11h"  # the plenary ends later
    rows[1][5] = "Salle 2"  # the workshop moves
    report = import_programme(event_store, write_csv(tmp_path / "p2.csv", HEADER, rows))
    assert report.committed
    by_id = {line.session_id: line for line in report.lines}
    plenary = by_id["pleniere-d-ouverture"]
    assert plenary.action is SessionAction.UPDATED
    assert [(c.field, c.old, c.new) for c in plenary.changes] == [
        ("ends_at", "10/03/2026 10:30", "10/03/2026 11:00")]
    assert by_id["atelier-a-delegation-0310"].changes[0].new == "Salle 2"
    assert by_id["atelier-a-delegation-0311"].action is SessionAction.UNCHANGED
    gone = by_id["salon-des-intervenants"]
    assert gone.action is SessionAction.REMOVED and gone.line == 0
    assert [s.id for s in event_store.sessions()] == [
        "pleniere-d-ouverture", "atelier-a-delegation-0310", "atelier-a-delegation-0311"]
    assert event_store.session("salon-des-intervenants").removed  # a tombstone, for sync


def test_a_session_with_checkins_is_never_removed_by_a_reimport(event_store, tmp_path):
    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, ROWS))
    from checkin import tokens
    from checkin.model import Attendee

    event_store.upsert_attendees([Attendee("p1", "imc26", tokens.new_token("IMC26"), "A", "B")])
    event_store.record_checkin(CheckIn("c1", "p1", "salon-des-intervenants", "st",
                                       datetime(2026, 3, 10, 6, tzinfo=UTC), Method.CAMERA))
    report = import_programme(event_store, write_csv(tmp_path / "p2.csv", HEADER, ROWS[:2]))
    by_id = {line.session_id: line for line in report.lines}
    kept = by_id["salon-des-intervenants"]
    assert kept.action is SessionAction.KEPT and kept.reason is Reason.HAS_CHECKINS
    assert "1 check-in(s)" in kept.detail
    assert by_id["atelier-a-delegation-0311"].action is SessionAction.REMOVED
    assert event_store.session("salon-des-intervenants").removed is False
    with pytest.raises(SessionInUse):
        remove_session(event_store, "salon-des-intervenants")


def test_keep_others(event_store, tmp_path):
    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, ROWS))
    report = import_programme(event_store, write_csv(tmp_path / "p2.csv", HEADER, ROWS[:1]),
                              keep_others=True)
    assert report.committed and len(event_store.sessions()) == 4


def test_a_time_change_without_ids_keeps_the_session_id(event_store, tmp_path):
    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, ROWS[:1]))
    rows = [list(ROWS[0])]
    rows[0][3] = "9h"
    report = import_programme(event_store, write_csv(tmp_path / "p2.csv", HEADER, rows))
    assert report.lines[0].action is SessionAction.UPDATED
    assert [s.id for s in event_store.sessions()] == ["pleniere-d-ouverture"]


@pytest.mark.parametrize("suffix,language", [("csv", "fr"), ("xlsx", "fr"), ("csv", "en"),
                                             ("xlsx", "en")])
def test_export_then_import_is_unchanged(event_store, tmp_path, suffix, language):
    rows = [*ROWS, ["=Formule piégée", "+Trap", "11/03/2026", "16:00", "17:00", "Salle 2",
                    "10", "presse", "non", "oui"]]
    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, rows))
    before = event_store.sessions()
    path = export_programme(event_store, tmp_path / f"out.{suffix}", language=language)
    report = import_programme(event_store, path)
    assert report.committed
    assert {line.action for line in report.lines} == {SessionAction.UNCHANGED}
    assert event_store.sessions() == before
    assert event_store.session("formule-piegee").name_fr == "=Formule piégée"


def test_files_without_a_programme(event_store, tmp_path):
    people = write_csv(tmp_path / "people.csv", ["Nom", "Prénom"], [["A", "B"]])
    with pytest.raises(ImportFileError, match="No programme found"):
        import_programme(event_store, people)
    empty = write_csv(tmp_path / "empty.csv", HEADER, [])
    with pytest.raises(ImportFileError, match="no session under it"):
        import_programme(event_store, empty)


def test_no_event_yet(store, tmp_path):
    with pytest.raises(ImportFileError, match="No event"):
        import_programme(store, write_csv(tmp_path / "p.csv", HEADER, ROWS))


def test_programme_sheet_found_in_a_workbook_of_attendees(event_store, tmp_path):
    path = write_xlsx(tmp_path / "both.xlsx", {
        "Inscrits": [["Nom", "Prénom", "Ateliers"], ["Ndayishimiye", "Hélène", "Atelier A"]],
        "Programme": [HEADER, *ROWS],
    })
    report = import_programme(event_store, path)
    assert report.sheet == "Programme" and report.committed
    assert len(event_store.sessions()) == 4


# --- one session, as the window's editor makes it ---------------------------------------------

def test_make_session_checks_every_field(event_store):
    event = event_store.event()
    with pytest.raises(SessionInvalid) as caught:
        make_session(event, session_id="a;b", name_fr="", day=date(2026, 3, 10),
                     start=time(10), end=time(9), capacity=-1, categories=["musician"])
    fields = {p.field for p in caught.value.problems}
    assert fields == {"id", "name_fr", "end", "capacity", "categories"}
    session = make_session(event, session_id="ws", name_fr="Atelier", day=date(2026, 3, 10),
                           start=time(9), end=time(10), categories=["speaker", "participant"])
    assert session.categories == ("participant", "speaker") and session.name_en == "Atelier"


def test_save_and_remove_a_session(event_store):
    event_store.set_setting("sync.source", "hub")  # an organiser's station: changes go out
    event = event_store.event()
    session = make_session(event, session_id=new_session_id("Atelier B", ["atelier-b"]),
                           name_fr="Atelier B", day=date(2026, 3, 10), start=time(9),
                           end=time(10), room="Salle 1")
    assert session.id == "atelier-b-2"
    assert save_session(event_store, session) == []
    other = make_session(event, session_id="x", name_fr="X", day=date(2026, 3, 10),
                         start=time(9, 30), end=time(11), room="salle 1")
    assert "overlaps atelier-b-2" in save_session(event_store, other)[0]
    remove_session(event_store, "x")
    assert [s.id for s in event_store.sessions()] == ["atelier-b-2"]
    outbox = event_store.query("select kind, ref from outbox order by id")
    assert [(r["kind"], r["ref"]) for r in outbox] == [
        ("session", "atelier-b-2"), ("session", "x"), ("session", "x")]
    with pytest.raises(LookupError):
        remove_session(event_store, "x")



def test_a_station_on_its_own_keeps_its_programme_changes_to_itself(event_store, tmp_path):
    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, ROWS))
    remove_session(event_store, "salon-des-intervenants")
    assert event_store.pending_count() == 0


def test_a_programme_given_to_the_attendee_import_is_named_as_such(event_store, tmp_path):
    from checkin.importer import import_file

    path = write_csv(tmp_path / "p.csv", HEADER, ROWS)
    with pytest.raises(ImportFileError, match="is a programme, not a list of people"):
        import_file(event_store, path)
    book = write_xlsx(tmp_path / "p.xlsx", {"Programme": [HEADER, *ROWS]})
    with pytest.raises(ImportFileError, match="is a programme"):
        import_file(event_store, book)
    assert event_store.count_attendees() == 0 and event_store.sessions() == []


def test_a_station_fed_by_pretix_takes_its_programme_from_pretix(event_store, tmp_path):
    from checkin.programme import ProgrammeElsewhere, programme_elsewhere

    import_programme(event_store, write_csv(tmp_path / "p.csv", HEADER, ROWS))
    event_store.set_setting("sync.source", "pretix")
    assert "pretix" in programme_elsewhere(event_store)
    with pytest.raises(ProgrammeElsewhere, match="check-in lists in pretix"):
        import_programme(event_store, write_csv(tmp_path / "p2.csv", HEADER, ROWS[:1]))
    with pytest.raises(ProgrammeElsewhere):
        remove_session(event_store, "salon-des-intervenants")
    assert len(event_store.sessions()) == 4


# --- any programme goes out and comes back unchanged ----------------------------------------

from hypothesis import (  # noqa: E402
    HealthCheck,
    given,
    settings,
    strategies as st,  # noqa: E402
)

_WORDS = st.sampled_from(["Plénière", "Atelier", "N'Guessan", "délégation", "=SOMME(A1)",
                          "+257", "-2+3", "@x", "Łódź", "ESS;OIT", "«Jour 1»", "–", "l'économie",
                          "Zoë", "panel, débat", "Salle\u00a02", "ＷＩＤＥ", "'quoted'"])
_NAMES = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)


@st.composite
def programmes(draw):
    count = draw(st.integers(1, 6))
    sessions = []
    for n in range(count):
        day = draw(st.sampled_from([date(2026, 3, 10), date(2026, 3, 11)]))
        start = draw(st.integers(6 * 60, 20 * 60))
        length = draw(st.integers(15, 6 * 60))
        end = min(start + length, 23 * 60 + 59)
        sessions.append(dict(
            session_id=f"s{n}", name_fr=draw(_NAMES), name_en=draw(st.one_of(st.just(""), _NAMES)),
            day=day, start=time(start // 60, start % 60), end=time(end // 60, end % 60),
            room=draw(st.one_of(st.just(""), _NAMES)),
            capacity=draw(st.one_of(st.none(), st.integers(1, 5000))),
            categories=draw(st.lists(st.sampled_from(
                ["participant", "speaker", "organiser", "press", "official", "staff"]),
                unique=True, max_size=3)),
            registration_required=draw(st.booleans()), allow_multiple_entries=draw(st.booleans()),
            allow_entry_after_exit=draw(st.booleans()), accept_unpaid=draw(st.booleans()),
        ))
    return sessions


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programme=programmes(), suffix=st.sampled_from(["csv", "xlsx"]),
       language=st.sampled_from(["fr", "en"]))
def test_any_programme_round_trips(programme, suffix, language):
    import tempfile

    from checkin.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "s.db")
        try:
            create_event(store, make_event(code="RT26", title_fr="Aller-retour",
                                           timezone="Africa/Bujumbura",
                                           start_date=date(2026, 3, 10),
                                           end_date=date(2026, 3, 11)))
            event = store.event()
            for fields in programme:
                save_session(store, make_session(event, **fields))
            before = store.sessions()
            path = export_programme(store, Path(folder) / f"p.{suffix}", language=language)
            report = import_programme(store, path)
            assert report.committed, [line.describe() for line in report.refusals]
            assert {line.action for line in report.lines} == {SessionAction.UNCHANGED}
            assert store.sessions() == before
        finally:
            store.close()
