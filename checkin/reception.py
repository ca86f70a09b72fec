"""The check-in decision, in one place.

Every way into a session (camera, USB scanner, a code typed by hand, a name found by search,
a walk-in) ends in :meth:`Reception.admit` or :meth:`Reception.admit_attendee`, which decide
and record in one transaction and answer with a typed :class:`~checkin.model.AdmitResult`.
When the call returns, the check-in and its outbox row are on disk.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from collections.abc import Callable
from datetime import datetime

from checkin import tokens
from checkin.model import (
    AdmitResult,
    Attendee,
    CheckIn,
    Direction,
    Event,
    Method,
    NotAdmittedReason,
    Outcome,
    Session,
    utcnow,
)
from checkin.store import Store

log = logging.getLogger(__name__)


class UnknownSession(LookupError):
    """The session asked for does not exist in this station's list."""


class NoEvent(LookupError):
    """The database holds no event yet: import a list or pull from a server first."""


class Reception:
    def __init__(self, store: Store, *, clock: Callable[[], datetime] = utcnow):
        self.store = store
        self.clock = clock
        self._event: Event | None = None
        self._sessions: dict[str, Session] = {}

    # --- what the door is checking into ---------------------------------------------------

    @property
    def event(self) -> Event:
        if self._event is None:
            self._event = self.store.event()
            if self._event is None:
                raise NoEvent("No event in this database: import an attendee list first.")
        return self._event

    def refresh(self) -> None:
        """Forget cached event and sessions (after an import or a pull)."""
        self._event = None
        self._sessions.clear()

    def session(self, session_id: str) -> Session:
        session = self._sessions.get(session_id)
        if session is None:
            session = self.store.session(session_id)
            if session is None:
                raise UnknownSession(f"No session {session_id!r} at this station.")
            if session.removed:
                raise UnknownSession(f"The session {session_id!r} was taken out of the programme.")
            self._sessions[session_id] = session
        return session

    def current_session(self, now: datetime | None = None) -> Session | None:
        """The session running now; else the next one today; else the last one that ended
        today; else the next one at all. None only when there are no sessions."""
        sessions = self.store.sessions()
        if not sessions:
            return None
        now = now or self.clock()
        running = [s for s in sessions if s.starts_at <= now < s.ends_at]
        if running:
            # Several at once (parallel workshops): the one that started last is the
            # most likely to be the door's, and of those the shortest (a plenary rather than
            # the all-day lounge); the window lets the volunteer change it.
            return max(running, key=lambda s: (s.starts_at, s.starts_at - s.ends_at, s.id))
        tz = self.event.tz
        today = now.astimezone(tz).date()
        later = [s for s in sessions if s.starts_at > now]
        if later and later[0].starts_at.astimezone(tz).date() == today:
            return later[0]
        earlier = [s for s in sessions if s.ends_at <= now]
        if earlier:
            last = max(earlier, key=lambda s: (s.ends_at, s.starts_at, s.id))
            if last.ends_at.astimezone(tz).date() == today:
                return last
        return later[0] if later else sessions[-1]

    # --- the decision ---------------------------------------------------------------------

    def admit(
        self,
        code: str | bytes | None,
        session_id: str,
        *,
        method: Method = Method.CAMERA,
        direction: Direction = Direction.ENTRY,
        override: bool = False,
    ) -> AdmitResult:
        """Decide on a code as read from a badge, and record the check-in if admitted."""
        session = self.session(session_id)
        parsed = tokens.parse(code, self.event.code)
        shown = tokens.shorten_for_log(code or "")
        if parsed.kind is tokens.CodeKind.GARBAGE:
            log.warning("unreadable badge code refused: %s", shown)
            return AdmitResult(Outcome.UNKNOWN, session, code=shown)
        attendee = self.store.attendee_by_token(parsed.value)
        if attendee is None and parsed.kind is tokens.CodeKind.FOREIGN:
            attendee = self.store.attendee_by_token(parsed.value.upper())
        if attendee is None:
            if parsed.kind is tokens.CodeKind.OTHER_EVENT:
                log.info("badge of another event (%s): %s", parsed.prefix, shown)
                return AdmitResult(Outcome.OTHER_EVENT, session, code=shown)
            log.info("unknown badge: %s", shown)
            return AdmitResult(Outcome.UNKNOWN, session, code=shown)
        return self._decide(attendee, session, method, direction, override, shown)

    def admit_attendee(
        self,
        attendee_id: str,
        session_id: str,
        *,
        method: Method = Method.SEARCH,
        direction: Direction = Direction.ENTRY,
        override: bool = False,
    ) -> AdmitResult:
        """The same decision for a person found by name at the desk."""
        session = self.session(session_id)
        attendee = self.store.attendee(attendee_id)
        if attendee is None:
            return AdmitResult(Outcome.UNKNOWN, session, code=attendee_id)
        return self._decide(attendee, session, method, direction, override, attendee.token)

    def _decide(
        self,
        attendee: Attendee,
        session: Session,
        method: Method,
        direction: Direction,
        override: bool,
        shown: str,
    ) -> AdmitResult:
        refusal = self._refusal(attendee, session)
        # Staff may override a session's admission rule, never a cancelled registration.
        overridable = refusal is not None and refusal[0] is Outcome.NOT_ADMITTED
        if refusal is not None and not (override and overridable):
            outcome, reason = refusal
            return AdmitResult(
                outcome, session, attendee, reason=reason, override_allowed=overridable,
                code=shown,
            )
        overridden = refusal is not None
        with self.store.transaction():
            entries = self.store.entries(attendee.id, session.id)
            entries = [e for e in entries if e.direction is Direction.ENTRY]
            if direction is Direction.ENTRY and entries and not session.reentry:
                return AdmitResult(
                    Outcome.ALREADY_IN, session, attendee, first=entries[0], code=shown
                )
            checkin = CheckIn(
                uuid=str(uuidlib.uuid4()),
                attendee_id=attendee.id,
                session_id=session.id,
                station_id=self.store.station_id,
                at=self.clock(),
                method=method,
                direction=direction,
                override=overridden,
            )
            self.store.record_checkin(checkin)
        if overridden:
            log.info("override recorded for %s into %s", attendee.id, session.id)
        if direction is Direction.EXIT:
            outcome = Outcome.EXIT
        elif entries:
            outcome = Outcome.REENTRY
        else:
            outcome = Outcome.ACCEPTED
        return AdmitResult(
            outcome,
            session,
            attendee,
            checkin=checkin,
            first=entries[0] if entries else None,
            code=shown,
        )

    @staticmethod
    def _refusal(
        attendee: Attendee, session: Session
    ) -> tuple[Outcome, NotAdmittedReason | None] | None:
        if attendee.cancelled:
            return Outcome.CANCELLED, None
        if session.categories and attendee.category not in session.categories:
            return Outcome.NOT_ADMITTED, NotAdmittedReason.CATEGORY
        if session.registration_required and session.id not in attendee.workshops:
            return Outcome.NOT_ADMITTED, NotAdmittedReason.NOT_REGISTERED
        return None

    # --- undo -----------------------------------------------------------------------------

    def undo(self, checkin_uuid: str) -> CheckIn | None:
        """Void a check-in (an event of its own; the row stays). Returns it, now voided."""
        existing = self.store.checkin(checkin_uuid)
        if existing is None or existing.voided:
            return existing  # undone twice: one voiding event is enough
        self.store.void_checkin(checkin_uuid, at=self.clock())
        return self.store.checkin(checkin_uuid)
