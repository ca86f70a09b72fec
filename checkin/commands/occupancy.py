"""Who is in the room: ``checkin occupancy`` and ``checkin checkout``.

``occupancy`` prints, per session, the people inside now against the capacity, the level the
door shows (ok, warning at 90 %, full), and by how much the room went past capacity when
doors that were offline together let too many in (from the check-ins this station knows).
``checkout`` records an exit for everyone still inside a session (pretix's auto-checkout), so
that the next session in the same room starts from zero.
"""

from __future__ import annotations

import argparse

from checkin import occupancy
from checkin.commands import CommandError, open_store
from checkin.reception import Reception

LEVEL_WORDS = {"ok": "", "warning": "nearly full", "full": "ROOM FULL"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "occupancy",
        help="people in the room now against capacity, per session",
        description="In the room now = people whose last check-in to the session is an "
        "entry, from every station's entries and exits this station has synced.",
    )
    p.add_argument("--session", metavar="ID", help="only this session")
    p.set_defaults(handler=occupancy_command)

    p = subparsers.add_parser(
        "checkout",
        help="record an exit for everyone still inside a session (auto-checkout)",
        description="Without --session: every session that has ended and still has people "
        "inside.",
    )
    p.add_argument("--session", metavar="ID", help="this session, ended or not")
    p.set_defaults(handler=checkout_command)


def describe(o: occupancy.Occupancy) -> str:
    capacity = str(o.capacity) if o.capacity else "no capacity"
    line = f"{o.session.id}\t{o.session.name('en')}\tin the room {o.inside} / {capacity}"
    if o.ratio is not None:
        line += f" ({round(o.ratio * 100)} %)"
    if LEVEL_WORDS[o.level]:
        line += f"\t{LEVEL_WORDS[o.level]}"
    if o.overshoot:
        line += f"\tpeak {o.peak}: {o.overshoot} over capacity"
    return line


def occupancy_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if args.session:
            session = Reception(store).session(args.session)
            figures = [occupancy.occupancy(store, session)]
        else:
            figures = occupancy.occupancies(store)
        if not figures:
            raise CommandError("This database has no sessions yet: import the programme first.")
        for figure in figures:
            print(describe(figure))
    finally:
        store.close()
    return 0


def _reception(store, args: argparse.Namespace) -> Reception:
    """The demo's clock reads its conference day, as in the window."""
    if getattr(args, "demo", False):
        from checkin.demo import demo_clock

        return Reception(store, clock=demo_clock())
    return Reception(store)


def checkout_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        reception = _reception(store, args)
        now = reception.clock()
        if args.session:
            sessions = [reception.session(args.session)]
        else:
            sessions = occupancy.ended_sessions_with_people(store, now)
        if not sessions:
            print("Nobody is left inside a session that has ended.")
        for session in sessions:
            made = occupancy.check_out_everyone(store, session, now)
            print(f"{session.id}\t{session.name('en')}\t{len(made)} checked out")
    finally:
        store.close()
    return 0
