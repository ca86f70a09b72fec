"""The ``checkin`` command.

With no sub-command it opens the window; ``checkin --demo`` opens it on the demo conference.
Each area of the application adds its sub-commands from a module of its own in
:mod:`checkin.commands`, through a ``register(subparsers)`` function. A known failure (bad
file, full disk, unknown session…) is one sentence on stderr and exit status 1; never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from checkin import __version__, paths
from checkin.commands import CommandError, db_path

COMMAND_MODULES = (
    "checkin.commands.core",
    "checkin.commands.programme",
    "checkin.commands.desk",
    "checkin.commands.scan",
    "checkin.commands.reports",
    "checkin.commands.sync",
    "checkin.commands.backup",
    "checkin.commands.occupancy",
    "checkin.commands.online",
    "checkin.commands.receivers",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkin",
        description="Conference reception: attendee list, badge scanning, check-ins, sync.",
    )
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"station database (default: {paths.default_db_path()})",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo conference's database (made on first use)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (database, demo, decoders, badge, window) and exit",
    )
    parser.add_argument(
        "--source",
        default=None,
        metavar="INDEX|FILE|URL",
        help="the window's camera: a device index, a video file or a stream URL",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # an area not built yet
        module.register(subparsers)
    return parser


def window_only(argv: list[str]) -> argparse.Namespace | None:
    """The global options when there is no sub-command (the window opens), else None. Then
    the command modules (fpdf, openpyxl, httpx…) are never imported: launching the window
    stays fast (bench/bench_window.py)."""
    quick = argparse.ArgumentParser(add_help=False)
    quick.add_argument("--db", type=Path, default=None)
    quick.add_argument("--demo", action="store_true")
    quick.add_argument("-v", "--verbose", action="store_true")
    quick.add_argument("--source", default=None)
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:  # a bad value: the full parser says what is wrong
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Names and paths are printed back: a character the terminal cannot take is shown as an
    # escape, never a crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    undecodable = next((a for a in argv if _has_surrogates(a)), None)
    if undecodable is not None:
        # Bytes that are not UTF-8 (a terminal in another encoding, a pasted binary): they
        # cannot be stored as text nor named back safely.
        shown = undecodable.encode("utf-8", "backslashreplace").decode("ascii", "replace")
        print(f"checkin: an argument is not UTF-8 text: {shown[:60]}", file=sys.stderr)
        return 2
    args = window_only(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    from checkin import logs

    logs.setup(verbose=args.verbose)
    if getattr(args, "self_test", False):
        from checkin import selftest

        return selftest.main()
    if args.command is None:
        from checkin.ui.app import main as gui_main  # Qt only when the window is wanted

        return gui_main(db=db_path(args), demo=args.demo, source=args.source)
    return run(args)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def run(args: argparse.Namespace) -> int:
    from checkin.atomic import WriteError
    from checkin.reception import NoEvent, NotABadge, UnknownSession
    from checkin.store import StoreError

    known = (CommandError, StoreError, NoEvent, NotABadge, UnknownSession, WriteError,
             FileNotFoundError, PermissionError)
    try:
        return int(args.handler(args) or 0)
    except known as error:
        message = error.args[0] if error.args else str(error)
        if isinstance(error, (FileNotFoundError, PermissionError)) and error.filename:
            message = f"{error.strerror}: {error.filename}"
        print(f"checkin: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `checkin search … | head`: the reader left, nothing to say
        sys.stderr.close()
        return 0
    except OSError as error:  # disk full, bad path…
        print(f"checkin: {error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
