"""French by default, English at once on a switch: visible texts, dates and times."""

from __future__ import annotations

from datetime import UTC

from checkin.model import Outcome
from tests.ui.window_fixtures import qm_dir, scan, station  # noqa: F401


def test_switching_the_language_changes_the_visible_texts_at_once(qtbot, station):
    window, page = station.window, station.scan_page
    page.set_session("plenary")
    scan(qtbot, station, station.store.attendee("p1").token)
    result = scan(qtbot, station, station.store.attendee("p1").token)
    assert result.outcome is Outcome.ALREADY_IN

    french = {
        "door": window.door_button.text(),
        "headline": page.card.headline.text(),
        "info": page.card.info.text(),
        "session": page.session_picker.currentText(),
        "undo": page.undo_button.text(),
        "camera": window.camera_status.text(),
        "nav": window.navigation.item(0).text(),
    }
    assert french["door"] == "Mode porte"
    assert french["headline"] == "Entrée déjà enregistrée"
    assert "09:30" in french["info"]
    assert "février" in french["session"] and "Plénière" in french["session"]
    assert "Aucune caméra" in french["camera"]

    station.set_language("en")  # what the language picker does
    assert window.door_button.text() == "Door mode"
    assert page.card.headline.text() == "Already checked in"
    assert "9:30 AM" in page.card.info.text().replace("\u202f", " ")  # en: 12-hour clock
    assert "February" in page.session_picker.currentText()
    assert "Opening plenary" in page.session_picker.currentText()
    assert page.undo_button.text() == "Undo the check-in: Hélène Ndayishimiye"
    assert "No camera" in window.camera_status.text()
    english = {
        "door": window.door_button.text(),
        "headline": page.card.headline.text(),
        "info": page.card.info.text(),
        "session": page.session_picker.currentText(),
        "undo": page.undo_button.text(),
        "camera": window.camera_status.text(),
        "nav": window.navigation.item(0).text(),
    }
    assert all(french[k] != english[k] for k in french if k != "nav")  # undo: "Annuler l'entrée : …"
    assert station.settings.value("language") == "en"

    station.set_language("fr")
    assert window.door_button.text() == "Mode porte"
    assert page.card.headline.text() == "Entrée déjà enregistrée"


def test_the_greeting_is_in_the_attendees_language_whatever_the_window(qtbot, station):
    station.scan_page.set_session("plenary")
    scan(qtbot, station, station.store.attendee("p4").token)  # John Smith, English
    assert station.scan_page.card.greeting.text() == "Welcome!"
    scan(qtbot, station, station.store.attendee("p1").token)  # Hélène, French
    assert station.scan_page.card.greeting.text() == "Bienvenue !"


def test_qts_own_strings_are_french_too(station):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    station.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_status_bar_shows_the_sync_state_in_words(station):
    from datetime import datetime, timezone

    from checkin.sync.base import SyncState, SyncStatus

    bar = station.window.sync_status
    assert "aucune" in bar.text()
    last = datetime(2025, 2, 3, 7, 12, tzinfo=UTC)  # 09:12 in Bujumbura
    station.window.set_sync_status(SyncStatus(SyncState.ONLINE, pending=3, last_success=last))
    assert "en ligne" in bar.text() and "3 en attente" in bar.text() and "09:12" in bar.text()
    station.window.set_sync_status(SyncStatus(SyncState.OFFLINE, reason="The hub does not "
                                              "answer.", pending=1, last_success=last))
    assert "hors ligne" in bar.text() and bar.toolTip() == "The hub does not answer."
    station.set_language("en")
    assert "offline" in bar.text() and "1 waiting" in bar.text()
    assert "9:12" in bar.text().replace("\u202f", " ")
