"""One scan per appearance of a badge, whatever the camera sees in between.

A camera reads the same badge in many frames a second. :class:`ScanValidator` turns that
stream of reads into scans: a code is accepted once it has been read ``repeats`` times in a
row (a guard against a single misread), and then not again while it stays in view, nor until
``cooldown_s`` seconds have passed since it was last seen. So a badge held in front of the
camera for ten seconds is one scan; shown, taken away and shown again after the cool-down, it
is two; two different badges one after the other are two at once.

A source that freezes and reconnects (a phone's stream on a weak Wi-Fi, a camera unplugged
and plugged back) does not make the badge in front of it a new scan: :meth:`follow` is told
every frame and status the source gives, and the cool-downs stand still from the last picture
before the outage to the first one after it. The badge seen a tenth of a second before a
ten-second freeze is, when pictures come back, a tenth of a second old.

The state lives on the instance; the clock is injected so tests need no sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from checkin.scanner.sources import Frame, SourceState, SourceStatus

# The statuses that mean the pictures stopped: the cool-downs wait for them to come back.
_OUTAGES = frozenset({SourceState.LOST, SourceState.UNAVAILABLE, SourceState.OPENING})


class ScanValidator:
    def __init__(
        self,
        cooldown_s: float = 3.0,
        repeats: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ):
        if cooldown_s < 0:
            raise ValueError("cooldown_s must not be negative")
        if repeats < 1:
            raise ValueError("repeats must be at least 1")
        self.cooldown_s = cooldown_s
        self.repeats = repeats
        self.clock = clock
        self._last_seen: dict[str, float] = {}  # code -> last time it was read, accepted
        self._candidate: str | None = None
        self._candidate_reads = 0
        self._candidate_at = 0.0
        self._stood_still = 0.0  # seconds of outage taken off the clock
        self._paused_at: float | None = None
        self._last_picture: float | None = None

    def now(self) -> float:
        """The validator's time: the clock without the outages of the source."""
        return self.clock() - self._stood_still

    def follow(self, item: Frame | SourceStatus) -> None:
        """Tell the validator what the source gave (call it for every frame and status)."""
        if isinstance(item, Frame):
            if self._paused_at is not None:
                self._stood_still += max(0.0, item.arrived - self._paused_at)
                self._paused_at = None
            self._last_picture = item.arrived
        elif item.state in _OUTAGES and self._paused_at is None:
            # From the last picture: a frozen stream says it is lost only after its timeout.
            last = self._last_picture
            self._paused_at = last if last is not None else self.clock()

    def offer(self, text: str) -> str | None:
        """Tell the validator a code was read now; returns it when this read is a new scan."""
        now = self.now()
        self._forget_older_than(now)
        seen = self._last_seen.get(text)
        if seen is not None and now - seen < self.cooldown_s:
            # Still in view (or back too soon): extend its cool-down, so a badge held for
            # minutes is never read twice.
            self._last_seen[text] = now
            return None
        if self.repeats > 1:
            fresh = text != self._candidate or now - self._candidate_at > self.cooldown_s
            self._candidate_reads = 1 if fresh else self._candidate_reads + 1
            self._candidate = text
            self._candidate_at = now
            if self._candidate_reads < self.repeats:
                return None
        self._candidate = None
        self._candidate_reads = 0
        self._last_seen[text] = now
        return text

    def reset(self) -> None:
        """Forget every code (a new session at the door, say)."""
        self._last_seen.clear()
        self._candidate = None
        self._candidate_reads = 0

    def _forget_older_than(self, now: float) -> None:
        # Keep the table small at a busy door: codes out of cool-down are no longer needed.
        if len(self._last_seen) > 64:
            self._last_seen = {
                code: at for code, at in self._last_seen.items() if now - at < self.cooldown_s
            }
