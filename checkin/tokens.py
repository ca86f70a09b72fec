"""Badge tokens: made unguessable, read tolerantly, refused safely.

A token is ``<EVENT CODE>-<16 symbols>``: 80 random bits in Crockford's base 32 (digits and
upper-case letters without I, L, O, U), so it fits a small QR code in alphanumeric mode, reads
aloud without ambiguity and types on any keyboard. The event prefix lets a badge of another
event be told apart from an unknown one.

Tokens that come from elsewhere (a pretix order position's secret) are kept as they are and
matched exactly; anything that is not printable text of a sane length is garbage and never
reaches the database.
"""

from __future__ import annotations

import enum
import random
import re
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_LENGTH = 16  # 16 symbols x 5 bits = 80 bits
MAX_CODE_LENGTH = 128  # longer input is garbage, whatever it holds
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_OURS = re.compile(rf"^([A-Z0-9]{{2,12}})-([0-9A-Z]{{{BODY_LENGTH}}})$")
_PRINTABLE = re.compile(r"^[\x21-\x7e]+$")


class CodeKind(enum.Enum):
    OURS = "ours"  # our format, this event
    OTHER_EVENT = "other_event"  # our format, another event's prefix
    FOREIGN = "foreign"  # printable, not our format: matched exactly (pretix secrets)
    GARBAGE = "garbage"  # empty, binary, enormous: refused before any look-up


@dataclass(frozen=True)
class ParsedCode:
    kind: CodeKind
    value: str  # the normalised token, or the stripped text for FOREIGN, "" for GARBAGE
    prefix: str = ""


def new_token(event_code: str, rng: random.Random | None = None) -> str:
    """A fresh token; ``rng`` (a seeded ``random.Random``) only for reproducible demo data."""
    if rng is not None:
        body = "".join(rng.choice(ALPHABET) for _ in range(BODY_LENGTH))
    else:  # 80 random bits, five at a time: one system call, not sixteen
        bits = int.from_bytes(secrets.token_bytes(BODY_LENGTH * 5 // 8), "big")
        body = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(BODY_LENGTH))
    return f"{event_code.upper()}-{body}"


def grouped(token: str) -> str:
    """The token as printed under the QR code, in groups of four for typing by hand."""
    prefix, _, body = token.partition("-")
    if not body or len(body) != BODY_LENGTH:
        return token
    return prefix + "-" + "-".join(body[i : i + 4] for i in range(0, BODY_LENGTH, 4))


def shorten_for_log(raw: str | bytes, limit: int = 80) -> str:
    """A printable, size-capped rendering of whatever was read, for a log line."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "backslashreplace")
    text = raw.encode("unicode_escape").decode("ascii")
    if len(text) > limit:
        return f"{text[:limit]}… ({len(raw)} chars)"
    return text


def parse(raw: str | bytes | None, event_code: str) -> ParsedCode:
    """Classify what a scanner or a person gave us.

    Whitespace anywhere is dropped (scanners add CR/LF, people add spaces); our own tokens are
    case-insensitive and read O as 0 and I/L as 1, since their alphabet has none of those.
    """
    if raw is None:
        return ParsedCode(CodeKind.GARBAGE, "")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            return ParsedCode(CodeKind.GARBAGE, "")
    if len(raw) > MAX_CODE_LENGTH * 2:
        return ParsedCode(CodeKind.GARBAGE, "")
    text = "".join(raw.split())
    if not text or len(text) > MAX_CODE_LENGTH or not _PRINTABLE.match(text):
        return ParsedCode(CodeKind.GARBAGE, "")

    prefix, dash, body = text.upper().partition("-")
    if dash:
        body = body.replace("-", "").translate(_READ_AS)
        candidate = f"{prefix}-{body}"
        match = _OURS.match(candidate)
        if match and all(c in ALPHABET for c in body):
            if prefix == event_code.upper():
                return ParsedCode(CodeKind.OURS, candidate, prefix)
            return ParsedCode(CodeKind.OTHER_EVENT, candidate, prefix)
    return ParsedCode(CodeKind.FOREIGN, text)
