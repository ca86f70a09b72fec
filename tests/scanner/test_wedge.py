"""Scanner bursts told from typing by their timing, and the AZERTY repair.

The AZERTY output is simulated from the two layouts' key rows (written out in conftest.py,
independently of the repair table in checkin.scanner.wedge), so a mistake in that table shows.
"""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, strategies as st
from keyboard_layouts import AZ_ROWS, AZ_SHIFT, US_ROWS, US_SHIFT, typed_on_azerty

from checkin import tokens
from checkin.scanner.wedge import WedgeDetector, repair_layout


def test_layout_tables_line_up():
    for rows in (US_SHIFT, AZ_ROWS, AZ_SHIFT):
        assert [len(r) for r in rows] == [len(r) for r in US_ROWS]


def test_the_issues_example():
    assert typed_on_azerty("1234567890") == "&é\"'(-è_çà"
    typed = typed_on_azerty("IMC25-AB7FVY6D2APXGZS0")
    assert typed == "I?Cé()QBèFVY-DéQPXGWSà"
    assert repair_layout(typed, "IMC25").text == "IMC25-AB7FVY6D2APXGZS0"
    assert repair_layout(typed, "IMC25").repaired


event_codes = st.text(alphabet="ABCDEFGHJKMNPQRSTVWXYZ0123456789", min_size=2, max_size=8)


@given(event_codes, st.text(alphabet=tokens.ALPHABET, min_size=16, max_size=16))
def test_any_token_typed_through_azerty_is_repaired(event_code, body):
    token = f"{event_code}-{body}"
    result = repair_layout(typed_on_azerty(token), event_code)
    assert result.text == token
    assert result.repaired == (typed_on_azerty(token) != token)


@given(event_codes, st.text(alphabet=tokens.ALPHABET, min_size=16, max_size=16))
def test_a_correct_token_is_left_alone(event_code, body):
    token = f"{event_code}-{body}"
    assert repair_layout(token, event_code).text == token
    assert not repair_layout(token, event_code).repaired


def test_another_events_badge_is_repaired_too():
    typed = typed_on_azerty("OTHER24-0123456789ABCDEF")
    result = repair_layout(typed, "IMC25")
    assert result.text == "OTHER24-0123456789ABCDEF" and result.repaired


def test_foreign_secret_with_the_wrong_layout_marks_is_repaired():
    secret = "a8qz2m0w9k1d7cw3"
    typed = typed_on_azerty(secret)
    result = repair_layout(typed, "IMC25")
    assert result.text == secret and result.repaired


def test_ordinary_text_is_not_repaired():
    for text in ("Ndayishimiye", "N'Guessan", "Élodie", "hello-world", "abc123"):
        assert not repair_layout(text, "IMC25").repaired


# --- timing -----------------------------------------------------------------------------------


def feed_all(detector, keys, start=0.0, gap=8.0):
    codes, at = [], start
    for key in keys:
        codes += detector.feed(key, at)
        at += gap
    return codes, at


def test_burst_ended_by_enter():
    detector = WedgeDetector(max_gap_ms=50, min_length=6)
    codes, _ = feed_all(detector, "IMC25-AB7FVY6D2APXGZS0\r")
    assert [(c.text, c.terminator, c.layout_repaired) for c in codes] == [
        ("IMC25-AB7FVY6D2APXGZS0", "enter", False)
    ]
    assert detector.pending == 0


def test_burst_ended_by_tab():
    detector = WedgeDetector()
    codes, _ = feed_all(detector, "ABCDEFGH\t", gap=3)
    assert [(c.text, c.terminator) for c in codes] == [("ABCDEFGH", "tab")]


def test_burst_without_terminator_ends_after_a_pause():
    detector = WedgeDetector(max_gap_ms=50, min_length=6, pause_ms=120)
    codes, end = feed_all(detector, "ABCDEFGH", gap=5)
    assert codes == []
    assert detector.poll(end + 60) == []  # not yet
    codes = detector.poll(end + 130)
    assert [(c.text, c.terminator) for c in codes] == [("ABCDEFGH", "pause")]
    assert detector.pending == 0


def test_burst_without_terminator_ended_by_the_next_burst():
    detector = WedgeDetector(max_gap_ms=50, min_length=6)
    codes, end = feed_all(detector, "ABCDEFGH", gap=5)
    more, _ = feed_all(detector, "JKMNPQRS", start=end + 2000, gap=5)
    assert [c.text for c in codes + more] == ["ABCDEFGH"]
    assert [c.text for c in detector.poll(end + 5000)] == ["JKMNPQRS"]


def test_person_typing_is_never_a_code():
    detector = WedgeDetector(max_gap_ms=50, min_length=6)
    codes, end = feed_all(detector, "Nkurunziza-Habonimana\r", gap=110)
    codes += detector.poll(end + 1000)
    assert codes == []


def test_short_fast_burst_is_not_a_code():
    detector = WedgeDetector(max_gap_ms=50, min_length=6)
    codes, _ = feed_all(detector, "abc\r", gap=5)
    assert codes == []


def test_recorded_us_and_azerty_sessions(caplog):
    """Recordings: a person types a name, a scanner reads a badge, on each layout."""
    token = "IMC25-AB7FVY6D2APXGZS0"
    detector = WedgeDetector(event_code="IMC25")
    at, found = 0.0, []
    with caplog.at_level(logging.WARNING, logger="checkin.scanner.wedge"):
        for text, gap in [("Smith", 140), (token + "\r", 6), ("Li", 180),
                          (typed_on_azerty(token) + "\r", 9), ("Wu\r", 160)]:
            codes, at = feed_all(detector, text, start=at + 400, gap=gap)
            found += codes
    assert [(c.text, c.layout_repaired) for c in found] == [(token, False), (token, True)]
    assert [r.levelname for r in caplog.records] == ["WARNING"]


def test_repair_is_logged(caplog):
    detector = WedgeDetector(event_code="IMC25")
    with caplog.at_level(logging.WARNING, logger="checkin.scanner.wedge"):
        feed_all(detector, typed_on_azerty("IMC25-AB7FVY6D2APXGZS0") + "\r", gap=5)
    assert "keyboard layout" in caplog.text


@pytest.mark.parametrize("min_length", [0, 1])
def test_bad_settings(min_length):
    with pytest.raises(ValueError):
        WedgeDetector(min_length=min_length)


def test_enter_only_counts_a_code_shaped_burst_ended_by_enter():
    """Issue 15, item 14: the window's rule. A fast burst without Enter, or words, is typing."""
    from checkin.scanner.wedge import looks_like_code

    def burst(text, end):
        detector = WedgeDetector(max_gap_ms=50, min_length=6, pause_ms=120, enter_only=True,
                                 event_code="IMC25")
        codes = []
        t = 0.0
        for char in text + end:
            t += 10
            codes += detector.feed(char, t)
        codes += detector.poll(t + 500)
        return [c.text for c in codes], detector.pending

    assert burst("IMC25-AB7F-0000-1111-2222", "\r")[0] == ["IMC25-AB7F-0000-1111-2222"]
    assert burst("IMC25-AB7F-0000-1111-2222", "") == ([], 0)  # no Enter: typing
    assert burst("IMC25-AB7F-0000-1111-2222", "\t") == ([], 0)
    assert burst("helene ndayi", "\r") == ([], 0)
    assert burst("ndayishimiye", "\r") == ([], 0)  # a word, no digit
    assert looks_like_code("a8Xk2mQp9") and not looks_like_code("helene ndayi")
