"""Online attendance: ``checkin online import | pending | confirm | reject | threshold``.

``import`` reads a Zoom, Microsoft Teams or Webex participants report, matches the people in
it to the registrants and records those present long enough as check-ins with the method
"online" (:mod:`checkin.online`); the report it prints says what was found and what was
done, person by person. Uncertain matches are numbered; ``pending`` lists them, ``confirm
N`` and ``reject N`` decide them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.commands import CommandError, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    online = subparsers.add_parser(
        "online", help="online attendance: import a Zoom, Teams or Webex participants report",
        description="Online attendance from the meeting platform's participants report, "
                    "recorded as check-ins with the method \"online\".",
    )
    verbs = online.add_subparsers(dest="verb", metavar="VERB", required=True)

    imp = verbs.add_parser(
        "import", help="import a participants report for one session",
        description="Read a Zoom participants report (CSV), a Microsoft Teams attendance "
                    "report (CSV, the UTF-16 file Teams writes, or XLSX) or a Webex attendee "
                    "report (CSV); match people by e-mail, then by name; record those present "
                    "at or above the threshold. Importing the same report again records "
                    "nothing new.",
    )
    imp.add_argument("report", type=Path, help="the report file")
    imp.add_argument("--session", required=True, metavar="ID", help="the session it is of")
    imp.add_argument("--dry-run", action="store_true", help="report, write nothing")
    imp.add_argument("--threshold", type=_percent, metavar="PCT",
                     help="present from this share of the session's length, in percent "
                          "(default: the session's own, else 50)")
    imp.add_argument("--timezone", metavar="ZONE",
                     help="the zone the report's times are in (default: the event's)")
    imp.set_defaults(handler=run_import)

    pend = verbs.add_parser("pending", help="list the uncertain matches waiting for a decision")
    pend.add_argument("--session", metavar="ID", help="only this session's")
    pend.set_defaults(handler=run_pending)

    conf = verbs.add_parser("confirm", help="an uncertain match is right: record it")
    conf.add_argument("number", type=_number, help="its number (checkin online pending)")
    conf.add_argument("--attendee", metavar="ID",
                      help="who it is, when it has several candidates (or another person)")
    conf.set_defaults(handler=run_confirm)

    rej = verbs.add_parser("reject", help="an uncertain match is wrong: an online-only "
                                          "attendee is made instead")
    rej.add_argument("number", type=_number, help="its number (checkin online pending)")
    rej.set_defaults(handler=run_reject)

    thr = verbs.add_parser("threshold", help="show or set a session's presence threshold")
    thr.add_argument("--session", required=True, metavar="ID")
    thr.add_argument("percent", nargs="?", type=_percent,
                     help="present from this share of the session, in percent")
    thr.add_argument("--default", action="store_true", help="back to the default (50 %%)")
    thr.set_defaults(handler=run_threshold)


def _number(text: str) -> int:
    """An uncertain match's number, as `online pending` shows it (#3 or 3)."""
    try:
        value = int(text.strip().lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 1 <= value < 2**62:
        raise argparse.ArgumentTypeError(f"{text!r}: no match has that number")
    return value


def _percent(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r}: a percentage is from 0 to 100")
    return value


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _minutes(value: float) -> str:
    return f"{value:g} min"


def _who(person) -> str:
    return f"{person.full_name} ({person.id})"


def render_import(plan) -> str:
    """The typed report of an import (or of a dry run)."""
    session, report = plan.session, plan.report
    lines = [
        f"{report.name}: {report.platform.label} participants report"
        + (f" \u00ab{report.title}\u00bb" if report.title else ""),
        f"  read from: {_SOURCE_WORDS[report.source.value]}; {len(report.joins)} joins"
        + (f", {_count(report.waiting_room, 'waiting-room row')} left out"
           if report.waiting_room else ""),
        f"  session: {session.id} \u2013 {session.name('en')}; present from "
        f"{plan.threshold:g} % = {_minutes(plan.needed_minutes)}",
    ]
    for refused in report.refused:
        lines.append(f"  line {refused.line} refused: {refused.reason}")
    count = len(plan.lines)
    by = {how: plan.with_how(how) for how in ("email", "name", "decided", "kept", "uncertain",
                                               "new", "below")}
    lines.append(f"{count} participants")
    sections = (
        ("email", "matched by e-mail"), ("name", "matched by name"),
        ("decided", "matched as decided before"), ("kept", "online-only attendees already made"),
    )
    for how, title in sections:
        if by[how]:
            lines.append(f"{len(by[how])} {title}")
            lines += [_line(line, plan.applied) for line in by[how]]
    if by["uncertain"]:
        lines.append(f"{len(by['uncertain'])} uncertain: confirm or reject each "
                     "(checkin online confirm N / reject N)")
        for line in by["uncertain"]:
            number = f"#{line.review}" if line.review is not None else \
                ("(to be numbered)" if line.present and not plan.applied else "(not asked)")
            lines.append(f"  {number} {line.participant.name}"
                         + (f" <{line.participant.email}>" if line.participant.email else "")
                         + f", {_minutes(line.participant.minutes)}"
                         + ("" if line.present else " (below threshold)")
                         + f": {line.reason}")
            for person, why in line.candidates:
                lines.append(f"      ? {_who(person)}: {why}")
    if by["new"]:
        lines.append(f"{len(by['new'])} new online-only attendees")
        lines += [_line(line, plan.applied) for line in by["new"]]
    if by["below"]:
        lines.append(f"{len(by['below'])} unmatched and below the threshold (nobody made)")
        lines += [f"  {line.participant.name}, {_minutes(line.participant.minutes)}"
                  for line in by["below"]]
    present = plan.present
    below = [line for line in plan.below]
    recorded = [line for line in plan.lines if line.checkin is not None]
    already = [line for line in plan.lines if line.already]
    waiting = [line for line in present if line.how == "uncertain"]
    lines.append(
        f"present online: {len(present)}; below the threshold: {len(below)}; "
        + (f"would be recorded: {len(recorded)}" if not plan.applied
           else f"recorded now: {len(recorded)}")
        + f"; already recorded: {len(already)}"
        + (f"; waiting for a decision: {len(waiting)}" if waiting else ""))
    if not plan.applied:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)


