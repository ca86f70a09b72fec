"""The event itself: made from a few fields an organiser knows, checked, edited.

Everything a window's form or the ``checkin event`` command needs goes through here, so the
two check the same things the same way: the code (the prefix printed in every badge token),
the titles, the venue's time zone, the first and last days. A failure is an
:class:`EventInvalid` holding one :class:`EventProblem` per field, so that a form can put each
message beside its own field, and the command line can print them all at once.

On a station that syncs with the venue's hub, an edit is queued for it (outbox kind
``event``), so that an organiser's station changing the title or the days changes them at
the hub, hence everywhere.

Once people have badges, the code cannot change: every badge printed carries it, and the
door would answer "badge of another event" to all of them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from checkin.model import Event
from checkin.programme import shares_programme
from checkin.store import Store

CODE = re.compile(r"^[A-Z0-9]{2,12}$")
MAX_TITLE = 300
MAX_TEXT = 200


@dataclass(frozen=True)
class EventProblem:
    field: str  # code, title_fr, title_en, timezone, start_date, end_date, venue, organiser
    message: str


class EventInvalid(ValueError):
    """The event's fields do not make an event; ``problems`` says which and why."""

    def __init__(self, problems: list[EventProblem] | tuple[EventProblem, ...]):
        self.problems = tuple(problems)
        super().__init__(" ".join(p.message for p in self.problems))

    def message_for(self, field: str) -> str:
        return " ".join(p.message for p in self.problems if p.field == field)


class EventExists(ValueError):
    """The station's database holds an event already (one database, one event)."""


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def check_timezone(name: str) -> str | None:
    """None when ``name`` is a known IANA zone (``Africa/Bujumbura``), else the message."""
    name = (name or "").strip()
    if not name:
        return "The venue's time zone is missing (e.g. Africa/Bujumbura)."
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        hint = suggest_timezone(name)
        return (f"Unknown time zone {name!r}"
                + (f": did you mean {hint}?" if hint else
                   ": use a name like Africa/Bujumbura or Europe/Brussels."))
    return None


def suggest_timezone(text: str) -> str:
    """The zone whose city matches ``text`` ("bujumbura" → Africa/Bujumbura), or ""."""
    key = text.strip().replace(" ", "_").casefold()
    if not key:
        return ""
    for zone in sorted(_zones()):
        if zone.casefold() == key or zone.rsplit("/", 1)[-1].casefold() == key:
            return zone
    return ""


def timezones() -> list[str]:
    """Every zone name this machine knows, sorted (for a form's completer)."""
    return sorted(z for z in _zones() if "/" in z or z == "UTC")


def make_event(
    *,
    code: str,
    title_fr: str,
    title_en: str = "",
    timezone: str,
    start_date: date | None,
    end_date: date | None = None,
    venue: str = "",
    organiser: str = "",
    badge_settings: dict | None = None,
    event_id: str | None = None,
) -> Event:
    """A checked :class:`Event`; raises :class:`EventInvalid` listing every problem.

    The code is taken in upper case; an English title left empty is the French one (and the
    other way round); a missing last day is the first day. The id is the code in lower case
    unless ``event_id`` is given (an edit keeps the id it had).
    """
    problems: list[EventProblem] = []
    code = (code or "").strip().upper()
    if not CODE.match(code):
        problems.append(EventProblem(
            "code", "The event code must be 2 to 12 letters or digits (e.g. IMC26): it is "
            f"printed at the start of every badge token; {code!r} is not."))
    title_fr = " ".join((title_fr or "").split())
    title_en = " ".join((title_en or "").split())
    if not title_fr and not title_en:
        problems.append(EventProblem("title_fr", "The event needs a title (French or English)."))
    for name, value in (("title_fr", title_fr), ("title_en", title_en)):
        if len(value) > MAX_TITLE:
            problems.append(EventProblem(name, f"The title is too long ({len(value)} "
                                               f"characters, {MAX_TITLE} at most)."))
    timezone = (timezone or "").strip()
    zone_problem = check_timezone(timezone)
    if zone_problem:
        problems.append(EventProblem("timezone", zone_problem))
    if start_date is None:
        problems.append(EventProblem("start_date", "The first day of the event is missing."))
    end_date = end_date or start_date
    if start_date and end_date and end_date < start_date:
        problems.append(EventProblem(
            "end_date", f"The last day ({end_date:%d/%m/%Y}) is before the first "
                        f"({start_date:%d/%m/%Y})."))
    if start_date and end_date and (end_date - start_date).days > 366:
        problems.append(EventProblem("end_date", "An event of more than a year: check the "
                                                 "dates."))
    venue = " ".join((venue or "").split())
    organiser = " ".join((organiser or "").split())
    for name, value in (("venue", venue), ("organiser", organiser)):
        if len(value) > MAX_TEXT:
            problems.append(EventProblem(name, f"Too long ({len(value)} characters, "
                                               f"{MAX_TEXT} at most)."))
    if problems:
        raise EventInvalid(problems)
    assert start_date is not None and end_date is not None  # else refused above
    return Event(
        id=event_id or code.lower(),
        code=code,
        title_fr=title_fr or title_en,
        title_en=title_en or title_fr,
        timezone=timezone,
        start_date=start_date,
        end_date=end_date,
        venue=venue,
        organiser=organiser,
        badge_settings=dict(badge_settings or {}),
    )


