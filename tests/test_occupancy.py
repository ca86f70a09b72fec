"""Exits and occupancy (issue 17, part 1): who is in the room against capacity, the room-full
refusal and its override, auto-checkout at the end of a session, the union across stations
after sync, and ``checkin occupancy`` / ``checkin checkout`` through the real entry point."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from checkin import cli, occupancy, outcome_words
from checkin.model import CheckIn, Direction, Method, Outcome
from checkin.reception import Reception
from tests.fixed_time import NOW


def capacity(store, session_id: str, seats: int | None):
    changed = replace(store.session(session_id), capacity=seats)
    store.upsert_sessions([changed])
    return changed


def code(store, attendee_id: str) -> str:
    return store.attendee(attendee_id).token


def other_station(attendee_id: str, direction: Direction, minutes: int, station="door-b"):
    return CheckIn(f"{station}-{attendee_id}-{minutes}", attendee_id, "plenary", station,
                   NOW + timedelta(minutes=minutes), Method.CAMERA, direction)


def test_inside_counts_entries_minus_exits_and_ignores_undone(reception, small_event):
    plenary = small_event.session("plenary")
    for who in ("p1", "p2", "p4"):
        reception.admit(code(small_event, who), "plenary")
    reception.admit(code(small_event, "p2"), "plenary", direction=Direction.EXIT)
    undone = reception.admit(code(small_event, "p5"), "plenary")
    reception.undo(undone.checkin.uuid)
    figure = occupancy.occupancy(small_event, plenary)
    assert (figure.inside, figure.entries, figure.exits) == (2, 3, 1)
    assert occupancy.people_inside(small_event, "plenary") == ["p1", "p4"]


def test_exit_has_its_own_colour_and_words(reception, small_event):
    reception.admit(code(small_event, "p1"), "plenary")
    out = reception.admit(code(small_event, "p1"), "plenary", direction=Direction.EXIT)
    assert out.outcome is Outcome.EXIT and out.colour == "exit"
    assert outcome_words.words(out).headline == "Exit recorded"


def ticking():
    """A clock a minute later at each call: the order of the check-ins is their time's."""
    moments = (NOW + timedelta(minutes=i) for i in range(10_000))
    return lambda: next(moments)


def test_a_full_room_refuses_entries_but_not_exits_and_staff_may_override(small_event):
    capacity(small_event, "plenary", 2)
    reception = Reception(small_event, clock=ticking())
    assert reception.admit(code(small_event, "p1"), "plenary").outcome is Outcome.ACCEPTED
    assert reception.admit(code(small_event, "p2"), "plenary").outcome is Outcome.ACCEPTED
    full = reception.admit(code(small_event, "p4"), "plenary")
    assert full.outcome is Outcome.ROOM_FULL and full.override_allowed and full.colour == "red"
    said = outcome_words.words(full)
    assert said.headline == "Refused: room full"
    assert said.explanation == "2 people are in the room; it holds 2."
    assert "PIN" in said.advice
    # someone leaves: the next one comes in
    assert reception.admit(code(small_event, "p1"), "plenary",
                           direction=Direction.EXIT).outcome is Outcome.EXIT
    assert reception.admit(code(small_event, "p4"), "plenary").outcome is Outcome.ACCEPTED
    # full again: staff squeeze one more in, recorded as an override
    forced = reception.admit(code(small_event, "p5"), "plenary", override=True)
    assert forced.outcome is Outcome.ACCEPTED and forced.checkin.override
    assert outcome_words.words(forced).headline == "Accepted (staff override)"
    figure = occupancy.occupancy(small_event, small_event.session("plenary"))
    assert (figure.inside, figure.level, figure.overshoot) == (3, "full", 1)


def test_levels_at_ninety_and_a_hundred_percent(small_event):
    plenary = capacity(small_event, "plenary", 10)
    figure = occupancy.Occupancy(plenary, 8, 8, 0, 8)
    assert figure.level == "ok"
    assert replace(figure, inside=9).level == "warning"
    assert replace(figure, inside=10).level == "full"
    assert occupancy.Occupancy(replace(plenary, capacity=None), 50, 50, 0, 50).level == "ok"


