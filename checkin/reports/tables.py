"""The organisers' tables: attendance, the attendee × session matrix, no-shows, the check-in
log and the summary counts, as plain typed tables that any writer (CSV, XLSX) can take.

Headers are bilingual ("Nom / Name"), as the organisers and the funders read both. Whoever
attended a session online (the meeting platform's report) is present like anybody else, once
per session, with a column saying on site, online or both. Times are
naive ``datetime`` on the venue's wall clock: the CSV writer prints them as text, openpyxl
stores real date-time cells.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from checkin.model import Attendee, Session, category_words, from_iso
from checkin.reports.data import Attendance, Attended, fetch
from checkin.reports.doubles import double_entries

Value = str | int | float | datetime | None

PRESENCE_HEADER = "Présence / Attendance"
ON_SITE_HEADER = "Sur place / On site"
ONLINE_HEADER = "En ligne / Online"

PERSON_HEADERS = (
    "Nom / Name",
    "Prénom / First name",
    "Organisation",
    "Pays / Country",
    "Catégorie / Category",
)


@dataclass(frozen=True)
class Table:
    title: str  # the sheet's name in a workbook
    headers: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]


@functools.lru_cache(maxsize=64)
def category_label(category: str) -> str:
    french, english = category_words(category)
    return french if french == english else f"{french} / {english}"


def session_label(session: Session) -> str:
    if session.name_en and session.name_en != session.name_fr:
        return f"{session.name_fr} / {session.name_en}"
    return session.name_fr


def _person(p: Attendee) -> tuple[Value, ...]:
    return (p.last_name, p.first_name, p.organisation, p.country, category_label(p.category))


def attendance_table(data: Attendance, session: Session | None = None) -> Table:
    """People present, one row per person and session (one session, or all of them)."""
    sessions = [session] if session is not None else list(data.sessions)
    rows = []
    for s in sessions:
        for number, (person, arrival) in enumerate(data.present(s), 1):
            rows.append(
                (
                    s.id,
                    session_label(s),
                    number,
                    *_person(person),
                    arrival.local_at,
                    arrival.station_name,
                    arrival.method,
                    arrival.attended.label,
                    person.reg_no,
                    person.id,
                )
            )
    headers = (
        "Session (id)",
        "Session",
        "N°",
        *PERSON_HEADERS,
        "Heure d'arrivée / Arrival time",
        "Poste / Station",
        "Méthode / Method",
        PRESENCE_HEADER,
        "N° d'inscription / Registration no.",
        "Identifiant / Id",
    )
    title = session.name_fr if session is not None else "Présences / Attendance"
    return Table(title, headers, tuple(rows))


def session_sheet(data: Attendance, session: Session) -> Table:
    """One session's attendance for its own sheet: no session columns."""
    rows = tuple(
        (number, *_person(person), arrival.local_at, arrival.station_name, arrival.method,
         arrival.attended.label, person.reg_no)
        for number, (person, arrival) in enumerate(data.present(session), 1)
    )
    headers = (
        "N°",
        *PERSON_HEADERS,
        "Heure d'arrivée / Arrival time",
        "Poste / Station",
        "Méthode / Method",
        PRESENCE_HEADER,
        "N° d'inscription / Registration no.",
    )
    start = data.local(session.starts_at).strftime("%d/%m/%Y %H:%M")
    caption = " — ".join(part for part in (session_label(session), start, session.room) if part)
    return Table(caption, headers, rows)


def matrix_table(data: Attendance) -> Table:
    """Everybody (cancelled registrations included, marked) × every session: the arrival time
    where the person came (on site, or online: the columns after the sessions say how), empty
    where not; per person the sessions attended on site, online, how overall (on site,
    online, or both), and the total, each session once."""
    rows = []
    for person in data.attendees:
        times: list[Value] = []
        total = here = there = 0
        for s in data.sessions:
            arrival = data.arrivals.get((person.id, s.id))
            if arrival is None:
                times.append(None)
            else:
                times.append(arrival.local_at)
                total += 1
                here += arrival.attended.on_site
                there += arrival.attended.online
        how = Attended.of(bool(here), bool(there))
        rows.append(
            (*_person(person), person.status.value, person.reg_no, *times, here, there,
             how.label if how else None, total, person.id)
        )
    headers = (
        *PERSON_HEADERS,
        "Statut / Status",
        "N° d'inscription / Registration no.",
        *(session_label(s) for s in data.sessions),
        ON_SITE_HEADER,
        ONLINE_HEADER,
        PRESENCE_HEADER,
        "Sessions suivies / Sessions attended",
        "Identifiant / Id",
    )
    return Table("Matrice / Matrix", headers, tuple(rows))


