"""The log: one rotating file under the platform's log folder, written by the window and the
command line alike, with no personal data in it.

Messages name people by their id when they must name them at all; as a second guard, a filter
on the file handler masks anything shaped like an e-mail address or a phone number before a
record is written, whoever logged it (our code, a library, an exception's text). The file is
what a helper at the venue sends to whoever supports the station, so it must be safe to send.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

import platformdirs

from checkin.paths import APP_NAME

FILE_NAME = "checkin.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# An e-mail address; a phone number: 8 or more digits with the separators people type,
# optionally after a +. Badge tokens (letters and digits in groups) and times do not match.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w:-])\+?\d(?:[ .\-/()]*\d){7,}(?![\w:-])")
# ...but not a date or a date and time, which logs are full of.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}(?::\d{2})*)?|\d{1,2}[./]\d{1,2}[./]\d{4}")


def _phone(match: re.Match) -> str:
    return match.group(0) if _DATE.fullmatch(match.group(0).strip()) else "[phone]"


def redact(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers masked."""
    return _PHONE.sub(_phone, _EMAIL.sub("[e-mail]", text))


class RedactingFilter(logging.Filter):
    """Masks e-mails and phone numbers in a record's message and in its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what was given, redacted
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_dir() -> Path:
    """The folder of the log file: ``CHECKIN_LOG_DIR`` if set, else the platform's own."""
    override = os.environ.get("CHECKIN_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / FILE_NAME


class _ConsoleHandler(logging.StreamHandler):
    _checkin = True  # one of ours: the next setup() replaces it


class _FileHandler(logging.handlers.RotatingFileHandler):
    _checkin = True


def setup(*, verbose: bool = False, console: bool = True) -> Path | None:
    """Send the application's log to the rotating file (INFO and above) and, when ``console``,
    warnings (or everything with ``verbose``) to stderr. Returns the file, or None when no
    log folder could be made (a read-only profile): the application runs on without it."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_checkin", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    redacting = RedactingFilter()
    if console:
        stream = _ConsoleHandler(sys.stderr)
        stream.setLevel(logging.INFO if verbose else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(redacting)
        root.addHandler(stream)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _FileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as error:
        logging.getLogger(__name__).warning("no log file (%s): %s", path, error.strerror or error)
        return None
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(redacting)
    root.addHandler(handler)
    return path
