"""The catalogue of data reports: each one's key, file name and writer, in one place.

``checkin export KEY -o FILE`` is made from it, ``checkin export all`` writes each under its
file name, and the dashboard's export buttons are its entries in the formats they offer. The
printable sheets (the funders' sheet, the summary) take other arguments and stay commands of
their own (:mod:`checkin.reports.sheet`, :mod:`checkin.reports.summary`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.reports.errors import ExportError

if TYPE_CHECKING:  # the writers are imported when a report is written, not by the commands
    from checkin.model import Session
    from checkin.reports.data import Attendance
    from checkin.store import Store

#: write(data, store, path, session, delimiter) -> the path written
Writer = Callable[["Attendance", "Store", Path, "Session | None", str], Path]


@dataclass(frozen=True)
class Report:
    key: str  # the command's name and the start of the dashboard's action keys
    file_name: str  # its file in `checkin export all` (the CSV's; the workbook is not there)
    help: str  # one line for `checkin export --help`
    write: Writer
    per_session: bool = False  # takes --session (default: every session)
    description: str = ""  # more, for `checkin export KEY --help`
    formats: tuple[str, ...] = ("csv", "xlsx")  # what the file name may end in
    offered: tuple[str, ...] = ()  # the formats the dashboard offers a button for
    word: str = ""  # what it holds, first in its default file name (checkin.reports.names)


def _attendance(data, store, path, session, delimiter):
    from checkin.reports import exports

    return exports.export_attendance(data, path, session=session, delimiter=delimiter)


def _matrix(data, store, path, session, delimiter):
    from checkin.reports import exports

    return exports.export_matrix(data, path, delimiter=delimiter)


def _noshows(data, store, path, session, delimiter):
    from checkin.reports import exports

    return exports.export_noshows(data, path, session=session, delimiter=delimiter)


def _log(data, store, path, session, delimiter):
    from checkin.reports import exports

    return exports.export_log(data, store, path, delimiter=delimiter)


def _doubles(data, store, path, session, delimiter):
    from checkin.reports import exports

    return exports.export_doubles(data, store, path, session=session, delimiter=delimiter)


def _receivers_out(data, store, path, session, delimiter):
    from checkin.reports import receivers

    return receivers.write_out(store, path, delimiter=delimiter, now=data.as_of)


def _workbook(data, store, path, session, delimiter):
    from checkin.reports import exports

    return exports.export_workbook(data, store, path)


REPORTS: tuple[Report, ...] = (
    Report("attendance", "attendance.csv", "people present per session (.csv or .xlsx)",
           _attendance, per_session=True, offered=("csv",),
           word="presences"),
    Report("matrix", "matrix.csv", "attendee × session matrix (.csv or .xlsx)", _matrix,
           word="matrice"),
    Report("noshows", "no-shows.csv", "people expected who did not come (.csv or .xlsx)",
           _noshows, per_session=True, offered=("csv",),
           word="absents"),
    Report("log", "checkin-log.csv", "every check-in, with undos and overrides (.csv or .xlsx)",
           _log,
           word="journal"),
    Report("doubles", "doubles.csv",
           "people admitted twice to a session without re-entry (.csv or .xlsx)", _doubles,
           per_session=True, offered=("csv",),
           description="Double entries: the same person admitted more than once to a session "
           "that does not allow re-entry, typically at two doors while both were offline. Both "
           "check-ins are kept; this list is for someone to look into.",
           word="doubles-entrees"),
    Report("receivers-out", "receivers-out.csv",
           "interpretation receivers not returned, with the phone to call (.csv, .xlsx or .pdf)",
           _receivers_out, formats=("csv", "xlsx", "pdf"), offered=("csv", "pdf"),
           description="The receivers still out, with who holds each, their phone and e-mail, "
           "when and where it was lent: the end of the day's list.",
           word="recepteurs-non-rendus"),
    Report("workbook", "workbook.xlsx", "one .xlsx with every table", _workbook,
           formats=("xlsx",), offered=("xlsx",),
           word="presences-complet"),
)


def report(key: str) -> Report:
    return next(r for r in REPORTS if r.key == key)


def write(key: str, data: Attendance, store: Store, path: Path | str, *,
          session: Session | None = None, delimiter: str = ";") -> Path:
    """Write one report of the catalogue; its format is the file name's."""
    entry = report(key)
    path = Path(path)
    if path.suffix.lower().lstrip(".") not in entry.formats:
        raise ExportError(
            f"{path.name}: the file name must end in "
            + " or ".join(f".{f}" for f in entry.formats) + ".")
    return entry.write(data, store, path, session, delimiter)
