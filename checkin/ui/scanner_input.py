"""USB keyboard-wedge scanners, wherever the keyboard focus is.

:class:`ScannerInput` is an application-wide event filter. Every printable key press is held
back for a few milliseconds and fed to a :class:`~checkin.scanner.wedge.WedgeDetector`:

* when the presses turn out to be a scanner's burst (fast, ended by Enter, shaped like a badge
  code), they are never delivered: the code (repaired if the scanner's keyboard layout is
  wrong) comes out of :attr:`code_scanned`;
* when they turn out to be a person's typing (the next key came too late, too few keys, no
  Enter at the end, or words rather than a code, as an auto-typer or a fast typist makes),
  they are replayed, in order, to the widget they were meant for. A person never sees the
  delay (about 50 ms), and a search field never fills with a badge code.

Shortcuts (Ctrl/Alt/Meta), auto-repeated keys and keys without text (arrows, Backspace…) are
never held: they first release whatever is held, then pass.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent

from checkin.scanner.wedge import WedgeCode, WedgeDetector

log = logging.getLogger(__name__)

_TERMINATOR_KEYS = {
    Qt.Key.Key_Return: "\r",
    Qt.Key.Key_Enter: "\r",
    Qt.Key.Key_Tab: "\t",
}
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScannerInput(QObject):
    """Recognises a USB scanner's typing anywhere in the application.

    ``clock`` gives the time in milliseconds; by default the key events' own time stamps are
    used (so keys that queued up while the window was busy still show a person's rhythm).
    """

    #: a code a scanner typed, already repaired
    code_scanned = Signal(str)
    #: a scanner burst was recognised (the window may show that a scanner is connected)
    scanner_seen = Signal()
    #: the scanner typed through the wrong keyboard layout (the raw text); its layout should
    #: be fixed, though the code was still read
    layout_repaired = Signal(str)

    def __init__(
        self,
        detector: WedgeDetector | None = None,
        *,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.detector = detector or WedgeDetector(enter_only=True)
        self._clock = clock
        self._offset_ms: float | None = None  # monotonic ms minus event time stamp
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._replaying = False
        self._installed_on: QCoreApplication | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush_pending)

    # --- installation ---------------------------------------------------------------------

    def install(self, app: QCoreApplication | None = None) -> None:
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the USB scanner listens to a Qt application: make one first")
        app.installEventFilter(self)
        self._installed_on = app

    def uninstall(self) -> None:
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None
        self._release_held()

    def set_event_code(self, event_code: str | None) -> None:
        """The event whose badge tokens the layout repair looks for."""
        self.detector.event_code = event_code

    # --- the filter -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if self._replaying or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent):
            return False
        char = self._char_of(event)
        if char is None:
            # Not a key a scanner types (or a shortcut): what was held was a person's.
            if event.text() or event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock):
                self._release_held()
            return False
        if char in "\r\t" and not self._held:
            return False  # a person's Enter or Tab, nothing held before it
        now = self._event_ms(event)
        self._held.append((watched, event.clone()))
        self._settle(self.detector.feed(char, now))
        if self._held:
            self._timer.start(int(self.detector.max_gap_ms) + 5)
        return True

    @staticmethod
    def _char_of(event: QKeyEvent) -> str | None:
        if event.isAutoRepeat() or event.modifiers() & _SHORTCUT_MODIFIERS:
            return None
        terminator = _TERMINATOR_KEYS.get(Qt.Key(event.key()))
        if terminator is not None:
            return terminator
        text = event.text()
        if len(text) == 1 and text.isprintable():
            return text
        return None

    def _now_ms(self) -> float:
        if self._clock is not None:
            return self._clock()
        now = time.monotonic() * 1000.0
        return now - self._offset_ms if self._offset_ms is not None else now

    def _event_ms(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()
        now = time.monotonic() * 1000.0
        if stamp <= 0:
            self._offset_ms = None
            return now
        self._offset_ms = now - stamp
        return float(stamp)

    @Slot()
    def flush_pending(self) -> None:
        """Decide on the held keys after a silence (the timer calls this)."""
        if not self._held:
            return
        self._settle(self.detector.poll(self._now_ms()))
        if self._held:
            self._timer.start(10)

    def _settle(self, codes: list[WedgeCode]) -> None:
        undecided = self.detector.pending
        cut = len(self._held) - undecided
        decided, self._held = self._held[:cut], self._held[cut:]
        if codes:
            # The decided presses were the scanner's: they are never delivered.
            for code in codes:
                self.scanner_seen.emit()
                if code.layout_repaired:
                    self.layout_repaired.emit(code.raw)
                log.info("USB scanner read a code (%s-terminated)", code.terminator)
                self.code_scanned.emit(code.text)
        else:
            self._replay(decided)

    def _release_held(self) -> None:
        self._timer.stop()
        held, self._held = self._held, []
        self.detector.reset()
        self._replay(held)

    def _replay(self, held: list[tuple[QObject, QKeyEvent]]) -> None:
        if not held:
            return
        self._replaying = True
        try:
            for target, event in held:
                try:
                    QCoreApplication.sendEvent(target, event)
                except RuntimeError:  # the widget went away meanwhile
                    log.debug("a held key's widget was deleted; key dropped")
        finally:
            self._replaying = False
