"""The demo conference: the International Mutualist Conference, Bujumbura, 3–4 February 2025.

Everything here is made by code from a seed, so two builds give the same database byte for
byte in content (same ids, tokens, arrivals): screenshots, tests and benchmarks can rely on
it. The people are invented: names are drawn from common surname and first-name pools and
combined at random, e-mail addresses use the reserved ``.example`` domain (RFC 2606) so none
can reach a real mailbox, and phone numbers only keep a plausible country prefix.

Nothing else in the application knows about this event; it is the default data only.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin import paths, tokens
from checkin.french import de
from checkin.model import (
    UTC,
    Attendee,
    Category,
    CheckIn,
    Direction,
    Event,
    Language,
    Method,
    RegistrationStatus,
    Session,
    Station,
    fold,
)
from checkin.store import Store

TZ = ZoneInfo("Africa/Bujumbura")
EVENT_ID = "imc2025"
EVENT_CODE = "IMC25"
DEFAULT_COUNT = 1500
DEFAULT_SEED = 2025

DEMO_EVENT = Event(
    id=EVENT_ID,
    code=EVENT_CODE,
    title_fr=(
        "Conférence internationale de la Mutualité – Cibler la couverture santé et la "
        "protection sociale universelle en Afrique : s'appuyer sur les mutuelles, actrices "
        "clés de l'économie sociale et solidaire"
    ),
    title_en=(
        "International Mutualist Conference – Targeting health coverage and universal social "
        "protection in Africa: relying on mutuals as key players in the social and "
        "solidarity economy"
    ),
    timezone="Africa/Bujumbura",
    start_date=date(2025, 2, 3),
    end_date=date(2025, 2, 4),
    venue="Bujumbura, Burundi",
    organiser="AIM, avec MFP, PAMUSAB, FNMF, PASS, MASMUT",
    badge_settings={
        "category_colours": {
            Category.PARTICIPANT: "#1F6FB2",
            Category.SPEAKER: "#C0392B",
            Category.ORGANISER: "#27AE60",
            Category.PRESS: "#F39C12",
            Category.OFFICIAL: "#6C3483",
            Category.STAFF: "#566573",
        },
        # The full title is too long for a badge: the organisers' short form, both languages.
        "title": "Conférence internationale de la Mutualité · International Mutualist Conference",
        "subtitle": "Bujumbura · 3–4 février / February 2025",
        "logo": None,  # a path under resources/ when the organisers provide one
    },
)

# The five models of mutual participation in social health protection, one workshop each.
WORKSHOP_MODELS = (
    ("delegation", "Délégation de gestion", "Management delegation"),
    ("decentralisation", "Décentralisation", "Decentralisation"),
    ("deconcentration", "Déconcentration", "De-concentration"),
    ("absorption", "Absorption", "Absorption"),
    ("non-involvement", "Non-implication", "Non-involvement"),
)
WORKSHOP_CAPACITY = {
    "delegation": 360,
    "decentralisation": 320,
    "deconcentration": 260,
    "absorption": 260,
    "non-involvement": 220,
}
# How popular each model is with registrants (same order as WORKSHOP_MODELS).
_WORKSHOP_WEIGHTS = (26, 22, 18, 18, 16)
LOUNGE_CATEGORIES = (Category.SPEAKER, Category.ORGANISER, Category.OFFICIAL)
DEMO_STATION_NAME = "Auditorium – porte C"
STATIONS = (
    Station("demo-door-a", "Auditorium – porte A"),
    Station("demo-door-b", "Auditorium – porte B"),
)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    """A local Bujumbura time on day 1 or 2 of the conference, as an aware UTC datetime."""
    local = datetime(2025, 2, 2 + day, hour, minute, tzinfo=TZ)
    return local.astimezone(UTC)


def demo_sessions(event_id: str = EVENT_ID) -> list[Session]:
    """The programme. Workshops run twice (day 1 afternoon, day 2 morning), five in parallel,
    so a person can follow two different models."""
    sessions = [
        Session("d1-lounge", event_id, "Salon des intervenants et officiels – jour 1",
                "Speakers' and officials' lounge – day 1", _at(1, 7, 30), _at(1, 18),
                room="Salon VIP", capacity=180, categories=LOUNGE_CATEGORIES, allow_multiple_entries=True),
        Session("d1-opening", event_id, "Jour 1 – Plénière d'ouverture",
                "Day 1 – Opening plenary", _at(1, 8, 30), _at(1, 10, 30),
                room="Auditorium", capacity=1600),
        Session("d1-panel", event_id,
                "Panel de haut niveau (OIT, Task Force des Nations unies sur l'ESS)",
                "High-level panel (ILO, UN Task Force on the SSE)", _at(1, 11), _at(1, 12, 45),
                room="Auditorium", capacity=1600),
    ]
    rooms = ("Salle 1", "Salle 2", "Salle 3", "Salle 4", "Salle 5")
    for day, start, end in ((1, (14, 0), (16, 30)), (2, (8, 30), (10, 30))):
        for (key, fr, en), room, letter in zip(WORKSHOP_MODELS, rooms, "ABCDE", strict=True):
            sessions.append(
                Session(f"d{day}-ws-{key}", event_id,
                        f"Jour {day} – Atelier {letter} : modèles {de(fr.lower())}",
                        f"Day {day} – Workshop {letter}: {en.lower()} models",
                        _at(day, *start), _at(day, *end), room=room,
                        capacity=WORKSHOP_CAPACITY[key], registration_required=True)
            )
    sessions += [
        Session("d2-lounge", event_id, "Salon des intervenants et officiels – jour 2",
                "Speakers' and officials' lounge – day 2", _at(2, 7, 30), _at(2, 17),
                room="Salon VIP", capacity=180, categories=LOUNGE_CATEGORIES, allow_multiple_entries=True),
        Session("d2-plenary", event_id, "Jour 2 – Plénière : restitution des ateliers",
                "Day 2 – Plenary: workshop reports", _at(2, 11), _at(2, 12, 30),
                room="Auditorium", capacity=1600),
        Session("d2-closing", event_id, "Jour 2 – Cérémonie de clôture",
                "Day 2 – Closing ceremony", _at(2, 14, 30), _at(2, 16),
                room="Auditorium", capacity=1600),
    ]
    return sessions


# --- people ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Country:
    name: str
    phone: str  # international prefix
    french: float  # share of people who prefer French
    weight: int
    surnames: Sequence[str]
    first_names: Sequence[str]
    organisations: Sequence[str]


def _people_pools() -> tuple[tuple[_Country, ...], tuple[str, ...]]:
    """The countries (with their name pools and organisations) and the international
    organisations, from ``resources/demo/people.json``."""
    with open(paths.resource("demo", "people.json"), encoding="utf-8") as handle:
        pools = json.load(handle)
    names = pools["names"]
    countries = tuple(
        _Country(c["name"], c["phone"], c["french"], c["weight"],
                 tuple(names[c["names"]]["surnames"]), tuple(names[c["names"]]["first_names"]),
                 tuple(c["organisations"]))
        for c in pools["countries"]
    )
    return countries, tuple(pools["international"])


_COUNTRIES, _INTERNATIONAL = _people_pools()
_COUNTRY_WEIGHTS = [c.weight for c in _COUNTRIES]
_CATEGORIES = (
    Category.PARTICIPANT, Category.SPEAKER, Category.ORGANISER,
    Category.PRESS, Category.OFFICIAL, Category.STAFF,
)
_CATEGORY_WEIGHTS = (83, 5, 3, 3, 3, 3)
_WORKSHOP_TAKERS = {  # share of each category that registers for workshops
    Category.PARTICIPANT: 1.0,
    Category.SPEAKER: 0.9,
    Category.OFFICIAL: 0.5,
    Category.ORGANISER: 0.5,
}
_MAIL_PROVIDERS = ("mail.example", "courriel.example", "post.example")


#: People the README and the guides search for (``checkin --demo search helene ndayi``): each
#: replaces the first person drawn from that country.
_NAMED = (
    ("Burundi", "Hélène", "Ndayishimiye"),
    ("Burundi", "Élodie", "Nkurunziza-Habonimana"),
    ("Côte d'Ivoire", "Kouadio", "N'Guessan"),
)


def _deterministic_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@functools.lru_cache(maxsize=4096)  # a few hundred names and organisations, 100,000 times
def _slug(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


_SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "et", "l", "d", "of", "the", "on", "sur"}


@functools.lru_cache(maxsize=1024)
def _domain(organisation: str) -> str:
    """An acronym as organisations use for their mail: "(MFP)" → mfp, "Union des mutuelles
    de santé de Thiès" → umst."""
    if "(" in organisation:
        return _slug(organisation.split("(")[-1].rstrip(")")) or "org"
    words = [w for w in fold(organisation).replace("'", " ").replace("/", " ").split()]
    if len(words) == 1:
        return _slug(words[0]) or "org"
    return "".join(w[0] for w in words if w not in _SMALL_WORDS and w[0].isalnum()) or "org"


