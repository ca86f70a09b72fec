"""The attendance sheet funders ask for, as PDF: per session, per day, or one sheet per
session in one file.

Landscape A4, bilingual: the event's header on every page with the funder's logo (set in the
settings), the session (or day), its date and room, and when and by whom the sheet was
produced; the columns N°, Nom / Name, Prénom / First name, Organisation, Pays / Country,
Heure d'arrivée / Arrival time and an empty Signature box tall enough to sign; column
headings repeated on every page, "Page n / N" at the foot, totals and a certification block
(name, role, signature, stamp) at the end. Long names and organisations wrap inside their
cell instead of being cut.

Two kinds: the sheet of the people *present* (with their arrival times), and the empty
*sign-in* sheet (feuille d'émargement) of everybody expected, to be signed at the door.

People who attended online (the meeting platform's report) are on the sheet of the people
present as the organiser chooses (:class:`OnlineCount`, a setting and ``--online``): apart,
after the on-site list, on pages of their own with their own total (the default: a funder
reads the signed list as it was signed), or together in one list, "En ligne / Online" in their
signature box. Someone there both ways counts once, on site.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from checkin.badges.text import pieces
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


def day_fr(day: date) -> str:
    """"3 février 2025", "1er mars 2025" (French writes the first of the month 1er)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS_FR[day.month - 1]} {day.year}"


def long_date(day: date) -> str:
    """"lundi 3 février 2025 / Monday 3 February 2025", whatever the machine's locale."""
    french = f"{DAYS_FR[day.weekday()]} {day_fr(day)}"
    english = f"{DAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{french} / {english}"


LINE_HEIGHT = 4.6  # mm
PADDING = (1.2, 1.5)  # mm, top/bottom and left/right inside a cell
ALIGN = ("R", "L", "L", "L", "L", "C", "L")
HEADING_FILL = (225, 230, 236)


def wrap_cell(doc: Document, text: str, width: float) -> list[str]:
    """Greedy wrap between words and after hyphens; a piece wider than the cell alone is
    cut between letters (nothing is ever dropped)."""
    measure = doc.get_string_width
    lines: list[str] = []
    current = ""
    for glue, piece in pieces(text):
        candidate = current + glue + piece if current else piece
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while measure(piece) > width and len(piece) > 1:
            cut = len(piece) - 1
            while cut > 1 and measure(piece[:cut]) > width:
                cut -= 1
            lines.append(piece[:cut])
            piece = piece[cut:]
        current = piece
    if current:
        lines.append(current)
    return lines


