"""`checkin --self-test`: every check passes on a whole installation, and a broken piece is
named with a non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from checkin import selftest

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes_through_the_command_line(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path)}  # nothing of the user's own station is touched
    done = subprocess.run([sys.executable, "-m", "checkin", "--self-test"], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _check in selftest.CHECKS:
        assert any(line.startswith("ok ") and f" {name} " in line for line in lines), lines
    assert "zxing" in done.stdout and "zbar" in done.stdout
    assert lines[-1] == f"self-test: all {len(selftest.CHECKS)} checks passed"
    assert "Traceback" not in done.stderr


# With no audio server here, Qt Multimedia says so when the window's check asks for the output.
@pytest.mark.qt_log_ignore("pa_context_connect", "pipewire")
def test_a_badge_no_decoder_reads_fails_and_names_the_check(tmp_path, monkeypatch, capsys, qapp):
    blank = tmp_path / "selftest" / "badge.jpg"
    blank.parent.mkdir()
    Image.fromarray(np.full((480, 640), 128, np.uint8)).save(blank)
    real = selftest.paths.resource
    monkeypatch.setattr(selftest.paths, "resource",
                        lambda *parts: tmp_path.joinpath(*parts) if parts[0] == "selftest"
                        else real(*parts))
    assert selftest.main() == 1
    out = capsys.readouterr().out
    assert "FAIL decoders" in out
    assert "FAIL camera" in out  # the video of the same photo reads no badge either
    assert "self-test: FAILED (decoders, camera)" in out
    assert "ok   window" in out  # the other checks still ran
