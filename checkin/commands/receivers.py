"""Interpretation receivers: ``checkin receivers add | import | list | lend | return | out |
labels`` (:mod:`checkin.receivers`).

``lend`` and ``return`` answer like the window does, one line, and exit 0 when something was
recorded, 1 when nothing was (already lent to someone else, unknown receiver…), with what to
do.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin import receivers
from checkin.commands import CommandError, open_store
from checkin.receiver_codes import ReceiverNumberError
from checkin.reception import NoEvent, Reception
from checkin.store import Store

EXIT_DONE, EXIT_REFUSED = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "receivers",
        help="interpretation receivers: number, import, lend, take back, list those out",
        description="Interpretation receivers lent against a badge. Each has a number "
        "(R001…) and a QR label (checkin receivers labels); loans sync with the hub like "
        "check-ins.",
    )
    verbs = p.add_subparsers(dest="verb", metavar="ACTION", required=True)

    a = verbs.add_parser("add", help="number new receivers (R001, R002…) after those here")
    a.add_argument("--count", type=int, required=True, help="how many")
    a.add_argument("--prefix", default="R", help="letters before the number (default R)")
    a.add_argument("--width", type=int, default=3, help="digits at least (default 3: R001)")
    a.add_argument("--channel", default="", help="their channel, e.g. EN (optional)")
    a.set_defaults(handler=add_command)

    i = verbs.add_parser(
        "import", help="receivers from a list (CSV or XLSX)",
        description="Columns, in French or English: Numéro / Number (required), Note / "
        "Remarque, Canal / Channel. With no header row the first column is the number. "
        "Any refused line and nothing is imported.")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="the report only, nothing written")
    i.set_defaults(handler=import_command)

    li = verbs.add_parser("list", help="every receiver: here, or lent to whom since when")
    li.set_defaults(handler=list_command)

    le = verbs.add_parser("lend", help="lend a receiver to the person of a badge")
    le.add_argument("badge", help="the badge's code (as its QR code holds it)")
    le.add_argument("receiver", help="the receiver's number (R012, 12) or its label's code")
    le.add_argument("--take-back", action="store_true",
                    help="someone else holds it: record its return first")
    le.add_argument("--second", action="store_true",
                    help="the person already holds another one: lend this one too")
    le.set_defaults(handler=lend_command)

    r = verbs.add_parser("return", help="take a receiver back")
    r.add_argument("receiver", help="the receiver's number (R012, 12) or its label's code")
    r.set_defaults(handler=return_command)

    o = verbs.add_parser("out", help="the receivers not returned, with the phone to call")
    o.add_argument("--export", type=Path, metavar="FILE",
                   help="also write the list: .csv, .xlsx or .pdf")
    o.add_argument("--sep", choices=(";", ","), default=";", help="CSV separator")
    o.set_defaults(handler=out_command)

    lb = verbs.add_parser("labels", help="QR stickers of the receivers, as a PDF to print")
    lb.add_argument("--out", "-o", type=Path, required=True, metavar="FILE.pdf")
    lb.add_argument("--only", default="", metavar="R001,R002",
                    help="only these receivers (default: all)")
    lb.set_defaults(handler=labels_command)


def _reception(store: Store, args: argparse.Namespace) -> Reception:
    if getattr(args, "demo", False):
        from checkin.demo import demo_clock

        return Reception(store, clock=demo_clock())
    return Reception(store)


def _lending(store: Store, args: argparse.Namespace) -> receivers.Lending:
    reception = _reception(store, args)
    try:
        reception.event  # noqa: B018 - a badge is read against the event's code
    except NoEvent:
        raise CommandError("This database has no event yet: import the attendee list "
                           "first.") from None
    return receivers.Lending(store, lambda code: reception.badge_holder(code)[1],
                             clock=reception.clock)


def _time(store: Store, moment) -> str:
    event = store.event()
    return (moment.astimezone(event.tz) if event else moment).strftime("%d/%m %H:%M")


def add_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        made = receivers.add_numbered(store, args.count, args.prefix, width=args.width,
                                      channel=args.channel)
    except ReceiverNumberError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(f"{len(made)} receivers added: {made[0].id} to {made[-1].id}")
    return 0


def import_command(args: argparse.Namespace) -> int:
    from checkin.spreadsheet import SpreadsheetError

    store = open_store(args)
    try:
        try:
            found = receivers.read_list(args.file, store)
        except SpreadsheetError as error:
            raise CommandError(str(error)) from None
        print(f"{args.file.name}: {found.columns}")
        for line in found.lines:
            mark = "ok" if line.taken else "REFUSED"
            print(f"  line {line.line}\t{mark}\t{line.number}\t{line.message}")
        refused = found.refused
        new = sum(1 for line in found.lines if line.message == "new")
        updated = sum(1 for line in found.lines if line.message == "updated")
        if refused:
            raise CommandError(f"{len(refused)} lines refused: nothing imported. Correct the "
                               "file and import it again.")
        if args.dry_run:
            print(f"Dry run: {new} new and {updated} changed receivers would be imported.")
            return 0
        receivers.import_list(store, found)
        print(f"Imported: {new} new, {updated} changed.")
    finally:
        store.close()
    return 0


def list_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        held = {loan.receiver_id: loan for loan in receivers.open_loans(store)}
        people = {a.id: a for a in store.attendees(sorted({x.attendee_id
                                                            for x in held.values()}))}
        everyone = receivers.sorted_receivers(store.receivers())
        if not everyone:
            raise CommandError("No receivers yet: number them (checkin receivers add --count "
                               "60) or import a list (checkin receivers import FILE).")
        for r in everyone:
            loan = held.get(r.id)
            state = "here"
            if loan is not None:
                person = people.get(loan.attendee_id)
                name = person.full_name if person else loan.attendee_id
                state = f"lent to {name} since {_time(store, loan.lent_at)}"
            extra = "\t".join(x for x in (r.channel, r.note) if x)
            print(f"{r.id}\t{state}" + (f"\t{extra}" if extra else ""))
        tally = receivers.tally(store)
        print(f"{tally.receivers} receivers, {tally.out} out, {tally.available} here")
    finally:
        store.close()
    return 0


def describe(result: receivers.LendResult, store: Store) -> str:
    """One line for the clerk, as the window says it."""
    o, number = result.outcome, result.receiver_id
    who = result.attendee.full_name if result.attendee else ""
    holder = result.holder.full_name if result.holder else (
        result.loan.attendee_id if result.loan else "")
    if o is receivers.LendOutcome.LENT:
        line = f"Lent: {number} to {who}."
        if result.holder is not None:
            line += f" (Taken back from {result.holder.full_name} first.)"
        return line
    if o is receivers.LendOutcome.RETURNED:
        since = _time(store, result.loan.lent_at) if result.loan else ""
        return f"Returned: {number}, lent to {who or '?'} since {since}."
    if o is receivers.LendOutcome.LENT_TO_OTHER:
        since = _time(store, result.loan.lent_at) if result.loan else ""
        return (f"Not lent: {number} is already lent to {holder} (since {since}). Take it "
                "back first (--take-back), or give another receiver.")
    if o is receivers.LendOutcome.ALREADY_THEIRS:
        return f"Nothing to do: {who} already holds {number}."
    if o is receivers.LendOutcome.HOLDS_ANOTHER:
        return (f"Not lent: {who} already holds {', '.join(result.held)}. Take that one "
                "back first, or lend this one too (--second).")
    if o is receivers.LendOutcome.NOT_LENT:
        return f"Nothing to do: {number} is not lent out."
    if o is receivers.LendOutcome.UNKNOWN_RECEIVER:
        if result.candidates:
            return (f"Which receiver? {result.code!r} may be {' or '.join(result.candidates)}:"
                    " give the whole number.")
        return (f"Unknown receiver: {number or result.code!r} is not in this station's list "
                "(checkin receivers list).")
    return f"Unknown badge: {result.code!r} is nobody's badge here; nothing lent."


def lend_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        result = _lending(store, args).lend(args.receiver, badge=args.badge,
                                            take_back=args.take_back, second=args.second)
        print(describe(result, store))
    finally:
        store.close()
    return EXIT_DONE if result.outcome.done else EXIT_REFUSED


def return_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        result = _lending(store, args).give_back(args.receiver)
        print(describe(result, store))
    finally:
        store.close()
    return EXIT_DONE if result.outcome.done else EXIT_REFUSED


def out_command(args: argparse.Namespace) -> int:
    from checkin.reports.errors import ExportError

    store = open_store(args)
    try:
        rows = receivers.not_returned(store)
        for r in rows:
            phone = r.phone or "no phone"
            print(f"{r.receiver}\t{r.name}\t{phone}\tsince {_time(store, r.lent_at)}"
                  + (f"\t{r.station}" if r.station else ""))
        tally = receivers.tally(store)
        print(f"{tally.out} of {tally.receivers} receivers not returned")
        if args.export is not None:
            from checkin.reports import catalogue
            from checkin.reports.data import load_attendance

            now = _reception(store, args).clock()
            try:
                written = catalogue.write("receivers-out", load_attendance(store, now=now),
                                          store, args.export, delimiter=args.sep)
            except ExportError as error:
                raise CommandError(str(error)) from None
            print(f"Written: {written}")
    finally:
        store.close()
    return 0


def labels_command(args: argparse.Namespace) -> int:
    from checkin.badges.receivers import write_labels_pdf

    if args.out.suffix.lower() != ".pdf":
        raise CommandError(f"{args.out.name}: the file name must end in .pdf.")
    store = open_store(args)
    try:
        everyone = receivers.sorted_receivers(store.receivers())
        if args.only:
            wanted = [w.strip().upper() for w in args.only.split(",") if w.strip()]
            known = {r.id: r for r in everyone}
            missing = [w for w in wanted if w not in known]
            if missing:
                raise CommandError(f"Unknown receivers: {', '.join(missing)}.")
            everyone = [known[w] for w in wanted]
        if not everyone:
            raise CommandError("No receivers yet: number them (checkin receivers add --count "
                               "60) or import a list.")
        event = store.event()
        result = write_labels_pdf(everyone, args.out, event_code=event.code if event else "")
    finally:
        store.close()
    print(f"Written: {result.path} ({result.labels} labels, {result.pages} pages)")
    return 0