class Grid:
    """The sheet's table, drawn directly: about five times faster than fpdf2's general
    table for the same look (the funders' sheet of a 5,000-person event has 3,000 pages).
    Headings are repeated at the top of each page; rows never split across pages."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.widths = [w for _, w in COLUMNS]
        self.left = (doc.w - sum(self.widths)) / 2
        self._headings()

    def _headings(self) -> None:
        self.doc.set_font(FAMILY, "B", 9)
        self._draw([title for title, _ in COLUMNS], fill=HEADING_FILL, minimum=0)
        self.doc.set_font(FAMILY, "", 9)

    def row(self, values) -> None:
        self._draw(values, fill=None, minimum=ROW_HEIGHT)

    def _draw(self, values, fill, minimum: float) -> None:
        doc = self.doc
        pad_v, pad_h = PADDING
        cells = [wrap_cell(doc, text, w - 2 * pad_h) for text, w in zip(values, self.widths, strict=False)]
        height = max(minimum, max(len(c) for c in cells) * LINE_HEIGHT + 2 * pad_v)
        if doc.get_y() + height > doc.page_break_trigger and fill is None:
            doc.add_page()
            self._headings()
        y = doc.get_y()
        x = self.left
        ascent = doc.font_size * 0.8  # baseline below the line's top, for DejaVu
        for lines, w, align in zip(cells, self.widths, ALIGN, strict=False):
            if fill is not None:
                doc.set_fill_color(*fill)
                doc.rect(x, y, w, height, style="DF")
            else:
                doc.rect(x, y, w, height)
            top = y + (height - len(lines) * LINE_HEIGHT) / 2
            for n, line in enumerate(lines):
                if align == "L":
                    tx = x + pad_h
                elif align == "R":
                    tx = x + w - pad_h - doc.get_string_width(line)
                else:
                    tx = x + (w - doc.get_string_width(line)) / 2
                doc.text(tx, top + n * LINE_HEIGHT + (LINE_HEIGHT - doc.font_size) / 2 + ascent, line)
            x += w
        doc.set_xy(self.left, y + height)


class SheetKind(enum.Enum):
    PRESENT = "present"  # the people who came, with their arrival times
    SIGN_IN = "sign-in"  # everybody expected, empty times, to sign at the door


class OnlineCount(enum.Enum):
    """Where the people who attended online go on the sheet of the people present."""

    SEPARATE = "separate"  # after the on-site list, on pages of their own, with their total
    TOGETHER = "together"  # in the one list, marked "En ligne / Online"

    @classmethod
    def parse(cls, value: str | None) -> OnlineCount:
        """A stored setting; anything else (nothing, an old value) is the default."""
        try:
            return cls(value)
        except ValueError:
            return cls.SEPARATE


TITLES = {
    SheetKind.PRESENT: "LISTE DE PRÉSENCE / ATTENDANCE SHEET",
    SheetKind.SIGN_IN: "FEUILLE D'ÉMARGEMENT / SIGN-IN SHEET",
}
ONLINE_TITLE = "LISTE DE PRÉSENCE EN LIGNE / ONLINE ATTENDANCE SHEET"
ONLINE_MARK = "En ligne / Online"  # in the signature box of someone who attended online

#: Station settings (``Store.get_setting``) the sheet reads.
SETTING_LOGO = "funders.logo"
SETTING_SIGNATORY = "funders.signatory"
SETTING_ROLE = "funders.signatory_role"
SETTING_ONLINE = "funders.online"  # an OnlineCount value


@dataclass(frozen=True)
class SheetOptions:
    kind: SheetKind = SheetKind.PRESENT
    produced_at: datetime | None = None  # UTC; printed in the event's zone
    produced_by: str = ""  # the station or the organiser
    signatory: str = ""  # pre-filled in the certification block (blank: a line to write on)
    role: str = ""
    logo: Path | None = None  # the funder's logo, top right of every page
    online: OnlineCount = OnlineCount.SEPARATE  # where those who attended online go

    @classmethod
    def from_store(cls, store, **overrides) -> SheetOptions:
        """The options saved in the station's settings (logo, signatory and role), the
        station's name as the producer; ``overrides`` win."""
        logo = store.get_setting(SETTING_LOGO) or ""
        values = dict(
            produced_by=store.station_name,
            signatory=store.get_setting(SETTING_SIGNATORY) or "",
            role=store.get_setting(SETTING_ROLE) or "",
            logo=Path(logo) if logo and Path(logo).is_file() else None,
            online=OnlineCount.parse(store.get_setting(SETTING_ONLINE)),
        )
        values.update(overrides)
        return cls(**values)


def produced_line(data: Attendance, options: SheetOptions) -> str:
    """"Établie le 03/02/2025 à 09:17 par Auditorium – porte A / Produced on 3 February 2025
    at 09:17 by Auditorium – porte A"."""
    if options.produced_at is None:
        return ""
    local = data.local(options.produced_at)
    day = local.date()
    french = f"Établie le {day_fr(day)} à {local:%H:%M}"
    english = f"Produced on {day.day} {MONTHS_EN[day.month - 1]} {day.year} at {local:%H:%M}"
    if options.produced_by:
        french += f" par {options.produced_by}"
        english += f" by {options.produced_by}"
    return f"{french} / {english}"


