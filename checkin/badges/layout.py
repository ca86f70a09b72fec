"""What a badge looks like: its formats, and the style read from the event's settings.

Nothing about one conference lives here: colours, the logo, the title lines and the category
labels come from ``Event.badge_settings`` (a JSON object kept with the event), and every key
has a sensible default, so an event with no settings still gets clean badges. The keys are
documented in ``docs/reports.md``.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PIL import ImageColor

from checkin import paths
from checkin.model import CATEGORY_LABELS, Category, Event, Language

log = logging.getLogger(__name__)

DPI = 300
MM_PER_INCH = 25.4


def mm_to_px(mm: float, dpi: int = DPI) -> int:
    return round(mm * dpi / MM_PER_INCH)


class ErrorCorrection(str, enum.Enum):
    """QR error-correction levels. An event may choose Q or H (enough redundancy for a thumb
    over a corner); L and M exist for the reading-distance benchmark's comparison."""

    L = "L"  # ~7 % of the code words can be lost
    M = "M"  # ~15 %
    Q = "Q"  # ~25 %: the default, chosen by bench/bench_badge_distance.py
    H = "H"  # ~30 %


#: the levels an event's badge settings may ask for
ALLOWED_LEVELS = (ErrorCorrection.Q, ErrorCorrection.H)

@dataclass(frozen=True)
class SheetGrid:
    """How badges sit on a printed page: columns, rows, gutters and crop marks (mm)."""

    page: tuple[float, float]  # page width, height
    columns: int
    rows: int
    gutter: float = 0.0
    crop_marks: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


class BadgeFormat(enum.Enum):
    """The sizes we print. Values are the names used on the command line."""

    A6 = "a6"  # one A6 badge per A6 page (a badge holder, or an A6 printer tray)
    CARD = "card"  # the 86×54 mm card, one per page (card and label printers)
    A4_4 = "a4-4"  # four A6-like badges on A4, with crop marks
    A4_8 = "a4-8"  # eight landscape badges on A4, with crop marks

    @property
    def size_mm(self) -> tuple[float, float]:
        """Badge width and height in millimetres."""
        return _SIZES[self]

    @property
    def landscape(self) -> bool:
        width, height = self.size_mm
        return width > height

    @property
    def grid(self) -> SheetGrid:
        return _GRIDS[self]

    def size_px(self, dpi: int = DPI) -> tuple[int, int]:
        width, height = self.size_mm
        return mm_to_px(width, dpi), mm_to_px(height, dpi)


_SIZES = {
    BadgeFormat.A6: (105.0, 148.0),
    BadgeFormat.CARD: (86.0, 54.0),
    # A4 is exactly two A6 wide and tall: leave margins so crop marks have room.
    BadgeFormat.A4_4: (96.0, 135.0),
    BadgeFormat.A4_8: (95.0, 65.0),
}
_GRIDS = {
    BadgeFormat.A6: SheetGrid((105.0, 148.0), 1, 1),
    BadgeFormat.CARD: SheetGrid((86.0, 54.0), 1, 1),
    BadgeFormat.A4_4: SheetGrid((210.0, 297.0), 2, 2, gutter=8.0, crop_marks=True),
    BadgeFormat.A4_8: SheetGrid((210.0, 297.0), 2, 4, gutter=6.0, crop_marks=True),
}

