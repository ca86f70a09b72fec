"""Who came to what: the attendance, loaded from the store in a few queries.

Every report reads one :class:`Attendance`, so a CSV, the XLSX, the funders' sheet and the
certificates made together agree with each other. An *arrival* is a person's first valid
(not undone) entry to a session; later re-entries do not count twice. Times stay aware UTC
here and are turned into the event's local time by whoever prints them.

A person attends a session *on site* (an entry at a door or the desk), *online* (a check-in
with the method "online", from the meeting platform's participants report) or *both*; they
count once per session either way. :func:`checkin.online.presence.presence` is the one place
that splits a session's people so; :meth:`Attendance.presence` gives the same split from the
arrivals, and :attr:`Arrival.attended` says how each person attended each session.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from checkin.model import Attendee, Event, Method, Session, fold, from_iso, utcnow
from checkin.online.presence import Presence
from checkin.online.records import is_online_only
from checkin.reception import NoEvent
from checkin.store import Store, known_errors

ONLINE = Method.ONLINE.value


class Attended(str, enum.Enum):
    """How a person attended a session."""

    ON_SITE = "on-site"
    ONLINE = "online"
    BOTH = "both"  # came in and was online too: counted once, as on site

    @property
    def words(self) -> tuple[str, str]:
        """(French, English), for the exports' cells."""
        return WORDS[self]

    @property
    def label(self) -> str:
        """"Sur place / On site", "En ligne / Online", "Sur place et en ligne / On site and
        online": the bilingual cell of the exports."""
        return " / ".join(self.words)

    @property
    def on_site(self) -> bool:
        return self is not Attended.ONLINE

    @property
    def online(self) -> bool:
        return self is not Attended.ON_SITE

    @classmethod
    def of(cls, on_site: bool, online: bool) -> Attended | None:
        if on_site and online:
            return cls.BOTH
        if on_site:
            return cls.ON_SITE
        return cls.ONLINE if online else None


WORDS: dict[Attended, tuple[str, str]] = {
    Attended.ON_SITE: ("Sur place", "On site"),
    Attended.ONLINE: ("En ligne", "Online"),
    Attended.BOTH: ("Sur place et en ligne", "On site and online"),
}


@dataclass(frozen=True)
class Arrival:
    attendee_id: str
    session_id: str
    at: datetime  # UTC
    local_at: datetime  # naive, the venue's wall clock, to the second
    station_name: str = ""
    method: str = ""
    override: bool = False
    # On site, online, or both; the time, door and method are the first on-site entry's
    # when there is one, else the online check-in's.
    attended: Attended = Attended.ON_SITE

    @property
    def online_only(self) -> bool:
        return self.attended is Attended.ONLINE


