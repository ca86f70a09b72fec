"""The door's rules (checkin.admission), pretix's custom rules offline (checkin.checkin_rules)
and the words of each answer (checkin.outcome_words), on a real station database."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from checkin import checkin_rules, outcome_words
from checkin.admission import RULES
from checkin.model import (
    AdmitResult,
    Attendee,
    CheckIn,
    Direction,
    Method,
    NotAdmittedReason,
    Outcome,
    RegistrationStatus,
)
from checkin.reception import Reception
from tests.fixed_time import NOW

BUJUMBURA = ZoneInfo("Africa/Bujumbura")


def person(store, attendee_id: str, **changes) -> Attendee:
    changed = replace(store.attendee(attendee_id), **changes)
    store.upsert_attendees([changed])
    return changed


def session(store, session_id: str, **changes):
    changed = replace(store.session(session_id), **changes)
    store.upsert_sessions([changed])
    return changed


# --- registration status -------------------------------------------------------------------


def test_status_is_one_enum_from_sheet_row_and_wire():
    assert RegistrationStatus.parse("") is RegistrationStatus.CONFIRMED
    assert RegistrationStatus.parse("Pending") is RegistrationStatus.PENDING
    assert Attendee("x", "e", "t", "A", "B", status="blocked").status is RegistrationStatus.BLOCKED
    assert f"{RegistrationStatus.CANCELLED}" == "cancelled"  # in files, never the enum's name
    with pytest.raises(ValueError):
        RegistrationStatus.parse("maybe")


def test_a_pending_registration_is_refused_then_overridden_with_a_record(reception,
                                                                            small_event):
    pending = person(small_event, "p4", status=RegistrationStatus.PENDING)
    refused = reception.admit(pending.token, "plenary")
    assert refused.outcome is Outcome.UNPAID and refused.override_allowed
    assert refused.colour == "red" and small_event.checkins() == []
    said = outcome_words.words(refused)
    assert said.headline == "Refused: registration not paid / not confirmed"
    assert "registration desk" in said.advice
    let_in = reception.admit(pending.token, "plenary", override=True)
    assert let_in.outcome is Outcome.ACCEPTED and let_in.checkin.override
    assert small_event.checkin(let_in.checkin.uuid).override


def test_cancelled_and_blocked_are_never_overridden(reception, small_event):
    for who, status, outcome in (("p3", RegistrationStatus.CANCELLED, Outcome.CANCELLED),
                                 ("p4", RegistrationStatus.BLOCKED, Outcome.BLOCKED)):
        someone = person(small_event, who, status=status)
        result = reception.admit(someone.token, "plenary", override=True)
        assert result.outcome is outcome and not result.override_allowed
    assert small_event.checkins() == []


def test_an_override_passes_one_refusal_not_the_double_entry(reception, small_event):
    pending = person(small_event, "p4", status=RegistrationStatus.PENDING)
    assert reception.admit(pending.token, "plenary", override=True).admitted
    again = reception.admit(pending.token, "plenary", override=True)
    assert again.outcome is Outcome.ALREADY_IN and again.first is not None


def test_expected_counts_pending_only_where_the_session_accepts_unpaid(small_event):
    person(small_event, "p4", status=RegistrationStatus.PENDING)
    person(small_event, "p5", status=RegistrationStatus.BLOCKED)
    plenary = small_event.session("plenary")
    assert small_event.expected(plenary) == 3  # p1, p2, p5 (blocked counts, as in pretix)
    assert small_event.expected(replace(plenary, accept_unpaid=True)) == 4


# --- entry after exit ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("multiple", "after_exit", "second", "third"),
    [
        (False, True, Outcome.ALREADY_IN, Outcome.REENTRY),  # pretix's default
        (False, False, Outcome.ALREADY_IN, Outcome.ALREADY_IN),
        (True, False, Outcome.REENTRY, Outcome.REENTRY),
    ],
)
def test_entry_after_exit_and_multiple_entries(small_event, multiple, after_exit, second,
                                               third):
    session(small_event, "plenary", allow_multiple_entries=multiple,
            allow_entry_after_exit=after_exit)
    clock = [NOW]
    door = Reception(small_event, clock=lambda: clock[0])
    code = small_event.attendee("p1").token
    assert door.admit(code, "plenary").outcome is Outcome.ACCEPTED
    clock[0] += timedelta(minutes=1)
    assert door.admit(code, "plenary").outcome is second
    clock[0] += timedelta(minutes=1)
    assert door.admit(code, "plenary", direction=Direction.EXIT).outcome is Outcome.EXIT
    clock[0] += timedelta(minutes=1)
    result = door.admit(code, "plenary", override=True)  # staff override changes nothing here
    assert result.outcome is third


# --- attention -------------------------------------------------------------------------------


def test_attention_is_accepted_with_the_note_in_its_own_colour(reception, small_event):
    flagged = person(small_event, "p4", attention=True, door_note="Wheelchair: use door B")
    result = reception.admit(flagged.token, "plenary")
    assert result.outcome is Outcome.ACCEPTED and result.attention
    assert result.colour == "attention"
    said = outcome_words.words(result)
    assert said.headline == "Accepted — attention" and said.note == "Wheelchair: use door B"
    # a refusal stays a refusal, note or not
    assert not reception.admit(flagged.token, "plenary").attention


# --- pretix's custom rules at the door -------------------------------------------------------


def rules_session(store, rules, **changes):
    return session(store, "plenary", rules=json.dumps(rules), **changes)


def test_a_time_window_with_tolerance(small_event):
    # the plenary starts at 08:00 in Bujumbura (06:00 UTC); entry from 15 minutes before
    rules_session(small_event, {"isAfter": [{"var": "now"}, {"buildTime": ["date_from"]}, 15]})
    code = person(small_event, "p4", product="7").token
    early = Reception(small_event, clock=lambda: datetime(2025, 2, 3, 5, 40, tzinfo=UTC))
    refused = early.admit(code, "plenary")
    assert (refused.outcome, refused.reason) == (Outcome.NOT_ADMITTED, NotAdmittedReason.RULES)
    assert refused.override_allowed and refused.detail.startswith("after|at=2025-02-03T05:45")
    said = outcome_words.words(refused)
    assert said.explanation.startswith("The check-in rule of Opening plenary says no: only "
                                       "allowed after 2025-02-03 05:45 UTC")
    on_time = Reception(small_event,
                        clock=lambda: datetime(2025, 2, 3, 5, 46, tzinfo=UTC))
    assert on_time.admit(code, "plenary").admitted


def test_a_rule_the_station_cannot_evaluate_refuses_and_may_be_overridden(reception,
                                                                         small_event):
    rules_session(small_event, {"someNewOperator": [{"var": "now"}]})
    code = person(small_event, "p4", product="7").token
    refused = reception.admit(code, "plenary")
    assert refused.reason is NotAdmittedReason.RULE_UNCHECKABLE and refused.override_allowed
    assert outcome_words.words(refused).headline == \
        "Refused: rule not checkable offline — staff override"
    assert reception.admit(code, "plenary", override=True).checkin.override


def test_rules_apply_to_entries_not_exits(reception, small_event):
    rules_session(small_event, {"==": [1, 2]})
    code = small_event.attendee("p4").token
    assert reception.admit(code, "plenary").reason is NotAdmittedReason.RULES
    assert reception.admit(code, "plenary", direction=Direction.EXIT).admitted


def facts(history=(), now=datetime(2025, 2, 3, 9, 0, tzinfo=UTC), **more):
    return checkin_rules.Facts(now=now, tz=BUJUMBURA, history=tuple(history), product="7",
                               variation="", date_from=datetime(2025, 2, 3, 6, 0,
                                                                tzinfo=UTC),
                               **more)


def entry(at, direction=Direction.ENTRY):
    return CheckIn(f"c-{at.isoformat()}", "p", "s", "st", at, Method.CAMERA, direction)


@pytest.mark.parametrize(
    ("rule", "allowed"),
    [
        ({"inList": [{"var": "product"}, {"objectList": [{"lookup": ["product", "7", "A"]}]}]},
         True),
        ({"inList": [{"var": "product"}, {"objectList": [{"lookup": ["product", "8", "B"]}]}]},
         False),
        ({"<": [{"var": "entries_number"}, 2]}, False),  # two entries already
        ({"<": [{"var": "entries_today"}, 2]}, True),  # one of them yesterday
        ({"==": [{"var": "entries_days"}, 2]}, True),
        ({">": [{"var": "minutes_since_last_entry"}, 30]}, True),  # 60 minutes ago
        ({">": [{"var": "minutes_since_last_entry"}, 90]}, False),
        ({"==": [{"var": "now_isoweekday"}, 1]}, True),  # 3 Feb 2025 was a Monday
        ({"==": [{"var": "gate"}, None]}, True),
        ({"==": [{"var": "entry_status"}, "absent"]}, True),  # the last one was an exit
        ({"and": [True, {"isBefore": [{"var": "now"}, {"buildTime": ["custom",
                                                                     "2025-02-03T11:30:00+02:00"]}]}]},
         True),
        ({"isAfter": [{"var": "now"}, {"buildTime": ["customtime", "12:00:00"]}]}, False),
        ({"<": [{"entries_since": [{"buildTime": ["custom", "2025-02-03T00:00:00Z"]}]}, 1]},
         False),
    ],
)
def test_pretix_operators(rule, allowed):
    history = [entry(datetime(2025, 2, 2, 9, 0, tzinfo=UTC)),
               entry(datetime(2025, 2, 3, 8, 0, tzinfo=UTC)),
               entry(datetime(2025, 2, 3, 8, 30, tzinfo=UTC), Direction.EXIT)]
    assert checkin_rules.evaluate(rule, facts(history)).allowed is allowed


def test_an_error_inside_a_rule_refuses_as_pretix_does():
    # comparing a time with nothing: pretix's evaluation fails, and it refuses
    verdict = checkin_rules.evaluate({"isAfter": [{"var": "now"}, None]}, facts())
    assert not verdict.allowed


@pytest.mark.parametrize("rule", [
    {"unknownOperator": [1]},
    {"==": [{"var": "a_variable_of_a_later_pretix"}, 1]},
    {"isAfter": [{"var": "now"}, {"buildTime": ["a_later_kind", None]}]},
])
def test_what_the_station_cannot_know_is_uncheckable(rule):
    with pytest.raises(checkin_rules.Uncheckable):
        checkin_rules.evaluate(rule, facts())


# --- words ----------------------------------------------------------------------------------


def test_every_answer_has_its_words(small_event):
    someone = small_event.attendee("p4")
    plenary = small_event.session("plenary")
    for outcome in Outcome:
        reasons = list(NotAdmittedReason) if outcome is Outcome.NOT_ADMITTED else [None]
        for reason in reasons:
            said = outcome_words.words(AdmitResult(outcome, plenary, someone, reason=reason))
            assert said.headline and "{" not in said.headline + said.explanation
    assert len(RULES) >= 8
