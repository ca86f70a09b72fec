"""Settings' conference box: the event changed in the window behind the staff PIN, with the
checks of checkin.events; the code stays once people have badges."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from checkin.scanner.sources import CameraInfo
from checkin.ui.i18n import Translations
from checkin.ui.settings_page import SettingsPage
from tests.ui.desk_fixtures import STAFF_PIN, staff_pin, ui_settings  # noqa: F401 (fixtures)
from tests.ui.window_fixtures import qm_dir  # noqa: F401 (fixture)


@pytest.fixture
def french(qapp, qm_dir):
    translations = Translations(qapp, folder=qm_dir)
    translations.set_language("fr")
    yield translations
    translations.uninstall()


@pytest.fixture
def page(qtbot, reception, staff_pin, ui_settings, french):
    page = SettingsPage(reception, staff_pin, ui_settings,
                        cameras=lambda: [CameraInfo(0, "Integrated Webcam")])
    qtbot.addWidget(page)
    page.resize(1000, 1600)
    page.show()
    qtbot.waitUntil(lambda: page.event_box.conference is not None)
    yield page
    page.admission.wait(5000)
    page.store.watch_writes(None)


def give_pin(qtbot, box) -> None:
    assert box.pin_pad.isVisible()
    qtbot.keyClicks(box.pin_pad.entry, STAFF_PIN)
    qtbot.keyClick(box.pin_pad.entry, Qt.Key.Key_Return)


def test_change_the_conference_behind_the_pin(qtbot, page):
    box, store = page.event_box, page.store
    form = box.form
    assert form.code.text() == "TST25" and form.code.isReadOnly()  # people have badges
    assert form.title_fr.text() == "Conférence d'essai"
    gui_writes: list[str] = []
    store.watch_writes(gui_writes.append)
    form.venue.setText("Hôtel Club du Lac Tanganyika")
    form.title_en.setText("Trial conference")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert store.event().venue == ""  # nothing before the PIN
    with qtbot.waitSignal(page.event_changed) as signal:
        give_pin(qtbot, box)
    event = store.event()
    assert (event.venue, event.title_en, event.code) == (
        "Hôtel Club du Lac Tanganyika", "Trial conference", "TST25")
    assert signal.args[0] == event
    assert "enregistrée" in box.message.text()
    assert gui_writes == []
    assert page.reception.event.title_en == "Trial conference"  # the door reads it at once


def test_wrong_fields_are_said_before_the_pin(qtbot, page):
    box = page.event_box
    box.form.end_date.setDate(QDate(2025, 2, 1))  # before the first day
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.pin_pad.isVisible()
    assert "avant le premier" in box.form.errors["end_date"].text()
    assert page.store.event().end_date == date(2025, 2, 4)


def test_sessions_outside_the_new_days_are_said(qtbot, page):
    box = page.event_box
    box.form.start_date.setDate(QDate(2025, 2, 10))
    box.form.end_date.setDate(QDate(2025, 2, 11))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.event_changed):
        give_pin(qtbot, box)
    assert page.store.event().start_date == date(2025, 2, 10)
    assert "3 sessions sont maintenant en dehors" in box.message.text()