def _email(rng: random.Random, first: str, last: str, organisation: str) -> str:
    local = f"{_slug(first.split('-')[0])[:12]}.{_slug(last)[:20]}"
    if rng.random() < 0.55:
        domain = _domain(organisation) + ".example"
    else:
        domain = rng.choice(_MAIL_PROVIDERS)
    return f"{local}@{domain}"


def _phone(rng: random.Random, country: _Country) -> str:
    if country.phone == "+257":
        lead = rng.choice(("61", "62", "68", "69", "71", "72", "75", "76", "79"))
        return f"+257 {lead} {rng.randrange(100):02d} {rng.randrange(100):02d} {rng.randrange(100):02d}"
    digits = f"{rng.randrange(10**9):09d}"
    return f"{country.phone} {digits[:3]} {digits[3:6]} {digits[6:]}"


def _workshop_choices(
    rng: random.Random, keys: Sequence[str], filled: dict[str, int], capacity: dict[str, int]
) -> str | None:
    preferred = rng.choices(keys, weights=_WORKSHOP_WEIGHTS[: len(keys)])[0]
    for key in (preferred, *keys):
        if filled.get(key, 0) < capacity.get(key, 1 << 30):
            filled[key] = filled.get(key, 0) + 1
            return key
    return None


def generate_attendees(
    event_code: str = EVENT_CODE,
    count: int = DEFAULT_COUNT,
    seed: int = DEFAULT_SEED,
    sessions: Sequence[Session] | None = None,
    *,
    event_id: str | None = None,
) -> list[Attendee]:
    """``count`` invented people, the same ones for the same seed.

    Workshop registrations go to the sessions among ``sessions`` that need one; those of
    day 1 and day 2 are two rounds of the same workshops, and a person takes one or two,
    never two at the same time, within each session's capacity.
    """
    rng = random.Random(seed)
    if sessions is None:
        sessions = demo_sessions(event_id or EVENT_ID)
    if event_id is None:
        event_id = sessions[0].event_id if sessions else event_code.lower()
    rounds: dict[datetime, list[Session]] = {}
    for s in sessions:
        if s.registration_required:
            rounds.setdefault(s.starts_at, []).append(s)
    ordered_rounds = [rounds[k] for k in sorted(rounds)]
    capacity = {s.id: s.capacity or 1 << 30 for s in sessions if s.registration_required}
    filled: dict[str, int] = {}
    width = max(4, len(str(count)))
    stamp = _at(1, 0) - timedelta(days=10)  # the list as exported before the event
    people: list[Attendee] = []
    named = list(_NAMED)
    for n in range(1, count + 1):
        country = rng.choices(_COUNTRIES, weights=_COUNTRY_WEIGHTS)[0]
        first = rng.choice(country.first_names)
        last = rng.choice(country.surnames)
        if rng.random() < 0.04:  # a compound surname, as married names often are
            last = f"{last}-{rng.choice(country.surnames)}"
        if rng.random() < 0.03 and "-" not in first:
            first = f"{first} {rng.choice(country.first_names)}"
        is_named = bool(named) and country.name == named[0][0]
        if is_named:
            # The people the guides name (README, docs/): the same draws, other names, so
            # the rest of the demo stays as it was.
            _country, first, last = named.pop(0)
        category = rng.choices(_CATEGORIES, weights=_CATEGORY_WEIGHTS)[0]
        if category in (Category.SPEAKER, Category.OFFICIAL) and rng.random() < 0.4:
            organisation = rng.choice(_INTERNATIONAL)
        elif category == Category.ORGANISER:
            organisation = rng.choice(("AIM", "MFP", "PAMUSAB", "FNMF", "Programme PASS", "MASMUT"))
        elif category == Category.STAFF:
            organisation = "Comité d'organisation"
        else:
            organisation = rng.choice(country.organisations)
        language = Language.FR if rng.random() < country.french else Language.EN
        workshops: list[str] = []
        if rng.random() < _WORKSHOP_TAKERS.get(category, 0.0) and ordered_rounds:
            taken: set[str] = set()
            for index, round_sessions in enumerate(ordered_rounds):
                if index > 0 and rng.random() < 0.5:
                    continue  # one round only for half of the people
                choices = [s.id for s in round_sessions if s.id.rsplit("-ws-", 1)[-1] not in taken]
                picked = _workshop_choices(rng, choices, filled, capacity) if choices else None
                if picked:
                    workshops.append(picked)
                    taken.add(picked.rsplit("-ws-", 1)[-1])
        status = (
            RegistrationStatus.CANCELLED if rng.random() < 0.02
            else RegistrationStatus.CONFIRMED
        )
        people.append(
            Attendee(
                id=_deterministic_uuid(rng),
                event_id=event_id,
                token=tokens.new_token(event_code, rng),
                first_name=first,
                # (the draw stays where it was: the rest of the demo keeps its people)
                last_name=last.upper() if rng.random() < 0.15 and not is_named else last,
                organisation=organisation,
                country=country.name,
                category=category,
                language=language,
                email=_email(rng, first, last, organisation),
                phone=_phone(rng, country) if rng.random() < 0.9 else "",
                reg_no=f"{event_code.upper()}-{n:0{width}d}",
                status=status,
                workshops=tuple(workshops),
                updated_at=stamp,
                origin="demo",
            )
        )
    return people


