"""Importing attendee lists: dialects, header rows, refusals, all-or-nothing, re-import.

Every file is made by code here (CSV bytes in a chosen encoding, XLSX through openpyxl with
real merged cells) and imported into a real SQLite file.
"""

from __future__ import annotations

import codecs
import csv
import io
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checkin.importer import (
    Action,
    Field,
    ImportFileError,
    Reason,
    import_file,
    parse_mapping,
)
from checkin.model import Event, Method, RegistrationStatus, Session
from checkin.reception import Reception
from checkin.store import Store
from tests.fixed_time import NOW

FR_HEADER = ["N° d'inscription", "Nom", "Prénom", "Organisation", "Pays", "Catégorie",
             "Courriel", "Téléphone", "Langue", "Ateliers", "Statut"]
EN_HEADER = ["Registration number", "Last name", "First name", "Organization", "Country",
             "Category", "E-mail", "Phone", "Language", "Workshops", "Status"]
ROWS = [
    ["R-001", "NDAYISHIMIYE", "Hélène", "Mutuelle de la Fonction Publique", "Burundi",
     "Participante", "helene.n@mfp.example", "+257 79 12 34 56", "Français", "Atelier A",
     "Confirmé"],
    ["R-002", "N'Guessan", "Kouadio", "MUGEF-CI", "Côte d'Ivoire", "Intervenant",
     "k.nguessan@mugef.example", "+225 07 00 00 00", "FR", "", "inscrit"],
    ["R-003", "Nkurunziza-Habonimana", "Élodie", "PAMUSAB; Burundi", "Burundi", "",
     "", "", "", "workshop-a; Speakers' lounge", "Annulé"],
    ["R-004", "Smith", "John", "ILO", "Switzerland", "Press", "JOHN.SMITH@ILO.EXAMPLE", "",
     "English", "Workshop A", "confirmed"],
]


def write_csv(path: Path, header, rows, *, separator=";", encoding="cp1252", titles=()):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    for title in titles:
        writer.writerow([title] + [""] * (len(header) - 1))
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, header, rows, *, titles=(), merges=(), sheet="Inscrits"):
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for title in titles:
        worksheet.append([title])
    worksheet.append(header)
    for row in rows:
        worksheet.append(row)
    for cells in merges:
        worksheet.merge_cells(cells)
    workbook.save(path)
    return path


def add_programme(store: Store) -> Store:
    """The small event's programme and nobody in it yet."""
    store.save_event(Event("test", "TST25", "Conférence d'essai", "Test conference",
                           "Africa/Bujumbura", date(2025, 2, 3), date(2025, 2, 4)))
    day = datetime(2025, 2, 3, tzinfo=UTC)
    store.upsert_sessions([
        Session("plenary", "test", "Plénière d'ouverture", "Opening plenary",
                day + timedelta(hours=6), day + timedelta(hours=9), room="Auditorium"),
        Session("workshop-a", "test", "Atelier A", "Workshop A", day + timedelta(hours=10),
                day + timedelta(hours=12), registration_required=True, capacity=40),
        Session("speakers", "test", "Salon des intervenants", "Speakers' lounge",
                day + timedelta(hours=6), day + timedelta(hours=16),
                categories=("speaker", "organiser"), allow_multiple_entries=True),
    ])
    return store


@pytest.fixture
def programme(store) -> Store:
    return add_programme(store)


def by_reg(store: Store) -> dict:
    return {a.reg_no: a for a in store.attendees()}


# --- dialects -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "separator, encoding",
    [(";", "cp1252"), (";", "utf-8-sig"), (",", "utf-8"), ("\t", "utf-16"), (",", "cp1252")],
)
def test_csv_dialects_french_headers(programme, tmp_path, separator, encoding):
    path = write_csv(tmp_path / "liste.csv", FR_HEADER, ROWS, separator=separator,
                     encoding=encoding, titles=["Conférence d'essai – liste des inscrits"])
    report = import_file(programme, path)
    assert report.committed and report.taken == 4 and report.refused == 0
    assert report.separator == separator and report.header_line == 2
    assert report.encoding == {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16",
                               "cp1252": "cp1252", "utf-8": "utf-8"}[encoding]
    people = by_reg(programme)
    helene = people["R-001"]
    assert (helene.first_name, helene.last_name) == ("Hélène", "NDAYISHIMIYE")
    assert helene.category == "participant" and helene.language == "fr"
    assert helene.workshops == ("workshop-a",) and helene.status == "confirmed"
    assert helene.token.startswith("TST25-") and helene.origin == "import"
    assert people["R-002"].last_name == "N'Guessan" and people["R-002"].category == "speaker"
    elodie = people["R-003"]
    assert elodie.organisation == "PAMUSAB; Burundi" and elodie.status == "cancelled"
    assert elodie.workshops == ("workshop-a", "speakers")
    assert elodie.category == "participant"  # empty category: the default
    smith = people["R-004"]
    assert smith.email == "john.smith@ilo.example" and smith.language == "en"
    assert smith.category == "press"


