"""Benchmark: a storm of SIGKILLs on a station admitting badges (target: lost 0, doubled 0,
integrity_check ok), more kills than the suite's hundred.

Each life of the station admits people into a plenary (no re-entry) and a lounge (re-entry)
and acknowledges each check-in to this process as the window would show it; each life is
killed with SIGKILL at a random moment, during the open (WAL recovery) or among the admits.
See tests/kill_storm.py.

    .venv/bin/python bench/bench_kill_storm.py            # 1,000 kills
    .venv/bin/python bench/bench_kill_storm.py --quick    # 200 kills
    .venv/bin/python bench/bench_kill_storm.py --kills 5000 --dir /mnt/usb
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.kill_storm import make_station, storm  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 kills")
    parser.add_argument("--kills", type=int, help="how many (default 1,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="where the database goes (default: a temp dir)")
    args = parser.parse_args()
    kills = args.kills or (200 if args.quick else 1000)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "station.db"
        make_station(path, people=1000)
        report = storm(path, kills, seed=args.seed)
    print(f"{report.lives} lives of the station, each killed with SIGKILL")
    print(f"  {report.line()}")
    for problem in report.problems:
        print(f"  problem: {problem}")
    ok = (report.kills == kills and report.lost == 0 and report.doubled == 0
          and report.integrity == "ok" and not report.problems)
    print()
    print(f"RESULT kill storm: {report.kills} kills, {report.acknowledged} acknowledged, "
          f"lost {report.lost}, doubled {report.doubled}, integrity {report.integrity} "
          "(target: lost 0, doubled 0, integrity ok) " + ("PASS" if ok else "FAIL"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
