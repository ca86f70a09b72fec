"""Door mode: full screen, scanning only, left only with the staff PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin.model import Outcome
from tests.ui.window_fixtures import STAFF_PIN, qm_dir, scan, station  # noqa: F401


def type_pin(qtbot, pad, pin: str) -> None:
    qtbot.keyClicks(pad.entry, pin)
    qtbot.keyClick(pad.entry, Qt.Key.Key_Return)


def test_door_mode_refuses_to_close_without_the_pin(qtbot, station):
    window, door, page = station.window, station.door_mode, station.scan_page
    door.request_enter()
    qtbot.waitUntil(window.isFullScreen)
    assert door.active

    assert window.close() is False  # Alt+F4, the window manager's cross: refused
    assert window.isVisible() and door.active
    assert page.pin_pad.isVisible()

    type_pin(qtbot, page.pin_pad, "1111")
    assert door.active and window.isFullScreen()
    assert page.pin_pad.message.text() == "PIN incorrect."

    type_pin(qtbot, page.pin_pad, STAFF_PIN)
    assert not door.active
    assert window.navigation.isVisible() and window.statusBar().isVisible()
    assert page.manual_entry.isVisible()


def test_escape_asks_for_the_pin_too(qtbot, station):
    station.door_mode.request_enter()
    qtbot.keyClick(station.window, Qt.Key.Key_Escape)
    assert station.scan_page.pin_pad.isVisible()
    qtbot.keyClick(station.scan_page.pin_pad.entry, Qt.Key.Key_Escape)  # cancel: stay
    assert station.door_mode.active and not station.scan_page.pin_pad.isVisible()


def test_door_mode_shows_only_the_preview_the_card_and_the_counter(qtbot, station):
    from checkin.scanner.sources import SourceState, SourceStatus

    page, window = station.scan_page, station.window
    page.camera_view.set_status(SourceStatus(SourceState.LIVE, ""))  # a camera is there
    station.door_mode.request_enter()
    for widget in (page.camera_view, page.card, page.counter):
        assert widget.isVisible()
    for widget in (window.navigation, window.statusBar(), window.tools, page.session_picker,
                   page.manual_entry, page.recent_list, page.undo_button):
        assert not widget.isVisible()
    # scanning goes on
    page.set_session("plenary")
    result = scan(qtbot, station, station.store.attendee("p2").token)
    assert result.outcome is Outcome.ACCEPTED and page.card.colour == "green"


def test_scanning_goes_on_while_the_pin_pad_is_open(qtbot, station):
    page = station.scan_page
    page.set_session("plenary")
    station.door_mode.request_enter()
    station.door_mode.request_leave()
    assert page.pin_pad.isVisible()
    scan(qtbot, station, station.store.attendee("p4").token)
    assert page.card.name.text() == "John Smith"
    assert page.pin_pad.isVisible()  # still waiting for the staff member's PIN


def test_with_no_pin_yet_entering_asks_to_choose_one(qtbot, station):
    station.store.set_setting("staff_pin", None)
    page = station.scan_page
    station.door_mode.request_enter()
    assert not station.door_mode.active and page.pin_pad.isVisible()
    type_pin(qtbot, page.pin_pad, "12")  # too short
    assert not station.door_mode.active
    type_pin(qtbot, page.pin_pad, "432100")
    qtbot.waitUntil(lambda: station.door_mode.active)  # the PIN is saved by the writer
    assert station.door_mode.active
    assert station.staff_pin.check("432100")
    assert "432100" not in station.store.get_setting("staff_pin")


def test_door_mode_shows_attention_with_the_note_and_its_own_sound(qtbot, station, tmp_path):
    from dataclasses import replace

    page = station.scan_page
    person = replace(station.store.attendee("p2"), attention=True,
                     door_note="Fauteuil roulant : accès par la porte B")
    station.store.upsert_attendees([person])
    station.door_mode.request_enter()
    page.set_session("plenary")
    result = scan(qtbot, station, person.token)
    assert result.outcome is Outcome.ACCEPTED and result.attention
    card = page.card
    assert card.colour == "attention" and card.note.isVisible()
    assert card.note.text() == "Fauteuil roulant : accès par la porte B"
    assert card.note.font().pixelSize() >= 40 and card.headline.text().endswith("attention")
    assert page.sounds.played[-1] == "attention"
    qtbot.waitUntil(lambda: card.flash == 0.0)  # the new answer's flash has faded
    image = card.grab().toImage()
    frame = image.pixelColor(6, image.height() // 2).name()
    middle = image.pixelColor(card.width() // 2, 8 + card.ATTENTION_FRAME_PX).name()
    assert frame == "#f5b301" and middle == "#1b6e34"  # amber frame, green inside

