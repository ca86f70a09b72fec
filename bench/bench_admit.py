"""Benchmark: badges admitted per second with durable commits (target ≥ 300 check-ins/s).

Each admit is the whole path a scan takes after decoding: parse the code, find the person,
decide, write the check-in and its outbox row in one ``BEGIN IMMEDIATE … COMMIT`` with
``synchronous=FULL`` in WAL mode, on a real file. Every admit is a different attendee of the
seeded demo list, into the opening plenary.

    .venv/bin/python bench/bench_admit.py            # 3,000 admits
    .venv/bin/python bench/bench_admit.py --quick    # 1,000 admits
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.demo import DEMO_EVENT, demo_sessions, generate_attendees  # noqa: E402
from checkin.model import Method, Outcome  # noqa: E402
from checkin.reception import Reception  # noqa: E402
from checkin.store import Store  # noqa: E402

TARGET = 300.0  # check-ins per second


def filesystem(folder: Path) -> str:
    """The file system type of ``folder`` (Linux), to show that fsync reaches a disk."""
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "unknown"
    best = ("", "unknown")
    for fields in mounts:
        point = fields[1]
        if str(folder.resolve()).startswith(point) and len(point) > len(best[0]):
            best = (point, fields[2])
    return best[1]


def fsync_ms(folder: Path, rounds: int = 50) -> float:
    """Median time of one 4 KiB write + fsync in ``folder``: the floor under a durable
    commit on this disk right now (other programs' writes raise it)."""
    times = []
    path = folder / "fsync.probe"
    with open(path, "wb") as probe:
        for _ in range(rounds):
            started = time.perf_counter()
            probe.write(b"x" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
            times.append((time.perf_counter() - started) * 1000)
    path.unlink()
    return statistics.median(times)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 admits")
    parser.add_argument("--full", action="store_true", help="3,000 admits (default)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="folder for the database (default: a temporary one)")
    args = parser.parse_args()
    count = 1000 if args.quick and not args.full else 3000

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        fs = filesystem(Path(folder))
        if fs in ("tmpfs", "ramfs"):
            print(f"warning: {folder} is on {fs}: fsync reaches no disk; pass --dir")
        floor = fsync_ms(Path(folder))
        store = Store(Path(folder) / "admit.db")
        sessions = demo_sessions(DEMO_EVENT.id)
        store.save_event(DEMO_EVENT)
        store.upsert_sessions(sessions)
        people = generate_attendees(DEMO_EVENT.code, count, 2025, sessions,
                                    event_id=DEMO_EVENT.id)
        store.upsert_attendees(people)
        mode = store.db.conn.execute("pragma journal_mode").fetchone()[0]
        sync = store.db.conn.execute("pragma synchronous").fetchone()[0]
        reception = Reception(store)
        reception.admit(people[0].token, "d1-opening")  # warm the caches: station, session
        codes = [p.token for p in people[1:]]

        latencies: list[float] = []
        outcomes: dict[Outcome, int] = {}
        started = time.perf_counter()
        for code in codes:
            t0 = time.perf_counter()
            result = reception.admit(code, "d1-opening", method=Method.CAMERA)
            latencies.append((time.perf_counter() - t0) * 1000)
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
        elapsed = time.perf_counter() - started
        written = store.query("select count(*) as n from checkins")[0]["n"]
        queued = store.pending_count()
        store.close()

    rate = len(codes) / elapsed
    print(f"{len(codes)} admits of different people, journal_mode={mode}, synchronous={sync} "
          f"(2 = FULL), file on {fs} in {args.dir or tempfile.gettempdir()}")
    print("  outcomes: " + ", ".join(f"{o.value} {n}" for o, n in sorted(
        outcomes.items(), key=lambda item: item[0].value)))
    print(f"  check-ins written {written}, outbox rows {queued}")
    print(f"  one bare write + fsync on this disk now: median {floor:.2f} ms")
    print(f"  latency per admit: median {statistics.median(latencies):.2f} ms, "
          f"p95 {percentile(latencies, 0.95):.2f} ms, max {max(latencies):.2f} ms")
    print()
    print(f"RESULT admit with durable commits: {rate:.0f} check-ins/s (target >= {TARGET:g} "
          f"check-ins/s) " + ("PASS" if rate >= TARGET else "FAIL"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
