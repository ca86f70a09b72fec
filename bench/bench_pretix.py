"""Benchmark: a full pull of the same 200 attendees from pretix and from the venue hub; the
push of offline check-ins to pretix (redeems per second, one at a time against four in
flight, median of several pushes, with the CPU time pretix and the station spend on each
redeem and the machine's load average); the HTTP requests of an idle sync.

A real pretix from PyPI (``tests/sync/pretix_server.py``: installed, migrated and seeded once,
cached under ``.cache/``) and a real hub on 127.0.0.1. A fresh station database pulls the
seeded event (3 check-in lists, 200 order positions) from pretix through the sync engine; the
hub is then loaded with exactly what that station pulled, and another fresh station pulls it
from the hub. Also the time the test fixture takes to have a pretix answering (from the cache;
``--from-nothing`` installs into an empty cache first, which takes minutes).

    .venv/bin/python bench/bench_pretix.py [--quick] [--from-nothing] [--push-only]

The tests' pretix runs on PostgreSQL with two gunicorn workers of two threads each, as pretix
is deployed (SQLite and one worker where PostgreSQL is not installed): see
``tests/sync/pretix_server.py``. pretix spends tens of milliseconds of CPU on each redeem, so
the rate depends on what else the machine runs: the load average is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
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
    parser.add_argument("--push-only", action="store_true",
                        help="only the push and the idle cycle")
    args = parser.parse_args()
    runs = 2 if args.quick else 5
    if args.push_only:
        return push_and_idle(Path(tempfile.mkdtemp(prefix="bench-pretix-push-")),
                             runs=2 if args.quick else 3)
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
    result("pretix_idle_cycle", statistics.median(idle_times), "s", "<=", 2)
    return push_and_idle(Path(tempfile.mkdtemp(prefix="bench-pretix-push-")),
                         runs=2 if args.quick else 3)


def _cpu_seconds(*roots: int) -> float:
    """CPU time (user + system) of these processes and all their descendants, those that
    ended included (counted in their parent's children times)."""
    tick = os.sysconf("SC_CLK_TCK")
    seen, todo, total = set(), list(roots), 0
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total / tick


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def push_and_idle(work_dir: Path, runs: int = 3) -> int:
    """390 offline check-ins (195 people in and out) pushed to pretix: once with one redeem
    at a time, then ``runs`` times with four in flight (a fresh station each time, the same
    pretix); the CPU time pretix and the station spent per redeem; then the requests an idle
    cycle makes."""
    import pretix_server

    from checkin.model import Direction
    from checkin.reception import Reception
    from checkin.store import Store
    from checkin.sync.engine import SyncEngine
    from checkin.sync.pretix import PretixBackend, session_id

    print(f"load average at start: {_load()} on {os.cpu_count()} cores", flush=True)
    server = pretix_server.start(work_dir / "pretix")
    print(f"pretix: {server.description}", flush=True)
    rates: dict[int, list[float]] = {1: [], 4: []}
    cpu: list[tuple[float, float, float]] = []  # per redeem: pretix web, its database, station
    try:
        secrets = {p["id"]: p["secret"]
                   for o in server.all_pages("/orders/?page_size=50") for p in o["positions"]}
        plenary = session_id(server.list_ids()["Plénière d'ouverture"])
        # an idle cycle: a station that pulled everything, nothing changed since
        store = Store(work_dir / "idle.db")
        backend = PretixBackend(server.url, server.organizer, server.event, server.token,
                                timeout=60, store=store)
        engine = SyncEngine(store, backend, cursor_key="cursor:pretix")
        assert engine.cycle(force=True).error is None
        asked = []
        backend.client.event_hooks["request"].append(asked.append)
        engine.cycle(force=True)
        print("idle cycle requests:", ", ".join(r.url.path for r in asked))
        result("pretix_idle_requests", len(asked), "requests", "<=", 2)
        engine.close()
        store.close()
        web = server.process.pid
        database = server.database.process.pid if server.database else None
        for run, in_flight in enumerate([1] + [4] * runs):
            store = Store(work_dir / f"push-{run}.db")
            backend = PretixBackend(server.url, server.organizer, server.event, server.token,
                                    timeout=60, store=store, in_flight=in_flight)
            engine = SyncEngine(store, backend, cursor_key="cursor:pretix")
            assert engine.cycle(force=True).error is None
            moment = [datetime(2025, 2, 3, 7, 0, tzinfo=UTC) + timedelta(hours=run)]
            door = Reception(store, clock=lambda moment=moment: moment[0])
            for position in range(6, 201):
                for direction in (Direction.ENTRY, Direction.EXIT):
                    moment[0] += timedelta(seconds=1)
                    # staff override: the people of the earlier runs are in pretix already
                    door.admit(secrets[position], plenary, direction=direction, override=True)
            waiting = store.pending_count()
            assert waiting == 390, waiting

            def cpu_now() -> tuple[float, float, float]:
                return (_cpu_seconds(web), _cpu_seconds(database) if database else 0.0,
                        time.process_time())

            seen: list[tuple[float, tuple[float, float, float]]] = []

            def timed(batch, push=backend.push, seen=seen):
                """The push alone (the cycle's pull after it is not counted)."""
                seen.append((time.perf_counter(), cpu_now()))
                try:
                    return push(batch)
                finally:
                    seen.append((time.perf_counter(), cpu_now()))

            backend.push = timed
            report = engine.cycle(force=True)
            assert report.error is None and report.pushed == waiting, report
            assert len(seen) == 2, "one batch"
            (t0, before), (t1, after) = seen
            took = t1 - t0
            spent = tuple((a - b) / waiting * 1000 for a, b in zip(after, before, strict=True))
            rates[in_flight].append(waiting / took)
            if in_flight > 1:
                cpu.append(spent)
            share = sum(spent) / 1000 * waiting / took / (os.cpu_count() or 1)
            print(f"pushed {waiting} redeems, {in_flight} in flight: {took:.2f} s, "
                  f"{waiting / took:.1f} redeems/s; CPU per redeem: pretix {spent[0]:.0f} ms, "
                  f"its database {spent[1]:.0f} ms, the station {spent[2]:.0f} ms; they had "
                  f"{share:.0%} of the machine's CPU; load {_load()}", flush=True)
            engine.close()
            store.close()
    finally:
        server.stop()
        shutil.rmtree(work_dir, ignore_errors=True)
    station_alone = _station_alone()
    four = statistics.median(rates[4])
    result("pretix_push_redeems_per_s", four, "redeems/s", ">=", 20)
    print(f"four in flight / one at a time: {four / rates[1][0]:.1f}x")
    # what this machine could do if nothing else ran on it: all cores on these CPU times
    per_redeem = sum(statistics.median(c[i] for c in cpu) for i in range(3)) / 1000
    print(f"CPU per redeem, all told: {per_redeem * 1000:.0f} ms: at most "
          f"{(os.cpu_count() or 1) / per_redeem:.0f} redeems/s on {os.cpu_count()} idle cores; "
          f"load average at the end: {_load()}")
    print(f"the station alone, against a server that answers at once: {station_alone:.0f} "
          "redeems/s")
    return 0


def _station_alone(people: int = 200) -> float:
    """Redeems per second the station's push makes (four in flight, kept-alive connections,
    each answer settled) against a local server that answers at once, as pretix would: the
    station's side of the push on its own. The server is the one of tests/sync/
    test_pretix_push.py, in this process."""
    import threading
    from http.server import ThreadingHTTPServer

    import test_pretix_push as fake

    from checkin.sync.pretix import PretixBackend

    handler = type("Instant", (fake._Redeems,), {
        "log": [], "in_flight": set(), "overlaps": [], "lock": threading.Lock(), "most": 0,
        "die_after": None, "served": 0, "attempts": 0, "delay": 0.0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    backend = PretixBackend(f"http://127.0.0.1:{server.server_address[1]}", "aim", "imc25",
                            "token", endpoint="rpc")
    try:
        backend.push(fake.batch_of(people=10, per_person=2, settled=[]))  # connections open
        batch = fake.batch_of(people=people, per_person=2, settled=[])
        t0 = time.perf_counter()
        backend.push(batch)
        return len(batch.items) / (time.perf_counter() - t0)
    finally:
        backend.close()
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
