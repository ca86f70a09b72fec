"""Sub-commands for badges, exports and certificates.

``checkin badges``       badge sheets as PDF (or one PNG per badge) for all or a selection
``checkin export …``     attendance, matrix, no-shows, log, double entries (CSV / XLSX), the
                         funders' sheet (online attendance apart or together: --online)
                         and the summary (PDF), or everything into a folder
``checkin certificates`` attendance certificates, merged or one file per person

A bad path, a full disk or an unknown session is one sentence and exit status 1; a file is
never left half-written under its final name (see :mod:`checkin.atomic`).
"""

from __future__ import annotations

import argparse
import functools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.atomic import WriteError, atomic_write, ensure_folder
from checkin.badges.layout import BadgeFormat
from checkin.commands import CommandError, open_store
from checkin.model import Category, Session, utcnow
from checkin.reports.errors import ExportError

if TYPE_CHECKING:
    from checkin.reports.data import Attendance

# The renderers and writers (Pillow, qrcode, fpdf2) are imported by the handlers that use
# them: every other command starts without loading them.


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_badges(subparsers)
    _register_export(subparsers)
    _register_certificates(subparsers)


def _known_errors(handler):
    """Write failures and impossible requests become one sentence (CommandError)."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (WriteError, ExportError) as error:
            raise CommandError(str(error)) from error

    return run


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from error


def _separator(text: str) -> str:
    aliases = {";": ";", ",": ",", "semicolon": ";", "comma": ","}
    if text not in aliases:
        raise argparse.ArgumentTypeError("the separator is ';' or ','")
    return aliases[text]


def _add_separator(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sep", type=_separator, default=";",
        help="CSV separator: ';' (default, for French Excel) or ','",
    )


def _add_online(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--online", choices=("separate", "together"), default=None,
        help="people who attended online, on the funders' sheet: 'separate' (after the "
        "on-site list, with their own total) or 'together' (in the one list, marked online); "
        "default: the station's setting (separate unless changed)",
    )


def _sheet_options(store, args: argparse.Namespace, **overrides):
    from checkin.reports import sheet

    if getattr(args, "online", None):
        overrides["online"] = sheet.OnlineCount(args.online)
    return sheet.SheetOptions.from_store(store, **overrides)


# --- badges ---------------------------------------------------------------------------------


def _register_badges(subparsers) -> None:
    p = subparsers.add_parser(
        "badges",
        help="badge sheets as PDF (all, or a selection)",
        description="Render badges (QR code, name, organisation, country, category band) to a "
        "PDF, or one 300 dpi PNG per badge with --png. Badges written are marked printed.",
    )
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, help="the PDF file to write")
    out.add_argument("--png", type=Path, metavar="FOLDER", help="one PNG per badge into FOLDER")
    p.add_argument(
        "--format", dest="badge_format", choices=[f.value for f in BadgeFormat], default="a4-4",
        help="a6, card (86×54 mm), a4-4 or a4-8 (A4 sheets with crop marks; default a4-4)",
    )
    p.add_argument("--category", help="only this category (participant, speaker, organiser…)")
    p.add_argument("--organisation", help="only people whose organisation contains this text")
    p.add_argument("--not-printed", action="store_true", help="only badges not printed yet")
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ATTENDEE_ID",
                   help="only this attendee (repeatable)")
    p.add_argument("--include-cancelled", action="store_true",
                   help="also cancelled registrations")
    p.add_argument("--no-mark", action="store_true", help="do not mark the badges as printed")
    p.set_defaults(handler=run_badges)


def _selection(args: argparse.Namespace):
    from checkin.badges.sheets import BadgeSelection

    category = None
    if args.category:
        parsed = Category.parse(args.category)
        if parsed is None:
            names = ", ".join(c.value for c in Category)
            raise CommandError(f"Unknown category {args.category!r}; use one of: {names}.")
        category = parsed
    return BadgeSelection(
        category=category,
        organisation=args.organisation,
        not_printed=args.not_printed,
        attendee_ids=tuple(args.ids),
        include_cancelled=args.include_cancelled,
    )


@_known_errors
def run_badges(args: argparse.Namespace) -> int:
    from checkin.badges.sheets import print_badges

    store = open_store(args)
    selection = _selection(args)
    fmt = BadgeFormat(args.badge_format)
    if args.png is not None:
        return _badges_png(store, selection, fmt, args.png, mark=not args.no_mark)
    result = print_badges(
        store, args.output, selection=selection, fmt=fmt, mark_printed=not args.no_mark
    )
    if not result.badges:
        print(f"No badge matches this selection; {result.path} holds one empty page.")
        return 0
    print(f"{result.badges} badge(s) on {result.pages} page(s) written to {result.path}")
    return 0


def _badges_png(store, selection, fmt: BadgeFormat, folder: Path, mark: bool) -> int:
    from checkin.badges.layout import BadgeStyle
    from checkin.badges.render import BadgeRenderer
    from checkin.badges.sheets import select_attendees
    from checkin.reports import certificates

    event = store.event()
    if event is None:
        raise CommandError("No event in this database: import an attendee list first.")
    ensure_folder(folder)
    renderer = BadgeRenderer(BadgeStyle.from_event(event, store.path.parent), fmt)
    people = select_attendees(store, selection)
    for person in people:
        image = renderer.render(person)
        with atomic_write(folder / certificates.file_name(person, ".png")) as handle:
            image.save(handle, "PNG", dpi=(renderer.dpi, renderer.dpi))
    if mark and people:
        store.mark_badges_printed([p.id for p in people])
    print(f"{len(people)} badge image(s) written to {folder}")
    return 0


# --- exports --------------------------------------------------------------------------------


def _register_export(subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="attendance exports (CSV, XLSX) and printable sheets (PDF)",
        description="Exports for the organisers. CSV files are UTF-8 with a BOM; see "
        "docs/reports.md.",
    )
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)

    from checkin.reports.catalogue import REPORTS  # key, help and writer of each data report

    for entry in REPORTS:
        k = kinds.add_parser(entry.key, help=entry.help, description=entry.description or None)
        k.add_argument("-o", "--output", type=Path, required=True)
        if entry.per_session:
            k.add_argument("--session", help="one session's id (default: all sessions)")
        if "csv" in entry.formats:
            _add_separator(k)
        k.set_defaults(handler=run_export_report, report=entry.key)

    s = kinds.add_parser(
        "sheet", help="the funders' attendance sheet, or the empty sign-in sheet (PDF)",
        description="The funders' sheet: the people present with their arrival times, or "
        "with --sign-in the empty sheet of everybody expected, to be signed at the door. "
        "Each ends with a certification block (name, role, signature, stamp); the funder's "
        "logo, the signatory and their role come from the station's settings.")
    s.add_argument("-o", "--output", type=Path, required=True)
    scope = s.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", help="the session's id")
    scope.add_argument("--day", type=_iso_date, help="a day of the event, YYYY-MM-DD")
    scope.add_argument("--all", action="store_true", dest="all_sessions",
                       help="one sheet per session, in one file")
    s.add_argument("--sign-in", action="store_true",
                   help="the empty sign-in sheet of everybody expected")
    s.add_argument("--by", default=None,
                   help="who produces it, printed on the sheet (default: the station's name)")
    _add_online(s)
    s.set_defaults(handler=run_export_sheet)

    su = kinds.add_parser("summary", help="counts and arrivals chart (PDF)")
    su.add_argument("-o", "--output", type=Path, required=True)
    su.set_defaults(handler=run_export_summary)

    al = kinds.add_parser("all", help="every export into one folder")
    al.add_argument("-d", "--folder", type=Path, required=True)
    al.add_argument("--no-pdf", action="store_true", help="data files only (no PDF)")
    _add_online(al)
    _add_separator(al)
    al.set_defaults(handler=run_export_all)


def _load(args: argparse.Namespace):
    from checkin.reports.data import load_attendance

    store = open_store(args)
    return store, load_attendance(store, now=_now(args))


def _now(args: argparse.Namespace):
    """The moment the figures are for: the demo's own clock with --demo (3 February 2025 in
    the morning), else the computer's."""
    if getattr(args, "demo", False) and getattr(args, "db", None) is None:
        from checkin.demo import demo_clock

        return demo_clock()()
    return utcnow()


