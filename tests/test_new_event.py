"""A new conference from the organiser's files, through the command line only: the event, the
programme and the attendees (in either order, in one workbook or two files), a re-import that
must not erase, and a badge scanned green at the end."""

from __future__ import annotations

from datetime import date, time

import openpyxl
import pytest

from checkin.cli import main
from checkin.importer import Action, import_file
from checkin.programme import import_programme
from checkin.reception import Reception
from checkin.scanner import corpus
from checkin.store import Store
from tests.test_importer import write_csv

PROGRAMME_HEADER = ["Nom FR", "Nom EN", "Date", "Horaire", "Salle", "Capacité",
                    "Qui peut entrer", "Inscription requise"]
PROGRAMME = [
    ["Plénière d'ouverture", "Opening plenary", date(2026, 3, 10), "08:30–10:30",
     "Auditorium", 1600, "", "non"],
    ["Atelier A : délégation", "Workshop A: delegation", date(2026, 3, 10), "14h–16h30",
     "Salle 1", 60, "", "oui"],
    ["Atelier B : absorption", "Workshop B: absorption", date(2026, 3, 10), "14h–16h30",
     "Salle 2", 60, "", "oui"],
]
PEOPLE_HEADER = ["N° d'inscription", "Nom", "Prénom", "Organisation", "Courriel", "Téléphone",
                 "Ateliers"]
PEOPLE = [
    ["R1", "NDAYISHIMIYE", "Hélène", "MFP", "helene@mfp.example", "+257 79 12 34 56",
     "Atelier A"],
    ["R2", "N'Guessan", "Kouadio", "MUGEF-CI", "k@mugef.example", "+225 07 00 00 00",
     "absorption"],
    ["R3", "Smith", "John", "ILO", "john@ilo.example", "", ""],
]


def badge_video(path, frames, hold=4, gap=3):
    """Each badge held in view a few frames, then an empty frame or three."""
    blank = corpus.make_frame(corpus.Category.NEGATIVE, (640, 480), 999).image
    images = [image for f in frames for image in [f.image] * hold + [blank] * gap]
    return corpus.write_video(iter(images), path, fps=30)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def workbook(path, sheets: dict[str, list[list]]):
    book = openpyxl.Workbook()
    for n, (title, rows) in enumerate(sheets.items()):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = title
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def new_event(capsys, db):
    code, out, err = run(capsys, "--db", db, "event", "new", "--code", "IMC26",
                         "--title-fr", "Conférence 2026", "--title-en", "Conference 2026",
                         "--timezone", "Africa/Bujumbura", "--start", "10/03/2026",
                         "--end", "11/03/2026", "--venue", "Bujumbura")
    assert code == 0, err


def test_from_an_empty_database_to_a_green_scan_with_the_command_line(tmp_path, capsys):
    db = tmp_path / "station.db"
    new_event(capsys, db)
    programme = workbook(tmp_path / "programme.xlsx",
                         {"Programme": [PROGRAMME_HEADER, *PROGRAMME]})
    code, out, err = run(capsys, "--db", db, "programme", "import", programme)
    assert code == 0, err
    assert "3 new" in out
    people = write_csv(tmp_path / "inscrits.csv", PEOPLE_HEADER, PEOPLE)
    code, out, err = run(capsys, "--db", db, "import", people)
    assert code == 0, err and "3 new" in out
    code, out, _ = run(capsys, "--db", db, "programme", "show")
    assert "atelier-a-delegation" in out and "14:00–16:30" in out

    store = Store(db)
    try:
        helene = next(a for a in store.attendees() if a.reg_no == "R1")
        smith = next(a for a in store.attendees() if a.reg_no == "R3")
        assert helene.workshops == ("atelier-a-delegation",)
    finally:
        store.close()
    # the badges, as a camera sees them, scanned into the workshop
    frames = [corpus.make_frame(corpus.Category.CLEAN, (640, 480), i, token=token)
              for i, token in enumerate([helene.token, smith.token])]
    video = badge_video(tmp_path / "door.avi", frames)
    code, out, err = run(capsys, "--db", db, "scan", "--source", video, "--fast",
                         "--session", "atelier-a-delegation")
    assert code == 0, err
    first, second = out.strip().splitlines()
    assert first.startswith(helene.token) and "Accepted" in first
    assert second.startswith(smith.token) and "Accepted" not in second
    code, out, _ = run(capsys, "--db", db, "admit", smith.token, "--session",
                       "pleniere-d-ouverture")
    assert code == 0 and "Accepted" in out


