"""Who is in the room now: occupancy against capacity, from entries and exits.

A person is *inside* a session's room when their latest valid (not undone) check-in to that
session is an entry. Check-ins are append-only events merged as a union across stations, so
after a sync every station counts the same people, whichever door they used.

Offline doors cannot see each other's entries, so together they may let in more people than
the room holds. :func:`occupancy` replays every check-in it knows in time order and reports
the *peak* and by how much it went past capacity (``overshoot``): what the dashboard says,
"from what it knows" (a station that has not synced yet is not in the figure).

When a session ends, :func:`check_out_everyone` records an exit for everyone still inside, as
pretix's auto-checkout does, so that the next session in the room starts from zero.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime

from checkin.model import CheckIn, Direction, Method, Session
from checkin.store import Store

WARN_RATIO = 0.9  # the door turns amber from 90 % of capacity


@dataclass(frozen=True)
class Occupancy:
    session: Session
    inside: int  # people in the room now
    entries: int  # valid entry check-ins
    exits: int  # valid exit check-ins
    peak: int  # the most people inside at once, replaying what this station knows

    @property
    def capacity(self) -> int | None:
        return self.session.capacity or None

    @property
    def ratio(self) -> float | None:
        return self.inside / self.capacity if self.capacity else None

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.inside >= self.capacity

    @property
    def level(self) -> str:
        """"full" at 100 %, "warning" from 90 %, else "ok" (and "ok" with no capacity)."""
        if self.capacity is None:
            return "ok"
        if self.inside >= self.capacity:
            return "full"
        if self.inside >= WARN_RATIO * self.capacity:
            return "warning"
        return "ok"

    @property
    def overshoot(self) -> int:
        """How many people past capacity the room held at its peak (0 when it never did)."""
        return max(0, self.peak - self.capacity) if self.capacity else 0


def _events(store: Store, session_id: str) -> list[dict]:
    return store.movements(session_id)


def people_inside(store: Store, session_id: str) -> list[str]:
    """Ids of the people whose latest valid check-in to the session is an entry."""
    last: dict[str, str] = {}
    for row in _events(store, session_id):
        last[row["attendee_id"]] = row["direction"] or Direction.ENTRY
    return sorted(a for a, d in last.items() if d == Direction.ENTRY)


def inside_count(store: Store, session_id: str) -> int:
    return len(people_inside(store, session_id))


def occupancy(store: Store, session: Session) -> Occupancy:
    inside: set[str] = set()
    entries = exits = peak = 0
    for row in _events(store, session.id):
        if (row["direction"] or Direction.ENTRY) == Direction.ENTRY:
            entries += 1
            inside.add(row["attendee_id"])
            peak = max(peak, len(inside))
        else:
            exits += 1
            inside.discard(row["attendee_id"])
    return Occupancy(session, len(inside), entries, exits, peak)


def occupancies(store: Store) -> list[Occupancy]:
    return [occupancy(store, s) for s in store.sessions()]


def check_out_everyone(store: Store, session: Session, at: datetime) -> list[CheckIn]:
    """Record an exit at ``at`` for everyone still inside ``session`` (pretix's
    auto-checkout); the exits are ordinary check-ins, pushed like any other. Returns them."""
    made: list[CheckIn] = []
    with store.transaction():
        for attendee_id in people_inside(store, session.id):
            checkin = CheckIn(
                uuid=str(uuidlib.uuid4()),
                attendee_id=attendee_id,
                session_id=session.id,
                station_id=store.station_id,
                at=at,
                method=Method.AUTO,
                direction=Direction.EXIT,
            )
            store.record_checkin(checkin)
            made.append(checkin)
    return made


def ended_sessions_with_people(store: Store, now: datetime) -> list[Session]:
    """Sessions that have ended and still have someone inside."""
    ids = store.sessions_entered()
    return [s for s in store.sessions() if s.id in ids and s.ends_at <= now
            and inside_count(store, s.id)]

