"""Sounds.check(), the self-test's word on the door's sounds: loaded on a real (null) PulseAudio
output when there is one, found on disk when there is none, and a missing one named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin import paths
from checkin.ui.sounds import FILES, Sounds

ROOT = Path(__file__).resolve().parents[2]
CHECK = "from PySide6.QtWidgets import QApplication; app = QApplication([]);" \
        "from checkin.ui.sounds import Sounds; print(Sounds(muted=True).check())"


@pytest.fixture
def pulse_null_output(tmp_path):
    """A private PulseAudio server whose only output is a null sink; yields PULSE_SERVER."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed (scripts/system-deps.sh installs it)")
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    socket = run / "native"
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--load=module-null-sink",
         f"--load=module-native-protocol-unix socket={socket}", "--log-target=stderr"],
        env={**os.environ, "XDG_RUNTIME_DIR": str(run), "HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert socket.exists(), "PulseAudio did not start"
        yield f"unix:{socket}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_sounds_load_on_an_audio_output(pulse_null_output):
    env = {**os.environ, "PULSE_SERVER": pulse_null_output, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{len(set(FILES.values()))} sounds ready on Null Output"


def test_with_no_audio_output_the_sounds_must_still_be_there(tmp_path):
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/none", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "4 sounds found, no audio output on this machine"


@pytest.mark.qt_log_ignore("pa_context_connect", "pipewire")
def test_a_missing_sound_is_named(qapp, tmp_path, monkeypatch):
    real = paths.resource
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts)
                        if parts[-1] == "warning.wav" else real(*parts))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/none")
    sounds = Sounds(muted=True)
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("this machine has an audio output")
    with pytest.raises(AssertionError, match="sounds missing: warning.wav"):
        sounds.check()