class SheetDocument(Document):
    """A document whose every page starts with the event's and the sheet's header."""

    def __init__(self, data: Attendance, heading: str, details: str,
                 options: SheetOptions | None = None):
        options = options or SheetOptions()
        title = "Feuille d'émargement" if options.kind is SheetKind.SIGN_IN else "Liste de présence"
        super().__init__("landscape", "A4", footer_text="Page {page} / {pages}", title=title)
        self.data = data
        self.heading = heading
        self.details = details
        self.options = options
        self.sheet_title = TITLES[options.kind]
        self.produced = produced_line(data, options)
        self.set_margins(10, 10, 10)
        self.set_auto_page_break(True, margin=16)

    def header(self) -> None:
        margins = self.l_margin, self.r_margin
        if self.options.logo is not None:
            # The funder's logo, top right, at most 40 × 16 mm; the title is centred
            # between equal margins that leave the logo its room.
            self.image(str(self.options.logo), x=self.w - 10 - 40, y=6, w=40, h=16,
                       keep_aspect_ratio=True)
            self.set_left_margin(10 + 44)
            self.set_right_margin(10 + 44)
        self.set_x(self.l_margin)
        self.event_title(self.data.event, 11, 5, 8, 4)
        self.set_left_margin(margins[0])
        self.set_right_margin(margins[1])
        self.set_x(self.l_margin)
        self.ln(1)
        self.set_font(FAMILY, "B", 11)
        self.cell(0, 6, self.sheet_title, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "B", 9.5)
        self.multi_cell(0, 4.5, self.heading, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", 8.5)
        self.multi_cell(0, 4.5, self.details, align="C", new_x="LMARGIN", new_y="NEXT")
        if self.produced:
            self.set_font(FAMILY, "", 7.5)
            self.set_text_color(70)
            self.cell(0, 4, self.produced, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
        self.ln(2)
        self.set_font(FAMILY, "", 9)

    def certification(self) -> None:
        """The block the organiser signs and stamps: bilingual, name and role pre-filled
        when the settings hold them, else lines to write on."""
        options = self.options
        height = 38
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()
        self.ln(3)
        top, left, width = self.get_y(), self.l_margin, self.w - self.l_margin - self.r_margin
        self.set_draw_color(90)
        self.rect(left, top, width, height)
        self.set_xy(left + 3, top + 2)
        self.set_font(FAMILY, "B", 9.5)
        self.cell(0, 5, "Certifié exact / Certified correct", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", 9)
        column = (width - 6) / 4
        fields = (
            ("Nom / Name", options.signatory),
            ("Fonction / Role", options.role),
            ("Signature", ""),
            ("Cachet / Stamp", ""),
        )
        y = top + 9
        for n, (label, value) in enumerate(fields):
            x = left + 3 + n * column
            self.set_xy(x, y)
            self.set_font(FAMILY, "B", 8.5)
            self.cell(column - 4, 4.5, label)
            self.set_font(FAMILY, "", 9)
            if value:
                self.set_xy(x, y + 6)
                self.multi_cell(column - 4, 4.5, value)
            self.line(x, top + height - 5, x + column - 6, top + height - 5)
        self.set_draw_color(0)
        self.set_xy(left, top + height + 2)


@dataclass(frozen=True)
class Section:
    """One sheet: its heading and details, its rows (person, arrival time or "", what goes
    in the signature box: "" to sign), its totals line, and the title above it when it is
    not the kind's own."""

    heading: str
    details: str
    rows: tuple[tuple[Attendee, str, str], ...]
    total: str
    title: str = ""


def _row(person: Attendee, arrival: Arrival) -> tuple[Attendee, str, str]:
    return (person, arrival.local_at.strftime("%H:%M"),
            ONLINE_MARK if arrival.online_only else "")


def present_sections(heading: str, details: str,
                     present: Sequence[tuple[Attendee, Arrival]], expected: int | None,
                     online: OnlineCount) -> list[Section]:
    """The people present, as the organiser counts those who attended online: in the one
    list, or their own list after it (only when there are some). Each person once."""
    on_site = [(p, a) for p, a in present if not a.online_only]
    remote = [(p, a) for p, a in present if a.online_only]
    expect = f"     Attendus / Expected: {expected}" if expected is not None else ""
    if not remote:
        return [Section(heading, details, tuple(_row(p, a) for p, a in present),
                        f"Total des présents / Total present: {len(present)}{expect}")]
    if online is OnlineCount.TOGETHER:
        total = (f"Total des présents / Total present: {len(present)} (sur place / on site: "
                 f"{len(on_site)}, en ligne / online: {len(remote)}){expect}")
        return [Section(heading, details, tuple(_row(p, a) for p, a in present), total)]
    return [
        Section(heading, details, tuple(_row(p, a) for p, a in on_site),
                f"Total des présents sur place / Total present on site: {len(on_site)}{expect}"),
        Section(heading, f"{details} · Participation en ligne / Attended online",
                tuple(_row(p, a) for p, a in remote),
                f"Total des participants en ligne / Total online: {len(remote)}     "
                f"Total sur place et en ligne / On site and online: {len(present)}",
                ONLINE_TITLE),
    ]


def session_sections(data: Attendance, session: Session, options: SheetOptions) -> list[Section]:
    start = data.local(session.starts_at)
    end = data.local(session.ends_at)
    details = f"{long_date(start.date())} · {start:%H:%M}–{end:%H:%M}"
    if session.room:
        details += f" · Salle / Room: {session.room}"
    expected = data.expected(session)
    heading = session_label(session)
    if options.kind is SheetKind.SIGN_IN:
        rows = tuple((person, "", "") for person in expected)
        return [Section(heading, details, rows, _signin_total(len(rows)))]
    return present_sections(heading, details, data.present(session), len(expected),
                            options.online)


def _signin_total(count: int) -> str:
    return (f"Personnes attendues / People expected: {count}"
            "     Signatures : ______ / Signatures: ______")


def _write(data: Attendance, sections: Sequence[Section], path: Path | str,
           options: SheetOptions | None = None) -> Path:
    options = options or SheetOptions()
    doc = SheetDocument(data, "", "", options)
    if not sections:
        sections = [Section("Aucune session / No session", "", (),
                            "Total des présents / Total present: 0")]
    for section in sections:
        doc.heading, doc.details = section.heading, section.details
        doc.sheet_title = section.title or TITLES[options.kind]
        doc.add_page()
        grid = Grid(doc)
        for number, (person, time, mark) in enumerate(section.rows, 1):
            grid.row((
                str(number), person.last_name, person.first_name, person.organisation,
                person.country, time, mark,
            ))
        doc.ln(4)
        doc.set_font(FAMILY, "B", 10)
        doc.multi_cell(0, 6, section.total, new_x="LMARGIN", new_y="NEXT")
        doc.certification()
    return doc.save(path)


def session_sheet_pdf(data: Attendance, session: Session, path: Path | str,
                      options: SheetOptions | None = None) -> Path:
    """The sheet of one session: everybody who arrived (or, for a sign-in sheet, everybody
    expected), alphabetical."""
    options = options or SheetOptions()
    return _write(data, session_sections(data, session, options), path, options)


def sessions_sheet_pdf(data: Attendance, sessions: Sequence[Session], path: Path | str,
                       options: SheetOptions | None = None) -> Path:
    """One sheet per session, each from a new page with its own header, totals and
    certification block, in one file (what "all sessions" prints)."""
    options = options or SheetOptions()
    return _write(data, [part for s in sessions for part in session_sections(data, s, options)],
                  path, options)


def day_sheet_pdf(data: Attendance, day: date, path: Path | str,
                  options: SheetOptions | None = None) -> Path:
    """The sheet of one day: everybody who arrived at any session that day, with their
    first arrival time."""
    options = options or SheetOptions()
    sessions = [s for s in data.sessions if data.session_day(s) == day]
    heading = "Toutes les sessions de la journée / All sessions of the day"
    count = len(sessions)
    details = f"{long_date(day)} · {count} session{'s' if count > 1 else ''}"
    if options.kind is SheetKind.SIGN_IN:
        seen: dict[str, Attendee] = {}
        for s in sessions:
            for person in data.expected(s):
                seen.setdefault(person.id, person)
        rows = tuple((p, "", "") for p in data.attendees if p.id in seen)
        return _write(data, [Section(heading, details, rows, _signin_total(len(rows)))], path,
                      options)
    return _write(data, present_sections(heading, details, data.present_on(day), None,
                                         options.online), path, options)
