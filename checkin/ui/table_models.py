"""Table models of the desk and the dashboard: search results, a person's check-ins, session
figures, groups (category, country) and stations.

Each is a ``QAbstractTableModel`` with column constants and a role that hands back the typed
record of a row, so views and tests never parse display text. They hold records given to them
(``set_rows``); they never query the store, which keeps them fast and testable with no window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from checkin.model import Attendee, CheckIn, Direction, Session
from checkin.search import SearchHit
from checkin.ui.labels import category_label, method_label

if TYPE_CHECKING:
    from checkin.importer import ImportLine
from checkin.stats import GroupFigure, SessionFigures, StationFigure

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
        self._display: list[tuple[str, ...]] = []

    def set_results(
        self, people: Iterable[Attendee | SearchHit], present: Iterable[str] = ()
    ) -> None:
        self._present = set(present)
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
                return category_label(a.category)
            if column == self.PRESENT:
                if a.cancelled:
                    return self.tr("Cancelled")
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

    def __init__(self, tz: ZoneInfo | None = None, language: str = "fr", parent=None):
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
    SESSION, ARRIVED, EXPECTED, RATE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, language: str = "fr", parent=None):
        super().__init__(parent)
        self.language = language

    def headers(self) -> Sequence[str]:
        return [self.tr("Session"), self.tr("Arrived"), self.tr("Expected"), self.tr("Rate")]

    def cell(self, f: SessionFigures, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SESSION:
                return f.session.name(self.language)
            if column == self.ARRIVED:
                return str(f.arrived)
            if column == self.EXPECTED:
                return str(f.expected)
            if column == self.RATE:
                return "—" if f.rate is None else f"{f.rate:.0%}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.SESSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return (f.session.name(self.language), f.arrived, f.expected, f.rate or 0)[column]
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
    """The line-by-line report of a spreadsheet import (dry run or done); refused lines red."""

    LINE, ACTION, NAME, REASON = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> Sequence[str]:
        return [self.tr("Line"), self.tr("What happens"), self.tr("Name"), self.tr("Why")]

    def action_label(self, action) -> str:
        from checkin.importer import Action  # loaded with the import dialog, not at launch

        return {
            Action.TAKEN: self.tr("new"),
            Action.UPDATED: self.tr("updated"),
            Action.UNCHANGED: self.tr("unchanged"),
            Action.SKIPPED: self.tr("skipped"),
            Action.REFUSED: self.tr("refused"),
        }.get(action, action.value)

    def reason_label(self, reason) -> str:
        from checkin.importer import Reason

        return {
            Reason.BLANK: self.tr("blank line"),
            Reason.HEADING: self.tr("title row merged across columns"),
            Reason.MISSING_NAME: self.tr("missing name"),
            Reason.MALFORMED_EMAIL: self.tr("malformed e-mail"),
            Reason.SHORT_LINE: self.tr("short line"),
            Reason.LONG_LINE: self.tr("more cells than columns"),
            Reason.DUPLICATE_ID: self.tr("duplicate registration number"),
            Reason.DUPLICATE_PERSON: self.tr("same person twice"),
            Reason.MERGED_CELLS: self.tr("cells merged across columns"),
            Reason.UNKNOWN_CATEGORY: self.tr("unknown category"),
            Reason.UNKNOWN_STATUS: self.tr("unknown status"),
            Reason.UNKNOWN_LANGUAGE: self.tr("unknown language"),
            Reason.UNKNOWN_WORKSHOP: self.tr("unknown workshop"),
            Reason.TOO_LONG: self.tr("cell too long"),
        }.get(reason, reason.value)

    def cell(self, line: ImportLine, column: int, role):
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
                return f"{reason} ({line.detail})" if reason and line.detail else reason
        if role == Qt.ItemDataRole.ForegroundRole and line.action.value == "refused":
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