def noshow_table(data: Attendance, session: Session | None = None) -> Table:
    """People expected at a session (admitted, not cancelled) that has started (as of
    ``data.as_of``) who did not come. E-mail and phone are included: a no-show list is for
    following up."""
    sessions = [session] if session is not None else list(data.sessions)
    rows = []
    for s in sessions:
        for person in data.no_shows(s):
            rows.append(
                (s.id, session_label(s), *_person(person), person.email, person.phone,
                 person.reg_no, person.id)
            )
    headers = (
        "Session (id)",
        "Session",
        *PERSON_HEADERS,
        "E-mail",
        "Téléphone / Phone",
        "N° d'inscription / Registration no.",
        "Identifiant / Id",
    )
    return Table("Absents / No-shows", headers, tuple(rows))


def log_table(data: Attendance, store) -> Table:
    """Every check-in ever recorded here, undone ones included and marked, oldest first; the
    entries that make a double entry (see :func:`doubles_table`) are marked in the last
    column."""
    people = {p.id: p for p in data.attendees}
    doubled = {c.uuid for d in double_entries(store) for c in d.checkins}
    names = {s.id: session_label(s) for s in data.sessions}
    rows = []
    zone = data.event.tz

    def local(text: str | None) -> datetime | None:
        if not text:
            return None
        return from_iso(text).astimezone(zone).replace(tzinfo=None, microsecond=0)

    for (uuid, attendee_id, session_id, at, method, direction, override, voided, station_name,
         voided_at) in fetch(
        store,
        "select c.uuid, c.attendee_id, c.session_id, c.at, c.method, c.direction, c.override,"
        " c.voided, coalesce(s.name, c.station_id, '') as station_name,"
        " (select min(v.at) from voids v where v.checkin_uuid = c.uuid) as voided_at"
        " from checkins c left join stations s on s.id = c.station_id order by c.at, c.uuid",
    ):
        person = people.get(attendee_id)
        rows.append(
            (
                local(at),
                session_id,
                names.get(session_id, ""),
                person.last_name if person else "",
                person.first_name if person else "",
                person.organisation if person else "",
                station_name,
                method,
                direction,
                int(bool(override)),
                int(bool(voided)),
                local(voided_at),
                attendee_id,
                uuid,
                int(uuid in doubled),
            )
        )
    headers = (
        "Heure locale / Local time",
        "Session (id)",
        "Session",
        "Nom / Name",
        "Prénom / First name",
        "Organisation",
        "Poste / Station",
        "Méthode / Method",
        "Sens / Direction",
        "Dérogation / Override",
        "Annulé / Undone",
        "Annulé à / Undone at",
        "Identifiant / Id",
        "Check-in (uuid)",
        "Entrée en double / Double entry",
    )
    return Table("Journal / Log", headers, tuple(rows))


