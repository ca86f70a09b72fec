"""The event and its programme: ``checkin event new|show|edit`` and ``checkin programme
import|export|show``. The work is done by :mod:`checkin.events` and :mod:`checkin.programme`,
which the window calls too."""

from __future__ import annotations

import argparse

from checkin.commands import CommandError, open_store
from checkin.events import EventExists, EventInvalid, create_event, edit_event, make_event
from checkin.when import WhenError, parse_date

_FIELD_OPTION = {
    "code": "--code", "title_fr": "--title-fr", "title_en": "--title-en",
    "timezone": "--timezone", "start_date": "--start", "end_date": "--end",
    "venue": "--venue", "organiser": "--organiser",
}


def _date(text: str):
    try:
        return parse_date(text)
    except WhenError as error:
        raise argparse.ArgumentTypeError(f"{error} (write 2026-03-10 or 10/03/2026)") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    event = subparsers.add_parser(
        "event", help="make, show or edit the event (code, titles, time zone, days)",
        description="The conference this station's database holds: one event per database.",
    )
    verbs = event.add_subparsers(dest="verb", metavar="VERB", required=True)

    new = verbs.add_parser("new", help="make the event in an empty database")
    new.add_argument("--code", required=True,
                     help="badge prefix, 2–12 letters or digits (e.g. IMC26)")
    new.add_argument("--title-fr", default="", help="the title in French")
    new.add_argument("--title-en", default="", help="the title in English")
    new.add_argument("--timezone", required=True,
                     help="the venue's IANA time zone, e.g. Africa/Bujumbura")
    new.add_argument("--start", type=_date, required=True, help="first day, e.g. 2026-03-10")
    new.add_argument("--end", type=_date, help="last day (default: the first)")
    new.add_argument("--venue", default="", help="where, e.g. \"Bujumbura, Burundi\"")
    new.add_argument("--organiser", default="", help="who organises it")
    new.set_defaults(handler=run_event_new)

    show = verbs.add_parser("show", help="the event's fields")
    show.set_defaults(handler=run_event_show)

    edit = verbs.add_parser("edit", help="change some of the event's fields")
    edit.add_argument("--code", help="badge prefix (only while nobody has a badge)")
    edit.add_argument("--title-fr")
    edit.add_argument("--title-en")
    edit.add_argument("--timezone")
    edit.add_argument("--start", type=_date)
    edit.add_argument("--end", type=_date)
    edit.add_argument("--venue")
    edit.add_argument("--organiser")
    edit.set_defaults(handler=run_event_edit)


def _invalid(error: EventInvalid) -> CommandError:
    lines = [f"{_FIELD_OPTION.get(p.field, p.field)}: {p.message}" for p in error.problems]
    return CommandError("; ".join(lines))


def run_event_new(args: argparse.Namespace) -> int:
    try:
        event = make_event(
            code=args.code, title_fr=args.title_fr, title_en=args.title_en,
            timezone=args.timezone, start_date=args.start, end_date=args.end,
            venue=args.venue, organiser=args.organiser,
        )
    except EventInvalid as error:
        raise _invalid(error) from None
    store = open_store(args, create=True)
    try:
        create_event(store, event)
    except EventExists as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(f"Event {event.code} made.")
    print(describe_event(event))
    print("Next: checkin programme import PROGRAMME.xlsx, then checkin import ATTENDEES.xlsx")
    return 0


def run_event_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        event = store.event()
        sessions = len(store.sessions())
        people = store.count_attendees()
    finally:
        store.close()
    if event is None:
        raise CommandError("No event in this database yet: make one with `checkin event new`.")
    print(describe_event(event))
    print(f"  {sessions} sessions, {people} attendees")
    return 0


def run_event_edit(args: argparse.Namespace) -> int:
    changes = {
        "code": args.code, "title_fr": args.title_fr, "title_en": args.title_en,
        "timezone": args.timezone, "start_date": args.start, "end_date": args.end,
        "venue": args.venue, "organiser": args.organiser,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise CommandError("Nothing to change: give at least one of --code, --title-fr, "
                           "--title-en, --timezone, --start, --end, --venue, --organiser.")
    store = open_store(args)
    try:
        event, warnings = edit_event(store, **changes)
    except EventInvalid as error:
        raise _invalid(error) from None
    except LookupError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(f"Event {event.code} saved.")
    print(describe_event(event))
    for warning in warnings:
        print(f"  warning: {warning}")
    return 0


def describe_event(event) -> str:
    days = (f"{event.start_date:%d/%m/%Y}" if event.start_date == event.end_date
            else f"{event.start_date:%d/%m/%Y} – {event.end_date:%d/%m/%Y}")
    lines = [
        f"  code:      {event.code}",
        f"  title fr:  {event.title_fr}",
        f"  title en:  {event.title_en}",
        f"  days:      {days}",
        f"  time zone: {event.timezone}",
    ]
    if event.venue:
        lines.append(f"  venue:     {event.venue}")
    if event.organiser:
        lines.append(f"  organiser: {event.organiser}")
    return "\n".join(lines)