@pytest.mark.parametrize("order", ["one workbook", "people first", "programme first"])
def test_a_programme_sheet_beside_the_attendees_in_either_order(tmp_path, capsys, order):
    db = tmp_path / "station.db"
    new_event(capsys, db)
    both = workbook(tmp_path / "conference.xlsx", {
        "Inscrits": [PEOPLE_HEADER, *PEOPLE],
        "Programme": [PROGRAMME_HEADER, *PROGRAMME],
    })
    if order == "one workbook":
        code, out, err = run(capsys, "--db", db, "import", both)
        assert code == 0, err
        assert "Programme imported: 3 new" in out and "Imported: 3 new" in out
    elif order == "people first":
        code, out, err = run(capsys, "--db", db, "import", both, "--sheet", "Inscrits")
        assert code == 0, err
        assert "2 people's workshops are kept as written" in out
        code, out, _ = run(capsys, "--db", db, "stats")
        assert "2 people's workshops wait for the programme" in out
        code, out, err = run(capsys, "--db", db, "programme", "import", both)
        assert code == 0, err
        assert "2 people's workshops, kept from an earlier attendee import, now name" in out
    else:
        assert run(capsys, "--db", db, "programme", "import", both)[0] == 0
        assert run(capsys, "--db", db, "import", both, "--sheet", "Inscrits")[0] == 0
    store = Store(db)
    try:
        people = {a.reg_no: a for a in store.attendees()}
        assert people["R1"].workshops == ("atelier-a-delegation",)
        assert people["R2"].workshops == ("atelier-b-absorption",)
        assert all(not a.pending_workshops for a in people.values())
        assert len(store.sessions()) == 3
    finally:
        store.close()


def test_one_workbook_is_all_or_nothing(tmp_path, capsys):
    db = tmp_path / "station.db"
    new_event(capsys, db)
    bad_people = [*PEOPLE, ["R4", "", "", "", "not-an-email", "", ""]]
    both = workbook(tmp_path / "conference.xlsx", {
        "Inscrits": [PEOPLE_HEADER, *bad_people],
        "Programme": [PROGRAMME_HEADER, *PROGRAMME],
    })
    code, out, err = run(capsys, "--db", db, "import", both)
    assert code == 1 and "refused" in err
    store = Store(db)
    try:
        assert store.sessions() == [] and store.count_attendees() == 0
    finally:
        store.close()
    # and a dry run writes nothing either, though the workshops are read against the sheet
    good = workbook(tmp_path / "good.xlsx", {"Inscrits": [PEOPLE_HEADER, *PEOPLE],
                                             "Programme": [PROGRAMME_HEADER, *PROGRAMME]})
    code, out, _ = run(capsys, "--db", db, "import", good, "--dry-run")
    assert code == 0 and "Dry run, nothing written: 3 new" in out
    store = Store(db)
    try:
        assert store.sessions() == [] and store.count_attendees() == 0
    finally:
        store.close()


def test_workshops_naming_no_session_are_listed_not_dropped(tmp_path, capsys, store):
    new_event(capsys, store.path)
    people = [*PEOPLE, ["R4", "Kaneza", "Aline", "PASS", "", "", "Atelier Z"]]
    report = import_file(store, write_csv(tmp_path / "p.csv", PEOPLE_HEADER, people))
    assert report.committed and report.workshops_pending == 3
    programme = workbook(tmp_path / "programme.xlsx", {"Programme": [PROGRAMME_HEADER, *PROGRAMME]})
    preview = import_programme(store, programme, dry_run=True)
    assert [p.name for p in preview.workshops_pending] == ["Aline Kaneza"]
    report = import_programme(store, programme)
    assert report.workshops_resolved == 2
    (left,) = report.workshops_pending
    assert left.name == "Aline Kaneza" and "'Atelier Z': no such session" in left.problem
    aline = next(a for a in store.attendees() if a.reg_no == "R4")
    assert aline.pending_workshops == "Atelier Z" and aline.workshops == ()
    # imported again with the programme in place, the unknown workshop is refused line by line
    again = import_file(store, write_csv(tmp_path / "p2.csv", PEOPLE_HEADER, people))
    assert [(line.line, line.action) for line in again.refusals] == [(5, Action.REFUSED)]


# --- re-importing people never erases ------------------------------------------------------

