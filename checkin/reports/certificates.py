"""Attendance certificates: one bilingual page per person who attended at least one session,
listing the sessions attended, as one merged PDF or one file per person.

The logo and colours come from the event's badge settings, so certificates match the badges;
the place and date of issue are on the page, French first then English.

Someone who attended only online (the meeting platform's report) "a participé en ligne à /
attended online"; someone who came in, to some sessions or all, "a participé à / attended" as
before, the sessions they followed only online marked "(en ligne / online)" in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checkin.atomic import ensure_folder
from checkin.badges.layout import BadgeStyle
from checkin.filenames import ascii_name, safe_name
from checkin.model import Attendee
from checkin.pdf import FAMILY, Document
from checkin.reports.data import Attendance, Attended
from checkin.reports.sheet import MONTHS_EN, MONTHS_FR, day_fr
from checkin.reports.tables import session_label


@dataclass(frozen=True)
class CertificateResult:
    paths: tuple[Path, ...]
    people: tuple[str, ...]  # attendee ids, in page / file order


def _dates(data: Attendance) -> str:
    start, end = data.event.start_date, data.event.end_date
    if start == end:
        return f"{start.day} {MONTHS_FR[start.month - 1]} {start.year} / " \
               f"{start.day} {MONTHS_EN[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return (f"du {start.day} au {end.day} {MONTHS_FR[end.month - 1]} {end.year} / "
                f"{start.day}–{end.day} {MONTHS_EN[end.month - 1]} {end.year}")
    return (f"du {start:%d/%m/%Y} au {end:%d/%m/%Y} / "
            f"{start:%d/%m/%Y} – {end:%d/%m/%Y}")


def _issue_line(data: Attendance, issued: date) -> str:
    venue = data.event.venue
    fr = f"Fait à {venue}, le {day_fr(issued)}" if venue else f"Fait le {day_fr(issued)}"
    en = f"Issued in {venue} on {issued.day} {MONTHS_EN[issued.month - 1]} {issued.year}" if venue \
        else f"Issued on {issued.day} {MONTHS_EN[issued.month - 1]} {issued.year}"
    return f"{fr} / {en}"


ATTENDED = "a participé à / attended"
ATTENDED_ONLINE = "a participé en ligne à / attended online"
ONLINE_SESSION = " (en ligne / online)"


def attended_line(data: Attendance, person: Attendee) -> str:
    """What the certificate says the person did: attended, or attended online."""
    return ATTENDED_ONLINE if data.attended_as(person.id) is Attended.ONLINE else ATTENDED


class CertificateDocument(Document):
    def __init__(self, data: Attendance, style: BadgeStyle, issued: date):
        super().__init__("portrait", "A4", title="Attestations de participation")
        self.data = data
        self.style = style
        self.issued = issued
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=20)

    def add_certificate(self, person: Attendee) -> None:
        data, style = self.data, self.style
        event = data.event
        self.add_page()
        # A frame in the header colour.
        self.set_draw_color(*style.header_colour)
        self.set_line_width(1.2)
        self.rect(10, 10, self.w - 20, self.h - 20)
        self.set_line_width(0.3)
        self.rect(12.5, 12.5, self.w - 25, self.h - 25)
        self.set_y(22)
        if style.logo is not None:
            self.image(str(style.logo), x=(self.w - 40) / 2, h=22, w=0, keep_aspect_ratio=True)
            self.ln(4)
        self.set_text_color(*style.header_colour)
        self.set_font(FAMILY, "B", 22)
        self.cell(0, 11, "ATTESTATION DE PARTICIPATION", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", 15)
        self.cell(0, 8, "Certificate of attendance", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(30)
        self.ln(10)
        self.set_font(FAMILY, "", 11)
        self.cell(0, 6, "Nous certifions que / We certify that", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_font(FAMILY, "B", 20)
        self.multi_cell(0, 10, person.full_name, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", 11)
        origin = ", ".join(part for part in (person.organisation, person.country) if part)
        if origin:
            self.multi_cell(0, 6, origin, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)
        self.cell(0, 6, attended_line(data, person), align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.event_title(event, 12.5, 6.5, 10.5, 5.5)
        self.ln(2)
        self.set_font(FAMILY, "", 10.5)
        where = f"{event.venue}, " if event.venue else ""
        self.multi_cell(0, 6, where + _dates(data), align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        self.set_font(FAMILY, "B", 11)
        self.cell(0, 7, "Sessions suivies / Sessions attended", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", 10)
        attended = data.attended(person.id)
        mixed = any(not a.online_only for _s, a in attended)  # online sessions need a mark
        for session, arrival in attended:
            start = data.local(session.starts_at)
            mark = ONLINE_SESSION if mixed and arrival.online_only else ""
            self.multi_cell(
                0, 5.5, f"•  {start:%d/%m/%Y %H:%M} — {session_label(session)}{mark}",
                align="L", new_x="LMARGIN", new_y="NEXT",
            )
        self.ln(10)
        self.set_font(FAMILY, "", 10)
        self.multi_cell(0, 6, _issue_line(data, self.issued), align="L", new_x="LMARGIN", new_y="NEXT")
        if event.organiser:
            self.ln(12)
            self.set_font(FAMILY, "B", 10)
            self.multi_cell(0, 6, f"Pour les organisateurs / For the organisers: {event.organiser}",
                            align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(18)
            self.set_draw_color(120)
            self.line(self.w - 22 - 70, self.get_y(), self.w - 22, self.get_y())
            self.set_font(FAMILY, "", 8.5)
            self.set_x(self.w - 22 - 70)
            self.cell(70, 5, "Signature et cachet / Signature and stamp", align="C")


def certificate_people(data: Attendance, attendee_ids: Sequence[str] = ()) -> list[Attendee]:
    """Everybody who attended at least one session (or those of ``attendee_ids`` who did)."""
    people = data.people_present()
    if attendee_ids:
        wanted = set(attendee_ids)
        people = [p for p in people if p.id in wanted]
    return people


def file_name(person: Attendee, suffix: str = ".pdf") -> str:
    """``Nkurunziza-Habonimana_Elodie_<id>.pdf``: ASCII, safe on every file system."""
    last, first = ascii_name(person.last_name, max_length=50), ascii_name(person.first_name,
                                                                         max_length=40)
    return safe_name(f"{last}_{first}_{ascii_name(person.id)[:12]}") + suffix


def write_certificates(
    data: Attendance,
    style: BadgeStyle,
    target: Path | str,
    *,
    one_file_per_person: bool = False,
    attendee_ids: Sequence[str] = (),
    issued: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CertificateResult:
    """One merged PDF at ``target``, or one PDF per person in the folder ``target``.

    ``issued`` is the date printed under "Fait à … le"; by default the event's last day,
    never the computer's clock (certificates made months later still carry the event)."""
    issued = issued or data.event.end_date or data.event.start_date
    people = certificate_people(data, attendee_ids)
    target = Path(target)
    paths: list[Path] = []
    if one_file_per_person:
        ensure_folder(target)
        for number, person in enumerate(people, 1):
            doc = CertificateDocument(data, style, issued)
            doc.add_certificate(person)
            paths.append(doc.save(target / file_name(person)))
            if progress:
                progress(number, len(people))
    else:
        doc = CertificateDocument(data, style, issued)
        for number, person in enumerate(people, 1):
            doc.add_certificate(person)
            if progress:
                progress(number, len(people))
        if not people:
            doc.add_page()
            doc.set_font(FAMILY, "", 12)
            doc.cell(0, 10, "Aucune présence enregistrée / No attendance recorded")
        paths.append(doc.save(target))
    return CertificateResult(tuple(paths), tuple(p.id for p in people))
