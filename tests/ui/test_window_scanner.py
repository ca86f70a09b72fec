"""A USB scanner's key sequence, typed into the window, admits the attendee."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from checkin.model import Method, Outcome
from checkin.scanner.wedge import WedgeDetector
from checkin.ui.scanner_input import ScannerInput
from tests.ui.window_fixtures import close, make_station, qm_dir  # noqa: F401


class Clock:
    def __init__(self) -> None:
        self.ms = 5_000_000.0

    def __call__(self) -> float:
        return self.ms


@pytest.fixture
def wedge_station(qapp, qtbot, small_event, tmp_path, qm_dir):
    clock = Clock()
    scanner = ScannerInput(WedgeDetector(max_gap_ms=50, min_length=6, pause_ms=120,
                                         enter_only=True),  # the window's rule
                           clock=clock)
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, scanner_input=scanner)
    station.scan_page.set_session("plenary")
    yield station, clock
    close(station)


def type_keys(target, text: str, clock: Clock, gap_ms: float) -> None:
    """Key presses as a keyboard sends them, ``gap_ms`` apart, ending with Enter."""
    for char in text:
        clock.ms += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isalnum() else Qt.Key.Key_Minus
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(target, event)
    clock.ms += gap_ms
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Return,
                                                     Qt.KeyboardModifier.NoModifier, "\r"))


def test_a_usb_scanner_key_sequence_admits_the_attendee(qtbot, wedge_station):
    station, clock = wedge_station
    page = station.scan_page
    page.manual_entry.setFocus()
    token = station.store.attendee("p2").token
    with qtbot.waitSignal(page.result_shown, timeout=5000) as blocker:
        type_keys(page.manual_entry, token, clock, gap_ms=4)
    result = blocker.args[0]
    assert result.outcome is Outcome.ACCEPTED
    assert page.card.name.text() == "Kouadio N'Guessan"
    assert page.manual_entry.text() == ""  # the scanner's keys never reached the field
    [row] = station.store.checkins(attendee_id="p2")
    assert row.method is Method.SCANNER
    assert "●" in station.window.scanner_status.text()


def test_a_badge_scanned_on_another_page_answers_on_the_scan_page(qtbot, wedge_station):
    from PySide6.QtWidgets import QLineEdit

    station, clock = wedge_station
    other = QLineEdit()
    other.setWindowTitle("Other")
    station.window.add_page(other)
    station.window.show_page(other)
    other.setFocus()
    with qtbot.waitSignal(station.scan_page.result_shown, timeout=5000):
        type_keys(other, station.store.attendee("p4").token, clock, gap_ms=4)
    assert station.window.current_page() is station.scan_page
    assert other.text() == ""


def test_a_person_typing_is_not_taken_for_a_scanner(qtbot, wedge_station):
    station, clock = wedge_station
    page = station.scan_page
    page.manual_entry.setFocus()
    for char in "hello":
        clock.ms += 250
        QCoreApplication.sendEvent(page.manual_entry, QKeyEvent(
            QEvent.Type.KeyPress, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char))
    station.scanner_input.flush_pending()
    clock.ms += 250
    station.scanner_input.flush_pending()
    assert page.manual_entry.text() == "hello"
    assert station.store.checkins() == []


def test_the_usb_scanner_works_in_door_mode(qtbot, wedge_station):
    station, clock = wedge_station
    station.door_mode.request_enter()
    assert station.door_mode.active
    target = station.window.focusWidget() or station.window
    with qtbot.waitSignal(station.scan_page.result_shown, timeout=5000) as blocker:
        type_keys(target, station.store.attendee("p5").token, clock, gap_ms=3)
    assert blocker.args[0].outcome is Outcome.ACCEPTED
    assert station.door_mode.active  # Enter from the scanner did not leave door mode
    station.door_mode.leave()


def type_fast(target, text: str, clock: Clock, gap_ms: float, *, enter: bool) -> None:
    """Keys ``gap_ms`` apart (an auto-typer, a fast typist), with or without Enter."""
    for char in text:
        clock.ms += gap_ms
        key = Qt.Key.Key_Space if char == " " else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, key,
                                                         Qt.KeyboardModifier.NoModifier, char))
    if enter:
        clock.ms += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Return,
                                                         Qt.KeyboardModifier.NoModifier, "\r"))


@pytest.mark.parametrize("text,enter", [("helene ndayi", False), ("helene ndayi", True),
                                        ("ndayishimiye", False), ("ndayishimiye", True),
                                        ("TST25-4", False)])
def test_fast_typing_in_the_search_field_stays_there(qtbot, wedge_station, text, enter):
    """Issue 15, item 14: 40 ms a key in the search field is typing, not a badge, unless it
    ends with Enter and looks like a badge code."""
    station, clock = wedge_station
    search = station.desk.search_page
    station.window.show_page(search)
    search.query.setFocus()
    shown = []
    station.scan_page.result_shown.connect(shown.append)
    type_fast(search.query, text, clock, gap_ms=40, enter=enter)
    for _ in range(3):
        clock.ms += 200
        station.scanner_input.flush_pending()
    qtbot.wait(50)
    assert search.query.text() == text
    assert shown == []  # no answer on the scan page's card
    # Enter in the search field is the search's own: it checks in the person found first,
    # by search; never a scan.
    assert all(c.method is not Method.SCANNER for c in station.store.checkins())
    assert station.window.current_page() is search  # no jump to the scan page
