"""CSV and XLSX writers for the organisers' tables, and the exports built from them.

CSV is UTF-8 with a byte-order mark (``utf-8-sig``), so Excel opens accents right, and ``;``
between fields by default: French Excel splits on ``;`` (the comma is its decimal mark);
pass ``delimiter=","`` for English Excel, LibreOffice or scripts. With ``;`` decimals are
written with a comma too, as French Excel expects. XLSX is written with openpyxl's
write-only mode (fast, little memory), dates as real date-time cells.

Every file is written atomically (:mod:`checkin.atomic`).
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from checkin.atomic import atomic_write, write_bytes
from checkin.model import Session
from checkin.reports import tables
from checkin.reports.data import Attendance
from checkin.reports.tables import Table

DELIMITERS = (";", ",")
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
XLSX_DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"


class ExportError(ValueError):
    """An export asked for in a way that cannot work (a file type we do not write…)."""


class ExportFormat(enum.Enum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def for_path(cls, path: Path | str) -> "ExportFormat":
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
        return value.strftime(DATE_FORMAT)
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if delimiter == ";" else text
    return str(value)


def write_csv(table: Table, path: Path | str, delimiter: str = ";") -> Path:
    if delimiter not in DELIMITERS:
        raise ExportError("The CSV separator must be ';' or ','.")
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(table.headers)
        writer.writerows([csv_value(v, delimiter) for v in row] for row in table.rows)
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
    sheets = [s if isinstance(s, Sheet) else Sheet(s.title, (s,)) for s in sheets]
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet, name in zip(sheets, sheet_names([s.title for s in sheets]), strict=True):
        ws = book.create_sheet(name)
        _widths(ws, sheet.tables)
        if len(sheet.tables) == 1:
            ws.freeze_panes = "A3" if sheet.titled else "A2"
        for index, table in enumerate(sheet.tables):
            if index:
                ws.append([])
            if sheet.titled:
                ws.append([_cell(ws, table.title, bold)])
            if any(table.headers):
                ws.append([_cell(ws, h, bold) for h in table.headers])
            for row in table.rows:
                ws.append([_date_cell(ws, v) if isinstance(v, datetime) else v for v in row])
    if not sheets:
        book.create_sheet("Vide - Empty")
    # Zip into memory first (a few MB at most): the only write that can meet a full disk is
    # then the atomic one, and openpyxl is never left with half-closed row writers.
    buffer = io.BytesIO()
    book.save(buffer)
    return write_bytes(path, buffer.getbuffer())


def _cell(ws, value, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    return cell


def _date_cell(ws, value: datetime) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = XLSX_DATE_FORMAT
    return cell


def _widths(ws, sheet_tables: Sequence[Table]) -> None:
    """Column widths from the headers and the first rows: readable without a double-click."""
    widths: dict[int, int] = {}
    for table in sheet_tables:
        for rows in ((table.headers,), table.rows[:200]):
            for row in rows:
                for i, value in enumerate(row):
                    text = csv_value(value)
                    widths[i] = max(widths.get(i, 0), min(len(text), 50))
    for i, width in widths.items():
        ws.column_dimensions[get_column_letter(i + 1)].width = max(6, width + 2)


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
    chosen = [session] if session is not None else list(data.sessions)
    sheets: list[Sheet | Table] = [summary_sheet(data)]
    sheets += [session_sheet(data, s) for s in chosen]
    sheets.append(tables.matrix_table(data))
    return write_xlsx(sheets, path)


def export_matrix(data: Attendance, path: Path | str, *, delimiter: str = ";") -> Path:
    table = tables.matrix_table(data)
    if ExportFormat.for_path(path) is ExportFormat.CSV:
        return write_csv(table, path, delimiter)
    return write_xlsx([table], path)


def export_noshows(
    data: Attendance, path: Path | str, *, session: Session | None = None, delimiter: str = ";"
) -> Path:
    table = tables.noshow_table(data, session)
    if ExportFormat.for_path(path) is ExportFormat.CSV:
        return write_csv(table, path, delimiter)
    return write_xlsx([table], path)


def export_log(data: Attendance, store, path: Path | str, *, delimiter: str = ";") -> Path:
    table = tables.log_table(data, store)
    if ExportFormat.for_path(path) is ExportFormat.CSV:
        return write_csv(table, path, delimiter)
    return write_xlsx([table], path)


def export_workbook(data: Attendance, store, path: Path | str) -> Path:
    """Everything in one workbook: summary, one sheet per session, matrix, no-shows, log."""
    sheets: list[Sheet | Table] = [summary_sheet(data)]
    sheets += [session_sheet(data, s) for s in data.sessions]
    sheets += [tables.matrix_table(data), tables.noshow_table(data), tables.log_table(data, store)]
    return write_xlsx(sheets, path)