def _session(data: Attendance, session_id: str) -> Session:
    found = data.session(session_id)
    if found is None:
        known = ", ".join(s.id for s in data.sessions) or "none"
        raise CommandError(f"No session {session_id!r} in this database (sessions: {known}).")
    return found


def _done(path: Path) -> int:
    print(f"Written: {path}")
    return 0


@_known_errors
def run_export_report(args: argparse.Namespace) -> int:
    """``checkin export KEY -o FILE``: one report of :mod:`checkin.reports.catalogue`."""
    from checkin.reports import catalogue

    store, data = _load(args)
    session_id = getattr(args, "session", None)
    session = None if session_id is None else _session(data, session_id)
    return _done(catalogue.write(args.report, data, store, args.output, session=session,
                                 delimiter=getattr(args, "sep", ";")))


def _pdf_path(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise CommandError(f"{path.name}: the file name must end in .pdf.")
    return path


@_known_errors
def run_export_sheet(args: argparse.Namespace) -> int:
    from checkin.reports import sheet

    store, data = _load(args)
    path = _pdf_path(args.output)
    overrides = {"kind": sheet.SheetKind.SIGN_IN if args.sign_in else sheet.SheetKind.PRESENT,
                 "produced_at": data.as_of or utcnow()}
    if args.by:
        overrides["produced_by"] = args.by
    options = _sheet_options(store, args, **overrides)
    if args.session:
        return _done(sheet.session_sheet_pdf(data, _session(data, args.session), path, options))
    if args.all_sessions:
        return _done(sheet.sessions_sheet_pdf(data, data.sessions, path, options))
    if args.day not in data.days():
        days = ", ".join(d.isoformat() for d in data.days()) or "none"
        raise CommandError(f"No session on {args.day.isoformat()} (days with sessions: {days}).")
    return _done(sheet.day_sheet_pdf(data, args.day, path, options))


@_known_errors
def run_export_summary(args: argparse.Namespace) -> int:
    from checkin.reports import summary

    _store, data = _load(args)
    return _done(summary.write_summary_pdf(data, _pdf_path(args.output), generated=utcnow()))


@_known_errors
def run_export_all(args: argparse.Namespace) -> int:
    from checkin.reports import bundle

    store, data = _load(args)
    options = _sheet_options(store, args, produced_at=utcnow())
    result = bundle.export_all(data, store, args.folder, delimiter=args.sep, pdf=not args.no_pdf,
                               options=options)
    print(f"{len(result.files)} file(s) written to {result.folder}")
    return 0


# --- certificates -------------------------------------------------------------------------


def _register_certificates(subparsers) -> None:
    p = subparsers.add_parser(
        "certificates",
        help="attendance certificates (PDF) for everybody present",
        description="One bilingual certificate per person who attended at least one session, "
        "listing the sessions attended.",
    )
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, help="one merged PDF")
    out.add_argument("--folder", type=Path, help="one PDF per person in this folder")
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ATTENDEE_ID",
                   help="only this attendee (repeatable)")
    p.add_argument("--issued", type=_iso_date, help="date of issue (default: the event's last day)")
    p.set_defaults(handler=run_certificates)


@_known_errors
def run_certificates(args: argparse.Namespace) -> int:
    from checkin.badges.layout import BadgeStyle
    from checkin.reports import certificates

    store, data = _load(args)
    style = BadgeStyle.from_event(data.event, store.path.parent)
    if args.output is not None:
        _pdf_path(args.output)
    result = certificates.write_certificates(
        data,
        style,
        args.output if args.output is not None else args.folder,
        one_file_per_person=args.folder is not None,
        attendee_ids=tuple(args.ids),
        issued=args.issued,
    )
    where = args.output if args.output is not None else args.folder
    print(f"{len(result.people)} certificate(s) written to {where}")
    return 0
