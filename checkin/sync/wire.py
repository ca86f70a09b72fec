"""Records ↔ JSON, as the hub, its client and the station bundle write them.

One dict per record with the model's field names; times in UTC ISO (``to_iso``); tuples as
lists. Reading is strict: a missing or mistyped field raises :class:`WireError` with the
field's name, which the client turns into a ``ProtocolError`` and the hub into a rejected item.
"""

from __future__ import annotations

import json
from datetime import date

from checkin.model import (
    Attendee,
    CheckIn,
    Direction,
    Event,
    Method,
    RegistrationStatus,
    Session,
    Station,
    from_iso,
    to_iso,
)
from checkin.sync.base import Void


class WireError(ValueError):
    """A record on the wire is missing a field or has one of the wrong type."""


def _get(d: dict, key: str, kind=str, default=...):
    if not isinstance(d, dict):
        raise WireError("a record is not a JSON object")
    if key not in d or d[key] is None:
        if default is ...:
            raise WireError(f"field {key!r} is missing")
        return default
    value = d[key]
    if kind is float and isinstance(value, int):
        return float(value)
    if kind is int and isinstance(value, bool):
        return int(value)
    if not isinstance(value, kind):
        raise WireError(f"field {key!r} has the wrong type")
    return value


def _time(d: dict, key: str, required: bool = True):
    text = _get(d, key, str, ... if required else None)
    if text is None:
        return None
    try:
        return from_iso(text)
    except ValueError as error:
        raise WireError(f"field {key!r} is not a time") from error


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
    try:
        start = date.fromisoformat(_get(d, "start_date"))
        end = date.fromisoformat(_get(d, "end_date"))
    except ValueError as error:
        raise WireError("the event's dates are not dates") from error
    return Event(
        id=_get(d, "id"),
        code=_get(d, "code"),
        title_fr=_get(d, "title_fr", str, ""),
        title_en=_get(d, "title_en", str, ""),
        timezone=_get(d, "timezone", str, "UTC"),
        start_date=start,
        end_date=end,
        venue=_get(d, "venue", str, ""),
        organiser=_get(d, "organiser", str, ""),
        badge_settings=_get(d, "badge_settings", dict, {}),
    )


# --- sessions -------------------------------------------------------------------------------


def session_to(s: Session) -> dict:
    return {
        "id": s.id,
        "event_id": s.event_id,
        "name_fr": s.name_fr,
        "name_en": s.name_en,
        "starts_at": to_iso(s.starts_at),
        "ends_at": to_iso(s.ends_at),
        "room": s.room,
        "capacity": s.capacity,
        "categories": list(s.categories),
        "registration_required": s.registration_required,
        "allow_multiple_entries": s.allow_multiple_entries,
        "allow_entry_after_exit": s.allow_entry_after_exit,
        "accept_unpaid": s.accept_unpaid,
        "rules": s.rules,
        "admission_at": to_iso(s.admission_at),
        "removed": s.removed,
    }


def session_from(d: dict) -> Session:
    return Session(
        id=_get(d, "id"),
        event_id=_get(d, "event_id", str, ""),
        name_fr=_get(d, "name_fr"),
        name_en=_get(d, "name_en", str, ""),
        starts_at=_time(d, "starts_at"),
        ends_at=_time(d, "ends_at"),
        room=_get(d, "room", str, ""),
        capacity=_get(d, "capacity", int, None),
        categories=tuple(str(c) for c in _get(d, "categories", list, [])),
        registration_required=bool(_get(d, "registration_required", bool, False)),
        # "reentry": the name before allow_multiple_entries, from an older station or hub
        allow_multiple_entries=bool(
            _get(d, "allow_multiple_entries", bool, _get(d, "reentry", bool, False))
        ),
        allow_entry_after_exit=bool(_get(d, "allow_entry_after_exit", bool, True)),
        accept_unpaid=bool(_get(d, "accept_unpaid", bool, False)),
        rules=_get(d, "rules", str, ""),
        admission_at=_time(d, "admission_at", required=False),
        removed=bool(_get(d, "removed", bool, False)),
    )


def _status(d: dict) -> RegistrationStatus:
    try:
        return RegistrationStatus.parse(_get(d, "status", str, "confirmed"))
    except ValueError as error:
        raise WireError("field 'status' is not a registration status") from error


# --- attendees ------------------------------------------------------------------------------


