"""Settings: automatic backups of the station database (:mod:`checkin.backup`,
:mod:`checkin.ui.backups`): where the copies go (a second folder or a USB stick), how many are
kept, how often one is taken; a copy now; and putting a copy back, at the next start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin import backup
from checkin.ui.admission import Admission
from checkin.ui.backups import AutoBackup
from checkin.ui.settings import SettingsBox


def default_choose_folder(parent: QWidget, title: str) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


class BackupBox(SettingsBox):
    #: the user asked to put a copy back: the window quits, the next start restores it
    restore_scheduled = Signal(str)

    def __init__(self, auto: AutoBackup, admission: Admission, *,
                 choose_folder: Callable[[QWidget, str], Path | None] = default_choose_folder,
                 confirm: Callable[[QWidget, str, str], bool] | None = None, parent=None):
        super().__init__(parent)
        self.auto = auto
        self.store = auto.store
        self.admission = admission
        self.choose_folder = choose_folder
        self.confirm = confirm or _confirm
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.folder_caption = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder")
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(lambda: self._save(folder=None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        form.addRow(self.folder_caption, folder_row)
        self.keep_caption, self.every_caption = QLabel(), QLabel()
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.every = QSpinBox()
        self.every.setRange(1, 120)
        for spin, caption in ((self.keep, self.keep_caption), (self.every, self.every_caption)):
            caption.setBuddy(spin)
            spin.editingFinished.connect(lambda: self._save(folder=self._folder()))
            form.addRow(caption, spin)
        layout.addLayout(form)
        self.now_button = QPushButton()
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.take_now)
        self.state = QLabel()
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addWidget(self.state, 1)
        layout.addLayout(row)
        self.copies = QListWidget()
        self.copies.setMaximumHeight(140)
        layout.addWidget(self.copies)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(self.restore_button)
        self._plan: backup.Plan | None = None
        auto.backed_up.connect(lambda _made: self._refresh())
        auto.failed.connect(lambda _message: self._refresh())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.folder_caption.setText(self.tr("Folder"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.default_button.setText(self.tr("Beside the database"))
        self.keep_caption.setText(self.tr("&Keep the last"))
        self.keep.setSuffix(self.tr(" copies"))
        self.every_caption.setText(self.tr("Take one &every"))
        self.every.setSuffix(self.tr(" min"))
        self.now_button.setText(self.tr("Back up &now"))
        self.restore_button.setText(self.tr("&Restore this copy…"))
        for spin, name in ((self.keep, self.tr("Copies kept")),
                           (self.every, self.tr("Minutes between two copies"))):
            spin.setAccessibleName(name)
            editor = spin.findChild(QLineEdit)
            if editor is not None:
                editor.setAccessibleName(name)
        self.copies.setAccessibleName(self.tr("Backups, newest first"))
        self._refresh()

    def load(self) -> None:
        self._plan = self.auto.plan()
        self.keep.setValue(self._plan.keep)
        self.every.setValue(self._plan.every_minutes)
        self._refresh()

    def _folder(self) -> Path | None:
        plan = self._plan or self.auto.plan()
        return plan.folder if plan.chosen else None

    def _refresh(self) -> None:
        plan = self._plan
        if plan is None:
            return
        shown = str(plan.folder)
        self.folder_label.setText(shown if plan.chosen else
                                  self.tr("%1 (beside the database)").replace("%1", shown))
        if self.auto.last_error:
            self.state.setText(self.tr("The last backup failed: %1").replace(
                "%1", self.auto.last_error))
        elif self.auto.last is not None:
            self.state.setText(self.tr("Last copy: %1.").replace(
                "%1", self.auto.last.taken_at.astimezone().strftime("%H:%M:%S")))
        else:
            self.state.setText(self.tr("A copy is taken every %n minute(s) and on quit.", "",
                                       plan.every_minutes))
        self.copies.clear()
        try:
            found = backup.list_backups(self.store.path, plan.folder)
        except backup.BackupError as error:
            self.state.setText(str(error))
            found = []
        for copy in found:
            item = QListWidgetItem(f"{copy.taken_at.astimezone():%Y-%m-%d %H:%M:%S} · "
                                   f"{copy.size / 1024:.0f} kB")
            item.setData(256, str(copy.path))  # Qt.UserRole
            self.copies.addItem(item)
        if found:
            self.copies.setCurrentRow(0)
        self.restore_button.setEnabled(bool(found))

    @Slot()
    def choose(self) -> None:
        folder = self.choose_folder(self, self.tr("Folder for the backups (a USB stick…)"))
        if folder is not None:
            self._save(folder=folder)

    def _save(self, *, folder: Path | None) -> None:
        keep, every = self.keep.value(), self.every.value()

        def done(plan: backup.Plan) -> None:
            self._plan = plan
            self.auto.remember(plan)
            self._refresh()

        def failed(error: BaseException) -> None:
            self.state.setText(str(error))

        self.admission.run(backup.save_plan, self.store, folder, keep=keep,
                           every_minutes=every, on_done=done, on_error=failed)

    @Slot()
    def take_now(self) -> None:
        self.state.setText(self.tr("Copying…"))
        self.auto.take()

    @Slot()
    def restore_selected(self) -> None:
        item = self.copies.currentItem()
        if item is None:
            return
        question = self.tr(
            "Put back the copy of %1? Check-in will close; start it again to use the copy. "
            "The current file is kept aside, not deleted.").replace("%1", item.text())
        if not self.confirm(self, self.tr("Restore a backup"), question):
            return
        copy = item.data(256)
        backup.schedule_restore(self.store.path, Path(copy))
        self.restore_scheduled.emit(copy)


def _confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
