"""The participants reports of the online platforms, read as they come out of them.

- **Zoom**, Reports › Usage › Participants › Export: a CSV with one row per join / leave,
  ``Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes), Guest,
  Recording Consent, In Waiting Room``; exported "with meeting data", a block on top first
  (``Meeting ID, Topic, Start Time, End Time, User Email, Duration (Minutes), Participants``
  and its row), then a blank line. Times like ``02/03/2025 08:31:12 AM``. Rows of people
  still in the waiting room are not attendance, and are left out. A Zoom *webinar*'s
  attendee report (``Host Details`` / ``Attendee Details`` blocks, ``User Name (Original
  Name)``, ``Time in Session (minutes)``, ``Attended``) is read too, without the registrants
  who never came.
- **Microsoft Teams**, the meeting's Attendance tab › Download: UTF-16 (little-endian, with a
  BOM) tab-separated text in numbered sections, ``1. Summary`` (key / value rows),
  ``2. Participants`` (``Name, First Join, Last Leave, In-Meeting Duration, Email,
  Participant ID (UPN), Role``) and ``3. In-Meeting Activities`` (``Name, Join Time, Leave
  Time, Duration, Email, Role``, one row per join); in French ``1. Résumé``, ``Nom``,
  ``Première participation``, ``Dernier départ``… and times like ``03/02/2025 08:31:12``;
  or the same as an XLSX workbook. The per-join activities are used when the file has them,
  else each person's first join, last leave and stated duration. The older Teams download
  (``Full Name, User Action, Timestamp`` with "Joined" / "Left" rows) is read too.
- **Webex**, the meeting's attendee report: a CSV ``Meeting Name, Meeting Start Time,
  Meeting End Time, Name, First Name, Last Name, Role, Attendee Email, Join Time, Leave
  Time, Attendance Duration, Connection Type, Session Name``, one row per join.

The file is read by :mod:`checkin.spreadsheet` (the attendee import's reader: encodings,
BOMs, separators, XLSX), and the platform is recognised from its headers, in French or
English. Day and month written ``03/02/2025`` are told apart with the session's date: the
reading that lands on it wins. Times are in the zone of whoever exported the report (the
event's zone unless told otherwise) and come out as aware UTC.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from checkin import spreadsheet
from checkin.import_columns import EMAIL, header_key
from checkin.model import fold
from checkin.online.records import Platform as Platform  # (kept with the records)
from checkin.spreadsheet import Row, SpreadsheetError, Table


class ReportError(Exception):
    """The file is not a participants report we can read; the message says why."""


class Source(str, enum.Enum):
    """Which rows of the report the joins came from."""

    JOINS = "joins"  # one row per join and leave (Zoom, Webex, Teams' In-Meeting Activities)
    TOTALS = "totals"  # one row per person: first join, last leave, total duration (Teams)
    EVENTS = "events"  # one row per "Joined" / "Left" event (the older Teams download)


@dataclass(frozen=True)
class Join:
    """One stay of one participant in the meeting."""

    line: int  # in the file, as a text editor or Excel numbers it
    name: str  # as shown in the meeting
    email: str = ""
    joined: datetime = field(default_factory=lambda: datetime.now(UTC))  # aware, UTC
    left: datetime = field(default_factory=lambda: datetime.now(UTC))
    minutes: float | None = None  # the duration the report states, when it states one
    original_name: str = ""  # Zoom: the name the person joined with, before a rename
    role: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The names to match on, the one the person joined with first."""
        return tuple(n for n in (self.original_name, self.name) if n)


@dataclass(frozen=True)
class Refused:
    line: int
    reason: str


@dataclass(frozen=True)
class Report:
    platform: Platform
    source: Source
    joins: tuple[Join, ...]
    refused: tuple[Refused, ...] = ()
    title: str = ""
    name: str = ""  # the file's name
    waiting_room: int = 0  # Zoom rows of people still in the waiting room, left out


