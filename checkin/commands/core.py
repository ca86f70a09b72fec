"""Core sub-commands: ``demo`` (build the demo conference), ``import`` (an attendee list from
CSV or XLSX, with a line-by-line report) and ``stats`` (the event at a glance)."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

from checkin import paths
from checkin.commands import CommandError, db_path, open_store
from checkin.events import EventInvalid, make_event
from checkin.importer import Action, ImportFileError, ImportReport, import_file, parse_mapping
from checkin.model import Event, RegistrationStatus
from checkin.reports.stats import session_figures
from checkin.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="build the demo conference (Bujumbura, 3–4 February 2025)",
        description="Write the demo conference into --db (default: the demo database).",
    )
    demo.add_argument("--count", type=int, default=1500, help="attendees (default 1500)")
    demo.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    demo.add_argument("--no-arrivals", action="store_true",
                      help="no check-ins at the opening plenary")
    demo.set_defaults(handler=run_demo)

    imp = subparsers.add_parser(
        "import",
        help="import an attendee list (CSV or XLSX)",
        description=(
            "Import an attendee list. Headers are recognised in French or English; nothing "
            "is written if any line is refused (unless --accept-partial). See docs/import.md."
        ),
    )
    imp.add_argument("file", type=Path, help="the CSV or XLSX file")
    imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help="read COLUMN as FIELD (first_name, last_name, full_name, "
                     "organisation, country, category, email, phone, language, reg_no, "
                     "workshops, status, notes, ignore); repeatable")
    imp.add_argument("--sheet", help="the XLSX sheet to read (default: the active one)")
    imp.add_argument("--accept-partial", action="store_true",
                     help="write the good lines even if some are refused")
    imp.add_argument("--all-lines", action="store_true",
                     help="also list the unchanged lines")
    imp.add_argument("--blank-clears", action="store_true",
                     help="a blank cell erases what the database holds for a person already "
                          "there (default: it keeps it)")
    event = imp.add_argument_group("when the database has no event yet")
    event.add_argument("--event-code", help="badge prefix, 2–12 letters or digits (e.g. IMC25)")
    event.add_argument("--event-title", help="the event's title (default: the file's name)")
    event.add_argument("--event-timezone", default="UTC",
                       help="IANA time zone of the venue, e.g. Africa/Bujumbura (default UTC)")
    event.add_argument("--event-start", type=_iso_date, help="first day, YYYY-MM-DD")
    event.add_argument("--event-end", type=_iso_date, help="last day, YYYY-MM-DD")
    imp.set_defaults(handler=run_import)

    stats = subparsers.add_parser("stats", help="the event, sessions, attendees and sync at a glance")
    stats.set_defaults(handler=run_stats)

    station = subparsers.add_parser(
        "station", help="show this station's name, or name it (\"Auditorium – porte A\")"
    )
    station.add_argument("name", nargs="?", help="the new name, as the other doors will see it")
    station.set_defaults(handler=run_station)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from error


# --- demo -----------------------------------------------------------------------------------

def run_demo(args: argparse.Namespace) -> int:
    from checkin.demo import DEMO_EVENT, build_demo

    if args.count < 1 or args.count > 1_000_000:
        raise CommandError("--count must be between 1 and 1,000,000.")
    path = args.db if args.db is not None else paths.demo_db_path()
    store = Store(path)
    try:
        event = store.event()
        if event is not None and event.id != DEMO_EVENT.id:
            raise CommandError(
                f"{path} already holds another event ({event.title('en')}); "
                "give the demo its own file with --db."
            )
        build_demo(store, count=args.count, seed=args.seed, arrivals=not args.no_arrivals)
        event = store.event()
        assert event is not None  # build_demo wrote it
        people = store.attendees()
        cancelled = sum(a.cancelled for a in people)
        opening = store.session("d1-opening")
        waiting = next(
            (a for a in people
             if not a.cancelled and not store.entries(a.id, "d1-opening")), None
        )
        print(f"Demo conference written to {path}")
        print(f"  {event.title('en')}")
        print(f"  {event.venue}, {event.start_date:%d}–{event.end_date:%d %B %Y}, "
              f"{event.timezone}; badge code {event.code}")
        print(f"  {len(store.sessions())} sessions, {len(people)} attendees "
              f"({cancelled} cancelled), {store.arrived('d1-opening')} already at "
              f"{opening.name('en') if opening else 'the opening'}")
        if waiting is not None:
            db = f" --db {args.db}" if args.db is not None else " --demo"
            print(f"  try: checkin{db} search {waiting.last_name.split()[0].lower()}")
            print(f"       checkin{db} admit {waiting.token} --session d1-opening")
    finally:
        store.close()
    return 0


# --- import ---------------------------------------------------------------------------------

def _new_event(args: argparse.Namespace) -> Event | None:
    if not args.event_code:
        return None
    title = args.event_title or args.file.stem
    try:
        return make_event(code=args.event_code, title_fr=title, title_en=title,
                          timezone=args.event_timezone,
                          start_date=args.event_start or date.today(), end_date=args.event_end)
    except EventInvalid as error:
        options = {"code": "--event-code", "timezone": "--event-timezone",
                   "start_date": "--event-start", "end_date": "--event-end"}
        raise CommandError("; ".join(f"{options.get(p.field, '--event-title')}: {p.message}"
                                     for p in error.problems)) from None


def run_import(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise CommandError(f"No such file: {args.file}")
    if args.file.is_dir():
        raise CommandError(f"{args.file} is a folder, not a spreadsheet.")
    if args.dry_run and not getattr(args, "demo", False) and not db_path(args).exists():
        store = Store(":memory:")  # a trial against an empty station leaves no file behind
    else:
        store = open_store(args, create=True)
    try:
        report = import_file(
            store,
            args.file,
            sheet=args.sheet,
            mapping=parse_mapping(args.map),
            dry_run=args.dry_run,
            accept_partial=args.accept_partial,
            new_event=_new_event(args),
            blank_clears=args.blank_clears,
        )
    except ImportFileError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    print(render_report(report, all_lines=args.all_lines))
    if report.refused and not args.accept_partial:
        raise CommandError(
            f"{report.refused} line(s) refused: "
            + ("the import would be refused" if args.dry_run else "nothing was imported")
            + "; correct them, or use --accept-partial."
        )
    return 0


def read_header(report) -> list[str]:
    """How a spreadsheet was read (format, encoding, separator, sheet, header line) and which
    columns were taken or ignored: the first lines of an attendee or a programme report."""
    how = [report.kind.upper()]
    if report.encoding:
        how.append(report.encoding)
    if report.separator:
        how.append("separator " + {"\t": "tab"}.get(report.separator, repr(report.separator)))
    if report.sheet:
        how.append(f"sheet {report.sheet!r}")
    out = [f"{report.source}: {', '.join(how)}; header on line {report.header_line}",
           "  columns: " + ", ".join(f"{c.header} → {c.field.value}" for c in report.columns)]
    if report.ignored_columns:
        out.append("  ignored: " + ", ".join(report.ignored_columns))
    return out


def render_report(report: ImportReport, *, all_lines: bool = False) -> str:
    out = []
    if report.programme is not None:
        from checkin.commands.programme import render_programme_report

        out.append(render_programme_report(report.programme, all_lines=all_lines))
    out.extend(read_header(report))
    for line in report.lines:
        if line.action is Action.UNCHANGED and not all_lines:
            continue
        out.append("  " + line.describe())
    if report.unchanged and not all_lines:
        out.append(f"  ({report.unchanged} unchanged lines not listed; --all-lines lists them)")
    if report.event_created:
        out.append("  a new event was created for this list")
    if report.workshops_pending:
        out.append(f"  {report.workshops_pending} people's workshops are kept as written until "
                   "the programme is imported (checkin programme import)")
    if report.updated and not report.blank_clears and any(line.kept for line in report.lines):
        out.append("  blank cells kept the stored values (--blank-clears erases them)")
    if report.left_alone:
        out.append(f"  {report.left_alone} people already in the database are not in this "
                   "file: left as they are")
    out.append(report.summary())
    return "\n".join(out)


# --- stats ----------------------------------------------------------------------------------

def run_stats(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        event = store.event()
        if event is None:
            raise CommandError("No event in this database yet: import a list or run `checkin demo`.")
        people = store.attendees()
        print(f"{event.title('en')} ({event.code})")
        print(f"  {event.start_date} to {event.end_date}, {event.timezone}, {event.venue}".rstrip(", "))
        print("Sessions (arrived / expected):")
        for figures in session_figures(store):
            s = figures.session
            local = event.local(s.starts_at)
            capacity = f", capacity {s.capacity}" if s.capacity else ""
            online = (f" (on site {figures.on_site}, online {figures.online})"
                      if figures.online else "")
            print(f"  {s.id:<24} {local:%a %d %H:%M}  {figures.arrived:>5} / "
                  f"{figures.expected:<5} {s.name('en')}{capacity}{online}")
        print(f"Attendees: {len(people)}")
        statuses = Counter(a.status for a in people)
        print("  by status: " + ", ".join(
            f"{statuses.get(s, 0)} {s.value}" for s in RegistrationStatus))
        waiting = sum(1 for a in people if a.pending_workshops)
        if waiting:
            print(f"  {waiting} people's workshops wait for the programme "
                  "(checkin programme import)")
        categories = Counter(a.category for a in people if not a.cancelled)
        print("  by category: " + ", ".join(f"{n} {c}" for c, n in categories.most_common()))
        stations = store.stations()
        if stations:
            print("Stations: " + ", ".join(s.name for s in stations))
        print(f"Waiting to be pushed: {store.pending_count()}")
    finally:
        store.close()
    return 0


# --- station --------------------------------------------------------------------------------

def run_station(args: argparse.Namespace) -> int:
    store = open_store(args, create=args.name is not None)
    try:
        if args.name is not None:
            if not args.name.strip():
                raise CommandError("A station's name cannot be empty.")
            store.set_station_name(args.name)
        print(f"{store.station_name} ({store.station_id})")
    finally:
        store.close()
    return 0
