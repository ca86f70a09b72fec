"""CSV and XLSX writers for the organisers' tables, and the exports built from them.

CSV is UTF-8 with a byte-order mark (``utf-8-sig``), so Excel opens accents right, and ``;``
between fields by default: French Excel splits on ``;`` (the comma is its decimal mark);
pass ``delimiter=","`` for English Excel, LibreOffice or scripts. With ``;`` decimals are
written with a comma too, as French Excel expects. XLSX is written by :mod:`.xlsx` (a small
writer twenty times faster than openpyxl's), dates as real date-time cells.

Every file is written atomically (:mod:`checkin.atomic`).
"""

from __future__ import annotations

import csv
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from checkin.atomic import atomic_write
from checkin.model import Session
from checkin.reports import tables, xlsx_writer
from checkin.reports.data import Attendance
from checkin.reports.errors import ExportError
from checkin.reports.tables import Table

DELIMITERS = (";", ",")
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


class ExportFormat(enum.Enum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def for_path(cls, path: Path | str) -> ExportFormat:
        suffix = Path(path).suffix.lower().lstrip(".")
        try:
            return cls(suffix)
        except ValueError:
            raise ExportError(
                f"{Path(path).name}: the file name must end in .csv or .xlsx."
            ) from None


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its tables stacked, each under its title (a summary), or one table."""

    title: str
    tables: tuple[Table, ...]
    titled: bool = False  # write each table's title above it


# --- CSV --------------------------------------------------------------------------------------


def csv_value(value, delimiter: str = ";") -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ", "seconds")  # DATE_FORMAT, several times faster
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if delimiter == ";" else text
    return str(value)


# What a spreadsheet may take for the start of a formula (OWASP, "CSV injection"): = + - @,
# a tab or a carriage return (and a line feed), and the full-width forms Excel also reads so.
_RISKY = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
# Spaces a spreadsheet skips before it looks for a formula.
_BLANKS = " \u00a0\u2007\u202f\u3000"


def guard(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula ("CSV injection"): a text whose
    first character, after any leading spaces, is one of ``_RISKY`` gets a leading apostrophe.

    Every text cell of every CSV export goes through here, with no exception for what looks
    harmless: ``-2+3+cmd|' /C calc'!A0`` starts like a number too. So a phone number written
    "+257 79 …" comes out as "'+257 79 …"; the XLSX exports, whose cells are typed text,
    keep it as it is.
    """
    if text and (text[0] in _RISKY or text.lstrip(_BLANKS)[:1] in _RISKY):
        return "'" + text
    return text


def write_csv(table: Table, path: Path | str, delimiter: str = ";") -> Path:
    if delimiter not in DELIMITERS:
        raise ExportError("The CSV separator must be ';' or ','.")
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([guard(str(h)) for h in table.headers])
        writer.writerows(
            [guard(v) if type(v) is str else csv_value(v, delimiter) for v in row]
            for row in table.rows
        )
    return Path(path)


# --- XLSX -------------------------------------------------------------------------------------

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_names(titles: Sequence[str]) -> list[str]:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique (case-insensitive)."""
    names: list[str] = []
    taken: set[str] = set()
    for title in titles:
        base = _BAD_SHEET_CHARS.sub("-", title).strip("' ") or "Sheet"
        name = base[:31]
        n = 2
        while name.casefold() in taken:
            suffix = f" ({n})"
            name = base[: 31 - len(suffix)] + suffix
            n += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def write_xlsx(sheets: Sequence[Sheet | Table], path: Path | str) -> Path:
    """One worksheet per sheet (or table), the header in bold and kept in view."""
    whole = [s if isinstance(s, Sheet) else Sheet(s.title, (s,)) for s in sheets]
    data = []
    for sheet, name in zip(whole, sheet_names([s.title for s in whole]), strict=True):
        blocks = [
            xlsx_writer.Block(table.rows, table.headers, table.title if sheet.titled else "")
            for table in sheet.tables
        ]
        freeze = (2 if sheet.titled else 1) if len(sheet.tables) == 1 else 0
        data.append(xlsx_writer.SheetData(name, blocks, freeze))
    if not data:
        data.append(xlsx_writer.SheetData("Vide - Empty", []))
    return xlsx_writer.write_workbook(data, path)


# --- the exports ------------------------------------------------------------------------------


def summary_sheet(data: Attendance) -> Sheet:
    return Sheet("Résumé - Summary", tuple(tables.summary_tables(data)), titled=True)


def session_sheet(data: Attendance, session: Session) -> Sheet:
    """A session's sheet is named after the session (cut to Excel's 31 characters); its
    first line gives the full name, the start and the room."""
    return Sheet(session.name_fr, (tables.session_sheet(data, session),), titled=True)


def export_attendance(
    data: Attendance, path: Path | str, *, session: Session | None = None, delimiter: str = ";"
) -> Path:
    """CSV: one row per person present per session (one session or all). XLSX: a summary
    sheet, one sheet per session, then the matrix."""
    if ExportFormat.for_path(path) is ExportFormat.CSV:
        return write_csv(tables.attendance_table(data, session), path, delimiter)
    return write_xlsx(attendance_sheets(data, session), path)


def attendance_sheets(
    data: Attendance, session: Session | None = None, matrix: Table | None = None
) -> list[Sheet | Table]:
    chosen = [session] if session is not None else list(data.sessions)
    sheets: list[Sheet | Table] = [summary_sheet(data)]
    sheets += [session_sheet(data, s) for s in chosen]
    sheets.append(matrix if matrix is not None else tables.matrix_table(data))
    return sheets


def export_table(table: Table, path: Path | str, delimiter: str = ";") -> Path:
    """One table, as CSV or as a one-sheet workbook, as the file name says."""
    if ExportFormat.for_path(path) is ExportFormat.CSV:
        return write_csv(table, path, delimiter)
    return write_xlsx([table], path)


def export_matrix(data: Attendance, path: Path | str, *, delimiter: str = ";") -> Path:
    return export_table(tables.matrix_table(data), path, delimiter)


def export_noshows(
    data: Attendance, path: Path | str, *, session: Session | None = None, delimiter: str = ";"
) -> Path:
    return export_table(tables.noshow_table(data, session), path, delimiter)


def export_log(data: Attendance, store, path: Path | str, *, delimiter: str = ";") -> Path:
    return export_table(tables.log_table(data, store), path, delimiter)


def export_doubles(
    data: Attendance, store, path: Path | str, *, session: Session | None = None,
    delimiter: str = ";",
) -> Path:
    """Double entries (one person admitted twice to a session without re-entry)."""
    return export_table(tables.doubles_table(data, store, session), path, delimiter)


def export_workbook(data: Attendance, store, path: Path | str) -> Path:
    """Everything in one workbook: summary, one sheet per session, matrix, no-shows, log,
    double entries."""
    sheets: list[Sheet | Table] = [summary_sheet(data)]
    sheets += [session_sheet(data, s) for s in data.sessions]
    sheets += [tables.matrix_table(data), tables.noshow_table(data), tables.log_table(data, store),
               tables.doubles_table(data, store)]
    return write_xlsx(sheets, path)
