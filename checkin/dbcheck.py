"""What is checked before a station database is opened for writing.

Two things stop a station from writing into a file:

- **a newer version made it**: its ``user_version`` is above this version's schema, or it
  records migrations this version does not know. Writing into it could undo what the newer
  version relies on, so it is refused with one sentence (update this station), and nothing is
  written: the check reads through a read-only connection.
- **it is damaged**: SQLite's ``quick_check`` finds a fault, or the file cannot be read as a
  database. The check is bounded in time (a huge file on a slow stick must not hold the door
  for a minute): past the budget it stops and the file is taken as it is.

Both failures are :class:`~checkin.store.StoreError` subclasses, so every front door (the
command line, the window, the hub) already shows them as a sentence.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from checkin.schema import migrations

log = logging.getLogger(__name__)

QUICK_CHECK_SECONDS = 3.0


class StoreError(Exception):
    """A known failure of the disk or the database, in words a person can act on."""


class NewerDatabase(StoreError):
    """The file was made or upgraded by a newer version of Check-in."""


class DamagedDatabase(StoreError):
    """The file fails SQLite's quick_check, or is not a database at all."""

    def __init__(self, message: str, path: Path, detail: str = ""):
        super().__init__(message)
        self.path = path
        self.detail = detail


def known_migrations() -> list[str]:
    # sqlite-utils keeps the registered migrations in a private list; the names are what
    # it records in _sqlite_migrations, so they are what a file is compared with.
    return [m.name for m in migrations._migrations]


def schema_version() -> int:
    """The ``user_version`` this version writes: the number of migrations it knows."""
    return len(known_migrations())


@dataclass(frozen=True)
class FileState:
    user_version: int
    unknown_migrations: tuple[str, ...]
    checked: bool  # quick_check ran to the end within its budget
    problems: tuple[str, ...]  # quick_check's findings; empty when the file is sound


def inspect(path: Path, seconds: float = QUICK_CHECK_SECONDS) -> FileState:
    """Read the file's version and run a bounded quick_check, writing nothing.

    Raises :class:`DamagedDatabase` when the file cannot be read as a database."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10)
    except sqlite3.Error as error:
        raise _unreadable(path, error) from error
    try:
        try:
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_table = conn.execute(
                "select 1 from sqlite_master where type = 'table' and name = ?",
                [migrations.migrations_table],
            ).fetchone()
            applied = set()
            if has_table:
                applied = {
                    row[0]
                    for row in conn.execute(
                        f"select name from {migrations.migrations_table}"
                        " where migration_set = ?",
                        [migrations.name],
                    )
                }
        except sqlite3.DatabaseError as error:
            if error_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            raise _unreadable(path, error) from error
        unknown = tuple(sorted(applied - set(known_migrations())))
        if user_version > schema_version() or unknown:
            # No need to check further: the file is not ours to judge.
            return FileState(user_version, unknown, False, ())
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
        except sqlite3.OperationalError as error:
            if error_code(error) != sqlite3.SQLITE_INTERRUPT:
                raise _unreadable(path, error) from error
            log.warning("quick_check of %s stopped after %.0f s: the file is taken as it is",
                        path, seconds)
            return FileState(user_version, (), False, ())
        except sqlite3.DatabaseError as error:
            return FileState(user_version, (), True, (str(error),))
        # One finding a line, without the "*** in database main ***" banners.
        problems = tuple(
            line.strip() for row in rows if row != "ok" for line in str(row).splitlines()
            if line.strip() and not line.startswith("***")
        )
        return FileState(user_version, (), True, problems)
    finally:
        conn.close()


def error_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``error`` (None when SQLite gave none)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _unreadable(path: Path, error: sqlite3.Error) -> StoreError:
    code = error_code(error)
    if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return DamagedDatabase(
            f"{path} is not a Check-in database, or it is damaged: nothing was written. "
            "Restore the last backup (checkin backup restore) or choose another file.",
            path, str(error))
    if code == sqlite3.SQLITE_CANTOPEN:
        return StoreError(f"The database cannot be opened: check the folder exists and is "
                          f"readable ({path}).")
    return StoreError(f"Database error: {error} ({path})")


def check_file(path: Path, seconds: float = QUICK_CHECK_SECONDS) -> FileState:
    """Refuse a file made by a newer version, or a damaged one; else return its state."""
    state = inspect(path, seconds)
    if state.user_version > schema_version() or state.unknown_migrations:
        raise NewerDatabase(
            f"{path} was made by a newer version of Check-in: update this station to open "
            "it (nothing was written)."
        )
    if state.problems:
        log.info("quick_check of %s: %s", path, "; ".join(state.problems))
        first = state.problems[0][:80]
        raise DamagedDatabase(
            f"{path} is damaged (SQLite's check found \"{first}\"): scanning is refused. "
            "Restore the last backup (checkin backup restore).",
            path, "; ".join(state.problems))
    return state