# --- arrivals and the clock -------------------------------------------------------------------

def generate_arrivals(
    people: Sequence[Attendee], session: Session, seed: int = DEFAULT_SEED, share: float = 0.41
) -> list[CheckIn]:
    """About ``share`` of the confirmed people, arrived at the session's doors between 07:45
    and 09:10 local, most of them in the quarter hour before it starts."""
    rng = random.Random(seed * 7919 + 1)
    opens = datetime(2025, 2, 3, 7, 45, tzinfo=TZ).astimezone(UTC)
    window = 85 * 60  # seconds from 07:45 to 09:10
    peak = (session.starts_at - opens).total_seconds() - 10 * 60
    peak = min(max(peak, 0), window)
    arrivals = []
    for person in people:
        if person.cancelled or rng.random() >= share:
            continue
        station = STATIONS[0] if rng.random() < 0.55 else STATIONS[1]
        seconds = rng.triangular(0, window, peak)
        method = rng.choices((Method.CAMERA, Method.SCANNER, Method.SEARCH), (80, 15, 5))[0]
        arrivals.append(
            CheckIn(
                uuid=_deterministic_uuid(rng),
                attendee_id=person.id,
                session_id=session.id,
                station_id=station.id,
                at=opens + timedelta(seconds=round(seconds, 3)),
                method=method,
                direction=Direction.ENTRY,
            )
        )
    arrivals.sort(key=lambda c: c.at)
    return arrivals


