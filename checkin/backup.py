"""Copies of the station database, taken while it is in use, and putting one back.

A copy is made with SQLite's online backup API from a read-only connection of its own (any
thread may take one while the door scans), written under a temporary name, checked with
``quick_check`` and only then renamed into place: a stick pulled out mid-copy leaves the
previous copies, never a half one. Copies are named ``<database>-YYYYMMDD-HHMMSS.db`` (UTC)
so that several stations' files can share one USB stick; the newest ``keep`` are kept.

Where they go is a setting of the station (``backup_folder`` in its database; by default a
``backups`` folder beside the database): a second folder or a USB stick, chosen in the
window's settings or with ``checkin backup folder DIR``. The window takes one every few
minutes and on quit; ``checkin backup now|list|restore`` does it by hand.

Restoring never deletes: the file it replaces (damaged, or simply newer) is moved aside as
``<database>.replaced-YYYYMMDD-HHMMSS``, with its WAL.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from checkin import dbcheck
from checkin.store import Store, StoreError

FOLDER_SETTING = "backup_folder"
KEEP_SETTING = "backup_keep"
EVERY_SETTING = "backup_every_minutes"
DEFAULT_KEEP = 10
DEFAULT_EVERY_MINUTES = 5
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(StoreError):
    """A backup could not be made or put back; the message says why."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC, from the name
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Plan:
    """Where and how often this station's database is copied."""

    folder: Path
    keep: int = DEFAULT_KEEP
    every_minutes: int = DEFAULT_EVERY_MINUTES
    chosen: bool = False  # the folder was chosen (not the default beside the database)


def default_folder(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def plan_for(store: Store) -> Plan:
    """The station's plan, from its settings."""
    folder = store.get_setting(FOLDER_SETTING)
    return Plan(
        Path(folder) if folder else default_folder(store.path),
        keep=_int(store.get_setting(KEEP_SETTING), DEFAULT_KEEP, 1, 1000),
        every_minutes=_int(store.get_setting(EVERY_SETTING), DEFAULT_EVERY_MINUTES, 1, 24 * 60),
        chosen=bool(folder),
    )


def save_plan(store: Store, folder: Path | None, keep: int | None = None,
              every_minutes: int | None = None) -> Plan:
    """Choose the folder (None: the default beside the database), how many copies to keep
    and how often the window takes one."""
    if folder is not None:
        folder = Path(folder).expanduser().resolve()
        if folder.exists() and not folder.is_dir():
            raise BackupError(f"{folder} is a file, not a folder.")
    if keep is not None and not 1 <= keep <= 1000:
        raise BackupError("Keep between 1 and 1,000 copies.")
    if every_minutes is not None and not 1 <= every_minutes <= 24 * 60:
        raise BackupError("Take a copy every 1 to 1,440 minutes.")
    with store.transaction():
        store.set_setting(FOLDER_SETTING, str(folder) if folder is not None else None)
        if keep is not None:
            store.set_setting(KEEP_SETTING, str(keep))
        if every_minutes is not None:
            store.set_setting(EVERY_SETTING, str(every_minutes))
    return plan_for(store)


def _int(text: str | None, default: int, low: int, high: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return min(max(value, low), high)


def _pattern(db_path: Path) -> re.Pattern:
    return re.compile(re.escape(Path(db_path).stem) + r"-(\d{8}-\d{6})\.db")


def list_backups(db_path: Path, folder: Path) -> list[Backup]:
    """The copies of ``db_path`` in ``folder``, newest first."""
    pattern = _pattern(db_path)
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise BackupError(
            f"The backup folder {folder} cannot be read ({error.strerror}).") from error
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match:
            continue
        try:
            when = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(entry, when, size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take(db_path: Path, folder: Path, *, keep: int = DEFAULT_KEEP,
         now: datetime | None = None) -> Backup:
    """Copy the database at ``db_path`` into ``folder`` while it is in use; keep ``keep``."""
    db_path, folder = Path(db_path), Path(folder)
    when = (now or datetime.now(UTC)).astimezone(UTC)
    final = folder / f"{db_path.stem}-{when.strftime(_STAMP)}.db"
    partial = folder / f".{final.name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            target = sqlite3.connect(partial)
            try:
                # Page by page, letting the door's writes in between the steps.
                source.backup(target, pages=512, sleep=0.002)
                problems = [r[0] for r in target.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    raise BackupError(
                        f"The database is damaged ({problems[0][:80]}): no copy was kept.")
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
        _sync_folder(folder)
    except sqlite3.Error as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"The backup to {folder} failed: {error}.") from error
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"The backup to {folder} failed: {error.strerror or error} "
                          "(is the stick still there, and not full?).") from error
    prune(db_path, folder, keep)
    return Backup(final, when.replace(microsecond=0), final.stat().st_size)


def prune(db_path: Path, folder: Path, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(db_path, folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def restore(db_path: Path, backup: Path, *, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in the place of ``db_path`` (no one may have it open); returns where
    the replaced file was moved, or None when there was none."""
    db_path, backup = Path(db_path), Path(backup)
    if db_path.exists() and not db_path.is_file():
        raise BackupError(f"{db_path} is not a database file: nothing was put back.")
    if not backup.is_file():
        raise BackupError(f"No backup at {backup}.")
    try:
        dbcheck.check_file(backup)
    except StoreError as error:
        raise BackupError(f"This backup cannot be used: {error}") from None
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    aside = None
    partial = db_path.with_name(f".{db_path.name}.restoring")
    try:
        shutil.copyfile(backup, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if db_path.exists():
            aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
            os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = db_path.with_name(db_path.name + suffix)
            if extra.exists():
                os.replace(extra, db_path.with_name(f"{db_path.name}.replaced-{stamp}{suffix}"))
        os.replace(partial, db_path)
        _sync_folder(db_path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"The restore failed: {error.strerror or error}.") from error
    return aside


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- a restore asked for in the window, done at the next start -------------------------------


def _marker(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".restore")


def schedule_restore(db_path: Path, copy: Path) -> None:
    """The window cannot swap the file it has open: it leaves a note, quits, and the next
    start puts the copy back before opening anything (:func:`restore_scheduled`)."""
    _marker(db_path).write_text(str(Path(copy).resolve()), encoding="utf-8")


def restore_scheduled(db_path: Path) -> tuple[Path, Path | None] | None:
    """Do the restore a previous run scheduled; (the copy, the file kept aside) or None."""
    marker = _marker(db_path)
    if not marker.exists():
        return None
    copy = Path(marker.read_text(encoding="utf-8").strip())
    marker.unlink()
    return copy, restore(db_path, copy)
