"""The organisers' figures, computed from the store: no Qt, so the dashboard, the command line
and the reports can share them.

An *arrival* is a valid (not undone) entry check-in; a person counts once per session however
often they came back in, and once whether they came on site, online, or both (see
:func:`checkin.online.presence.presence`); the arrivals chart counts the doors only.
Time buckets are cut in the event's time zone, so that "09:15" on the chart is 09:15 on the
wall clock at the venue, whatever the zone's offset.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from checkin import occupancy
from checkin.model import UTC, Event, Session, Station, from_iso, utcnow
from checkin.online.presence import Presence, presence
from checkin.online.records import ONLINE_ONLY_SQL
from checkin.reports.doubles import DoubleEntry, double_entries
from checkin.store import Store

STEP_MINUTES = 15


@dataclass(frozen=True)
class SessionFigures:
    session: Session
    arrived: int
    expected: int
    inside: int = 0  # in the room now: entries and exits of every station synced here
    peak: int = 0  # the most inside at once, from what this station knows
    # how they attended: on site, online (the platform's report), both (in ``arrived`` once)
    on_site: int = 0
    online: int = 0
    both: int = 0

    @property
    def online_only(self) -> int:
        return self.online - self.both

    @property
    def overshoot(self) -> int:
        """How far past capacity the room went (offline doors cannot see each other)."""
        return max(0, self.peak - self.session.capacity) if self.session.capacity else 0

    @property
    def rate(self) -> float | None:
        """Arrived / expected, or None when nobody is expected (no division by zero)."""
        return self.arrived / self.expected if self.expected else None


@dataclass(frozen=True)
class Bucket:
    """Arrivals whose time falls in [start, start + 15 minutes), start in the event's zone."""

    start: datetime
    count: int


@dataclass(frozen=True)
class GroupFigure:
    """One category or country: people registered, and how many have arrived anywhere (or to
    the session asked for)."""

    key: str
    registered: int
    arrived: int


@dataclass(frozen=True)
class StationFigure:
    station: Station
    last_contact: datetime | None
    pending: int
    this_station: bool


@dataclass(frozen=True)
class DashboardFigures:
    computed_at: datetime
    sessions: tuple[SessionFigures, ...]
    arrivals: tuple[Bucket, ...]
    categories: tuple[GroupFigure, ...]
    countries: tuple[GroupFigure, ...]
    stations: tuple[StationFigure, ...]
    total_attendees: int
    total_arrived: int
    # people admitted twice to a session without re-entry (doors offline at once)
    doubles: tuple[DoubleEntry, ...] = ()
    # check-ins the hub keeps aside: they name a person or a session it does not hold
    quarantined: int = 0
    # of total_arrived: present on site, online, and both ways (each person once)
    total_on_site: int = 0
    total_online: int = 0
    total_both: int = 0

    @property
    def any_online(self) -> bool:
        return self.total_online > 0 or any(f.online for f in self.sessions)


def session_figures(store: Store,
                    came_how: dict[str, Presence] | None = None) -> list[SessionFigures]:
    """Per session: people present (on site or online, each once), expected, in the room."""
    came_how = presence(store) if came_how is None else came_how
    figures = []
    for s in store.sessions():
        room = occupancy.occupancy(store, s)
        came = came_how.get(s.id) or Presence(s.id, frozenset(), frozenset())
        figures.append(SessionFigures(s, len(came.everyone), store.expected(s),
                                      room.inside, room.peak, len(came.onsite),
                                      len(came.online), len(came.both)))
    return figures


def arrivals_over_time(
    store: Store, event: Event, session_id: str | None = None, step_minutes: int = STEP_MINUTES
) -> list[Bucket]:
    """First arrivals (one per person and session) in steps of ``step_minutes``, local time,
    with the empty steps between the first and the last filled in (a chart needs them)."""
    sql = (
        "select min(at) as at from checkins where voided = 0 and direction = 'entry'"
        " and method != 'online'"  # people through the doors, not joins to the meeting
        + (" and session_id = ?" if session_id else "")
        + " group by attendee_id, session_id"
    )
    rows = store.query(sql, [session_id] if session_id else [])
    return buckets([from_iso(row["at"]) for row in rows], event, step_minutes)


def buckets(moments: Iterable[datetime], event: Event,
            step_minutes: int = STEP_MINUTES) -> list[Bucket]:
    """Moments counted in steps of ``step_minutes`` of the venue's wall clock, from the first
    step to the last with the empty ones between (a chart needs them). The dashboard's chart
    and the summary's PDF chart both count their arrivals here."""
    counts: dict[datetime, int] = {}
    for moment in moments:
        start = bucket_start(moment, event, step_minutes)
        counts[start] = counts.get(start, 0) + 1
    if not counts:
        return []
    step = timedelta(minutes=step_minutes)
    first, last = min(counts), max(counts)
    found = []
    moment = first
    while moment <= last:
        found.append(Bucket(moment, counts.get(moment, 0)))
        # Step in UTC then back to local: a DST change inside the event stays correct.
        moment = event.local(moment.astimezone(UTC) + step)
    return found


def buckets_by_day(moments: Iterable[datetime], event: Event,
                   step_minutes: int = STEP_MINUTES) -> dict[date, list[Bucket]]:
    """:func:`buckets` for each local day that has any, each from its own first to last."""
    days: dict[date, list[datetime]] = {}
    for moment in moments:
        days.setdefault(event.local(moment).date(), []).append(moment)
    return {day: buckets(days[day], event, step_minutes) for day in sorted(days)}


