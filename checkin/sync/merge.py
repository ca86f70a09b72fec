"""The one merge: records pulled from a source, read from a bundle or pushed to the hub, taken
into a store by :func:`merge`, with one conflict policy.

The conflict policy
-------------------

- **Check-ins and voids** are append-only events with client-made UUIDs: merging is a union.
  One already here changes nothing; a void whose check-in has not arrived yet is kept, and
  the check-in is voided when it comes.
- **The event and the sessions** are the organisers': the incoming version replaces the one
  here, unless this place holds a change of it not yet pushed (rule 1 below).
- **Attendees**: the incoming version wins, except
    1. when this place holds an edit of that person not yet pushed (an outbox row): that
       edit is kept, goes out on the next push and becomes the latest version there;
    2. when the incoming version is older than the one here (both carry ``updated_at`` and
       the incoming one is earlier): a stale bundle or a late push never undoes a newer
       version.
  An incoming version equal to the one here (``origin`` aside) is no change. One whose
  badge token another person holds here is left out and reported in
  :attr:`MergeReport.refused`: one such record must not stop everything else.
- **Stations** (names, last seen, pending counts): the incoming one is taken when it is new
  or changed, this station's own row never.
- **Interpretation receivers** (:mod:`checkin.receivers`) as attendees: the incoming version,
  unless one made here is not pushed yet or the incoming one is older. **Their loans** (lent,
  taken back) are events with client-made UUIDs, like check-ins: a union.

:class:`Policy` says who is merging: the ``origin`` recorded on attendees and sessions taken,
and whether what was new must be queued for this station's next push (``forward``: a bundle
merged on a station that is online passes it on to the hub).

Used by the sync engine (:mod:`checkin.sync.engine`), the bundles and the files backend
(:mod:`checkin.sync.files`) and the hub (:mod:`checkin.hub.feed`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta

from checkin.model import (
    Attendee,
    CheckIn,
    Event,
    LoanEvent,
    Receiver,
    Session,
    Station,
    Void,
    utcnow,
)
from checkin.store import Store
from checkin.sync import wire

HEARTBEAT = timedelta(seconds=60)  # a station's "last seen" moving less than this is no change
TOKEN_CLASH = "its badge token is already attendee {owner}'s here"


@dataclass(frozen=True)
class Changes:
    """What arrived: any of the records, in any number (a pulled page, a bundle, a push)."""

    event: Event | None = None
    sessions: tuple[Session, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    voids: tuple[Void, ...] = ()
    stations: tuple[Station, ...] = ()
    receivers: tuple[Receiver, ...] = ()
    loans: tuple[LoanEvent, ...] = ()

    @property
    def size(self) -> int:
        return ((1 if self.event else 0) + len(self.sessions) + len(self.attendees)
                + len(self.checkins) + len(self.voids) + len(self.receivers) + len(self.loans))


@dataclass(frozen=True)
class Policy:
    """Who merges. ``origin``: recorded on the attendees and sessions taken (the source's
    name, the pushing station's); ``claim_origin``: it replaces the origin an attendee
    carries (the hub names the station that sent it) instead of filling in a blank one;
    ``forward``: queue what was new for this station's next push."""

    origin: str = ""
    claim_origin: bool = False
    forward: bool = False


@dataclass(frozen=True)
class Refusal:
    kind: str  # "attendee"
    key: str  # its id
    reason: str


@dataclass(frozen=True)
class MergeReport:
    """What a merge changed, with the keys, so that each caller answers in its own terms (the
    engine's counts, the hub's outcome per pushed item, a bundle's summary)."""

    event: bool = False  # the event changed
    sessions: int = 0
    stations: int = 0
    checkins_seen: int = 0
    attendee_ids: tuple[str, ...] = ()  # taken: new here, or changed
    kept_ids: tuple[str, ...] = ()  # the version here was kept (rule 1 or 2)
    checkin_uuids: tuple[str, ...] = ()  # new here
    void_uuids: tuple[str, ...] = ()  # new here
    refused: tuple[Refusal, ...] = field(default=())
    receiver_ids: tuple[str, ...] = ()  # taken: new here, or changed
    loan_uuids: tuple[str, ...] = ()  # new here

    @property
    def attendees(self) -> int:
        return len(self.attendee_ids)

    @property
    def checkins(self) -> int:
        return len(self.checkin_uuids)

    @property
    def voids(self) -> int:
        return len(self.void_uuids)

    def as_dict(self) -> dict:
        """The summary ``checkin bundle merge`` prints and the hub's ``/bundle`` answers."""
        return {"checkins": self.checkins, "voids": self.voids, "attendees": self.attendees,
                "stations": self.stations, "checkins_seen": self.checkins_seen}


def merge(store: Store, changes: Changes, policy: Policy = Policy()) -> MergeReport:
    """Take ``changes`` into ``store`` in one transaction, by the conflict policy above."""
    with store.transaction():
        held = store.unpushed("session", "event") if changes.event or changes.sessions else set()
        event = (changes.event is not None and ("event", changes.event.id) not in held
                 and _event_differs(changes.event, store.event()))
        if event and changes.event is not None:
            store.save_event(changes.event)
        # a programme change made here and not pushed yet stays (it is the newer one)
        sessions = [s for s in changes.sessions if ("session", s.id) not in held]
        if sessions:
            store.upsert_sessions(sessions, origin=policy.origin)
        taken, kept, refused = _attendees(store, changes.attendees, policy)
        checkins = _checkins(store, changes.checkins)
        voids = tuple(
            v.uuid for v in changes.voids
            if store.void_checkin(v.checkin_uuid, station_id=v.station_id, at=v.at,
                                  void_uuid=v.uuid, outbox=False)
        )
        stations = changed_stations(store, changes.stations)
        if stations:
            store.upsert_stations(stations)
        receivers = _receivers(store, changes.receivers, policy)
        loans = _loans(store, changes.loans)
        if policy.forward:
            store.enqueue([*(("attendee", i) for i in taken), *(("checkin", u) for u in checkins),
                           *(("void", u) for u in voids), *(("receiver", i) for i in receivers),
                           *(("loan", u) for u in loans)])
    return MergeReport(
        event=event, sessions=len(sessions), stations=len(stations),
        checkins_seen=len(changes.checkins), attendee_ids=taken, kept_ids=kept,
        checkin_uuids=checkins, void_uuids=voids, refused=refused, receiver_ids=receivers,
        loan_uuids=loans,
    )


def _receivers(store: Store, receivers: Iterable[Receiver], policy: Policy) -> tuple[str, ...]:
    """Receivers as attendees: the incoming version, unless this place holds a change of it
    not pushed yet, or the incoming one is older; an equal one is no change."""
    latest = {r.id: r for r in receivers}
    if not latest:
        return ()
    here = {r.id: r for r in store.receivers(list(latest))}
    held = {ref for _kind, ref in store.unpushed("receiver")}
    taken = []
    for r in latest.values():
        old = here.get(r.id)
        if r.id in held:
            continue
        if old is not None and (old.note, old.channel) == (r.note, r.channel):
            continue
        if (old is not None and old.updated_at is not None and r.updated_at is not None
                and r.updated_at < old.updated_at):
            continue
        origin = policy.origin if policy.claim_origin or not r.origin else r.origin
        taken.append(replace(r, origin=origin))
    store.upsert_receivers(taken)
    return tuple(r.id for r in taken)


def _loans(store: Store, loans: Iterable[LoanEvent]) -> tuple[str, ...]:
    """Loan events are a union, like check-ins: those not here yet."""
    fresh: dict[str, LoanEvent] = {}
    for e in loans:
        fresh.setdefault(e.uuid, e)
    if not fresh:
        return ()
    here = store.known_loan_events(fresh)
    new = [e for uuid, e in fresh.items() if uuid not in here]
    store.record_loan_events(new, outbox=False)
    return tuple(e.uuid for e in new)


def _attendees(store: Store, people: Iterable[Attendee], policy: Policy):
    latest: dict[str, Attendee] = {}
    for person in people:  # the same person twice in one batch: the later one
        latest[person.id] = person
    if not latest:
        return (), (), ()
    now = utcnow()
    incoming = []
    for a in latest.values():
        origin = policy.origin if policy.claim_origin or not a.origin else a.origin
        incoming.append(replace(a, origin=origin, updated_at=a.updated_at or now))
    here = {a.id: a for a in store.attendees([a.id for a in incoming])}
    unpushed = store.unpushed_attendees()
    owners = store.token_owners([a.token for a in incoming])
    taken: list[Attendee] = []
    kept: list[str] = []
    refused: list[Refusal] = []
    for a in incoming:
        old = here.get(a.id)
        owner = owners.get(a.token, a.id)
        if owner != a.id:
            refused.append(Refusal("attendee", a.id, TOKEN_CLASH.format(owner=owner)))
        elif old is not None and replace(old, origin="") == replace(a, origin=""):
            continue  # no change
        elif a.id in unpushed or (old is not None and old.updated_at is not None
                                  and a.updated_at is not None
                                  and a.updated_at < old.updated_at):
            kept.append(a.id)
        else:
            taken.append(a)
    if taken:
        store.upsert_attendees(taken)
    return tuple(a.id for a in taken), tuple(kept), tuple(refused)


def _checkins(store: Store, checkins: Iterable[CheckIn]) -> tuple[str, ...]:
    fresh: dict[str, CheckIn] = {}
    for c in checkins:
        fresh.setdefault(c.uuid, c)
    if not fresh:
        return ()
    # One look-up of those already here and one insert call, not one of each per check-in.
    here = store.known_checkins(fresh)
    new = [c for uuid, c in fresh.items() if uuid not in here]
    store.merge_checkins(new)
    return tuple(c.uuid for c in new)


def changed_stations(store: Store, stations: Iterable[Station]) -> list[Station]:
    """Other stations that are new here, or whose name or pending count changed, or last
    seen a while ago: a heartbeat every few seconds need not be a write every few seconds."""
    stations = list(stations)
    if not stations:
        return []
    own = store.get_setting("station_id")  # None on the hub: it is no station
    here = {s.id: s for s in store.stations()}
    changed = []
    for s in stations:
        if s.id == own:
            continue
        old = here.get(s.id)
        if (
            old is None
            or (old.name, old.pending) != (s.name, s.pending)
            or (s.last_seen and (old.last_seen is None
                                 or abs(s.last_seen - old.last_seen) > HEARTBEAT))
        ):
            changed.append(s)
    return changed


def _event_differs(event: Event, here: Event | None) -> bool:
    # the dataclass's equality leaves badge_settings out; a change there must travel too
    return here is None or wire.event_to(event) != wire.event_to(here)


__all__ = ["Changes", "MergeReport", "Policy", "Refusal", "changed_stations", "merge"]
