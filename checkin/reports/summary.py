"""The summary report: counts per session, category and country, and the arrivals over time
as a chart image drawn with Pillow (no plotting library to bundle), embedded in a PDF.

Arrivals are people's first entries to sessions, counted in 15-minute steps on the venue's
wall clock, one panel per day that had any. The counts give, beside the people present, how
many were there on site and how many online (each person once per session).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from checkin.badges.text import font
from checkin.pdf import FAMILY, Document, percent
from checkin.reports import tables
from checkin.reports.data import Attendance
from checkin.reports.sheet import long_date
from checkin.reports.stats import Bucket, buckets_by_day
from checkin.reports.tables import Table

BAR = (21, 101, 192)
AXIS = (90, 90, 90)
GRID = (225, 225, 225)


def arrival_buckets(data: Attendance) -> dict[date, list[Bucket]]:
    """Per local day, 15-minute buckets from the first to the last arrival (empty ones
    included, so the chart's time axis is regular): :func:`checkin.reports.stats.buckets_by_day`, as
    the dashboard's chart counts them: people through the doors, not online attendance."""
    return buckets_by_day((a.at for a in data.arrivals.values() if a.attended.on_site),
                          data.event)


def arrivals_chart(data: Attendance, width: int = 1800, panel_height: int = 520) -> Image.Image:
    """A bar chart per day of arrivals per quarter hour, as an RGB image."""
    days = arrival_buckets(data)
    panels = max(1, len(days))
    title_h = 70
    image = Image.new("RGB", (width, title_h + panels * panel_height), "white")
    draw = ImageDraw.Draw(image)
    draw.text(
        (width // 2, 18), "Arrivées par quart d'heure / Arrivals per quarter hour",
        font=font(34, True), fill=(30, 30, 30), anchor="ma",
    )
    if not days:
        draw.text((width // 2, title_h + panel_height // 2), "Aucune arrivée / No arrivals yet",
                  font=font(30), fill=AXIS, anchor="mm")
        return image
    for index, (day, buckets) in enumerate(days.items()):
        _panel(draw, day, buckets, 0, title_h + index * panel_height, width, panel_height)
    return image


def _panel(draw, day: date, buckets: list[Bucket], x0: int, y0: int, width: int, height: int):
    left, right, top, bottom = x0 + 110, x0 + width - 40, y0 + 60, y0 + height - 70
    draw.text((x0 + width // 2, y0 + 12), long_date(day), font=font(26, True), fill=(50, 50, 50),
              anchor="ma")
    peak = max(b.count for b in buckets) or 1
    step = _nice_step(peak)
    top_value = step * -(-peak // step)
    small = font(22)
    for value in range(0, top_value + 1, step):
        y = bottom - (bottom - top) * value / top_value
        draw.line((left, y, right, y), fill=GRID, width=2)
        draw.text((left - 12, y), str(value), font=small, fill=AXIS, anchor="rm")
    slot = (right - left) / len(buckets)
    bar = max(2, slot * 0.8)
    for i, bucket in enumerate(buckets):
        x = left + i * slot + (slot - bar) / 2
        if bucket.count:
            y = bottom - (bottom - top) * bucket.count / top_value
            draw.rectangle((x, y, x + bar, bottom), fill=BAR)
        label_every = max(1, round(len(buckets) / 12))
        if i % label_every == 0:
            draw.text((left + i * slot + slot / 2, bottom + 10), bucket.start.strftime("%H:%M"),
                      font=small, fill=AXIS, anchor="ma")
    draw.line((left, top, left, bottom), fill=AXIS, width=2)
    draw.line((left, bottom, right, bottom), fill=AXIS, width=2)


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 6:
            return step
    return 10_000


def write_summary_pdf(data: Attendance, path: Path | str, *, generated: datetime | None = None) -> Path:
    """The summary as PDF: totals, sessions, categories, countries, the arrivals chart."""
    doc = Document("portrait", "A4", footer_text="Page {page} / {pages}", title="Résumé / Summary")
    doc.set_margins(15, 15, 15)
    doc.set_auto_page_break(True, margin=18)
    doc.add_page()
    doc.event_title(data.event, 14, 7, 10, 5)
    doc.ln(2)
    doc.set_font(FAMILY, "B", 13)
    doc.cell(0, 8, "Résumé des présences / Attendance summary", align="C", new_x="LMARGIN",
             new_y="NEXT")
    if generated is not None:
        doc.set_font(FAMILY, "", 8.5)
        stamp = data.local(generated).strftime("%d/%m/%Y %H:%M")
        doc.cell(0, 5, f"Établi le / Generated on {stamp}", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    # The pieces of tables.summary_tables(), the sessions' as typed figures.
    _pdf_table(doc, tables.totals(data), (130, 40), heading=False)
    _pdf_table(doc, _session_rows(tables.session_figures(data)),
               (48, 21, 24, 21, 19, 17, 17, 13))
    doc.add_page()
    doc.set_font(FAMILY, "B", 11)
    doc.cell(0, 7, "Arrivées / Arrivals", new_x="LMARGIN", new_y="NEXT")
    chart = arrivals_chart(data)
    doc.image(chart, w=doc.epw)
    doc.ln(4)
    _pdf_table(doc, tables.group_counts(data, "category"), (90, 45, 45))
    _pdf_table(doc, tables.group_counts(data, "country"), (90, 45, 45))
    return doc.save(path)


def _session_rows(figures: Sequence[tables.SessionCount]) -> Table:
    """Session counts for the PDF's narrower page: start as text, without the capacity."""
    headers = ("Session", "Début / Start", "Salle / Room", "Attendus / Expected",
               "Présents / Present", "Sur place / On site", "En ligne / Online", "%")
    rows = tuple(
        (f.name, f.start.strftime("%d/%m %H:%M"), f.room, f.expected, f.present, f.on_site,
         f.online, percent(f.rate))
        for f in figures
    )
    return Table("Sessions", headers, rows)


def _pdf_table(doc: Document, table: Table, widths: tuple[float, ...], heading: bool = True):
    doc.set_font(FAMILY, "B", 11)
    doc.cell(0, 7, table.title, new_x="LMARGIN", new_y="NEXT")
    doc.set_font(FAMILY, "", 8.5)
    scale = doc.epw / sum(widths)
    with doc.table(
        col_widths=tuple(w * scale for w in widths),
        first_row_as_headings=heading,
        line_height=4.4,
        padding=(1, 1.5),
        text_align="LEFT",
    ) as pdf_table:
        if heading:
            row = pdf_table.row()
            for title in table.headers:
                row.cell(title)
        for values in table.rows:
            row = pdf_table.row()
            for value in values:
                row.cell("" if value is None else str(value))
    doc.ln(4)
