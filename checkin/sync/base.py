"""The one interface every sync backend implements, and the typed records it speaks.

A backend is a small adapter between the station's store and one source of truth: the venue
hub (:mod:`checkin.sync.hub_client`), pretix (:mod:`checkin.sync.pretix`), … It never touches
the store itself: the engine (:mod:`checkin.sync.engine`) asks it for what changed and hands it
what to push, so that merging, cursors, the outbox, back-off and status live in one place.

The contract
------------

``name``
    A short label for logs, the status line and the ``origin`` recorded on attendees and
    sessions the backend delivers (e.g. ``"hub"``, ``"pretix"``).

``pull(cursor) -> PullResult``
    What changed since ``cursor`` (``None`` the first time: everything). ``cursor`` is an
    opaque string the backend made in a previous :class:`PullResult`; the engine stores it in
    the store's ``sync_state`` only after the page has been merged, so a pull that fails half
    way is simply asked again. A backend may paginate: it sets ``more=True`` and the engine
    calls ``pull(result.cursor)`` again within the same cycle. Records may repeat across pulls
    (merging is idempotent); they must never be skipped. ``event`` is ``None`` when it did not
    change.

``push(batch) -> PushResult``
    Send a batch of outbox items (check-ins, voids, attendee edits and walk-ins, programme
    and event changes, oldest first).
    Each item has an idempotency ``key`` (the check-in's UUID, the void's UUID, the attendee's
    id): pushing the same item twice must never double it at the other end. The answer holds
    one :class:`ItemResult` per item: ``ACCEPTED`` (new there), ``DUPLICATE`` (it was already
    there: a retry after a lost answer), both of which the engine marks pushed; ``REJECTED``
    (will never be accepted: the engine marks it pushed too and records the reason, so that one
    bad item cannot block the queue forever); ``RETRY`` (not now, keep it queued). An item the
    answer does not mention stays queued.

``close()``
    Release connections.

Failures are exceptions, all subclasses of :class:`SyncError`, each carrying ``reason``: one
sentence a volunteer can read on the status line. :class:`Offline` (cannot reach it, timed
out, connection dropped), :class:`AuthError` (token wrong or revoked: retrying will not help),
:class:`ServerError` (it answered 5xx), :class:`ProtocolError` (it answered something we cannot
understand: invalid JSON, a truncated page, a missing field). A backend raises nothing else
for network trouble; anything else is a bug.

Each kind of source is registered in :data:`checkin.sync.sources.SOURCES`: its options,
whether it needs a token, and the factory that makes its backend (the pretix one calls
``checkin.sync.pretix.create(config, token, *, store)``, the store only to be read, e.g. to
recognise its own check-ins coming back).

The status
----------

:class:`SyncStatus` is what the window shows: a :class:`SyncState`, a reason in words, the
number of outbox items still to push, the last success and the last attempt. It is a frozen
value the engine replaces after every step; reading it from another thread is safe.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from checkin.model import (  # noqa: F401 (Void: records the backends speak)
    Attendee,
    CheckIn,
    Event,
    LoanEvent,
    Receiver,
    Session,
    Station,
    Void,
)

# --- errors ---------------------------------------------------------------------------------


class SyncError(Exception):
    """A sync failure a person can read: ``reason`` is one sentence."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Offline(SyncError):
    """The source cannot be reached now (no network, refused, timed out, dropped)."""


class AuthError(SyncError):
    """The source refused our credentials (wrong or revoked token). Retrying will not help
    until someone gives the station a new token."""


class ServerError(SyncError):
    """The source answered with a server error (HTTP 5xx)."""


class ProtocolError(SyncError):
    """The source answered something we cannot understand (invalid JSON, a truncated page,
    a missing field, an unexpected status)."""


# --- pulled records -------------------------------------------------------------------------


