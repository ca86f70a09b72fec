"""What OpenCV and FFmpeg write to the terminal, taken into the project's logging.

The C libraries behind ``cv2.VideoCapture`` print straight to file descriptor 2:
``[mjpeg @ 0x55d…] bad vlc``, ``[ WARN:0@1.2] global cap.cpp …``, hundreds of lines for one
damaged video. Python's logging never sees them, and a volunteer running ``checkin scan``
sees noise instead of one sentence. :func:`native_messages` points descriptor 2 at a pipe
while a source is read; a thread turns each line into a record of the
``checkin.scanner.native`` logger (INFO: shown with ``-v`` and kept in the log file), with the
memory address taken out, and counts them, so that the caller can say one sentence about
them. Python's own ``sys.stderr`` keeps writing to the terminal meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

log = logging.getLogger("checkin.scanner.native")

_ADDRESS = re.compile(r" @ 0x[0-9a-fA-F]+\]")
_lock = threading.Lock()
_active = 0


@dataclass
class NativeMessages:
    """What the libraries said while the context was open."""

    count: int = 0
    first: str = ""
    lines: list[str] = field(default_factory=list)  # the first ones, for the tests
    KEEP = 50

    def add(self, raw: bytes) -> None:
        text = raw.decode("utf-8", "replace").strip()
        if not text:
            return
        text = _ADDRESS.sub("]", text)
        self.count += 1
        if not self.first:
            self.first = text
        if len(self.lines) < self.KEEP:
            self.lines.append(text)
            log.info("%s", text)
        elif self.count % 1000 == 0:
            log.info("%d messages from the video libraries so far", self.count)


def _redirectable() -> bool:
    try:
        os.fstat(2)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def native_messages() -> Iterator[NativeMessages]:
    """Route descriptor 2 into logging for the duration; nested uses share the outer one."""
    global _active
    messages = NativeMessages()
    with _lock:
        outer = _active > 0 or not _redirectable()
        _active += 1
    if outer:
        try:
            yield messages
        finally:
            with _lock:
                _active -= 1
        return
    sys.stderr.flush()
    saved = os.dup(2)
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)
    swapped = _point_python_at(saved)

    def pump() -> None:
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            pending = b""
            while True:
                chunk = pipe.read(65536)
                if not chunk:
                    break
                pending += chunk
                *whole, pending = pending.split(b"\n")
                for line in whole:
                    messages.add(line)
            if pending:
                messages.add(pending)

    reader = threading.Thread(target=pump, name="native stderr", daemon=True)
    reader.start()
    try:
        yield messages
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os.dup2(saved, 2)  # closes the pipe's last write end: the reader sees its end
        reader.join(5)
        _restore_python(swapped)
        os.close(saved)
        with _lock:
            _active -= 1


def _point_python_at(fd: int):
    """Python's stderr (and the logging handlers writing to it) onto ``fd``, when it is the
    real descriptor 2; a test's captured stderr is left as it is."""
    current = sys.stderr
    try:
        if current is None or current.fileno() != 2:
            return None
    except (AttributeError, OSError, ValueError):
        return None
    replacement = open(  # noqa: SIM115 - closed in _restore_python
        os.dup(fd), "w", encoding=getattr(current, "encoding", None) or "utf-8",
        errors="backslashreplace", buffering=1,
    )
    handlers = [h for h in _stream_handlers() if h.stream is current]
    for handler in handlers:
        handler.setStream(replacement)
    sys.stderr = replacement
    return current, replacement, handlers


def _restore_python(swapped) -> None:
    if swapped is None:
        return
    original, replacement, handlers = swapped
    for handler in handlers:
        handler.setStream(original)
    sys.stderr = original
    with contextlib.suppress(Exception):
        replacement.close()


def _stream_handlers() -> list[logging.StreamHandler]:
    loggers = [logging.getLogger()] + [
        logger for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    return [h for lg in loggers for h in lg.handlers if isinstance(h, logging.StreamHandler)]
