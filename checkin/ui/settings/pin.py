"""Settings: the staff PIN (its hash in the database). Changing it asks for the current one
on the inline keypad, then the new one twice."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.ui.admission import Admission
from checkin.ui.pin import MIN_LENGTH, PinPad, StaffPin
from checkin.ui.settings import SettingsBox


class PinBox(SettingsBox):
    pin_changed = Signal()

    def __init__(self, pin: StaffPin, admission: Admission, parent=None):
        super().__init__(parent)
        self.pin = pin
        self.admission = admission
        pin_layout = QVBoxLayout(self)
        self.pin_state = QLabel()
        self.change_pin_button = QPushButton()
        self.change_pin_button.setObjectName("change_pin")
        self.change_pin_button.clicked.connect(self.ask_change_pin)
        self.pin_pad = PinPad(self.pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)
        self.new_pin_box = QWidget()
        new_pin = QFormLayout(self.new_pin_box)
        self.new_pin_caption, self.repeat_pin_caption = QLabel(), QLabel()
        self.new_pin, self.repeat_pin = QLineEdit(), QLineEdit()
        for editor, caption in ((self.new_pin, self.new_pin_caption),
                                (self.repeat_pin, self.repeat_pin_caption)):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
            editor.setMaxLength(12)
            caption.setBuddy(editor)
            new_pin.addRow(caption, editor)
        self.repeat_pin.returnPressed.connect(self.save_new_pin)
        self.save_pin_button = QPushButton()
        self.save_pin_button.clicked.connect(self.save_new_pin)
        new_pin.addRow(self.save_pin_button)
        self.new_pin_box.hide()
        self.pin_message = QLabel()
        self.pin_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.pin_state, 1)
        row.addWidget(self.change_pin_button)
        pin_layout.addLayout(row)
        pin_layout.addWidget(self.pin_pad)
        pin_layout.addWidget(self.new_pin_box)
        pin_layout.addWidget(self.pin_message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Staff PIN"))
        self.change_pin_button.setText(self.tr("Change the staff &PIN…"))
        self.new_pin_caption.setText(self.tr("&New PIN"))
        self.repeat_pin_caption.setText(self.tr("&Repeat it"))
        self.save_pin_button.setText(self.tr("Save the new PIN"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.repeat_pin.setAccessibleName(self.tr("Repeat the new PIN"))
        self._show_pin_state()

    def load(self) -> None:
        self._show_pin_state()

    def _show_pin_state(self) -> None:
        self.pin_state.setText(self.tr("A staff PIN is set.") if self.pin.is_set
                               else self.tr("No staff PIN yet: choose one before the doors open."))

    @Slot()
    def ask_change_pin(self) -> None:
        self.pin_message.clear()
        if not self.pin.is_set:
            self._open_new_pin()
            return
        self.pin_pad.ask("change_pin")

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == "change_pin":
            self._open_new_pin()

    def _open_new_pin(self) -> None:
        self.new_pin.clear()
        self.repeat_pin.clear()
        self.new_pin_box.show()
        self.new_pin.setFocus()

    @Slot()
    def save_new_pin(self) -> bool:
        first, second = self.new_pin.text().strip(), self.repeat_pin.text().strip()
        if first != second:
            self.pin_message.setText(self.tr("The two PINs differ."))
            return False
        if len(first) < MIN_LENGTH or not first.isdigit():
            self.pin_message.setText(self.tr("At least %n digits.", "", MIN_LENGTH))
            return False
        self.new_pin_box.hide()

        def done(_none) -> None:
            self.pin_message.setText(self.tr("The new staff PIN is saved."))
            self._show_pin_state()
            self.pin_changed.emit()

        self.admission.run(self.pin.set, first, on_done=done)
        return True
