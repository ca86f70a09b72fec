"""Benchmark: the venue hub under a venue's load, on 127.0.0.1 only, bounded in time.

``checkin hub`` runs in a process of its own over the demo's 5,000 attendees. N simulated door
stations (asyncio, one HTTP connection and one door token each) each push one check-in a
second and pull the feed every 2 s from their own cursor, for a fixed time. Meanwhile a new
station, in another process, pulls the whole list from zero through the real sync engine.

Reported: push and pull latency p50 / p95 (per request, as a station sees it), errors (any
answer but 200, or no answer within 10 s), lost (a check-in the hub acknowledged that is not
in its database exactly once, or that a station never received from the feed), the full
pull's time. Target on 2 cores: p95 ≤ 100 ms, 0 errors, 0 lost, at 20 stations. Then the
number of stations doubles (40) to see where it saturates.

    .venv/bin/python bench/bench_hub_load.py            # 20 then 40 stations, 2 min each
    .venv/bin/python bench/bench_hub_load.py --quick    # 20 stations, 20 s
    .venv/bin/python bench/bench_hub_load.py --stations 20 40 80 --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import sqlite3
import sys
import tempfile
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import HubProcess  # noqa: E402

from checkin.demo import build_demo  # noqa: E402
from checkin.hub import tokens  # noqa: E402
from checkin.model import CheckIn, Method, utcnow  # noqa: E402
from checkin.store import Store  # noqa: E402
from checkin.sync import wire  # noqa: E402

SEED = 2025
PEOPLE = 5000
TIMEOUT = 10.0


def result(name: str, value: float, unit: str, op: str, target: float) -> None:
    ok = value <= target if op == "≤" else value >= target
    print(f"RESULT {name}: {value:.3f} {unit} (target {op} {target:g} {unit}) "
          f"{'PASS' if ok else 'FAIL'}", flush=True)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


@dataclass
class Tally:
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    acked: set[str] = field(default_factory=set)  # check-ins the hub answered "accepted"
    seen: dict[str, set[str]] = field(default_factory=dict)  # station → uuids pulled


async def station(n: int, url: str, token: str, people: list[str], session: str,
                  seconds: float, tally: Tally, rng: random.Random,
                  ready: Barrier, done: Barrier) -> None:
    """One door: the whole list once, then (all doors ready) a check-in pushed every second
    and a pull every 2 s from a random start offset; then (all doors done) a last pull."""
    station_id = f"bench-door-{n:03d}"
    seen = tally.seen.setdefault(station_id, set())
    cursor = 0
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=TIMEOUT) as client:

        async def pull(measured: bool = True) -> None:
            nonlocal cursor
            more = True
            while more:
                t0 = time.perf_counter()
                try:
                    answer = await client.get("/api/v1/changes", params={
                        "since": cursor, "station": station_id, "name": f"Door {n}",
                        "pending": 0})
                except httpx.HTTPError as error:
                    tally.errors.append(f"pull: {type(error).__name__}")
                    return
                if measured:
                    tally.pull_ms.append((time.perf_counter() - t0) * 1000)
                if answer.status_code != 200:
                    tally.errors.append(f"pull: HTTP {answer.status_code}")
                    return
                page = answer.json()
                seen.update(c["uuid"] for c in page["checkins"])
                cursor, more = page["next"], page["more"]

        async def push() -> None:
            c = CheckIn(str(uuidlib.uuid4()), rng.choice(people), session, station_id,
                        utcnow(), Method.CAMERA)
            body = {"station": {"id": station_id, "name": f"Door {n}", "pending": 1},
                    "items": [{"kind": "checkin", "key": c.uuid, "record": wire.checkin_to(c)}]}
            t0 = time.perf_counter()
            try:
                answer = await client.post("/api/v1/push", json=body)
            except httpx.HTTPError as error:
                tally.errors.append(f"push: {type(error).__name__}")
                return
            tally.push_ms.append((time.perf_counter() - t0) * 1000)
            if answer.status_code != 200:
                tally.errors.append(f"push: HTTP {answer.status_code}")
                return
            [outcome] = answer.json()["results"]
            if outcome["outcome"] == "accepted":
                tally.acked.add(c.uuid)
            else:
                tally.errors.append(f"push: {outcome['outcome']} {outcome['reason']}")

        await pull(measured=False)  # a door joins: the whole list once, before the load
        await ready.wait()
        await asyncio.sleep(rng.random())
        start = time.perf_counter()
        tick = 0
        tasks = []
        while time.perf_counter() - start < seconds:
            tasks.append(asyncio.create_task(push()))
            if tick % 2 == 0:
                tasks.append(asyncio.create_task(pull()))
            tick += 1
            await asyncio.sleep(max(0.0, tick - (time.perf_counter() - start)))
        await asyncio.gather(*tasks)
        await done.wait()  # every door has pushed its last: what was acknowledged must come
        await pull(measured=False)


def full_pull(url: str, token: str, path: str, out) -> None:
    """A new station pulls the whole list from zero through the real engine (own process)."""
    from checkin.model import Station
    from checkin.sync.engine import SyncEngine
    from checkin.sync.hub_client import HubClient

    store = Store(path)
    store.set_station_name("New desk")

    def me() -> Station:
        return Station(store.station_id, store.station_name, pending=0)

    engine = SyncEngine(store, HubClient(url, token, station=me, timeout=60), cursor_key="c")
    t0 = time.perf_counter()
    report = engine.cycle()
    took = time.perf_counter() - t0
    out.send((took, report.pulled_attendees, report.error or ""))
    engine.close()
    store.close()


class Barrier:
    """Every door waits here until all have arrived (asyncio.Barrier is Python 3.11+ only in
    name; this one is three lines)."""

    def __init__(self, parties: int):
        self.parties, self.arrived, self.event = parties, 0, asyncio.Event()

    async def wait(self) -> None:
        self.arrived += 1
        if self.arrived >= self.parties:
            self.event.set()
        await self.event.wait()


async def load(url: str, door_tokens: list[str], people: list[str], session: str,
               seconds: float, started: asyncio.Event) -> Tally:
    tally = Tally()
    rng = random.Random(SEED)
    ready, done = Barrier(len(door_tokens)), Barrier(len(door_tokens))

    async def go() -> None:
        await ready.event.wait()
        started.set()

    await asyncio.gather(go(), *(
        station(n, url, token, people, session, seconds, tally, random.Random(rng.random()),
                ready, done)
        for n, token in enumerate(door_tokens)))
    return tally


def run(work: Path, hub_db: Path, count: int, seconds: float) -> dict:
    hub_store = Store(hub_db)
    people = [r["id"] for r in hub_store.query("select id from attendees")]
    session = "d1-opening"
    door_tokens = [tokens.add(hub_store, f"Load {count}-{n}")[1] for n in range(count)]
    _, desk = tokens.add(hub_store, f"Full pull {count}", "desk")
    before = hub_store.query("select count(*) n from checkins")[0]["n"]
    hub_store.close()
    with HubProcess(hub_db) as hub:
        receive, send = multiprocessing.Pipe(duplex=False)
        puller = multiprocessing.Process(
            target=full_pull, args=(hub.url, desk, str(work / f"new-{count}.db"), send))
        started = time.perf_counter()

        async def both() -> Tally:
            loaded = asyncio.Event()
            task = asyncio.create_task(load(hub.url, door_tokens, people, session, seconds,
                                            loaded))
            await loaded.wait()  # every door has the list and starts pushing
            await asyncio.sleep(min(5.0, seconds / 4))
            puller.start()
            return await task

        tally = asyncio.run(both())
        took = time.perf_counter() - started
        puller.join(120)
        full = receive.recv() if receive.poll(1) else (float("nan"), 0, "no answer")
    # Lost: acknowledged but not in the hub's file exactly once, or never pulled by a door.
    raw = sqlite3.connect(hub_db)
    rows = raw.execute("select uuid from checkins").fetchall()
    raw.close()
    stored: dict[str, int] = {}
    for (uuid,) in rows:
        stored[uuid] = stored.get(uuid, 0) + 1
    missing = [u for u in tally.acked if stored.get(u, 0) != 1]
    undelivered = sum(len(tally.acked - seen) for seen in tally.seen.values())
    return {
        "stations": count, "seconds": took, "pushes": len(tally.push_ms),
        "pulls": len(tally.pull_ms), "push_p50": percentile(tally.push_ms, 0.50),
        "push_p95": percentile(tally.push_ms, 0.95), "pull_p50": percentile(tally.pull_ms, 0.50),
        "pull_p95": percentile(tally.pull_ms, 0.95), "errors": tally.errors,
        "acked": len(tally.acked), "lost": len(missing), "undelivered": undelivered,
        "stored_new": len(rows) - before, "full_pull": full,
    }


def report(r: dict) -> None:
    took, pulled, error = r["full_pull"]
    print(f"{r['stations']} stations for {r['seconds']:.0f} s: "
          f"{r['pushes']} pushes (p50 {r['push_p50']:.1f} ms, p95 {r['push_p95']:.1f} ms), "
          f"{r['pulls']} pulls (p50 {r['pull_p50']:.1f} ms, p95 {r['pull_p95']:.1f} ms), "
          f"{len(r['errors'])} errors, {r['acked']} acknowledged, {r['lost']} lost, "
          f"{r['undelivered']} not delivered to a door; full pull of {pulled} attendees "
          f"from zero meanwhile: {took:.2f} s{' (' + error + ')' if error else ''}", flush=True)
    for line in sorted(set(r["errors"]))[:5]:
        print(f"  error: {line} (×{r['errors'].count(line)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 stations for 20 s")
    parser.add_argument("--stations", type=int, nargs="*", help="station counts (20 40)")
    parser.add_argument("--seconds", type=float, help="seconds of load per count (120)")
    args = parser.parse_args()
    counts = args.stations or ([20] if args.quick else [20, 40])
    seconds = args.seconds or (20.0 if args.quick else 120.0)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        template = Store(work / "template.db")
        build_demo(template, count=PEOPLE, seed=SEED, arrivals=False)
        template.close()
        results = []
        for count in counts:
            hub_db = work / f"hub-{count}.db"
            src = sqlite3.connect(work / "template.db")
            dst = sqlite3.connect(hub_db)
            src.backup(dst)
            src.close()
            dst.close()
            r = run(work, hub_db, count, seconds)
            report(r)
            results.append(r)
        first = results[0]
        n = first["stations"]
        result(f"hub, {n} stations: push p95", first["push_p95"], "ms", "≤", 100)
        result(f"hub, {n} stations: pull p95", first["pull_p95"], "ms", "≤", 100)
        result(f"hub, {n} stations: errors", len(first["errors"]), "", "≤", 0)
        result(f"hub, {n} stations: lost", first["lost"] + first["undelivered"], "", "≤", 0)
        for r in results[1:]:
            print(f"at {r['stations']} stations: push p95 {r['push_p95']:.1f} ms "
                  f"({r['push_p95'] / first['push_p95']:.1f}× {n}'s), pull p95 "
                  f"{r['pull_p95']:.1f} ms ({r['pull_p95'] / first['pull_p95']:.1f}×), "
                  f"{len(r['errors'])} errors, {r['lost'] + r['undelivered']} lost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
