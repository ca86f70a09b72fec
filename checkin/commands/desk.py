"""The desk from the command line: ``search``, ``admit``, ``undo`` and ``sessions``.

``admit`` answers in words and through its exit status, so that a script can drive it:
0 admitted, 2 refused (already in, unknown badge, cancelled, not admitted, another event),
1 for an error the user can act on (printed by :mod:`checkin.cli` as one sentence).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from checkin.commands import CommandError, open_store
from checkin.model import AdmitResult, Direction, Event, Language, Method
from checkin.outcome_words import words
from checkin.reception import Reception
from checkin.reports.stats import session_figures
from checkin.search import Search, SearchHit

EXIT_ADMITTED, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2

_COLUMNS = (
    ("Name", 30),
    ("Organisation", 28),
    ("Country", 16),
    ("Category", 23),
    ("Reg. no.", 12),
    ("Token", 0),  # never cut: it is what one types next
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search",
        help="find attendees by name, organisation, country, e-mail, phone or number",
        description="Accents, case and word order do not matter; one typo is tolerated in "
        "words of five letters or more.",
    )
    p.add_argument("text", nargs="+", metavar="TEXT", help="what to look for")
    p.add_argument("-n", "--limit", type=int, default=20, help="at most this many lines")
    p.set_defaults(handler=search_command)

    p = subparsers.add_parser(
        "admit",
        help="check a badge in to a session (exit status 0 admitted, 2 refused)",
        description="Spaces, dashes and lower case in the token are fine.",
    )
    p.add_argument("token", nargs="+", metavar="TOKEN", help="the code on the badge")
    p.add_argument("--session", metavar="ID", help="session id (default: the one running now)")
    p.add_argument("--exit", action="store_true", help="record an exit instead of an entry")
    p.add_argument(
        "--override", action="store_true", help="staff override of a category/workshop refusal"
    )
    p.set_defaults(handler=admit_command)

    p = subparsers.add_parser("undo", help="undo a check-in (recorded as a voiding event)")
    p.add_argument("uuid", metavar="UUID", help="the check-in's id, as `admit` printed it")
    p.set_defaults(handler=undo_command)

    if "sessions" not in subparsers.choices:  # another area may list them already
        p = subparsers.add_parser("sessions", help="list the sessions with arrived / expected")
        p.set_defaults(handler=sessions_command)


def _reception(store, args: argparse.Namespace) -> Reception:
    """On the demo conference the clock reads 3 February 2025, as in the window, so that the
    current session and the times shown make sense whatever today's date is."""
    if getattr(args, "demo", False):
        from checkin.demo import demo_clock

        return Reception(store, clock=demo_clock())
    return Reception(store)


# --- search ---------------------------------------------------------------------------------


def _cut(text: str, width: int) -> str:
    if width and len(text) > width:
        return text[: width - 1] + "…"
    return text


def format_hits(hits: list[SearchHit]) -> list[str]:
    lines = ["  ".join(f"{title:<{width}}" if width else title for title, width in _COLUMNS)]
    for hit in hits:
        category = hit.category + (" (cancelled)" if hit.cancelled else "")
        cells = (hit.full_name, hit.organisation, hit.country, category, hit.reg_no, hit.token)
        lines.append(
            "  ".join(
                f"{_cut(cell, width):<{width}}" if width else cell
                for cell, (_, width) in zip(cells, _COLUMNS, strict=False)
            ).rstrip()
        )
    return lines


