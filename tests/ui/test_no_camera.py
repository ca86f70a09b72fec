"""Issue 15, item 15: with no camera, the camera test says so (never "show a badge to the
camera" beside "no camera"), and door mode gives the card the screen (no black third) with
the leave button ("Quitter") below the card, never over it."""

from __future__ import annotations

from PySide6.QtCore import QRect

from checkin.scanner.sources import SourceState, SourceStatus
from checkin.ui.settings_page import SettingsPage
from tests.ui.desk_fixtures import staff_pin, ui_settings  # noqa: F401 (fixtures)
from tests.ui.test_settings_page import video_camera_factory
from tests.ui.window_fixtures import qm_dir, scan, station  # noqa: F401 (fixtures)


def test_the_camera_test_without_a_camera_says_so(qtbot, reception, staff_pin, ui_settings,
                                                  tmp_path):
    page = SettingsPage(reception, staff_pin, ui_settings, cameras=lambda: [],
                        camera_factory=video_camera_factory(), choose_file=lambda p: None)
    qtbot.addWidget(page)
    page.show()
    try:
        page.other_source.setText(str(tmp_path / "no-such-camera.avi"))
        page.test_button.setChecked(True)
        qtbot.waitUntil(lambda: page.preview.status is not None
                        and page.preview.status.state is SourceState.UNAVAILABLE,
                        timeout=10000)
        text = page.test_result.text()
        assert "Show a badge" not in text and text == page.preview.message
        assert "No camera" in text
    finally:
        page.stop_camera_test()


def test_door_mode_without_a_camera_gives_the_card_the_screen(qtbot, station):
    page = station.scan_page
    page.set_session("plenary")
    page.camera_view.set_status(SourceStatus(SourceState.UNAVAILABLE, "no camera"))
    station.window.resize(1366, 768)
    station.door_mode.enter()
    try:
        qtbot.wait(50)
        scan(qtbot, station, station.store.attendee("p1").token)
        qtbot.wait(50)
        assert not page.camera_view.isVisible() and not page.left.isVisible()
        assert page.card.width() > 0.8 * page.width()
        button = station.door_mode.leave_button
        card = QRect(page.card.mapTo(page, page.card.rect().topLeft()), page.card.size())
        assert button.isVisible()
        assert not card.intersects(button.geometry()), (card, button.geometry())
        # A camera that comes back brings the preview back.
        page.camera_view.set_status(SourceStatus(SourceState.LIVE, ""))
        assert page.left.isVisibleTo(page)
    finally:
        station.door_mode.leave()
    assert page.left.isVisible()
