"""The attendance sheet funders ask for, as PDF: per session, or per day.

Landscape A4, bilingual: the event's header on every page, the session (or day), its date
and room; the columns N°, Nom / Name, Prénom / First name, Organisation, Pays / Country,
Heure d'arrivée / Arrival time and an empty Signature box tall enough to sign; column
headings repeated on every page, "Page n / N" at the foot, totals at the end. Long names and
organisations wrap inside their cell instead of being cut.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fpdf.fonts import FontFace

from checkin.model import Attendee, Session
from checkin.pdf import FAMILY, Document
from checkin.reports.data import Arrival, Attendance
from checkin.reports.tables import session_label

COLUMNS = (
    ("N°", 12),
    ("Nom / Name", 48),
    ("Prénom / First name", 42),
    ("Organisation", 66),
    ("Pays / Country", 32),
    ("Heure d'arrivée / Arrival time", 31),
    ("Signature", 46),
)
ROW_HEIGHT = 9.5  # mm: room for a signature
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: date) -> str:
    """"lundi 3 février 2025 / Monday 3 February 2025", whatever the machine's locale."""
    french = f"{DAYS_FR[day.weekday()]} {day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    english = f"{DAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{french} / {english}"


def breakable(text: str) -> str:
    """Let a compound name wrap after its hyphens (a zero-width space is a break
    opportunity for fpdf2 and invisible, also in the extracted text), not mid-word."""
    return text.replace("-", "-\u200b")


class SheetDocument(Document):
    """A document whose every page starts with the event's and the sheet's header."""

    def __init__(self, data: Attendance, heading: str, details: str):
        super().__init__(
            "landscape", "A4", footer_text="Page {page} / {pages}", title="Liste de présence"
        )
        self.data = data
        self.heading = heading
        self.details = details
        self.set_margins(10, 10, 10)
        self.set_auto_page_break(True, margin=16)

    def header(self) -> None:
        event = self.data.event
        self.set_font(FAMILY, "B", 11)
        self.multi_cell(0, 5, event.title_fr, align="C", new_x="LMARGIN", new_y="NEXT")
        if event.title_en and event.title_en != event.title_fr:
            self.set_font(FAMILY, "", 8)
            self.multi_cell(0, 4, event.title_en, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font(FAMILY, "B", 11)
        self.cell(0, 6, "LISTE DE PRÉSENCE / ATTENDANCE SHEET", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "B", 9.5)
        self.multi_cell(0, 4.5, self.heading, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", 8.5)
        self.multi_cell(0, 4.5, self.details, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_font(FAMILY, "", 9)


def _write(
    data: Attendance, heading: str, details: str, rows: list[tuple[Attendee, Arrival]],
    expected: int | None, path: Path | str,
) -> Path:
    doc = SheetDocument(data, heading, details)
    doc.add_page()
    headings = FontFace(emphasis="BOLD", fill_color=(225, 230, 236))
    with doc.table(
        col_widths=tuple(w for _, w in COLUMNS),
        width=sum(w for _, w in COLUMNS),
        headings_style=headings,
        line_height=4.6,
        padding=(1.2, 1.5),
        text_align=("RIGHT", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"),
        v_align="MIDDLE",
        repeat_headings=1,
        min_row_height=ROW_HEIGHT,
    ) as table:
        header = table.row()
        for title, _ in COLUMNS:
            header.cell(title)
        for number, (person, arrival) in enumerate(rows, 1):
            row = table.row()
            row.cell(str(number))
            row.cell(breakable(person.last_name))
            row.cell(breakable(person.first_name))
            row.cell(breakable(person.organisation))
            row.cell(breakable(person.country))
            row.cell(arrival.local_at.strftime("%H:%M"))
            row.cell("")
    doc.ln(4)
    doc.set_font(FAMILY, "B", 10)
    total = f"Total des présents / Total present: {len(rows)}"
    if expected is not None:
        total += f"     Attendus / Expected: {expected}"
    doc.cell(0, 6, total, new_x="LMARGIN", new_y="NEXT")
    return doc.save(path)


def session_sheet_pdf(data: Attendance, session: Session, path: Path | str) -> Path:
    """The sheet of one session: everybody who arrived, alphabetical."""
    start = data.local(session.starts_at)
    end = data.local(session.ends_at)
    details = f"{long_date(start.date())} · {start:%H:%M}–{end:%H:%M}"
    if session.room:
        details += f" · Salle / Room: {session.room}"
    return _write(
        data, session_label(session), details, data.present(session),
        len(data.expected(session)), path,
    )


def day_sheet_pdf(data: Attendance, day: date, path: Path | str) -> Path:
    """The sheet of one day: everybody who arrived at any session that day, with their
    first arrival time."""
    sessions = [s for s in data.sessions if data.session_day(s) == day]
    heading = "Toutes les sessions de la journée / All sessions of the day"
    details = f"{long_date(day)} · {len(sessions)} session(s)"
    return _write(data, heading, details, data.present_on(day), None, path)
