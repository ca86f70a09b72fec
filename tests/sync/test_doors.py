"""Two doors and one hub: tokens refused, clocks ten minutes apart, the same badge admitted
at both doors while offline, and the hub process killed in the middle of a push."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid as uuidlib
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from checkin.hub import tokens
from checkin.model import CheckIn, Method, utcnow
from checkin.reception import Reception
from checkin.reports.doubles import double_entries
from checkin.sync.base import SyncState
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient
from tests.hub_process import free_port, start_hub

NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


def uuids(store) -> set[str]:
    return {r["uuid"] for r in store.query("select uuid from checkins")}


def test_wrong_token_is_refused_and_nothing_moves(hub, hub_store, make_station):
    store, engine = make_station("Door A", hub.url, token="not-a-token")
    queued = CheckIn(str(uuidlib.uuid4()), "p1", "plenary", store.station_id, NOW,
                     Method.MANUAL)
    store.record_checkin(queued)
    report = engine.cycle()
    assert report.status.state is SyncState.ERROR
    assert "token" in report.status.reason and "not known" in report.status.reason
    assert store.count_attendees() == 0 and store.pending_count() == 1
    assert hub_store.checkins() == []
    assert engine.next_attempt_in() > 0
    # the right token: the queued check-in goes, once
    _, right = tokens.add(hub_store, "Door A")
    engine.backend.close()
    engine.backend = HubClient(hub.url, right, timeout=5)
    assert engine.cycle(force=True).pushed == 1
    assert engine.cycle(force=True).pushed == 0
    assert [c.uuid for c in hub_store.checkins()] == [queued.uuid]
    assert uuids(store) == uuids(hub_store) and store.pending_count() == 0


def test_revoked_token_stops_the_station_until_a_new_one(hub, hub_store, make_station):
    store, engine = make_station("Door A", hub.url)
    assert engine.cycle().error is None
    reception = Reception(store, clock=lambda: NOW)
    done = reception.admit(hub_store.attendee("p1").token, "plenary")
    tokens.revoke(hub_store, "Door A")
    report = engine.cycle(force=True)
    assert report.status.state is SyncState.ERROR
    assert "revoked" in report.status.reason
    assert done.checkin.uuid not in uuids(hub_store)
    assert store.pending_count() == 1
    # A new token: the check-in goes once.
    _, fresh = tokens.add(hub_store, "Door A")
    engine.backend.close()
    engine.backend = HubClient(hub.url, fresh, timeout=5)
    report = engine.cycle(force=True)
    assert report.error is None and report.pushed == 1
    assert store.pending_count() == 0
    assert len(hub_store.checkins(attendee_id="p1")) == 1


def test_same_badge_at_two_doors_offline_with_clocks_ten_minutes_apart(
    hub, hub_store, make_station
):
    real = utcnow()
    a_store, a_engine = make_station("Door A", hub.url,
                                     clock=lambda: utcnow() + timedelta(minutes=10))
    b_store, b_engine = make_station("Door B", hub.url)
    assert a_engine.cycle().error is None and b_engine.cycle().error is None
    skew = a_engine.status().clock_skew
    assert timedelta(minutes=9) < skew < timedelta(minutes=11)
    assert abs(b_engine.status().clock_skew) < timedelta(minutes=1)
    # Both doors offline now: each admits the same badge, each is sure it is the first.
    badge = hub_store.attendee("p2").token
    start = hub_store.session("plenary").starts_at
    at_a = Reception(a_store, clock=lambda: max(real, start) + timedelta(minutes=10)).admit(
        badge, "plenary")
    at_b = Reception(b_store, clock=lambda: max(real, start) + timedelta(minutes=1)).admit(
        badge, "plenary")
    assert at_a.outcome.value == at_b.outcome.value == "accepted"
    assert double_entries(a_store) == [] and double_entries(b_store) == []
    # Back online: both push, both pull.
    for engine in (a_engine, b_engine, a_engine):
        assert engine.cycle(force=True).error is None
    both = {at_a.checkin.uuid, at_b.checkin.uuid}
    for store in (hub_store, a_store, b_store):
        assert both <= uuids(store)
        assert len(store.checkins(attendee_id="p2", session_id="plenary")) == 2  # not more
        doubles = double_entries(store)
        assert len(doubles) == 1
        double = doubles[0]
        assert (double.attendee_id, double.session_id) == ("p2", "plenary")
        assert double.attendee.last_name == "N'Guessan"
        assert {c.uuid for c in double.checkins} == both
        # ordered by the stations' own clocks: B's entry reads earlier though A's clock ran
        # ten minutes ahead.
        assert double.stations == ("Door B", "Door A")
        assert double.spread == timedelta(minutes=9)
    # Undoing one of them clears the double entry everywhere after the next sync.
    Reception(b_store).undo(at_b.checkin.uuid)
    for engine in (b_engine, a_engine):
        engine.cycle(force=True)
    assert double_entries(a_store) == double_entries(hub_store) == []
    assert double_entries(hub_store, session_id="plenary") == []


def test_reentry_sessions_are_not_double_entries(hub_store):
    for i in range(2):
        hub_store.record_checkin(CheckIn(str(uuidlib.uuid4()), "p2", "speakers", "x",
                                         NOW + timedelta(minutes=i), Method.CAMERA))
    assert double_entries(hub_store) == []


# --- the hub process killed mid-push -----------------------------------------------------------


@pytest.mark.slow
def test_hub_killed_in_the_middle_of_a_push(hub_store, tmp_path):
    from checkin.store import Store

    _, token = tokens.add(hub_store, "Door A")
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = start_hub(hub_store.path, port, env)
    station = Store(tmp_path / "door-a.db")
    engine = SyncEngine(station, HubClient(f"http://127.0.0.1:{port}", token, timeout=2),
                        cursor_key="c", batch_size=1)
    try:
        assert engine.cycle().error is None
        made = []
        for i in range(150):
            c = CheckIn(str(uuidlib.uuid4()), ("p1", "p2", "p4")[i % 3], "speakers",
                        station.station_id, NOW + timedelta(seconds=i), Method.SCANNER)
            station.record_checkin(c)
            made.append(c.uuid)
        result = {}
        worker = threading.Thread(target=lambda: result.setdefault("r", engine.cycle()))
        worker.start()
        deadline = time.monotonic() + 30
        while len(uuids(hub_store) & set(made)) < 15 and time.monotonic() < deadline:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)  # no goodbye: mid-request, mid-transaction
        process.wait()
        worker.join(30)
        first = result["r"]
        assert first.status.state is SyncState.OFFLINE
        arrived = len(uuids(hub_store) & set(made))
        assert 15 <= arrived < 150
        assert station.pending_count() >= 150 - arrived  # nothing marked pushed unsent
        process = start_hub(hub_store.path, port, env)
        waiting = station.pending_count()
        again = engine.cycle(force=True)
        assert again.error is None, again.error
        # The batch in flight when the hub died may have committed: then it is a duplicate.
        assert again.pushed + again.duplicates == waiting
        assert again.duplicates <= 1
        assert station.pending_count() == 0
        engine.cycle(force=True)
        hub_uuids = uuids(hub_store)
        assert set(made) <= hub_uuids
        marks = ",".join("?" * len(made))
        n = hub_store.query(f"select count(*) as n from checkins where uuid in ({marks})",
                            made)[0]["n"]
        assert n == 150
        assert uuids(station) == hub_uuids
        feed = hub_store.query(
            "select count(*) as n from hub_changes where kind = 'checkin'")[0]["n"]
        assert feed == len(hub_uuids)
    finally:
        process.kill()
        process.wait()
        engine.close()
        station.close()


def test_six_doors_push_and_pull_at_once(hub, hub_store, make_station):
    doors = [make_station(f"Door {i}", hub.url, batch_size=25) for i in range(6)]
    for _, engine in doors:
        assert engine.cycle().error is None
    made = set()
    for n, (store, _) in enumerate(doors):
        for i in range(60):
            c = CheckIn(str(uuidlib.uuid4()), ("p1", "p2", "p4", "p5")[i % 4], "speakers",
                        store.station_id, NOW + timedelta(seconds=n * 100 + i), Method.CAMERA)
            store.record_checkin(c)
            made.add(c.uuid)
    reports = {}
    threads = [threading.Thread(target=lambda e=e, k=k: reports.__setitem__(k, e.cycle()))
               for k, (_, e) in enumerate(doors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(r.error is None for r in reports.values()), reports
    assert sum(r.pushed for r in reports.values()) == 360
    for _, engine in doors:
        assert engine.cycle(force=True).error is None
    assert uuids(hub_store) == made
    for store, _ in doors:
        assert uuids(store) == made and store.pending_count() == 0
    assert {s.name for s in hub_store.stations()} >= {f"Door {i}" for i in range(6)}
