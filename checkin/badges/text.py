"""Fitting text into a box: the largest size at which it wraps into the box, never cut.

Names are broken only between words or after a hyphen (Nkurunziza-/Habonimana); if even the
smallest comfortable size is too big, more lines and smaller sizes are tried until it fits,
so a name is never truncated, whatever its length.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PIL import ImageFont

from checkin import paths

MIN_SIZE = 6  # px; below this a 300 dpi print is unreadable anyway
HYPHEN_GAIN = 1.15  # a break inside a compound word must buy 15 % more size


@functools.lru_cache(maxsize=512)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(paths.resource("fonts", name)), size)


@dataclass(frozen=True)
class TextFit:
    lines: tuple[str, ...]
    size: int  # font size in px
    bold: bool
    line_height: int  # px from one line's top to the next

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        return font(self.size, self.bold)

    def width(self) -> float:
        f = self.font
        return max((f.getlength(line) for line in self.lines), default=0.0)


def pieces(text: str, hyphens: bool = True) -> list[tuple[str, str]]:
    """Break opportunities: (glue, piece) where glue is " " between words and "" after a
    hyphen inside a compound word (when ``hyphens``)."""
    out: list[tuple[str, str]] = []
    for word in text.split():
        parts = word.split("-") if hyphens else [word]
        for i, part in enumerate(parts):
            piece = part + ("-" if i < len(parts) - 1 else "")
            if not piece:
                continue
            out.append((" " if i == 0 else "", piece))
    return out


def wrap(
    text: str, size: int, bold: bool, width: float, hyphens: bool = True
) -> list[str] | None:
    """Greedy wrap at ``size``; None when one piece alone is wider than ``width``."""
    f = font(size, bold)
    lines: list[str] = []
    current = ""
    for glue, piece in pieces(text, hyphens):
        candidate = current + glue + piece if current else piece
        if f.getlength(candidate) <= width:
            current = candidate
            continue
        if not current or f.getlength(piece) > width:
            return None
        lines.append(current)
        current = piece
    if current:
        lines.append(current)
    return lines


def line_height(size: int) -> int:
    return max(1, round(size * 1.18))


@functools.lru_cache(maxsize=4096)
def fit_text(
    text: str,
    width: float,
    height: float,
    *,
    max_lines: int = 2,
    max_size: int,
    bold: bool = False,
) -> TextFit:
    """The largest size (≤ ``max_size``) at which ``text`` wraps into ``max_lines`` lines
    inside ``width`` × ``height`` px. If nothing fits, more lines are allowed, then sizes
    below :data:`MIN_SIZE`; the whole text is always there."""
    text = " ".join(text.split())
    if not text:
        return TextFit((), max_size, bold, line_height(max_size))
    allowed = max_lines
    smallest = MIN_SIZE
    while True:
        found = _largest_fit(text, width, height, allowed, smallest, max_size, bold, True)
        if found is not None:
            # Break "Marie-Goreth" at its hyphen only when that buys a clearly larger size.
            whole = _largest_fit(text, width, height, allowed, smallest, max_size, bold, False)
            if whole is not None and whole.size * HYPHEN_GAIN >= found.size:
                return whole
            return found
        if allowed < max_lines + 4:
            allowed += 1
        elif smallest > 1:
            smallest = 1
        else:
            # A box too small for even one glyph: give the text at 1 px, unwrapped pieces.
            lines = tuple(p for _, p in pieces(text))
            return TextFit(lines, 1, bold, line_height(1))


REFERENCE_SIZE = 200  # px: pieces are measured once at this size, then scaled


def _measure(text: str, bold: bool, hyphens: bool) -> tuple[list[tuple[str, str, float]], float]:
    f = font(REFERENCE_SIZE, bold)
    return [(g, p, f.getlength(p)) for g, p in pieces(text, hyphens)], f.getlength(" ")


def _estimate(measured, space: float, size: int, width: float) -> list[str] | None:
    """:func:`wrap` on widths scaled from the reference size: no font calls."""
    scale = size / REFERENCE_SIZE
    lines: list[str] = []
    current, used = "", 0.0
    for glue, piece, reference in measured:
        w = reference * scale
        if w > width:
            return None
        if current:
            extended = used + (space * scale if glue else 0.0) + w
            if extended <= width:
                current, used = current + glue + piece, extended
                continue
            lines.append(current)
        current, used = piece, w
    if current:
        lines.append(current)
    return lines


def _largest_fit(
    text: str, width: float, height: float, max_lines: int, low: int, high: int, bold: bool,
    hyphens: bool,
) -> TextFit | None:
    """Bisect the size on estimated widths (glyph advances scale with the size, give or take
    hinting), then confirm with real measures, stepping down if the estimate was a hair
    optimistic: a few font calls per text instead of dozens."""
    measured, space = _measure(text, bold, hyphens)

    def estimated(size: int) -> bool:
        lines = _estimate(measured, space, size, width)
        return lines is not None and len(lines) <= max_lines and line_height(size) * len(lines) <= height

    def attempt(size: int) -> TextFit | None:
        lines = wrap(text, size, bold, width, hyphens)
        if lines is None or len(lines) > max_lines:
            return None
        if line_height(size) * len(lines) > height:
            return None
        return TextFit(tuple(lines), size, bold, line_height(size))

    top = low
    if estimated(low):
        lo, hi = low, high
        while lo < hi:  # fitting is monotonic in the size for all practical purposes
            mid = (lo + hi + 1) // 2
            if estimated(mid):
                lo = mid
            else:
                hi = mid - 1
        top = lo
    # Confirm with real measures, a step up first in case the estimate was pessimistic.
    for size in range(min(high, top + 1), low - 1, -1):
        fit = attempt(size)
        if fit is not None:
            return fit
    return None
