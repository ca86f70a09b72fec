"""Sub-commands of ``checkin``, one module per area, each with ``register(subparsers)``.

A handler takes the parsed arguments and returns an exit status; it raises
:class:`CommandError` (or a known store error) for failures the user can act on, and
:mod:`checkin.cli` prints them as one sentence.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin import paths
from checkin.store import Store


class CommandError(Exception):
    """A failure the user can act on; its message is printed as it is."""


def db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None) is not None:
        return args.db
    return paths.demo_db_path() if getattr(args, "demo", False) else paths.default_db_path()


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The station database named by --db / --demo (the demo is made on first use).

    Only the commands that fill a station (``import``, ``sync``, ``source``…) pass
    ``create``: the others, given a path where no database is (a typo), say so instead of
    leaving an empty database file there."""
    path = db_path(args)
    if getattr(args, "demo", False) and not path.exists():
        from checkin.demo import build_demo

        store = Store(path)
        build_demo(store)
        return store
    return Store(path, create=create)