def test_stations_union_after_sync_and_offline_overshoot(reception, small_event):
    """Door A lets two in, door B (offline) two others into a room of three: after the merge,
    both count four inside, and the peak says one too many."""
    capacity(small_event, "plenary", 3)
    reception.refresh()
    reception.admit(code(small_event, "p1"), "plenary")
    reception.admit(code(small_event, "p2"), "plenary")
    small_event.merge_checkins([other_station("p4", Direction.ENTRY, 1),
                                other_station("p5", Direction.ENTRY, 2),
                                other_station("p1", Direction.EXIT, 30)])
    figure = occupancy.occupancy(small_event, small_event.session("plenary"))
    assert (figure.inside, figure.peak, figure.overshoot) == (3, 4, 1)
    assert figure.level == "full"


def test_check_out_everyone_at_session_end(reception, small_event):
    for who in ("p1", "p2", "p4"):
        reception.admit(code(small_event, who), "plenary")
    reception.admit(code(small_event, "p4"), "plenary", direction=Direction.EXIT)
    plenary = small_event.session("plenary")
    assert [s.id for s in occupancy.ended_sessions_with_people(small_event, NOW)] == []
    later = plenary.ends_at + timedelta(minutes=1)
    assert [s.id for s in occupancy.ended_sessions_with_people(small_event, later)] == ["plenary"]
    made = occupancy.check_out_everyone(small_event, plenary, later)
    assert sorted(c.attendee_id for c in made) == ["p1", "p2"]
    assert all(c.direction is Direction.EXIT and c.method is Method.AUTO for c in made)
    assert occupancy.inside_count(small_event, "plenary") == 0
    assert small_event.pending_count() >= 2  # pushed like any other check-in


# --- through the command line ----------------------------------------------------------


@pytest.fixture
def run(small_event, capsys):
    def call(*args: str) -> tuple[int, str, str]:
        status = cli.main(["--db", str(small_event.path), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def test_occupancy_command_prints_the_figures(run, small_event):
    capacity(small_event, "plenary", 2)
    Reception(small_event, clock=lambda: NOW).admit(code(small_event, "p1"), "plenary")
    small_event.merge_checkins([other_station("p4", Direction.ENTRY, 1),
                                other_station("p5", Direction.ENTRY, 2)])
    status, out, err = run("occupancy")
    assert status == 0 and err == ""
    line = next(s for s in out.splitlines() if s.startswith("plenary"))
    assert "in the room 3 / 2 (150 %)" in line and "ROOM FULL" in line
    assert "peak 3: 1 over capacity" in line
    assert "workshop-a" in out and "in the room 0 / 40 (0 %)" in out
    status, out, _ = run("occupancy", "--session", "speakers")
    assert status == 0 and out.strip().endswith("in the room 0 / no capacity")
    status, _, err = run("occupancy", "--session", "nowhere")
    assert status == 1 and "nowhere" in err


def test_checkout_command_empties_the_room(run, small_event):
    Reception(small_event, clock=lambda: NOW).admit(code(small_event, "p1"), "plenary")
    status, out, _ = run("checkout", "--session", "plenary")
    assert status == 0 and "1 checked out" in out
    _, out, _ = run("occupancy", "--session", "plenary")
    assert "in the room 0 /" in out
    status, out, _ = run("checkout")
    assert status == 0 and "Nobody is left inside" in out


def test_the_doors_one_query_counts_as_the_replay_does(small_event):
    """Store.inside_count (the capacity rule's, on every scan) agrees with the replay of the
    movements, ties at one moment included (an entry, then an exit)."""
    moves = [("p1", Direction.ENTRY, 0), ("p1", Direction.EXIT, 0), ("p2", Direction.ENTRY, 1),
             ("p4", Direction.ENTRY, 2), ("p4", Direction.EXIT, 3), ("p4", Direction.ENTRY, 4),
             ("p5", Direction.EXIT, 5)]
    small_event.merge_checkins([other_station(a, d, m, station=f"s{i}")
                                for i, (a, d, m) in enumerate(moves)])
    assert occupancy.people_inside(small_event, "plenary") == ["p2", "p4"]
    assert small_event.inside_count("plenary") == 2
    assert small_event.inside_count("plenary", but="p4") == 1
    assert small_event.inside_count("workshop-a") == 0