def test_english_headers_utf8_bom_comma(programme, tmp_path):
    path = write_csv(tmp_path / "list.csv", EN_HEADER, ROWS, separator=",",
                     encoding="utf-8-sig")
    report = import_file(programme, path)
    assert report.taken == 4
    assert {c.field for c in report.columns} == set(Field) - {Field.FULL_NAME, Field.NOTES, Field.DOOR_NOTE,
                                                              Field.IGNORE}


def test_headers_bilingual_odd_case_and_unknown_columns_ignored(programme, tmp_path):
    header = ["NOM / Last name", "prenom", "E-MAIL", "Civilité", "Régime alimentaire"]
    rows = [["Niyonzima", "Aline", "aline@x.example", "Mme", "végétarien"]]
    report = import_file(programme, write_csv(tmp_path / "a.csv", header, rows))
    assert report.taken == 1
    assert report.ignored_columns == ("Civilité", "Régime alimentaire")
    (aline,) = [a for a in programme.attendees() if a.first_name == "Aline"]
    assert aline.last_name == "Niyonzima" and aline.email == "aline@x.example"


def test_full_name_column_and_explicit_mapping(programme, tmp_path):
    header = ["Participant", "Apellido", "Institución", "Observaciones"]
    rows = [["Jean-Bosco HAKIZIMANA", "", "MFP", "fauteuil roulant"],
            ["Ana Ferreira", "", "União", ""]]
    mapping = parse_mapping(["Institución=organisation", "Observaciones=notes",
                             "Apellido=ignore"])
    report = import_file(programme, write_csv(tmp_path / "m.csv", header, rows,
                                                encoding="utf-8"), mapping=mapping)
    assert report.taken == 2, [line.describe() for line in report.lines]
    people = {a.last_name: a for a in programme.attendees()}
    assert people["HAKIZIMANA"].first_name == "Jean-Bosco"
    assert people["HAKIZIMANA"].notes == "fauteuil roulant"
    assert people["Ferreira"].first_name == "Ana" and people["Ferreira"].organisation == "União"


def test_bad_mapping_is_one_sentence():
    with pytest.raises(ImportFileError, match="COLUMN=FIELD"):
        parse_mapping(["Nom complet=nickname"])
    with pytest.raises(ImportFileError):
        parse_mapping(["no equals sign"])


def test_xlsx_header_under_titles_and_merged_cells(programme, tmp_path):
    titles = ["Conférence d'essai", "Liste des participants au 1er février", None]
    rows = [
        ROWS[0],
        ["Délégation de la Côte d'Ivoire"] + [None] * 10,  # a section title, merged across
        ROWS[1],
        ["R-010", "Bizimana", "Déo", "Mutuelle de Gitega", "Burundi", "Participant", None,
         25779000000, "fr", None, None],
        ["R-011", "Irakoze", "Divine", None, "Burundi", "Participant", None, None, "fr",
         None, None],
    ]
    path = write_xlsx(tmp_path / "liste.xlsx", FR_HEADER, rows, titles=titles,
                      merges=["A1:K1", "A2:K2", "A6:K6", "D8:D9"])
    report = import_file(programme, path)
    assert report.header_line == 4 and report.sheet == "Inscrits" and report.kind == "xlsx"
    assert report.taken == 4 and report.refused == 0 and report.committed
    (heading,) = [line for line in report.lines if line.action is Action.SKIPPED]
    assert heading.line == 6 and heading.reason is Reason.HEADING
    people = by_reg(programme)
    assert people["R-010"].phone == "25779000000"  # a number cell, without ".0"
    # One organisation merged down over a delegation: each person gets it.
    assert people["R-011"].organisation == "Mutuelle de Gitega"


