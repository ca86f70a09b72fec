"""USB keyboard-wedge scanners: told apart from people by typing speed, and layout repair.

A handheld scanner is a keyboard that types a whole code in a few tens of milliseconds, then
Enter (or Tab, or nothing). :class:`WedgeDetector` is fed every typed character with its time
and answers the codes it recognises: a run of at least ``min_length`` characters, each within
``max_gap_ms`` of the previous one, ended by Enter/Tab or by ``pause_ms`` of silence. A person
types ten characters a second at best, so their typing never forms such a run.

Scanners ship configured for a US keyboard. On a French AZERTY system the computer translates
the scanner's key presses with its own layout, so ``IMC25-AB7F`` arrives as ``I?Cé()QBèF``.
:func:`repair_layout` maps the characters back (from the two layouts' key positions) and keeps
the repair only when the result is a badge token of ours or an interpretation receiver's label,
or obviously a code typed through the wrong layout; the caller logs that the scanner's layout
should be fixed.

No Qt here: :mod:`checkin.ui.scanner_input` feeds this from key events.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from checkin import receiver_codes, tokens

log = logging.getLogger(__name__)

TERMINATORS = {"\r": "enter", "\n": "enter", "\t": "tab"}
# What a badge code looks like: one word of letters, digits and the few signs tokens and
# pretix secrets use, with at least one digit. A name or a search ("helene ndayi") is not one.
_CODE_CHARS = re.compile(r"[A-Za-z0-9_\-+/=.:~]+")


def looks_like_code(text: str, event_code: str | None = None) -> bool:
    """Whether a burst of typing can be a badge: our token format (any event's), or one word
    of code characters with a digit in it."""
    if event_code and tokens.parse(text, event_code).kind in (tokens.CodeKind.OURS,
                                                              tokens.CodeKind.OTHER_EVENT):
        return True
    return bool(_CODE_CHARS.fullmatch(text)) and any(c.isdigit() for c in text)

# What a French AZERTY system types when a scanner presses the keys of a US layout, key by key
# (unshifted, then shifted). Keys that are the same on both layouts are left out.
_US_TO_AZERTY = {
    # number row
    "`": "²", "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_",
    "9": "ç", "0": "à", "-": ")",
    "!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9",
    ")": "0", "_": "°",
    # top letter row: A/Z sit where Q/W are; [ ] are the dead circumflex and $
    "q": "a", "w": "z", "Q": "A", "W": "Z", "]": "$", "}": "£", "\\": "*", "|": "µ",
    # home row: M sits where ; is, ù where ' is
    "a": "q", "A": "Q", ";": "m", ":": "M", "'": "ù", '"': "%",
    # bottom row: W where Z is, and the punctuation shifts one key to the right
    "z": "w", "Z": "W", "m": ",", "M": "?", ",": ";", "<": ".", ".": ":", ">": "/",
    "/": "!", "?": "§",
}
_AZERTY_TO_US = {azerty: us for us, azerty in _US_TO_AZERTY.items()}
_AZERTY_REPAIR = str.maketrans(_AZERTY_TO_US)
# Characters that a US-layout scanner on AZERTY produces and that no badge code contains.
_AZERTY_SIGNATURE = set("²éèçàù°£µ§")


@dataclass(frozen=True)
class LayoutRepair:
    text: str  # the code as the badge holds it (or as typed, when no repair was needed)
    repaired: bool  # True when the keyboard layout had mangled it


def repair_layout(text: str, event_code: str | None = None) -> LayoutRepair:
    """Undo a US-configured scanner's output typed through a French AZERTY layout.

    The repair is kept when the repaired text is a badge token (ours or another event's) and
    the typed text was not; or, for codes of another format, when the typed text bears the
    marks of the wrong layout (accented letters, and no digit at all).
    """
    if not text:
        return LayoutRepair(text, False)
    candidate = text.translate(_AZERTY_REPAIR)
    if candidate == text:
        return LayoutRepair(text, False)
    if event_code:
        ours = (tokens.CodeKind.OURS, tokens.CodeKind.OTHER_EVENT)
        if tokens.parse(text, event_code).kind in ours:
            return LayoutRepair(text, False)
        if tokens.parse(candidate, event_code).kind in ours:
            return LayoutRepair(candidate, True)
    # an interpretation receiver's label (checkin://receiver/R111: ":" and "/" come out as
    # "M" and "!", the digits as "&é"…, with no accented letter when the number has none)
    if receiver_codes.is_label(candidate) and not receiver_codes.is_label(text):
        return LayoutRepair(candidate, True)
    if _AZERTY_SIGNATURE & set(text) and not any(c.isdigit() for c in text):
        if candidate.isascii() and candidate.isprintable():
            return LayoutRepair(candidate, True)
    return LayoutRepair(text, False)


@dataclass(frozen=True)
class WedgeCode:
    """A code a scanner typed."""

    text: str  # repaired if needed
    raw: str  # as typed
    terminator: str  # "enter", "tab" or "pause"
    started_ms: float
    ended_ms: float
    layout_repaired: bool = False


class WedgeDetector:
    """Recognises scanner bursts in a stream of typed characters.

    :meth:`feed` takes each character (or Enter ``"\\r"`` / Tab ``"\\t"``) with its time in
    milliseconds; :meth:`poll` is called when no key came for a while, to end a code that has
    no terminator. Both return the codes completed. :attr:`pending` is how many characters
    are still undecided: the window holds back that many key presses, and replays the others
    to the text field when they turn out to be a person's typing.
    """

    def __init__(
        self,
        max_gap_ms: float = 50.0,
        min_length: int = 6,
        pause_ms: float = 120.0,
        event_code: str | None = None,
        *,
        enter_only: bool = False,
    ):
        if min_length < 2:
            raise ValueError("min_length must be at least 2")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.pause_ms = max(pause_ms, max_gap_ms)
        self.event_code = event_code
        # The window's rule: only a burst ended by Enter that looks like a badge code is a
        # scan; anything else (a fast typist, an auto-typer, text pasted by a tool) is
        # typing, and goes back to the field it was typed in.
        self.enter_only = enter_only
        self._chars: list[str] = []
        self._first_ms = 0.0
        self._last_ms = 0.0

    @property
    def pending(self) -> int:
        return len(self._chars)

    @property
    def in_burst(self) -> bool:
        """The characters held so far already look like a scanner."""
        return len(self._chars) >= self.min_length

    def reset(self) -> None:
        self._chars.clear()

    def feed(self, text: str, timestamp_ms: float) -> list[WedgeCode]:
        codes: list[WedgeCode] = []
        for char in text:
            codes.extend(self._feed_char(char, timestamp_ms))
        return codes

    def _feed_char(self, char: str, at: float) -> list[WedgeCode]:
        codes: list[WedgeCode] = []
        gap_ok = bool(self._chars) and at - self._last_ms <= self.max_gap_ms
        if char in TERMINATORS:
            terminator = TERMINATORS[char] if gap_ok else "pause"
            if self.in_burst and self._counts(terminator):
                # A late terminator still ends the code the burst typed.
                codes.append(self._finish(terminator, at))
            self._chars.clear()  # else a person's Enter: whatever was held was theirs
            return codes
        if self._chars and not gap_ok:
            if self.in_burst and self._counts("pause"):
                codes.append(self._finish("pause", self._last_ms))
            self._chars.clear()
        if not self._chars:
            self._first_ms = at
        self._chars.append(char)
        self._last_ms = at
        return codes

    def poll(self, now_ms: float) -> list[WedgeCode]:
        """End what the silence since the last key ends: a code after ``pause_ms``, a
        person's typing after ``max_gap_ms``."""
        if not self._chars:
            return []
        quiet = now_ms - self._last_ms
        if self.in_burst:
            if quiet > self.pause_ms:
                codes = [self._finish("pause", self._last_ms)] if self._counts("pause") else []
                self._chars.clear()
                return codes
            return []
        if quiet > self.max_gap_ms:
            self._chars.clear()
        return []

    def _counts(self, terminator: str) -> bool:
        """Whether the burst held, ended this way, is a scan (else it was typing)."""
        if not self.enter_only:
            return True
        if terminator != "enter":
            return False
        raw = "".join(self._chars)
        return looks_like_code(repair_layout(raw, self.event_code).text, self.event_code)

    def _finish(self, terminator: str, at: float) -> WedgeCode:
        raw = "".join(self._chars)
        repair = repair_layout(raw, self.event_code)
        if repair.repaired:
            log.warning(
                "A USB scanner typed %s through a French (AZERTY) keyboard layout; read as %s. "
                "Set the scanner to the computer's keyboard layout (see its manual's "
                "'keyboard country' codes).",
                tokens.shorten_for_log(raw),
                tokens.shorten_for_log(repair.text),
            )
        return WedgeCode(repair.text, raw, terminator, self._first_ms, at, repair.repaired)
