"""The dashboard's "Double entries" section: people admitted more than once to a session that
does not allow re-entry — two doors that admitted the same badge while both were offline,
seen once their check-ins met (see :mod:`checkin.reports.doubles`).

When there are none the section is one short line beside the stations' caption; when there
are some, a small table (person, session, doors and local times, minutes between) takes the
right half of the stations' row. The records come with the dashboard's figures, so the
section is refreshed with the rest of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from checkin.model import Language
from checkin.reports.doubles import DoubleEntry
from checkin.ui.table_models import SortRole, _RecordModel


class DoubleEntriesModel(_RecordModel):
    PERSON, SESSION, ENTRIES, MINUTES = range(4)
    COLUMN_COUNT = 4

    def __init__(self, tz: ZoneInfo | None = None, parent=None):
        super().__init__(parent)
        self.tz = tz
        self.language = Language.FR

    def headers(self) -> Sequence[str]:
        return [self.tr("Person"), self.tr("Session"), self.tr("Doors and times"),
                self.tr("Minutes")]

    def _local(self, moment):
        return moment.astimezone(self.tz) if self.tz else moment

    def entries_text(self, d: DoubleEntry) -> str:
        """ "Door B 09:31, Door A 09:40": each entry's door and local time, oldest first."""
        return ", ".join(
            f"{c.station_name or c.station_id[:8]} {self._local(c.at).strftime('%H:%M')}"
            for c in d.checkins
        )

    def cell(self, d: DoubleEntry, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PERSON:
                return d.attendee.full_name if d.attendee else d.attendee_id
            if column == self.SESSION:
                return d.session.name(self.language) if d.session else d.session_id
            if column == self.ENTRIES:
                return self.entries_text(d)
            if column == self.MINUTES:
                return str(round(d.spread.total_seconds() / 60))
        if role == Qt.ItemDataRole.ToolTipRole:
            # the columns share half a row and elide: the whole story is in the tooltip
            entries = "\n".join(
                f"{self._local(c.at).strftime('%d/%m %H:%M:%S')} — "
                f"{c.station_name or c.station_id}" for c in d.checkins
            )
            who = self.cell(d, self.PERSON, Qt.ItemDataRole.DisplayRole)
            where = self.cell(d, self.SESSION, Qt.ItemDataRole.DisplayRole)
            return f"{who}\n{where}\n{entries}"
        if role == SortRole and column == self.MINUTES:
            return d.spread.total_seconds()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def fit_columns(view) -> None:
    """Person, session and doors share the width (elided, the tooltip has it all); the
    minutes take what they need."""
    header = view.horizontalHeader()
    for column in (DoubleEntriesModel.PERSON, DoubleEntriesModel.SESSION,
                   DoubleEntriesModel.ENTRIES):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(DoubleEntriesModel.MINUTES,
                                QHeaderView.ResizeMode.ResizeToContents)