# --- headers ------------------------------------------------------------------------------


class Col(enum.Enum):
    NAME = "name"
    ZOOM_NAME = "zoom_name"  # "Name (Original Name)"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    UPN = "upn"
    JOIN = "join"
    LEAVE = "leave"
    FIRST_JOIN = "first_join"
    LAST_LEAVE = "last_leave"
    DURATION = "duration"
    DURATION_MIN = "duration_min"
    WAITING = "waiting"
    ATTENDED = "attended"  # Zoom webinars: "No" for a registrant who never came
    ROLE = "role"
    ACTION = "action"
    TIMESTAMP = "timestamp"
    # what tells the platforms apart, beside the columns above
    GUEST = "guest"
    CONNECTION = "connection"
    MEETING = "meeting"
    ATTENDEE_EMAIL = "attendee_email"
    ATTENDANCE_DURATION = "attendance_duration"
    IN_MEETING_DURATION = "in_meeting_duration"


_HEADERS: dict[str, Col] = {}
for _col, _words in {
    Col.ZOOM_NAME: ("name (original name)", "nom (nom d origine)", "nom (nom original)",
                    "nom (nom initial)", "user name (original name)",
                    "nom d utilisateur (nom d origine)"),
    Col.NAME: ("name", "nom", "full name", "nom complet", "display name", "nom d affichage",
               "participant name", "nom du participant", "attendee name",
               "nom du participant e"),
    Col.FIRST_NAME: ("first name", "prenom"),
    Col.LAST_NAME: ("last name", "nom de famille"),
    Col.EMAIL: ("email", "e mail", "user email", "e mail de l utilisateur",
                "adresse e mail", "email address", "courriel", "participant email",
                "e mail du participant"),
    Col.ATTENDEE_EMAIL: ("attendee email", "e mail du participant e", "e mail de l invite"),
    Col.UPN: ("participant id (upn)", "id du participant (upn)", "upn"),
    Col.JOIN: ("join time", "heure d arrivee", "heure de participation", "heure d entree",
               "joined", "heure de connexion", "date d arrivee"),
    Col.LEAVE: ("leave time", "heure de depart", "heure de sortie", "left",
                "heure de deconnexion"),
    Col.FIRST_JOIN: ("first join", "premiere participation", "premiere arrivee",
                     "premiere connexion", "premiere entree"),
    Col.LAST_LEAVE: ("last leave", "dernier depart", "derniere sortie",
                     "derniere deconnexion"),
    Col.IN_MEETING_DURATION: ("in meeting duration", "duree dans la reunion",
                              "duree de la reunion", "duree de participation",
                              "duree pendant la reunion"),
    Col.DURATION: ("duration", "duree"),
    Col.ATTENDANCE_DURATION: ("attendance duration", "duree de presence", "duree de la presence"),
    Col.DURATION_MIN: ("duration (minutes)", "duree (minutes)", "duration (min)",
                       "duration (mins)", "duree (min)", "time in session (minutes)",
                       "duree de la session (minutes)", "temps passe dans la session (minutes)"),
    Col.WAITING: ("in waiting room", "dans la salle d attente", "en salle d attente"),
    Col.GUEST: ("guest", "invite", "is guest"),
    Col.ATTENDED: ("attended", "a participe", "present"),
    Col.ROLE: ("role",),
    Col.ACTION: ("user action", "action de l utilisateur", "action", "activite"),
    Col.TIMESTAMP: ("timestamp", "horodatage", "date et heure"),
    Col.CONNECTION: ("connection type", "type de connexion"),
    Col.MEETING: ("meeting name", "nom de la reunion", "session name", "nom de la session"),
}.items():
    for _word in _words:
        _HEADERS[header_key(_word)] = _col


