"""Interpretation receivers' labels: a QR sticker per receiver, from the badge renderer.

Each sticker carries the receiver's QR code (:func:`checkin.receiver_codes.payload`, in
upper case so that it fits QR's alphanumeric mode: version 2 at level Q, as a badge), its
number in large type, "Récepteur d'interprétation / Interpretation receiver", its channel when
it has one, and the event's code. The drawing is the badge renderer's (its fitted text, its QR
images, its list of operations), so the same two back ends draw it: Pillow for the image the
tests decode, and the PDF sheet of :mod:`checkin.badges.sheets` as vector text.

The sheet is A4 with 3 × 8 stickers of 63.5 × 33.9 mm (the common "L7159" label sheet: 7.2 mm
side margins, 2.5 mm between columns, 12.9 mm top and bottom); cut from plain paper, the thin
frame around each sticker shows where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from checkin.badges.layout import DPI, MM_PER_INCH, ErrorCorrection, SheetGrid, mm_to_px
from checkin.badges.render import Box, Op, Picture, Rect, Text, paint, qr_image
from checkin.badges.sheets import PdfBadgeWriter
from checkin.badges.text import fit_text
from checkin.model import Receiver
from checkin.pdf import Document
from checkin.receiver_codes import payload

STICKER_MM = (63.5, 33.9)
SHEET = SheetGrid((210.0, 297.0), 3, 8, gutter=2.5)
ROW_GAP_MM = 0.0
INK = (26, 26, 26)
FRAME = (190, 190, 190)
WHITE = (255, 255, 255)
ACCENT = (11, 60, 93)  # the badges' default header blue


@dataclass(frozen=True)
class StickerDrawing:
    ops: tuple[Op, ...]
    qr: Box


class StickerRenderer:
    """Lays out one receiver's sticker, in px at ``dpi``."""

    def __init__(self, event_code: str = "", dpi: int = DPI,
                 size_mm: tuple[float, float] = STICKER_MM):
        self.event_code = event_code
        self.dpi = dpi
        self.width, self.height = (mm_to_px(size_mm[0], dpi), mm_to_px(size_mm[1], dpi))
        self.margin = round(self.height * 0.06)

    def layout(self, receiver: Receiver) -> StickerDrawing:
        w, h, m = self.width, self.height, self.margin
        ops: list[Op] = [Rect(Box(0, 0, w, h), FRAME), Rect(Box(2, 2, w - 4, h - 4), WHITE)]
        side = h - 2 * m
        # upper case: QR's alphanumeric mode, so version 2 at level Q (as a badge's)
        code = qr_image(payload(receiver.id).upper(), side, ErrorCorrection.Q)
        qr = Box(m + (side - code.width) // 2, (h - code.height) // 2, code.width, code.height)
        ops.append(Picture(qr, code))
        x = m + side + m
        width = w - x - m
        band = round(h * 0.2)
        ops.append(Rect(Box(x, m, width, band), ACCENT))
        caption = fit_text("Récepteur · Receiver", width - 2 * m, band, max_lines=1,
                           max_size=round(band * 0.55), bold=True)
        ops.append(Text(caption, x, m + (band - caption.height) // 2, width, WHITE))
        top = m + band + m // 2
        number_h = round(h * 0.38)
        number = fit_text(receiver.id, width, number_h, max_lines=1, max_size=number_h,
                          bold=True)
        ops.append(Text(number, x, top + (number_h - number.height) // 2, width, INK))
        lines = [receiver.channel and f"Canal · Channel {receiver.channel}",
                 "À rendre à l'accueil · Return to the desk"]
        if self.event_code:
            lines[-1] = f"{self.event_code} · " + lines[-1]
        y = top + number_h
        small_h = (h - m - y) // 2
        for line in lines:
            if not line:
                continue
            fit = fit_text(line, width, small_h, max_lines=1, max_size=round(small_h * 0.8))
            ops.append(Text(fit, x, y + (small_h - fit.height) // 2, width, INK))
            y += small_h
        return StickerDrawing(tuple(ops), qr)

    def render(self, receiver: Receiver) -> Image.Image:
        image = Image.new("RGB", (self.width, self.height), "white")
        paint(image, self.layout(receiver).ops)
        return image


class StickerSheet(PdfBadgeWriter):
    """A4 sheets of receivers' stickers, drawn by the badge sheets' vector back end."""

    def __init__(self, event_code: str = "", dpi: int = DPI):
        # The badge writer's drawing (vector text, whole-pixel QR pictures) on a grid of
        # stickers: its own renderer and geometry, no badge format.
        self.stickers = StickerRenderer(event_code, dpi)
        self.grid = SHEET
        self.scale = MM_PER_INCH / dpi  # mm per px
        self.doc = Document("portrait", SHEET.page,
                            title="Récepteurs d'interprétation · Interpretation receivers")
        self.doc.set_auto_page_break(False)
        self.doc.set_margins(0, 0)
        self.count = 0

    def add_receiver(self, receiver: Receiver) -> None:
        slot = self.count % self.grid.per_page
        if slot == 0:
            self.doc.add_page()
        x, y = self._origin(slot)
        self._draw(self.stickers.layout(receiver).ops, x, y)
        self.count += 1

    def _origin(self, slot: int) -> tuple[float, float]:
        return sticker_origin(slot)


def sticker_origin(slot: int) -> tuple[float, float]:
    """The top-left corner of sticker ``slot`` (0–23) on its A4 page, in mm (the PDF sheet
    and the window's printing put them at the same places)."""
    grid = SHEET
    width, height = STICKER_MM
    used_w = grid.columns * width + (grid.columns - 1) * grid.gutter
    used_h = grid.rows * height + (grid.rows - 1) * ROW_GAP_MM
    left = (grid.page[0] - used_w) / 2
    top = (grid.page[1] - used_h) / 2
    column, row = slot % grid.columns, slot // grid.columns
    return left + column * (width + grid.gutter), top + row * (height + ROW_GAP_MM)


@dataclass(frozen=True)
class LabelSheetResult:
    path: Path
    labels: int
    pages: int


def write_labels_pdf(receivers: Sequence[Receiver], path: Path | str, *,
                     event_code: str = "") -> LabelSheetResult:
    """The stickers of ``receivers``, 24 to an A4 page, written atomically."""
    sheet = StickerSheet(event_code)
    for receiver in receivers:
        sheet.add_receiver(receiver)
    if not receivers:
        sheet.doc.add_page()  # a valid, empty PDF rather than none
    saved = sheet.save(path)
    return LabelSheetResult(saved, len(receivers), sheet.doc.pages_count)
