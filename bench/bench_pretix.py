"""Benchmark: a full pull of the same 200 attendees from pretix and from the venue hub.

A real pretix from PyPI (``tests/sync/pretix_server.py``: installed, migrated and seeded once,
cached under ``.cache/``) and a real hub on 127.0.0.1. A fresh station database pulls the
seeded event (3 check-in lists, 200 order positions) from pretix through the sync engine; the
hub is then loaded with exactly what that station pulled, and another fresh station pulls it
from the hub. Also the time the test fixture takes to have a pretix answering (from the cache;
``--from-nothing`` installs into an empty cache first, which takes minutes).

    .venv/bin/python bench/bench_pretix.py [--quick] [--from-nothing]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "sync"))


def result(name: str, value: float, unit: str, op: str, target: float) -> None:
    ok = value <= target if op == "<=" else value >= target
    print(f"RESULT {name}: {value:.3f} {unit} (target {op} {target:g} {unit}) "
          f"{'PASS' if ok else 'FAIL'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs instead of 5")
    parser.add_argument("--from-nothing", action="store_true",
                        help="time the install from an empty cache too (minutes)")
    args = parser.parse_args()
    runs = 2 if args.quick else 5
    work = Path(tempfile.mkdtemp(prefix="bench-pretix-"))
    if args.from_nothing:
        os.environ["CHECKIN_PRETIX_CACHE"] = str(work / "empty-cache")

    import pretix_server

    from checkin.hub import tokens
    from checkin.hub.server import ThreadedHub
    from checkin.model import Station
    from checkin.store import Store
    from checkin.sync.engine import SyncEngine
    from checkin.sync.hub_client import HubClient
    from checkin.sync.pretix import PretixBackend

    started = time.perf_counter()
    try:
        server = pretix_server.start(work / "pretix")
    except pretix_server.PretixUnavailable as error:
        print(f"bench_pretix: no pretix server: {error}")
        return 0
    fixture = time.perf_counter() - started
    label = "from_nothing" if args.from_nothing else "from_cache"
    try:
        print(f"pretix {pretix_server.PRETIX_VERSION} at {server.url}; "
              f"{pretix_server.POSITIONS} positions; {runs} runs each")
        result(f"pretix_fixture_{label}", fixture, "s", "<=",
               600 if args.from_nothing else 30)

        pretix_times, hub_times, idle_times = [], [], []
        for run in range(runs):
            store = Store(work / f"pretix-station-{run}.db")
            backend = PretixBackend(server.url, server.organizer, server.event, server.token,
                                    timeout=60, store=store)
            engine = SyncEngine(store, backend, cursor_key="cursor:pretix")
            t0 = time.perf_counter()
            report = engine.cycle(force=True)
            pretix_times.append(time.perf_counter() - t0)
            assert report.error is None, report.error
            assert store.count_attendees() == pretix_server.POSITIONS
            t0 = time.perf_counter()
            idle = engine.cycle(force=True)  # nothing changed in pretix since
            idle_times.append(time.perf_counter() - t0)
            assert idle.error is None and idle.pulled_attendees == 0, idle
            engine.close()
            store.close()

        # The hub holds exactly what a station pulled from pretix.
        hub_path = work / "hub.db"
        shutil.copyfile(work / "pretix-station-0.db", hub_path)
        hub_store = Store(hub_path)
        with ThreadedHub(hub_store) as hub:
            for run in range(runs):
                _, token = tokens.add(hub_store, f"Bench {run}")
                store = Store(work / f"hub-station-{run}.db")

                def me(store=store) -> Station:
                    return Station(store.station_id, "bench", pending=store.pending_count())

                engine = SyncEngine(store, HubClient(hub.url, token, station=me, timeout=60),
                                    cursor_key="cursor:hub")
                t0 = time.perf_counter()
                report = engine.cycle(force=True)
                hub_times.append(time.perf_counter() - t0)
                assert report.error is None, report.error
                assert store.count_attendees() == pretix_server.POSITIONS
                engine.close()
                store.close()
        hub_store.close()
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    pretix_median = statistics.median(pretix_times)
    hub_median = statistics.median(hub_times)
    print(f"{'source':<8} {'median s':>9} {'max s':>7}  (full pull of "
          f"{pretix_server.POSITIONS} attendees, 3 sessions)")
    print(f"{'pretix':<8} {pretix_median:>9.3f} {max(pretix_times):>7.3f}")
    print(f"{'hub':<8} {hub_median:>9.3f} {max(hub_times):>7.3f}")
    result("pretix_full_pull_200", pretix_median, "s", "<=", 10)
    result("hub_full_pull_200", hub_median, "s", "<=", 2)
    print(f"pretix / hub: {pretix_median / hub_median:.1f}x")
    # An idle round still asks for the event, lists, products, orders, check-ins, undos.
    result("pretix_idle_cycle", statistics.median(idle_times), "s", "<=", 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
