"""The staff PIN: kept in the station database as a salted scrypt hash, never in clear.

Leaving door mode and overriding a refusal ask for it through :class:`PinPad`, a keypad shown
inside the page (never a blocking dialog: scanning goes on behind it). After a few wrong
attempts the pad refuses for a while, so a PIN cannot be found by trying them all at the door.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.store import Store
from checkin.ui.i18n import RetranslatesOnLanguageChange

SETTING = "staff_pin"
MIN_LENGTH = 4
MAX_ATTEMPTS = 5
LOCKOUT_SECONDS = 30
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


class StaffPin:
    """The PIN of this station, read from and written to the store's settings."""

    def __init__(self, store: Store, *, clock=time.monotonic, run=None):
        self.store = store
        self.clock = clock
        #: ``run(fn, *args, on_done=...)`` of the window's writer
        #: (:meth:`checkin.ui.admission.Admission.run`); None: write in place (tests, scripts)
        self.run = run
        self._failures = 0
        self._locked_until = 0.0

    @property
    def is_set(self) -> bool:
        return bool(self.store.get_setting(SETTING))

    def set(self, pin: str) -> None:
        if len(pin) < MIN_LENGTH or not pin.isdigit():
            raise ValueError(f"A staff PIN has at least {MIN_LENGTH} digits.")
        self.store.set_setting(SETTING, hash_pin(pin))

    def set_later(self, pin: str, on_done=None) -> None:
        """:meth:`set` on the writer thread, then ``on_done(None)`` on the GUI thread; a PIN
        too short raises ValueError at once."""
        if len(pin) < MIN_LENGTH or not pin.isdigit():
            raise ValueError(f"A staff PIN has at least {MIN_LENGTH} digits.")
        if self.run is None:
            self.set(pin)
            if on_done is not None:
                on_done(None)
        else:
            self.run(self.set, pin, on_done=on_done)

    def seconds_locked(self) -> int:
        return max(0, int(self._locked_until - self.clock() + 0.999))

    def check(self, pin: str) -> bool:
        if self.seconds_locked():
            return False
        stored = self.store.get_setting(SETTING)
        ok = bool(stored) and verify_pin(pin, stored)
        if ok:
            self._failures = 0
        else:
            self._failures += 1
            if self._failures >= MAX_ATTEMPTS:
                self._failures = 0
                self._locked_until = self.clock() + LOCKOUT_SECONDS
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
        grid = QGridLayout()
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
        self.entry.setFocus()

    @Slot()
    def submit(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if self._choosing:
            if len(text) < MIN_LENGTH or not text.isdigit():
                self.message.setText(self.tr("At least %n digits.", "", MIN_LENGTH))
                return
            self._choosing = False
            self.pin.set_later(text, on_done=lambda _none: self._finish_ok())
            return
        locked = self.pin.seconds_locked()
        if locked:
            self.message.setText(self.tr("Too many attempts: wait %n second(s).", "", locked))
            return
        if self.pin.check(text):
            self._finish_ok()
        else:
            locked = self.pin.seconds_locked()
            if locked:
                self.message.setText(self.tr("Too many attempts: wait %n second(s).", "", locked))
            else:
                self.message.setText(self.tr("Wrong PIN."))

    def _finish_ok(self) -> None:
        purpose, self.purpose = self.purpose, ""
        self.hide()
        self.unlocked.emit(purpose)

    @Slot()
    def cancel(self) -> None:
        self.purpose = ""
        self.entry.clear()
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        if self._choosing:
            self.title.setText(self.tr("No staff PIN yet: choose one (at least 4 digits)"))
        else:
            self.title.setText(self.tr("Staff PIN"))
        self.entry.setPlaceholderText(self.tr("PIN"))
        self.entry.setAccessibleName(self.tr("Staff PIN"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.erase_button.setAccessibleName(self.tr("Erase"))