# Words a header may be written with beyond the exact ones above (the platforms reword their
# exports between versions and languages): tried in this order, on the folded cell.
_LOOSE = (
    (Col.UPN, re.compile(r"\bupn\b")),
    (Col.FIRST_JOIN, re.compile(r"\b(first|premi\w*)\b.*\b(join\w*|particip\w*|arriv\w*|"
                                r"connex\w*|entree)")),
    (Col.LAST_LEAVE, re.compile(r"\b(last|derni\w*)\b.*\b(leave|left|depart|sortie|"
                                r"deconnex\w*)")),
    (Col.JOIN, re.compile(r"\b(join|joined|arrivee|entree|connexion)\b")),
    (Col.LEAVE, re.compile(r"\b(leave|left|depart|sortie|deconnexion)\b")),
    (Col.EMAIL, re.compile(r"\b(e ?mail|courriel)\b")),
    (Col.DURATION, re.compile(r"\b(duration|duree)\b")),
)


def _recognise(cell: str) -> Col | None:
    key = header_key(cell)
    col = _HEADERS.get(key)
    if col is not None or not key or len(key) > 60:
        return col
    return next((c for c, pattern in _LOOSE if pattern.search(key)), None)


def _columns(row: Row) -> dict[Col, int]:
    found: dict[Col, int] = {}
    emails: list[int] = []
    for index, cell in enumerate(row.cells):
        col = _recognise(cell)
        if col is Col.EMAIL:
            emails.append(index)
        if col is not None and col not in found:
            found[col] = index
    named = found.get(Col.ZOOM_NAME, found.get(Col.NAME))
    if named is not None and len(emails) > 1:
        # one row with the meeting's columns before the participant's (a Zoom export
        # "with meeting data" on one line): the host's "User Email" comes first
        found[Col.EMAIL] = next((i for i in emails if i > named), emails[0])
    # the same meaning under another platform's word
    for special, plain in ((Col.ATTENDEE_EMAIL, Col.EMAIL), (Col.ZOOM_NAME, Col.NAME),
                           (Col.ATTENDANCE_DURATION, Col.DURATION),
                           (Col.IN_MEETING_DURATION, Col.DURATION),
                           (Col.DURATION_MIN, Col.DURATION)):
        if special in found and plain not in found:
            found[plain] = found[special]
    return found


def _kind(cols: dict[Col, int]) -> Source | None:
    named = Col.NAME in cols or Col.LAST_NAME in cols
    if not named:
        return None
    if Col.JOIN in cols and Col.LEAVE in cols:
        return Source.JOINS
    if Col.FIRST_JOIN in cols and (Col.LAST_LEAVE in cols or Col.DURATION in cols):
        return Source.TOTALS
    if Col.ACTION in cols and Col.TIMESTAMP in cols:
        return Source.EVENTS
    return None


_SECTION = re.compile(r"^\s*\d\.\s+\S")
_TEAMS_SECTIONS = ("summary", "resume", "participants", "in meeting activities",
                   "activites dans la reunion", "activites pendant la reunion",
                   "activites en reunion", "meeting summary", "resume de la reunion")


def _is_section(row: Row) -> bool:
    cells = [c for c in row.cells if c]
    return len(cells) == 1 and bool(_SECTION.match(cells[0]))


def _is_title(row: Row, cols: dict[Col, int]) -> bool:
    """One cell, outside the block's name columns: a title, not a participant."""
    filled = [i for i, c in enumerate(row.cells) if c]
    names = {cols.get(c) for c in (Col.NAME, Col.ZOOM_NAME, Col.FIRST_NAME, Col.LAST_NAME)}
    return len(filled) == 1 and filled[0] not in names


@dataclass
class _Block:
    kind: Source
    cols: dict[Col, int]
    header: Row
    rows: list[Row]
    table: Table


