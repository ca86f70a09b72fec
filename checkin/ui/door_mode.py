"""Door mode: the station locked to scanning, full screen, left only with the staff PIN.

Only the preview, the answer card and the counter stay on screen. The camera and the USB
scanner keep working (the scanner's filter is application-wide). Closing the window, Escape,
or the small "leave" button open the inline PIN pad beside the card; a right PIN leaves door
mode. No dialog ever blocks the queue while the PIN is typed. With no PIN set yet, entering
door mode first asks to choose one, so a station cannot be locked with no way out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from checkin.ui.main_window import MainWindow
from checkin.ui.pin import StaffPin

ENTER, LEAVE = "enter_door_mode", "leave_door_mode"


class DoorMode(QObject):
    changed = Signal(bool)

    def __init__(self, window: MainWindow, staff_pin: StaffPin, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.page = window.scan_page
        self.staff_pin = staff_pin
        self.active = False
        self._was_maximised = False
        self.leave_button = QPushButton(self.page)
        self.leave_button.setObjectName("leave_door_button")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.clicked.connect(self.request_leave)
        self.leave_button.hide()
        self.page.pin_pad.unlocked.connect(self._on_unlocked)
        window.door_mode_requested.connect(self.request_enter)
        window.installEventFilter(self)
        self.page.installEventFilter(self)
        self.retranslate_ui()

    @Slot()
    def request_enter(self) -> None:
        if self.active:
            return
        if not self.staff_pin.is_set:
            self.page.pin_pad.ask(ENTER)  # choose the PIN first
            return
        self.enter()

    def enter(self) -> None:
        self.active = True
        self._was_maximised = self.window.isMaximized()
        self.window.set_chrome_visible(False)
        self.page.set_door_mode(True)
        self.window.showFullScreen()
        self.leave_button.show()
        self.leave_button.raise_()
        self._place_leave_button()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Escape, wherever the focus is
        self.changed.emit(True)

    @Slot()
    def request_leave(self) -> None:
        if self.active:
            self.page.pin_pad.ask(LEAVE)

    def leave(self) -> None:
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.leave_button.hide()
        self.page.reserve_bottom(0)
        self.page.set_door_mode(False)
        self.window.set_chrome_visible(True)
        if self._was_maximised:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.changed.emit(False)

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == ENTER and not self.active:
            self.enter()
        elif purpose == LEAVE and self.active:
            self.leave()

    def _place_leave_button(self) -> None:
        self.leave_button.ensurePolished()  # the style sheet's font decides the size
        self.leave_button.adjustSize()
        # A strip of its own at the page's foot: the button never covers the card.
        self.page.reserve_bottom(self.leave_button.height() + 16 if self.active else 0)
        self.leave_button.move(self.page.width() - self.leave_button.width() - 8,
                               self.page.height() - self.leave_button.height() - 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if watched is self.window and self.active:
            if kind == QEvent.Type.Close:
                event.ignore()  # the window stays; the PIN pad asks who is leaving
                self.request_leave()
                return True
        if self.active and isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            if not self.page.pin_pad.isVisible():
                self.request_leave()
                return True
        if watched is self.page and kind == QEvent.Type.Resize and self.active:
            self._place_leave_button()
        if watched is self.page and kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.leave_button.setText(self.tr("Leave door mode (PIN)"))
        if self.active:
            self._place_leave_button()
