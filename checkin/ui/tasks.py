"""The one background-task helper: run a function on a worker thread, get its result back on
the main thread.

A job is a plain callable working on core objects (the store, the reception); it never touches
a widget. Its result (or the exception it raised) is handed to a callback that runs on the
thread that owns the :class:`TaskRunner`, the GUI thread, through a queued signal.

The workers are Python threads of our own that live as long as the runner, not a
``QThreadPool``: a pool thread is foreign to Python, which gives it a fresh thread state (and
so a fresh ``threading.local``) for every job, and the store keeps one SQLite connection per
thread-local: each job would open, and keep, a new connection (measured: +0.6 MB per scan).

Database writes go through a runner with one thread (the default), so check-ins are recorded
in the order the badges were read and two admits of the same badge can never race.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_STOP = object()


class _Relay(QObject):
    """Lives on the GUI thread; workers emit on it, so the slot runs on the GUI thread."""

    finished = Signal(int)  # the task id; the result waits in the runner's table


class TaskRunner(QObject):
    """Run callables off the GUI thread; ``threads=1`` keeps them in submission order."""

    def __init__(self, threads: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self._size = max(1, threads)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._results: dict[int, tuple[Any, BaseException | None]] = {}
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._running = 0
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
        with self._lock:
            self._running += 1
        if len(self._threads) < self._size:
            self._start_thread()
        self._queue.put((task_id, fn, args, kwargs))
        return task_id

    def _start_thread(self) -> None:
        thread = threading.Thread(
            target=_work, args=(self._queue, self._deliver),
            name=f"tasks-{len(self._threads) + 1}", daemon=True,
        )
        self._threads.append(thread)
        thread.start()

    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        # On a worker thread: park the result, then tell the GUI thread.
        with self._lock:
            self._results[task_id] = (result, error)
            self._running -= 1
            self._idle.notify_all()
        self._relay.finished.emit(task_id)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (shutdown and tests); callbacks still need the event
        loop to be delivered."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0,
                                       None if msecs < 0 else msecs / 1000)

    def stop(self) -> None:
        """Let the worker threads end once the queued jobs are done."""
        for _ in self._threads:
            self._queue.put(_STOP)
        self._threads = []

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        with self._lock:
            result, error = self._results.pop(task_id, (None, None))
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.error("background task failed", exc_info=error)


def _work(jobs: queue.SimpleQueue, deliver: Callable) -> None:
    while True:
        item = jobs.get()
        if item is _STOP:
            return
        task_id, fn, args, kwargs = item
        try:
            result, error = fn(*args, **kwargs), None
        except BaseException as exc:  # handed back to the caller, who decides
            result, error = None, exc
        try:
            deliver(task_id, result, error)
        except RuntimeError:  # the runner was deleted with its window: nobody to tell
            return