def test_xlsx_cells_merged_across_a_person_are_refused(programme, tmp_path):
    rows = [ROWS[0], ["R-020", "Ciza Aloys", None, "MFP", "Burundi"]]
    path = write_xlsx(tmp_path / "m.xlsx", FR_HEADER, rows, merges=["B3:C3"])
    report = import_file(programme, path)
    assert [(line.line, line.reason) for line in report.refusals] == [(3, Reason.MERGED_CELLS)]
    assert not report.committed and "R-001" not in by_reg(programme)


def test_xlsx_sheet_choice(programme, tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", FR_HEADER, ROWS[:1], sheet="Participants")
    workbook = openpyxl.load_workbook(path)
    notes = workbook.create_sheet("Notes")
    notes.append(["Nom", "Prénom"])
    notes.append(["Autre", "Personne"])
    workbook.active = 1
    workbook.save(path)
    assert import_file(programme, path, dry_run=True).sheet == "Notes"  # the active one
    report = import_file(programme, path, sheet="Participants")
    assert report.sheet == "Participants" and report.taken == 1
    with pytest.raises(ImportFileError, match="no sheet 'Feuil1'.*'Participants', 'Notes'"):
        import_file(programme, path, sheet="Feuil1")


# --- refusals, all or nothing ---------------------------------------------------------------

def _bad_rows():
    good = ROWS[0]
    return [
        good,  # 2
        ["R-101", "", "", "MFP", "Burundi", "", "", "", "", "", ""],  # 3 missing name
        ["R-102", "Minani", "Pascal", "MFP", "Burundi", "", "pascal@", "", "", "", ""],  # 4
        ["R-103", "Kaneza", "Ange"],  # 5 short line
        ["R-104", "Butoyi", "Gervais", "MFP", "Burundi", "", "", "", "", "", "", "extra"],  # 6
        ["R-001", "Autre", "Personne", "MFP", "Burundi", "", "", "", "", "", ""],  # 7 dup id
        ["R-105", "Ciza", "Déo", "MFP", "Burundi", "ministre", "", "", "", "", ""],  # 8
        ["R-106", "Ciza", "Léonce", "MFP", "Burundi", "", "", "", "swahili", "", ""],  # 9
        ["R-107", "Ciza", "Prosper", "MFP", "Burundi", "", "", "", "", "", "peut-être"],  # 10
        ["R-108", "Ciza", "Fidèle", "MFP", "Burundi", "", "", "", "", "Atelier Z", ""],  # 11
        ["R-109", "Ciza" * 300, "Onésime", "MFP", "Burundi", "", "", "", "", "", ""],  # 12
        [""] * 11,  # 13 blank
        ["", "Ndayishimiye", "Hélène", "Mutuelle de la Fonction Publique", "", "", "", "", "",
         "", ""],  # 14 same person as line 2 (name + organisation)
    ]


def test_every_kind_of_bad_line_is_refused_and_nothing_is_written(programme, tmp_path):
    before = programme.query("select * from attendees order by id")
    path = write_csv(tmp_path / "bad.csv", FR_HEADER, _bad_rows())
    report = import_file(programme, path)
    reasons = {line.line: line.reason for line in report.lines if line.reason}
    assert reasons == {
        3: Reason.MISSING_NAME, 4: Reason.MALFORMED_EMAIL, 5: Reason.SHORT_LINE,
        6: Reason.LONG_LINE, 7: Reason.DUPLICATE_ID, 8: Reason.UNKNOWN_CATEGORY,
        9: Reason.UNKNOWN_LANGUAGE, 10: Reason.UNKNOWN_STATUS, 11: Reason.UNKNOWN_WORKSHOP,
        12: Reason.TOO_LONG, 13: Reason.BLANK, 14: Reason.DUPLICATE_PERSON,
    }
    assert report.count(Action.SKIPPED) == 1 and report.refused == 11
    assert not report.committed
    assert programme.query("select * from attendees order by id") == before
    lines = {line.line: line for line in report.lines}
    assert "line 2" in lines[7].detail and "'pascal@'" in lines[4].detail
    assert "Atelier Z" in lines[11].detail
    assert report.summary().startswith("Nothing imported")


def test_accept_partial_writes_the_good_lines_only(programme, tmp_path):
    path = write_csv(tmp_path / "bad.csv", FR_HEADER, _bad_rows())
    report = import_file(programme, path, accept_partial=True)
    assert report.committed and report.taken == 1
    assert set(by_reg(programme)) == {"R-001"}


def test_blank_lines_do_not_block(programme, tmp_path):
    rows = [ROWS[0], [""] * 11, [], ROWS[1], [""] * 11]
    report = import_file(programme, write_csv(tmp_path / "b.csv", FR_HEADER, rows))
    assert report.committed and report.taken == 2 and report.skipped == 3


def test_dry_run_writes_nothing(programme, tmp_path):
    before = programme.count_attendees()
    report = import_file(programme, write_csv(tmp_path / "d.csv", FR_HEADER, ROWS),
                         dry_run=True)
    assert report.dry_run and not report.committed and report.taken == 4
    assert programme.count_attendees() == before
    assert report.summary().startswith("Dry run")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "No header row"),
        (b"\x00\x01\x02binary\xff" * 50, "binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel .xls"),
        (b"PK\x03\x04 not really a zip", "not a readable XLSX"),
        ("Pays;Ville\nBurundi;Gitega\n".encode("cp1252"), "No header row"),
        (b"a;b;c\n1;2;3\n", "No header row"),
    ],
)
def test_unreadable_files(programme, tmp_path, content, message):
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_file(programme, path)


