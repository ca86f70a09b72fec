"""Participants reports written the way Zoom, Microsoft Teams and Webex write them: the tests
make their files with these, and ``scripts/online_examples.py`` the examples in docs/.

Each takes stays as ``(name, email, joined, left)`` with naive wall-clock datetimes (the zone
of whoever exported the report).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import openpyxl

Stay = tuple[str, str, datetime, datetime]


def _us(moment: datetime) -> str:  # Zoom: 02/03/2025 08:31:12 AM
    return moment.strftime("%m/%d/%Y %I:%M:%S %p")


def _teams_en(moment: datetime) -> str:  # Teams, en-US: 2/3/25, 8:31:12 AM
    hour = moment.hour % 12 or 12
    return (f"{moment.month}/{moment.day}/{moment:%y}, {hour}:{moment:%M:%S} "
            f"{'AM' if moment.hour < 12 else 'PM'}")


def _teams_fr(moment: datetime) -> str:  # Teams, fr-FR: 03/02/2025 08:31:12
    return moment.strftime("%d/%m/%Y %H:%M:%S")


def _hms(seconds: float, french: bool) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    parts = []
    if french:
        if h:
            parts.append(f"{h} h")
        if m:
            parts.append(f"{m} min")
        parts.append(f"{s} s")
    else:
        if h:
            parts.append(f"{h}h")
        if m:
            parts.append(f"{m}m")
        parts.append(f"{s}s")
    return " ".join(parts)


def zoom_csv(path: Path, stays: Sequence[Stay], *, meeting: bool = True,
             topic: str = "Plénière d'ouverture", waiting: Sequence[Stay] = (),
             renamed: dict[str, str] | None = None) -> Path:
    """Zoom's participants report; ``meeting``: exported with the meeting data block on
    top. ``waiting``: rows of people still in the waiting room. ``renamed``: name shown →
    the original name, written "Shown (Original)"."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if meeting:
        start = min(s[2] for s in stays)
        end = max(s[3] for s in stays)
        writer.writerow(["Meeting ID", "Topic", "Start Time", "End Time", "User Email",
                         "Duration (Minutes)", "Participants", ""])
        writer.writerow(["851 2345 6789", topic, _us(start), _us(end), "host@aim.example",
                         round((end - start).total_seconds() / 60), len(stays), ""])
        writer.writerow([])
    writer.writerow(["Name (Original Name)", "User Email", "Join Time", "Leave Time",
                     "Duration (Minutes)", "Guest", "Recording Consent", "In Waiting Room"])
    renamed = renamed or {}
    for rows, in_waiting in ((stays, "No"), (waiting, "Yes")):
        for name, email, joined, left in rows:
            shown = f"{name} ({renamed[name]})" if name in renamed else name
            minutes = max(1, -(-int((left - joined).total_seconds()) // 60))  # Zoom rounds up
            writer.writerow([shown, email, _us(joined), _us(left), minutes,
                             "No" if email else "Yes", "", in_waiting])
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def _teams_rows(stays: Sequence[Stay], french: bool, title: str, activities: bool
                ) -> list[list[str]]:
    when = _teams_fr if french else _teams_en
    start = min(s[2] for s in stays)
    end = max(s[3] for s in stays)
    people: dict[str, list[Stay]] = {}
    for stay in stays:
        people.setdefault(stay[1] or stay[0], []).append(stay)
    if french:
        rows = [["1. Résumé"], ["Titre de la réunion", title],
                ["Participants ayant assisté", str(len(people))],
                ["Heure de début", when(start)], ["Heure de fin", when(end)],
                ["Durée de la réunion", _hms((end - start).total_seconds(), True)],
                [], ["2. Participants"],
                ["Nom", "Première participation", "Dernier départ", "Durée de la réunion",
                 "E-mail", "ID du participant (UPN)", "Rôle"]]
    else:
        rows = [["1. Summary"], ["Meeting title", title],
                ["Attended participants", str(len(people))],
                ["Start time", when(start)], ["End time", when(end)],
                ["Meeting duration", _hms((end - start).total_seconds(), False)],
                [], ["2. Participants"],
                ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email",
                 "Participant ID (UPN)", "Role"]]
    role = "Participant" if french else "Attendee"
    for own in people.values():
        name, email = own[0][0], own[0][1]
        seconds = sum((s[3] - s[2]).total_seconds() for s in own)
        rows.append([name, when(min(s[2] for s in own)), when(max(s[3] for s in own)),
                     _hms(seconds, french), email, email, role])
    if activities:
        rows += [[], ["3. Activités dans la réunion" if french else "3. In-Meeting Activities"],
                 (["Nom", "Heure d'arrivée", "Heure de départ", "Durée", "E-mail", "Rôle"]
                  if french else
                  ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"])]
        for name, email, joined, left in stays:
            rows.append([name, when(joined), when(left),
                         _hms((left - joined).total_seconds(), french), email, role])
    return rows


def teams_tsv(path: Path, stays: Sequence[Stay], *, french: bool = True,
              title: str = "Panel de haut niveau", activities: bool = True) -> Path:
    """Teams' attendance report as Teams writes it: UTF-16 little-endian with a BOM,
    tab-separated, in sections."""
    text = "\r\n".join("\t".join(row) for row in _teams_rows(stays, french, title, activities))
    path.write_bytes(text.encode("utf-16"))  # Python writes the BOM, little-endian here
    return path


def teams_xlsx(path: Path, stays: Sequence[Stay], *, french: bool = False,
               title: str = "High-level panel", activities: bool = True) -> Path:
    """Teams' attendance report as an XLSX workbook (the same sections, one sheet)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Rapport de présence" if french else "Attendance report"
    for row in _teams_rows(stays, french, title, activities):
        sheet.append(row or [None])
    book.save(path)
    return path


def webex_csv(path: Path, stays: Sequence[Stay], *, meeting: str = "Atelier A") -> Path:
    """Webex's attendee report: one row per join, meeting columns first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    start = min(s[2] for s in stays)
    end = max(s[3] for s in stays)
    writer.writerow(["Meeting Name", "Meeting Start Time", "Meeting End Time", "Name",
                     "First Name", "Last Name", "Role", "Attendee Email", "Join Time",
                     "Leave Time", "Attendance Duration", "Connection Type", "Session Name"])
    for name, email, joined, left in stays:
        first, _, last = name.partition(" ")
        minutes = round((left - joined).total_seconds() / 60)
        writer.writerow([meeting, _us(start), _us(end), name, first, last, "Attendee", email,
                         _us(joined), _us(left), f"{minutes} mins", "VoIP", meeting])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path
