"""The event and its programme: ``checkin event new|show|edit`` and ``checkin programme
import|export|show``. The work is done by :mod:`checkin.events` and :mod:`checkin.programme`,
which the window calls too."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin.commands import CommandError, open_store
from checkin.events import EventExists, EventInvalid, create_event, edit_event, make_event
from checkin.import_columns import ImportFileError
from checkin.model import Language
from checkin.reception import NoEvent
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

    programme = subparsers.add_parser(
        "programme", help="import, export or list the programme (sessions)",
        description="The sessions: times, rooms, capacities, who may enter. See "
                    "docs/new-event.md.",
    )
    verbs = programme.add_subparsers(dest="verb", metavar="VERB", required=True)
    imp = verbs.add_parser(
        "import", help="import the programme from a CSV or XLSX file",
        description="Import the programme. Headers in French or English; nothing is written "
                    "if any line is refused. Importing again updates the sessions in place; "
                    "a session no longer in the file is removed, unless it has check-ins.",
    )
    imp.add_argument("file", type=Path, help="the CSV or XLSX file")
    imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    imp.add_argument("--sheet", help="the XLSX sheet to read (default: the programme's)")
    imp.add_argument("--keep-others", action="store_true",
                     help="keep the sessions the file does not have (default: removed, "
                          "unless they have check-ins)")
    imp.add_argument("--all-lines", action="store_true", help="also list the unchanged lines")
    imp.set_defaults(handler=run_programme_import)

    exp = verbs.add_parser("export", help="write the programme to a CSV or XLSX file "
                                          "(which import reads back unchanged)")
    exp.add_argument("file", type=Path, help="a .csv or .xlsx file")
    exp.add_argument("--language", choices=[language.value for language in Language],
                     default=Language.FR.value,
                     help="the headers' and words' language (default fr)")
    exp.set_defaults(handler=run_programme_export)

    show = verbs.add_parser("show", help="list the sessions")
    show.set_defaults(handler=run_programme_show)


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
    except NoEvent as error:
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



# --- programme ------------------------------------------------------------------------------

def run_programme_import(args: argparse.Namespace) -> int:
    from checkin.programme import import_programme

    if not args.file.exists():
        raise CommandError(f"No such file: {args.file}")
    if args.file.is_dir():
        raise CommandError(f"{args.file} is a folder, not a spreadsheet.")
    store = open_store(args)
    try:
        report = import_programme(store, args.file, sheet=args.sheet, dry_run=args.dry_run,
                                  keep_others=args.keep_others)
    except ImportFileError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(render_programme_report(report, all_lines=args.all_lines))
    if report.refused:
        raise CommandError(
            f"{report.refused} line(s) refused: "
            + ("the import would be refused" if args.dry_run else "nothing was imported")
            + "; correct them and import again."
        )
    return 0


def render_programme_report(report, *, all_lines: bool = False) -> str:
    from checkin.commands.core import read_header
    from checkin.programme import SessionAction

    out = read_header(report)
    hidden = 0
    for line in report.lines:
        if line.action is SessionAction.UNCHANGED and not line.warnings and not all_lines:
            hidden += 1
            continue
        out.append("  " + line.describe())
    if hidden:
        out.append(f"  ({hidden} unchanged lines not listed; --all-lines lists them)")
    if report.workshops_resolved:
        out.append(f"  {report.workshops_resolved} people's workshops, kept from an earlier "
                   "attendee import, now name their sessions")
    for p in report.workshops_pending:
        out.append(f"  workshops still unknown for {p.name}: {p.problem}")
    out.append(report.summary())
    return "\n".join(out)


def run_programme_export(args: argparse.Namespace) -> int:
    from checkin.programme import export_programme
    from checkin.reports.errors import ExportError

    store = open_store(args)
    try:
        if store.event() is None:
            raise CommandError("No event in this database yet: nothing to export.")
        count = len(store.sessions())
        path = export_programme(store, args.file, language=args.language)
    except ExportError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(f"{count} sessions written to {path}")
    return 0


def run_programme_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        event = store.event()
        if event is None:
            raise CommandError("No event in this database yet: make one with `checkin event new`.")
        sessions = store.sessions()
    finally:
        store.close()
    if not sessions:
        print("No sessions yet: checkin programme import PROGRAMME.xlsx")
    for s in sessions:
        start, end = event.local(s.starts_at), event.local(s.ends_at)
        extras = []
        if s.room:
            extras.append(s.room)
        if s.capacity:
            extras.append(f"capacity {s.capacity}")
        if s.categories:
            extras.append("for " + ", ".join(s.categories))
        if s.registration_required:
            extras.append("registration required")
        print(f"  {s.id:<28} {start:%a %d/%m %H:%M}–{end:%H:%M}  {s.name('fr')}"
              + (f"  [{'; '.join(extras)}]" if extras else ""))
    return 0
