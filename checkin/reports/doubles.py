"""Double entries: one person admitted more than once to a session that does not allow
re-entry — what happens when two doors admit the same badge while both are offline, and
which only shows once their check-ins meet (at the hub, or through a bundle).

Both check-ins are kept (they are facts); this is the list the dashboard and the exports show
so that someone can look into it (a shared badge, a volunteer who scanned twice…).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from checkin.model import Attendee, CheckIn, Direction, Method, Session
from checkin.store import Store


@dataclass(frozen=True)
class DoubleEntry:
    attendee_id: str
    session_id: str
    checkins: tuple[CheckIn, ...]  # the valid entries, oldest first (station names filled)
    attendee: Attendee | None = None
    session: Session | None = None

    @property
    def stations(self) -> tuple[str, ...]:
        """The doors involved, in order of first use (names, or ids where no name)."""
        seen: list[str] = []
        for c in self.checkins:
            name = c.station_name or c.station_id
            if name not in seen:
                seen.append(name)
        return tuple(seen)

    @property
    def spread(self) -> timedelta:
        """Time between the first and the last entry (as the stations' clocks said)."""
        return self.checkins[-1].at - self.checkins[0].at


def double_entries(store: Store, session_id: str | None = None) -> list[DoubleEntry]:
    """Every double entry, or those of one session; ordered by the first entry's time."""
    sql = (
        "select c.attendee_id, c.session_id from checkins c"
        " join sessions s on s.id = c.session_id"
        " where c.voided = 0 and c.direction = 'entry' and s.allow_multiple_entries = 0"
        " and c.method != 'online'"  # online attendance is not a door's entry
    )
    params: list = []
    if session_id:
        sql += " and c.session_id = ?"
        params.append(session_id)
    sql += " group by c.attendee_id, c.session_id having count(*) > 1"
    pairs = store.query(sql, params)
    people = {a.id: a for a in store.attendees(sorted({p["attendee_id"] for p in pairs}))}
    sessions = {s.id: s for s in store.sessions()}
    found = []
    for pair in pairs:
        entries = tuple(store.entries(pair["attendee_id"], pair["session_id"]))
        entries = tuple(c for c in entries
                        if c.direction is Direction.ENTRY and c.method is not Method.ONLINE)
        if len(entries) < 2:
            continue
        found.append(
            DoubleEntry(
                pair["attendee_id"],
                pair["session_id"],
                entries,
                people.get(pair["attendee_id"]),
                sessions.get(pair["session_id"]),
            )
        )
    found.sort(key=lambda d: (d.checkins[0].at, d.attendee_id, d.session_id))
    return found
