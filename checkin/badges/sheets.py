"""Badge sheets as PDF, for the whole list or a selection.

Badges are drawn as vector text and rectangles from the same layout the Pillow renderer
draws (see :mod:`checkin.badges.render`); only the QR code (at 300 dpi, whole-pixel modules)
and the logo are pictures. That keeps 1,500 badges to a few megabytes and a few seconds,
prints crisp at any size, and lets the tests read the names back from the file.

A4 sheets carry crop marks in the margins and gutters, outside the badges.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from checkin.badges.layout import DPI, MM_PER_INCH, BadgeFormat, BadgeStyle
from checkin.badges.render import BadgeRenderer, Picture, Rect, Text
from checkin.model import Attendee, Category, fold
from checkin.pdf import FAMILY, Document
from checkin.reception import NoEvent
from checkin.store import Store

PT_PER_INCH = 72.0
CROP_MARK_MM = 4.0
CROP_OFFSET_MM = 1.0


@dataclass(frozen=True)
class BadgeSelection:
    """Which badges to print. Empty fields select everybody; cancelled registrations are
    left out unless asked for."""

    category: Category | None = None
    organisation: str | None = None  # accent- and case-insensitive, part of the name
    not_printed: bool = False
    attendee_ids: tuple[str, ...] = ()
    include_cancelled: bool = False

    def matches(self, attendee: Attendee) -> bool:
        if attendee.cancelled and not self.include_cancelled:
            return False
        if self.attendee_ids and attendee.id not in self.attendee_ids:
            return False
        if self.category and attendee.category != self.category:
            return False
        if self.organisation and fold(self.organisation).strip() not in fold(attendee.organisation):
            return False
        if self.not_printed and attendee.badge_printed_at is not None:
            return False
        return True


@dataclass(frozen=True)
class BadgeSheetResult:
    path: Path
    badges: int
    pages: int
    attendee_ids: tuple[str, ...]


def select_attendees(store: Store, selection: BadgeSelection) -> list[Attendee]:
    """The selected attendees, sorted by last name then first name."""
    people = store.attendees(selection.attendee_ids or None)
    chosen = [a for a in people if selection.matches(a)]
    chosen.sort(key=lambda a: (fold(a.last_name), fold(a.first_name), a.id))
    return chosen


class PdfBadgeWriter:
    """Draws badges of one format into an fpdf2 document, sheet after sheet."""

    def __init__(self, style: BadgeStyle, fmt: BadgeFormat, dpi: int = DPI):
        self.renderer = BadgeRenderer(style, fmt, dpi)
        self.format = fmt
        self.grid = fmt.grid
        self.scale = MM_PER_INCH / dpi  # mm per px
        self.doc = Document("portrait", self.grid.page, title="Badges")
        self.doc.set_auto_page_break(False)
        self.doc.set_margins(0, 0)
        self.count = 0

    def add(self, attendee: Attendee) -> None:
        slot = self.count % self.grid.per_page
        if slot == 0:
            self.doc.add_page()
            if self.grid.crop_marks:
                self._crop_marks()
        x, y = self._origin(slot)
        self._draw(self.renderer.template_ops, x, y)
        self._draw(self.renderer.layout(attendee).ops, x, y)
        self.count += 1

    def save(self, path: Path | str) -> Path:
        return self.doc.save(path)

    # --- geometry -------------------------------------------------------------------------

    def _origin(self, slot: int) -> tuple[float, float]:
        grid = self.grid
        width, height = self.format.size_mm
        used_w = grid.columns * width + (grid.columns - 1) * grid.gutter
        used_h = grid.rows * height + (grid.rows - 1) * grid.gutter
        left = (grid.page[0] - used_w) / 2
        top = (grid.page[1] - used_h) / 2
        column, row = slot % grid.columns, slot // grid.columns
        return left + column * (width + grid.gutter), top + row * (height + grid.gutter)

    def _crop_marks(self) -> None:
        """Short hairlines continuing each badge edge outwards, never over a badge."""
        doc = self.doc
        doc.set_draw_color(0)
        doc.set_line_width(0.15)
        width, height = self.format.size_mm
        length = CROP_MARK_MM
        if self.grid.gutter:
            length = min(length, self.grid.gutter / 2 - CROP_OFFSET_MM / 2)
        off = CROP_OFFSET_MM
        for slot in range(self.grid.per_page):
            x, y = self._origin(slot)
            for cx in (x, x + width):
                for cy in (y, y + height):
                    sx = -1 if cx == x else 1
                    sy = -1 if cy == y else 1
                    doc.line(cx + sx * off, cy, cx + sx * (off + length), cy)
                    doc.line(cx, cy + sy * off, cx, cy + sy * (off + length))

    # --- the vector back end --------------------------------------------------------------

    def _draw(self, ops, ox: float, oy: float) -> None:
        doc, k = self.doc, self.scale
        for op in ops:
            if isinstance(op, Rect):
                b = op.box
                doc.set_fill_color(*op.colour)
                doc.rect(ox + b.x * k, oy + b.y * k, b.width * k, b.height * k, style="F")
            elif isinstance(op, Picture):
                b = op.box
                doc.image(op.image, ox + b.x * k, oy + b.y * k, b.width * k, b.height * k)
            elif isinstance(op, Text):
                self._text(op, ox, oy)

    def _text(self, op: Text, ox: float, oy: float) -> None:
        doc, k = self.doc, self.scale
        fit = op.fit
        size_pt = fit.size * PT_PER_INCH / (MM_PER_INCH / k)
        ascent = fit.font.getmetrics()[0]
        width = op.width * k
        style = "B" if fit.bold else ""
        doc.set_text_color(*op.colour)
        y = op.y
        for line in fit.lines:
            doc.set_font(FAMILY, style, size_pt)
            measured = doc.get_string_width(line)
            if measured > width:  # the two engines' metrics differ by a hair: never overflow
                doc.set_font(FAMILY, style, size_pt * width / measured)
                measured = doc.get_string_width(line)
            x = ox + op.x * k
            if op.align == "center":
                x += (width - measured) / 2
            doc.text(x, oy + (y + ascent) * k, line)
            y += fit.line_height


def write_badges_pdf(
    attendees: Sequence[Attendee],
    style: BadgeStyle,
    fmt: BadgeFormat,
    path: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> BadgeSheetResult:
    """Write the badges of ``attendees`` to ``path`` (atomically)."""
    writer = PdfBadgeWriter(style, fmt)
    total = len(attendees)
    for number, attendee in enumerate(attendees, 1):
        writer.add(attendee)
        if progress is not None:
            progress(number, total)
    if total == 0:
        writer.doc.add_page()  # a valid, empty PDF rather than none
    saved = writer.save(path)
    return BadgeSheetResult(saved, total, writer.doc.pages_count, tuple(a.id for a in attendees))


def print_badges(
    store: Store,
    path: Path | str,
    *,
    selection: BadgeSelection = BadgeSelection(),
    fmt: BadgeFormat = BadgeFormat.A4_4,
    mark_printed: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> BadgeSheetResult:
    """Select, write the PDF and, once it is safely on disk, mark those badges printed."""
    event = store.event()
    if event is None:
        raise NoEvent("No event in this database: import an attendee list first.")
    style = BadgeStyle.from_event(event, base_dir=store.path.parent)
    people = select_attendees(store, selection)
    result = write_badges_pdf(people, style, fmt, path, progress=progress)
    if mark_printed and result.attendee_ids:
        store.mark_badges_printed(result.attendee_ids)
    return result

