"""Benchmark: a receiver lent at the desk, with a day's loans already recorded (target: the
slowest answer under 100 ms, a clerk's "at once").

Each lend is the whole path after the scan: read the label, find the receiver, find whose
badge it is, read who holds what from every loan event of the day (:func:`checkin.receivers
.loans`), decide, and write the event with its outbox row in one durable transaction, on a
real file. The day before the measured lends: ``--history`` loans and returns of 60
receivers by as many people (the demo list).

    .venv/bin/python bench/bench_receivers.py            # 2,000 events of history, 300 lends
    .venv/bin/python bench/bench_receivers.py --quick    # 600 events, 120 lends
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin import receivers  # noqa: E402
from checkin.demo import build_demo, demo_clock  # noqa: E402
from checkin.receivers import LendOutcome  # noqa: E402
from checkin.reception import Reception  # noqa: E402
from checkin.store import Store  # noqa: E402

TARGET_MS = 100.0  # the slowest lend


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--history", type=int, default=None, help="loan events before")
    parser.add_argument("--lends", type=int, default=None, help="lends measured")
    args = parser.parse_args()
    history = args.history or (600 if args.quick else 2000)
    lends = args.lends or (120 if args.quick else 300)
    with tempfile.TemporaryDirectory(prefix="bench-receivers-") as folder:
        store = Store(Path(folder) / "station.db")
        build_demo(store, count=400)
        start = demo_clock()()
        moments = (start + timedelta(seconds=i) for i in range(10**7))
        reception = Reception(store, clock=lambda: next(moments))
        lending = receivers.Lending(store, lambda c: reception.badge_holder(c)[1],
                                    clock=reception.clock)
        receivers.add_numbered(store, 60)
        people = [a for a in store.attendees() if not a.cancelled]
        # the day so far: each receiver lent and taken back in turn
        for n in range(history // 2):
            number = f"R{n % 60 + 1:03d}"
            lending.lend(number, attendee_id=people[n % len(people)].id)
            lending.give_back(number)
        latencies = []
        for n in range(lends):
            number = f"checkin://receiver/R{n % 60 + 1:03d}"
            person = people[(n + 7) % len(people)]
            if n >= 60:
                lending.give_back(number)
            began = time.perf_counter()
            result = lending.lend(number, badge=person.token, second=True)
            latencies.append((time.perf_counter() - began) * 1000)
            assert result.outcome is LendOutcome.LENT, result.outcome
        events = store.receiver_loan_count()
        store.close()
    latencies.sort()
    worst = latencies[-1]
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"{lends} lends by badge and label, {events} loan events in the file at the end")
    print(f"  latency per lend: median {statistics.median(latencies):.2f} ms, "
          f"p95 {p95:.2f} ms, max {worst:.2f} ms")
    print()
    print(f"RESULT receiver lent: slowest {worst:.1f} ms (target <= {TARGET_MS:g} ms) "
          + ("PASS" if worst <= TARGET_MS else "FAIL"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
