"""The sync engine: one :meth:`SyncEngine.cycle` pulls, merges and pushes.

No Qt here. The window runs ``cycle()`` on a worker thread (the store gives that thread its
own connection), so scanning never waits for the network; the command line runs it once.

One cycle:

1. **Pull** since the cursor kept in the store's ``sync_state`` (page after page while the
   backend says there is more). Each page is merged in one transaction together with its
   cursor, so a cycle cut short resumes where it stopped and never skips a record.
2. **Merge** through :func:`checkin.sync.merge.merge`, by its one conflict policy: check-ins
   and voids are a union, the event and sessions are the source's, an attendee's incoming
   version wins unless it is older or this station holds an unpushed edit of that person
   (which goes out on the next push and becomes the last write). A pulled attendee whose
   badge token another person holds here is left out and recorded in ``sync_rejections``.
3. **Push** the outbox oldest first in batches; each item's idempotency key is its UUID (or
   the attendee's id), so a retry after a lost answer is answered "duplicate" and nothing
   doubles. Settled items are marked pushed; refused ones are recorded in ``sync_rejections``.

After a failure the next cycle waits (exponential back-off with jitter; ``next_attempt_in``);
``cycle(force=True)`` ignores the wait. :meth:`status` is a frozen :class:`SyncStatus`, safe to
read from any thread.

In the window::

    engine = checkin.sync.config.make_engine(store)    # DISABLED when no source is set
    # on a worker thread, on a timer, when engine.next_attempt_in() == 0
    # ("Sync now": cycle(force=True)):
    report = engine.cycle()
    # back on the UI thread:
    if report.structure_changed:
        reception.refresh()          # it caches the event and the sessions
    if report.attendees_changed:
        ...                          # refresh what shows attendees
    show(engine.status(fresh=True))  # state, reason, pending, last success, clock skew
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from checkin.model import Station, from_iso, to_iso, utcnow
from checkin.store import Store, StoreError
from checkin.sync.base import (
    Backend,
    CycleReport,
    ItemKind,
    ItemOutcome,
    ItemResult,
    Offline,
    PullResult,
    PushBatch,
    PushItem,
    SyncError,
    SyncState,
    SyncStatus,
)
from checkin.sync.merge import Changes, Policy, changed_stations, merge

log = logging.getLogger(__name__)

LAST_SUCCESS_KEY = "last_success"
# How many check-ins the hub keeps aside (checkin.hub.quarantine), as its last page said:
# the dashboard shows it.
HUB_QUARANTINED_KEY = "hub_quarantined"
HEARTBEAT = timedelta(seconds=60)  # how stale a "last seen" / "last success" on disk may be
MAX_PAGES = 100_000  # a runaway backend that always says "more" cannot loop forever


@dataclass
class _Counts:
    """Mutable tallies while a cycle runs; frozen into the CycleReport at the end."""

    event: bool = False
    sessions: int = 0
    attendees: int = 0
    checkins: int = 0
    voids: int = 0
    stations: int = 0
    receivers: int = 0
    loans: int = 0
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0


class SyncEngine:
    def __init__(
        self,
        store: Store,
        backend: Backend | None,
        *,
        cursor_key: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        batch_size: int = 500,
        base_delay: float = 5.0,
        max_delay: float = 300.0,
    ):
        self.store = store
        self.backend = backend
        self.cursor_key = cursor_key or f"cursor:{backend.name if backend else 'none'}"
        self.clock = clock
        self.rng = rng or random.Random()
        self.batch_size = batch_size
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.failures = 0
        self._next_attempt: datetime | None = None
        self._cycle_lock = threading.Lock()
        self._lock = threading.Lock()
        last = from_iso(store.get_state(LAST_SUCCESS_KEY))
        self._persisted = last
        state = SyncState.DISABLED if backend is None else SyncState.OFFLINE
        reason = "No sync source is configured." if backend is None else "Not synced yet."
        if backend is not None and last is not None:
            reason = ""
        self._status = SyncStatus(
            state,
            reason,
            pending=store.pending_count(),
            last_success=last,
            source=backend.name if backend else "",
            rejected=self._rejected_count(),
        )

    # --- status ----------------------------------------------------------------------------

    def status(self, *, fresh: bool = False) -> SyncStatus:
        """The last status; ``fresh=True`` recounts the outbox (from the calling thread)."""
        with self._lock:
            status = self._status
        if fresh:
            status = replace(status, pending=self.store.pending_count())
        return status

    def next_attempt_in(self) -> float:
        """Seconds until the next cycle is due (0 when due now)."""
        with self._lock:
            moment = self._next_attempt
        if moment is None:
            return 0.0
        return max(0.0, (moment - self.clock()).total_seconds())

    def _set(self, **changes) -> SyncStatus:
        with self._lock:
            self._status = replace(self._status, **changes)
            return self._status

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()

    @property
    def _source(self) -> Backend:
        """The backend a cycle talks to (a cycle runs only with one: see :meth:`cycle`)."""
        if self.backend is None:
            raise RuntimeError("no sync source is configured")
        return self.backend

    # --- one cycle -------------------------------------------------------------------------

    def cycle(self, *, force: bool = False) -> CycleReport:
        """Pull, merge, push. Never raises for network or source trouble: the report and
        the status say what happened. Store failures (disk full…) come out the same way."""
        if self.backend is None:
            status = self._set(
                state=SyncState.DISABLED,
                reason="No sync source is configured.",
                pending=self.store.pending_count(),
            )
            return CycleReport(status, skipped=True)
        if not force and self.next_attempt_in() > 0:
            return CycleReport(self.status(), skipped=True)
        if not self._cycle_lock.acquire(blocking=False):
            return CycleReport(self.status(), skipped=True)  # one is already running
        try:
            return self._run()
        finally:
            self._cycle_lock.release()

    def _run(self) -> CycleReport:
        started = self.clock()
        self._set(state=SyncState.SYNCING, last_attempt=started)
        counts = _Counts()
        error: SyncError | None = None
        try:
            self._pull(counts)
            self._push(counts)
        except SyncError as failure:
            error = failure
        except StoreError as failure:
            error = SyncError(str(failure))
        except BaseException:
            # A bug: say so on the status line rather than "syncing" forever, then let it
            # reach the application's crash handler.
            self._set(state=SyncState.ERROR, reason="Sync stopped on an unexpected error.")
            raise
        pending = self._safe_pending()
        if error is None:
            self.failures = 0
            with self._lock:
                self._next_attempt = None
            now = self.clock()
            # Kept on disk for the next start; once a minute is enough (each write is an
            # fsync, and an idle cycle should cost next to nothing).
            if self._persisted is None or now - self._persisted > HEARTBEAT:
                try:
                    self.store.set_state(LAST_SUCCESS_KEY, to_iso(now))
                    self._persisted = now
                except StoreError as failure:
                    log.warning("cannot record the last sync time: %s", failure)
            status = self._set(
                state=SyncState.ONLINE,
                reason="",
                pending=pending,
                last_success=now,
                next_attempt=None,
                rejected=self._rejected_count(),
            )
        else:
            self.failures += 1
            delay = self._backoff()
            next_attempt = self.clock() + timedelta(seconds=delay)
            with self._lock:
                self._next_attempt = next_attempt
            state = SyncState.OFFLINE if isinstance(error, Offline) else SyncState.ERROR
            reason = error.reason
            log.info("sync failed (%s), next try in %.0f s", reason, delay)
            status = self._set(
                state=state, reason=reason, pending=pending, next_attempt=next_attempt
            )
        return CycleReport(
            status,
            pulled_event=counts.event,
            pulled_sessions=counts.sessions,
            pulled_attendees=counts.attendees,
            pulled_checkins=counts.checkins,
            pulled_voids=counts.voids,
            pulled_stations=counts.stations,
            pulled_receivers=counts.receivers,
            pulled_loans=counts.loans,
            pushed=counts.pushed,
            duplicates=counts.duplicates,
            rejected=counts.rejected,
            error=error,
        )

    def _backoff(self) -> float:
        """Exponential, capped, with jitter: half the delay fixed, half random, so that six
        stations that lost the hub together do not all come back in the same second."""
        delay = min(self.max_delay, self.base_delay * 2 ** min(self.failures - 1, 30))
        return delay / 2 + self.rng.random() * delay / 2

    def _safe_pending(self) -> int:
        try:
            return self.store.pending_count()
        except StoreError:
            return self._status.pending

    def _rejected_count(self) -> int:
        try:
            return self.store.rejection_count()
        except StoreError:
            return 0

    # --- pull and merge --------------------------------------------------------------------

    def _pull(self, counts: _Counts) -> None:
        cursor = self.store.get_state(self.cursor_key)
        for _ in range(MAX_PAGES):
            page = self._source.pull(cursor)
            self.merge(page, counts)
            server_time = page.server_time
            if server_time is not None:
                if server_time.tzinfo is None:  # a source that sent a naive time: UTC
                    server_time = server_time.replace(tzinfo=UTC)
                self._set(clock_skew=self.clock() - server_time)
            if not page.more or page.cursor == cursor:
                return
            cursor = page.cursor

    def merge(self, page: PullResult, counts: _Counts | None = None) -> _Counts:
        """Merge one page (:func:`checkin.sync.merge.merge`) and store its cursor, in one
        transaction."""
        counts = counts or _Counts()
        store = self.store
        others = changed_stations(store, page.stations)
        held = None if page.quarantined is None else str(page.quarantined)
        if held == store.get_state(HUB_QUARANTINED_KEY):
            held = None  # unchanged: nothing to write
        if (page.size == 0 and not others and held is None
                and page.cursor == store.get_state(self.cursor_key)):
            return counts  # an idle pull writes nothing (no fsync on an idle station)
        changes = Changes(page.event, page.sessions, page.attendees, page.checkins,
                          page.voids, tuple(others), page.receivers, page.loans)
        with store.transaction():
            report = merge(store, changes, Policy(origin=self._source.name))
            if report.refused:
                store.record_rejections(
                    ((None, r.kind, r.key, f"not taken from {self._source.name}: {r.reason}")
                     for r in report.refused), at=self.clock())
            if page.cursor is not None:
                store.set_state(self.cursor_key, page.cursor)
            if held is not None:
                store.set_state(HUB_QUARANTINED_KEY, held)
        for r in report.refused:
            log.warning("pulled %s %s left out: %s", r.kind, r.key, r.reason)
        counts.event = counts.event or report.event
        counts.sessions += report.sessions
        counts.attendees += report.attendees
        counts.checkins += report.checkins
        counts.voids += report.voids
        counts.stations += report.stations
        counts.receivers += len(report.receiver_ids)
        counts.loans += len(report.loan_uuids)
        return counts

    # --- push ------------------------------------------------------------------------------

    def _push(self, counts: _Counts) -> None:
        store = self.store
        station = store.station(store.station_id) or Station(store.station_id, "")
        after = 0
        while True:
            rows = store.pending_after(after, self.batch_size)
            if not rows:
                return
            after = rows[-1]["id"]
            items, missing = self._items(rows)
            if missing:
                self._settle([row["id"] for row in missing], [
                    (row["id"], row["kind"], row["ref"],
                     "The record no longer exists at this station.")
                    for row in missing
                ])
            if not items:
                continue
            by_key = {(item.kind, item.key): item for item in items}
            done: set[tuple] = set()

            def account(answer: ItemResult, by_key=by_key, done=done,
                        ) -> tuple[list[int], list[tuple]]:
                item = by_key.get((answer.kind, answer.key))
                if item is None or not answer.outcome.settled or (item.kind, item.key) in done:
                    return [], []
                done.add((item.kind, item.key))
                if answer.outcome in (ItemOutcome.ACCEPTED, ItemOutcome.QUARANTINED):
                    counts.pushed += 1
                elif answer.outcome is ItemOutcome.DUPLICATE:
                    counts.duplicates += 1
                else:
                    counts.rejected += 1
                    return [item.outbox_id], [(item.outbox_id, item.kind.value, item.key,
                                               answer.reason or "Refused by the source.")]
                return [item.outbox_id], []

            def settle_now(answer: ItemResult) -> None:
                """One answer as soon as it came (its own transaction)."""
                ids, refused = account(answer)
                if ids:
                    self._settle(ids, refused)

            result = self._source.push(
                PushBatch(station=station, items=tuple(items), pending=store.pending_count(),
                          on_result=settle_now)
            )
            # the answers of a backend that answered the whole batch at once: one transaction
            ids, refused = [], []
            for answer in result.results:
                more_ids, more_refused = account(answer)
                ids += more_ids
                refused += more_refused
            if ids:
                self._settle(ids, refused)

    def _settle(self, outbox_ids: list[int], rejections: list[tuple]) -> None:
        """Mark settled items pushed and record the refused ones, in one transaction."""
        with self.store.transaction():
            self.store.mark_pushed(outbox_ids)
            self.store.record_rejections(rejections, at=self.clock())
        for _outbox_id, kind, ref, reason in rejections:
            log.warning("%s %s refused by %s: %s", kind, ref, self._source.name, reason)

    def _items(self, rows: list[dict]) -> tuple[list[PushItem], list[dict]]:
        """The records the outbox rows point at, loaded in a few queries."""
        refs: dict[str, list[str]] = {"checkin": [], "void": [], "attendee": [],
                                      "session": [], "event": [], "receiver": [], "loan": []}
        for row in rows:
            refs.setdefault(row["kind"], []).append(row["ref"])
        checkins = {c.uuid: c for c in self.store.checkins_by_uuid(refs["checkin"])}
        voids = {v.uuid: v for v in self.store.voids(refs["void"])}
        people_ids = set(refs["attendee"]) | {c.attendee_id for c in checkins.values()}
        people = {a.id: a for a in self.store.attendees(sorted(people_ids))}
        sessions = {s.id: s for s in self.store.sessions(removed=True)} if refs["session"] else {}
        event = self.store.event() if refs["event"] else None
        receivers = {r.id: r for r in self.store.receivers(refs["receiver"])} \
            if refs["receiver"] else {}
        loans = {e.uuid: e for e in self.store.loan_events(uuids=refs["loan"])} \
            if refs["loan"] else {}
        items: list[PushItem] = []
        missing: list[dict] = []
        for row in rows:
            kind, ref = row["kind"], row["ref"]
            if kind == "checkin" and ref in checkins:
                c = checkins[ref]
                items.append(PushItem(row["id"], ItemKind.CHECKIN, ref, checkin=c,
                                      attendee=people.get(c.attendee_id)))
            elif kind == "void" and ref in voids:
                items.append(PushItem(row["id"], ItemKind.VOID, ref, void=voids[ref]))
            elif kind == "attendee" and ref in people:
                items.append(PushItem(row["id"], ItemKind.ATTENDEE, ref, attendee=people[ref]))
            elif kind == "session" and ref in sessions:
                items.append(PushItem(row["id"], ItemKind.SESSION, ref, session=sessions[ref]))
            elif kind == "event" and event is not None and event.id == ref:
                items.append(PushItem(row["id"], ItemKind.EVENT, ref, event=event))
            elif kind == "receiver" and ref in receivers:
                items.append(PushItem(row["id"], ItemKind.RECEIVER, ref,
                                      receiver=receivers[ref]))
            elif kind == "loan" and ref in loans:
                items.append(PushItem(row["id"], ItemKind.LOAN, ref, loan=loans[ref]))
            else:
                missing.append(row)
        return items, missing

