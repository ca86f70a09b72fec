"""Admitting from the window: one controller that owns the writer thread.

Every page that checks someone in (the scan page, the search, the attendee panel, the walk-in
form) asks :meth:`Admission.admit` (or :meth:`Admission.register_walk_in`) and only renders the
:class:`~checkin.model.AdmitResult` it is handed. Every other write the window makes (an undo,
a corrected name, a printed badge, an imported list, a setting) goes through
:meth:`Admission.run`. All of them run on one worker thread, in the order they were asked: the
check-ins are recorded in the order the badges were read, two admits of the same badge never
race, and no database write runs on the GUI thread (``tests/ui/gui_writes.py`` fails a test
when one does).

Whoever asked gets the answer through its ``on_done`` callback, on the GUI thread; everyone
else hears of it through the signals (the door's counter, the dashboard).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from checkin.model import AdmitResult, CheckIn, Direction, Method
from checkin.reception import Reception
from checkin.ui.tasks import TaskRunner
from checkin.walkins import WalkInForm, WalkInResult, register

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Admission(QObject):
    """The window's single writer. Pages pass it in their constructors."""

    #: an answer to an admit, from any page (an AdmitResult)
    admitted = Signal(object)
    #: a check-in was undone (the CheckIn, now voided)
    undone = Signal(object)
    #: after an admit or an undo: the session's id and the people in it now
    arrivals_changed = Signal(str, int)

    def __init__(self, reception: Reception, parent: QObject | None = None):
        super().__init__(parent)
        self.reception = reception
        self.store = reception.store
        self.runner = TaskRunner(threads=1, parent=self)

    # --- check-ins ----------------------------------------------------------------------

    def admit(
        self,
        session_id: str,
        *,
        code: str | None = None,
        attendee_id: str | None = None,
        method: Method = Method.CAMERA,
        direction: Direction = Direction.ENTRY,
        override: bool = False,
        on_done: Callable[[AdmitResult], None] | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Decide on a badge ``code``, or on a person found by ``attendee_id``, and record
        the check-in; returns at once. ``on_done(result)`` runs once it is on disk."""
        reception, store = self.reception, self.store

        def job() -> tuple[AdmitResult, int]:
            if attendee_id is not None:
                result = reception.admit_attendee(attendee_id, session_id, method=method,
                                                  direction=direction, override=override)
            else:
                result = reception.admit(code, session_id, method=method, direction=direction,
                                         override=override)
            return result, store.arrived(session_id)

        self.runner.run(job, on_done=lambda answer: self._admitted(answer, on_done),
                        on_error=on_error)

    def register_walk_in(
        self,
        form: WalkInForm,
        session_id: str,
        *,
        on_done: Callable[[WalkInResult], None] | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Save a walk-in and check them into the session (:func:`checkin.walkins.register`)."""
        reception, store = self.reception, self.store

        def job() -> tuple[WalkInResult, int]:
            result = register(reception, form, session_id)
            return result, store.arrived(session_id)

        def done(answer: tuple[WalkInResult, int]) -> None:
            result, arrived = answer
            if on_done is not None:
                on_done(result)
            self._announce(result.admission, arrived)

        self.runner.run(job, on_done=done, on_error=on_error)

    def undo(
        self,
        checkin_uuid: str,
        *,
        on_done: Callable[[CheckIn | None], None] | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Void a check-in (:meth:`checkin.reception.Reception.undo`)."""
        reception, store = self.reception, self.store

        def job() -> tuple[CheckIn | None, int]:
            checkin = reception.undo(checkin_uuid)
            return checkin, store.arrived(checkin.session_id) if checkin else 0

        def done(answer: tuple[CheckIn | None, int]) -> None:
            checkin, arrived = answer
            if on_done is not None:
                on_done(checkin)
            if checkin is not None:
                self.undone.emit(checkin)
                self.arrivals_changed.emit(checkin.session_id, arrived)

        self.runner.run(job, on_done=done, on_error=on_error)

    def _admitted(self, answer: tuple[AdmitResult, int],
                  on_done: Callable[[AdmitResult], None] | None) -> None:
        result, arrived = answer
        if on_done is not None:
            on_done(result)
        self._announce(result, arrived)

    def _announce(self, result: AdmitResult, arrived: int) -> None:
        self.admitted.emit(result)
        if result.session is not None:
            self.arrivals_changed.emit(result.session.id, arrived)

    # --- any other write ------------------------------------------------------------------

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``fn(*args, **kwargs)`` on the writer thread, after what was asked before:
        a write, or a read that must see the writes queued before it."""
        self.runner.run(fn, *args, on_done=on_done, on_error=on_error, **kwargs)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued job ran (shutdown and tests)."""
        return self.runner.wait(msecs)