def _blocks(table: Table) -> tuple[list[_Block], list[Row]]:
    """The header-and-rows blocks of one table, and the rows outside them (a summary)."""
    blocks: list[_Block] = []
    outside: list[Row] = []
    current: _Block | None = None
    for row in table.rows:
        if not any(row.cells):
            current = None
            continue
        if _is_section(row):  # "2. Participants": a block ends
            current = None
            outside.append(row)
            continue
        if current is not None and _is_title(row, current.cols):
            outside.append(row)  # "Attendee Details" between a webinar's blocks
            continue
        cols = _columns(row)
        kind = _kind(cols)
        if kind is not None:
            current = _Block(kind, cols, row, [], table)
            blocks.append(current)
            continue
        if current is not None:
            current.rows.append(row)
        else:
            outside.append(row)
    return blocks, outside


def _platform(blocks: Sequence[_Block], outside: Sequence[Row]) -> Platform | None:
    cols = {c for b in blocks for c in b.cols}
    texts = {header_key(c) for r in outside for c in r.cells if c}
    sections = {header_key(re.sub(r"^\s*\d\.\s*", "", c)) for r in outside for c in r.cells
                if c and _SECTION.match(c)}
    if (Col.ZOOM_NAME in cols or Col.WAITING in cols or Col.GUEST in cols
            or Col.ATTENDED in cols):
        return Platform.ZOOM
    if (Col.FIRST_JOIN in cols or Col.UPN in cols or Col.IN_MEETING_DURATION in cols
            or Col.ACTION in cols or sections & set(_TEAMS_SECTIONS)):
        return Platform.TEAMS
    if (Col.ATTENDEE_EMAIL in cols or Col.ATTENDANCE_DURATION in cols
            or Col.CONNECTION in cols or Col.MEETING in cols):
        return Platform.WEBEX
    if Col.DURATION_MIN in cols or "topic" in texts or "meeting id" in texts:
        return Platform.ZOOM
    return None


# --- times and durations --------------------------------------------------------------------

_NUMERIC = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:,|\s)\s*(\d{1,2})[:h](\d{2})"
    r"(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp])?\.?\s*(?:[Mm]\.?)?\s*$"
)
_ZONE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
_WORDS = ("%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p", "%B %d, %Y %I:%M:%S %p",
          "%B %d, %Y %I:%M %p", "%d %b %Y %H:%M:%S", "%d %b %Y %H:%M", "%b %d, %Y %H:%M:%S",
          "%a, %b %d, %Y %I:%M %p", "%a %b %d, %Y %I:%M:%S %p")


def _year(value: int) -> int:
    return value + 2000 if value < 100 else value


def _readings(text: str) -> list[tuple[str, datetime]]:
    """Every way ``text`` can be read as a wall-clock time: ("iso" | "mdy" | "dmy" |
    "words", naive or aware datetime)."""
    text = text.strip()
    if not text:
        return []
    iso = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} ", text) else text
    try:
        return [("iso", datetime.fromisoformat(iso.replace("Z", "+00:00")
                                               if _ZONE.search(iso) else iso))]
    except ValueError:
        pass
    match = _NUMERIC.match(text)
    if match:
        a, b, c, hour, minute, second, half = match.groups()
        hour_n = int(hour)
        if half:
            if not 1 <= hour_n <= 12:
                return []
            hour_n = hour_n % 12 + (12 if half.lower() == "p" else 0)
        clock = (hour_n, int(minute), int(second or 0))
        out = []
        if len(a) == 4:  # 2025/02/03
            orders = [("ymd", int(a), int(b), int(c))]
        else:
            orders = [("mdy", _year(int(c)), int(a), int(b)), ("dmy", _year(int(c)), int(b), int(a))]
        for name, year, month, day in orders:
            try:
                out.append((name, datetime(year, month, day, *clock)))
            except ValueError:
                continue
        return out
    for pattern in _WORDS:
        try:
            return [("words", datetime.strptime(text, pattern))]
        except ValueError:
            continue
    return []


