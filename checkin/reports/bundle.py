"""Every export at once, into one folder: what ``checkin export all`` writes.

Data exports (the workbook and the CSV files) come first; the PDFs (funders' sheets per
session and per day, the summary) follow unless left out. Each file is written atomically, so
a failure part-way leaves complete files and no half-written one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from checkin.atomic import ensure_folder
from checkin.filenames import ascii_name
from checkin.model import utcnow
from checkin.reports import exports, sheet, summary, tables
from checkin.reports.catalogue import REPORTS
from checkin.reports.data import Attendance
from checkin.store import Store


@dataclass(frozen=True)
class Bundle:
    folder: Path
    files: tuple[Path, ...]


def export_data(data: Attendance, store: Store, folder: Path, delimiter: str = ";") -> list[Path]:
    """The attendance workbook (summary, one sheet per session, matrix) and the CSV files
    (attendance, matrix, no-shows, check-in log, double entries, and the interpretation
    receivers not returned when there are receivers). The matrix is built once for both."""
    matrix = tables.matrix_table(data)
    name = {r.key: r.file_name for r in REPORTS}  # the names of the catalogue
    return [
        exports.write_xlsx(exports.attendance_sheets(data, matrix=matrix),
                           folder / Path(name["attendance"]).with_suffix(".xlsx")),
        exports.write_csv(tables.attendance_table(data), folder / name["attendance"], delimiter),
        exports.write_csv(matrix, folder / name["matrix"], delimiter),
        exports.write_csv(tables.noshow_table(data), folder / name["noshows"], delimiter),
        exports.write_csv(tables.log_table(data, store), folder / name["log"], delimiter),
        exports.write_csv(tables.doubles_table(data, store), folder / name["doubles"],
                          delimiter),
        *_receivers_out(store, folder / name["receivers-out"], delimiter),
    ]


def _receivers_out(store: Store, path: Path, delimiter: str) -> list[Path]:
    """The interpretation receivers not returned, when the event lends any."""
    from checkin.reports import receivers

    if not store.receivers():
        return []
    return [receivers.write_out(store, path, delimiter=delimiter)]


def export_pdfs(data: Attendance, folder: Path, *, generated: datetime | None = None,
                options: sheet.SheetOptions | None = None) -> list[Path]:
    """The funders' sheets (per session, per day) and the summary."""
    files = []
    for session in data.sessions:
        name = f"attendance-sheet-{ascii_name(session.id)}.pdf"
        files.append(sheet.session_sheet_pdf(data, session, folder / name, options))
    for day in data.days():
        files.append(sheet.day_sheet_pdf(data, day, folder / f"attendance-sheet-{day}.pdf",
                                         options))
    files.append(summary.write_summary_pdf(data, folder / "summary.pdf", generated=generated))
    return files


def export_all(
    data: Attendance, store: Store, folder: Path | str, *, delimiter: str = ";", pdf: bool = True,
    options: sheet.SheetOptions | None = None,
) -> Bundle:
    """Everything into ``folder``; the funders' sheets with ``options``, by default the
    station's settings (logo, signatory, where online attendance goes)."""
    folder = Path(folder)
    ensure_folder(folder)
    files = export_data(data, store, folder, delimiter)
    if pdf:
        generated = utcnow()
        options = options or sheet.SheetOptions.from_store(store, produced_at=generated)
        files += export_pdfs(data, folder, generated=generated, options=options)
    return Bundle(folder, tuple(files))
