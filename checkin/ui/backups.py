"""The window's automatic backups: a copy of the station database every few minutes and on
quit, to the folder chosen in the settings (:mod:`checkin.backup` does the copying).

A copy is taken on a thread of its own (never the GUI thread, nor the writer's: a scan is
never kept waiting behind a copy to a slow stick). The folder is also kept in ``QSettings``,
so that when the database itself is damaged the window still knows where its copies are.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from checkin import backup
from checkin.store import Store
from checkin.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

FOLDER_KEY = "backup/folder"


def remembered_folder(settings: QSettings, db_path: Path) -> Path:
    """Where this database's copies go, without opening it (it may be damaged)."""
    value = settings.value(FOLDER_KEY)
    return Path(str(value)) if value else backup.default_folder(db_path)


class AutoBackup(QObject):
    """Takes the copies; says how each went."""

    #: a copy was written (its :class:`checkin.backup.Backup`)
    backed_up = Signal(object)
    #: a copy failed (one sentence)
    failed = Signal(str)

    def __init__(self, store: Store, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.runner = TaskRunner(parent=self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.take)
        self.last: backup.Backup | None = None
        self.last_error = ""

    def plan(self) -> backup.Plan:
        return backup.plan_for(self.store)

    def start(self) -> None:
        """Every ``every_minutes`` from now (main() calls it; the tests' windows do not)."""
        plan = self.plan()
        self.remember(plan)
        self.timer.start(plan.every_minutes * 60_000)

    def remember(self, plan: backup.Plan) -> None:
        self.settings.setValue(FOLDER_KEY, str(plan.folder))
        if self.timer.isActive():
            self.timer.setInterval(plan.every_minutes * 60_000)

    def take(self) -> None:
        """A copy now, in the background."""
        plan = self.plan()
        self.runner.run(backup.take, self.store.path, plan.folder, keep=plan.keep,
                        on_done=self._done, on_error=self._failed)

    def take_and_wait(self) -> None:
        """A copy now, waiting for it (on quit: the last state of the day)."""
        self.runner.wait(30_000)
        plan = self.plan()
        try:
            self._done(backup.take(self.store.path, plan.folder, keep=plan.keep))
        except backup.StoreError as error:
            self._failed(error)

    def _done(self, made: backup.Backup) -> None:
        self.last, self.last_error = made, ""
        log.info("backup written: %s", made.path)
        self.backed_up.emit(made)

    def _failed(self, error: BaseException) -> None:
        self.last_error = str(error)
        log.warning("backup failed: %s", error)
        self.failed.emit(self.last_error)
