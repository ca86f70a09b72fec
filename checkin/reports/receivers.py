"""The end of the day's list of interpretation receivers not returned: who holds each, and the
phone number to call, as CSV, XLSX or a printable PDF (:mod:`checkin.receivers` reads it).

Registered in :mod:`checkin.reports.catalogue` as ``receivers-out``, so ``checkin export
receivers-out -o FILE``, ``checkin receivers out --export FILE`` and the dashboard's export
buttons write the same file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin import receivers
from checkin.model import utcnow
from checkin.pdf import FAMILY, Document
from checkin.reports import exports
from checkin.reports.errors import ExportError
from checkin.reports.tables import Table
from checkin.store import Store

TITLE_FR = "Récepteurs d'interprétation non rendus"
TITLE_EN = "Interpretation receivers not returned"
HEADERS = (
    "Récepteur / Receiver",
    "Canal / Channel",
    "Nom / Name",
    "Organisation",
    "Téléphone / Phone",
    "Courriel / E-mail",
    "Prêté à / Lent at",
    "Poste / Station",
)


def _zone(store: Store) -> ZoneInfo:
    event = store.event()
    return event.tz if event is not None else ZoneInfo("UTC")


def out_table(store: Store) -> Table:
    """One row per receiver out, in number order; times on the venue's wall clock."""
    tz = _zone(store)
    rows = tuple(
        (r.receiver, r.channel, r.name, r.organisation, r.phone, r.email,
         r.lent_at.astimezone(tz).replace(tzinfo=None), r.station)
        for r in receivers.not_returned(store))
    return Table("Récepteurs - Receivers", HEADERS, rows)


def write_out(store: Store, path: Path | str, *, delimiter: str = ";",
              now: datetime | None = None) -> Path:
    """The list as the file name says: .csv, .xlsx or .pdf."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_out_pdf(store, path, now=now)
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"{path.name}: the file name must end in .csv, .xlsx or .pdf.")
    return exports.export_table(out_table(store), path, delimiter)


def write_out_pdf(store: Store, path: Path | str, *, now: datetime | None = None) -> Path:
    """A4 landscape: the title, the moment, how many are out of how many, then the table."""
    tz = _zone(store)
    moment = (now or utcnow()).astimezone(tz)
    table = out_table(store)
    counts = receivers.tally(store)
    doc = Document("landscape", "A4", footer_text="Page {page} / {pages}", title=TITLE_EN)
    doc.set_margins(12, 12, 12)
    doc.set_auto_page_break(True, 16)
    doc.add_page()
    event = store.event()
    if event is not None:
        doc.event_title(event, 13, 6, 10, 5)
        doc.ln(2)
    doc.set_font(FAMILY, "B", 15)
    doc.cell(0, 8, f"{TITLE_FR} · {TITLE_EN}", new_x="LMARGIN", new_y="NEXT")
    doc.set_font(FAMILY, "", 10)
    doc.cell(0, 6, f"{moment:%d/%m/%Y %H:%M} — {counts.out} / {counts.receivers} "
             "non rendus · not returned", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    if not table.rows:
        doc.set_font(FAMILY, "", 12)
        doc.cell(0, 10, "Tous les récepteurs sont rendus · Every receiver is back.",
                 new_x="LMARGIN", new_y="NEXT")
        return doc.save(path)
    doc.set_font(FAMILY, "", 9)
    widths = (22, 20, 52, 50, 34, 50, 24, 21)
    with doc.table(col_widths=widths, text_align="LEFT", line_height=5.5,
                   first_row_as_headings=True) as grid:
        header = grid.row()
        for text in HEADERS:
            header.cell(text)
        for values in table.rows:
            row = grid.row()
            for value in values:
                row.cell(f"{value:%d/%m %H:%M}" if isinstance(value, datetime)
                         else str(value or ""))
    return doc.save(path)
