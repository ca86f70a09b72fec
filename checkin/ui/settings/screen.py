"""Settings: the language of the window and the sounds, preferences of this laptop
(``QSettings``)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel

from checkin.ui.i18n import LANGUAGES, current_language
from checkin.ui.labels import language_label
from checkin.ui.settings import LANGUAGE_KEY, MUTED_KEY, SettingsBox


class ScreenBox(SettingsBox):
    language_chosen = Signal(str)
    sounds_muted = Signal(bool)

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        screen = QFormLayout(self)
        self.language_caption = QLabel()
        self.language_choice = QComboBox()
        self.language_choice.setObjectName("language_choice")
        for code in LANGUAGES:
            self.language_choice.addItem(code, code)
        self.language_choice.activated.connect(lambda _i: self.save_language())
        self.language_caption.setBuddy(self.language_choice)
        screen.addRow(self.language_caption, self.language_choice)
        self.sounds = QCheckBox()
        self.sounds.setObjectName("sounds_on")
        self.sounds.toggled.connect(self.save_sounds)
        screen.addRow(self.sounds)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Screen and sound"))
        self.language_caption.setText(self.tr("&Language"))
        for i in range(self.language_choice.count()):
            self.language_choice.setItemText(i, language_label(self.language_choice.itemData(i)))
        # The language shown is the one the window speaks now, however it was chosen (here,
        # or in the window's own picker): never "Anglais" in a window back in French.
        self.language_choice.setCurrentIndex(
            max(0, self.language_choice.findData(current_language())))
        self.language_choice.setAccessibleName(self.tr("Language"))
        self.sounds.setText(self.tr("&Sounds on each scan"))

    def load(self) -> None:
        language = str(self.settings.value(LANGUAGE_KEY, LANGUAGES[0]))
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(language)))
        muted = str(self.settings.value(MUTED_KEY, "false")).lower() == "true"
        self.sounds.blockSignals(True)
        self.sounds.setChecked(not muted)
        self.sounds.blockSignals(False)

    @Slot()
    def save_language(self) -> None:
        language = self.language_choice.currentData()
        self.settings.setValue(LANGUAGE_KEY, language)
        self.language_chosen.emit(language)

    @Slot(bool)
    def save_sounds(self, on: bool) -> None:
        self.settings.setValue(MUTED_KEY, "false" if on else "true")
        self.sounds_muted.emit(not on)