def test_no_event_needs_one(store, tmp_path):
    path = write_csv(tmp_path / "l.csv", FR_HEADER, ROWS)
    with pytest.raises(ImportFileError, match="--event-code"):
        import_file(store, path)
    assert store.count_attendees() == 0
    dry = import_file(store, path, dry_run=True)  # a dry run needs no event
    assert dry.taken == 4 and store.event() is None
    event = Event("acme", "ACME", "Acme", "Acme", "UTC", date(2025, 1, 1), date(2025, 1, 1))
    report = import_file(store, path, new_event=event)
    assert report.event_created and report.taken == 4
    assert store.event().code == "ACME"
    assert all(a.token.startswith("ACME-") for a in store.attendees())
    # No sessions yet: each workshops cell is kept as written for the programme to resolve.
    assert not any("Ateliers" in c for c in report.ignored_columns)
    assert report.workshops_pending == 3
    assert all(a.workshops == () for a in store.attendees())
    assert by_reg(store)["R-003"].pending_workshops == "workshop-a; Speakers' lounge"


# --- re-import --------------------------------------------------------------------------------

def test_reimport_updates_in_place_and_keeps_tokens_and_checkins(programme, tmp_path):
    path = write_csv(tmp_path / "v1.csv", FR_HEADER, ROWS)
    import_file(programme, path)
    first = by_reg(programme)
    reception = Reception(programme, clock=lambda: NOW)
    result = reception.admit(first["R-001"].token, "plenary")
    assert result.admitted
    programme.mark_badges_printed([first["R-001"].id])

    rows = [list(r) for r in ROWS]
    rows[0][3] = "MFP – Mutuelle de la Fonction Publique"  # organisation changed
    rows[0][7] = ""  # phone left blank: kept (a blank cell never erases)
    rows[0][5] = ""  # category emptied: kept as it was
    rows[1][0] = ""  # no number this time: matched by e-mail
    rows[3][6] = "john.smith@ilo.example"  # same e-mail, other case: unchanged
    rows.append(["R-005", "Hakizimana", "Désiré", "PAMUSAB", "Burundi", "", "", "", "", "", ""])
    report = import_file(programme, write_csv(tmp_path / "v2.csv", FR_HEADER, rows))
    actions = {line.line: line.action for line in report.lines}
    assert actions == {2: Action.UPDATED, 3: Action.UNCHANGED, 4: Action.UNCHANGED,
                       5: Action.UNCHANGED, 6: Action.TAKEN}
    after = by_reg(programme)
    helene = after["R-001"]
    assert (helene.id, helene.token) == (first["R-001"].id, first["R-001"].token)
    assert helene.organisation.startswith("MFP –") and helene.phone == "+257 79 12 34 56"
    line = report.lines[0]
    assert [(c.field, c.old, c.new) for c in line.changes] == [
        ("organisation", "Mutuelle de la Fonction Publique",
         "MFP – Mutuelle de la Fonction Publique")]
    assert line.kept == ("phone",)
    assert helene.category == "participant" and helene.badge_printed_at is not None
    assert after["R-002"].id == first["R-002"].id
    (entry,) = programme.checkins(attendee_id=helene.id)
    assert entry.uuid == result.checkin.uuid and entry.method is Method.CAMERA
    again = reception.admit(helene.token, "plenary")
    assert again.outcome.name == "ALREADY_IN"
    assert programme.count_attendees() == 5


