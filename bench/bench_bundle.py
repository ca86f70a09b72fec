"""Benchmark of the PyInstaller bundle (issue 16): its size on disk and its cold start.

1. Size: the whole ``dist/checkin`` folder, in MB (10^6 bytes, as a file manager says it).
   Target: ≤ 250 MB. The ten largest files are listed, to see where the weight is.
2. Start to ready: ``dist/checkin/checkin --demo`` in a fresh process, offscreen, timed from
   the spawn to the line the application prints when the window is ready to scan (the same
   line bench_window.py waits for). The first launch (which also builds the demo database)
   is reported apart; the target holds the median of the launches after it. Target: ≤ 2.5 s.
3. The bundle's own self-test (``checkin --self-test``) must pass.

    make bundle && .venv/bin/python bench/bench_bundle.py            # 7 launches
    .venv/bin/python bench/bench_bundle.py --quick                      # 3 launches
    .venv/bin/python bench/bench_bundle.py --bundle /path/to/dist/checkin

Without a built bundle it says so and reports nothing (exit 0, like the other benchmarks).
The bundle runs with an environment stripped of this checkout's virtual environment.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SIZE_MB = 250.0
TARGET_START_S = 2.5


def result(name: str, value: float, unit: str, target: float) -> None:
    print(f"RESULT {name}: {value:.3g} {unit} (target ≤ {target:g} {unit}) "
          f"{'PASS' if value <= target else 'FAIL'}", flush=True)


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a machine without Python: no virtual environment, no PYTHONPATH."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    venv = os.environ.get("VIRTUAL_ENV") or str(Path(sys.prefix))
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p and not p.startswith(venv))
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               QT_QPA_PLATFORM="offscreen", CHECKIN_SOURCE="none-such-camera.avi")
    return env


def size(folder: Path) -> tuple[int, list[tuple[int, Path]]]:
    files = [(p.stat().st_size, p) for p in folder.rglob("*") if p.is_file() and not
             p.is_symlink()]
    return sum(s for s, _ in files), sorted(files, reverse=True)[:10]


def launch(executable: Path, env: dict[str, str], timeout: float = 60) -> float | None:
    started = time.perf_counter()
    process = subprocess.Popen([str(executable), "--demo"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True,
                               env={**env, "CHECKIN_EXIT_WHEN_READY": "1"})
    took = None
    killer = threading.Timer(timeout, process.kill)  # a window that never gets ready
    killer.start()
    try:
        for line in process.stdout:
            if line.startswith("READY"):
                took = time.perf_counter() - started
                break
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    finally:
        killer.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 launches instead of 7")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "checkin")
    args = parser.parse_args()
    name = "checkin.exe" if sys.platform == "win32" else "checkin"
    executable = args.bundle / name
    if not executable.exists():
        print(f"no bundle at {args.bundle}: build it with `make bundle` first")
        return 0

    total, largest = size(args.bundle)
    print(f"bundle {args.bundle}: {total / 1e6:.1f} MB; largest files:")
    for bytes_, path in largest:
        print(f"  {bytes_ / 1e6:6.1f} MB  {path.relative_to(args.bundle)}")
    result("bundle size", total / 1e6, "MB", TARGET_SIZE_MB)

    with tempfile.TemporaryDirectory(prefix="checkin-bundle-bench-") as tmp:
        env = clean_env(Path(tmp))
        test = subprocess.run([str(executable), "--self-test"], capture_output=True, text=True,
                              env=env, timeout=300)
        print(test.stdout, end="")
        print(f"self-test of the bundle: exit status {test.returncode}")
        first = launch(executable, env)
        print(f"first launch (builds the demo database): "
              f"{'no READY line' if first is None else f'{first:.2f} s'}")
        times = [t for t in (launch(executable, env) for _ in range(3 if args.quick else 7))
                 if t is not None]
        if not times:
            print("the bundle never said READY")
            return 0
        print("launches: " + ", ".join(f"{t:.2f} s" for t in times))
        result("bundle start to ready, median", statistics.median(times), "s", TARGET_START_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
