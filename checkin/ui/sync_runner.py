"""Runs the sync engine in the background and tells the window how it went.

:class:`SyncRunner` calls :meth:`checkin.sync.engine.SyncEngine.cycle` every few seconds on a
worker thread of its own (never the scanning one: a slow server must not delay a check-in);
the engine itself decides when a cycle is due (back-off after failures), so a tick that is not
due costs nothing. Each cycle's status goes to :attr:`status_changed` (the status bar, the
dashboard); when a pull brought sessions or people, :attr:`list_changed` asks the pages to
reload, and when it brought other doors' check-ins, :attr:`checkins_pulled` refreshes counters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from checkin.ui.tasks import TaskRunner

if TYPE_CHECKING:  # loaded by the factory, on the worker (HTTP, keyring)
    from checkin.sync.engine import SyncEngine

log = logging.getLogger(__name__)

INTERVAL_MS = 10_000


class SyncRunner(QObject):
    status_changed = Signal(object)  # checkin.sync.base.SyncStatus
    list_changed = Signal()  # sessions or attendees came in
    checkins_pulled = Signal()  # other stations' check-ins or undos came in

    def __init__(self, engine_factory: Callable[[], SyncEngine], *, interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None):
        """``engine_factory()`` makes the engine, on the worker (reading the source's secret
        from the system keyring may take a while)."""
        super().__init__(parent)
        self.engine_factory = engine_factory
        self.engine: SyncEngine | None = None
        self.tasks = TaskRunner(threads=1, parent=self)
        self._running = False
        self._again = False  # a forced cycle asked for while one ran
        self._reset = False  # the source changed: a new engine for the next cycle
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        self.run_now()

    def stop(self) -> None:
        self._timer.stop()
        self.tasks.wait(10_000)
        self.tasks.stop()
        if self.engine is not None:
            self.engine.close()

    @Slot()
    def run_now(self, force: bool = False) -> None:
        if self._running:
            if force:
                self._again = True  # once the cycle running now is done
            return
        self._running = True
        self.tasks.run(self._cycle, force, on_done=self._done, on_error=self._failed)

    @Slot()
    def restart(self) -> None:
        """The source changed in Settings: the next cycle, at once, makes a new engine for
        it (the old one closes on the worker)."""
        self._reset = True
        self.run_now(force=True)

    def _cycle(self, force: bool):  # on the worker
        if self._reset:
            self._reset = False
            if self.engine is not None:
                self.engine.close()
            self.engine = None
        engine = self.engine
        if engine is None:
            engine = self.engine = self.engine_factory()
        return engine.cycle(force=force)

    def _done(self, report) -> None:
        self._running = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, lambda: self.run_now(force=True))
        self.status_changed.emit(report.status)
        if getattr(report, "pulled_sessions", 0) or getattr(report, "pulled_attendees", 0) \
                or getattr(report, "pulled_event", False):
            self.list_changed.emit()
        if getattr(report, "pulled_checkins", 0) or getattr(report, "pulled_voids", 0):
            self.checkins_pulled.emit()

    def _failed(self, error: BaseException) -> None:
        # cycle() reports network and store trouble in its status; this is a bug, or a
        # build without the sync package (then the station works alone, quietly).
        self._running = False
        if isinstance(error, ImportError):
            log.warning("no sync in this build: %s", error)
            self._timer.stop()
            return
        log.error("a sync cycle failed", exc_info=error)
