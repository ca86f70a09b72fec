"""``checkin backup``: copies of the station database (see :mod:`checkin.backup`).

``now`` takes one, ``list`` shows them, ``restore`` puts the newest (or a named one) back,
``folder`` chooses where they go. ``list`` and ``restore`` work on a damaged database too:
they do not open it, and take the folder from ``--folder`` when its settings cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin import backup
from checkin.commands import CommandError, db_path
from checkin.store import Store, StoreError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup", help="copies of this station's database: now, list, restore, folder",
        description="Copies of the station database, taken while it is in use (the window "
        "takes one every few minutes and on quit).")
    verbs = parser.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    now = verbs.add_parser("now", help="take a copy now")
    now.add_argument("--folder", type=Path, help="into this folder (default: the chosen one)")
    now.set_defaults(handler=run_now)
    listing = verbs.add_parser("list", help="the copies, newest first")
    listing.add_argument("--folder", type=Path, help="look in this folder (a USB stick…)")
    listing.set_defaults(handler=run_list)
    restore = verbs.add_parser(
        "restore", help="put a copy back (the current file is kept aside, never deleted)")
    restore.add_argument("file", nargs="?", type=Path,
                         help="the copy to put back (default: the newest)")
    restore.add_argument("--folder", type=Path, help="look in this folder (a USB stick…)")
    restore.set_defaults(handler=run_restore)
    folder = verbs.add_parser("folder", help="show or choose where the copies go")
    folder.add_argument("folder", nargs="?", type=Path,
                        help="a second folder or a USB stick; 'default' for the one beside "
                        "the database")
    folder.add_argument("--keep", type=int, help="how many copies to keep (default 10)")
    folder.add_argument("--every", type=int, metavar="MINUTES",
                        help="how often the window takes one (default 5)")
    folder.set_defaults(handler=run_folder)


def _store(args) -> Store:
    return Store(db_path(args), create=False)


def _folder(args, path: Path) -> Path:
    """--folder, else the station's setting, else the default; a damaged or newer database
    is not opened for this (its copies are what is wanted)."""
    if args.folder is not None:
        return args.folder
    try:
        store = _store(args)
    except StoreError:
        return backup.default_folder(path)
    try:
        return backup.plan_for(store).folder
    finally:
        store.close()


def run_now(args) -> int:
    store = _store(args)
    try:
        plan = backup.plan_for(store)
        made = backup.take(store.path, args.folder or plan.folder, keep=plan.keep)
    finally:
        store.close()
    print(f"Copy written: {made.path} ({made.size / 1024:.0f} kB).")
    return 0


def run_list(args) -> int:
    path = db_path(args)
    folder = _folder(args, path)
    copies = backup.list_backups(path, folder)
    if not copies:
        print(f"No copy of {path.name} in {folder}.")
        return 0
    print(f"Copies of {path.name} in {folder}, newest first:")
    for copy in copies:
        print(f"  {copy.taken_at:%Y-%m-%d %H:%M:%S} UTC  {copy.size / 1024:>8.0f} kB  "
              f"{copy.name}")
    return 0


def run_restore(args) -> int:
    path = db_path(args)
    if args.file is not None:
        chosen = args.file
    else:
        folder = _folder(args, path)
        copies = backup.list_backups(path, folder)
        if not copies:
            raise CommandError(f"No copy of {path.name} in {folder}: name one, or give "
                               "--folder where they are.")
        chosen = copies[0].path
    aside = backup.restore(path, chosen)
    print(f"{path} is now the copy {chosen.name}.")
    if aside is not None:
        print(f"The file it replaced is kept as {aside}; check-ins made after the copy are "
              "in it (and at the hub, if this station synced).")
    return 0


def run_folder(args) -> int:
    store = _store(args)
    try:
        if args.folder is not None or args.keep is not None or args.every is not None:
            folder = args.folder
            if folder is not None and str(folder) == "default":
                folder = None
            elif folder is None:
                current = backup.plan_for(store)
                folder = current.folder if current.chosen else None
            plan = backup.save_plan(store, folder, keep=args.keep, every_minutes=args.every)
        else:
            plan = backup.plan_for(store)
    finally:
        store.close()
    where = plan.folder if plan.chosen else f"{plan.folder} (the default, beside the database)"
    print(f"Copies go to {where}; the newest {plan.keep} are kept; the window takes one "
          f"every {plan.every_minutes} min and on quit.")
    return 0
