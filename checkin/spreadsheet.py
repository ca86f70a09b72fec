"""Reading the spreadsheets registration forms export: CSV in any of the usual dialects, XLSX.

This module only turns a file into rows of text with their line numbers; deciding which row
is the header and what each row means is :mod:`checkin.importer`'s job. CSV files come as
French Excel exports (``;``, Windows-1252), UTF-8 with or without a BOM, sometimes UTF-16
("Unicode text", tab-separated); the separator is not guessed here but offered as
candidates, because the header row is what tells the right one apart.

XLSX is read by :mod:`checkin.xlsx_reader` (values and merged ranges, streamed). A cell merged down
several rows (one organisation for a whole delegation) is copied into each of them; a cell
merged across columns is flagged, since nobody can tell which column it means.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.inputs import MB, read_bytes

if TYPE_CHECKING:
    from checkin.xlsx_reader import SheetData

SEPARATORS = (";", ",", "\t")


MAX_BYTES = 200 * MB  # a list of 100,000 people with long notes is under 50 MB


class SpreadsheetError(Exception):
    """The file cannot be read as a spreadsheet; the message says why, in one sentence."""


@dataclass(frozen=True)
class Row:
    line: int  # as a person sees it: the row number in Excel, the line in a text editor
    cells: tuple[str, ...]
    merged_across: frozenset[int] = frozenset()  # columns covered by a horizontal merge


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""  # CSV only
    separator: str = ""  # CSV only
    sheet: str = ""  # XLSX only


# The apostrophe a CSV export puts before a cell a spreadsheet would run as a formula
# (checkin.reports.exports.guard; Excel's own text marker): read back, it goes again.
_GUARDED = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
_BLANKS = " \u00a0\u2007\u202f\u3000\t"


def normalise(value: object) -> str:
    """A cell as text: trimmed, non-breaking spaces made plain, integral numbers without
    ".0" (Excel stores phone numbers as floats), dates as ISO, and the apostrophe an export
    put before "+257 79…" or "=…" taken off again."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    text = str(value)
    if text[:1] == "'" and text[1:].lstrip(_BLANKS)[:1] in _GUARDED:
        text = text[1:]
    return text.replace("\u00a0", " ").replace("\u202f", " ").strip()


def read(path: str | Path, *, sheet: str | None = None) -> list[Table]:
    """The file as tables: one per plausible separator for CSV, one per sheet for XLSX (the
    named sheet only when ``sheet`` is given, the active one first otherwise)."""
    path = Path(path)
    data = read_bytes(path, limit=MAX_BYTES, what="a spreadsheet", error=SpreadsheetError)
    head = data[:8]
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet=sheet, data=data)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetError(
            f"{path.name} is an old Excel .xls file: save it as .xlsx or CSV and import that."
        )
    if sheet:
        raise SpreadsheetError(f"{path.name} is a CSV file: it has no sheets to choose from.")
    return read_csv(data, name=path.name)


# --- CSV ------------------------------------------------------------------------------------

def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text and the encoding it was in: a BOM decides; else UTF-8 if it decodes
    strictly (a Windows-1252 file with accents almost never does); else Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise SpreadsheetError(f"{name} is damaged: it is not valid {encoding}.") from error
    if b"\x00" in data:
        raise SpreadsheetError(f"{name} is not a text spreadsheet (it holds binary data).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a file with them is not text anyway.
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_csv(data: bytes, *, name: str = "the file") -> list[Table]:
    text, encoding = decode(data, name)
    present = [s for s in SEPARATORS if s in text] or [";"]
    return [_parse_csv(text, s, encoding, name) for s in present]


def _parse_csv(text: str, separator: str, encoding: str, name: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            rows.append(Row(start, tuple(normalise(c) for c in cells)))
            start = reader.line_num + 1
    except csv.Error as error:
        raise SpreadsheetError(
            f"{name} cannot be read near line {reader.line_num}: {error}."
        ) from error
    return Table(tuple(rows), "csv", encoding=encoding, separator=separator)


# --- XLSX -----------------------------------------------------------------------------------

def read_xlsx(path: Path, *, sheet: str | None = None, data: bytes | None = None) -> list[Table]:
    # openpyxl (~0.2 s to import) only when a workbook is read: the window imports this module
    # at launch (receivers, attendee import), before any sheet is opened.
    from checkin.xlsx_reader import XlsxError, open_workbook

    try:
        workbook = open_workbook(path.read_bytes() if data is None else data)
        names = workbook.names
        if sheet is not None:
            if sheet not in names:
                listed = ", ".join(repr(n) for n in names)
                raise SpreadsheetError(f"{path.name} has no sheet {sheet!r}; its sheets: {listed}.")
            order = [sheet]
        else:
            active = names[workbook.active]
            order = [active] + [n for n in names if n != active]
        return [_table(workbook.sheet(n)) for n in order]
    except XlsxError as error:
        raise SpreadsheetError(f"{path.name} is not a readable XLSX file ({error}).") from error


def _table(data: SheetData) -> Table:
    # Rows with no value are not counted at the end: a formatted sheet can claim a million.
    last = max((number for number, cells in data.rows.items() if cells), default=0)
    values: list[list[str]] = []
    for number in range(1, last + 1):
        cells = data.rows.get(number, {})
        row = [""] * (max(cells) + 1 if cells else 0)
        for column, value in cells.items():
            row[column] = normalise(value)
        while row and not row[-1]:
            row.pop()
        values.append(row)
    while values and not values[-1]:
        values.pop()

    across: dict[int, set[int]] = {}
    for r1, r2, c1, c2 in data.merged:
        if c2 > c1:
            for r in range(r1, min(r2, len(values)) + 1):
                across.setdefault(r, set()).update(range(c1, c2 + 1))
        elif r2 > r1 and r1 <= len(values):
            top = values[r1 - 1][c1] if c1 < len(values[r1 - 1]) else ""
            for r in range(r1 + 1, min(r2, len(values)) + 1):
                row = values[r - 1]
                row.extend([""] * (c1 + 1 - len(row)))
                row[c1] = top
    rows = tuple(
        Row(number, tuple(cells), frozenset(across.get(number, ())))
        for number, cells in enumerate(values, start=1)
    )
    return Table(rows, "xlsx", sheet=data.name)