def bucket_start(moment: datetime, event: Event, step_minutes: int = STEP_MINUTES) -> datetime:
    local = event.local(moment)
    minute = local.minute - local.minute % step_minutes
    return local.replace(minute=minute, second=0, microsecond=0)


def _groups(store: Store, column: str, session_id: str | None) -> list[GroupFigure]:
    # column is one of two constants below, never user input.
    registered = store.query(
        f"select coalesce(nullif(trim({column}), ''), '') as k, count(*) as n from attendees"
        " where status != 'cancelled' group by k"
    )
    arrived_sql = (
        f"select coalesce(nullif(trim(a.{column}), ''), '') as k,"
        " count(distinct a.id) as n from attendees a join checkins c on c.attendee_id = a.id"
        " where c.voided = 0 and c.direction = 'entry'"
        + (" and c.session_id = ?" if session_id else "")
        + " group by k"
    )
    arrived = {r["k"]: r["n"] for r in store.query(arrived_sql, [session_id] if session_id else [])}
    keys = {r["k"]: r["n"] for r in registered}
    for key in arrived:
        keys.setdefault(key, 0)
    figures = [GroupFigure(k, n, arrived.get(k, 0)) for k, n in keys.items()]
    figures.sort(key=lambda g: (-g.arrived, -g.registered, g.key))
    return figures


def by_category(store: Store, session_id: str | None = None) -> list[GroupFigure]:
    return _groups(store, "category", session_id)


def by_country(store: Store, session_id: str | None = None) -> list[GroupFigure]:
    return _groups(store, "country", session_id)


def station_figures(store: Store, last_sync: datetime | None = None) -> list[StationFigure]:
    """Every station known here. This station's pending count is its own outbox; the others'
    are what they last told the server. ``last_sync`` is this station's last successful sync
    (from the sync engine's status), when there is one."""
    me = store.station_id
    figures = []
    for station in store.stations():
        if station.id == me:
            figures.append(StationFigure(station, last_sync, store.pending_count(), True))
        else:
            figures.append(StationFigure(station, station.last_seen, station.pending, False))
    figures.sort(key=lambda f: (not f.this_station, f.station.name.casefold()))
    return figures


def arrived_among(store: Store, session_id: str, attendee_ids: Iterable[str]) -> set[str]:
    """Which of these people already came in to the session (for a result list): a valid
    entry at a door or the desk; attending online is not being in the room."""
    rows = store.query_in(
        "select distinct attendee_id from checkins where session_id = ? and voided = 0"
        " and direction = 'entry' and method != 'online' and attendee_id in ({marks})",
        attendee_ids,
        [session_id],
    )
    return {r["attendee_id"] for r in rows}


@dataclass(frozen=True)
class OnlineMarks:
    """For a result list: who of these people attended the session online, and who is an
    online-only attendee (made from a meeting's report, not on the registration list)."""

    in_session: frozenset[str] = frozenset()
    online_only: frozenset[str] = frozenset()


def online_among(store: Store, session_id: str | None,
                 attendee_ids: Iterable[str]) -> OnlineMarks:
    ids = list(attendee_ids)
    if not ids:
        return OnlineMarks()
    in_session: set[str] = set()
    if session_id:
        in_session = {r["attendee_id"] for r in store.query_in(
            "select distinct attendee_id from checkins where session_id = ? and voided = 0"
            " and direction = 'entry' and method = 'online' and attendee_id in ({marks})",
            ids, [session_id])}
    only = {r["id"] for r in store.query_in(
        f"select id from attendees where {ONLINE_ONLY_SQL} and id in ({{marks}})", ids)}
    return OnlineMarks(frozenset(in_session), frozenset(only))


def dashboard(
    store: Store,
    event: Event,
    *,
    session_id: str | None = None,
    last_sync: datetime | None = None,
    now: datetime | None = None,
) -> DashboardFigures:
    """Everything the dashboard shows, in one snapshot (computed off the GUI thread)."""
    # registered: online-only attendees (made from a meeting's report) never were
    total = store.query("select count(*) as n from attendees where status != 'cancelled'"
                        f" and not {ONLINE_ONLY_SQL}")[0]["n"]
    came_how = presence(store)
    sessions = tuple(session_figures(store, came_how))
    shown = [p for sid, p in came_how.items() if session_id is None or sid == session_id]
    on_site = frozenset().union(*(p.onsite for p in shown))
    online = frozenset().union(*(p.online for p in shown))
    if session_id:
        # One session shown: arrived of those *expected there*, not of everybody registered.
        total = next((f.expected for f in sessions if f.session.id == session_id), total)
    return DashboardFigures(
        computed_at=now or utcnow(),
        sessions=sessions,
        arrivals=tuple(arrivals_over_time(store, event, session_id)),
        categories=tuple(by_category(store, session_id)),
        countries=tuple(by_country(store, session_id)),
        stations=tuple(station_figures(store, last_sync)),
        total_attendees=total,
        total_arrived=len(on_site | online),
        doubles=tuple(double_entries(store, session_id)),
        quarantined=quarantined(store),
        total_on_site=len(on_site),
        total_online=len(online),
        total_both=len(on_site & online),
    )


def quarantined(store: Store) -> int:
    """Check-ins the hub keeps aside (:mod:`checkin.hub.quarantine`): counted here on the
    hub's own file, else as the hub's last page said (the station's sync state)."""
    here = store.query("select count(*) as n from hub_quarantine")[0]["n"]
    told = store.get_state("hub_quarantined")
    return max(here, int(told) if told and told.isdigit() else 0)
