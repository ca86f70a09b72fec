"""Benchmark: a new conference from its files, a programme of 200 sessions and then 5,000
attendees with workshops, imported into an empty station database (target ≤ 3 s in all,
issue 10).

The programme is an XLSX sheet as organisers write it: French headers, the day as an Excel
date cell, the times as one range cell ("08:30–10:30"), rooms, capacities, who may enter,
"oui" for workshops; four days of ten rooms and five slots. The attendees are the demo
generator's people in an XLSX export, each with one to three workshops named as people write
them ("Atelier 017"). Each run starts from a new database holding only the event, reads both
files from disk and commits both imports. The same in the other order (the people first,
their workshops kept as written, then the programme resolving them) is timed too.

    .venv/bin/python bench/bench_new_event.py           # 5 runs
    .venv/bin/python bench/bench_new_event.py --quick   # 1 run
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from checkin.demo import DEMO_EVENT, generate_attendees  # noqa: E402
from checkin.events import create_event, make_event  # noqa: E402
from checkin.importer import import_file  # noqa: E402
from checkin.programme import import_programme  # noqa: E402
from checkin.store import Store  # noqa: E402

SESSIONS = 200
PEOPLE = 5_000
TARGET_S = 3.0
SLOTS = ("08:30–10:00", "10:30–12:00", "13:30–15:00", "15:30–17:00", "17:30–19:00")
PROGRAMME_HEADER = ["Nom FR", "Nom EN", "Date", "Horaire", "Salle", "Capacité",
                    "Qui peut entrer", "Inscription requise"]
PEOPLE_HEADER = ["N° d'inscription", "Nom", "Prénom", "Organisation", "Pays", "Catégorie",
                 "Courriel", "Téléphone", "Ateliers"]


def programme_rows() -> list[list]:
    rows = []
    first = date(2026, 3, 9)
    for n in range(SESSIONS):
        day, rest = divmod(n, 50)
        slot, room = divmod(rest, 10)
        plenary = room == 0
        rows.append([
            f"Plénière {n:03d}" if plenary else f"Atelier {n:03d} : thème {n % 17}",
            f"Plenary {n:03d}" if plenary else f"Workshop {n:03d}: theme {n % 17}",
            first + timedelta(days=day), SLOTS[slot],
            "Auditorium" if plenary else f"Salle {room}",
            1500 if plenary else 40 + room * 10,
            "intervenants, officiels" if n % 23 == 0 else "",
            "non" if plenary else "oui",
        ])
    return rows


def people_rows(workshops: list[str]) -> list[list]:
    rng = random.Random(10)
    people = generate_attendees("IMC26", PEOPLE, 2026, [], event_id="imc26")
    category = {"participant": "Participant", "speaker": "Intervenant", "organiser":
                "Organisateur", "press": "Presse", "official": "Officiel", "staff": "Bénévole"}
    return [[a.reg_no, a.last_name, a.first_name, a.organisation, a.country,
             category[a.category], a.email, a.phone,
             "; ".join(rng.sample(workshops, rng.randint(1, 3)))] for a in people]


def write_xlsx(path: Path, title: str, header: list, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append([cell if cell != "" else None for cell in row])
    book.save(path)
    return path


def fresh(folder: Path, name: str) -> Store:
    store = Store(folder / name)
    create_event(store, make_event(code="IMC26", title_fr="Conférence 2026",
                                   timezone=DEMO_EVENT.timezone, start_date=date(2026, 3, 9),
                                   end_date=date(2026, 3, 12)))
    return store


def run(store: Store, steps) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    for step in steps:
        report = step(store)
        assert report.committed, report.summary()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run instead of five")
    args = parser.parse_args()
    runs = 1 if args.quick else 5
    programme = programme_rows()
    workshops = [row[0].split(" :")[0] for row in programme if row[7] == "oui"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        programme_file = write_xlsx(folder / "programme.xlsx", "Programme", PROGRAMME_HEADER,
                                    programme)
        people_file = write_xlsx(folder / "inscrits.xlsx", "Inscrits", PEOPLE_HEADER,
                                 people_rows(workshops))
        cases = {
            "programme, then people": [lambda s: import_programme(s, programme_file),
                                       lambda s: import_file(s, people_file)],
            "people, then programme": [lambda s: import_file(s, people_file),
                                       lambda s: import_programme(s, programme_file)],
        }
        figures: dict[str, list[tuple[float, float]]] = {case: [] for case in cases}
        for n in range(runs):
            for case, steps in cases.items():
                store = fresh(folder, f"{case[:6]}-{n}.db")
                figures[case].append(run(store, steps))
                sessions = len(store.sessions())
                registered = store.query(
                    "select count(*) as n from attendees where workshops != '[]'")[0]["n"]
                assert (sessions, registered) == (SESSIONS, PEOPLE), (sessions, registered)
                store.close()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine load (1, 5, 15 min): {load} on {os.cpu_count()} cores; wall time above "
          "CPU time is other processes' work")
    print(f"{'case':<34}{'median s':>10}{'max s':>9}{'median CPU s':>14}")
    for case, values in figures.items():
        wall = [w for w, _ in values]
        cpu = [c for _, c in values]
        print(f"{case:<34}{statistics.median(wall):>10.2f}{max(wall):>9.2f}"
              f"{statistics.median(cpu):>14.2f}")
    for case, values in figures.items():
        median = statistics.median(w for w, _ in values)
        verdict = "PASS" if median <= TARGET_S else "FAIL"
        cpu = statistics.median(c for _, c in values)
        print(f"RESULT {SESSIONS} sessions and {PEOPLE:,} attendees with workshops ({case}): "
              f"{median:.2f} s (CPU {cpu:.2f} s) (target <= {TARGET_S:g} s) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