def doubles_table(data: Attendance, store, session: Session | None = None) -> Table:
    """Double entries: one row per person admitted more than once to a session without
    re-entry (two doors offline at once, a shared badge…), first entry first. Both
    check-ins stay valid; this list is for someone to look into."""
    people = {p.id: p for p in data.attendees}
    names = {s.id: session_label(s) for s in data.sessions}
    rows = []
    for double in double_entries(store, session.id if session is not None else None):
        person = people.get(double.attendee_id) or double.attendee
        first, last = double.checkins[0], double.checkins[-1]
        rows.append(
            (
                double.session_id,
                names.get(double.session_id, double.session_id),
                *(_person(person) if person else ("",) * len(PERSON_HEADERS)),
                len(double.checkins),
                data.local(first.at),
                first.station_name or first.station_id,
                data.local(last.at),
                last.station_name or last.station_id,
                round(double.spread.total_seconds() / 60, 1),
                ", ".join(double.stations),
                double.attendee_id,
                " ".join(c.uuid for c in double.checkins),
            )
        )
    headers = (
        "Session (id)",
        "Session",
        *PERSON_HEADERS,
        "Entrées / Entries",
        "Première entrée / First entry",
        "Premier poste / First station",
        "Dernière entrée / Last entry",
        "Dernier poste / Last station",
        "Minutes entre / Minutes between",
        "Postes / Stations",
        "Identifiant / Id",
        "Check-ins (uuid)",
    )
    return Table("Doubles / Double entries", headers, tuple(rows))


# --- the summary ---------------------------------------------------------------------------


class SessionCount(NamedTuple):
    """One row of :func:`session_counts`."""

    name: str
    start: datetime  # the venue's wall clock
    room: str
    capacity: int | None
    expected: int
    present: int  # each person once, on site or online
    rate: float | None  # percent present of expected; None when nobody is expected
    on_site: int
    online: int


def session_figures(data: Attendance) -> tuple[SessionCount, ...]:
    """Per session: expected, present (each once), of whom on site and online."""
    rows = []
    for s in data.sessions:
        expected = len(data.expected(s))
        came = data.presence(s)
        present = len(came.everyone)
        rate = round(100 * present / expected, 1) if expected else None
        start = data.local(s.starts_at)
        rows.append(SessionCount(session_label(s), start, s.room, s.capacity, expected, present,
                                 rate, len(came.onsite), len(came.online)))
    return tuple(rows)


def session_counts(data: Attendance) -> Table:
    headers = (
        "Session",
        "Début / Start",
        "Salle / Room",
        "Capacité / Capacity",
        "Attendus / Expected",
        "Présents / Present",
        "Taux / Rate (%)",
        ON_SITE_HEADER,
        ONLINE_HEADER,
    )
    return Table("Sessions", headers, tuple(tuple(row) for row in session_figures(data)))


def group_counts(data: Attendance, by: str) -> Table:
    """Registered (not cancelled) and present (at least one session), per category or
    country; ``by`` is ``"category"`` or ``"country"``."""
    came = {aid for aid, _ in data.arrivals}
    registered: Counter = Counter()
    present: Counter = Counter()
    for person in data.attendees:
        if person.cancelled:
            continue
        key = category_label(person.category) if by == "category" else (person.country or "—")
        registered[key] += 1
        if person.id in came:
            present[key] += 1
    order = sorted(registered, key=lambda k: (-registered[k], k))
    rows = tuple((key, registered[key], present[key]) for key in order)
    first = "Catégorie / Category" if by == "category" else "Pays / Country"
    title = "Catégories" if by == "category" else "Pays"
    return Table(title, (first, "Inscrits / Registered", "Présents / Present"), rows)


def totals(data: Attendance) -> Table:
    confirmed = [p for p in data.attendees if not p.cancelled]
    came = {aid for aid, _ in data.arrivals}
    here = {aid for (aid, _sid), a in data.arrivals.items() if a.attended.on_site}
    there = {aid for (aid, _sid), a in data.arrivals.items() if a.attended.online}
    rows = (
        ("Inscrits / Registered", len(confirmed)),
        ("Annulés / Cancelled", len(data.attendees) - len(confirmed)),
        ("Présents (au moins une session) / Present (at least one session)",
         sum(1 for p in data.attendees if p.id in came)),
        ("… dont sur place / … of whom on site", len(here)),
        ("… dont en ligne / … of whom online", len(there)),
        ("… dont les deux / … of whom both", len(here & there)),
        ("Présences enregistrées (personne × session) / Attendances recorded (person × session)",
         len(data.arrivals)),
    )
    return Table("Totaux / Totals", ("", ""), rows)


def summary_tables(data: Attendance) -> list[Table]:
    """Totals, then counts per session, per category and per country."""
    return [totals(data), session_counts(data), group_counts(data, "category"),
            group_counts(data, "country")]
