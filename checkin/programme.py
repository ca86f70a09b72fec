"""The programme: sessions from a spreadsheet as organisers write it, or from a form.

One row per session, headers in French or English (:data:`HEADERS`): an id (optional: made
from the name), the name in French and English, the day, the start and end (or both in one
cell, ``08:30–10:30``), the room, the capacity, who may enter (categories), whether it needs
a registration (workshops), and the entry flags: re-entry (pretix's "multiple entries"),
entry after exit, unpaid registrations accepted. Days and times are read as French
organisers write them (:mod:`checkin.when`), in the event's time zone, stored in UTC.

Every session, from a file or from the window's editor, is made and checked by
:func:`make_session`; a file import is :func:`import_programme`, which answers a
:class:`ProgrammeReport`, line by line, like the attendee import, and is all or nothing:

- refused: a missing name, an unreadable day or time, an end before the start, an unknown
  category, a bad capacity or yes/no cell, the same id twice (or the same session twice);
- taken with a warning: two sessions in one room at overlapping times, a day outside the
  event's;
- a re-import updates sessions in place (matched by id, or by name and start when the file
  has no ids); a session the file no longer has is removed, unless it has check-ins: then it
  is kept and the report says so (``keep_others=True`` keeps them all);
- people whose workshops cell was read before the programme existed (kept as written,
  ``Attendee.pending_workshops``) get their workshops now, or are listed.

A removed session stays in the database as a tombstone (``Session.removed``), so that its
removal reaches the other stations like any other change. On a station that syncs with the
venue's hub, changes made here are queued for it (outbox kind ``session``); the hub serves
its own through its feed (see :func:`shares_programme`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

from checkin.import_columns import Change, ImportFileError, header_key
from checkin.model import UTC, Category, Event, Language, Session, fold
from checkin.reception import NoEvent, UnknownSession
from checkin.spreadsheet import Row, SpreadsheetError, Table, read
from checkin.store import Store
from checkin.when import (
    WhenError,
    is_time_range,
    parse_date,
    parse_time,
    parse_time_range,
    split_datetime,
)
from checkin.workshops import UnknownWorkshop, WorkshopNames

MAX_NAME = 300
MAX_ID = 64
_ID_FORBIDDEN = re.compile(r"[,;|/\\\n\r\t\x00-\x1f\x7f]")  # as checkin.sync.records.Id
_HEADER_SEARCH = 30


# --- columns ----------------------------------------------------------------------------------

class PField(str, enum.Enum):
    """What a programme column holds."""

    ID = "id"
    NAME_FR = "name_fr"
    NAME_EN = "name_en"
    DATE = "date"
    START = "start"
    END = "end"
    TIME = "time"  # start and end in one cell
    ROOM = "room"
    CAPACITY = "capacity"
    CATEGORIES = "categories"
    REGISTRATION = "registration_required"
    REENTRY = "reentry"
    ENTRY_AFTER_EXIT = "allow_entry_after_exit"
    ACCEPT_UNPAID = "accept_unpaid"


# Header words, folded (lower case, no accents, punctuation as spaces).
HEADERS: dict[PField, tuple[str, ...]] = {
    PField.ID: ("id", "code", "identifiant", "id session", "session id", "code session",
                "ref", "reference", "n", "no", "numero"),
    PField.NAME_FR: ("nom fr", "nom francais", "nom en francais", "nom", "intitule",
                     "intitule fr", "intitule francais", "titre", "titre fr", "titre francais",
                     "libelle", "session", "nom de la session", "name fr", "french name",
                     "title fr", "french title", "activite", "seance"),
    PField.NAME_EN: ("nom en", "nom anglais", "nom en anglais", "intitule en",
                     "intitule anglais", "titre en", "titre anglais", "name", "name en",
                     "english name", "title", "title en", "english title", "session name"),
    PField.DATE: ("date", "jour", "day", "date de la session", "session date"),
    PField.START: ("debut", "heure de debut", "heure debut", "start", "start time", "starts",
                   "begins", "from", "de", "commence", "starts at", "debut heure"),
    PField.END: ("fin", "heure de fin", "heure fin", "end", "end time", "ends", "until", "to",
                 "a", "jusqu a", "ends at", "fin heure"),
    PField.TIME: ("horaire", "horaires", "heure", "heures", "time", "times", "creneau",
                  "plage horaire", "schedule", "hours"),
    PField.ROOM: ("salle", "lieu", "room", "venue", "location", "local", "salle lieu"),
    PField.CAPACITY: ("capacite", "places", "nombre de places", "nb places", "capacity",
                      "seats", "jauge", "max"),
    PField.CATEGORIES: ("categories", "categorie", "qui peut entrer", "acces", "public",
                        "categories admises", "who may enter", "who can enter", "admitted",
                        "access", "open to", "audience", "reserve a", "reserved for",
                        "category"),
    PField.REGISTRATION: ("inscription", "inscription requise", "sur inscription",
                          "inscription obligatoire", "registration", "registration required",
                          "requires registration", "on registration"),
    PField.REENTRY: ("reentree", "re entree", "reentree autorisee", "re entree autorisee",
                     "reentry", "re entry", "reentry allowed", "re entry allowed",
                     "entrees multiples", "multiple entries", "allow multiple entries"),
    PField.ENTRY_AFTER_EXIT: ("entree apres sortie", "entry after exit",
                              "allow entry after exit", "reentree apres sortie"),
    PField.ACCEPT_UNPAID: ("impayes acceptes", "accepte impayes", "accepter les impayes",
                           "non payes acceptes", "unpaid accepted", "accept unpaid",
                           "include pending", "impayes admis", "unpaid admitted"),
}
_BY_WORDS = {words: f for f, all_words in HEADERS.items() for words in all_words}
SHEET_NAMES = ("programme", "program", "programa", "sessions", "agenda", "planning",
               "horaire", "schedule", "emploi du temps")

# What export writes, French first (and what import reads back).
EXPORT_HEADERS: dict[str, tuple[str, ...]] = {
    Language.FR: ("Id", "Nom FR", "Nom EN", "Date", "Début", "Fin", "Salle", "Capacité",
                  "Catégories", "Inscription requise", "Réentrée", "Entrée après sortie",
                  "Impayés acceptés"),
    Language.EN: ("Id", "Name FR", "Name EN", "Date", "Start", "End", "Room", "Capacity",
                  "Categories", "Registration required", "Re-entry", "Entry after exit",
                  "Unpaid accepted"),
}
_EXPORT_FIELDS = (PField.ID, PField.NAME_FR, PField.NAME_EN, PField.DATE, PField.START,
                  PField.END, PField.ROOM, PField.CAPACITY, PField.CATEGORIES,
                  PField.REGISTRATION, PField.REENTRY, PField.ENTRY_AFTER_EXIT,
                  PField.ACCEPT_UNPAID)
CATEGORY_WORDS: dict[str, dict[Category, str]] = {
    Language.FR: {Category.PARTICIPANT: "participant", Category.SPEAKER: "intervenant",
                  Category.ORGANISER: "organisateur", Category.PRESS: "presse",
                  Category.OFFICIAL: "officiel", Category.STAFF: "équipe"},
    Language.EN: {c: c.value for c in Category},
}
_YES = {"oui", "o", "yes", "y", "x", "1", "vrai", "true", "v", "ok", "requis", "requise",
        "obligatoire", "required", "\u2713", "\u2714", "\u2611"}
_NO = {"non", "n", "no", "0", "faux", "false", "f", "\u2717", "\u2718", "\u2610"}
_ALL = {"tous", "toutes", "tout le monde", "all", "everyone", "everybody", "ouvert a tous",
        "open to all", "tous publics", "tout public", "*"}
_UNLIMITED = {"illimite", "illimitee", "unlimited", "sans limite", "no limit", "libre"}


@dataclass(frozen=True)
class PColumn:
    index: int  # 0-based position in the row
    header: str  # as written in the file
    field: PField


def recognise(header: str) -> PField | None:
    """The field a header names; "Nom FR / Name FR" works too."""
    key = header_key(header)
    if key in _BY_WORDS:
        return _BY_WORDS[key]
    for part in re.split(r"[/|]", header):
        found = _BY_WORDS.get(header_key(part))
        if found is not None:
            return found
    return None


def _columns(row: Row) -> tuple[list[PColumn], list[str]]:
    columns, ignored, seen = [], [], set()
    for index, header in enumerate(row.cells):
        if not header:
            continue
        target = recognise(header)
        if target is None or target in seen:
            ignored.append(header)
            continue
        seen.add(target)
        columns.append(PColumn(index, header, target))
    return columns, ignored


def find_header(table: Table) -> tuple[int, list[PColumn], list[str]] | None:
    """The first row (among the first few) naming a session name and a time column."""
    for position, row in enumerate(table.rows[:_HEADER_SEARCH]):
        columns, ignored = _columns(row)
        fields = {c.field for c in columns}
        named = fields & {PField.NAME_FR, PField.NAME_EN}
        timed = fields & {PField.START, PField.TIME}
        if named and timed:
            return position, columns, ignored
    return None


def is_programme(table: Table) -> bool:
    """Whether this table (a workbook's sheet) is a programme rather than a list of people."""
    found = find_header(table)
    if found is None:
        return False
    fields = {c.field for c in found[1]}
    return bool(fields & {PField.DATE, PField.END, PField.TIME, PField.ROOM}) or (
        header_key(table.sheet) in SHEET_NAMES
    )


def programme_table(tables: Sequence[Table]) -> Table | None:
    """The programme among a file's tables: a sheet named like one first, else the table
    whose header names the most programme columns."""
    best, best_count = None, 0
    for table in tables:
        found = find_header(table)
        if found is None or not is_programme(table):
            continue
        if table.kind == "xlsx" and header_key(table.sheet) in SHEET_NAMES:
            return table
        count = len(found[1])
        if count > best_count:
            best, best_count = table, count
    return best


# --- one session ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionProblem:
    field: str  # a Session field name, or "day" / "start" / "end"
    message: str


class SessionInvalid(ValueError):
    """A session's fields do not make a session; ``problems`` says which and why."""

    def __init__(self, problems: Sequence[SessionProblem], reason: Reason):
        self.problems = tuple(problems)
        self.reason = reason  # the first refusal, as a report line names it
        super().__init__(" ".join(p.message for p in self.problems))

    def message_for(self, field: str) -> str:
        return " ".join(p.message for p in self.problems if p.field == field)


class SessionInUse(ValueError):
    """The session has check-ins: it cannot be removed."""


class ProgrammeElsewhere(ImportFileError):
    """This station takes its programme from pretix, which keeps it: nothing is changed here."""


def new_session_id(name: str, taken: Iterable[str] = ()) -> str:
    """An id made from a session's name ("Jour 1 – Plénière d'ouverture" →
    ``jour-1-pleniere-d-ouverture``), not one of ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:48].strip("-") or "session"
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def _norm_id(text: str) -> str:
    return " ".join(text.split())


def check_id(session_id: str) -> str | None:
    """None when ``session_id`` can be a session's id, else the message."""
    if not session_id:
        return "The session's id is empty."
    if len(session_id) > MAX_ID:
        return f"The id is too long ({len(session_id)} characters, {MAX_ID} at most)."
    if _ID_FORBIDDEN.search(session_id):
        return ("An id cannot hold a comma, a semicolon, a '|' (the workshops column "
                "separates ids with them) or a slash.")
    return None


def make_session(
    event: Event,
    *,
    session_id: str,
    name_fr: str,
    name_en: str = "",
    day: date | None,
    start: time | None,
    end: time | None,
    end_day: date | None = None,
    room: str = "",
    capacity: int | None = None,
    categories: Iterable[str] = (),
    registration_required: bool = False,
    allow_multiple_entries: bool = False,
    allow_entry_after_exit: bool = True,
    accept_unpaid: bool = False,
) -> Session:
    """A checked :class:`Session` of ``event``, its times local to the event's time zone;
    raises :class:`SessionInvalid` listing every problem. What the window's session editor
    and the file import both call."""
    problems: list[SessionProblem] = []
    first_reason: list[Reason] = []

    def refuse(field_name: str, message: str, reason: Reason) -> None:
        problems.append(SessionProblem(field_name, message))
        first_reason.append(reason)

    session_id = _norm_id(session_id or "")
    id_problem = check_id(session_id)
    if id_problem:
        refuse("id", id_problem, Reason.BAD_ID)
    name_fr = " ".join((name_fr or "").split())
    name_en = " ".join((name_en or "").split())
    if not name_fr and not name_en:
        refuse("name_fr", "The session needs a name (French or English).", Reason.MISSING_NAME)
    for name, value in (("name_fr", name_fr), ("name_en", name_en)):
        if len(value) > MAX_NAME:
            refuse(name, f"The name is too long ({len(value)} characters).", Reason.TOO_LONG)
    room = " ".join((room or "").split())
    if len(room) > MAX_NAME:
        refuse("room", f"The room is too long ({len(room)} characters).", Reason.TOO_LONG)
    if day is None:
        refuse("day", "The session's day is missing.", Reason.MISSING_DATE)
    if start is None:
        refuse("start", "The session's start time is missing.", Reason.MISSING_TIME)
    if end is None:
        refuse("end", "The session's end time is missing.", Reason.MISSING_TIME)
    if capacity is not None and (capacity < 0 or capacity > 1_000_000):
        refuse("capacity", f"A capacity of {capacity} is not possible.", Reason.BAD_CAPACITY)
    order = list(Category)
    cats: list[Category] = []
    for c in categories:
        if c not in order:  # a code, as the form and the sheet's parse_categories give them
            refuse("categories", f"Unknown category {c!r}.", Reason.UNKNOWN_CATEGORY)
        elif c not in cats:
            cats.append(Category(c))
    cats.sort(key=order.index)
    starts_at = ends_at = None
    if day is not None and start is not None and end is not None:
        tz = event.tz
        starts_at = datetime.combine(day, start, tzinfo=tz).astimezone(UTC)
        ends_at = datetime.combine(end_day or day, end, tzinfo=tz).astimezone(UTC)
        if ends_at <= starts_at:
            refuse("end", f"It ends ({end:%H:%M}) before it starts ({start:%H:%M}).",
                   Reason.END_BEFORE_START)
    if problems:
        raise SessionInvalid(problems, first_reason[0])
    assert starts_at is not None and ends_at is not None  # else refused above: no day or time
    return Session(
        id=session_id,
        event_id=event.id,
        name_fr=name_fr or name_en,
        name_en=name_en or name_fr,
        starts_at=starts_at,
        ends_at=ends_at,
        room=room,
        capacity=capacity or None,
        categories=tuple(cats),
        registration_required=bool(registration_required),
        allow_multiple_entries=bool(allow_multiple_entries),
        allow_entry_after_exit=bool(allow_entry_after_exit),
        accept_unpaid=bool(accept_unpaid),
    )


def overlaps(session: Session, others: Iterable[Session]) -> list[Session]:
    """The sessions among ``others`` held in the same room at overlapping times."""
    room = header_key(session.room)
    if not room:
        return []
    return [o for o in others
            if o.id != session.id and not o.removed and header_key(o.room) == room
            and o.starts_at < session.ends_at and session.starts_at < o.ends_at]


def session_warnings(event: Event, session: Session, others: Iterable[Session]) -> list[str]:
    """What is worth a second look but not refused: the same room at overlapping times, a
    day outside the event's."""
    out = []
    for other in overlaps(session, others):
        out.append(f"overlaps {other.id} ({other.name_fr}) in {session.room}, "
                   f"{event.local(other.starts_at):%d/%m %H:%M}–"
                   f"{event.local(other.ends_at):%H:%M}")
    first = event.local(session.starts_at).date()
    if first < event.start_date or first > event.end_date:
        out.append(f"{first:%d/%m/%Y} is outside the event's days "
                   f"({event.start_date:%d/%m/%Y}–{event.end_date:%d/%m/%Y})")
    return out


def checkin_count(store: Store, session_id: str) -> int:
    """Check-ins recorded for the session (undone ones too): with any, it cannot be removed."""
    return store.checkin_count(session_id)


def save_session(store: Store, session: Session, *, origin: str = "editor") -> list[str]:
    """Add or change one session (the window's editor); returns the warnings. Queued for
    the sync source like any local change."""
    event = store.event()
    if event is None:
        raise NoEvent("No event in this database yet: make one first.")
    _check_here(store)
    session = replace(session, event_id=event.id, removed=False)
    with store.transaction():
        store.upsert_sessions([session], origin=origin)
        _queue(store, [session.id])
        _resolve_pending(store)
    return session_warnings(event, session, store.sessions())


def remove_session(store: Store, session_id: str) -> Session:
    """Take a session out of the programme; refused (:class:`SessionInUse`) once it has
    check-ins."""
    _check_here(store)
    with store.transaction():
        here = store.session(session_id)
        if here is None or here.removed:
            raise UnknownSession(f"No session {session_id!r} in the programme.")
        used = checkin_count(store, session_id)
        if used:
            raise SessionInUse(f"{here.name_fr!r} has {used} check-in(s): a session with "
                               "check-ins cannot be removed.")
        gone = replace(here, removed=True)
        store.upsert_sessions([gone], origin="editor")
        _queue(store, [session_id])
    return gone


def programme_elsewhere(store: Store) -> str:
    """Why the programme cannot be changed at this station ("" when it can): a station fed by
    pretix takes its sessions from pretix's check-in lists, and a local change would be lost
    or, for a removal, never come back. The window greys its programme editor with this."""
    from checkin.sync.base import SourceKind
    from checkin.sync.config import load_source

    if load_source(store).kind is SourceKind.PRETIX:
        return ("This station takes its programme from pretix: change the check-in lists in "
                "pretix, the next sync brings them here.")
    return ""


def _check_here(store: Store) -> None:
    reason = programme_elsewhere(store)
    if reason:
        raise ProgrammeElsewhere(reason)


def shares_programme(store: Store) -> bool:
    """Whether programme changes made here go to the venue's hub: on a station that syncs
    with one (an organiser's). The hub's own feed serves its changes; a station on its own,
    or fed by pretix (which keeps its own programme), keeps them to itself."""
    from checkin.sync.base import SourceKind
    from checkin.sync.config import load_source

    return load_source(store).kind is SourceKind.HUB and store.get_setting("role") != "hub"


def _queue(store: Store, session_ids: Sequence[str]) -> None:
    """Queue programme changes for the hub, where this station shares them."""
    if session_ids and shares_programme(store):
        store.enqueue(("session", i) for i in session_ids)


# --- the report -------------------------------------------------------------------------------

class SessionAction(enum.Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REMOVED = "removed"  # not in the file any more, no check-ins: taken out
    KEPT = "kept"  # not in the file any more, but it has check-ins: never removed
    SKIPPED = "skipped"  # not a session: blank line, section title
    REFUSED = "refused"


class Reason(enum.Enum):
    BLANK = "blank line"
    HEADING = "title row merged across columns"
    TITLE = "a heading, not a session"
    MERGED_CELLS = "cells merged across columns"
    SHORT_LINE = "short line"
    LONG_LINE = "more cells than columns"
    TOO_LONG = "cell too long"
    MISSING_NAME = "missing name"
    MISSING_DATE = "missing day"
    MISSING_TIME = "missing time"
    BAD_DATE = "unreadable day"
    BAD_TIME = "unreadable time"
    END_BEFORE_START = "ends before it starts"
    UNKNOWN_CATEGORY = "unknown category"
    BAD_CAPACITY = "unreadable capacity"
    BAD_FLAG = "unreadable yes/no"
    BAD_ID = "unusable id"
    DUPLICATE_ID = "duplicate id"
    DUPLICATE_SESSION = "same session twice"
    HAS_CHECKINS = "has check-ins"


@dataclass(frozen=True)
class SessionLine:
    line: int  # 0: not a line of the file (a session the file no longer has)
    action: SessionAction
    session_id: str = ""
    name: str = ""
    reason: Reason | None = None
    detail: str = ""
    changes: tuple[Change, ...] = ()
    warnings: tuple[str, ...] = ()
    # The session as read from the line (its day, times, room… for a report to show, so
    # the organiser sees that "8h30" was read as 08:30 before importing); None if refused.
    session: Session | None = field(default=None, compare=False)

    def describe(self) -> str:
        head = f"line {self.line}: " if self.line else ""
        head += self.action.value
        if self.session_id:
            head += f" {self.session_id}"
        if self.name and self.name != self.session_id:
            head += f" ({self.name})"
        if self.reason is not None:
            head += f" — {self.reason.value}"
        if self.detail:
            head += f": {self.detail}"
        if self.changes:
            head += "; " + "; ".join(c.describe() for c in self.changes)
        for warning in self.warnings:
            head += f"\n      warning: {warning}"
        return head


@dataclass(frozen=True)
class PendingWorkshops:
    """A person whose workshops cell still names no session of the programme."""

    attendee_id: str
    name: str
    text: str
    problem: str


@dataclass(frozen=True)
class ProgrammeReport:
    source: str
    kind: str  # csv / xlsx / editor
    encoding: str
    separator: str
    sheet: str
    header_line: int
    columns: tuple[PColumn, ...]
    ignored_columns: tuple[str, ...]
    lines: tuple[SessionLine, ...]
    dry_run: bool
    committed: bool
    workshops_resolved: int = 0  # people whose pending workshops the programme resolved
    workshops_pending: tuple[PendingWorkshops, ...] = field(default=())

    def count(self, action: SessionAction) -> int:
        return sum(1 for line in self.lines if line.action is action)

    @property
    def refused(self) -> int:
        return self.count(SessionAction.REFUSED)

    @property
    def refusals(self) -> tuple[SessionLine, ...]:
        return tuple(line for line in self.lines if line.action is SessionAction.REFUSED)

    @property
    def warnings(self) -> tuple[SessionLine, ...]:
        return tuple(line for line in self.lines if line.warnings)

    def summary(self) -> str:
        c = self.count
        figures = (f"{c(SessionAction.NEW)} new, {c(SessionAction.UPDATED)} updated, "
                   f"{c(SessionAction.UNCHANGED)} unchanged, {c(SessionAction.REMOVED)} "
                   f"removed, {c(SessionAction.KEPT)} kept, {self.refused} refused, "
                   f"{c(SessionAction.SKIPPED)} skipped")
        if self.dry_run:
            return f"Dry run, nothing written: {figures}."
        if self.committed:
            return f"Programme imported: {figures}."
        return (f"Nothing imported, because {self.refused} line(s) were refused: "
                f"{figures}.")


# --- reading a line ---------------------------------------------------------------------------

class _Refusal(Exception):
    def __init__(self, reason: Reason, detail: str = ""):
        super().__init__(reason, detail)
        self.reason, self.detail = reason, detail


def _text(value: str) -> str:
    return " ".join(value.split())


def parse_flag(text: str, default: bool = False) -> bool:
    key = header_key(text) or text.strip()
    if not key:
        return default
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(f"{text!r} is not yes or no (oui / non)")


def parse_categories(text: str) -> tuple[Category, ...]:
    """``"intervenants, officiels"`` → ``("speaker", "official")``; empty or "tous": all."""
    key = header_key(text)
    if not key or key in _ALL:
        return ()
    found: list[Category] = []
    for item in re.split(r"[,;/|+\n]+|\s+(?:et|and|&)\s+", text):
        if not item.strip():
            continue
        category = Category.parse(item)
        if category is None:  # a plural: "intervenants", "officielles", "speakers"
            word = header_key(item)
            for cut in ("es", "s"):
                if word.endswith(cut):
                    category = Category.parse(word[: -len(cut)])
                    if category is not None:
                        break
        if category is None:
            raise ValueError(f"{item.strip()!r}")
        if category not in found:
            found.append(category)
    return tuple(found)


def parse_capacity(text: str) -> int | None:
    key = header_key(text)
    if not key or key in _UNLIMITED or text.strip() in ("-", "–"):
        return None
    digits = re.sub(r"[\s.\u00a0\u202f']", "", text.strip())
    digits = re.sub(r",0+$", "", digits)
    if not digits.isdigit():
        raise ValueError(f"{text!r} is not a number of places")
    return int(digits) or None


@dataclass(frozen=True)
class _Parsed:
    line: int
    session: Session
    given: bool  # the file named the id (else it was made from the name)


def _cells(row: Row, columns: Sequence[PColumn]) -> dict[PField, str]:
    values = {}
    for c in columns:
        text = row.cells[c.index] if c.index < len(row.cells) else ""
        if len(text) > 2000:
            raise _Refusal(Reason.TOO_LONG, f"{c.header}: {len(text)} characters")
        values[c.field] = text
    return values


def _when(values: Mapping[PField, str], event: Event) -> tuple[date, time, time, date | None]:
    year = event.start_date.year
    day = end_day = None
    start_text = values.get(PField.START, "").strip()
    end_text = values.get(PField.END, "").strip()
    range_text = values.get(PField.TIME, "").strip()
    try:
        if values.get(PField.DATE, "").strip():
            day = parse_date(values[PField.DATE], year=year)
    except WhenError as error:
        raise _Refusal(Reason.BAD_DATE, str(error)) from None
    try:
        if start_text:
            start_day, start_text = split_datetime(start_text, year=year)
            day = day or start_day
        if end_text:
            end_day, end_text = split_datetime(end_text, year=year)
        if range_text or (start_text and not end_text and is_time_range(start_text)):
            start, end = parse_time_range(range_text or start_text)
        elif start_text or end_text:
            if not start_text or not end_text:
                raise _Refusal(Reason.MISSING_TIME,
                               "the start is missing" if not start_text else "the end is missing")
            start, end = parse_time(start_text), parse_time(end_text)
        else:
            raise _Refusal(Reason.MISSING_TIME, "no start or end")
    except WhenError as error:
        raise _Refusal(Reason.BAD_TIME, str(error)) from None
    if day is None:
        if event.start_date == event.end_date:
            day = event.start_date  # a one-day event: the day goes without saying
        else:
            raise _Refusal(Reason.MISSING_DATE, "the event lasts several days")
    if end_day is not None and end_day == day:
        end_day = None
    return day, start, end, end_day


def _parse(row: Row, columns: Sequence[PColumn], event: Event) -> tuple[Session, bool]:
    values = _cells(row, columns)
    name_fr = _text(values.get(PField.NAME_FR, ""))
    name_en = _text(values.get(PField.NAME_EN, ""))
    if not name_fr and not name_en:
        raise _Refusal(Reason.MISSING_NAME)
    day, start, end, end_day = _when(values, event)
    try:
        capacity = parse_capacity(values.get(PField.CAPACITY, ""))
    except ValueError as error:
        raise _Refusal(Reason.BAD_CAPACITY, str(error)) from None
    try:
        categories = parse_categories(values.get(PField.CATEGORIES, ""))
    except ValueError as error:
        raise _Refusal(Reason.UNKNOWN_CATEGORY, str(error)) from None
    flags = {}
    for f in (PField.REGISTRATION, PField.REENTRY, PField.ENTRY_AFTER_EXIT,
              PField.ACCEPT_UNPAID):
        try:
            # the column "re-entry" is pretix's "allow multiple entries"
            name = "allow_multiple_entries" if f is PField.REENTRY else f.value
            flags[name] = parse_flag(values.get(f, ""),
                                        default=f is PField.ENTRY_AFTER_EXIT)
        except ValueError as error:
            header = next(c.header for c in columns if c.field is f)
            raise _Refusal(Reason.BAD_FLAG, f"{header}: {error}") from None
    given = _text(values.get(PField.ID, ""))
    try:
        session = make_session(
            # no id in the file: one is given once every line is read (_assign_ids)
            event, session_id=given or "unnamed", name_fr=name_fr, name_en=name_en,
            day=day, start=start, end=end, end_day=end_day,
            room=_text(values.get(PField.ROOM, "")), capacity=capacity, categories=categories,
            **flags,
        )
    except SessionInvalid as error:
        raise _Refusal(error.reason, " ".join(p.message for p in error.problems)) from None
    return session, bool(given)


# --- the import -------------------------------------------------------------------------------

def _shown(session: Session, event: Event, attr: str) -> str:
    value = getattr(session, attr)
    if attr in ("starts_at", "ends_at"):
        return f"{event.local(value):%d/%m/%Y %H:%M}"
    if attr == "categories":
        return ", ".join(value) or "all"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


_COMPARED = ("name_fr", "name_en", "starts_at", "ends_at", "room", "capacity", "categories",
             "registration_required", "allow_multiple_entries", "allow_entry_after_exit",
             "accept_unpaid")


def session_changes(old: Session, new: Session, event: Event) -> tuple[Change, ...]:
    return tuple(
        Change(attr, _shown(old, event, attr), _shown(new, event, attr))
        for attr in _COMPARED
        if getattr(old, attr) != getattr(new, attr)
    )


def _shape(row: Row, columns: Sequence[PColumn], width: int, kind: str) -> SessionLine | None:
    if not any(row.cells):
        return SessionLine(row.line, SessionAction.SKIPPED, reason=Reason.BLANK)
    wanted = {c.index for c in columns}
    if row.merged_across & wanted:
        filled = [c for c in row.cells if c]
        if len(filled) == 1 and len(row.merged_across) >= 3:
            return SessionLine(row.line, SessionAction.SKIPPED, reason=Reason.HEADING,
                               detail=filled[0][:60])
        return SessionLine(row.line, SessionAction.REFUSED, reason=Reason.MERGED_CELLS)
    filled = [c for c in row.cells if c]
    if len(filled) == 1:
        # "JOUR 1 – LUNDI 3 FÉVRIER" alone on its row: a day's heading, not a session
        return SessionLine(row.line, SessionAction.SKIPPED, reason=Reason.TITLE,
                           detail=filled[0][:60])
    if kind == "csv":
        needed = max(wanted) + 1
        if len(row.cells) < needed:
            return SessionLine(row.line, SessionAction.REFUSED, reason=Reason.SHORT_LINE,
                               detail=f"{len(row.cells)} cells, {needed} expected")
        if [c for c in row.cells[width:] if c]:
            return SessionLine(row.line, SessionAction.REFUSED, reason=Reason.LONG_LINE,
                               detail=f"{len(row.cells)} cells for {width} columns")
    return None


def _row_name(row: Row, columns: Sequence[PColumn]) -> str:
    for f in (PField.NAME_FR, PField.NAME_EN, PField.ID):
        for c in columns:
            if c.field is f and c.index < len(row.cells) and row.cells[c.index]:
                return row.cells[c.index][:80]
    return ""


def import_programme_table(
    store: Store,
    table: Table,
    *,
    source: str = "",
    dry_run: bool = False,
    keep_others: bool = False,
    origin: str = "import",
) -> ProgrammeReport:
    """Check every line of ``table`` and write the programme; see the module's docstring."""
    event = store.event()
    if event is None:
        raise ImportFileError(
            "No event in this database yet: make it first (checkin event new --code … "
            "--title-fr … --timezone … --start …, or the window's first screen)."
        )
    _check_here(store)
    found = find_header(table)
    if found is None:
        raise ImportFileError(
            f"No programme header found in {source or 'the file'}: one of the first rows "
            "must name the columns (Nom FR, Date, Début, Fin, Salle… or Name, Date, Start, "
            "End, Room…)."
        )
    header_at, columns, ignored = found
    width = max(max(c.index for c in columns) + 1, len(table.rows[header_at].cells))
    here = {s.id: s for s in store.sessions(removed=True)}

    lines: list[SessionLine | int] = []  # an int: the line of a session read, settled below
    parsed: list[_Parsed] = []
    for row in table.rows[header_at + 1:]:
        shape = _shape(row, columns, width, table.kind)
        if shape is not None:
            lines.append(shape)
            continue
        try:
            session, given = _parse(row, columns, event)
        except _Refusal as refusal:
            lines.append(SessionLine(row.line, SessionAction.REFUSED, name=_row_name(row, columns),
                                     reason=refusal.reason, detail=refusal.detail))
            continue
        parsed.append(_Parsed(row.line, session, given))
        lines.append(row.line)

    if not any(isinstance(line, int) or line.action is SessionAction.REFUSED for line in lines):
        raise ImportFileError(f"{source or 'The file'} has a header but no session under it.")
    final, refusals = _assign_ids(parsed, here, event)
    kept, removed, gone_lines = _absent(store, here, {x.id for x in final.values()},
                                        keep_others)
    programme = list(final.values()) + kept
    to_write: list[Session] = list(removed)
    out: list[SessionLine] = []
    earlier: list[Session] = list(kept)  # an overlap is told once, on the later line
    for line in lines:
        if isinstance(line, SessionLine):
            out.append(line)
            continue
        if line in refusals:
            out.append(refusals[line])
            continue
        s = final[line]
        warnings = tuple(session_warnings(event, s, earlier))
        earlier.append(s)
        old = here.get(s.id)
        changes: tuple[Change, ...] = ()
        if old is None or old.removed:
            action = SessionAction.NEW
            to_write.append(s)
        else:
            changes = session_changes(old, s, event)
            action = SessionAction.UPDATED if changes else SessionAction.UNCHANGED
            if changes:
                to_write.append(s)
        out.append(SessionLine(line, action, s.id, s.name_fr, changes=changes,
                               warnings=warnings, session=s))
    out += gone_lines

    refused = any(line.action is SessionAction.REFUSED for line in out)
    commit = not dry_run and not refused
    resolved = 0
    pending: list[PendingWorkshops] = []
    if commit:
        with store.transaction():
            if to_write:
                store.upsert_sessions(to_write, origin=origin)
                _queue(store, [s.id for s in to_write])
            resolved, pending = _resolve_pending(store)
    elif not refused:
        pending = _pending_preview(store, programme)
    return ProgrammeReport(
        source=source,
        kind=table.kind,
        encoding=table.encoding,
        separator=table.separator,
        sheet=table.sheet,
        header_line=table.rows[header_at].line,
        columns=tuple(columns),
        ignored_columns=tuple(ignored),
        lines=tuple(out),
        dry_run=dry_run,
        committed=commit,
        workshops_resolved=resolved,
        workshops_pending=tuple(pending),
    )


def _assign_ids(parsed: Sequence[_Parsed], here: Mapping[str, Session], event: Event):
    """Each session read gets its id: as the file gives it; else that of the session already
    here with this name and start; else one made from the name (with the day, then the time,
    when the file has the name more than once), which is the same id as last time when only
    the times changed. Returns the sessions by line and the lines refused (same id twice, or
    the same session twice)."""
    final: dict[int, Session] = {}
    refusals: dict[int, SessionLine] = {}
    given: dict[str, int] = {}
    for p in parsed:
        if not p.given:
            continue
        key = p.session.id.casefold()
        if key in given:
            refusals[p.line] = SessionLine(
                p.line, SessionAction.REFUSED, p.session.id, p.session.name_fr,
                Reason.DUPLICATE_ID, f"{p.session.id} is on line {given[key]} too")
            continue
        given[key] = p.line
        final[p.line] = p.session
    taken = {s.id for s in final.values()}
    by_name_start = {(header_key(s.name_fr), s.starts_at): s.id
                     for s in here.values() if not s.removed}
    twins: dict[tuple, int] = {}
    unnamed = []
    for p in parsed:
        if p.given:
            continue
        s = p.session
        twin = (header_key(s.name_fr), s.starts_at, header_key(s.room))
        if twin in twins:
            refusals[p.line] = SessionLine(p.line, SessionAction.REFUSED, "", s.name_fr,
                                           Reason.DUPLICATE_SESSION, f"as on line {twins[twin]}")
        else:
            twins[twin] = p.line
            unnamed.append(p)
    bases = {p.line: new_session_id(p.session.name_fr) for p in unnamed}
    days = {p.line: event.local(p.session.starts_at) for p in unnamed}
    for p in unnamed:
        session_id = by_name_start.get((header_key(p.session.name_fr), p.session.starts_at))
        if session_id is None or session_id in taken:
            base = bases[p.line]
            same = [q.line for q in unnamed if bases[q.line] == base]
            if len(same) > 1:
                base += f"-{days[p.line]:%m%d}"
                if sum(days[q].date() == days[p.line].date() for q in same) > 1:
                    base += f"-{days[p.line]:%H%M}"
            session_id = new_session_id(base, taken)
        taken.add(session_id)
        final[p.line] = replace(p.session, id=session_id)
    return final, refusals


def _absent(store: Store, here: Mapping[str, Session], in_file: set[str], keep_others: bool):
    """The sessions here that the file does not have: kept (all of them with
    ``keep_others``; else those with check-ins, never removed by an import) or removed."""
    kept: list[Session] = []
    removed: list[Session] = []
    lines: list[SessionLine] = []
    for s in here.values():
        if s.removed or s.id in in_file:
            continue
        if keep_others:
            kept.append(s)
            continue
        used = checkin_count(store, s.id)
        if used:
            kept.append(s)
            lines.append(SessionLine(
                0, SessionAction.KEPT, s.id, s.name_fr, Reason.HAS_CHECKINS,
                f"not in the file, but {used} check-in(s) were recorded: never removed by "
                "an import"))
            continue
        removed.append(replace(s, removed=True))
        registered = store.registered(s.id)
        detail = "not in the file any more"
        if registered:
            detail += f"; {registered} people were registered for it"
        lines.append(SessionLine(0, SessionAction.REMOVED, s.id, s.name_fr, detail=detail))
    return kept, removed, lines


def _resolve_pending(store: Store) -> tuple[int, list[PendingWorkshops]]:
    """Give people whose workshops cell was kept as written the sessions it names, now that
    the programme has them (the caller holds the transaction)."""
    people = store.pending_workshops()
    if not people:
        return 0, []
    names = WorkshopNames(store.sessions())
    resolved, pending, write = 0, [], []
    for person in people:
        try:
            ids = names.ids(person.pending_workshops) if names else None
        except UnknownWorkshop as error:
            pending.append(PendingWorkshops(person.id, person.full_name,
                                            person.pending_workshops, str(error)))
            continue
        if ids is None:
            pending.append(PendingWorkshops(person.id, person.full_name,
                                            person.pending_workshops, "no sessions yet"))
            continue
        write.append((person.id, ids))
        resolved += 1
    if write:
        store.resolve_workshops(write)
    return resolved, pending


def _pending_preview(store: Store, programme: Sequence[Session]) -> list[PendingWorkshops]:
    """For a dry run: who would still have workshops naming no session."""
    names = WorkshopNames(programme)
    out = []
    for person in store.pending_workshops():
        try:
            names.ids(person.pending_workshops) if names else None
        except UnknownWorkshop as error:
            out.append(PendingWorkshops(person.id, person.full_name, person.pending_workshops,
                                        str(error)))
    return out


def read_programme(path: str | Path, *, sheet: str | None = None) -> Table:
    """The programme's table in a CSV or XLSX file (its "Programme" sheet in a workbook
    that also holds the attendees)."""
    path = Path(path)
    try:
        tables = read(path, sheet=sheet)
    except SpreadsheetError as error:
        raise ImportFileError(str(error)) from error
    if not tables:
        raise ImportFileError(f"{path.name} is empty.")
    table = programme_table(tables)
    if table is None:
        raise ImportFileError(
            f"No programme found in {path.name}: one of the first rows must name the "
            "columns (Nom FR, Date, Début, Fin, Salle… or Name, Date, Start, End, Room…)."
        )
    return table


def import_programme(
    store: Store,
    path: str | Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    keep_others: bool = False,
) -> ProgrammeReport:
    """Import a programme from a CSV or XLSX file; see the module's docstring."""
    table = read_programme(path, sheet=sheet)
    return import_programme_table(store, table, source=Path(path).name, dry_run=dry_run,
                                  keep_others=keep_others)


# --- export -----------------------------------------------------------------------------------

def session_cells(event: Event, s: Session, language: str = Language.FR) -> tuple:
    """One session as a row of :data:`EXPORT_HEADERS` (what import reads back unchanged)."""
    yes, no = ("oui", "non") if language == Language.FR else ("yes", "no")
    words = CATEGORY_WORDS[language]
    start, end = event.local(s.starts_at), event.local(s.ends_at)
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%d/%m/%Y %H:%M}"
    return (
        s.id, s.name_fr, s.name_en, f"{start:%d/%m/%Y}", f"{start:%H:%M}", end_text,
        s.room, s.capacity if s.capacity else "",
        ", ".join(words.get(c, c) for c in s.categories),
        yes if s.registration_required else no, yes if s.allow_multiple_entries else no,
        yes if s.allow_entry_after_exit else no, yes if s.accept_unpaid else no,
    )


def programme_rows(store: Store, language: str = Language.FR) -> tuple[tuple[str, ...], list[tuple]]:
    """The programme as the table export writes (and import reads back unchanged)."""
    event = store.event()
    if event is None:
        raise NoEvent("No event in this database yet.")
    return EXPORT_HEADERS[language], [session_cells(event, s, language)
                                      for s in store.sessions()]


def export_programme(store: Store, path: str | Path, *, language: str = Language.FR) -> Path:
    """Write the programme to a CSV (UTF-8 with BOM, ``;``) or XLSX file."""
    from checkin.reports.exports import ExportFormat, write_csv, write_xlsx
    from checkin.reports.tables import Table as OutTable

    headers, rows = programme_rows(store, language)
    table = OutTable("Programme", headers, tuple(rows))
    if ExportFormat.for_path(path) is ExportFormat.CSV:
        return write_csv(table, path)
    return write_xlsx([table], path)


__all__ = [
    "Change", "HEADERS", "PColumn", "PField", "PendingWorkshops", "ProgrammeElsewhere",
    "ProgrammeReport", "Reason", "programme_elsewhere",
    "SessionAction", "SessionInUse", "SessionInvalid", "SessionLine", "SessionProblem",
    "check_id", "export_programme", "import_programme", "import_programme_table",
    "is_programme", "make_session", "new_session_id", "overlaps", "programme_table",
    "read_programme",
    "remove_session", "save_session", "session_changes", "session_warnings",
]