def test_reimport_matches_by_name_and_organisation(small_event, tmp_path):
    # The fixture's people have no number and no e-mail: name + organisation finds them.
    p1 = small_event.attendee("p1")
    header = ["Prénom", "Nom", "Structure", "Pays", "Courriel"]
    rows = [["helene", "NDAYISHIMIYE", "Mutuelle de la fonction publique", "Burundi",
             "helene@mfp.example"]]
    report = import_file(small_event, write_csv(tmp_path / "n.csv", header, rows))
    assert [line.action for line in report.lines] == [Action.UPDATED]
    updated = small_event.attendee("p1")
    assert updated.token == p1.token and updated.email == "helene@mfp.example"
    assert updated.first_name == "helene"  # the file's spelling wins


def test_shared_email_does_not_merge_people(small_event, tmp_path):
    header = ["Nom", "Prénom", "Organisation", "Courriel"]
    rows = [["Barankitse", "Aloys", "MFP", "secretariat@mfp.example"],
            ["Nimbona", "Spès", "MFP", "secretariat@mfp.example"]]
    path = write_csv(tmp_path / "s.csv", header, rows)
    assert import_file(small_event, path).taken == 2
    again = import_file(small_event, path)
    assert [line.action for line in again.lines] == [Action.UNCHANGED, Action.UNCHANGED]
    assert small_event.count_attendees() == 7


def test_encoding_is_detected_not_guessed_wrong(programme, tmp_path):
    # The same accents in both encodings must come out the same.
    for name, encoding in (("a.csv", "cp1252"), ("b.csv", "utf-8")):
        header = ["Nom", "Prénom", "Organisation"]
        rows = [["Ouédraogo", "Aïcha", f"Mutuelle {encoding}"]]
        import_file(programme, write_csv(tmp_path / name, header, rows, encoding=encoding))
    names = {a.organisation: a.full_name for a in programme.attendees()}
    assert names["Mutuelle cp1252"] == names["Mutuelle utf-8"] == "Aïcha Ouédraogo"


def test_codecs_bom_variants_are_read(programme, tmp_path):
    text = "Nom\tPrénom\nNiyonkuru\tÉvariste\n"
    (tmp_path / "u16be.txt").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    report = import_file(programme, tmp_path / "u16be.txt")
    assert report.taken == 1 and report.separator == "\t"


# --- properties -------------------------------------------------------------------------------

# Letters Windows-1252 can encode, so that every list can be written in every encoding.
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäîïôöùûüçÉÈÀÇœŒñ"
HEADER_WORDS = {
    "reg_no": ("N° d'inscription", "No d’inscription", "Registration number", "Reg. no"),
    "last_name": ("Nom", "NOM DE FAMILLE", "Last name", "Surname"),
    "first_name": ("Prénom", "prénoms", "First name", "Given name"),
    "organisation": ("Organisation", "Structure", "Organization", "Institution"),
    "country": ("Pays", "Country"),
    "category": ("Catégorie", "Category", "Type de participant"),
    "email": ("Courriel", "E-mail", "Adresse électronique", "Email address"),
    "phone": ("Téléphone", "Tél.", "Phone", "Mobile"),
    "language": ("Langue", "Language", "Langue préférée"),
    "workshops": ("Ateliers", "Workshops"),
    "status": ("Statut", "Status", "État"),
}
CELL_WORDS = {
    "category": (("Participant", "participant"), ("intervenante", "speaker"),
                 ("PRESSE", "press"), ("Officiel", "official"), ("Bénévole", "staff"),
                 ("", "participant"), ("Organisateur", "organiser")),
    "language": (("FR", "fr"), ("Français", "fr"), ("english", "en"), ("Anglais", "en"),
                 ("", "fr")),
    "status": (("Confirmé", "confirmed"), ("annulé", "cancelled"), ("", "confirmed"),
               ("En attente", "pending")),
    "workshops": (("", ()), ("workshop-a", ("workshop-a",)), ("Atelier A", ("workshop-a",)),
                  ("Workshop A; Speakers' lounge", ("workshop-a", "speakers"))),
    "country": (("Burundi", "Burundi"), ("Côte d'Ivoire", "Côte d'Ivoire"), ("", "")),
}
FORMATS = (("csv", ";", "cp1252"), ("csv", ";", "utf-8-sig"), ("csv", ",", "utf-8"),
           ("csv", "\t", "utf-16"), ("csv", ",", "cp1252"), ("xlsx", "", ""))

