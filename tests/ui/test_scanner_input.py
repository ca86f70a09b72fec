"""The USB scanner filter on real widgets: recorded key sequences replayed with QTest, at
controlled times (the filter's clock is the test's), for a US and a French AZERTY system."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from checkin.scanner.wedge import WedgeDetector
from checkin.ui.scanner_input import ScannerInput

TOKEN = "IMC25-AB7FVY6D2APXGZS0"
# The same badge typed by a US-configured scanner on a French AZERTY system.
TOKEN_ON_AZERTY = "I?Cé()QBèFVY-DéQPXGWSà"

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
K = Qt.Key
# Key events as Qt reports them on an AZERTY system when a US-configured scanner types
# "IMC25-AB7" then Enter: the scanner holds Shift for capitals; the digit keys give
# é and ( unshifted; the US minus key is AZERTY's ")"; US "A" is AZERTY's Q key; US "M"
# with Shift is AZERTY's "?". (key, modifiers, text)
AZERTY_RECORDING = [
    (K.Key_Shift, NONE, ""), (K.Key_I, SHIFT, "I"),
    (K.Key_Shift, NONE, ""), (K.Key_Question, SHIFT, "?"),
    (K.Key_Shift, NONE, ""), (K.Key_C, SHIFT, "C"),
    (K.Key_Eacute, NONE, "é"), (K.Key_ParenLeft, NONE, "("), (K.Key_ParenRight, NONE, ")"),
    (K.Key_Shift, NONE, ""), (K.Key_Q, SHIFT, "Q"),
    (K.Key_Shift, NONE, ""), (K.Key_B, SHIFT, "B"),
    (K.Key_Egrave, NONE, "è"),
    (K.Key_Shift, NONE, ""), (K.Key_F, SHIFT, "F"),
    (K.Key_Shift, NONE, ""), (K.Key_V, SHIFT, "V"),
    (K.Key_Shift, NONE, ""), (K.Key_Y, SHIFT, "Y"),
    (K.Key_Minus, NONE, "-"),
    (K.Key_Shift, NONE, ""), (K.Key_D, SHIFT, "D"),
    (K.Key_Eacute, NONE, "é"),
    (K.Key_Shift, NONE, ""), (K.Key_Q, SHIFT, "Q"),
    (K.Key_Shift, NONE, ""), (K.Key_P, SHIFT, "P"),
    (K.Key_Shift, NONE, ""), (K.Key_X, SHIFT, "X"),
    (K.Key_Shift, NONE, ""), (K.Key_G, SHIFT, "G"),
    (K.Key_Shift, NONE, ""), (K.Key_W, SHIFT, "W"),
    (K.Key_Shift, NONE, ""), (K.Key_S, SHIFT, "S"),
    (K.Key_Agrave, NONE, "à"),
    (K.Key_Return, NONE, "\r"),
]


class Clock:
    def __init__(self) -> None:
        self.ms = 1_000_000.0

    def __call__(self) -> float:
        return self.ms


@pytest.fixture
def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    search, other = QLineEdit(), QLineEdit()
    layout.addWidget(search)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    search.setFocus()
    return window, search, other


@pytest.fixture
def scanner(qapp):
    clock = Clock()
    filt = ScannerInput(WedgeDetector(max_gap_ms=50, min_length=6, pause_ms=120), clock=clock)
    filt.set_event_code("IMC25")
    filt.install(qapp)
    yield filt, clock
    filt.uninstall()


def type_keys(widget, keys, clock, gap_ms):
    """Type ``keys`` (characters, or "\\r" / "\\t") into ``widget`` ``gap_ms`` apart."""
    for key in keys:
        clock.ms += gap_ms
        if key == "\r":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif key == "\t":
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        else:
            QTest.keyClicks(widget, key)


def replay(widget, recording, clock, gap_ms):
    """Send recorded key presses and releases, as the window system would."""
    for key, modifiers, text in recording:
        clock.ms += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def settle(filt, clock, after_ms=500):
    clock.ms += after_ms
    filt.flush_pending()


def test_scanner_burst_with_enter_is_a_code_and_never_reaches_the_field(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    seen = []
    filt.scanner_seen.connect(lambda: seen.append(True))
    with qtbot.waitSignal(filt.code_scanned) as blocker:
        type_keys(search, TOKEN + "\r", clock, gap_ms=8)
    assert blocker.args == [TOKEN]
    assert search.text() == ""
    assert seen == [True]


def test_person_typing_reaches_the_field_in_order(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    codes = []
    filt.code_scanned.connect(codes.append)
    type_keys(search, "Ndayishimiye", clock, gap_ms=140)
    settle(filt, clock)
    assert search.text() == "Ndayishimiye"
    assert codes == []


def test_a_persons_enter_is_delivered(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    returned = []
    search.returnPressed.connect(lambda: returned.append(search.text()))
    type_keys(search, "Li\r", clock, gap_ms=150)
    settle(filt, clock)
    assert returned == ["Li"]


def test_fast_short_bursts_of_a_person_are_not_codes(qtbot, form, scanner):
    """Two keys rolled quickly (a person's 'th') stay typing: too short for a code."""
    _, search, _ = form
    filt, clock = scanner
    codes = []
    filt.code_scanned.connect(codes.append)
    type_keys(search, "th", clock, gap_ms=20)
    type_keys(search, "e", clock, gap_ms=200)
    settle(filt, clock)
    assert search.text() == "the" and codes == []


def test_scanner_without_terminator_ends_by_pause(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    codes = []
    filt.code_scanned.connect(codes.append)
    type_keys(search, TOKEN, clock, gap_ms=10)
    clock.ms += 60  # quieter than a burst, not yet a pause
    filt.flush_pending()
    assert codes == [] and search.text() == ""
    settle(filt, clock)
    assert codes == [TOKEN] and search.text() == ""


def test_tab_terminated_scanner_does_not_move_the_focus(qtbot, form, scanner):
    window, search, other = form
    filt, clock = scanner
    codes = []
    filt.code_scanned.connect(codes.append)
    type_keys(search, TOKEN + "\t", clock, gap_ms=5)
    assert codes == [TOKEN]
    assert search.hasFocus() and not other.hasFocus()


def test_person_then_scanner_then_person(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    codes = []
    filt.code_scanned.connect(codes.append)
    type_keys(search, "Jo", clock, gap_ms=150)
    clock.ms += 200
    type_keys(search, TOKEN + "\r", clock, gap_ms=6)
    clock.ms += 300
    type_keys(search, "hn", clock, gap_ms=150)
    settle(filt, clock)
    assert codes == [TOKEN]
    assert search.text() == "John"


def test_us_scanner_on_azerty_system_is_repaired(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    repaired = []
    filt.layout_repaired.connect(repaired.append)
    with qtbot.waitSignal(filt.code_scanned) as blocker:
        replay(search, AZERTY_RECORDING, clock, gap_ms=4)
    assert blocker.args == [TOKEN]
    assert repaired == [TOKEN_ON_AZERTY]
    assert search.text() == ""


def test_us_recording_with_shift_presses(qtbot, form, scanner):
    """The same burst on a US system: Shift presses between the letters hold nothing up."""
    _, search, _ = form
    filt, clock = scanner
    recording = []
    for char in TOKEN:
        if char.isalpha():
            recording.append((K.Key_Shift, NONE, ""))
            recording.append((Qt.Key(ord(char)), SHIFT, char))
        else:
            recording.append((Qt.Key(ord(char)), NONE, char))
    recording.append((K.Key_Return, NONE, "\r"))
    codes, repaired = [], []
    filt.code_scanned.connect(codes.append)
    filt.layout_repaired.connect(repaired.append)
    replay(search, recording, clock, gap_ms=3)
    assert codes == [TOKEN] and repaired == [] and search.text() == ""


def test_backspace_releases_held_keys_first(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    type_keys(search, "Wuu", clock, gap_ms=150)
    clock.ms += 150
    QTest.keyClick(search, Qt.Key.Key_Backspace)
    settle(filt, clock)
    assert search.text() == "Wu"


def test_shortcuts_pass_untouched(qtbot, form, scanner):
    _, search, _ = form
    filt, clock = scanner
    search.setText("Smith")
    search.selectAll()
    clock.ms += 100
    QTest.keyClick(search, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""


def stamped(widget, text, start_ms, gap_ms):
    """Key presses carrying the window system's time stamps, sent at once (as when they queue
    up while the window is busy)."""
    at = start_ms
    for char in text:
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, NONE, char)
            event.setTimestamp(int(at))
            QCoreApplication.sendEvent(widget, event)
        at += gap_ms
    return at


def test_event_time_stamps_tell_a_person_from_a_scanner(qtbot, form, qapp):
    """Without a test clock, the key events' own time stamps decide: a person's keys that
    reach the window all at once are still a person's."""
    _, search, _ = form
    filt = ScannerInput(WedgeDetector(max_gap_ms=50, min_length=6, pause_ms=120))
    filt.install(qapp)
    try:
        codes = []
        filt.code_scanned.connect(codes.append)
        end = stamped(search, "Nkurunziza", 5_000, 150)
        qtbot.waitUntil(lambda: search.text() == "Nkurunziza", timeout=5_000)
        stamped(search, TOKEN + "\r", end + 1_000, 4)
        assert codes == [TOKEN] and search.text() == "Nkurunziza"
    finally:
        filt.uninstall()


def test_scanner_works_wherever_the_focus_is(qtbot, scanner, qapp):
    """Focus on a button: the code is read, and the scanner's Enter does not press it."""
    from PySide6.QtWidgets import QPushButton

    filt, clock = scanner
    button = QPushButton("Undo")
    button.setAutoDefault(True)
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.setFocus()
    clicked, codes = [], []
    button.clicked.connect(lambda: clicked.append(True))
    filt.code_scanned.connect(codes.append)
    type_keys(button, TOKEN + "\r", clock, gap_ms=5)
    assert codes == [TOKEN] and clicked == []
