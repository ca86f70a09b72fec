"""The engine against a real hub: pull, merge, push, walk-ins, voids, status."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from checkin import tokens
from checkin.model import Attendee, Method
from checkin.reception import Reception
from checkin.sync.base import SyncState
from checkin.sync.engine import SyncEngine

NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


def checkin_uuids(store) -> list[str]:
    return sorted(r["uuid"] for r in store.query("select uuid from checkins"))


def test_first_pull_brings_event_sessions_and_attendees(hub, hub_store, make_station):
    store, engine = make_station("Door A", hub.url)
    report = engine.cycle()
    assert report.error is None, report.error
    assert report.status.state is SyncState.ONLINE
    assert report.pulled_event and report.structure_changed
    assert report.pulled_sessions == 3
    assert report.pulled_attendees == 5
    assert store.event() == hub_store.event()
    assert [s.id for s in store.sessions()] == [s.id for s in hub_store.sessions()]
    assert {a.token for a in store.attendees()} == {a.token for a in hub_store.attendees()}
    # The next cycle has nothing new.
    again = engine.cycle()
    assert (again.pulled_attendees, again.pulled_sessions, again.pushed) == (0, 0, 0)
    assert not again.structure_changed


def test_badge_admitted_at_door_a_is_already_in_at_door_b(hub, hub_store, make_station):
    a_store, a_engine = make_station("Door A", hub.url)
    b_store, b_engine = make_station("Door B", hub.url)
    a_engine.cycle()
    b_engine.cycle()
    token = hub_store.attendee("p1").token
    first = Reception(a_store, clock=lambda: NOW).admit(token, "plenary")
    assert first.outcome.value == "accepted"
    assert a_engine.cycle().pushed == 1
    assert a_store.pending_count() == 0
    assert b_engine.cycle().pulled_checkins == 1
    second = Reception(b_store, clock=lambda: NOW).admit(token, "plenary")
    assert second.outcome.value == "already_in"
    assert second.first.uuid == first.checkin.uuid
    assert second.first.station_name == "Door A"  # door A's name travelled with the feed
    assert checkin_uuids(hub_store) == checkin_uuids(a_store) == checkin_uuids(b_store)


def test_walk_in_reaches_the_other_station(hub, hub_store, make_station):
    a_store, a_engine = make_station("Desk", hub.url)
    b_store, b_engine = make_station("Door B", hub.url)
    a_engine.cycle()
    b_engine.cycle()
    walk_in = Attendee("w1", "test", tokens.new_token("TST25"), "Aline", "Irakoze",
                       "Mutuelle X", "Burundi")
    a_store.upsert_attendees([walk_in], outbox=True)
    Reception(a_store, clock=lambda: NOW).admit_attendee("w1", "plenary", method=Method.WALK_IN)
    report = a_engine.cycle()
    assert report.pushed == 2 and report.duplicates == 0
    at_hub = hub_store.attendee("w1")
    assert at_hub.token == walk_in.token and at_hub.origin == "Desk"
    b_engine.cycle()
    at_b = b_store.attendee("w1")
    assert at_b.full_name == "Aline Irakoze" and at_b.origin == "Desk"
    result = Reception(b_store, clock=lambda: NOW).admit(walk_in.token, "plenary")
    assert result.outcome.value == "already_in"


def test_undo_travels_as_a_void(hub, hub_store, make_station):
    a_store, a_engine = make_station("Door A", hub.url)
    b_store, b_engine = make_station("Door B", hub.url)
    a_engine.cycle()
    b_engine.cycle()
    reception = Reception(a_store, clock=lambda: NOW)
    done = reception.admit(hub_store.attendee("p4").token, "plenary")
    a_engine.cycle()
    b_engine.cycle()
    assert b_store.checkin(done.checkin.uuid).voided is False
    reception.undo(done.checkin.uuid)
    assert a_engine.cycle().pushed == 1
    assert hub_store.checkin(done.checkin.uuid).voided
    b_report = b_engine.cycle()
    assert b_report.pulled_voids == 1
    assert b_store.checkin(done.checkin.uuid).voided
    assert len(hub_store.query("select * from voids")) == 1
    # and the person can be admitted again at B
    again = Reception(b_store, clock=lambda: NOW).admit(hub_store.attendee("p4").token, "plenary")
    assert again.outcome.value == "accepted"


def test_attendee_edit_last_writer_to_reach_the_hub_wins(hub, hub_store, make_station):
    a_store, a_engine = make_station("Door A", hub.url)
    b_store, b_engine = make_station("Door B", hub.url)
    a_engine.cycle()
    b_engine.cycle()
    from dataclasses import replace

    a_store.upsert_attendees([replace(a_store.attendee("p2"), phone="+257 1")], outbox=True)
    b_store.upsert_attendees([replace(b_store.attendee("p2"), phone="+257 2")], outbox=True)
    # A pushes first; B's pull does not overwrite B's own unpushed edit; B's push wins.
    a_engine.cycle()
    b_engine.cycle()
    assert b_store.attendee("p2").phone == "+257 2"
    assert hub_store.attendee("p2").phone == "+257 2"
    assert hub_store.attendee("p2").origin == "Door B"
    a_engine.cycle()
    assert a_store.attendee("p2").phone == "+257 2"
    assert a_store.attendee("p2").origin == "Door B"


def test_no_source_is_disabled(store):
    engine = SyncEngine(store, None)
    report = engine.cycle()
    assert report.skipped
    assert engine.status().state is SyncState.DISABLED


def test_refused_item_is_recorded_and_does_not_block_the_queue(hub, hub_store, make_station):
    store, engine = make_station("Desk", hub.url)
    engine.cycle()
    stolen = hub_store.attendee("p1").token
    store.upsert_attendees([Attendee("w2", "test", stolen + "X", "A", "B")], outbox=True)
    # The hub meanwhile gave that token to someone else: the walk-in is refused for good.
    hub_store.upsert_attendees([Attendee("w3", "test", stolen + "X", "C", "D")])
    Reception(store, clock=lambda: NOW).admit_attendee("p4", "plenary")
    report = engine.cycle()
    assert report.error is None
    assert (report.pushed, report.rejected) == (1, 1)
    assert store.pending_count() == 0
    rows = store.query("select kind, ref, reason from sync_rejections order by id")
    # the pull left the hub's w3 out (its token is w2's here), the push was refused for w2
    assert [(r["kind"], r["ref"]) for r in rows] == [("attendee", "w3"), ("attendee", "w2")]
    assert "already attendee w2's here" in rows[0]["reason"]
    assert rows[1]["reason"] == "this badge token already belongs to another attendee"
    assert engine.status().rejected == 2
    assert hub_store.attendee("w2") is None
    # and the station keeps syncing
    assert engine.cycle().error is None


def test_last_success_survives_a_restart(hub, make_station):
    store, engine = make_station("Door A", hub.url)
    report = engine.cycle()
    restarted = SyncEngine(store, engine.backend, cursor_key="cursor:test")
    status = restarted.status()
    assert status.last_success is not None
    assert abs(status.last_success - report.status.last_success).total_seconds() < 1
    assert status.state is SyncState.OFFLINE and status.reason == ""  # not tried yet
    assert restarted.cycle().pulled_attendees == 0  # the cursor was kept too