DEMO_START = datetime(2025, 2, 3, 9, 10, tzinfo=TZ)


def demo_clock(start: datetime = DEMO_START) -> Callable[[], datetime]:
    """A clock that reads 3 Feb 2025, 09:10 in Bujumbura now and runs at real speed, so the
    demo opens in the middle of the opening plenary whatever today's date is."""
    origin = time.monotonic()
    start_utc = start.astimezone(UTC)

    def now() -> datetime:
        return start_utc + timedelta(seconds=time.monotonic() - origin)

    return now


# --- the demo as an organiser's files ----------------------------------------------------------

PROGRAMME_SHEET = ("demo", "programme.csv")
ATTENDEE_SHEET = ("demo", "inscriptions.csv")
ATTENDEE_HEADER = ("N° d'inscription", "Nom", "Prénom", "Organisation", "Pays", "Catégorie",
                   "Langue", "Courriel", "Téléphone", "Ateliers", "Statut")
_CATEGORY_CELL = {
    Category.PARTICIPANT: "Participant", Category.SPEAKER: "Intervenant",
    Category.ORGANISER: "Organisateur", Category.PRESS: "Presse",
    Category.OFFICIAL: "Officiel", Category.STAFF: "Bénévole",
}
_LANGUAGE_CELL = {Language.FR: "Français", Language.EN: "Anglais"}
_STATUS_CELL = {RegistrationStatus.CONFIRMED.value: "Confirmé",
                RegistrationStatus.CANCELLED.value: "Annulé"}


