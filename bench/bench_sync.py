"""Benchmark: sync with the venue hub on 127.0.0.1 (real uvicorn, real HTTP, real SQLite).

- first pull of 5,000 attendees (the demo generator's, seeded) into an empty station: ≤ 2 s;
- push of 10,000 queued check-ins (batches of 500): ≤ 10 s;
- a sync cycle with nothing to do (one pull answering an empty page, no push): ≤ 50 ms.

The hub runs as ``checkin hub`` in a process of its own, as at the venue (``--in-process``: in
a thread of the benchmark's process, sharing its interpreter lock).

Medians over several runs (a fresh station database each time for the pull), p95 for the idle
cycle. ``time_hub_pull(n)`` is kept for other benchmarks (pretix vs hub).

    .venv/bin/python bench/bench_sync.py            # 5 pulls, 3 pushes, 200 idle cycles
    .venv/bin/python bench/bench_sync.py --quick    # 2 pulls, 1 push, 50 idle cycles
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from datetime import timedelta
from pathlib import Path

import httpx

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


class HubProcess:
    """``checkin hub`` in a process of its own, as at the venue (the station and the hub do
    not share one interpreter's lock); a context manager."""

    def __init__(self, db: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "checkin.cli", "hub", "--db", str(db), "--host",
             "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    def __enter__(self) -> HubProcess:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.process.kill()
        raise RuntimeError("the hub did not start")

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(10)


def station_engine(path: Path, hub, hub_store: Store, name: str) -> SyncEngine:
    store = Store(path)
    store.set_station_name(name)
    _, token = tokens.add(hub_store, name)

    def me() -> Station:
        return Station(store.station_id, store.station_name, pending=store.pending_count())

    return SyncEngine(store, HubClient(hub.url, token, station=me, timeout=60),
                      cursor_key="cursor:bench")


def time_hub_pull(count: int, *, runs: int = 3, work: Path | None = None,
                  in_process: bool = False) -> list[float]:
    """Seconds for a first full pull of ``count`` demo attendees from a hub on 127.0.0.1
    (``checkin hub`` in its own process, or a thread of this one), a fresh station each run."""
    with tempfile.TemporaryDirectory() as temp:
        work = work or Path(temp)
        hub_store = Store(work / f"hub-{count}.db")
        build_demo(hub_store, count=count, seed=SEED, arrivals=False)
        times = []
        with (ThreadedHub(hub_store) if in_process else HubProcess(hub_store.path)) as hub:
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
    parser.add_argument("--in-process", action="store_true",
                        help="run the hub in a thread of this process instead of its own")
    args = parser.parse_args()
    pulls, pushes, idles = (2, 1, 50) if args.quick else (5, 3, 200)

    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        pull_times = time_hub_pull(5000, runs=pulls, work=work, in_process=args.in_process)
        print(f"first pull of 5,000 attendees: runs {', '.join(f'{t:.3f}' for t in pull_times)} s")
        result("first pull of 5,000 attendees", statistics.median(pull_times), "s", "≤", 2.0)

        hub_store = Store(work / "hub-push.db")
        build_demo(hub_store, count=5000, seed=SEED, arrivals=False)
        people = [a.id for a in hub_store.attendees()]
        session = "d1-opening"
        push_times = []
        with HubProcess(hub_store.path) as hub:
            engine = station_engine(work / "push.db", hub, hub_store, "Door A")
            store = engine.store
            assert engine.cycle().error is None
            start = utcnow()
            for _run in range(pushes):
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
