"""The check-in decision: every outcome, what it writes, undo, and the session from the clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from checkin.model import (
    CheckIn,
    Direction,
    Method,
    NotAdmittedReason,
    Outcome,
    Station,
)
from checkin.reception import Reception, UnknownSession
from tests.fixed_time import NOW


def token(store, attendee_id: str) -> str:
    return store.attendee(attendee_id).token


def rows(store, table: str) -> list[dict]:
    return store.query(f"select * from {table}")


def test_accepted_writes_the_checkin_and_its_outbox_row(reception, small_event):
    result = reception.admit(token(small_event, "p1"), "plenary", method=Method.SCANNER)
    assert result.outcome is Outcome.ACCEPTED and result.admitted
    assert result.attendee.id == "p1" and result.session.id == "plenary"
    assert result.first is None and result.reason is None
    stored = small_event.checkin(result.checkin.uuid)
    assert (stored.attendee_id, stored.session_id, stored.voided) == ("p1", "plenary", False)
    assert (stored.method, stored.direction, stored.at) == (Method.SCANNER, Direction.ENTRY, NOW)
    assert stored.station_id == small_event.station_id
    (outbox,) = rows(small_event, "outbox")
    assert (outbox["kind"], outbox["ref"], outbox["pushed_at"]) == (
        "checkin", result.checkin.uuid, None)


def test_already_in_tells_when_and_where_first(reception, small_event):
    small_event.set_station_name("Auditorium – porte A")
    first = reception.admit(token(small_event, "p1"), "plenary")
    later = Reception(small_event, clock=lambda: NOW + timedelta(minutes=5))
    again = later.admit(token(small_event, "p1"), "plenary")
    assert again.outcome is Outcome.ALREADY_IN and not again.admitted
    assert again.outcome.colour == "amber"
    assert again.first.uuid == first.checkin.uuid
    assert again.first.at == NOW
    assert again.first.station_name == "Auditorium – porte A"
    assert again.checkin is None
    assert len(rows(small_event, "checkins")) == 1 and len(rows(small_event, "outbox")) == 1


def test_already_in_from_another_station(reception, small_event):
    small_event.upsert_stations([Station("door-b", "Porte B")])
    small_event.merge_checkins([CheckIn("elsewhere", "p1", "plenary", "door-b", NOW,
                                        Method.CAMERA)])
    result = reception.admit(token(small_event, "p1"), "plenary")
    assert result.outcome is Outcome.ALREADY_IN
    assert (result.first.uuid, result.first.station_name) == ("elsewhere", "Porte B")


def test_reentry_where_the_session_allows_it(reception, small_event):
    first = reception.admit(token(small_event, "p2"), "speakers")
    again = reception.admit(token(small_event, "p2"), "speakers")
    assert (first.outcome, again.outcome) == (Outcome.ACCEPTED, Outcome.REENTRY)
    assert again.admitted and again.first.uuid == first.checkin.uuid
    assert len(small_event.entries("p2", "speakers")) == 2


def test_exit_is_recorded_and_does_not_count_as_an_entry(reception, small_event):
    code = token(small_event, "p1")
    reception.admit(code, "plenary")
    out = reception.admit(code, "plenary", direction=Direction.EXIT)
    assert out.outcome is Outcome.EXIT and out.admitted
    assert small_event.checkin(out.checkin.uuid).direction is Direction.EXIT
    assert small_event.arrived("plenary") == 1
    # Back in through a door of a session without re-entry: already in.
    assert reception.admit(code, "plenary").outcome is Outcome.ALREADY_IN


@pytest.mark.parametrize(
    "code",
    ["TST25-0000000000000000", "TST25-ZZZZZZZZZZZZZZZZ", "some-pretix-secret", "12345"],
)
def test_unknown_badge(reception, small_event, code):
    result = reception.admit(code, "plenary")
    assert result.outcome is Outcome.UNKNOWN and result.outcome.colour == "red"
    assert result.attendee is None and result.checkin is None
    assert rows(small_event, "checkins") == [] and rows(small_event, "outbox") == []


def test_badge_of_another_event(reception, small_event):
    other = token(small_event, "p1").replace("TST25-", "ABC24-")
    result = reception.admit(other, "plenary")
    assert result.outcome is Outcome.OTHER_EVENT and result.attendee is None
    assert rows(small_event, "checkins") == []


def test_cancelled_registration_cannot_be_overridden(reception, small_event):
    for override in (False, True):
        result = reception.admit(token(small_event, "p3"), "plenary", override=override)
        assert result.outcome is Outcome.CANCELLED and not result.admitted
        assert result.attendee.id == "p3" and not result.override_allowed
    assert rows(small_event, "checkins") == []


def test_not_admitted_by_category(reception, small_event):
    result = reception.admit(token(small_event, "p4"), "speakers")
    assert result.outcome is Outcome.NOT_ADMITTED
    assert result.reason is NotAdmittedReason.CATEGORY and result.override_allowed
    assert rows(small_event, "checkins") == []
    # The organiser is of an admitted category.
    assert reception.admit(token(small_event, "p5"), "speakers").outcome is Outcome.ACCEPTED


def test_not_admitted_to_a_workshop_without_registration(reception, small_event):
    result = reception.admit(token(small_event, "p4"), "workshop-a")
    assert result.outcome is Outcome.NOT_ADMITTED
    assert result.reason is NotAdmittedReason.NOT_REGISTERED
    assert reception.admit(token(small_event, "p1"), "workshop-a").outcome is Outcome.ACCEPTED


def test_override_is_recorded(reception, small_event):
    result = reception.admit(token(small_event, "p4"), "workshop-a", override=True)
    assert result.outcome is Outcome.ACCEPTED and result.checkin.override
    assert small_event.checkin(result.checkin.uuid).override
    assert small_event.query("select override from checkins")[0]["override"] == 1
    # An override asked for someone who needs none is not recorded as one.
    plain = reception.admit(token(small_event, "p1"), "workshop-a", override=True)
    assert plain.outcome is Outcome.ACCEPTED and not plain.checkin.override


def test_admit_by_search_records_the_method(reception, small_event):
    result = reception.admit_attendee("p4", "plenary")
    assert result.outcome is Outcome.ACCEPTED
    assert small_event.checkin(result.checkin.uuid).method is Method.SEARCH
    assert reception.admit_attendee("nobody", "plenary").outcome is Outcome.UNKNOWN


def test_undo_is_a_void_event_and_a_readmit_is_accepted(reception, small_event):
    code = token(small_event, "p1")
    first = reception.admit(code, "plenary")
    undone = reception.undo(first.checkin.uuid)
    assert undone.voided and undone.uuid == first.checkin.uuid
    # The row stays, voided; the undo is an event of its own, pushed like a check-in.
    (row,) = rows(small_event, "checkins")
    assert row["voided"] == 1
    (void,) = rows(small_event, "voids")
    assert void["checkin_uuid"] == first.checkin.uuid and void["station_id"]
    assert [r["kind"] for r in rows(small_event, "outbox")] == ["checkin", "void"]
    assert small_event.arrived("plenary") == 0
    again = reception.admit(code, "plenary")
    assert again.outcome is Outcome.ACCEPTED and again.first is None
    assert small_event.arrived("plenary") == 1
    # Undoing twice records one void; an unknown uuid is None.
    reception.undo(first.checkin.uuid)
    assert len(rows(small_event, "voids")) == 1
    assert reception.undo("no-such-uuid") is None


def test_unknown_session(reception, small_event):
    with pytest.raises(UnknownSession):
        reception.admit(token(small_event, "p1"), "nope")


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 2, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (utc(3, 7, 30), "plenary"),  # plenary and lounge both running: the shorter one
        (utc(3, 9, 30), "speakers"),  # only the lounge is running
        (utc(3, 10, 30), "workshop-a"),  # the workshop started after the lounge
        (utc(3, 4, 0), "plenary"),  # 06:00 local, nothing yet: the next one today
        (utc(3, 17, 0), "speakers"),  # evening: the last one to end today
        (utc(2, 10, 0), "plenary"),  # the day before: the next one at all
        (utc(5, 10, 0), "workshop-a"),  # after the event: the last one
    ],
)
def test_current_session_from_the_clock(small_event, now, expected):
    reception = Reception(small_event, clock=lambda: now)
    assert reception.current_session().id == expected
    assert Reception(small_event).current_session(now).id == expected


def test_no_sessions_no_current_session(store):
    assert Reception(store).current_session() is None