def search_command(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("--limit must be at least 1.")
    text = " ".join(args.text)
    store = open_store(args)
    try:
        hits = Search(store).search(text, limit=args.limit)
    finally:
        store.close()
    if not hits:
        print(f"No attendee matches “{text}”.")
        return 0
    for line in format_hits(hits):
        print(line)
    if any(h.typo for h in hits):
        print("(some names found by tolerating one typo)")
    return 0


# --- admit and undo -----------------------------------------------------------------------


def local_time(event: Event, moment: datetime, now: datetime) -> str:
    """"09:12" in the event's zone, with the date when it is not the same day as now."""
    local = event.local(moment)
    shown = local.strftime("%H:%M")
    if local.date() != event.local(now).date():
        shown += local.strftime(" on %d %b %Y")
    return f"{shown} ({event.timezone})"


def describe(result: AdmitResult, event: Event, now: datetime) -> str:
    """The answer in the words of :mod:`checkin.outcome_words`, as the door says it: the
    headline, who and where, why, the note for the door, what to do."""
    said = words(result, when=lambda moment: local_time(event, moment, now))
    if result.attendee is not None:
        a = result.attendee
        who = a.full_name + (f" ({a.organisation})" if a.organisation else "")
        session = result.session.name(Language.EN) if result.session else "?"
        where = f"{who} — {session}."
    else:
        where = f"Code: {result.code or '(empty)'}."
    lines = [f"{said.headline}. {where}"]
    if said.note:
        lines.append(f"Note for the door: {said.note}")
    why = " ".join(p for p in (said.explanation, said.advice) if p)
    if result.override_allowed and not result.admitted:
        why = (said.explanation + " Staff may admit with --override.").strip()
    if why:
        lines.append(why)
    if result.checkin is not None:
        if result.checkin.override:
            lines[0] += " (staff override recorded)"
        lines.append(f"Check-in {result.checkin.uuid}")
    return "\n".join(lines)


def admit_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        reception = _reception(store, args)
        event = reception.event
        session_id = args.session
        if not session_id:
            current = reception.current_session()
            if current is None:
                raise CommandError("This database has no sessions yet: import the programme "
                                   "(checkin programme import FILE) or sync with the hub.")
            session_id = current.id
            print(f"Session: {current.name('en')} ({current.id})")
        result = reception.admit(
            " ".join(args.token),
            session_id,
            method=Method.MANUAL,
            direction=Direction.EXIT if args.exit else Direction.ENTRY,
            override=args.override,
        )
        print(describe(result, event, reception.clock()))
    finally:
        store.close()
    return EXIT_ADMITTED if result.admitted else EXIT_REFUSED


def undo_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        reception = _reception(store, args)
        before = store.checkin(args.uuid)
        if before is None:
            raise CommandError(f"No check-in {args.uuid} in this database.")
        after = reception.undo(args.uuid)
        assert after is not None  # it was there just above
        attendee = store.attendee(after.attendee_id)
        session = store.session(after.session_id)
        event = reception.event
    finally:
        store.close()
    who = attendee.full_name if attendee else after.attendee_id
    where = session.name(Language.EN) if session else after.session_id
    when = local_time(event, after.at, reception.clock())
    if before.voided:
        print(f"Already undone: {who}'s check-in to {where} at {when}.")
    else:
        print(f"Undone: {who}'s check-in to {where} at {when}.")
    return 0


# --- sessions -------------------------------------------------------------------------------


def sessions_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        reception = _reception(store, args)
        event = reception.event
        current = reception.current_session()
        rows = [
            (
                "*" if current and f.session.id == current.id else " ",
                f.session.id,
                f.session.name(Language.EN),
                event.local(f.session.starts_at).strftime("%a %d %b %H:%M")
                + event.local(f.session.ends_at).strftime("–%H:%M"),
                f.session.room,
                f"{f.arrived}/{f.expected}",
            )
            for f in session_figures(store)
        ]
    finally:
        store.close()
    if not rows:
        print("No sessions in this database.")
        return 0
    id_w = max(len(r[1]) for r in rows)
    name_w = min(48, max(len(r[2]) for r in rows))
    print(f"  {'id':<{id_w}}  {'name':<{name_w}}  {'when (' + event.timezone + ')':<22}"
          f"  {'room':<16}  arrived/expected")
    for mark, sid, name, when, room, figures in rows:
        print(f"{mark} {sid:<{id_w}}  {_cut(name, name_w):<{name_w}}  {when:<22}"
              f"  {_cut(room, 16):<16}  {figures}")
    if current:
        print("* the session running now (or next)")
    return 0