def attendee_to(a: Attendee) -> dict:
    return {
        "id": a.id,
        "event_id": a.event_id,
        "token": a.token,
        "first_name": a.first_name,
        "last_name": a.last_name,
        "organisation": a.organisation,
        "country": a.country,
        "category": a.category,
        "language": a.language,
        "email": a.email,
        "phone": a.phone,
        "reg_no": a.reg_no,
        "status": a.status.value,
        "workshops": list(a.workshops),
        "notes": a.notes,
        "attention": a.attention,
        "door_note": a.door_note,
        "product": a.product,
        "variation": a.variation,
        "valid_from": to_iso(a.valid_from),
        "valid_until": to_iso(a.valid_until),
        "badge_printed_at": to_iso(a.badge_printed_at),
        "updated_at": to_iso(a.updated_at),
        "origin": a.origin,
    }


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
    token = _get(d, "token")
    if not token.strip():
        raise WireError("field 'token' is empty")
    return Attendee(
        id=_get(d, "id"),
        event_id=_get(d, "event_id", str, ""),
        token=token,
        first_name=_get(d, "first_name", str, ""),
        last_name=_get(d, "last_name", str, ""),
        organisation=_get(d, "organisation", str, ""),
        country=_get(d, "country", str, ""),
        category=_get(d, "category", str, "participant"),
        language=_get(d, "language", str, "fr"),
        email=_get(d, "email", str, ""),
        phone=_get(d, "phone", str, ""),
        reg_no=_get(d, "reg_no", str, ""),
        status=_status(d),
        workshops=tuple(str(w) for w in _get(d, "workshops", list, [])),
        notes=_get(d, "notes", str, ""),
        attention=bool(_get(d, "attention", bool, False)),
        door_note=_get(d, "door_note", str, ""),
        product=_get(d, "product", str, ""),
        variation=_get(d, "variation", str, ""),
        valid_from=_time(d, "valid_from", required=False),
        valid_until=_time(d, "valid_until", required=False),
        badge_printed_at=_time(d, "badge_printed_at", required=False),
        updated_at=_time(d, "updated_at", required=False),
        origin=_get(d, "origin", str, ""),
    )


# --- check-ins and voids --------------------------------------------------------------------


def checkin_to(c: CheckIn) -> dict:
    return {
        "uuid": c.uuid,
        "attendee_id": c.attendee_id,
        "session_id": c.session_id,
        "station_id": c.station_id,
        "at": to_iso(c.at),
        "method": c.method.value,
        "direction": c.direction.value,
        "override": c.override,
        "voided": c.voided,
    }


def checkin_from(d: dict) -> CheckIn:
    method_text = _get(d, "method")
    direction_text = _get(d, "direction", str, "entry")
    try:
        method = Method(method_text)
        direction = Direction(direction_text)
    except ValueError as error:
        raise WireError("a check-in has an unknown method or direction") from error
    return CheckIn(
        uuid=_get(d, "uuid"),
        attendee_id=_get(d, "attendee_id"),
        session_id=_get(d, "session_id"),
        station_id=_get(d, "station_id", str, ""),
        at=_time(d, "at"),
        method=method,
        direction=direction,
        override=bool(_get(d, "override", bool, False)),
        voided=bool(_get(d, "voided", bool, False)),
    )


def void_to(v: Void) -> dict:
    return {
        "uuid": v.uuid,
        "checkin_uuid": v.checkin_uuid,
        "station_id": v.station_id,
        "at": to_iso(v.at),
    }


def void_from(d: dict) -> Void:
    return Void(
        uuid=_get(d, "uuid"),
        checkin_uuid=_get(d, "checkin_uuid"),
        station_id=_get(d, "station_id", str, ""),
        at=_time(d, "at"),
    )


def void_row(row: dict) -> Void:
    """A ``voids`` table row as a record."""
    return Void(row["uuid"], row["checkin_uuid"], row["station_id"] or "", from_iso(row["at"]))


# --- stations -------------------------------------------------------------------------------


def station_to(s: Station) -> dict:
    return {
        "id": s.id,
        "name": s.name,
        "last_seen": to_iso(s.last_seen),
        "pending": s.pending,
    }


def station_from(d: dict) -> Station:
    return Station(
        id=_get(d, "id"),
        name=_get(d, "name", str, ""),
        last_seen=_time(d, "last_seen", required=False),
        pending=_get(d, "pending", int, 0),
    )