class Clock:
    """Reads a report's times, in the zone of whoever exported it, as aware UTC.

    Month-first or day-first is decided once for the file: the order every time cell can be
    read in, and when both can, the one whose times land nearest ``around`` (the session's
    start), else month-first for times written with AM / PM (the US way), day-first
    otherwise."""

    def __init__(self, zone: tzinfo, around: datetime | None = None):
        self.zone = zone
        self.around = around
        self.order: str | None = None

    def decide(self, texts: Iterable[str]) -> None:
        possible = {"mdy": True, "dmy": True}
        seen: dict[str, list[datetime]] = {"mdy": [], "dmy": []}
        ampm = False
        any_numeric = False
        for text in texts:
            readings = dict(_readings(text))
            if not ({"mdy", "dmy"} & readings.keys()):
                continue
            any_numeric = True
            ampm = ampm or bool(re.search(r"[AaPp]\.?\s*[Mm]\.?\s*$", text))
            for order in ("mdy", "dmy"):
                if order in readings:
                    seen[order].append(readings[order])
                else:
                    possible[order] = False
        if not any_numeric:
            return
        candidates = [o for o in ("mdy", "dmy") if possible[o]]
        if len(candidates) == 1:
            self.order = candidates[0]
            return
        around = self.around
        if len(candidates) == 2 and around is not None and seen["mdy"] != seen["dmy"]:
            def distance(order: str) -> float:
                return min(abs((self._aware(m) - around).total_seconds())
                           for m in seen[order])
            self.order = min(candidates, key=distance)
            return
        self.order = "mdy" if ampm else "dmy"

    def _aware(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.astimezone(UTC)

    def read(self, text: str) -> datetime | None:
        readings = dict(_readings(text))
        for order in ("iso", "ymd", "words", self.order or "mdy", "dmy", "mdy"):
            if order in readings:
                return self._aware(readings[order])
        return None


_DURATION_PARTS = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hour|hours|heure|heures|m|min|mins|minute|minutes|mn|"
    r"s|sec|secs|second|seconds|seconde|secondes)\b\.?", re.IGNORECASE)


def read_minutes(text: str, *, plain_is: str = "minutes") -> float | None:
    """A duration as minutes: ``44`` (Zoom's minutes), ``1h 5m 3s``, ``43m 48s``,
    ``1 h 5 min 3 s``, ``44 mins``, ``1:05:03``; None when it cannot be read."""
    text = text.strip().replace("\u202f", " ").replace("\u00a0", " ")
    if not text:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        value = float(text.replace(",", "."))
        return value / 60 if plain_is == "seconds" else value
    clock = re.fullmatch(r"(\d+):(\d{2})(?::(\d{2}))?", text)
    if clock:
        a, b, c = clock.groups()
        if c is None:  # mm:ss
            return int(a) + int(b) / 60
        return int(a) * 60 + int(b) + int(c) / 60
    total, found, rest = 0.0, False, text
    for number, unit in _DURATION_PARTS.findall(text):
        value = float(number.replace(",", "."))
        unit = unit.lower()
        if unit.startswith("h"):
            total += value * 60
        elif unit.startswith("s"):
            total += value / 60
        else:
            total += value
        found = True
    rest = _DURATION_PARTS.sub("", text).strip(" ,")
    return total if found and not rest else None


# --- reading --------------------------------------------------------------------------------


def _cell(row: Row, cols: dict[Col, int], col: Col) -> str:
    index = cols.get(col)
    if index is None or index >= len(row.cells):
        return ""
    return row.cells[index].strip()


def _split_zoom_name(text: str) -> tuple[str, str]:
    """"Jean D (Jean Dupont)" → ("Jean D", "Jean Dupont"): Zoom's display name and the
    name the person joined with."""
    match = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)", text.strip())
    if not match:
        return text.strip(), ""
    shown, original = match.group(1).strip(), match.group(2).strip()
    return (shown, original) if fold(shown) != fold(original) else (shown, "")


def _email(row: Row, cols: dict[Col, int]) -> str:
    for col in (Col.EMAIL, Col.UPN):
        value = _cell(row, cols, col)
        if EMAIL.match(value):
            return value
    return ""