# Category colours and labels (French, English) used when the event's settings say nothing.
DEFAULT_CATEGORY_COLOURS: dict[str, str] = {
    Category.PARTICIPANT: "#1565C0",
    Category.SPEAKER: "#C62828",
    Category.ORGANISER: "#2E7D32",
    Category.PRESS: "#EF6C00",
    Category.OFFICIAL: "#6A1B9A",
    Category.STAFF: "#455A64",
}
DEFAULT_CATEGORY_LABELS = CATEGORY_LABELS  # the window's words (checkin.model)
FALLBACK_COLOUR = "#616161"

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class BadgeStyle:
    """The badge layout settings, resolved and checked. Build it with :meth:`from_event`."""

    title: str = ""
    subtitle: str = ""
    header_colour: RGB = (11, 60, 93)
    header_text_colour: RGB = (255, 255, 255)
    text_colour: RGB = (26, 26, 26)
    background: RGB = (255, 255, 255)
    logo: Path | None = None
    category_colours: dict = field(default_factory=dict, hash=False)
    category_labels: dict = field(default_factory=dict, hash=False)
    show_organisation: bool = True
    show_country: bool = True
    error_correction: ErrorCorrection = ErrorCorrection.Q

    @classmethod
    def from_event(cls, event: Event, base_dir: Path | None = None) -> BadgeStyle:
        """Read ``event.badge_settings``; a relative logo path is looked up beside the
        database (``base_dir``), then under ``resources/``. Bad values fall back to the
        defaults with a warning, so a typo in a colour never stops the printing."""
        s = event.badge_settings or {}
        colours = dict(DEFAULT_CATEGORY_COLOURS)
        colours.update({str(k): v for k, v in (s.get("category_colours") or {}).items()})
        labels = dict(DEFAULT_CATEGORY_LABELS)
        for key, value in (s.get("category_labels") or {}).items():
            if isinstance(value, str):
                labels[str(key)] = (value, value)
            elif isinstance(value, (list, tuple)) and value:
                labels[str(key)] = (str(value[0]), str(value[-1]))
            elif isinstance(value, dict):
                labels[str(key)] = (str(value.get(Language.FR, "")), str(value.get(Language.EN, "")))
        default = cls()
        subtitle = s.get("subtitle")
        if subtitle is None:
            subtitle = _default_subtitle(event)
        try:
            level = ErrorCorrection(str(s.get("error_correction", "Q")).upper())
            if level not in ALLOWED_LEVELS:
                raise ValueError(level)
        except ValueError:
            log.warning("badge_settings.error_correction must be Q or H; using Q")
            level = ErrorCorrection.Q
        return cls(
            title=str(s.get("title") or event.title(Language.FR)),
            subtitle=str(subtitle),
            header_colour=_colour(s.get("header_colour"), default.header_colour),
            header_text_colour=_colour(s.get("header_text_colour"), default.header_text_colour),
            text_colour=_colour(s.get("text_colour"), default.text_colour),
            background=_colour(s.get("background"), default.background),
            logo=_find_logo(s.get("logo"), base_dir),
            category_colours={k: _colour(v, _rgb(FALLBACK_COLOUR)) for k, v in colours.items()},
            category_labels=labels,
            show_organisation=bool(s.get("show_organisation", True)),
            show_country=bool(s.get("show_country", True)),
            error_correction=level,
        )

    def category_colour(self, category: str) -> RGB:
        return self.category_colours.get(category) or _rgb(FALLBACK_COLOUR)

    def category_label(self, category: str) -> str:
        """The band's label: ``"INTERVENANT · SPEAKER"``, once when both words agree."""
        french, english = self.category_labels.get(category, (category, category))
        french, english = french.strip(), english.strip()
        if not english or french.casefold() == english.casefold():
            return (french or english).upper()
        if not french:
            return english.upper()
        return f"{french} · {english}".upper()


def _default_subtitle(event: Event) -> str:
    """Venue and dates, e.g. "Bujumbura · 3–4 Feb 2025"."""
    start, end = event.start_date, event.end_date
    if start == end:
        dates = start.strftime("%d/%m/%Y")
    elif (start.year, start.month) == (end.year, end.month):
        dates = f"{start.day}–{end.day}/{end.month:02d}/{end.year}"
    else:
        dates = f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
    return " · ".join(part for part in (event.venue, dates) if part)


def _rgb(text: str) -> RGB:
    return ImageColor.getrgb(text)[:3]


def _colour(value, default: RGB) -> RGB:
    if value is None or value == "":
        return default
    try:
        if isinstance(value, (list, tuple)) and len(value) >= 3:
            red, green, blue = (int(v) for v in value[:3])
            return red, green, blue
        return _rgb(str(value))
    except (ValueError, TypeError):
        log.warning("badge colour %r is not a colour; using the default", value)
        return default


def _find_logo(value, base_dir: Path | None) -> Path | None:
    if not value:
        return None
    candidate = Path(str(value))
    places = [candidate] if candidate.is_absolute() else []
    if not candidate.is_absolute():
        if base_dir is not None:
            places.append(base_dir / candidate)
        places.append(paths.resource(*candidate.parts))
    for place in places:
        if place.is_file():
            return place
    log.warning("badge logo %s not found; badges are printed without it", value)
    return None