word = st.text(alphabet=LETTERS, min_size=1, max_size=10)
person_name = st.lists(word, min_size=1, max_size=3).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", "-", "'"]), min_size=len(parts) - 1,
                           max_size=len(parts) - 1).map(
        lambda seps: parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=False))))
free_text = st.text(alphabet=LETTERS + " ;,\"'-/()0123456789", max_size=40).map(
    lambda t: " ".join(t.split()))
email = st.one_of(st.just(""), st.from_regex(
    r"[a-z0-9]{1,8}(\.[a-z0-9]{1,5})?@[a-z0-9]{1,8}\.(org|example|bi|fr)", fullmatch=True))
phone = st.one_of(st.just(""), st.from_regex(r"\+257 [67][0-9] [0-9]{2} [0-9]{2} [0-9]{2}",
                                             fullmatch=True))


@st.composite
def person(draw):
    cells, expected = {}, {}
    for field, value in (("last_name", draw(person_name)), ("first_name", draw(person_name)),
                         ("organisation", draw(free_text)), ("email", draw(email)),
                         ("phone", draw(phone))):
        cells[field] = value
        expected[field] = value
    for field, choices in CELL_WORDS.items():
        cells[field], expected[field] = draw(st.sampled_from(choices))
    return cells, expected


@st.composite
def attendee_list(draw):
    people = draw(st.lists(person(), min_size=1, max_size=12))
    fields = draw(st.permutations(list(HEADER_WORDS)))
    header = []
    for field in fields:
        words = draw(st.sampled_from(HEADER_WORDS[field]))
        header.append(draw(st.sampled_from([words, words.upper(), words.lower()])))
    rows = []
    for number, (cells, expected) in enumerate(people, start=1):
        cells = {**cells, "reg_no": f"R-{number:03d}"}
        expected["reg_no"] = cells["reg_no"]
        rows.append([cells[f] for f in fields])
    titles = draw(st.sampled_from([(), ("Liste des inscrits",), ("Conférence", "")]))
    return header, rows, [e for _, e in people], draw(st.sampled_from(FORMATS)), titles


def _write(directory: Path, header, rows, fmt, titles) -> Path:
    kind, separator, encoding = fmt
    if kind == "xlsx":
        return write_xlsx(directory / "list.xlsx", header,
                          [[c or None for c in r] for r in rows], titles=titles)
    return write_csv(directory / "list.csv", header, rows, separator=separator,
                     encoding=encoding, titles=titles)