def _name(row: Row, cols: dict[Col, int]) -> tuple[str, str]:
    if Col.ZOOM_NAME in cols:
        return _split_zoom_name(_cell(row, cols, Col.ZOOM_NAME))
    name = _cell(row, cols, Col.NAME)
    if not name:
        name = f"{_cell(row, cols, Col.FIRST_NAME)} {_cell(row, cols, Col.LAST_NAME)}".strip()
    return name, ""


_YES = {"yes", "oui", "true", "1", "y", "o"}
_NO = {"no", "non", "false", "0", "n"}
_JOINED = {"joined", "joined before", "a rejoint", "a rejoint avant", "rejoint",
           "a participe", "s est joint", "s est joint avant", "a rejoint la reunion"}
_LEFT = {"left", "a quitte", "quitte", "est parti", "a quitte la reunion"}


def _time_texts(blocks: Sequence[_Block], outside: Sequence[Row]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        for col in (Col.JOIN, Col.LEAVE, Col.FIRST_JOIN, Col.LAST_LEAVE, Col.TIMESTAMP):
            texts += [_cell(r, block.cols, col) for r in block.rows]
    for row in outside:
        texts += [c for c in row.cells if c]
    return [t for t in texts if t]


def _joins(block: _Block, clock: Clock, refused: list[Refused]) -> tuple[list[Join], int]:
    cols = block.cols
    joins: list[Join] = []
    waiting = 0
    if block.kind is Source.EVENTS:
        return _event_joins(block, clock, refused), 0
    first, last = ((Col.JOIN, Col.LEAVE) if block.kind is Source.JOINS
                   else (Col.FIRST_JOIN, Col.LAST_LEAVE))
    plain_is = "minutes"
    for row in block.rows:
        name, original = _name(row, cols)
        if not name and not original:
            refused.append(Refused(row.line, "no name"))
            continue
        if Col.WAITING in cols and header_key(_cell(row, cols, Col.WAITING)) in _YES:
            waiting += 1
            continue
        if Col.ATTENDED in cols and header_key(_cell(row, cols, Col.ATTENDED)) in _NO:
            continue  # a webinar's registrant who never joined
        joined_text, left_text = _cell(row, cols, first), _cell(row, cols, last)
        joined = clock.read(joined_text)
        if joined is None:
            refused.append(Refused(row.line, f"join time {joined_text!r} cannot be read"))
            continue
        minutes = read_minutes(_cell(row, cols, Col.DURATION), plain_is=plain_is)
        left = clock.read(left_text)
        if left is None and minutes is not None and not left_text:
            left = joined + timedelta(minutes=minutes)
        if left is None:
            refused.append(Refused(row.line, f"leave time {left_text!r} cannot be read"))
            continue
        if left < joined:
            refused.append(Refused(row.line, "leaves before joining"))
            continue
        joins.append(Join(row.line, name, _email(row, cols), joined, left, minutes, original,
                          _cell(row, cols, Col.ROLE)))
    return joins, waiting


def _event_joins(block: _Block, clock: Clock, refused: list[Refused]) -> list[Join]:
    """The older Teams download: a "Joined" row, later a "Left" row, per stay."""
    cols = block.cols
    open_: dict[str, tuple[int, str, datetime]] = {}
    joins: list[Join] = []
    last_seen: datetime | None = None
    for row in block.rows:
        name, _ = _name(row, cols)
        action = header_key(_cell(row, cols, Col.ACTION))
        moment = clock.read(_cell(row, cols, Col.TIMESTAMP))
        if not name or moment is None:
            refused.append(Refused(row.line, "no name or a time that cannot be read"))
            continue
        last_seen = max(last_seen or moment, moment)
        key = fold(name)
        if action in _JOINED:
            open_.setdefault(key, (row.line, name, moment))
        elif action in _LEFT:
            if key in open_:
                line, shown, since = open_.pop(key)
                joins.append(Join(line, shown, "", since, moment))
            else:
                refused.append(Refused(row.line, "a leave with no join before it"))
        else:
            refused.append(Refused(row.line, f"action {_cell(row, cols, Col.ACTION)!r} unknown"))
    for line, shown, since in open_.values():  # still in the meeting when the report was made
        joins.append(Join(line, shown, "", since, max(last_seen or since, since)))
    return sorted(joins, key=lambda j: j.line)


def _title(outside: Sequence[Row], tables: Sequence[Table]) -> str:
    keys = {"meeting title", "titre de la reunion", "topic", "sujet", "meeting name",
            "nom de la reunion", "titre"}
    for row in outside:  # a key / value row (Teams' summary)
        cells = [c for c in row.cells if c]
        if len(cells) == 2 and header_key(cells[0]) in keys:
            return cells[1]
    for table in tables:  # a header row naming the title, the values under it (Zoom)
        rows = table.rows
        for i, row in enumerate(rows[:-1]):
            for j, cell in enumerate(row.cells):
                if header_key(cell) in keys and j < len(rows[i + 1].cells):
                    return rows[i + 1].cells[j]
    return ""


def _choose(tables: Sequence[Table], xlsx: bool
            ) -> tuple[list[_Block], list[Row], list[Table]]:
    """The blocks to read: of the one CSV reading (separator) that finds the most, or of
    every sheet of a workbook."""
    if xlsx:
        blocks: list[_Block] = []
        outside: list[Row] = []
        for table in tables:
            more, rest = _blocks(table)
            blocks += more
            outside += rest
        return blocks, outside, list(tables)
    best: tuple[int, int, list[_Block], list[Row], Table] | None = None
    for table in tables:
        blocks, outside = _blocks(table)
        score = (sum(len(b.cols) for b in blocks), sum(len(b.rows) for b in blocks))
        if best is None or score > best[:2]:
            best = (*score, blocks, outside, table)
    assert best is not None
    return best[2], best[3], [best[4]]


def read_report(path: str | Path, *, zone: tzinfo, around: datetime | None = None) -> Report:
    """Read a participants report. ``zone``: the zone its times are written in; ``around``:
    the session's start, which tells 03/02 (3 February) from 02/03 (2 March). Raises
    :class:`ReportError` for a file that is not a Zoom, Teams or Webex report."""
    path = Path(path)
    try:
        tables = spreadsheet.read(path)
    except SpreadsheetError as error:
        raise ReportError(str(error)) from error
    except OSError as error:
        raise ReportError(f"{path.name} cannot be read: {error.strerror or error}.") from error
    xlsx = bool(tables) and tables[0].kind == "xlsx"
    blocks, outside, used = _choose(tables, xlsx)
    platform = _platform(blocks, outside)
    if platform is None or not blocks:
        raise ReportError(
            f"{path.name} is not a participants report of Zoom, Microsoft Teams or Webex: "
            "no header with a name, a join time and a leave time (export the meeting's "
            "participants or attendance report and import that file).")
    for kind in (Source.JOINS, Source.TOTALS, Source.EVENTS):
        chosen = [b for b in blocks if b.kind is kind and b.rows]
        if chosen:
            break
    else:
        raise ReportError(f"{path.name} is a {platform.label} report with nobody in it.")
    clock = Clock(zone, around)
    clock.decide(_time_texts(chosen, outside))
    refused: list[Refused] = []
    joins: list[Join] = []
    waiting = 0
    for block in chosen:
        more, skipped = _joins(block, clock, refused)
        joins += more
        waiting += skipped
    if not joins and refused:
        raise ReportError(
            f"{path.name}: no row of the {platform.label} report could be read "
            f"(line {refused[0].line}: {refused[0].reason}).")
    return Report(platform, kind, tuple(joins), tuple(refused), _title(outside, used),
                  path.name, waiting)
