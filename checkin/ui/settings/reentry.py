"""Settings: which sessions let people in again after they left, kept with each session in
the database and used by the next admit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from checkin.reception import Reception
from checkin.ui.admission import Admission
from checkin.ui.i18n import current_language
from checkin.ui.settings import SettingsBox


class ReentryBox(SettingsBox):
    sessions_changed = Signal()

    def __init__(self, reception: Reception, admission: Admission, settings: QSettings,
                 parent=None):
        super().__init__(parent)
        self.reception = reception
        self.store = reception.store
        self.admission = admission
        self.settings = settings
        self._sessions: dict = {}
        reentry = QVBoxLayout(self)
        self.reentry_help = QLabel()
        self.reentry_help.setWordWrap(True)
        self.reentry_list = QListWidget()
        self.reentry_list.setObjectName("reentry_sessions")
        self.reentry_list.itemChanged.connect(self._on_reentry_changed)
        self.reentry_help.setBuddy(self.reentry_list)
        reentry.addWidget(self.reentry_help)
        reentry.addWidget(self.reentry_list)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Re-entry"))
        self.reentry_help.setText(self.tr(
            "Ticked sessions let people in again after they left (a second scan is green, "
            "not amber):"))
        self.reentry_list.setAccessibleName(self.tr("Sessions that allow re-entry"))
        # Session names in the window's language, after a switch too.
        language = current_language()
        for row in range(self.reentry_list.count()):
            item = self.reentry_list.item(row)
            session = self._sessions.get(item.data(Qt.ItemDataRole.UserRole))
            if session is not None:
                self.reentry_list.blockSignals(True)
                item.setText(session.name(language))
                self.reentry_list.blockSignals(False)

    def load(self) -> None:
        self.reentry_list.blockSignals(True)
        self.reentry_list.clear()
        language = current_language()
        sessions = self.store.sessions()
        self._sessions = {s.id: s for s in sessions}
        for session in sessions:
            item = QListWidgetItem(session.name(language))
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if session.allow_multiple_entries
                               else Qt.CheckState.Unchecked)
            self.reentry_list.addItem(item)
        self.reentry_list.blockSignals(False)

    def _on_reentry_changed(self, item: QListWidgetItem) -> None:
        session = self.store.session(item.data(Qt.ItemDataRole.UserRole))
        if session is None:
            return
        allowed = item.checkState() == Qt.CheckState.Checked
        if session.allow_multiple_entries != allowed:
            def done(_none) -> None:
                self.reception.refresh()  # the decision reads the new policy at once
                self.sessions_changed.emit()

            self.admission.run(self.store.upsert_sessions, [replace(session, allow_multiple_entries=allowed)],
                               origin="station", on_done=done)
