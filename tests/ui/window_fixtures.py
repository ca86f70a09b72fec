"""Fixtures of the reception window: the whole window on the small event, built the way the
application builds it, with the translations compiled from the committed .ts files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
import qrcode
from PySide6.QtCore import QSettings

from checkin.reception import Reception
from checkin.ui.app import Station, build_station
from tests.fixed_time import NOW

ROOT = Path(__file__).resolve().parents[2]
STAFF_PIN = "864213"


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory) -> Path:
    """checkin_fr.qm and checkin_en.qm built from translations/*.ts for this run."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in ("fr", "en"):
        ts = ROOT / "translations" / f"checkin_{language}.ts"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm",
                        str(folder / f"checkin_{language}.qm")], check=True)
    return folder


def make_station(qapp, qtbot, store, tmp_path, qm_dir, *, language="fr", camera=False,
                 scanner_input=False) -> Station:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", language)
    reception = Reception(store, clock=lambda: NOW)
    station = build_station(qapp, store, reception, settings, camera=camera,
                            scanner_input=scanner_input, muted=True, translations_dir=qm_dir)
    station.staff_pin.set(STAFF_PIN)
    qtbot.addWidget(station.window)
    station.window.show()
    qtbot.waitExposed(station.window)
    return station


@pytest.fixture
def station(qapp, qtbot, small_event, tmp_path, qm_dir):
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir)
    yield station
    close(station)


def close(station: Station) -> None:
    if station.door_mode.active:
        station.door_mode.leave()
    station.shutdown()


def scan(qtbot, station: Station, code: str, method=None):
    """Submit a code as the camera would, and wait for the card."""
    with qtbot.waitSignal(station.scan_page.result_shown, timeout=5000) as blocker:
        if method is None:
            station.scan_page.submit_camera_code(code)
        else:
            station.scan_page.submit_code(code, method)
    return blocker.args[0]


def badge_frame(token: str, size=(640, 480)) -> np.ndarray:
    """A grey scene with a badge's QR code in the middle (BGR, like a webcam frame)."""
    qr = qrcode.QRCode(border=4, box_size=6, error_correction=qrcode.constants.ERROR_CORRECT_Q)
    qr.add_data(token)
    qr.make(fit=True)
    code = np.array(qr.get_matrix(), dtype=bool)
    image = np.where(code, 0, 255).astype(np.uint8)
    image = cv2.resize(image, (code.shape[1] * 6, code.shape[0] * 6),
                       interpolation=cv2.INTER_NEAREST)
    width, height = size
    scene = np.full((height, width, 3), 120, np.uint8)
    y, x = (height - image.shape[0]) // 2, (width - image.shape[1]) // 2
    scene[y:y + image.shape[0], x:x + image.shape[1]] = image[:, :, None]
    return scene


def blank_frame(size=(640, 480)) -> np.ndarray:
    width, height = size
    return np.full((height, width, 3), 120, np.uint8)
