"""Settings: the funders' attendance sheet, its logo (top right of every page), who
certifies it (name and role, printed in its certification block), and where the people who
attended online go (on pages of their own after the on-site list, or in the one list). Kept in the station's
database (:data:`checkin.reports.sheet.SETTING_LOGO`…), where the dashboard's and the
command line's sheets read them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from checkin.store import Store
from checkin.ui.admission import Admission
from checkin.ui.settings import SettingsBox

# The keys of checkin.reports.sheet (not imported: fpdf would load with the window).
SETTING_LOGO = "funders.logo"
SETTING_SIGNATORY = "funders.signatory"
SETTING_ROLE = "funders.signatory_role"
SETTING_ONLINE = "funders.online"  # where online attendance goes: "separate" or "together"


class FundersBox(SettingsBox):
    def __init__(self, store: Store, admission: Admission, *,
                 choose_image: Callable[[QWidget], Path | None] | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.admission = admission
        self.choose_image = choose_image or self._ask_image
        form = QFormLayout(self)
        self.logo_caption = QLabel()
        self.logo = QLineEdit()
        self.logo.setObjectName("funder_logo")
        self.logo.setReadOnly(True)
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self.pick_logo)
        self.logo_clear = QPushButton()
        self.logo_clear.clicked.connect(lambda: self._save(SETTING_LOGO, ""))
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear)
        self.logo_caption.setBuddy(self.logo_button)
        form.addRow(self.logo_caption, row)
        self.signatory_caption = QLabel()
        self.signatory = QLineEdit()
        self.signatory.setObjectName("funder_signatory")
        self.signatory.setMaxLength(120)
        self.signatory.editingFinished.connect(
            lambda: self._save(SETTING_SIGNATORY, self.signatory.text().strip()))
        self.signatory_caption.setBuddy(self.signatory)
        form.addRow(self.signatory_caption, self.signatory)
        self.role_caption = QLabel()
        self.role = QLineEdit()
        self.role.setObjectName("funder_role")
        self.role.setMaxLength(120)
        self.role.editingFinished.connect(
            lambda: self._save(SETTING_ROLE, self.role.text().strip()))
        self.role_caption.setBuddy(self.role)
        form.addRow(self.role_caption, self.role)
        self.online_caption = QLabel()
        self.online = QComboBox()
        self.online.setObjectName("funder_online")
        self.online.addItems(["", ""])  # separate, together: texts in retranslate_ui
        self.online.activated.connect(
            lambda index: self._save(SETTING_ONLINE, ("separate", "together")[index]))
        self.online_caption.setBuddy(self.online)
        form.addRow(self.online_caption, self.online)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Funders' attendance sheet"))
        self.logo_caption.setText(self.tr("Funder's &logo"))
        self.logo.setPlaceholderText(self.tr("none"))
        self.logo.setAccessibleName(self.tr("Funder's logo"))
        self.logo_button.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        self.signatory_caption.setText(self.tr("Certified by (&name)"))
        self.signatory.setPlaceholderText(self.tr("blank: a line to write on"))
        self.signatory.setAccessibleName(self.tr("Certified by"))
        self.role_caption.setText(self.tr("&Role"))
        self.role.setPlaceholderText(self.tr("e.g. Programme coordinator"))
        self.role.setAccessibleName(self.tr("Role of whoever certifies"))
        self.online_caption.setText(self.tr("&Online attendees"))
        self.online.setItemText(0, self.tr("Apart, after the on-site list, with their own total"))
        self.online.setItemText(1, self.tr("Together with those on site, marked online"))
        self.online.setAccessibleName(self.tr("Where the online attendees go on the sheet"))

    def load(self) -> None:
        self.logo.setText(self.store.get_setting(SETTING_LOGO) or "")
        self.signatory.setText(self.store.get_setting(SETTING_SIGNATORY) or "")
        self.role.setText(self.store.get_setting(SETTING_ROLE) or "")
        together = self.store.get_setting(SETTING_ONLINE) == "together"
        self.online.setCurrentIndex(1 if together else 0)

    @Slot()
    def pick_logo(self) -> None:
        path = self.choose_image(self)
        if path:
            self._save(SETTING_LOGO, str(Path(path).resolve()))

    def _save(self, key: str, value: str) -> None:
        if (self.store.get_setting(key) or "") == value:
            return
        self.admission.run(self.store.set_setting, key, value or None,
                           on_done=lambda _none: self.load())

    def _ask_image(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, self.tr("Funder's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        return Path(name) if name else None