@dataclass(frozen=True)
class PullResult:
    """One page of changes. Tuples, so the whole result is immutable."""

    cursor: str | None  # where the next pull starts; stored once this page is merged
    more: bool = False  # another page is waiting: pull(cursor) again now
    event: Event | None = None
    sessions: tuple[Session, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    voids: tuple[Void, ...] = ()
    stations: tuple[Station, ...] = ()
    server_time: datetime | None = None  # the source's clock, to tell a skewed station
    quarantined: int | None = None  # check-ins the hub keeps aside (None: not a hub)
    receivers: tuple[Receiver, ...] = ()  # interpretation receivers
    loans: tuple[LoanEvent, ...] = ()  # receivers lent and taken back

    @property
    def size(self) -> int:
        return (
            (1 if self.event else 0)
            + len(self.sessions)
            + len(self.attendees)
            + len(self.checkins)
            + len(self.voids)
            + len(self.receivers)
            + len(self.loans)
        )


# --- pushed records -------------------------------------------------------------------------


class ItemKind(str, enum.Enum):
    CHECKIN = "checkin"
    VOID = "void"
    ATTENDEE = "attendee"  # a walk-in or an edit made at this station
    SESSION = "session"  # the programme changed here (an organiser's station)
    EVENT = "event"  # the event's fields edited here
    RECEIVER = "receiver"  # an interpretation receiver numbered, imported or changed here
    LOAN = "loan"  # a receiver lent or taken back here


@dataclass(frozen=True)
class PushItem:
    """One outbox row with the record it points at (one of them is set)."""

    outbox_id: int
    kind: ItemKind
    key: str  # the idempotency key: check-in UUID, void UUID, attendee id
    checkin: CheckIn | None = None
    void: Void | None = None
    attendee: Attendee | None = None  # for ATTENDEE; for CHECKIN, the person (token, ids)
    session: Session | None = None  # for SESSION (a removed one has ``removed`` set)
    event: Event | None = None  # for EVENT
    receiver: Receiver | None = None  # for RECEIVER
    loan: LoanEvent | None = None  # for LOAN


@dataclass(frozen=True)
class PushBatch:
    station: Station  # this station (id and name)
    items: tuple[PushItem, ...]
    pending: int = 0  # how many items wait in the outbox, this batch included
    # Called with each ItemResult as soon as the source answered it, so that the engine
    # settles it at once: a connection cut in the middle of a batch loses nothing answered.
    # A backend that pushes item by item calls it; one that pushes the batch at once may not.
    on_result: Callable[[ItemResult], None] | None = field(default=None, compare=False)


class ItemOutcome(str, enum.Enum):
    ACCEPTED = "accepted"  # new at the other end
    DUPLICATE = "duplicate"  # already there (a retry): fine, it is pushed
    REJECTED = "rejected"  # will never be accepted; reason says why
    QUARANTINED = "quarantined"  # held aside at the other end until the person or session
    #                              it names arrives there; it is pushed, nothing to resend
    RETRY = "retry"  # not now; keep it queued

    @property
    def settled(self) -> bool:
        return self is not ItemOutcome.RETRY


@dataclass(frozen=True)
class ItemResult:
    kind: ItemKind
    key: str
    outcome: ItemOutcome
    reason: str = ""


@dataclass(frozen=True)
class PushResult:
    results: tuple[ItemResult, ...] = ()

    def count(self, outcome: ItemOutcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)


# --- the interface --------------------------------------------------------------------------


@runtime_checkable
class Backend(Protocol):
    """See the module docstring for the contract."""

    name: str

    def pull(self, cursor: str | None) -> PullResult: ...

    def push(self, batch: PushBatch) -> PushResult: ...

    def close(self) -> None: ...


# --- configuration --------------------------------------------------------------------------


class SourceKind(str, enum.Enum):
    """The kinds of source; each one's options, token and backend are in the registry,
    :data:`checkin.sync.sources.SOURCES` (with :class:`~checkin.sync.sources.SourceConfig`)."""

    NONE = "none"
    HUB = "hub"
    PRETIX = "pretix"
    FILES = "files"  # a folder or USB stick


# --- status ---------------------------------------------------------------------------------


class SyncState(enum.Enum):
    DISABLED = "disabled"  # no source configured
    SYNCING = "syncing"  # a cycle is running
    ONLINE = "online"  # the last cycle succeeded
    OFFLINE = "offline"  # the source cannot be reached; it will be retried
    ERROR = "error"  # the source refused or answered nonsense; reason says what


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    reason: str = ""  # in words, for the status line; empty when all is well
    pending: int = 0  # outbox items not yet pushed
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    next_attempt: datetime | None = None  # after a failure: when the engine tries again
    source: str = ""  # the backend's name
    clock_skew: timedelta | None = None  # this station's clock minus the source's
    rejected: int = 0  # items the source refused for good (see the sync_rejections table)

    @property
    def ok(self) -> bool:
        return self.state in (SyncState.ONLINE, SyncState.SYNCING)


@dataclass(frozen=True)
class CycleReport:
    """What one :meth:`~checkin.sync.engine.SyncEngine.cycle` did."""

    status: SyncStatus
    skipped: bool = False  # backing off, or no source: nothing was attempted
    pulled_event: bool = False
    pulled_sessions: int = 0
    pulled_attendees: int = 0
    pulled_checkins: int = 0  # new here
    pulled_voids: int = 0  # new here
    pulled_stations: int = 0
    pulled_receivers: int = 0  # receivers new or changed here
    pulled_loans: int = 0  # loan events new here
    pushed: int = 0  # accepted at the other end
    duplicates: int = 0  # already there (a retry)
    rejected: int = 0
    error: SyncError | None = field(default=None, compare=False)

    @property
    def attendees_changed(self) -> bool:
        """Attendees arrived: a search index built over them must be rebuilt."""
        return self.pulled_attendees > 0

    @property
    def structure_changed(self) -> bool:
        """The event or sessions changed: the window must call ``reception.refresh()``."""
        return self.pulled_event or self.pulled_sessions > 0
