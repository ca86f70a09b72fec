"""Reading the spreadsheets registration forms export: CSV in any of the usual dialects, XLSX.

This module only turns a file into rows of text with their line numbers; deciding which row
is the header and what each row means is :mod:`checkin.importer`'s job. CSV files come as
French Excel exports (``;``, Windows-1252), UTF-8 with or without a BOM, sometimes UTF-16
("Unicode text", tab-separated); the separator is not guessed here but offered as
candidates, because the header row is what tells the right one apart.

XLSX is read with openpyxl in read-only mode (three times faster than the full model on a
5,000-row list); merged cells, which that mode hides, are read from the sheet's XML. A cell
merged down several rows (one organisation for a whole delegation) is copied into each of
them; a cell merged across columns is flagged, since nobody can tell which column it means.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

SEPARATORS = (";", ",", "\t")
MAX_CELL = 100_000  # longer fields are garbage; the csv module's own limit is 131,072
_TRAILING_BLANK_ROWS = 500  # a formatted but empty sheet can claim a million rows


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


def normalise(value: object) -> str:
    """A cell as text: trimmed, non-breaking spaces made plain, integral numbers without
    ".0" (Excel stores phone numbers as floats), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    text = str(value).replace("\u00a0", " ").replace("\u202f", " ")
    return text.strip()


def is_xlsx(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def read(path: str | Path, *, sheet: str | None = None) -> list[Table]:
    """The file as tables: one per plausible separator for CSV, one per sheet for XLSX (the
    named sheet only when ``sheet`` is given, the active one first otherwise)."""
    path = Path(path)
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet=sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetError(
            f"{path.name} is an old Excel .xls file: save it as .xlsx or CSV and import that."
        )
    if sheet:
        raise SpreadsheetError(f"{path.name} is a CSV file: it has no sheets to choose from.")
    return read_csv(path.read_bytes(), name=path.name)


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

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')
_CELL = re.compile(rb"([A-Z]+)([0-9]+)")


def _column_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (char - 64)
    return index - 1


def _merged_ranges(workbook, worksheet) -> list[tuple[int, int, int, int]]:
    """(first row, last row, first column, last column), rows 1-based, columns 0-based."""
    path = getattr(worksheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if not path or archive is None:
        return []
    with archive.open(path) as handle:
        xml = handle.read()
    ranges = []
    for start, end in _MERGE.findall(xml):
        (c1, r1), (c2, r2) = _CELL.match(start).groups(), _CELL.match(end).groups()
        ranges.append((int(r1), int(r2), _column_index(c1), _column_index(c2)))
    return ranges


def read_xlsx(path: Path, *, sheet: str | None = None) -> list[Table]:
    import openpyxl  # only when an XLSX file comes

    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # A file object, not the path: openpyxl would refuse an XLSX named .csv or .txt.
        workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True,
                                          data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError(f"{path.name} is not a readable XLSX file ({error}).") from error
    try:
        names = workbook.sheetnames
        if sheet is not None:
            if sheet not in names:
                listed = ", ".join(repr(n) for n in names)
                raise SpreadsheetError(f"{path.name} has no sheet {sheet!r}; its sheets: {listed}.")
            order = [sheet]
        else:
            active = workbook.active.title if workbook.active is not None else names[0]
            order = [active] + [n for n in names if n != active]
        return [_read_sheet(workbook, workbook[n]) for n in order]
    finally:
        workbook.close()


def _read_sheet(workbook, worksheet) -> Table:
    worksheet.reset_dimensions()  # some writers store a wrong size; read what is there
    values: list[list[str]] = []
    blank_run = 0
    for raw in worksheet.iter_rows(values_only=True):
        cells = [normalise(v) for v in raw]
        while cells and not cells[-1]:
            cells.pop()
        values.append(cells)
        blank_run = 0 if cells else blank_run + 1
        if blank_run > _TRAILING_BLANK_ROWS:
            break
    while values and not values[-1]:
        values.pop()

    across: dict[int, set[int]] = {}
    for r1, r2, c1, c2 in _merged_ranges(workbook, worksheet):
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
    return Table(rows, "xlsx", sheet=worksheet.title)


def iter_nonblank(rows: tuple[Row, ...]) -> Iterator[Row]:
    return (r for r in rows if any(r.cells))
