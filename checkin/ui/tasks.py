"""The one background-task helper: run a function on a worker thread, get its result back on
the main thread.

A job is a plain callable working on core objects (the store, the reception); it never touches
a widget. Its result (or the exception it raised) is handed to a callback that runs on the
thread that owns the :class:`TaskRunner`, the GUI thread, through a queued signal.

Database writes go through a runner with one thread (the default), so check-ins are recorded
in the order the badges were read and two admits of the same badge can never race.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits on it, so the slot runs on the GUI thread."""

    finished = Signal(int, object, object)  # task id, result, exception or None


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.task_id = task_id
        self.fn = fn
        self.relay = relay

    def run(self) -> None:  # on a pool thread
        try:
            result, error = self.fn(), None
        except BaseException as exc:  # handed back to the caller, who decides
            result, error = None, exc
        self.relay.finished.emit(self.task_id, result, error)


class TaskRunner(QObject):
    """Run callables off the GUI thread; ``threads=1`` keeps them in submission order."""

    def __init__(self, threads: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._pool.setExpiryTimeout(-1)  # keep the thread, and its SQLite connection, alive
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> int:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        self._pool.start(_Job(task_id, lambda: fn(*args, **kwargs), self._relay))
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (shutdown and tests); callbacks still need the event
        loop to be delivered."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _on_finished(self, task_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.error("background task failed", exc_info=error)
