"""Fixtures of the desk's pages: a reception on the small event, the search index, the PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from checkin.search import Search
from checkin.ui.pin import StaffPin

STAFF_PIN = "246802"


@pytest.fixture
def search(small_event) -> Search:
    return Search(small_event)


@pytest.fixture
def staff_pin(small_event) -> StaffPin:
    pin = StaffPin(small_event)
    pin.set(STAFF_PIN)
    return pin


@pytest.fixture
def ui_settings(tmp_path) -> QSettings:
    """UI preferences in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