_SOURCE_WORDS = {"joins": "one row per join", "totals": "one row per person (first join, "
                 "last leave, duration)", "events": "joined / left events"}


def _line(line, applied: bool) -> str:
    person = line.attendee
    state = "present" if line.present else "below threshold"
    if line.checkin is not None:
        state += ", recorded" if applied else ", would be recorded"
    elif line.already:
        state += ", already recorded"
    shown = line.participant.name
    joined_as = [n for n in line.participant.names if n != shown]
    if joined_as:
        shown += f" (joined as {joined_as[0]})"
    if line.participant.email:
        shown += f" <{line.participant.email}>"
    target = f" \u2192 {_who(person)}" if person is not None else ""
    return f"  {shown}{target}: {_minutes(line.participant.minutes)}, {state}"


def _zone(args: argparse.Namespace):
    if not args.timezone:
        return None
    try:
        return ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"Unknown time zone {args.timezone!r}: write it like "
                           "Africa/Bujumbura or Europe/Paris.") from None


def run_import(args: argparse.Namespace) -> int:
    from checkin.online.attendance import OnlineError, import_report
    from checkin.online.readers import ReportError

    if not args.report.exists():
        raise CommandError(f"No such file: {args.report}")
    if args.report.is_dir():
        raise CommandError(f"{args.report} is a folder, not a participants report.")
    zone = _zone(args)
    store = open_store(args)
    try:
        plan = import_report(store, args.report, args.session, threshold=args.threshold,
                             zone=zone, dry_run=args.dry_run)
    except (OnlineError, ReportError) as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(render_import(plan))
    return 0


def run_pending(args: argparse.Namespace) -> int:
    from checkin.online.attendance import pending

    store = open_store(args)
    try:
        if args.session and store.session(args.session) is None:
            raise CommandError(f"No session {args.session!r} here.")
        reviews = pending(store, args.session)
        people = {a.id: a for a in store.attendees(
            {i for r in reviews for i, _ in r.candidates})}
        if not reviews:
            print("No uncertain match waits for a decision.")
        for review in reviews:
            where = review.session_id
            print(f"#{review.id} {review.name}"
                  + (f" <{review.email}>" if review.email else "")
                  + f", {where}, {_minutes(review.minutes)}"
                  + ("" if review.present else " (below threshold)") + f": {review.reason}")
            for attendee_id, why in review.candidates:
                person = people.get(attendee_id)
                shown = _who(person) if person else attendee_id
                print(f"    ? {shown}: {why}")
    finally:
        store.close()
    return 0


def _decision(decision, verb: str) -> str:
    review, person = decision.review, decision.attendee
    text = f"#{review.id} {review.name} {verb}: {_who(person)}"
    if decision.made:
        text += ", a new online-only attendee"
    if decision.checkin is not None:
        text += f"; online attendance recorded for {review.session_id}"
    elif review.present:
        text += f"; online attendance for {review.session_id} was already recorded"
    else:
        text += "; below the threshold, nothing recorded"
    return text


def run_confirm(args: argparse.Namespace) -> int:
    from checkin.online.attendance import OnlineError, confirm

    store = open_store(args)
    try:
        decision = confirm(store, args.number, args.attendee)
    except OnlineError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(_decision(decision, "confirmed"))
    return 0


def run_reject(args: argparse.Namespace) -> int:
    from checkin.online.attendance import OnlineError, reject

    store = open_store(args)
    try:
        decision = reject(store, args.number)
    except OnlineError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(_decision(decision, "rejected"))
    return 0


def run_threshold(args: argparse.Namespace) -> int:
    from checkin.online.attendance import OnlineError, set_threshold, threshold_for

    store = open_store(args)
    try:
        if store.session(args.session) is None:
            raise CommandError(f"No session {args.session!r} here.")
        try:
            if args.default:
                set_threshold(store, args.session, None)
            elif args.percent is not None:
                set_threshold(store, args.session, args.percent)
        except OnlineError as error:
            raise CommandError(str(error)) from None
        print(f"{args.session}: present online from {threshold_for(store, args.session):g} % "
              "of the session")
    finally:
        store.close()
    return 0
