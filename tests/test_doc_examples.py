"""Every example of a guide runs: each ``checkin …`` line of its ```sh blocks is run through
the real command line, in order, from the project's folder (so the guide's paths to
docs/examples/ hold), with its database moved to a temporary folder; every picture it shows
exists. A guide with runnable examples goes into GUIDES and gets a test that calls
:func:`run_guide` and checks what its commands made."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDES = ("new-event.md",)
_BLOCK = re.compile(r"```sh\n(.*?)```", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
_LINK = re.compile(r"\]\((examples/[^)#]+)\)")


def commands(guide: str) -> list[list[str]]:
    text = (ROOT / "docs" / guide).read_text("utf-8")
    found = []
    for block in _BLOCK.findall(text):
        for line in block.splitlines():
            if line.strip().startswith("checkin "):
                found.append(shlex.split(line)[1:])
    return found


def run_guide(guide: str, folder: Path) -> None:
    runs = commands(guide)
    assert runs, f"{guide} shows no command"
    for args in runs:
        args = [str(folder / Path(a).name) if prev == "--db" else a
                for prev, a in zip(["", *args], args, strict=False)]
        done = subprocess.run([sys.executable, "-m", "checkin", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                   "HOME": str(folder), "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, f"checkin {shlex.join(args)}\n{done.stdout}{done.stderr}"


@pytest.mark.parametrize("guide", GUIDES)
def test_every_picture_and_example_file_of_the_guide_exists(guide):
    text = (ROOT / "docs" / guide).read_text("utf-8")
    for target in _IMAGE.findall(text) + _LINK.findall(text):
        assert (ROOT / "docs" / target).is_file(), f"{guide} points at a missing {target}"


def test_the_new_event_guide_runs_and_makes_what_it_says(tmp_path):
    """Every command of docs/new-event.md runs, and the example files make the conference
    the guide shows: six sessions, five people, the workshops found by name."""
    from checkin.store import Store

    run_guide("new-event.md", tmp_path)
    db = tmp_path / "conference.db"
    store = Store(db)
    try:
        assert store.event().code == "IMC26"
        assert len(store.sessions()) == 6 and store.count_attendees() == 5
        helene = next(a for a in store.attendees() if a.first_name == "Hélène")
        assert [store.session(s).name_fr for s in helene.workshops] == [
            "Atelier A : gestion déléguée"]
        assert store.session("pleniere-d-ouverture") is not None  # the id the guide names
    finally:
        store.close()