def programme_sheet(sessions: Sequence[Session] | None = None) -> list[tuple]:
    """The programme as the organisers' sheet: a header row, then one row per session."""
    from checkin.programme import EXPORT_HEADERS, session_cells

    sessions = demo_sessions(DEMO_EVENT.id) if sessions is None else sessions
    return [EXPORT_HEADERS[Language.FR],
            *(session_cells(DEMO_EVENT, s, Language.FR) for s in sessions)]


def attendee_sheet(people: Sequence[Attendee], sessions: Sequence[Session]) -> list[tuple]:
    """The registrations as a registration form exports them: French headers and words, each
    workshop by the words people use for it ("Jour 1 – Atelier A")."""
    short = {s.id: s.name_fr.split(" :")[0] for s in sessions}
    rows: list[tuple] = [ATTENDEE_HEADER]
    for a in people:
        rows.append((
            a.reg_no, a.last_name, a.first_name, a.organisation, a.country,
            _CATEGORY_CELL[a.category], _LANGUAGE_CELL[a.language], a.email, a.phone,
            "; ".join(short[w] for w in a.workshops), _STATUS_CELL[a.status],
        ))
    return rows


def sheet_bytes(rows: Sequence[Sequence]) -> bytes:
    """A sheet as French Excel saves a CSV in Unicode: UTF-8 with a BOM, ``;``, CRLF."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(
        [["" if v is None else str(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def write_sheets(folder: Path, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> None:
    """(Re)write the demo's two sheets (``scripts/demo_sheets.py`` keeps resources/ current)."""
    sessions = demo_sessions(DEMO_EVENT.id)
    people = generate_attendees(DEMO_EVENT.code, count, seed, sessions, event_id=DEMO_EVENT.id)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROGRAMME_SHEET[-1]).write_bytes(sheet_bytes(programme_sheet(sessions)))
    (folder / ATTENDEE_SHEET[-1]).write_bytes(sheet_bytes(attendee_sheet(people, sessions)))


def build_demo(
    store: Store,
    count: int = DEFAULT_COUNT,
    seed: int = DEFAULT_SEED,
    arrivals: bool = True,
) -> None:
    """Fill ``store`` with the demo conference, through the organisers' path: the event, then
    the programme sheet and the attendee sheet kept in ``resources/demo/`` imported as an
    organiser imports theirs (another ``count`` or ``seed`` imports a sheet made for them).
    Ids and badge tokens come from ``seed``, so two builds give the same database; running it
    again on the same database changes nothing."""
    from checkin.importer import import_file, import_table
    from checkin.programme import import_programme
    from checkin.spreadsheet import read_csv

    with store.transaction():
        store.save_event(DEMO_EVENT)
        programme = import_programme(store, paths.resource(*PROGRAMME_SHEET), keep_others=True)
        rng = random.Random(seed)
        if (count, seed) == (DEFAULT_COUNT, DEFAULT_SEED):
            people = import_file(store, paths.resource(*ATTENDEE_SHEET), rng=rng)
        else:
            sessions = demo_sessions(DEMO_EVENT.id)  # the sheet's order, as write_sheets
            made = generate_attendees(DEMO_EVENT.code, count, seed, sessions,
                                      event_id=DEMO_EVENT.id)
            tables = read_csv(sheet_bytes(attendee_sheet(made, sessions)), name="demo")
            people = import_table(store, tables[0], tables=tables, source="demo", rng=rng)
        if not (programme.committed and people.committed):
            refused = [line.describe() for line in programme.refusals]
            refused += [line.describe() for line in people.refusals]
            raise RuntimeError("the demo's sheets no longer import: " + "; ".join(refused))
        if arrivals:
            attendees = sorted(store.attendees(), key=lambda a: a.reg_no)
            opening = store.session("d1-opening")
            if opening is None:
                raise RuntimeError("the demo's programme no longer has its opening (d1-opening)")
            arrived = generate_arrivals(attendees, opening, seed)
            last_seen = DEMO_START.astimezone(UTC)
            store.upsert_stations(
                [Station(s.id, s.name, last_seen=last_seen) for s in STATIONS]
            )
            store.merge_checkins(arrived)
        # This station gets a name a volunteer recognises, distinct from the demo's two doors
        # (other doors see it by that name).
        if store.station_name.startswith("Station "):
            store.set_station_name(DEMO_STATION_NAME)

