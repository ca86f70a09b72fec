"""Run every ``bench/bench_*.py`` and print all their RESULT lines together at the end.

    .venv/bin/python bench/run_all.py            # each with --quick
    .venv/bin/python bench/run_all.py --full     # each in full
    .venv/bin/python bench/run_all.py search     # only the benchmarks whose name holds "search"

Each benchmark runs in its own process (so one that crashes does not stop the others) with
this interpreter; its output is shown as it comes. Exits 0 either way, like the benchmarks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="full runs instead of --quick")
    parser.add_argument("only", nargs="*", help="run only benchmarks whose file name holds one")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if any(word in s.name for word in args.only)]
    # A benchmark runs in full by default and takes --quick for a short run.
    flags = [] if args.full else ["--quick"]
    results: list[str] = []
    for script in scripts:
        print(f"=== {script.name} {' '.join(flags) or '(full)'}", flush=True)
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(script), *flags],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=HERE.parent,
        )
        for line in process.stdout:
            print(line, end="", flush=True)
            if line.startswith("RESULT "):
                results.append(line.rstrip("\n"))
        process.wait()
        took = time.perf_counter() - started
        if process.returncode != 0:
            results.append(f"ERROR {script.name}: exit status {process.returncode}")
        print(f"=== {script.name} done in {took:.1f} s\n", flush=True)
    print(f"=== {len(results)} results from {len(scripts)} benchmarks")
    for line in results:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