def test_a_reimport_with_blank_cells_does_not_erase(tmp_path, capsys):
    db = tmp_path / "station.db"
    new_event(capsys, db)
    run(capsys, "--db", db, "programme", "import",
        workbook(tmp_path / "p.xlsx", {"Programme": [PROGRAMME_HEADER, *PROGRAMME]}))
    assert run(capsys, "--db", db, "import",
               write_csv(tmp_path / "v1.csv", PEOPLE_HEADER, PEOPLE))[0] == 0
    # the list comes back from the registration form without e-mails and phones, and with
    # Hélène's organisation corrected
    rows = [list(r) for r in PEOPLE]
    for r in rows:
        r[4] = r[5] = ""
    rows[0][3] = "Mutuelle de la Fonction Publique"
    code, out, err = run(capsys, "--db", db, "import",
                         write_csv(tmp_path / "v2.csv", PEOPLE_HEADER, rows))
    assert code == 0, err
    assert "organisation: MFP → Mutuelle de la Fonction Publique" in out
    assert "blank in the file, kept: email, phone" in out
    assert "--blank-clears erases them" in out
    store = Store(db)
    try:
        people = {a.reg_no: a for a in store.attendees()}
        assert people["R1"].email == "helene@mfp.example"
        assert people["R1"].phone == "+257 79 12 34 56"
        assert people["R1"].organisation == "Mutuelle de la Fonction Publique"
        assert people["R2"].email == "k@mugef.example"
    finally:
        store.close()
    # the organiser says blanks clear: now they do, and the report says from what to what
    code, out, err = run(capsys, "--db", db, "import", "--blank-clears",
                         write_csv(tmp_path / "v3.csv", PEOPLE_HEADER, rows))
    assert code == 0, err
    assert "email: helene@mfp.example → (empty)" in out
    assert "phone: +257 79 12 34 56 → (empty)" in out
    store = Store(db)
    try:
        people = {a.reg_no: a for a in store.attendees()}
        assert people["R1"].email == "" and people["R1"].phone == ""
        assert people["R1"].workshops == ("atelier-a-delegation",)  # its cell was not blank
        assert people["R3"].email == ""
    finally:
        store.close()


def test_reimport_report_structure_for_the_window(store, tmp_path, capsys):
    new_event(capsys, store.path)
    import_programme(store, workbook(tmp_path / "p.xlsx",
                                     {"Programme": [PROGRAMME_HEADER, *PROGRAMME]}))
    import_file(store, write_csv(tmp_path / "v1.csv", PEOPLE_HEADER, PEOPLE))
    rows = [list(r) for r in PEOPLE]
    rows[1][6] = "Atelier A"
    rows[1][5] = ""
    preview = import_file(store, write_csv(tmp_path / "v2.csv", PEOPLE_HEADER, rows),
                          dry_run=True)
    line = next(line for line in preview.lines if line.action is Action.UPDATED)
    assert [(c.field, c.old, c.new) for c in line.changes] == [
        ("workshops", "atelier-b-absorption", "atelier-a-delegation")]
    assert line.kept == ("phone",)
    assert store.attendees()[0].workshops  # a dry run changed nothing
    reception = Reception(store)
    assert reception.session("atelier-a-delegation").starts_at.astimezone(
        store.event().tz).time() == time(14)



def test_a_list_exported_with_guarded_cells_reimports_unchanged(store, tmp_path, capsys):
    from checkin.reports.exports import guard

    new_event(capsys, store.path)
    import_file(store, write_csv(tmp_path / "v1.csv", PEOPLE_HEADER, PEOPLE))
    # the same list as our CSV exports write it: "+257 …" behind an apostrophe
    guarded = [[guard(cell) for cell in row] for row in PEOPLE]
    assert guarded[0][5] == "'+257 79 12 34 56"
    report = import_file(store, write_csv(tmp_path / "v2.csv", PEOPLE_HEADER, guarded,
                                          encoding="utf-8-sig"))
    assert report.unchanged == 3 and report.updated == 0
    assert next(a for a in store.attendees() if a.reg_no == "R1").phone == "+257 79 12 34 56"


def test_admit_before_any_programme_says_what_to_do(tmp_path, capsys):
    db = tmp_path / "station.db"
    new_event(capsys, db)
    code, _, err = run(capsys, "--db", db, "admit", "IMC26-0000000000000000")
    assert code == 1 and "checkin programme import FILE" in err and err.count("\n") == 1
