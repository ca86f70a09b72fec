"""A storm of SIGKILLs on a station that admits badges, and the count of what survived.

Each life of the station is a child process that opens the database (WAL recovery after the
last kill included), then walks the attendee list: each person into the opening plenary
(no re-entry: one check-in per person, ever) and into a lounge that allows re-entry (a new
check-in at each pass). After each ``admit`` returns, the child sends the check-in's uuid to
the parent: that is the moment a volunteer sees the answer on screen. The parent kills the
child with SIGKILL at a random moment (during the open, between two admits, inside one),
again and again, then checks:

- **lost**: acknowledged check-ins missing from the database (must be 0);
- **doubled**: a person in the plenary more than once, a check-in with more or fewer than one
  outbox row, an outbox row for nothing (must be 0);
- ``PRAGMA integrity_check`` is ok.

Children come from a fork server that has imported the store, so a life costs a fork, not a
Python start: a hundred kills take seconds. Used by ``tests/test_kill_storm.py`` (100 kills)
and ``bench/bench_kill_storm.py`` (more).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

PLENARY, LOUNGE = "plenary", "lounge"
T0 = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


@dataclass
class StormReport:
    kills: int = 0
    lives: int = 0
    acknowledged: int = 0
    on_disk: int = 0
    lost: int = 0
    doubled: int = 0
    integrity: str = ""
    seconds: float = 0.0
    kills_before_ready: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"kills {self.kills} (of which {self.kills_before_ready} while opening), "
                f"acknowledged {self.acknowledged}, on disk {self.on_disk}, lost {self.lost}, "
                f"doubled {self.doubled}, integrity_check {self.integrity}, "
                f"{self.seconds:.1f} s")


def make_station(path: Path, people: int = 300) -> None:
    """A station database with ``people`` attendees, a plenary and a lounge with re-entry."""
    from checkin import tokens
    from checkin.model import Attendee, Event, Session
    from checkin.store import Store

    store = Store(path)
    store.save_event(Event("storm", "STM25", "Tempête", "Storm", "UTC",
                           date(2025, 2, 3), date(2025, 2, 3)))
    store.upsert_sessions([
        Session(PLENARY, "storm", "Plénière", "Plenary", T0, T0 + timedelta(hours=8)),
        Session(LOUNGE, "storm", "Salon", "Lounge", T0, T0 + timedelta(hours=8),
                allow_multiple_entries=True),
    ])
    store.upsert_attendees([
        Attendee(f"p{i:04d}", "storm", tokens.new_token("STM25"), "Personne", f"N°{i}")
        for i in range(people)
    ])
    store.close()


def _life(path: str, conn, seed: int) -> None:
    """One life of the station (in the child): admit until killed."""
    from checkin.reception import Reception
    from checkin.store import Store

    store = Store(path)
    clock = [T0 + timedelta(minutes=1)]

    def now():
        clock[0] += timedelta(milliseconds=1)
        return clock[0]

    reception = Reception(store, clock=now)
    tokens = [a.token for a in store.attendees()]
    random.Random(seed).shuffle(tokens)
    conn.send("ready")
    while True:
        for token in tokens:
            for session in (PLENARY, LOUNGE):
                result = reception.admit(token, session)
                if result.checkin is not None:
                    conn.send(result.checkin.uuid)  # the answer is on screen now


_context = None


def _fork_server():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["checkin.store", "checkin.reception", "tests.kill_storm"])
    return _context


def storm(path: Path, kills: int, *, seed: int = 13, max_delay_s: float = 0.06) -> StormReport:
    """Kill ``kills`` lives of a station admitting into ``path``; check what survived."""
    rng = random.Random(seed)
    context = _fork_server()
    acknowledged: list[str] = []
    report = StormReport()
    started = time.monotonic()
    while report.kills < kills:
        parent_end, child_end = context.Pipe(duplex=False)
        process = context.Process(target=_life, args=(str(path), child_end, rng.randrange(1 << 30)))
        process.start()
        child_end.close()
        report.lives += 1
        # Kill while opening now and then, else at a random moment of the admitting.
        before_ready = rng.random() < 0.1
        # Before "ready": a random moment of the open, or up to 30 s for it to come.
        deadline = time.monotonic() + (rng.uniform(0.0, 0.03) if before_ready else 30.0)
        ready = False
        while True:
            timeout = deadline - time.monotonic()
            if timeout <= 0:
                break
            if parent_end.poll(timeout):
                try:
                    message = parent_end.recv()
                except EOFError:
                    break
                if message == "ready":
                    ready = True
                    if not before_ready:
                        deadline = time.monotonic() + rng.uniform(0.0, max_delay_s)
                else:
                    acknowledged.append(message)
        os.kill(process.pid, signal.SIGKILL)
        process.join()
        # What was sent before the kill was acknowledged (on screen) too.
        while parent_end.poll():
            try:
                message = parent_end.recv()
            except (EOFError, OSError):
                break
            if message != "ready":
                acknowledged.append(message)
        parent_end.close()
        if process.exitcode == -signal.SIGKILL:
            report.kills += 1
            report.kills_before_ready += not ready
        else:
            report.problems.append(f"a life ended by itself: exit {process.exitcode}")
            break
    report.seconds = time.monotonic() - started
    report.acknowledged = len(acknowledged)
    _count(path, acknowledged, report)
    return report


def _count(path: Path, acknowledged: list[str], report: StormReport) -> None:
    from checkin.store import Store

    store = Store(path)  # the last kill's recovery, as the next start would do it
    try:
        q = store.query
        on_disk = {r["uuid"] for r in q("select uuid from checkins")}
        report.on_disk = len(on_disk)
        report.lost = len(set(acknowledged) - on_disk)
        if len(acknowledged) != len(set(acknowledged)):
            report.problems.append("the same uuid was acknowledged twice")
        plenary_twice = q("select attendee_id from checkins where session_id = ? "
                          "group by attendee_id having count(*) > 1", [PLENARY])
        outbox_twice = q("select ref from outbox where kind = 'checkin' group by ref "
                         "having count(*) > 1")
        without_outbox = q("select uuid from checkins where uuid not in "
                           "(select ref from outbox where kind = 'checkin')")
        outbox_for_nothing = q("select ref from outbox where kind = 'checkin' and ref not in "
                               "(select uuid from checkins)")
        report.doubled = len(plenary_twice) + len(outbox_twice)
        if without_outbox or outbox_for_nothing:
            report.problems.append(f"{len(without_outbox)} check-ins without an outbox row, "
                                   f"{len(outbox_for_nothing)} outbox rows for nothing")
        report.integrity = q("PRAGMA integrity_check")[0]["integrity_check"]
    finally:
        store.close()
