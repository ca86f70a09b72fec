"""Issue 15, item 13: a sync address without its scheme is completed and said so (or refused
in words when it is no address), and the status bar names the saved source at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.sync.config import ConfigError, load_source, web_address
from tests.ui.window_fixtures import qm_dir, station  # noqa: F401 (fixtures)


def test_web_address():
    assert web_address("192.168.1.10:8765") == "http://192.168.1.10:8765"
    assert web_address(" https://pretix.example.org ") == "https://pretix.example.org"
    for bad in ("porte A", "http://", "hub:porte", ""):
        with pytest.raises(ConfigError):
            web_address(bad)


def test_an_address_without_scheme_is_completed_and_the_status_bar_says_it(
        qtbot, station, tmp_path, monkeypatch):
    from checkin.sync import secrets
    from checkin.sync.config import token_key

    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    monkeypatch.setattr(secrets, "_keyring", lambda: None)
    settings = station.desk.settings_page
    station.window.show_page(settings)
    assert "aucune" in station.window.sync_status.text()
    settings.sync_kind.setCurrentIndex(settings.sync_kind.findData("hub"))
    settings.sync_fields["url"][1].setText("192.168.1.10:8765")
    settings.sync_fields["token"][1].setText("s3cret")
    # Saved without the network test (no hub answers at that address here): the address is
    # completed the same way before the test (checkin.sync.probe) and before saving.
    with qtbot.waitSignal(settings.sync_source_saved, timeout=5000):
        settings.source_box.save_sync_source_anyway()
    config = load_source(station.store)
    assert config.get("url") == "http://192.168.1.10:8765"
    assert "http://192.168.1.10:8765" in settings.sync_message.text()
    assert settings.sync_message.text() != "Enregistré."
    assert settings.sync_fields["url"][1].text() == "http://192.168.1.10:8765"
    bar = station.window.sync_status.text()
    assert "192.168.1.10:8765" in bar and "aucune" not in bar
    secrets.delete_token(token_key(station.store, config))


def test_a_non_address_is_refused_in_words(qtbot, station):
    settings = station.desk.settings_page
    settings.sync_kind.setCurrentIndex(settings.sync_kind.findData("hub"))
    settings.sync_fields["url"][1].setText("porte A")
    settings.sync_fields["token"][1].setText("s3cret")
    qtbot.mouseClick(settings.sync_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "http://192.168.1.10:8765" in settings.sync_message.text(),
                    timeout=5000)
    assert load_source(station.store).kind.value == "none"
    assert "aucune" in station.window.sync_status.text()


def test_the_source_test_is_given_the_completed_address(qtbot, station, tmp_path,
                                                        monkeypatch):
    from checkin.sync import probe, secrets
    from checkin.sync.config import token_key

    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    monkeypatch.setattr(secrets, "_keyring", lambda: None)
    asked = []

    def check_source(config, token, **_kwargs):
        asked.append(config.get("url"))
        return probe.Probe(None, "The hub answers.")

    monkeypatch.setattr(probe, "check_source", check_source)
    settings = station.desk.settings_page
    settings.sync_kind.setCurrentIndex(settings.sync_kind.findData("hub"))
    settings.sync_fields["url"][1].setText("192.168.1.10:8765")
    settings.sync_fields["token"][1].setText("s3cret")
    with qtbot.waitSignal(settings.sync_source_saved, timeout=5000):
        qtbot.mouseClick(settings.sync_save, Qt.MouseButton.LeftButton)
    assert asked == ["http://192.168.1.10:8765"]
    assert "192.168.1.10:8765" in station.window.sync_status.text()
    secrets.delete_token(token_key(station.store, load_source(station.store)))
