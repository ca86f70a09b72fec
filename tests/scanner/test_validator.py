"""One scan per appearance of a badge, with an injected clock (no sleeping)."""

from __future__ import annotations

import pytest

from checkin.scanner.validator import ScanValidator

FRAME_S = 1 / 30


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def show(validator, clock, code, seconds, every=FRAME_S):
    """The camera reads ``code`` in every frame for ``seconds``; returns the accepted scans."""
    accepted = []
    for _ in range(round(seconds / every)):
        if (got := validator.offer(code)) is not None:
            accepted.append(got)
        clock.now += every
    return accepted


def test_badge_held_for_ten_seconds_is_one_scan():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, clock=clock)
    assert show(validator, clock, "A", 10.0) == ["A"]


def test_two_badges_one_after_the_other_are_two_scans():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, clock=clock)
    assert show(validator, clock, "A", 1.0) + show(validator, clock, "B", 1.0) == ["A", "B"]


def test_same_badge_again_after_the_cooldown_is_a_new_scan():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, clock=clock)
    assert show(validator, clock, "A", 1.0) == ["A"]
    clock.now += 2.0  # away for two seconds: still the same appearance
    assert show(validator, clock, "A", 1.0) == []
    clock.now += 3.5
    assert show(validator, clock, "A", 1.0) == ["A"]


def test_cooldown_counts_from_the_last_sighting_not_the_first():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, clock=clock)
    show(validator, clock, "A", 5.0)
    clock.now += 2.9
    assert validator.offer("A") is None


def test_badges_alternating_in_front_of_the_camera():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, clock=clock)
    accepted = []
    for _ in range(60):  # two badges in one frame, read in turns
        for code in ("A", "B"):
            if (got := validator.offer(code)) is not None:
                accepted.append(got)
        clock.now += FRAME_S
    assert accepted == ["A", "B"]


def test_repeated_reads_are_required_when_configured():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, repeats=3, clock=clock)
    assert validator.offer("A") is None
    clock.now += FRAME_S
    assert validator.offer("A") is None
    clock.now += FRAME_S
    assert validator.offer("A") == "A"
    clock.now += FRAME_S
    assert validator.offer("A") is None


def test_a_single_misread_never_becomes_a_scan_with_repeats():
    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, repeats=2, clock=clock)
    assert validator.offer("A") is None
    clock.now += FRAME_S
    assert validator.offer("garbled") is None
    clock.now += FRAME_S
    assert validator.offer("A") is None  # the run was broken: start again
    clock.now += FRAME_S
    assert validator.offer("A") == "A"


def test_zero_cooldown_accepts_every_read():
    clock = Clock()
    validator = ScanValidator(cooldown_s=0.0, clock=clock)
    assert show(validator, clock, "A", 0.1) == ["A"] * 3


def test_reset_forgets():
    clock = Clock()
    validator = ScanValidator(clock=clock)
    assert validator.offer("A") == "A"
    validator.reset()
    assert validator.offer("A") == "A"


def test_many_codes_keep_the_table_small():
    clock = Clock()
    validator = ScanValidator(cooldown_s=1.0, clock=clock)
    for i in range(500):
        assert validator.offer(f"C{i}") == f"C{i}"
        clock.now += 0.1
    assert len(validator._last_seen) <= 80


@pytest.mark.parametrize("kwargs", [{"cooldown_s": -1}, {"repeats": 0}])
def test_bad_settings_are_refused(kwargs):
    with pytest.raises(ValueError):
        ScanValidator(**kwargs)


def test_a_freeze_and_a_reconnection_do_not_count_the_badge_again():
    """The stream freezes for ten seconds with the badge in view, says it is lost, comes back
    with the same badge: still one scan. Taken away and shown after the cool-down of live
    pictures: a new one."""
    import numpy as np

    from checkin.scanner.sources import Frame, SourceState, SourceStatus

    clock = Clock()
    validator = ScanValidator(cooldown_s=3.0, clock=clock)
    image = np.zeros((2, 2), np.uint8)

    def frame():
        validator.follow(Frame(image, clock.now, 0))

    frame()
    assert validator.offer("IMC25-A") == "IMC25-A"
    clock.now += 10.0  # frozen: no pictures; the read times out after 5 s
    validator.follow(SourceStatus(SourceState.LOST, "lost"))
    clock.now += 4.0  # reconnection back-off
    validator.follow(SourceStatus(SourceState.OPENING, "opening"))
    validator.follow(SourceStatus(SourceState.LIVE, "live"))
    frame()
    assert validator.offer("IMC25-A") is None  # the same appearance of the badge
    clock.now += 3.5  # live pictures without it, longer than the cool-down
    frame()
    assert validator.offer("IMC25-A") == "IMC25-A"
