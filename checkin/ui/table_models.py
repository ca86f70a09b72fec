"""Table models of the desk and the dashboard: search results, a person's check-ins, session
figures, groups (category, country) and stations.

Each is a ``QAbstractTableModel`` with column constants and a role that hands back the typed
record of a row, so views and tests never parse display text. They hold records given to them
(``set_rows``); they never query the store, which keeps them fast and testable with no window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from checkin.model import Attendee, CheckIn, Direction, Language, RegistrationStatus, Session
from checkin.search import SearchHit
from checkin.ui.i18n import current_language
from checkin.ui.labels import category_label, language_label, method_label, percent_text, status_label

if TYPE_CHECKING:
    from checkin.importer import ImportLine
    from checkin.programme import SessionLine
from checkin.reports.stats import GroupFigure, OnlineMarks, SessionFigures, StationFigure

RecordRole = Qt.ItemDataRole.UserRole + 1  # the frozen record behind the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers, times)


def attendee_id(person: Attendee | SearchHit) -> str:
    """The id of a search hit or of an attendee (a hit is lighter; both have names)."""
    return person.attendee_id if isinstance(person, SearchHit) else person.id


class _RecordModel(QAbstractTableModel):
    """Rows of records, a fixed list of columns, headers through :meth:`headers`."""

    COLUMN_COUNT = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    # --- content -----------------------------------------------------------------------

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list:
        return list(self._rows)

    def retranslate(self) -> None:
        """Headers and labels in the new language: tell the views to repaint everything."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )

    # --- Qt overrides ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RecordRole:
            return record
        return self.cell(record, index.column(), role)

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, record, column: int, role):
        raise NotImplementedError


class SearchResultsModel(_RecordModel):
    """People found by the desk's search (search hits, or attendees), with whether each is
    already in the session."""

    NAME, ORGANISATION, COUNTRY, CATEGORY, PRESENT = range(5)
    COLUMN_COUNT = 5
    PresentRole = Qt.ItemDataRole.UserRole + 3

    _DISPLAY = Qt.ItemDataRole.DisplayRole
    _SLOW_ROLES = frozenset({RecordRole, SortRole, PresentRole,
                             Qt.ItemDataRole.AccessibleTextRole})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._present: set[str] = set()
        self._online = OnlineMarks()
        self._display: list[tuple[str, ...]] = []

    def set_results(
        self, people: Iterable[Attendee | SearchHit], present: Iterable[str] = (),
        online: OnlineMarks | None = None,
    ) -> None:
        """``present``: who came in to the session; ``online``: who attended it online, and
        who is an online-only attendee (shown as such)."""
        self._present = set(present)
        self._online = online or OnlineMarks()
        self.beginResetModel()
        self._rows = list(people)
        self._fill_display()
        self.endResetModel()

    def _fill_display(self) -> None:
        # The view asks for every cell in several roles on each repaint (hundreds of calls
        # per keystroke): the texts are made once per result list, not once per call.
        cell = self.cell
        self._display = [tuple(cell(a, c, self._DISPLAY) for c in range(self.COLUMN_COUNT))
                         for a in self._rows]

    def retranslate(self) -> None:
        self._fill_display()
        super().retranslate()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == self._DISPLAY:
            row = index.row()
            if 0 <= row < len(self._display):
                return self._display[row][index.column()]
            return None
        if role in self._SLOW_ROLES:
            return super().data(index, role)
        return None

    def is_present(self, attendee_id: str) -> bool:
        return attendee_id in self._present

    def headers(self) -> Sequence[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Country"),
                self.tr("Category"), self.tr("In this session")]

    def cell(self, a: Attendee | SearchHit, column: int, role):
        present = attendee_id(a) in self._present
        if role == self.PresentRole:
            return present
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return f"{a.last_name.upper()} {a.first_name}".strip()
            if column == self.ORGANISATION:
                return a.organisation
            if column == self.COUNTRY:
                return a.country
            if column == self.CATEGORY:
                if attendee_id(a) in self._online.online_only:
                    return self.tr("%1 · online only").replace("%1", category_label(a.category))
                return category_label(a.category)
            if column == self.PRESENT:
                if a.status is not RegistrationStatus.CONFIRMED and not present:
                    return status_label(a.status)
                if not present and attendee_id(a) in self._online.in_session:
                    return self.tr("Online ✔ (not in the room)")
                return self.tr("✔ Already in") if present else self.tr("Not yet")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.PRESENT:
            return self.tr("Already in this session") if present else self.tr("Not yet arrived")
        if role == SortRole:
            if column == self.NAME:
                return (a.last_name.casefold(), a.first_name.casefold())
            return self.cell(a, column, Qt.ItemDataRole.DisplayRole)
        return None


