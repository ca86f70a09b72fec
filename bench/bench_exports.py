"""Benchmark: all exports for 5,000 attendees × 12 sessions (target ≤ 5 s).

A seeded event of 12 sessions over two days and 5,000 people, about 70 % of whom come to each
session they are admitted to (≈ 40,000 arrivals), with a few undone check-ins and overrides,
in a real SQLite file. "All exports" is what ``checkin export all --no-pdf`` writes: loading
the attendance, the workbook (summary, 12 session sheets, matrix, no-shows, log) and the four
CSV files (attendance, matrix, no-shows, log). The PDFs (funders' sheets per session and per
day, summary) are timed too and reported for information; their target is not in the issue.

    .venv/bin/python bench/bench_exports.py            # 3 runs, median
    .venv/bin/python bench/bench_exports.py --quick    # 1 run, no PDFs
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402

from checkin import tokens  # noqa: E402
from checkin.model import Attendee, CheckIn, Event, Method, Session, Station  # noqa: E402
from checkin.reports import bundle  # noqa: E402
from checkin.reports.data import load_attendance  # noqa: E402
from checkin.store import Store  # noqa: E402

TARGET_S = 5.0
PEOPLE = 5000
SESSIONS = 12
SEED = 2025


def build(store: Store) -> int:
    """The seeded event; returns the number of check-ins written."""
    rng = random.Random(SEED)
    store.save_event(Event("bench", "BEN25", "Conférence de mesure", "Benchmark conference",
                           "Africa/Bujumbura", date(2025, 2, 3), date(2025, 2, 4),
                           venue="Bujumbura"))
    sessions = []
    for n in range(SESSIONS):
        day, slot = divmod(n, SESSIONS // 2)
        start = datetime(2025, 2, 3 + day, 6, tzinfo=UTC) + timedelta(hours=1.5 * slot)
        workshop = slot in (2, 3)
        sessions.append(Session(
            f"s{n:02d}", "bench", f"Jour {day + 1} – Session {slot + 1} : échanges d'expériences",
            f"Day {day + 1} – Session {slot + 1}: sharing experience", start,
            start + timedelta(hours=1.25), room=f"Salle {slot + 1}",
            registration_required=workshop, capacity=3000 if workshop else None))
    store.upsert_sessions(sessions)
    workshops = [s.id for s in sessions if s.registration_required]
    first = ["Hélène", "Élodie", "Kouadio", "Jean-Baptiste", "Aïcha", "Ngozi", "François", "Zoë"]
    last = ["Ndayishimiye", "N'Guessan", "Nkurunziza-Habonimana", "D’Almeida", "Ouédraogo",
            "Ntakirutimana", "O'Neill", "Çelik"]
    people = [
        Attendee(f"a{n:05d}", "bench", tokens.new_token("BEN25", rng), rng.choice(first),
                 rng.choice(last), rng.choice(["Mutuelle de la Fonction Publique", "ILO", "AIM",
                                               "Caisse nationale d'assurance maladie"]),
                 rng.choice(["Burundi", "Côte d'Ivoire", "Sénégal", "Rwanda", "Belgique"]),
                 category=rng.choice(["participant"] * 6 + ["speaker", "press", "official"]),
                 email=f"p{n}@example.org",
                 status="cancelled" if rng.random() < 0.02 else "confirmed",
                 workshops=tuple(w for w in workshops if rng.random() < 0.5))
        for n in range(PEOPLE)
    ]
    store.upsert_attendees(people)
    stations = [Station("door-a", "Auditorium – porte A"), Station("door-b", "Auditorium – porte B")]
    store.upsert_stations(stations)
    checkins = []
    for session in sessions:
        for person in people:
            if person.cancelled or rng.random() > 0.7:
                continue
            override = session.registration_required and session.id not in person.workshops
            if override and rng.random() > 0.05:
                continue
            checkins.append(CheckIn(
                f"c-{session.id}-{person.id}", person.id, session.id,
                rng.choice(stations).id,
                session.starts_at - timedelta(minutes=30) + timedelta(seconds=rng.uniform(0, 3600)),
                rng.choice([Method.CAMERA, Method.CAMERA, Method.SCANNER, Method.SEARCH]),
                override=override, voided=rng.random() < 0.01))
    store.merge_checkins(checkins)
    return len(checkins)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run, data exports only")
    parser.add_argument("--full", action="store_true", help="3 runs and the PDFs (default)")
    args = parser.parse_args()
    quick = args.quick and not args.full
    runs = 1 if quick else 3

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store(root / "bench.db")
        started = time.perf_counter()
        written = build(store)
        print(f"built {PEOPLE} attendees × {SESSIONS} sessions, {written} check-ins "
              f"in {time.perf_counter() - started:.1f} s")

        totals, parts, cpu = [], {}, []
        for run in range(runs):
            out = root / f"run{run}"
            c0 = time.process_time()
            t0 = time.perf_counter()
            data = load_attendance(store)
            t1 = time.perf_counter()
            out.mkdir()
            files = bundle.export_data(data, store, out, delimiter=";")
            t2 = time.perf_counter()
            totals.append(t2 - t0)
            cpu.append(time.process_time() - c0)
            parts.setdefault("load", []).append(t1 - t0)
            parts.setdefault("write", []).append(t2 - t1)
        sizes = {f.name: f.stat().st_size for f in files}
        print(f"{'file':<22}{'size':>12}")
        for name, size in sizes.items():
            print(f"{name:<22}{size / 1e6:>10.1f} MB")
        for name, values in parts.items():
            print(f"{name:<22}{statistics.median(values):>10.2f} s (median of {runs})")

        print(f"{'cpu time':<22}{statistics.median(cpu):>10.2f} s (this process; the wall-clock "
              f"figure below includes waiting for a shared CPU)")
        median = statistics.median(totals)
        verdict = "PASS" if median <= TARGET_S else "FAIL"
        print(f"RESULT exports_5000x12_all_data: {median:.2f} s (target <= {TARGET_S:g} s) "
              f"{verdict}")

        if not quick:
            data = load_attendance(store)
            out = root / "pdf"
            out.mkdir()
            t0 = time.perf_counter()
            pdfs = bundle.export_pdfs(data, out)
            elapsed = time.perf_counter() - t0
            pages = sum(len(PdfReader(p).pages) for p in pdfs)
            print(f"PDFs (no target in the issue): {len(pdfs)} files, {pages} pages "
                  f"in {elapsed:.1f} s")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
