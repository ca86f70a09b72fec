"""Rewrite the demo conference's two sheets in resources/demo/ from the generator in
checkin.demo (run after changing the demo's programme or people; tests/test_demo.py fails
while the sheets and the generator disagree).

    .venv/bin/python scripts/demo_sheets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin import paths  # noqa: E402
from checkin.demo import write_sheets  # noqa: E402

if __name__ == "__main__":
    folder = paths.resource("demo")
    write_sheets(folder)
    for path in sorted(folder.iterdir()):
        print(f"{path} ({path.stat().st_size:,} bytes)")
