"""Build the .qm files from translations/*.ts with pyside6-lrelease (``build``), or refresh the
.ts sources from the code with pyside6-lupdate (``update``).

The .ts files carry no source locations (``-locations none``): line numbers would change with
every edit of a page and make every branch conflict with every other in these files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def build() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


# Core modules whose words the window shows, marked with QT_TRANSLATE_NOOP (no Qt there).
CORE_SOURCES = ("checkin/outcome_words.py",)


def sources() -> list[str]:
    found = sorted(str(p) for p in (ROOT / "checkin" / "ui").rglob("*.py"))
    return found + [str(ROOT / name) for name in CORE_SOURCES]


def update() -> None:
    for ts in sorted(TS_DIR.glob("checkin_*.ts")):
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts",
             str(ts)],
            check=True,
        )


if __name__ == "__main__":
    {"build": build, "update": update}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
