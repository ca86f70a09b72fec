"""Benchmark: sync with the venue hub on 127.0.0.1 (real uvicorn, real HTTP, real SQLite).

- first pull of 5,000 attendees (the demo generator's, seeded) into an empty station: ≤ 2 s;
- push of 10,000 queued check-ins (batches of 500): ≤ 10 s;
- a sync cycle with nothing to do (one pull answering an empty page, no push): ≤ 50 ms.

Medians over several runs (a fresh station database each time for the pull), p95 for the idle
cycle. ``time_hub_pull(n)`` is kept for other benchmarks (pretix vs hub).

    .venv/bin/python bench/bench_sync.py            # 5 pulls, 3 pushes, 200 idle cycles
    .venv/bin/python bench/bench_sync.py --quick    # 2 pulls, 1 push, 50 idle cycles
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid as uuidlib
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.demo import build_demo  # noqa: E402
from checkin.hub import tokens  # noqa: E402
from checkin.hub.server import ThreadedHub  # noqa: E402
from checkin.model import CheckIn, Method, Station, utcnow  # noqa: E402
from checkin.store import Store  # noqa: E402
from checkin.sync.engine import SyncEngine  # noqa: E402
from checkin.sync.hub_client import HubClient  # noqa: E402

SEED = 2025


def result(name: str, value: float, unit: str, op: str, target: float) -> None:
    ok = value <= target if op == "≤" else value >= target
    print(f"RESULT {name}: {value:.3f} {unit} (target {op} {target:g} {unit}) "
          f"{'PASS' if ok else 'FAIL'}")


def station_engine(path: Path, hub: ThreadedHub, hub_store: Store, name: str) -> SyncEngine:
    store = Store(path)
    store.set_station_name(name)
    _, token = tokens.add(hub_store, name)

    def me() -> Station:
        return Station(store.station_id, store.station_name, pending=store.pending_count())

    return SyncEngine(store, HubClient(hub.url, token, station=me, timeout=60),
                      cursor_key="cursor:bench")


def time_hub_pull(count: int, *, runs: int = 3, work: Path | None = None) -> list[float]:
    """Seconds for a first full pull of ``count`` demo attendees from a hub on 127.0.0.1,
    one fresh station per run."""
    with tempfile.TemporaryDirectory() as temp:
        work = work or Path(temp)
        hub_store = Store(work / f"hub-{count}.db")
        build_demo(hub_store, count=count, seed=SEED, arrivals=False)
        times = []
        with ThreadedHub(hub_store) as hub:
            for run in range(runs):
                engine = station_engine(work / f"pull-{count}-{run}.db", hub, hub_store,
                                        f"Pull {run}")
                t0 = time.perf_counter()
                report = engine.cycle()
                times.append(time.perf_counter() - t0)
                assert report.error is None, report.error
                assert report.pulled_attendees == count, report
                engine.close()
                engine.store.close()
        hub_store.close()
        return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    pulls, pushes, idles = (2, 1, 50) if args.quick else (5, 3, 200)

    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        pull_times = time_hub_pull(5000, runs=pulls, work=work)
        print(f"first pull of 5,000 attendees: runs {', '.join(f'{t:.3f}' for t in pull_times)} s")
        result("first pull of 5,000 attendees", statistics.median(pull_times), "s", "≤", 2.0)

        hub_store = Store(work / "hub-push.db")
        build_demo(hub_store, count=5000, seed=SEED, arrivals=False)
        people = [a.id for a in hub_store.attendees()]
        session = "d1-opening"
        push_times = []
        with ThreadedHub(hub_store) as hub:
            engine = station_engine(work / "push.db", hub, hub_store, "Door A")
            store = engine.store
            assert engine.cycle().error is None
            start = utcnow()
            for run in range(pushes):
                with store.transaction():
                    for i in range(10_000):
                        store.record_checkin(CheckIn(
                            str(uuidlib.uuid4()), people[i % len(people)], session,
                            store.station_id, start + timedelta(milliseconds=i), Method.CAMERA))
                assert store.pending_count() == 10_000
                t0 = time.perf_counter()
                report = engine.cycle(force=True)
                push_times.append(time.perf_counter() - t0)
                assert report.error is None and report.pushed == 10_000, report
            print(f"push of 10,000 check-ins: runs {', '.join(f'{t:.3f}' for t in push_times)} s"
                  f" (hub now holds {hub_store.query('select count(*) n from checkins')[0]['n']})")
            result("push of 10,000 queued check-ins", statistics.median(push_times), "s", "≤",
                   10.0)

            engine.cycle(force=True)  # take back what was pushed: the station is level
            idle = []
            for _ in range(idles):
                t0 = time.perf_counter()
                report = engine.cycle(force=True)
                idle.append((time.perf_counter() - t0) * 1000)
                assert report.error is None and report.pulled_checkins == 0
            idle.sort()
            p95 = idle[int(len(idle) * 0.95) - 1]
            print(f"idle cycle: median {statistics.median(idle):.1f} ms, p95 {p95:.1f} ms, "
                  f"max {idle[-1]:.1f} ms over {idles}")
            result("sync cycle with nothing to do (p95)", p95, "ms", "≤", 50.0)
            engine.close()
            store.close()
        hub_store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