def create_event(store: Store, event: Event) -> Event:
    """Write a new event into an empty station database."""
    here = store.event()
    if here is not None:
        raise EventExists(
            f"This database already holds an event ({here.code}, {here.title('en')}): edit "
            "it, or give the new conference a database of its own."
        )
    store.save_event(event)
    return event


def edit_event(
    store: Store,
    *,
    code: str | None = None,
    title_fr: str | None = None,
    title_en: str | None = None,
    timezone: str | None = None,
    start_date: date | None = None,
    end_date: date | None = None,
    venue: str | None = None,
    organiser: str | None = None,
    badge_settings: dict | None = None,
) -> tuple[Event, list[str]]:
    """Change the fields given (None: unchanged) of the event in ``store``; returns it and
    warnings (sessions that now fall outside the event's days). Raises
    :class:`EventInvalid` for bad fields, :class:`~checkin.reception.NoEvent` when there is
    no event."""
    from checkin.reception import NoEvent

    here = store.event()
    if here is None:
        raise NoEvent("No event in this database yet: make one first.")
    if start_date and end_date is None and here.start_date == here.end_date:
        # moving the first day past the last one moves a one-day event, not an error
        end_date = start_date
    event = make_event(
        code=here.code if code is None else code,
        title_fr=here.title_fr if title_fr is None else title_fr,
        title_en=here.title_en if title_en is None else title_en,
        timezone=here.timezone if timezone is None else timezone,
        start_date=here.start_date if start_date is None else start_date,
        end_date=here.end_date if end_date is None else end_date,
        venue=here.venue if venue is None else venue,
        organiser=here.organiser if organiser is None else organiser,
        badge_settings=here.badge_settings if badge_settings is None else badge_settings,
        event_id=here.id,
    )
    if event.code != here.code.upper() and store.count_attendees():
        raise EventInvalid([EventProblem(
            "code", f"The code cannot change once people have badges: every badge carries "
                    f"{here.code}, and the door would refuse them all.")])
    if event != here or event.badge_settings != here.badge_settings:
        with store.transaction():
            store.save_event(event)
            if shares_programme(store):
                store.enqueue([("event", event.id)])
    return event, outside_sessions(store, event)


def outside_sessions(store: Store, event: Event) -> list[str]:
    """Warnings for sessions that start or end outside the event's days (local time)."""
    out = []
    for s in store.sessions():
        first = event.local(s.starts_at).date()
        last = event.local(s.ends_at).date()
        if first < event.start_date or last > event.end_date:
            out.append(f"Session {s.id} ({first:%d/%m/%Y}) is outside the event's days "
                       f"({event.start_date:%d/%m/%Y}–{event.end_date:%d/%m/%Y}).")
    return out