class CheckinHistoryModel(_RecordModel):
    """Every check-in of one person across sessions; undone ones are struck through."""

    TIME, SESSION, DOOR, METHOD, NOTE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, tz: ZoneInfo | None = None, language: str = Language.FR, parent=None):
        super().__init__(parent)
        self.tz = tz
        self.language = language
        self._sessions: dict[str, Session] = {}

    def set_history(
        self, checkins: Iterable[CheckIn], sessions: Iterable[Session], tz: ZoneInfo | None
    ) -> None:
        self.tz = tz
        self._sessions = {s.id: s for s in sessions}
        self.set_rows(sorted(checkins, key=lambda c: c.at, reverse=True))

    def headers(self) -> Sequence[str]:
        return [self.tr("Time"), self.tr("Session"), self.tr("Door"), self.tr("Method"),
                self.tr("Note")]

    def _when(self, moment: datetime) -> str:
        local = moment.astimezone(self.tz) if self.tz else moment
        return local.strftime("%d/%m %H:%M")

    def cell(self, c: CheckIn, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return self._when(c.at)
            if column == self.SESSION:
                session = self._sessions.get(c.session_id)
                return session.name(self.language) if session else c.session_id
            if column == self.DOOR:
                return c.station_name or c.station_id[:8]
            if column == self.METHOD:
                return method_label(c.method)
            if column == self.NOTE:
                notes = []
                if c.direction is Direction.EXIT:
                    notes.append(self.tr("exit"))
                if c.override:
                    notes.append(self.tr("override"))
                if c.voided:
                    notes.append(self.tr("undone"))
                return ", ".join(notes)
        if role == Qt.ItemDataRole.FontRole and c.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == SortRole and column == self.TIME:
            return c.at
        return None


class SessionFiguresModel(_RecordModel):
    """A session per row. The on-site and online columns are there only once somebody
    attended online (:meth:`set_rows`); the dashboard shows them beside "Arrived", which
    counts each person once however they came."""

    SESSION, ARRIVED, EXPECTED, RATE, IN_ROOM, OVER, ON_SITE, ONLINE = range(8)
    COLUMN_COUNT = 6

    def __init__(self, language: str = Language.FR, parent=None):
        super().__init__(parent)
        self.language = language

    @property
    def online(self) -> bool:
        """Whether the on-site and online columns are shown."""
        return self.COLUMN_COUNT > self.ONLINE

    def set_rows(self, rows: Iterable) -> None:
        rows = list(rows)
        self.beginResetModel()
        self.COLUMN_COUNT = 8 if any(f.online for f in rows) else 6
        self._rows = rows
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return [self.tr("Session"), self.tr("Arrived"), self.tr("Expected"), self.tr("Rate"),
                self.tr("In the room / capacity"), self.tr("Over capacity"),
                self.tr("On site"), self.tr("Online")]

    def cell(self, f: SessionFigures, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SESSION:
                return f.session.name(self.language)
            if column == self.ARRIVED:
                return str(f.arrived)
            if column == self.EXPECTED:
                return str(f.expected)
            if column == self.RATE:
                return "—" if f.rate is None else percent_text(f.rate, self.language)
            if column == self.IN_ROOM:
                capacity = f.session.capacity
                return f"{f.inside} / {capacity}" if capacity else str(f.inside)
            if column == self.OVER:
                if not f.overshoot:
                    return ""
                return self.tr("+%1 (peak %2)").replace("%1", str(f.overshoot)) \
                    .replace("%2", str(f.peak))
            if column == self.ON_SITE:
                return str(f.on_site)
            if column == self.ONLINE:
                return str(f.online)
        if (role == Qt.ItemDataRole.ToolTipRole and f.online
                and column in (self.ARRIVED, self.ON_SITE, self.ONLINE)):
            return self.tr("On site: %1 · online: %2 · both ways: %3 (once in the total)") \
                .replace("%1", str(f.on_site)).replace("%2", str(f.online)) \
                .replace("%3", str(f.both))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.IN_ROOM:
            capacity = f.session.capacity
            if capacity and f.inside >= capacity:
                return QColor("#ef9a9a")  # full: the door refuses entries
            if capacity and f.inside >= 0.9 * capacity:
                return QColor("#ffe082")  # 90 %: the door is amber
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OVER and f.overshoot:
            return QColor("#ef9a9a")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.SESSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return (f.session.name(self.language), f.arrived, f.expected, f.rate or 0,
                    f.inside, f.overshoot, f.on_site, f.online)[column]
        return None


class GroupFiguresModel(_RecordModel):
    """A category or a country per row. ``kind`` says which, for the header and labels."""

    KEY, ARRIVED, REGISTERED = range(3)
    COLUMN_COUNT = 3

    def __init__(self, kind: str = "category", parent=None):
        super().__init__(parent)
        self.kind = kind

    def headers(self) -> Sequence[str]:
        first = self.tr("Category") if self.kind == "category" else self.tr("Country")
        return [first, self.tr("Arrived"), self.tr("Registered")]

    def cell(self, g: GroupFigure, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KEY:
                if not g.key:
                    return self.tr("(not given)")
                return category_label(g.key) if self.kind == "category" else g.key
            return str(g.arrived if column == self.ARRIVED else g.registered)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.KEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StationsModel(_RecordModel):
    NAME, LAST_CONTACT, PENDING = range(3)
    COLUMN_COUNT = 3

    def __init__(self, tz: ZoneInfo | None = None, parent=None):
        super().__init__(parent)
        self.tz = tz

    def headers(self) -> Sequence[str]:
        return [self.tr("Station"), self.tr("Last contact"), self.tr("Waiting to send")]

    def cell(self, f: StationFigure, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                name = f.station.name or f.station.id[:8]
                return self.tr("%1 (this station)").replace("%1", name) if f.this_station else name
            if column == self.LAST_CONTACT:
                if f.last_contact is None:
                    return self.tr("never")
                local = f.last_contact.astimezone(self.tz) if self.tz else f.last_contact
                return local.strftime("%d/%m %H:%M")
            if column == self.PENDING:
                return str(f.pending)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PENDING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportLinesModel(_RecordModel):
    """The line-by-line report of a spreadsheet import (dry run or done), of the attendee
    list or of the programme: refused lines red, warned lines amber, and for an updated line
    each field that changes, from what to what."""

    LINE, ACTION, NAME, REASON, CHANGES, WHEN = range(6)
    COLUMN_COUNT = 5  # WHEN only for the programme: its day, times and room as read

    def __init__(self, parent=None, *, programme: bool = False):
        super().__init__(parent)
        self.programme = programme
        self.COLUMN_COUNT = 6 if programme else 5
        self.tz = None  # the event's time zone, for the sessions' times
        self.sessions: dict = {}  # session id → Session, to name a person's workshops

    def headers(self) -> Sequence[str]:
        headers = [self.tr("Line"), self.tr("What happens"),
                   self.tr("Session") if self.programme else self.tr("Name"), self.tr("Why"),
                   self.tr("Changes")]
        return headers + [self.tr("Day, time and room as read")] if self.programme else headers

    def when_words(self, line) -> str:
        session = getattr(line, "session", None)
        if session is None:
            return ""
        start, end = session.starts_at, session.ends_at
        if self.tz is not None:
            start, end = start.astimezone(self.tz), end.astimezone(self.tz)
        parts = [f"{start:%d/%m/%Y} {start:%H:%M}–{end:%H:%M}"]
        if session.room:
            parts.append(session.room)
        if session.capacity:
            parts.append(self.tr("%n seat(s)", "", session.capacity))
        return " · ".join(parts)

    def action_label(self, action) -> str:
        # By value: the attendee and programme reports have an enum each, with these words;
        # a session is feminine in French, hence words of its own.
        if self.programme:
            return {
                "new": self.tr("new", "a session"),
                "updated": self.tr("updated", "a session"),
                "unchanged": self.tr("unchanged", "a session"),
                "skipped": self.tr("skipped", "a line of the programme"),
                "refused": self.tr("refused", "a session"),
                "kept": self.tr("kept", "a session"),
                "removed": self.tr("removed", "a session"),
            }.get(action.value, action.value)
        return {
            "taken": self.tr("new"),
            "updated": self.tr("updated"),
            "unchanged": self.tr("unchanged"),
            "skipped": self.tr("skipped"),
            "refused": self.tr("refused"),
        }.get(action.value, action.value)

    def kept_words(self, line) -> str:
        """The fields a blank cell left as stored (the attendee import's default)."""
        kept = getattr(line, "kept", ()) or ()
        if not kept:
            return ""
        return self.tr("blank in the file, kept: %1").replace(
            "%1", ", ".join(field_label(name) for name in kept))

    def warning_words(self, text: str) -> str:
        """A warning of the programme import, in the window's language."""
        overlap = _OVERLAP.match(text)
        if overlap:
            session_id, name, room, when = overlap.groups()
            return (self.tr("same room as “%1” (%2), %3").replace("%1", name)
                    .replace("%2", room).replace("%3", when))
        outside = _OUTSIDE.match(text)
        if outside:
            return self.tr("%1 is outside the conference's days").replace("%1", outside[1])
        return text

    def reason_label(self, reason) -> str:
        return {
            "blank line": self.tr("blank line"),
            "title row merged across columns": self.tr("title row merged across columns"),
            "missing name": self.tr("missing name"),
            "malformed e-mail": self.tr("malformed e-mail"),
            "short line": self.tr("short line"),
            "more cells than columns": self.tr("more cells than columns"),
            "duplicate registration number": self.tr("duplicate registration number"),
            "same person twice": self.tr("same person twice"),
            "cells merged across columns": self.tr("cells merged across columns"),
            "unknown category": self.tr("unknown category"),
            "unknown status": self.tr("unknown status"),
            "unknown language": self.tr("unknown language"),
            "unknown workshop": self.tr("unknown workshop"),
            "cell too long": self.tr("cell too long"),
            "missing day": self.tr("missing day"),
            "missing time": self.tr("missing time"),
            "unreadable day": self.tr("unreadable day"),
            "unreadable time": self.tr("unreadable time"),
            "ends before it starts": self.tr("ends before it starts"),
            "unreadable capacity": self.tr("unreadable capacity"),
            "unreadable yes/no": self.tr("unreadable yes/no"),
            "unusable id": self.tr("unusable id"),
            "duplicate id": self.tr("duplicate id"),
            "same session twice": self.tr("same session twice"),
            "has check-ins": self.tr("has check-ins"),
        }.get(reason.value, reason.value)

    def cell(self, line: ImportLine | SessionLine, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return str(line.line)
            if column == self.ACTION:
                return self.action_label(line.action)
            if column == self.NAME:
                return line.name
            if column == self.REASON:
                # The detail (which value, which other line) is the importer's own words.
                reason = self.reason_label(line.reason) if line.reason is not None else ""
                warnings: tuple[str, ...] = getattr(line, "warnings", ())  # a session's
                if not reason and warnings:
                    return "; ".join(self.warning_words(w) for w in warnings)
                return f"{reason} ({line.detail})" if reason and line.detail else reason
            if column == self.CHANGES:
                words = [field_change_words(c, self.sessions)
                         for c in (getattr(line, "changes", ()) or ())]
                kept = self.kept_words(line)
                return "; ".join(words + ([kept] if kept else []))
            if column == self.WHEN:
                return self.when_words(line)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGES:
            changes = getattr(line, "changes", ()) or ()
            kept = self.kept_words(line)
            return "\n".join([*(field_change_words(c, self.sessions) for c in changes),
                              *([kept] if kept else [])]) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.action.value == "refused":
                return QColor("#b3261e")
            if getattr(line, "warnings", ()):
                return QColor("#8a5a00")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


_OVERLAP = re.compile(r"^overlaps (\S+) \((.*)\) in (.*), (\d+/\d+ \S+)$")
_OUTSIDE = re.compile(r"^(\S+) is outside the event's days")


def field_label(name: str) -> str:
    """A field of a person or a session, as the import report names it."""
    labels = {
        "first_name": QCoreApplication.translate("Field", "first name"),
        "last_name": QCoreApplication.translate("Field", "last name"),
        "organisation": QCoreApplication.translate("Field", "organisation"),
        "country": QCoreApplication.translate("Field", "country"),
        "category": QCoreApplication.translate("Field", "category"),
        "language": QCoreApplication.translate("Field", "language"),
        "email": QCoreApplication.translate("Field", "e-mail"),
        "phone": QCoreApplication.translate("Field", "phone"),
        "reg_no": QCoreApplication.translate("Field", "registration number"),
        "workshops": QCoreApplication.translate("Field", "workshops"),
        "status": QCoreApplication.translate("Field", "status"),
        "notes": QCoreApplication.translate("Field", "notes"),
        "name_fr": QCoreApplication.translate("Field", "name (French)"),
        "name_en": QCoreApplication.translate("Field", "name (English)"),
        "starts_at": QCoreApplication.translate("Field", "start"),
        "ends_at": QCoreApplication.translate("Field", "end"),
        "room": QCoreApplication.translate("Field", "room"),
        "capacity": QCoreApplication.translate("Field", "capacity"),
        "categories": QCoreApplication.translate("Field", "who may enter"),
        "registration_required": QCoreApplication.translate("Field", "registration required"),
        "reentry": QCoreApplication.translate("Field", "re-entry"),
        "allow_multiple_entries": QCoreApplication.translate("Field", "re-entry"),
        "allow_entry_after_exit": QCoreApplication.translate("Field", "entry after exit"),
        "accept_unpaid": QCoreApplication.translate("Field", "unpaid accepted"),
    }
    return labels.get(name, name.replace("_", " "))


def _value_words(value, field: str = "", sessions=None) -> str:
    if value is None or value == "" or value == () or value == []:
        return QCoreApplication.translate("Field", "(blank)")
    if field == "workshops" and sessions:  # "a, b" of session ids → their names
        ids = value.split(", ") if isinstance(value, str) else list(value)
        return ", ".join(sessions[i].name(current_language()) if i in sessions else i
                         for i in ids)
    if field == "category":
        return category_label(str(value))
    if field == "language":
        return language_label(str(value))
    if field == "status" and value in {s.value for s in RegistrationStatus}:
        return status_label(RegistrationStatus(value))
    if isinstance(value, bool) or value in ("yes", "no"):
        yes = value is True or value == "yes"
        return (QCoreApplication.translate("Field", "yes") if yes
                else QCoreApplication.translate("Field", "no"))
    if field == "categories":  # the programme says "all" or "speaker, organiser"
        if value == "all":
            return QCoreApplication.translate("Field", "everyone")
        parts = value.split(", ") if isinstance(value, str) else value
        return ", ".join(category_label(str(p)) for p in parts)
    if isinstance(value, (tuple, list, set, frozenset)):
        return ", ".join(str(v) for v in value)
    return str(value)


def field_change_words(change, sessions=None) -> str:
    """"e-mail: a@x.bi → (blank)" for one changed field of an updated line; ``sessions``
    (id → Session) names a person's workshops."""
    field = getattr(change, "field", None)
    name = str(getattr(field, "value", field))
    before = getattr(change, "old", getattr(change, "before", None))
    after = getattr(change, "new", getattr(change, "after", None))
    parts = {"1": field_label(name), "2": _value_words(before, name, sessions),
             "3": _value_words(after, name, sessions)}
    # one pass, so that a value holding "%3" is shown as it is
    return re.sub(r"%([123])", lambda m: parts[m[1]],
                  QCoreApplication.translate("Field", "%1: %2 → %3"))
