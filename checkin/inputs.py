"""Reading a file a person named, without trusting what it turns out to be.

``/dev/zero``, a named pipe or a 4 GB video given where a spreadsheet is expected would
otherwise be read until memory runs out: only regular files are read, and only up to a size
no honest input reaches.
"""

from __future__ import annotations

import stat
from pathlib import Path

MB = 1024 * 1024


def read_bytes(path: str | Path, *, limit: int, what: str, error: type[Exception]) -> bytes:
    """The bytes of ``path``; ``error`` with one sentence when it is not a regular file or is
    larger than ``limit`` bytes (``what`` names the expected content: "an attendee list")."""
    path = Path(path)
    info = path.stat()  # FileNotFoundError / PermissionError: the callers' sentences
    if stat.S_ISDIR(info.st_mode):
        raise error(f"{path} is a folder, not {what}.")
    # (/dev/full is a regular file in some containers: a device is known by its path too.)
    if not stat.S_ISREG(info.st_mode) or str(path.resolve()).startswith(("/dev/", "/proc/")):
        raise error(f"{path} is not a regular file (a device or a pipe?), not {what}.")
    if info.st_size > limit:
        raise error(f"{path} is too large for {what} ({_size(info.st_size)}; at most "
                    f"{_size(limit)}).")
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise error(f"{path} is too large for {what} (at most {_size(limit)}).")
    return data


def _size(count: int) -> str:
    return f"{count / MB:.0f} MB" if count >= MB else f"{max(1, count // 1024)} kB"
