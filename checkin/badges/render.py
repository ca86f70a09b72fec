"""One badge: header, name, organisation, country, QR code and category band, at 300 dpi.

The layout is computed once as a short list of drawing operations in pixels (rectangles,
fitted text, pictures). Two back ends draw the same list: Pillow, for the image that is
printed on the spot and decoded in the tests, and :mod:`checkin.badges.sheets`, which draws
it as vector text into a PDF (crisp, small, and its text can be read back).

The QR code carries the badge token in alphanumeric mode at error-correction level Q by
default (H on request): version 2, large enough on A6 for a 720p webcam at 0.8 m, and it still
reads with a corner under a thumb or a lanyard clip (bench/bench_badge_distance.py). Its modules
are whole pixels, black on white with the standard four-module quiet zone, whatever the
badge's colours. The token is printed under it in groups of four, for typing by hand when a
camera fails.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import qrcode
from PIL import Image, ImageDraw

from checkin import tokens
from checkin.badges.layout import DPI, BadgeFormat, BadgeStyle, ErrorCorrection
from checkin.badges.text import TextFit, fit_text
from checkin.model import Attendee

log = logging.getLogger(__name__)

_QR_LEVELS = {
    ErrorCorrection.L: qrcode.constants.ERROR_CORRECT_L,
    ErrorCorrection.M: qrcode.constants.ERROR_CORRECT_M,
    ErrorCorrection.Q: qrcode.constants.ERROR_CORRECT_Q,
    ErrorCorrection.H: qrcode.constants.ERROR_CORRECT_H,
}
#: QR's alphanumeric character set
ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
QUIET_ZONE = 4  # modules, as the QR standard asks
# Choosing the best of the 8 masks (the standard's penalty rules) costs qrcode ~8 ms a code,
# two thirds of a badge's time in a sheet. Any mask is valid and every reader applies it; the
# checkerboard breaks long runs well. bench/bench_badges.py decodes all 1,500 demo badges
# in every format with it.
QR_MASK = 0
RGB = tuple[int, int, int]
#: share of a portrait badge's height given to the QR code and the token under it
QR_SHARE_PORTRAIT = 0.45


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        return self.y + self.height

    @property
    def right(self) -> int:
        return self.x + self.width


# --- drawing operations -------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    box: Box
    colour: RGB


@dataclass(frozen=True)
class Text:
    """Fitted lines whose first line's top (ascender) is at ``y``; centred in or left-aligned
    to ``x``..``x + width``."""

    fit: TextFit
    x: int
    y: int
    width: int
    colour: RGB
    align: str = "center"  # or "left"


@dataclass(frozen=True)
class Picture:
    box: Box
    image: Image.Image  # drawn at the box's size; QR codes are already at print resolution


Op = Rect | Text | Picture


@dataclass(frozen=True)
class BadgeDrawing:
    """The per-badge operations (drawn over the renderer's shared template) and where the
    parts went, in px; the tests measure against it."""

    ops: tuple[Op, ...]
    qr: Box  # the whole code including its quiet zone
    name: TextFit
    name_box: Box
    band: Box


def qr_modules(data: str, level: ErrorCorrection = ErrorCorrection.Q) -> np.ndarray:
    """The QR code's modules (True = dark), quiet zone included.

    Our tokens (upper-case Crockford base 32 and a dash) are all in QR's alphanumeric set, 5.5
    bits a character instead of 8: at level Q a token of up to 29 characters fits version 2
    (25 modules a side) where bytes would need version 3 (29), so each module prints larger.
    Anything else (a pretix secret in lower case) goes in byte mode."""
    code = qrcode.QRCode(
        error_correction=_QR_LEVELS[level], box_size=1, border=QUIET_ZONE, mask_pattern=QR_MASK
    )
    if data and all(c in ALPHANUMERIC for c in data):
        code.add_data(qrcode.util.QRData(data.encode("ascii"), mode=qrcode.util.MODE_ALPHA_NUM))
    else:
        code.add_data(data, optimize=0)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


def qr_image(data: str, side_px: int, level: ErrorCorrection = ErrorCorrection.Q) -> Image.Image:
    """The QR code of ``data`` as an 'L' image no larger than ``side_px`` (unless the code
    needs more than one pixel per module), whole-pixel modules, quiet zone included."""
    modules = qr_modules(data, level)
    scale = max(1, side_px // modules.shape[0])
    pixels = np.where(modules, 0, 255).astype(np.uint8)
    pixels = pixels.repeat(scale, axis=0).repeat(scale, axis=1)
    return Image.fromarray(pixels, mode="L")


class BadgeRenderer:
    """Lays out and renders badges of one format in one style. Reuse one renderer for a
    whole batch: the header (title, logo) is laid out and drawn once."""

    def __init__(self, style: BadgeStyle, fmt: BadgeFormat = BadgeFormat.A6, dpi: int = DPI):
        self.style = style
        self.format = fmt
        self.dpi = dpi
        self.width, self.height = fmt.size_px(dpi)
        self.margin = round(min(self.width, self.height) * 0.05)
        self.template_ops: tuple[Op, ...] = tuple(self._header())
        self._template: Image.Image | None = None

    # --- the parts every badge shares ---------------------------------------------------

    @property
    def header_height(self) -> int:
        return round(self.height * 0.17)

    @property
    def band_height(self) -> int:
        return round(self.height * (0.13 if self.format.landscape else 0.10))

    @property
    def _gap(self) -> int:
        return round(self.margin * 0.35)

    def _header(self) -> list[Op]:
        style = self.style
        head = self.header_height
        ops: list[Op] = [
            Rect(Box(0, 0, self.width, self.height), style.background),
            Rect(Box(0, 0, self.width, head), style.header_colour),
        ]
        pad = round(head * 0.12)
        x = pad
        logo = self._logo(pad, head)
        if logo is not None:
            ops.append(logo)
            x = logo.box.right + pad
        text_box = Box(x, pad, self.width - x - pad, head - 2 * pad)
        title_h = round(text_box.height * (0.72 if style.subtitle else 1.0))
        title = fit_text(
            style.title, text_box.width, title_h, max_lines=3, max_size=round(head * 0.30),
            bold=True,
        )
        y = text_box.y + (title_h - title.height) // 2
        ops.append(Text(title, text_box.x, y, text_box.width, style.header_text_colour))
        if style.subtitle:
            sub = fit_text(
                style.subtitle, text_box.width, text_box.height - title_h, max_lines=1,
                max_size=round(head * 0.16),
            )
            y = text_box.y + title_h + (text_box.height - title_h - sub.height) // 2
            ops.append(Text(sub, text_box.x, y, text_box.width, style.header_text_colour))
        return ops

    def _logo(self, pad: int, head: int) -> Picture | None:
        if self.style.logo is None:
            return None
        try:
            with Image.open(self.style.logo) as opened:
                logo = opened.convert("RGBA")
        except (OSError, ValueError) as error:
            log.warning("badge logo %s cannot be read (%s); printed without it", self.style.logo, error)
            return None
        logo.thumbnail((round(self.width * 0.28), head - 2 * pad), Image.Resampling.LANCZOS)
        # Flatten on the header colour: PDF and printers handle an opaque image everywhere.
        flat = Image.new("RGB", logo.size, self.style.header_colour)
        flat.paste(logo, (0, 0), logo)
        return Picture(Box(pad, (head - logo.height) // 2, logo.width, logo.height), flat)

    # --- one badge ------------------------------------------------------------------------

    def layout(self, attendee: Attendee) -> BadgeDrawing:
        ops: list[Op] = []
        band = self._band(ops, attendee.category)
        if self.format.landscape:
            return self._landscape(ops, attendee, band)
        return self._portrait(ops, attendee, band)

    def render(self, attendee: Attendee) -> Image.Image:
        image, _ = self.render_with_layout(attendee)
        return image

    def render_with_layout(self, attendee: Attendee) -> tuple[Image.Image, BadgeDrawing]:
        if self._template is None:
            self._template = Image.new("RGB", (self.width, self.height), "white")
            paint(self._template, self.template_ops)
        drawing = self.layout(attendee)
        image = self._template.copy()
        paint(image, drawing.ops)
        return image, drawing

    def _band(self, ops: list[Op], category: str) -> Box:
        band = Box(0, self.height - self.band_height, self.width, self.band_height)
        colour = self.style.category_colour(category)
        ops.append(Rect(band, colour))
        label = fit_text(
            self.style.category_label(category),
            self.width - 2 * self.margin,
            round(band.height * 0.8),
            max_lines=1,
            max_size=round(band.height * 0.45),
            bold=True,
        )
        y = band.y + (band.height - label.height) // 2 + round(label.size * 0.08)
        ops.append(Text(label, self.margin, y, self.width - 2 * self.margin, _ink_on(colour)))
        return band

    def _texts(self, attendee: Attendee, width: int, available: int, name_max: int):
        """Name, organisation and country fitted to ``width`` and, together with two gaps,
        to ``available`` px of height; the name gets what the smaller lines leave."""
        style = self.style
        small_max = max(8, round(name_max * 0.4))
        org = fit_text(
            attendee.organisation if style.show_organisation else "",
            width, round(available * 0.24), max_lines=2, max_size=small_max,
        )
        country = fit_text(
            attendee.country if style.show_country else "",
            width, round(available * 0.14), max_lines=1, max_size=small_max,
        )
        left = available - org.height - country.height - 2 * self._gap
        name = fit_text(
            attendee.full_name, width, max(left, 1), max_lines=3, max_size=name_max, bold=True
        )
        return name, org, country

    def _stack(self, ops, parts, x, y, width, align) -> None:
        for part in parts:
            if part.lines:
                ops.append(Text(part, x, y, width, self.style.text_colour, align))
                y += part.height + self._gap

    @staticmethod
    def _block_height(parts, gap) -> int:
        present = [p for p in parts if p.lines]
        return sum(p.height for p in present) + gap * (len(present) - 1)

    def _qr(self, ops: list[Op], token: str, box: Box) -> Box:
        """QR centred in ``box`` with the grouped token under it; returns the code's box."""
        token_h = max(12, round(box.height * 0.09))
        code = qr_image(token, min(box.width, box.height - token_h), self.style.error_correction)
        x = box.x + (box.width - code.width) // 2
        y = box.y + (box.height - token_h - code.height) // 2
        where = Box(x, y, code.width, code.height)
        ops.append(Picture(where, code))
        label = fit_text(
            tokens.grouped(token), box.width, token_h, max_lines=1,
            max_size=round(token_h * 0.75),
        )
        ops.append(Text(label, box.x, y + code.height, box.width, self.style.text_colour))
        return where

    def _portrait(self, ops: list[Op], attendee: Attendee, band: Box) -> BadgeDrawing:
        m = self.margin
        width = self.width - 2 * m
        top = self.header_height + m
        bottom = band.y - round(m * 0.6)
        # The code gets 45 % of the badge's height: on A6, modules of 1.8 mm (version 2,
        # level Q), which a 720p webcam with a 60° field reads at 0.8 m (docs/scanning.md).
        qr_h = round(self.height * QR_SHARE_PORTRAIT)
        qr_box = Box(m, bottom - qr_h, width, qr_h)
        parts = self._texts(attendee, width, qr_box.y - top, name_max=round(self.height * 0.075))
        block = self._block_height(parts, self._gap)
        y = top + max(0, (qr_box.y - top - block) // 2)
        self._stack(ops, parts, m, y, width, "center")
        qr = self._qr(ops, attendee.token, qr_box)
        return BadgeDrawing(tuple(ops), qr, parts[0], Box(m, y, width, parts[0].height), band)

    def _landscape(self, ops: list[Op], attendee: Attendee, band: Box) -> BadgeDrawing:
        m = self.margin
        top = self.header_height + round(m * 0.6)
        middle = band.y - round(m * 0.6) - top
        qr_w = min(round(self.width * 0.38), middle)
        qr_box = Box(self.width - m - qr_w, top, qr_w, middle)
        width = qr_box.x - 2 * m
        parts = self._texts(attendee, width, middle, name_max=round(middle * 0.22))
        block = self._block_height(parts, self._gap)
        y = top + max(0, (middle - block) // 2)
        self._stack(ops, parts, m, y, width, "left")
        qr = self._qr(ops, attendee.token, qr_box)
        return BadgeDrawing(tuple(ops), qr, parts[0], Box(m, y, width, parts[0].height), band)


def paint(image: Image.Image, ops) -> None:
    """Draw operations onto a Pillow image (the raster back end)."""
    draw = ImageDraw.Draw(image)
    for op in ops:
        if isinstance(op, Rect):
            b = op.box
            draw.rectangle((b.x, b.y, b.right - 1, b.bottom - 1), fill=op.colour)
        elif isinstance(op, Picture):
            picture = op.image
            if picture.size != (op.box.width, op.box.height):
                picture = picture.resize((op.box.width, op.box.height), Image.Resampling.LANCZOS)
            image.paste(picture, (op.box.x, op.box.y))
        else:
            f = op.fit.font
            y = op.y
            for line in op.fit.lines:
                if op.align == "center":
                    draw.text((op.x + op.width / 2, y), line, font=f, fill=op.colour, anchor="ma")
                else:
                    draw.text((op.x, y), line, font=f, fill=op.colour, anchor="la")
                y += op.fit.line_height


def _ink_on(colour: RGB) -> RGB:
    """Black or white, whichever reads better on ``colour`` (relative luminance)."""
    r, g, b = (c / 255 for c in colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return (0, 0, 0) if luminance > 0.55 else (255, 255, 255)
