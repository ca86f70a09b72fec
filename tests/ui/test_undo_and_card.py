"""Issue 15, items 10 and 11: undo always offers the last check-in (of this station, on the
scan page; of this person, on the attendee panel), saying whose; a session change clears the
card; every new answer is numbered and flashes, so two red cards in a row differ."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.model import Method
from checkin.ui.attendee_panel import AttendeePanel
from tests.ui.desk_fixtures import staff_pin  # noqa: F401 (fixture)
from tests.ui.window_fixtures import qm_dir, scan, station  # noqa: F401 (fixtures)


@pytest.fixture
def page(station):
    station.scan_page.set_session("plenary")
    return station.scan_page


def token(store, attendee_id):
    return store.attendee(attendee_id).token


def test_undo_stays_offered_after_an_amber_or_red_answer_and_says_whose(qtbot, station, page):
    scan(qtbot, station, token(station.store, "p1"))  # green: Hélène
    scan(qtbot, station, token(station.store, "p1"))  # amber: already in
    scan(qtbot, station, "TST25-0000000000000000")  # red: unknown badge
    assert page.card.colour == "red"
    assert page.undo_button.isEnabled()
    assert "Hélène Ndayishimiye" in page.undo_button.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: station.store.entries("p1", "plenary") == [], timeout=5000)
    qtbot.waitUntil(lambda: not page.undo_button.isEnabled(), timeout=5000)


def test_a_session_change_clears_the_card(qtbot, station, page):
    scan(qtbot, station, "TST25-0000000000000000")
    assert page.card.colour == "red"
    page.set_session("speakers")
    assert page.card.colour == "idle" and page.card.result is None
    assert not page.card.answer_number.isVisible()


def test_each_new_answer_is_numbered_and_flashes(qtbot, station, page):
    scan(qtbot, station, "TST25-0000000000000000")
    first = page.card.answer_number.text()
    assert page.card.flash > 0.5
    qtbot.waitUntil(lambda: page.card.flash == 0.0, timeout=3000)
    scan(qtbot, station, "TST25-0000000000000000")  # the same red answer again
    second = page.card.answer_number.text()
    assert page.card.answer_number.isVisible() and first != second
    assert first.endswith("1") and second.endswith("2")
    assert page.card.flash > 0.5  # visibly replaced


def test_the_attendee_panel_offers_the_last_check_in_without_a_click(qtbot, reception,
                                                                     staff_pin):
    panel = AttendeePanel(reception, staff_pin)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_session("plenary")
    reception.admit_attendee("p2", "speakers", method=Method.CAMERA)
    panel.show_attendee("p2")
    assert panel.undo_button.isEnabled()  # no row chosen: the last check-in
    assert "Salon des intervenants" in panel.undo_button.toolTip() or \
        "Speakers" in panel.undo_button.toolTip()
    with qtbot.waitSignal(panel.undone):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert [c.voided for c in reception.store.checkins(attendee_id="p2")] == [True]
    assert not panel.undo_button.isEnabled()
