"""The hub's side of durability: ``checkin hub`` (a process of its own) SIGKILLed again and
again while three stations push check-ins, undos and a walk-in through the real sync engine;
restarted on the same file and port each time. Afterwards every record a station was told
the hub took is there exactly once, the file passes ``integrity_check``, the feed holds one
row per record, and a new station pulling from zero gets each check-in once."""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid as uuidlib
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from checkin.hub import tokens
from checkin.hub.server import prepare
from checkin.model import Attendee, CheckIn, Method
from checkin.store import Store
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient
from tests.hub_process import free_port, start_hub

NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)
KILLS = 8
PER_STATION = 100


def _pushed(store: Store) -> list[dict]:
    """What the hub acknowledged to this station: its outbox rows marked pushed."""
    return store.query("select kind, ref from outbox where pushed_at is not null")


@pytest.mark.slow
def test_the_hub_killed_again_and_again_mid_push_keeps_every_acknowledged_record_once(
        hub_store, tmp_path):
    prepare(hub_store)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    rng = random.Random(13)
    people = ["p1", "p2", "p4", "p5"]
    stations = []
    for n in range(3):
        store = Store(tmp_path / f"door-{n}.db")
        store.set_station_name(f"Door {n}")
        _, token = tokens.add(hub_store, f"Door {n}", "desk" if n == 0 else "door")
        engine = SyncEngine(store, HubClient(url, token, timeout=2), cursor_key="c",
                            batch_size=5)
        made = []
        for i in range(PER_STATION):
            c = CheckIn(str(uuidlib.uuid4()), people[(i + n) % 4], "speakers",
                        store.station_id, NOW + timedelta(seconds=i), Method.SCANNER)
            store.record_checkin(c)
            made.append(c.uuid)
        for uuid in made[5::17]:  # some undone at the door that made them
            store.void_checkin(uuid, at=NOW + timedelta(minutes=5))
        if n == 0:  # the desk registers a walk-in and admits them
            store.upsert_attendees([Attendee("w-kill", "test", "TST25-KILL0000000000W",
                                             "Walk", "In", updated_at=NOW)], outbox=True)
            store.record_checkin(CheckIn(str(uuidlib.uuid4()), "w-kill", "speakers",
                                         store.station_id, NOW, Method.WALK_IN))
        stations.append((store, engine))
    queued = sum(s.pending_count() for s, _e in stations)

    process = start_hub(hub_store.path, port)
    stop = threading.Event()

    def run(store: Store, engine: SyncEngine) -> None:
        while not stop.is_set() and store.pending_count():
            engine.cycle(force=True)  # failures are reported, never raised
            time.sleep(rng.random() * 0.02)

    workers = [threading.Thread(target=run, args=pair) for pair in stations]
    kills = 0
    try:
        for w in workers:
            w.start()
        # Kill as soon as some pushes went through, again and again, at odd moments.
        while kills < KILLS and any(s.pending_count() for s, _e in stations):
            time.sleep(0.02 + rng.random() * 0.15)
            process.send_signal(signal.SIGKILL)  # no goodbye: mid-request, mid-commit
            process.wait()
            kills += 1
            process = start_hub(hub_store.path, port)
        deadline = time.monotonic() + 120
        while any(s.pending_count() for s, _e in stations) and time.monotonic() < deadline:
            time.sleep(0.1)
        stop.set()
        for w in workers:
            w.join(30)
        assert kills >= 3, "the stations finished before the hub was killed enough"
        assert [s.pending_count() for s, _e in stations] == [0, 0, 0]
        # one more cycle each: every station now has everyone's check-ins
        for _s, engine in stations:
            assert engine.cycle(force=True).error is None
    finally:
        stop.set()
        process.kill()
        process.wait()
        for _store, engine in stations:
            engine.close()

    raw = sqlite3.connect(hub_store.path)
    try:
        assert raw.execute("pragma integrity_check").fetchone()[0] == "ok"
        acknowledged = [row for s, _e in stations for row in _pushed(s)]
        assert len(acknowledged) == queued
        for kind, table, key in (("checkin", "checkins", "uuid"), ("void", "voids", "uuid"),
                                 ("attendee", "attendees", "id")):
            refs = [r["ref"] for r in acknowledged if r["kind"] == kind]
            assert refs, kind
            marks = ",".join("?" * len(refs))
            here = raw.execute(f"select {key}, count(*) from {table} where {key} in ({marks})"
                               f" group by {key}", refs).fetchall()
            assert len(here) == len(set(refs)) and all(n == 1 for _k, n in here), kind
            feed = raw.execute(f"select ref, count(*) from hub_changes where kind = ? and"
                               f" ref in ({marks}) group by ref", [kind, *refs]).fetchall()
            assert len(feed) == len(set(refs)) and all(n == 1 for _k, n in feed), kind
        voided = raw.execute("select count(*) from checkins where voided = 1").fetchone()[0]
        assert voided == sum(1 for r in acknowledged if r["kind"] == "void")
        total = raw.execute("select count(*) from checkins").fetchone()[0]
    finally:
        raw.close()
    assert total == 3 * PER_STATION + 1
    # a new station, from zero, after it all: each check-in once
    process = start_hub(hub_store.path, port)
    fresh = Store(tmp_path / "new.db")
    _, token = tokens.add(hub_store, "New", "desk")
    engine = SyncEngine(fresh, HubClient(url, token, timeout=5), cursor_key="c")
    try:
        assert engine.cycle().error is None
        rows = fresh.query("select uuid, voided from checkins")
        assert len(rows) == len({r["uuid"] for r in rows}) == total
        assert sum(r["voided"] for r in rows) == voided
        for store, _e in stations:
            assert {r["uuid"] for r in store.query("select uuid from checkins")} == {
                r["uuid"] for r in rows}
    finally:
        process.kill()
        process.wait()
        engine.close()
        fresh.close()
        for store, _e in stations:
            store.close()
    print(f"hub SIGKILLed {kills} times mid-push; {len(acknowledged)} records acknowledged, "
          f"0 lost, 0 doubled")
