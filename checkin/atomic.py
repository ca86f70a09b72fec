"""Write a file so that its final name only ever holds a complete file.

Everything the application writes for people (exports, badge sheets, certificates) goes
through :func:`atomic_write`: the bytes go to a temporary file in the same folder (so the
rename cannot cross file systems), are flushed and fsynced, and only then renamed over the
final name. A full disk, a pulled USB stick or a crash half-way leaves the old file (or no
file) under the final name, never a truncated one; the temporary file is removed.

Known failures come out as :class:`WriteError`, one sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class WriteError(Exception):
    """A file could not be written; the message says why and what to do."""

    def __init__(self, message: str, path: Path | str = ""):
        super().__init__(message)
        self.path = Path(path) if path else None


def explain(error: OSError, path: Path | str) -> WriteError:
    """Turn an OS error into a sentence about ``path``."""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        text = f"The disk is full: free some space and try again; {path} was not written."
    elif code == errno.ENOENT:
        text = f"The folder does not exist: {Path(path).parent}."
    elif code in (errno.EACCES, errno.EPERM):
        text = f"Permission denied: cannot write {path} (is it open in another program?)."
    elif code == errno.EROFS:
        text = f"The disk is read-only: cannot write {path}."
    elif code == errno.EISDIR:
        text = f"{path} is a folder, not a file name."
    elif code == errno.ENOTDIR:
        text = f"Part of the path is not a folder: {path}."
    elif code == errno.ENAMETOOLONG:
        text = f"The file name is too long: {path}."
    else:
        text = f"Cannot write {path}: {error.strerror or error}."
    return WriteError(text, path)


@contextlib.contextmanager
def atomic_write(
    path: Path | str,
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; rename it to ``path`` on success.

    ``mode`` is ``"wb"`` or ``"w"`` (text, with ``encoding`` and ``newline``). On any
    exception inside the block the temporary file is removed and nothing appears under
    ``path``; OS errors are re-raised as :class:`WriteError`.
    """
    if mode not in ("w", "wb"):
        raise ValueError("atomic_write opens files for writing only ('w' or 'wb')")
    path = Path(path)
    fd, temp, folder = _temp_beside(path)
    with _removed_on_failure(temp, path):
        try:
            handle = _open_temp(fd, mode, encoding if "b" not in mode else None, newline)
        except BaseException:
            os.close(fd)
            raise
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temp, path, folder)


def _open_temp(fd: int, mode: str, encoding: str | None, newline: str | None) -> IO:
    """The one place bytes meet the disk (the tests put a full disk here)."""
    return os.fdopen(fd, mode, encoding=encoding, newline=newline)


def ensure_folder(folder: Path | str) -> Path:
    """Create ``folder`` (and its parents) if needed; a clear :class:`WriteError` if not
    possible."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise WriteError(f"{folder} exists and is not a folder.", folder) from error
    except OSError as error:
        reason = "the disk is full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else (
            error.strerror or str(error)).lower()
        raise WriteError(f"Cannot create the folder {folder}: {reason}.", folder) from error
    if not folder.is_dir():
        raise WriteError(f"{folder} exists and is not a folder.", folder)
    return folder


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """For writers that want a file name, not a file object (Qt's printer): yield a
    temporary path beside ``path``; on success it is fsynced and renamed to ``path``, on
    failure removed."""
    path = Path(path)
    fd, temp, folder = _temp_beside(path)
    with _removed_on_failure(temp, path):
        os.close(fd)
        yield temp
        if not temp.exists() or temp.stat().st_size == 0:
            raise WriteError(f"Nothing was written to {path}.", path)
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _publish(temp, path, folder)


def write_bytes(path: Path | str, data: bytes | bytearray) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, "wb") as handle:
        handle.write(data)
    return Path(path)


def _temp_beside(path: Path) -> tuple[int, Path, Path]:
    """A new temporary file in ``path``'s folder (so the rename cannot cross file systems):
    its open descriptor, its path, and the folder."""
    if path.is_dir():
        raise explain(OSError(errno.EISDIR, "Is a directory"), path)
    _refuse_special(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise explain(error, path) from error
    return fd, Path(temp_name), folder


@contextlib.contextmanager
def _removed_on_failure(temp: Path, path: Path) -> Iterator[None]:
    """Any failure in the block removes ``temp``; OS errors become a :class:`WriteError`."""
    try:
        yield
    except OSError as error:
        _remove(temp)
        raise explain(error, path) from error
    except BaseException:
        _remove(temp)
        raise


def _refuse_special(path: Path) -> None:
    """The rename that publishes a file would replace whatever has the name: a device such
    as /dev/full or /dev/null (as root, for everyone), a pipe, a socket. Only a regular
    file, or nothing, may be replaced."""
    try:
        info = path.stat()
    except OSError:
        return  # nothing there yet (or unreachable: the write will say so)
    if not stat.S_ISREG(info.st_mode):
        raise WriteError(f"{path} is a device or a pipe, not a file to write.", path)


def _publish(temp: Path, path: Path, folder: Path) -> None:
    """Give the complete, fsynced ``temp`` its final name, durably."""
    _refuse_special(path)
    # mkstemp makes the file 0600; an export is an ordinary file, so honour the umask.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp, 0o666 & ~umask)
    os.replace(temp, path)
    _sync_folder(folder)


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
