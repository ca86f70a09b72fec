"""The check-in decision, in one place.

Every way into a session (camera, USB scanner, a code typed by hand, a name found by search,
a walk-in) ends in :meth:`Reception.admit` or :meth:`Reception.admit_attendee`, which decide
and record in one transaction and answer with a typed :class:`~checkin.model.AdmitResult`.
When the call returns, the check-in and its outbox row are on disk.

The decision is :data:`checkin.admission.RULES`, a list of small rules, each answering
nothing or a :class:`~checkin.admission.Refusal` (outcome, reason, whether staff may
override it); the first refusal is the answer. The words for each answer are in
:mod:`checkin.outcome_words`.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from collections.abc import Callable
from datetime import datetime

from checkin import receiver_codes, tokens
from checkin.admission import Decision, Situation, decide
from checkin.model import (
    AdmitResult,
    Attendee,
    CheckIn,
    Direction,
    Event,
    Method,
    Outcome,
    Session,
    utcnow,
)
from checkin.store import Store

log = logging.getLogger(__name__)


class ReceptionError(LookupError):
    """What the door was asked about is not in this station's database: catch this (or one
    of its two kinds) rather than ``LookupError``, which a bug raises too."""


class NotABadge(ReceptionError):
    """The code is an interpretation receiver's label (:mod:`checkin.receiver_codes`), not a
    badge: it never admits anyone and is not counted as an unknown badge."""


class UnknownSession(ReceptionError):
    """The session asked for does not exist in this station's list."""


class NoEvent(ReceptionError):
    """The database holds no event yet: import a list or pull from a server first."""


class Reception:
    def __init__(
        self, store: Store, *, clock: Callable[[], datetime] = utcnow, gate: int | None = None
    ):
        self.store = store
        self.clock = clock
        self.gate = gate  # this door's pretix gate, for pretix's rules on ``gate``
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
        """Decide on a code as read from a badge, and record the check-in if admitted.

        A receiver's label raises :class:`NotABadge` before anything is looked up or
        recorded: the caller lends or takes back the receiver instead
        (:mod:`checkin.receivers`)."""
        session = self.session(session_id)
        if receiver_codes.is_label(code):
            raise NotABadge(f"This is the label of interpretation receiver "
                            f"{receiver_codes.read_label(code)}, not a badge.")
        parsed, attendee = self.badge_holder(code)
        shown = tokens.shorten_for_log(code or "")
        if parsed.kind is tokens.CodeKind.GARBAGE:
            log.warning("unreadable badge code refused: %s", shown)
            return AdmitResult(Outcome.UNKNOWN, session, code=shown)
        if attendee is None:
            if parsed.kind is tokens.CodeKind.OTHER_EVENT:
                log.info("badge of another event (%s): %s", parsed.prefix, shown)
                return AdmitResult(Outcome.OTHER_EVENT, session, code=shown)
            log.info("unknown badge: %s", shown)
            return AdmitResult(Outcome.UNKNOWN, session, code=shown)
        return self._decide(attendee, session, method, direction, override, shown)

    def badge_holder(self, code: str | bytes | None) -> tuple[tokens.ParsedCode, Attendee | None]:
        """The code as read, and whose badge it is (None: nobody here). Nothing is
        recorded: the door's decision is :meth:`admit`; lending a receiver asks this."""
        parsed = tokens.parse(code, self.event.code)
        if parsed.kind is tokens.CodeKind.GARBAGE:
            return parsed, None
        attendee = self.store.attendee_by_token(parsed.value)
        if attendee is None and parsed.kind is tokens.CodeKind.FOREIGN:
            attendee = self.store.attendee_by_token(parsed.value.upper())
        return parsed, attendee

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

    def check(
        self, attendee: Attendee, session: Session, *, direction: Direction = Direction.ENTRY,
        override: bool = False,
    ) -> Decision:
        """The decision for this person now, without recording anything (the attendee panel
        asks it before offering a button)."""
        history = self._history(attendee, session)
        situation = Situation(attendee, session, direction, self.clock(), history, self.event,
                              self.gate, self._inside(attendee, session, direction))
        return decide(situation, override=override)

    def _history(self, attendee: Attendee, session: Session) -> list[CheckIn]:
        """The person's valid check-ins to the session at its doors: attendance online
        (:mod:`checkin.online`) is no entry to the room, and never "already checked in"."""
        return [c for c in self.store.checkins(attendee_id=attendee.id, session_id=session.id,
                                               include_voided=False)
                if c.method is not Method.ONLINE]

    def _inside(self, attendee: Attendee, session: Session, direction: Direction) -> int | None:
        """People in the room now but this one, when the session has a capacity to keep and
        the room may be full (None: fewer entries than seats, so it cannot be; counting who
        is inside sorts every check-in of the session, too much for every scan)."""
        if direction is not Direction.ENTRY or not session.capacity:
            return None
        if not self.store.entries_reach(session.id, session.capacity, but=attendee.id):
            return None
        return self.store.inside_count(session.id, but=attendee.id)

    def _decide(
        self,
        attendee: Attendee,
        session: Session,
        method: Method,
        direction: Direction,
        override: bool,
        shown: str,
    ) -> AdmitResult:
        with self.store.transaction():
            # read and written in one transaction: two desks admitting the same person at
            # once see each other's entry
            history = self._history(attendee, session)
            now = self.clock()
            situation = Situation(attendee, session, direction, now, history, self.event,
                                  self.gate, self._inside(attendee, session, direction))
            decision = decide(situation, override=override)
            refusal = decision.refusal
            if refusal is not None:
                return AdmitResult(
                    refusal.outcome, session, attendee, reason=refusal.reason,
                    override_allowed=refusal.overridable, code=shown, detail=refusal.detail,
                    first=situation.first_entry,
                )
            checkin = CheckIn(
                uuid=str(uuidlib.uuid4()),
                attendee_id=attendee.id,
                session_id=session.id,
                station_id=self.store.station_id,
                at=now,
                method=method,
                direction=direction,
                override=bool(decision.overridden),
            )
            self.store.record_checkin(checkin)
        if decision.overridden:
            log.info("override recorded for %s into %s (%s)", attendee.id, session.id,
                     ", ".join(r.outcome.value for r in decision.overridden))
        first = situation.first_entry
        if direction is Direction.EXIT:
            outcome = Outcome.EXIT
        elif first is not None:
            outcome = Outcome.REENTRY
        else:
            outcome = Outcome.ACCEPTED
        return AdmitResult(outcome, session, attendee, checkin=checkin, first=first, code=shown)

    # --- undo -----------------------------------------------------------------------------

    def undo(self, checkin_uuid: str) -> CheckIn | None:
        """Void a check-in (an event of its own; the row stays). Returns it, now voided."""
        existing = self.store.checkin(checkin_uuid)
        if existing is None or existing.voided:
            return existing  # undone twice: one voiding event is enough
        self.store.void_checkin(checkin_uuid, at=self.clock())
        return self.store.checkin(checkin_uuid)
