"""Settings: this station's name, kept in the database (it travels with the station's
data and shows at the other doors)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from checkin.store import Store
from checkin.ui.admission import Admission
from checkin.ui.settings import SettingsBox


class StationBox(SettingsBox):
    station_renamed = Signal(str)

    def __init__(self, store: Store, admission: Admission, parent=None):
        super().__init__(parent)
        self.store = store
        self.admission = admission
        form = QFormLayout(self)
        self.station_caption = QLabel()
        self.station_name = QLineEdit()
        self.station_name.setObjectName("station_name")
        self.station_name.setMaxLength(80)
        self.station_name.editingFinished.connect(self.save_station_name)
        self.station_caption.setBuddy(self.station_name)
        form.addRow(self.station_caption, self.station_name)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("This station"))
        self.station_caption.setText(self.tr("Station &name"))
        self.station_name.setPlaceholderText(self.tr("e.g. Auditorium – door A"))
        self.station_name.setAccessibleName(self.tr("Station name"))

    def load(self) -> None:
        self.station_name.setText(self.store.station_name)

    @Slot()
    def save_station_name(self) -> None:
        name = self.station_name.text().strip()
        if name and name != self.store.station_name:
            self.admission.run(self.store.set_station_name, name,
                               on_done=lambda _none: self.station_renamed.emit(
                                   self.store.station_name))
