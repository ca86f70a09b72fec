"""Records ↔ JSON, as the hub, its client and the station bundle write them.

One dict per record with the model's field names, made by :func:`checkin.model.plain` from
the record's own fields (times in UTC ISO, days as ISO dates, enums as their values, tuples
as lists; a field marked ``LOCAL`` or ``JOINED`` stays home). Reading goes through the
declared models of :mod:`checkin.sync.records`: a missing, mistyped, oversized or impossible
field raises :class:`WireError` naming the field, which the client turns into a
``ProtocolError``, a bundle into a ``BundleError`` and the hub into a 422.
"""

from __future__ import annotations

from typing import Any

from checkin.model import (
    Attendee,
    CheckIn,
    Event,
    LoanEvent,
    Receiver,
    Session,
    Station,
    Void,
    from_plain,
    plain,
)
from checkin.sync import records

# One error for every record that is not what it must be (``field`` names the culprit).
WireError = records.RecordError


def row_to(record_type: type[Any], row: dict[str, Any]) -> dict[str, Any]:
    """A table row as the wire record of its type (the hub's feed), through the record, so
    the row and the wire are the record's own fields both ways."""
    return plain(from_plain(record_type, row))


def event_to(e: Event) -> dict[str, Any]:
    return plain(e)


def event_from(d: dict[str, Any]) -> Event:
    return records.parse(records.EventRecord, d).to_model()


def session_to(s: Session) -> dict[str, Any]:
    return plain(s)


def session_from(d: dict[str, Any]) -> Session:
    return records.parse(records.SessionRecord, d).to_model()


def attendee_to(a: Attendee) -> dict[str, Any]:
    return plain(a)


def attendee_row_to(row: dict[str, Any]) -> dict[str, Any]:
    """An ``attendees`` table row straight to the wire (the hub's feed)."""
    return row_to(Attendee, row)


def attendee_from(d: dict[str, Any]) -> Attendee:
    return records.parse(records.AttendeeRecord, d).to_model()


def checkin_to(c: CheckIn) -> dict[str, Any]:
    return plain(c)


def checkin_from(d: dict[str, Any]) -> CheckIn:
    return records.parse(records.CheckInRecord, d).to_model()


def void_to(v: Void) -> dict[str, Any]:
    return plain(v)


def void_from(d: dict[str, Any]) -> Void:
    return records.parse(records.VoidRecord, d).to_model()


def station_to(s: Station) -> dict[str, Any]:
    return plain(s)


def station_from(d: dict[str, Any]) -> Station:
    return records.parse(records.StationRecord, d).to_model()


# --- interpretation receivers and their loans -----------------------------------------------


def receiver_to(r: Receiver) -> dict[str, Any]:
    return plain(r)


def receiver_from(d: dict[str, Any]) -> Receiver:
    return records.parse(records.ReceiverRecord, d).to_model()


def loan_to(e: LoanEvent) -> dict[str, Any]:
    return plain(e)


def loan_from(d: dict[str, Any]) -> LoanEvent:
    return records.parse(records.LoanRecord, d).to_model()
