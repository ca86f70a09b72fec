"""Group commit for the hub's pushes: one writer thread takes every push that is waiting and
commits them in one transaction, so twenty doors pushing at once cost one fsync, not twenty.

Each push still runs as its own savepoint inside that transaction (a push that fails leaves the
others), and its answer is given only once the whole transaction is on disk: nothing is
acknowledged before it is durable. A commit that fails answers every push in it with the
failure, so none of them is marked pushed by its station.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future

from checkin.store import Store

MAX_BATCH = 64


class GroupCommit:
    def __init__(self, store: Store, max_batch: int = MAX_BATCH):
        self.store = store
        self.max_batch = max_batch
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()
        self.batches = 0  # commits made, for the tests and the benchmark
        self.pushes = 0

    def submit(self, fn, *args) -> Future:
        """Run ``fn(*args)`` in the next group commit; the future holds its result once the
        commit is durable."""
        future: Future = Future()
        with self.lock:
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, daemon=True,
                                               name="hub-writer")
                self.thread.start()
        self.jobs.put((future, fn, args))
        return future

    def stop(self) -> None:
        with self.lock:
            thread, self.thread = self.thread, None
        if thread is not None:
            self.jobs.put(None)
            thread.join(10)

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            batch = [job]
            stop = False
            while len(batch) < self.max_batch:
                try:
                    more = self.jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            self._commit(batch)
            if stop:
                return

    def _commit(self, batch: list) -> None:
        answers: list[tuple[Future, object, Exception | None]] = []
        try:
            with self.store.transaction():
                for future, fn, args in batch:
                    try:
                        with self.store.transaction():  # a savepoint of its own
                            answers.append((future, fn(*args), None))
                    except Exception as error:  # noqa: BLE001 - handed to that push's caller
                        answers.append((future, None, error))
        except BaseException as error:  # the commit failed: no push in it was taken
            for future, _fn, _args in batch:
                if not future.done():
                    future.set_exception(error)
            if not isinstance(error, Exception):
                raise
            return
        self.batches += 1
        self.pushes += len(batch)
        for future, result, failure in answers:
            if failure is not None:
                future.set_exception(failure)
            else:
                future.set_result(result)
