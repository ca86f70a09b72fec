"""The staff PIN: kept in the station database as a salted scrypt hash, never in clear.

Leaving door mode and overriding a refusal ask for it through :class:`PinPad`, a keypad shown
inside the page (never a blocking dialog: scanning goes on behind it).

After five wrong attempts the pad refuses for 30 s, after five more for 1 min, then 5 min,
15 min, 30 min and an hour each time, until the right PIN is given. The count and the end of
the lock are kept in the station database, so quitting the window or switching the laptop off
and on does not start it over: trying every six-digit PIN would take more than a century.
A new PIN has six digits; one chosen before (the demo's published 2025) still opens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import secrets
import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkin.store import Store
from checkin.ui.i18n import RetranslatesOnLanguageChange

SETTING = "staff_pin"
LOCKOUT_SETTING = "staff_pin_lockout"  # JSON: wrong attempts, lock-outs so far, locked until
MIN_LENGTH = 6  # for a new PIN
MAX_ATTEMPTS = 5
LOCKOUT_STEPS = (30, 60, 5 * 60, 15 * 60, 30 * 60, 60 * 60)  # then an hour each time
LOCKOUT_SECONDS = LOCKOUT_STEPS[0]


def lockout_seconds(level: int) -> int:
    """How long the ``level``-th lock-out (0 for the first) lasts."""
    return LOCKOUT_STEPS[min(max(level, 0), len(LOCKOUT_STEPS) - 1)]


def valid_new_pin(pin: str, min_length: int = MIN_LENGTH) -> bool:
    return len(pin) >= min_length and pin.isdigit() and pin.isascii()
# scrypt cost: about 50 ms on a cheap laptop; slow enough against guessing a stolen file.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(want),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def duration_text(seconds: int) -> str:
    """29 s, 4 min 05 s, 1 h: the units read the same in French and English; non-breaking
    spaces keep a figure with its unit when the sentence wraps."""
    nb = "\u00a0"
    if seconds < 60:
        return f"{seconds}{nb}s"
    if seconds < 3600:
        minutes, rest = divmod(seconds, 60)
        return f"{minutes}{nb}min{nb}{rest:02d}{nb}s" if rest else f"{minutes}{nb}min"
    hours, rest = divmod(seconds, 3600)
    return f"{hours}{nb}h{nb}{rest // 60:02d}" if rest // 60 else f"{hours}{nb}h"


class StaffPin:
    """The PIN of this station, read from and written to the store's settings, with its
    lock-out state (kept there too, so that a restart does not reset it)."""

    def __init__(self, store: Store, *, clock=time.time, run=None):
        self.store = store
        #: wall-clock seconds: a lock-out must survive a restart, which a monotonic clock
        #: does not
        self.clock = clock
        #: ``run(fn, *args, on_done=...)`` of the window's writer
        #: (:meth:`checkin.ui.admission.Admission.run`); None: write in place (tests, scripts)
        self.run = run
        self._failures, self._level, self._locked_until = self._load()

    def _load(self) -> tuple[int, int, float]:
        try:
            state = json.loads(self.store.get_setting(LOCKOUT_SETTING) or "{}")
            return (int(state.get("failures", 0)), int(state.get("level", 0)),
                    float(state.get("until", 0.0)))
        except (ValueError, TypeError, AttributeError):
            return 0, 0, 0.0

    def _save(self) -> None:
        value = json.dumps({"failures": self._failures, "level": self._level,
                            "until": round(self._locked_until, 3)})
        if self.run is None:
            self.store.set_setting(LOCKOUT_SETTING, value)
        else:
            self.run(self.store.set_setting, LOCKOUT_SETTING, value)

    @property
    def is_set(self) -> bool:
        return bool(self.store.get_setting(SETTING))

    def set(self, pin: str, *, min_length: int = MIN_LENGTH) -> None:
        """Store a new PIN (``min_length`` lower only for the demo's published one)."""
        if not valid_new_pin(pin, min_length):
            raise ValueError(f"A staff PIN has at least {min_length} digits.")
        self.store.set_setting(SETTING, hash_pin(pin))

    def set_later(self, pin: str, on_done=None) -> None:
        """:meth:`set` on the writer thread, then ``on_done(None)`` on the GUI thread; a PIN
        too short raises ValueError at once."""
        if not valid_new_pin(pin):
            raise ValueError(f"A staff PIN has at least {MIN_LENGTH} digits.")
        if self.run is None:
            self.set(pin)
            if on_done is not None:
                on_done(None)
        else:
            self.run(self.set, pin, on_done=on_done)

    def seconds_locked(self) -> int:
        remaining = self._locked_until - self.clock()
        if remaining <= 0 or self._level == 0:
            return 0
        # A clock set back does not lock for longer than the lock-out itself.
        return math.ceil(min(remaining, lockout_seconds(self._level - 1)))

    def check(self, pin: str) -> bool:
        if self.seconds_locked():
            return False
        stored = self.store.get_setting(SETTING)
        ok = bool(stored and verify_pin(pin, stored))
        if ok:
            if self._failures or self._level:
                self._failures, self._level, self._locked_until = 0, 0, 0.0
                self._save()
        else:
            self._failures += 1
            if self._failures >= MAX_ATTEMPTS:
                self._failures = 0
                self._locked_until = self.clock() + lockout_seconds(self._level)
                self._level += 1
            self._save()
        return ok


class PinPad(RetranslatesOnLanguageChange, QWidget):
    """An inline keypad. ``ask(purpose)`` shows it; it emits ``unlocked`` with the purpose
    after a right PIN, or ``cancelled``. With no PIN set yet it asks to choose one."""

    unlocked = Signal(str)
    cancelled = Signal()

    def __init__(self, pin: StaffPin, parent: QWidget | None = None):
        super().__init__(parent)
        self.pin = pin
        self.purpose = ""
        self._choosing = False
        self.setObjectName("pin_pad")
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setObjectName("pin_title")
        self.title.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(12)
        self.entry.returnPressed.connect(self.submit)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)  # the lock-out sentence is long in French
        # While locked, the message counts down each second and the keypad waits.
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_lock)
        grid = QGridLayout()
        self._keys: list[QPushButton] = []
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), i // 3, i % 3)
        self.erase_button = QPushButton("⌫")
        self.erase_button.clicked.connect(self.entry.backspace)
        grid.addWidget(self.erase_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("pin_ok")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.hide()

    def _key(self, digit: str) -> QPushButton:
        button = QPushButton(digit)
        self._keys.append(button)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.entry.insert(digit))
        return button

    def ask(self, purpose: str) -> None:
        self.purpose = purpose
        self._choosing = not self.pin.is_set
        self.entry.clear()
        self.message.clear()
        self.retranslate_ui()
        self.show()
        self.raise_()
        self._show_lock()
        self.entry.setFocus()
        # Its page may scroll (the window never grows past the screen): bring the keys and OK
        # into view once the layout has made room for them.
        QTimer.singleShot(0, self._into_view)

    @Slot()
    def _into_view(self) -> None:
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.isVisible():
            area.ensureWidgetVisible(self, 0, 0)

    @Slot()
    def submit(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if self._choosing:
            if not valid_new_pin(text):
                self.message.setText(self.tr("At least %n digits.", "", MIN_LENGTH))
                return
            self._choosing = False
            self.pin.set_later(text, on_done=lambda _none: self._finish_ok())
            return
        if self._show_lock():
            return
        if self.pin.check(text):
            self._finish_ok()
        elif not self._show_lock():
            self.message.setText(self.tr("Wrong PIN."))

    @Slot()
    def _show_lock(self) -> bool:
        """Show how long the pad stays locked, second by second; True while it is."""
        locked = 0 if self._choosing else self.pin.seconds_locked()
        was_locked = self._tick.isActive()
        for widget in (self.entry, self.ok_button, self.erase_button, *self._keys):
            widget.setEnabled(not locked)
        if locked:
            self.message.setText(
                self.tr("Too many attempts. Try again in %1.").replace("%1", duration_text(locked)))
            if not was_locked:
                self._tick.start()
            return True
        self._tick.stop()
        if was_locked:
            self.message.setText(self.tr("You may try again."))
            self.entry.setFocus()
        return False

    def _finish_ok(self) -> None:
        purpose, self.purpose = self.purpose, ""
        self._tick.stop()
        self.hide()
        self.unlocked.emit(purpose)

    @Slot()
    def cancel(self) -> None:
        self.purpose = ""
        self.entry.clear()
        self._tick.stop()
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        if self._choosing:
            self.title.setText(
                self.tr("No staff PIN yet: choose one (at least %n digits)", "", MIN_LENGTH))
        else:
            self.title.setText(self.tr("Staff PIN"))
        self.entry.setPlaceholderText(self.tr("PIN"))
        self.entry.setAccessibleName(self.tr("Staff PIN"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.erase_button.setAccessibleName(self.tr("Erase"))
        if self._tick.isActive():
            self._show_lock()
