"""The first screen of an empty station, "Connect to pretix", against the real pretix the suite
installs (tests/sync/pretix_server.py): the event, its check-in lists and the tickets arrive,
and the reception window opens on them. A wrong token is said on the page first."""

from __future__ import annotations

import pretix_server
import pytest
from PySide6.QtCore import QSettings, Qt

from checkin.store import Store
from checkin.ui.app import Launcher
from tests.ui.window_fixtures import qm_dir  # noqa: F401 (fixture)


@pytest.fixture
def launcher(qapp, tmp_path, qm_dir, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    store = Store(tmp_path / "door.db")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "fr")
    launcher = Launcher(qapp, store, settings, translations_dir=qm_dir, camera=False,
                        scanner_input=False, muted=True)
    yield launcher
    launcher.close()
    store.close()


def test_the_first_screen_connects_to_pretix(qtbot, launcher, pretix):
    launcher.start()
    screen = launcher.first_screen
    qtbot.mouseClick(screen.pretix_button, Qt.MouseButton.LeftButton)
    page = screen.pretix_page
    for key, value in (("url", pretix.url), ("organizer", pretix.organizer),
                       ("event", pretix.event), ("token", "not-a-pretix-token")):
        qtbot.keyClicks(page.fields[key][1], value)
    qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=60_000)
    assert "jeton" in page.message.text() and screen.anyway_button.isVisible()
    assert launcher.station is None

    page.fields["token"][1].clear()
    qtbot.keyClicks(page.fields["token"][1], pretix.token)
    with qtbot.waitSignal(launcher.station_ready, timeout=120_000):
        qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
    store = launcher.station.store
    assert store.event().code == "IMC25"
    assert store.count_attendees() == pretix_server.POSITIONS
    assert launcher.station.scan_page.session_picker.count() == len(store.sessions()) > 0
