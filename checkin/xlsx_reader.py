"""The values of an XLSX workbook, read with openpyxl, in the shape the importer needs.

openpyxl is opened in its normal (not read-only) mode because only that mode knows the merged
ranges, which the importer needs to find a header under merged title rows and to copy a cell
merged down a delegation's rows. For a 5,000-row list that is about a second of CPU, inside
the import's budget (see bench/bench_import.py). Formulas come back as their cached results.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass
from datetime import datetime, time

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException


class XlsxError(Exception):
    """Not a workbook we can read; the message says why."""


@dataclass(frozen=True)
class SheetData:
    name: str
    rows: dict[int, dict[int, object]]  # row number (1-based) → column (0-based) → value
    merged: tuple[tuple[int, int, int, int], ...]  # (row1, row2, col1, col2)


class Workbook:
    """The sheets of an XLSX file, in the workbook's order, and the active one."""

    def __init__(self, book: openpyxl.Workbook):
        self._book = book
        self.names: list[str] = list(book.sheetnames)
        active = book.active
        self.active = self.names.index(active.title) if active is not None else 0

    def sheet(self, name: str) -> SheetData:
        ws = self._book[name]
        rows: dict[int, dict[int, object]] = {}
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = {c: _value(v) for c, v in enumerate(row) if v is not None and v != ""}
            if cells:
                rows[r] = cells
        merged = tuple(
            (m.min_row, m.max_row, m.min_col - 1, m.max_col - 1) for m in ws.merged_cells.ranges
        )
        return SheetData(name, rows, merged)


def _value(value: object) -> object:
    """Dates typed as dates come back as dates, not midnight datetimes."""
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def open_workbook(data: bytes | str) -> Workbook:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; values are all we read.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(source, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise XlsxError(f"not an XLSX workbook ({error})") from error
    except Exception as error:  # damaged XML inside the archive
        raise XlsxError(f"the workbook is damaged ({type(error).__name__}: {error})") from error
    return Workbook(book)
