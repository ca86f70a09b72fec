"""The README's command-line examples that need no camera, network or demo run as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from checkin.cli import main

ROOT = Path(__file__).resolve().parent.parent


def section_commands(heading: str) -> list[list[str]]:
    """The ``checkin`` commands of the first shell block under ``heading``."""
    text = (ROOT / "README.md").read_text("utf-8")
    after = text.split(f"## {heading}\n", 1)[1]
    block = re.search(r"```sh\n(.*?)```", after, re.S)[1]
    lines = block.replace("\\\n", " ").splitlines()
    return [shlex.split(line, comments=True) for line in lines if line.strip()]


def test_a_new_conference_from_its_files(tmp_path, monkeypatch, capsys):
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    monkeypatch.chdir(tmp_path)
    commands = section_commands("A new conference from its files")
    assert len(commands) == 9
    for argv in commands:
        assert argv[0] == "checkin"
        code = main(argv[1:])
        out, err = capsys.readouterr()
        assert code == 0, (argv, err)
        if "stats" in argv:
            assert "1500" in out and "Gitega" in out
        if "--dry-run" in argv and "import" == argv[3]:
            assert "1500 unchanged" in out
    assert (tmp_path / "programme.xlsx").exists()