def _fresh_programme(directory: Path) -> Store:
    return add_programme(Store(directory / "station.db"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attendee_list())
def test_any_valid_list_round_trips(data):
    header, rows, expected, fmt, titles = data
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        store = _fresh_programme(directory)
        try:
            report = import_file(store, _write(directory, header, rows, fmt, titles))
            assert report.refused == 0, [line.describe() for line in report.refusals]
            assert report.committed and report.taken == len(expected)
            got = by_reg(store)
            for person_ in expected:
                a = got[person_["reg_no"]]
                actual = {f: getattr(a, f) for f in person_}
                assert actual == {**person_, "email": person_["email"].lower()}
        finally:
            store.close()


garbage_cell = st.one_of(
    st.just(""), free_text, st.sampled_from(["x@", "@", "a@b", "ministre", "R-001",
                                             "Atelier Z", "swahili", "peut-être"]),
    st.text(max_size=30).map(lambda t: t.replace("\x00", "")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(garbage_cell, max_size=13), max_size=15),
       st.sampled_from(FORMATS[:5]))
def test_garbage_never_half_imports(rows, fmt):
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        store = _fresh_programme(directory)
        try:
            import_file(store, write_csv(directory / "seed.csv", FR_HEADER, ROWS))
            before = store.query("select * from attendees order by id")
            header = FR_HEADER
            _, separator, encoding = fmt
            text_rows = [[c.encode(encoding, "replace").decode(encoding) for c in r]
                         for r in rows]
            path = write_csv(directory / "g.csv", header, text_rows, separator=separator,
                             encoding=encoding)
            try:
                report = import_file(store, path)
            except ImportFileError:
                assert store.query("select * from attendees order by id") == before
                return
            numbers = [line.line for line in report.lines]
            assert numbers == sorted(set(numbers))
            after = store.query("select * from attendees order by id")
            if report.refused:
                assert not report.committed and after == before
            else:
                assert len(after) == len(before) + report.taken
                kept = {r["id"]: r["token"] for r in before}
                assert all(kept[r["id"]] == r["token"] for r in after if r["id"] in kept)
        finally:
            store.close()


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_are_refused_cleanly(content):
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        store = _fresh_programme(directory)
        try:
            path = directory / "x.csv"
            path.write_bytes(content)
            try:
                report = import_file(store, path)
            except ImportFileError:
                report = None
            if report is None or not report.committed:
                assert store.count_attendees() == 0
        finally:
            store.close()


# --- the XLSX reader on packages openpyxl does not write --------------------------------------

def _package(path: Path, sheet_xml: str, shared: str, styles: str = "",
             workbook_extra: str = "", prefix: str = "") -> Path:
    """A minimal SpreadsheetML package written by hand, the way Excel and other producers do
    it (shared strings, rich text runs, phonetic hints, styles, namespace prefixes), which
    openpyxl's own writer never produces."""
    import zipfile

    ns = 'xmlns{p}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'.format(
        p=f":{prefix[:-1]}" if prefix else "")
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml":
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{main}.worksheet+xml"/>'
            f'<Override PartName="/xl/worksheets/other.xml" ContentType="{main}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{main}.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       f'relationships"><Relationship Id="r1" Type="{rel}/officeDocument" '
                       f'Target="xl/workbook.xml"/></Relationships>',
        "xl/_rels/workbook.xml.rels":
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/worksheet" '
            f'Target="/xl/worksheets/other.xml"/><Relationship Id="rId3" '
            f'Type="{rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" '
            f'Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<{prefix}workbook {ns} xmlns:r="{rel}">{workbook_extra}<{prefix}sheets>'
            f'<{prefix}sheet name="Autre" sheetId="2" r:id="rId2"/>'
            f'<{prefix}sheet name="Inscrits" sheetId="1" r:id="rId1"/></{prefix}sheets>'
            f'</{prefix}workbook>',
        "xl/sharedStrings.xml": f"<{prefix}sst {ns}>{shared}</{prefix}sst>",
        "xl/styles.xml": f"<{prefix}styleSheet {ns}>{styles}</{prefix}styleSheet>",
        "xl/worksheets/sheet1.xml":
            f"<{prefix}worksheet {ns}>{sheet_xml}</{prefix}worksheet>",
        "xl/worksheets/other.xml":
            f"<{prefix}worksheet {ns}><{prefix}sheetData/></{prefix}worksheet>",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


@pytest.mark.parametrize("prefix", ["", "x:"])
def test_hand_made_xlsx_with_shared_strings_dates_and_formulas(programme, tmp_path, prefix):
    p = prefix
    words = ["Nom", "Prénom", "Organisation", "Notes", "Ndayishimiye", "Hélène",
             "Mutuelle", "N'Guessan"]
    shared = "".join(f"<{p}si><{p}t>{w}</{p}t></{p}si>" for w in words)
    # A rich-text string in runs, with a phonetic hint that is not part of the value.
    shared += (f"<{p}si><{p}r><{p}t>Kou</{p}t></{p}r><{p}r><{p}t xml:space=\"preserve\">adio"
               f"</{p}t></{p}r><{p}rPh sb=\"0\" eb=\"3\"><{p}t>HINT</{p}t></{p}rPh></{p}si>")
    styles = (f'<{p}numFmts><{p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></{p}numFmts>'
              f'<{p}cellXfs><{p}xf numFmtId="0"/><{p}xf numFmtId="14"/><{p}xf numFmtId="164"/>'
              f'<{p}xf numFmtId="49"/></{p}cellXfs>')

    def c(ref, value, kind="s", style=None, formula=""):
        attrs = f' r="{ref}"' if ref else ""
        attrs += f' t="{kind}"' if kind else ""
        attrs += f' s="{style}"' if style is not None else ""
        body = f"<{p}f>{formula}</{p}f>" if formula else ""
        return f"<{p}c{attrs}>{body}<{p}v>{value}</{p}v></{p}c>"

    sheet = (
        f"<{p}sheetData>"
        f'<{p}row r="2">{c("A2", 0)}{c("B2", 1)}{c("C2", 2)}{c("D2", 3)}</{p}row>'
        f'<{p}row r="3">{c("A3", 4)}{c("B3", 5)}{c("C3", 6)}{c("D3", 45678, None, 1)}</{p}row>'
        # No r attributes (allowed): cells and rows follow on; a formula's cached text.
        f"<{p}row>{c('', 7)}{c('', 8)}{c('', 'MUGEF-CI', 'str', None, 'UPPER(x)')}"
        f"{c('', 45678.5, None, 2)}</{p}row>"
        f'<{p}row r="6">{c("A6", "Bizimana", "inlineStr").replace(f"<{p}v>Bizimana</{p}v>", f"<{p}is><{p}t>Bizimana</{p}t></{p}is>")}'  # noqa: E501
        f'{c("B6", "1", "b")}{c("C6", 25779000000, None)}{c("D6", 12.5, None)}</{p}row>'
        f"</{p}sheetData>"
    )
    workbook_extra = f'<{p}bookViews><{p}workbookView activeTab="1"/></{p}bookViews>'
    path = _package(tmp_path / "excel.xlsx", sheet, shared, styles, workbook_extra, prefix)
    report = import_file(programme, path)
    assert report.sheet == "Inscrits" and report.header_line == 2
    assert report.taken == 3, [line.describe() for line in report.lines]
    people = {a.last_name: a for a in programme.attendees()}
    assert people["Ndayishimiye"].first_name == "Hélène"
    assert people["Ndayishimiye"].notes == "2025-01-21"  # serial 45678, a date cell shown as a date
    assert people["N'Guessan"].first_name == "Kouadio"
    assert people["N'Guessan"].organisation == "MUGEF-CI"
    assert people["N'Guessan"].notes == "2025-01-21T12:00:00"
    assert (people["Bizimana"].first_name, people["Bizimana"].organisation,
            people["Bizimana"].notes) == ("1", "25779000000", "12.5")
    with pytest.raises(ImportFileError, match="No header row"):  # the empty other sheet
        import_file(programme, path, sheet="Autre")


def test_xlsx_date1904_and_damaged_parts(programme, tmp_path):
    from checkin.spreadsheet import SpreadsheetError, read_xlsx

    shared = "<si><t>Nom</t></si><si><t>Date</t></si>"
    styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    sheet = ('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
             '</row><row r="2"><c r="A2" t="inlineStr"><is><t>Ciza</t></is></c>'
             '<c r="B2" s="1"><v>1</v></c></row></sheetData>')
    path = _package(tmp_path / "mac.xlsx", sheet, shared, styles, '<workbookPr date1904="1"/>')
    (table,) = read_xlsx(path, sheet="Inscrits")
    assert table.rows[1].cells == ("Ciza", "1904-01-02")
    # The active sheet ("Autre") has no header: the next one that has is read.
    report = import_file(programme, path, dry_run=True, mapping={"Date": Field.NOTES})
    assert report.sheet == "Inscrits" and report.taken == 1
    broken = _package(tmp_path / "broken.xlsx", "<sheetData><row>", shared, styles)
    with pytest.raises(SpreadsheetError, match="not a readable XLSX"):
        read_xlsx(broken)


def test_a_note_for_the_door_and_unpaid_or_blocked_statuses(programme, tmp_path):
    header = ["Nom", "Prénom", "N° d'inscription", "Statut", "Note pour l'accueil"]
    rows = [["Niyonzima", "Aline", "D-1", "non payé", "Fauteuil roulant : porte B"],
            ["Dupont", "Marc", "D-2", "bloqué", ""],
            ["Sow", "Fatou", "D-3", "payé", ""]]
    report = import_file(programme, write_csv(tmp_path / "door.csv", header, rows))
    assert report.taken == 3
    people = by_reg(programme)
    aline = people["D-1"]
    assert aline.status is RegistrationStatus.PENDING
    assert aline.door_note == "Fauteuil roulant : porte B" and aline.needs_attention
    assert people["D-2"].status is RegistrationStatus.BLOCKED
    assert people["D-3"].status is RegistrationStatus.CONFIRMED and not people["D-3"].needs_attention
