"""The PDF base every report uses: fpdf2 with the bundled DejaVu fonts.

The core fonts of PDF know nothing beyond Latin-1 and print a typographic apostrophe or an
"ŉ" as garbage; the bundled Unicode TrueType family is embedded (subset) instead, so names
such as N’Guessan or Nkurunziza-Habonimana come out right and extract back as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fpdf import FPDF

from checkin import atomic, paths

if TYPE_CHECKING:
    from checkin.model import Event

FAMILY = "DejaVu"


def font_path(bold: bool = False) -> Path:
    return paths.resource("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


def decimal(value: float, digits: int = 1) -> str:
    """A number as the French documents write it: a decimal comma, no trailing zeros
    ("41,4", "50"); the reports are French first, and an English reader reads it too."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace(".", ",")


def percent(value: float | None, digits: int = 1) -> str:
    """"41,4 %" (a narrow no-break space before the sign, as French writes it); "" for None."""
    return "" if value is None else f"{decimal(value, digits)}\u202f%"


class Document(FPDF):
    """An A4 (or other) document with the Unicode fonts loaded and optional footer text.

    ``footer_text`` is drawn on every page with ``{page}`` and ``{pages}`` filled in, e.g.
    ``"Page {page} / {pages}"``.
    """

    def __init__(
        self,
        orientation: str = "portrait",
        format: str | tuple[float, float] = "A4",
        *,
        footer_text: str = "",
        title: str = "",
    ):
        super().__init__(orientation=orientation, unit="mm", format=format)
        self.add_font(FAMILY, "", str(font_path(False)))
        self.add_font(FAMILY, "B", str(font_path(True)))
        self.set_font(FAMILY, size=10)
        self.footer_text = footer_text
        self.set_creator("Check-in")
        if title:
            self.set_title(title)
        if footer_text:
            self.alias_nb_pages("{pages}")

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(FAMILY, size=8)
        self.set_text_color(90)
        text = self.footer_text.replace("{page}", str(self.page_no()))
        self.cell(0, 6, text, align="C")
        self.set_text_color(0)

    def event_title(
        self, event: Event, size: float, line: float, size_en: float, line_en: float
    ) -> None:
        """The event's French title, bold and centred (``size`` pt, ``line`` mm a line), then
        its English title in a smaller regular font when it says something else."""
        self.set_font(FAMILY, "B", size)
        self.multi_cell(0, line, event.title_fr, align="C", new_x="LMARGIN", new_y="NEXT")
        if event.title_en and event.title_en != event.title_fr:
            self.set_font(FAMILY, "", size_en)
            self.multi_cell(0, line_en, event.title_en, align="C", new_x="LMARGIN", new_y="NEXT")

    def save(self, path: Path | str) -> Path:
        """Write the document atomically (see :mod:`checkin.atomic`)."""
        return atomic.write_bytes(path, bytes(self.output()))
