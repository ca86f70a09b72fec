"""What an interpretation receiver's label says, and how a scanned code is told apart from a
badge.

A receiver is known by the number printed on it ("R012"). Its label's QR code holds
``checkin://receiver/R012``: the ``checkin://`` scheme, like a hub's pairing code
(``checkin://pair?…``), can never be a badge token of ours (``IMC25-…``: letters, digits and
dashes) and no registration system writes it in a ticket, so the door, the desk and the
command line send such a code to the receivers, never to the check-in decision
(:meth:`checkin.reception.Reception.admit` refuses it outright, so it is never even counted as
an unknown badge).

No Qt, no database: the window, the badge renderer and the command line all read it.
"""

from __future__ import annotations

import re

SCHEME = "checkin://"
PREFIX = "checkin://receiver/"
MAX_NUMBER = 32
# A number as printed: letters and digits, then also dots, dashes and underscores
# ("R012", "FR-3", "EN_12"); upper case (typed "r12" is R12).
_NUMBER = re.compile(rf"^[A-Z0-9][A-Z0-9._-]{{0,{MAX_NUMBER - 1}}}$")


class ReceiverNumberError(ValueError):
    """Not a receiver number; the message says why, in one sentence."""


def normalise(text: str) -> str:
    """A receiver's number as stored and printed: spaces dropped, upper case. Raises
    :class:`ReceiverNumberError` for anything else than 1–32 letters, digits, ``. _ -``."""
    number = "".join(str(text).split()).upper()
    if not number:
        raise ReceiverNumberError("A receiver needs a number (e.g. R012).")
    if not _NUMBER.match(number):
        raise ReceiverNumberError(
            f"{_shown(text)!r} is not a receiver number: 1 to {MAX_NUMBER} letters or digits "
            "(also . _ -), starting with a letter or a digit, e.g. R012.")
    return number


def payload(number: str) -> str:
    """The text of a receiver's label QR code."""
    return PREFIX + normalise(number)


def read_label(code: str | bytes | None) -> str | None:
    """The receiver number a scanned label holds, or None when ``code`` is not a receiver's
    label (a badge, a pairing code, garbage). Scanners' line ends and spaces are ignored and
    the scheme is read in any case; a label whose number is not valid is still a label (its
    number comes back as written, and is unknown wherever it is looked up)."""
    if code is None:
        return None
    if isinstance(code, bytes):
        try:
            code = code.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if len(code) > 4 * MAX_NUMBER + len(PREFIX):
        return None
    text = "".join(code.split())
    if text[: len(PREFIX)].lower() != PREFIX:
        return None
    rest = text[len(PREFIX):]
    try:
        return normalise(rest)
    except ReceiverNumberError:
        return rest.upper()[:MAX_NUMBER] or "?"


def is_label(code: str | bytes | None) -> bool:
    return read_label(code) is not None


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"
