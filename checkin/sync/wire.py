"""Records ↔ JSON, as the hub, its client and the station bundle write them.

One dict per record with the model's field names; times in UTC ISO (``to_iso``); tuples as
lists. Reading goes through the declared models of :mod:`checkin.sync.records`: a missing,
mistyped, oversized or impossible field raises :class:`WireError` naming the field, which the
client turns into a ``ProtocolError``, a bundle into a ``BundleError`` and the hub into a 422.
"""

from __future__ import annotations

import json

from checkin.model import (
    Attendee,
    CheckIn,
    Event,
    Session,
    Station,
    Void,
    plain,
    to_iso,
)
from checkin.sync import records

# One error for every record that is not what it must be (``field`` names the culprit).
WireError = records.RecordError


# --- event ----------------------------------------------------------------------------------


def event_to(e: Event) -> dict:
    return {
        "id": e.id,
        "code": e.code,
        "title_fr": e.title_fr,
        "title_en": e.title_en,
        "timezone": e.timezone,
        "start_date": e.start_date.isoformat(),
        "end_date": e.end_date.isoformat(),
        "venue": e.venue,
        "organiser": e.organiser,
        "badge_settings": e.badge_settings,
    }


def event_from(d: dict) -> Event:
    return records.parse(records.EventRecord, d).to_model()


# --- sessions -------------------------------------------------------------------------------


def session_to(s: Session) -> dict:
    return plain(s)


def session_from(d: dict) -> Session:
    return records.parse(records.SessionRecord, d).to_model()


# --- attendees ------------------------------------------------------------------------------


def attendee_to(a: Attendee) -> dict:
    return plain(a, exclude=("pending_workshops",))  # kept at the station that read it


def attendee_row_to(row: dict) -> dict:
    """An ``attendees`` table row straight to the wire (the hub's feed: no record in between,
    times are already stored as ``to_iso`` writes them)."""
    out = {k: (row.get(k) or "") for k in _ATTENDEE_TEXT}
    out["category"] = out["category"] or "participant"
    out["language"] = out["language"] or "fr"
    out["status"] = out["status"] or "confirmed"
    out["workshops"] = json.loads(row["workshops"]) if row.get("workshops") else []
    out["attention"] = bool(row.get("attention"))
    out["valid_from"] = row.get("valid_from") or None
    out["valid_until"] = row.get("valid_until") or None
    out["badge_printed_at"] = row.get("badge_printed_at") or None
    out["updated_at"] = row.get("updated_at") or None
    return out


_ATTENDEE_TEXT = (
    "id", "event_id", "token", "first_name", "last_name", "organisation", "country",
    "category", "language", "email", "phone", "reg_no", "status", "notes", "origin",
    "door_note", "product", "variation",
)


def attendee_from(d: dict) -> Attendee:
    return records.parse(records.AttendeeRecord, d).to_model()


# --- check-ins and voids --------------------------------------------------------------------


def checkin_to(c: CheckIn) -> dict:
    return plain(c, exclude=("station_name",))  # the name travels with the station


def checkin_from(d: dict) -> CheckIn:
    return records.parse(records.CheckInRecord, d).to_model()


def void_to(v: Void) -> dict:
    return {
        "uuid": v.uuid,
        "checkin_uuid": v.checkin_uuid,
        "station_id": v.station_id,
        "at": to_iso(v.at),
    }


def void_from(d: dict) -> Void:
    return records.parse(records.VoidRecord, d).to_model()


# --- stations -------------------------------------------------------------------------------


def station_to(s: Station) -> dict:
    return {
        "id": s.id,
        "name": s.name,
        "last_seen": to_iso(s.last_seen),
        "pending": s.pending,
    }


def station_from(d: dict) -> Station:
    return records.parse(records.StationRecord, d).to_model()