@dataclass(frozen=True)
class Attendance:
    event: Event
    sessions: tuple[Session, ...]
    attendees: tuple[Attendee, ...]  # everybody, sorted by last name then first name
    arrivals: dict[tuple[str, str], Arrival] = field(hash=False, compare=False)  # by (attendee, session)
    as_of: datetime | None = None  # UTC, the moment of the figures; None: after the event

    # --- look-ups -------------------------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        """A UTC moment on the venue's wall clock, without its zone (for spreadsheets)."""
        return moment.astimezone(self.event.tz).replace(tzinfo=None, microsecond=0)

    def session(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def session_day(self, session: Session) -> date:
        return session.starts_at.astimezone(self.event.tz).date()

    def days(self) -> list[date]:
        """Days with sessions, in the event's zone."""
        return sorted({self.session_day(s) for s in self.sessions})

    def arrival(self, attendee_id: str, session_id: str) -> Arrival | None:
        return self.arrivals.get((attendee_id, session_id))

    def present(self, session: Session) -> list[tuple[Attendee, Arrival]]:
        """People who arrived at ``session``, alphabetical."""
        out = []
        for person in self.attendees:
            found = self.arrivals.get((person.id, session.id))
            if found is not None:
                out.append((person, found))
        return out

    def present_on(self, day: date) -> list[tuple[Attendee, Arrival]]:
        """People who arrived at any session on ``day`` (local), with their first arrival
        that day, alphabetical: their first on-site arrival when they came in at all that
        day, else their first online attendance."""
        ids = [s.id for s in self.sessions if self.session_day(s) == day]
        out = []
        for person in self.attendees:
            found = [self.arrivals[(person.id, sid)] for sid in ids if (person.id, sid) in self.arrivals]
            if found:
                out.append((person, min(found, key=lambda a: (a.online_only, a.at))))
        return out

    def admits(self, session: Session, person: Attendee) -> bool:
        """Whether ``person`` is expected at ``session`` (the reception's rule). An
        online-only attendee (made from a meeting's report) is expected nowhere: not on a
        sign-in sheet, never a no-show."""
        if person.cancelled or is_online_only(person):
            return False
        if session.registration_required and session.id not in person.workshops:
            return False
        if session.categories and person.category not in session.categories:
            return False
        return True

    def expected(self, session: Session) -> list[Attendee]:
        return [p for p in self.attendees if self.admits(session, p)]

    def started(self, session: Session) -> bool:
        """Whether ``session`` had begun at :attr:`as_of` (always, when it is not known)."""
        return self.as_of is None or session.starts_at <= self.as_of

    def no_shows(self, session: Session) -> list[Attendee]:
        """People expected at ``session`` who did not come; nobody for a session that has not
        started yet (they may still come)."""
        if not self.started(session):
            return []
        return [
            p for p in self.attendees
            if self.admits(session, p) and (p.id, session.id) not in self.arrivals
        ]

    def attended(self, attendee_id: str) -> list[tuple[Session, Arrival]]:
        """The sessions a person attended, in time order."""
        return [
            (s, self.arrivals[(attendee_id, s.id)])
            for s in self.sessions
            if (attendee_id, s.id) in self.arrivals
        ]

    def presence(self, session: Session) -> Presence:
        """Who attended ``session`` on site, online or both, as
        :func:`checkin.online.presence.presence` answers from the store."""
        onsite, online = set(), set()
        for (attendee_id, session_id), arrival in self.arrivals.items():
            if session_id != session.id:
                continue
            if arrival.attended.on_site:
                onsite.add(attendee_id)
            if arrival.attended.online:
                online.add(attendee_id)
        return Presence(session.id, frozenset(onsite), frozenset(online))

    def attended_as(self, attendee_id: str) -> Attended | None:
        """How a person attended the event as a whole: on site only, online only, or some
        sessions (or one) each way; None for someone who attended nothing."""
        found = [a.attended for (aid, _sid), a in self.arrivals.items() if aid == attendee_id]
        return Attended.of(any(p.on_site for p in found), any(p.online for p in found))

    @property
    def any_online(self) -> bool:
        """Whether anybody attended anything online (the sheets and exports say so only then)."""
        return any(a.attended.online for a in self.arrivals.values())

    def people_present(self) -> list[Attendee]:
        """Everybody who attended at least one session."""
        seen = {aid for aid, _ in self.arrivals}
        return [p for p in self.attendees if p.id in seen]


def fetch(store: Store, sql: str, params=()) -> list[tuple]:
    """Rows as plain tuples (several times cheaper than dicts for the big queries); database
    failures come out as the store's own errors."""
    with known_errors(store.path):
        return store.db.execute(sql, params).fetchall()


def person_key(person: Attendee) -> tuple[str, str, str]:
    return (fold(person.last_name), fold(person.first_name), person.id)


def load_attendance(store: Store, now: datetime | None = None) -> Attendance:
    """Read the event, the sessions, the attendees and the first arrivals, as of ``now``
    (UTC; by default the computer's clock; a demo passes its own)."""
    event = store.event()
    if event is None:
        raise NoEvent("No event in this database: import an attendee list first.")
    sessions = tuple(store.sessions())
    people = sorted(store.attendees(), key=person_key)
    # SQLite returns the other columns from the row holding min(at): the first entry's door.
    # With online attendance, once for the on-site entries and once for the online ones: the
    # on-site one is the arrival, the online one says it was both (or is the arrival of
    # someone online only). Without any, one query as before (an event with no online part
    # pays nothing for it).
    select = ("select c.attendee_id, c.session_id, min(c.at) as at, c.method, c.override,"
              " coalesce(s.name, '') as station_name"
              " from checkins c left join stations s on s.id = c.station_id"
              " where c.voided = 0 and c.direction = 'entry'{only}"
              " group by c.attendee_id, c.session_id")
    online = bool(fetch(store, "select 1 from checkins where method = ? limit 1", [ONLINE]))
    batches = ([(fetch(store, select.format(only=" and c.method != ?"), [ONLINE]), False),
                (fetch(store, select.format(only=" and c.method = ?"), [ONLINE]), True)]
               if online else [(fetch(store, select.format(only="")), False)])
    zone = event.tz
    arrivals: dict[tuple[str, str], Arrival] = {}
    for rows, remote in batches:
        how = Attended.ONLINE if remote else Attended.ON_SITE
        for attendee_id, session_id, at, method, override, station_name in rows:
            key = (attendee_id, session_id)
            if remote and key in arrivals:  # on site too: counted once, as on site
                arrivals[key] = replace(arrivals[key], attended=Attended.BOTH)
                continue
            moment = from_iso(at)
            local = moment.astimezone(zone).replace(tzinfo=None, microsecond=0)
            arrivals[key] = Arrival(attendee_id, session_id, moment, local, station_name,
                                    method or "", bool(override), how)
    return Attendance(event, sessions, tuple(people), arrivals, now or utcnow())
