"""Faults over real HTTP on 127.0.0.1: each test spoils the hub's answers in one way, checks
the station goes on (offline or error, with a reason, backing off), then lets the hub heal
and asserts on both databases that nothing was lost or doubled."""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from checkin.model import CheckIn, Method
from checkin.sync.base import SyncState

NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)
PEOPLE = ("p1", "p2", "p4", "p5")


def queue_checkins(store, count: int) -> list[str]:
    """``count`` check-ins recorded at this station, waiting in its outbox."""
    made = []
    for i in range(count):
        c = CheckIn(str(uuidlib.uuid4()), PEOPLE[i % 4], "speakers", store.station_id,
                    NOW + timedelta(seconds=i), Method.CAMERA)
        store.record_checkin(c)
        made.append(c.uuid)
    return made


def uuids(store) -> set[str]:
    return {r["uuid"] for r in store.query("select uuid from checkins")}


def assert_whole(station, hub, expected: list[str]) -> None:
    """Nothing lost, nothing doubled, on both sides."""
    assert station.pending_count() == 0
    assert set(expected) <= uuids(hub)
    assert len(expected) == len(set(expected))
    rows = hub.query("select count(*) as n, count(distinct uuid) as d from checkins")[0]
    assert rows["n"] == rows["d"] == len(uuids(hub))
    feed = hub.query("select count(*) as n from hub_changes where kind = 'checkin'")[0]["n"]
    assert feed == rows["n"]  # one feed entry per check-in, however many retries
    assert uuids(station) == uuids(hub)
    outbox = station.query("select ref, count(*) as n from outbox group by ref having n > 1")
    assert outbox == []
    assert station.query("select * from sync_rejections") == []


@pytest.fixture
def synced(faulty_hub, make_station):
    """A station that pulled once, then queued 30 check-ins; and the faults switch."""
    faults, url = faulty_hub
    store, engine = make_station("Door A", url, timeout=0.5, batch_size=10)
    assert engine.cycle().error is None
    made = queue_checkins(store, 30)
    return faults, store, engine, made


def heal_and_check(faults, store, engine, hub_store, made, *, expect_duplicates=False):
    faults.set(None)
    report = engine.cycle(force=True)
    assert report.error is None, report.error
    assert report.status.state is SyncState.ONLINE
    assert report.status.reason == "" and report.status.pending == 0
    assert engine.failures == 0 and engine.next_attempt_in() == 0  # back-off reset
    if expect_duplicates:
        assert report.duplicates > 0
    assert report.pushed + report.duplicates <= len(made)
    engine.cycle(force=True)  # pull back what the hub has
    assert_whole(store, hub_store, made)


def test_500s_back_off_then_push_everything(synced, hub_store):
    faults, store, engine, made = synced
    faults.set("500")
    first = engine.cycle()
    assert first.status.state is SyncState.ERROR
    assert "HTTP 500" in first.status.reason
    assert first.status.pending == 30
    wait1 = engine.next_attempt_in()
    assert wait1 > 0
    assert engine.cycle().skipped  # backing off: not even tried
    assert faults.hits == 1
    engine.cycle(force=True)
    wait2 = engine.next_attempt_in()
    assert engine.failures == 2
    assert wait2 > wait1 * 0.9 or wait2 >= engine.base_delay  # grows (with jitter)
    assert uuids(hub_store).isdisjoint(made)
    heal_and_check(faults, store, engine, hub_store, made)


def test_backoff_grows_exponentially_with_jitter(synced):
    faults, store, engine, made = synced
    faults.set("500")
    delays = []
    for _ in range(6):
        engine.cycle(force=True)
        delays.append(engine.next_attempt_in())
    base = engine.base_delay
    for n, delay in enumerate(delays[:5], start=1):
        full = min(engine.max_delay, base * 2 ** (n - 1))
        assert full / 2 - 0.5 <= delay <= full + 0.5
    assert delays[4] > delays[0]


def test_invalid_json_is_a_protocol_error(synced, hub_store):
    faults, store, engine, made = synced
    faults.set("garbage", paths=("/api/v1/push",))
    report = engine.cycle()
    assert report.status.state is SyncState.ERROR
    assert "not valid JSON" in report.status.reason
    assert store.pending_count() == 30
    # The hub did take the first batch before its answer was spoiled: the retry says
    # "duplicate" for those and nothing doubles.
    assert len(set(made) & uuids(hub_store)) == 10
    heal_and_check(faults, store, engine, hub_store, made, expect_duplicates=True)


def test_half_a_json_page(synced, hub_store):
    faults, store, engine, made = synced
    cursor = store.get_state("cursor:test")
    faults.set("half_json", paths=("/api/v1/changes",))
    report = engine.cycle()
    assert report.status.state is SyncState.ERROR
    assert store.get_state("cursor:test") == cursor  # the cursor never moved past it
    heal_and_check(faults, store, engine, hub_store, made)


def test_truncated_page_missing_records_is_refused(faulty_hub, make_station, hub_store):
    faults, url = faulty_hub
    store, engine = make_station("Door A", url, timeout=2)
    faults.set("short_page", paths=("/api/v1/changes",), times=1)
    report = engine.cycle()
    assert report.status.state is SyncState.ERROR
    assert "incomplete" in report.status.reason
    assert store.count_attendees() == 0 and store.get_state("cursor:test") is None
    report = engine.cycle(force=True)
    assert report.error is None
    assert store.count_attendees() == hub_store.count_attendees() == 5


def test_connection_cut_mid_answer(synced, hub_store):
    faults, store, engine, made = synced
    faults.set("cut", paths=("/api/v1/push",), times=2)
    report = engine.cycle()
    assert report.status.state is SyncState.OFFLINE
    assert "cut" in report.status.reason
    heal_and_check(faults, store, engine, hub_store, made, expect_duplicates=True)


def test_hub_dies_after_commit_before_answer(synced, hub_store):
    faults, store, engine, made = synced
    faults.set("die_after_commit", paths=("/api/v1/push",), times=1)
    report = engine.cycle()
    assert report.error is not None
    assert report.status.state in (SyncState.ERROR, SyncState.OFFLINE)
    assert len(set(made) & uuids(hub_store)) == 10  # committed, answer lost
    assert store.pending_count() == 30
    heal_and_check(faults, store, engine, hub_store, made, expect_duplicates=True)


def test_slow_answer_past_the_timeout(synced, hub_store):
    faults, store, engine, made = synced
    faults.set("slow", paths=("/api/v1/push",), times=1)
    report = engine.cycle()
    assert report.status.state is SyncState.OFFLINE
    assert "in time" in report.status.reason
    faults.release.set()
    heal_and_check(faults, store, engine, hub_store, made, expect_duplicates=True)


def test_hub_down_is_offline(make_station, hub_store):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    store, engine = make_station("Door A", f"http://127.0.0.1:{port}", timeout=0.5)
    report = engine.cycle()
    assert report.status.state is SyncState.OFFLINE
    assert "cannot be reached" in report.status.reason
    assert engine.status().last_success is None
