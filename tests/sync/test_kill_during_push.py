"""The station killed in the middle of a push to a real hub on 127.0.0.1, again and again,
then started again: every check-in reaches the hub exactly once, nothing is lost on the
station, and its outbox ends empty.

The station's sync runs in a process of its own (the real engine and HTTP client, batches of
20), killed with SIGKILL at a random moment after its push began: between two batches, while
the hub is answering, after the hub committed but before the station marked the batch sent.
The hub's side of the same (the hub dying after its commit) is in tests/sync/test_faults.py.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.hub import tokens
from checkin.model import Method, Station
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient
from tests.fixed_time import NOW

ROOT = Path(__file__).resolve().parents[2]
CHECKINS = 800
KILLS = 6

CHILD = textwrap.dedent(
    """
    import sys
    from checkin.model import Station
    from checkin.store import Store
    from checkin.sync.engine import SyncEngine
    from checkin.sync.hub_client import HubClient

    store = Store(sys.argv[1])
    me = lambda: Station(store.station_id, store.station_name, pending=store.pending_count())
    engine = SyncEngine(store, HubClient(sys.argv[2], sys.argv[3], station=me),
                        cursor_key="cursor:test", batch_size=10)
    print("pushing", flush=True)
    while store.pending_count():
        engine.cycle(force=True)
    print("done", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_killing_the_station_mid_push_loses_and_doubles_nothing(hub, hub_store, tmp_path):
    _, token = tokens.add(hub_store, "Door A", "desk")
    path = tmp_path / "door-a.db"  # (the hub's own file is tmp_path / "station.db")
    assert path != hub_store.path
    station = Store(path)
    station.set_station_name("Door A")
    me = lambda: Station(station.station_id, station.station_name,  # noqa: E731
                         pending=station.pending_count())
    engine = SyncEngine(station, HubClient(hub.url, token, station=me), cursor_key="cursor:test")
    engine.cycle(force=True)  # the attendee list, as a new station gets it
    engine.close()
    assert len(station.attendees()) == 5
    moment = [NOW]

    def clock():
        moment[0] += timedelta(seconds=1)
        return moment[0]

    reception = Reception(station, clock=clock)
    speaker, organiser = station.attendee("p2"), station.attendee("p5")
    for _ in range(CHECKINS // 2):
        for person in (speaker, organiser):  # the lounge lets them in again and again
            assert reception.admit(person.token, "speakers", method=Method.SCANNER).checkin
    mine = {r["uuid"] for r in station.query("select uuid from checkins")}
    assert len(mine) == CHECKINS and station.pending_count() >= CHECKINS
    station.close()

    script = tmp_path / "push.py"
    script.write_text(CHILD)
    rng = random.Random(13)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    killed = 0
    partial = []  # how many had reached the hub after each kill
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(script), str(path), hub.url, token],
                                 stdout=subprocess.PIPE, text=True, env=env)
        try:
            assert child.stdout.readline().strip() == "pushing"
            try:
                child.wait(timeout=rng.uniform(0.0, 0.25))
            except subprocess.TimeoutExpired:
                os.kill(child.pid, signal.SIGKILL)
        finally:
            child.kill()
            child.wait(timeout=30)
            child.stdout.close()
        killed += child.returncode == -signal.SIGKILL
        at_hub = _hub_checkins(hub_store, mine)
        assert len(at_hub) == len(set(at_hub)), "a check-in doubled at the hub"
        partial.append(len(at_hub))
    assert killed >= KILLS // 2, "the pushes ended before they could be killed"
    assert any(0 < n < CHECKINS for n in partial), partial  # killed in the middle
    print(f"kills {killed}; check-ins at the hub after each: {partial}")

    # Started again: the push finishes.
    station = Store(path)
    try:
        engine = SyncEngine(station, HubClient(hub.url, token, station=me),
                            cursor_key="cursor:test", batch_size=10)
        for _ in range(20):
            if not station.pending_count():
                break
            engine.cycle(force=True)
        engine.close()
        assert station.pending_count() == 0
        after = {r["uuid"] for r in station.query("select uuid from checkins")}
        assert after == mine  # nothing lost, nothing pulled back as new
        assert station.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    finally:
        station.close()
    at_hub = _hub_checkins(hub_store, mine)
    assert sorted(at_hub) == sorted(mine)  # every one there, once
    feed = hub_store.query("select ref, count(*) n from hub_changes where kind = 'checkin' "
                           "group by ref having n > 1")
    assert feed == []


def _hub_checkins(hub_store: Store, mine: set[str]) -> list[str]:
    rows = hub_store.query("select uuid from checkins")
    return [r["uuid"] for r in rows if r["uuid"] in mine]
