"""Badge tokens: every new token reads back however it is typed or scanned; garbage and
attacks give "unknown badge" and write nothing."""

from __future__ import annotations

import logging
import random

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from checkin import tokens
from checkin.model import Outcome
from checkin.tokens import ALPHABET, BODY_LENGTH, CodeKind

EVENT = "TST25"
# The reception fixtures are made once per test; a refused code writes nothing, so the
# examples of one test can share them (which is what the tests below check anyway).
SHARED = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None,
                  max_examples=150)

new_tokens = st.builds(lambda seed: tokens.new_token(EVENT, random.Random(seed)),
                       st.integers(0, 2**64))
whitespace = st.text(alphabet=" \t\r\n", max_size=3)


def test_tokens_are_unguessable_and_fit_a_small_qr_code():
    made = {tokens.new_token(EVENT) for _ in range(5000)}
    assert len(made) == 5000
    assert len(ALPHABET) == 32 and BODY_LENGTH * 5 >= 80
    assert not set("ILOU") & set(ALPHABET)
    qr_alphanumeric = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    for token in made:
        assert set(token) <= qr_alphanumeric
        assert len(token) == len(EVENT) + 1 + BODY_LENGTH
    # Every symbol turns up: nothing is stuck.
    assert set("".join(t[len(EVENT) + 1 :] for t in made)) == set(ALPHABET)


@given(new_tokens)
def test_a_new_token_parses_to_itself(token):
    assert tokens.parse(token, EVENT) == tokens.ParsedCode(CodeKind.OURS, token, EVENT)
    assert tokens.parse(token.encode(), EVENT).value == token
    assert tokens.parse(token.lower(), EVENT).value == token
    assert tokens.parse(token, EVENT.lower()).kind is CodeKind.OURS


@given(new_tokens, st.data())
def test_whitespace_anywhere_is_ignored(token, data):
    cuts = sorted(data.draw(st.lists(st.integers(0, len(token)), max_size=6)))
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(token[start:cut])
        start = cut
    pieces.append(token[start:])
    noisy = "".join(piece + data.draw(whitespace) for piece in pieces)
    noisy = data.draw(whitespace) + noisy + data.draw(st.sampled_from(["", "\r\n", "\n", "\r"]))
    assert tokens.parse(noisy, EVENT).value == token


@given(new_tokens, st.sampled_from(["-", " ", "- ", " - "]), st.booleans())
def test_the_grouped_form_reads_back(token, separator, lower):
    grouped = tokens.grouped(token)
    assert grouped.count("-") == 4
    typed = grouped.replace("-", separator)
    typed = typed.replace(EVENT + separator, EVENT + "-", 1) if separator.strip() == "" else typed
    typed = typed.lower() if lower else typed
    assert tokens.parse(typed, EVENT).value == token


@given(new_tokens, st.data())
def test_o_for_zero_and_i_or_l_for_one(token, data):
    prefix, body = token.split("-")
    confusions = {"0": ["O", "o"], "1": ["I", "i", "L", "l"]}
    typed = "".join(
        data.draw(st.sampled_from([c, *confusions[c]])) if c in confusions else c for c in body
    )
    assert tokens.parse(f"{prefix}-{typed}", EVENT).value == token


@pytest.mark.parametrize("confused", ["O", "I", "L"])
def test_confusions_are_read_in_a_fixed_token(confused):
    token = "TST25-0123456789ABCDEF"
    typed = token.replace("0", "O") if confused == "O" else token.replace("1", confused)
    assert tokens.parse(typed, EVENT).value == token


def test_another_event_and_foreign_codes():
    other = tokens.parse("abc24-0123 4567 89ab cdef", EVENT)
    assert (other.kind, other.value, other.prefix) == (
        CodeKind.OTHER_EVENT, "ABC24-0123456789ABCDEF", "ABC24")
    foreign = tokens.parse(" pretix-Secret_42 \n", EVENT)
    assert (foreign.kind, foreign.value) == (CodeKind.FOREIGN, "pretix-Secret_42")


@pytest.mark.parametrize("raw", [None, "", "   ", "\r\n", b"", b"\xff\xfe\x00", "é", "\x00",
                                 "A" * 129, "x" * 5000, "\u202eevil"])
def test_garbage(raw):
    assert tokens.parse(raw, EVENT).kind is CodeKind.GARBAGE


# --- through the reception: nothing written, a capped log line ---------------------------------

INJECTIONS = [
    "'; DROP TABLE attendees; --",
    "TST25-' OR '1'='1",
    "\" OR 1=1 --",
    "1; DELETE FROM checkins",
    "' UNION SELECT token FROM attendees --",
    "TST25-AAAAAAAAAAAAAAAA'); INSERT INTO checkins VALUES ('x','p1','plenary','s','t','camera',"
    "'entry',0,0); --",
    "<script>alert(1)</script>",
    "javascript:alert(document.cookie)",
    "{{7*7}}${7*7}",
    "../../../../etc/passwd",
    "%00%27%22",
    "%",
    "_",
    "*",
    "\x1b[31mred\x1b[0m",
    "x" * 5000,
    "TST25-" + "A" * 5000,
    "TST25-" + "0" * 16 + "\x00",
    "\ufeffTST25-0000000000000000",
]


def table_counts(store) -> dict[str, int]:
    names = [r["name"] for r in store.query(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
    return {name: store.query(f'select count(*) as n from "{name}"')[0]["n"] for name in names}


def refuse(reception, store, code, caplog) -> None:
    before = table_counts(store)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="checkin"):
        result = reception.admit(code, "plenary")
    assert result.outcome in (Outcome.UNKNOWN, Outcome.OTHER_EVENT), (code, result.outcome)
    assert result.checkin is None and result.attendee is None
    assert table_counts(store) == before
    assert len(result.code) <= 120
    for record in caplog.records:
        assert len(record.getMessage()) <= 200


@pytest.mark.parametrize("code", INJECTIONS)
def test_injections_are_unknown_and_write_nothing(reception, small_event, code, caplog):
    refuse(reception, small_event, code, caplog)
    refuse(reception, small_event, code.encode("utf-8"), caplog)
    assert small_event.count_attendees() == 5


@SHARED
@given(st.text(max_size=300))
@example("")
@example("TST25-")
def test_random_text_is_unknown_and_writes_nothing(reception, small_event, caplog, text):
    assume(tokens.parse(text, EVENT).kind is not CodeKind.OURS)
    refuse(reception, small_event, text, caplog)


@SHARED
@given(st.binary(max_size=300))
def test_random_bytes_are_unknown_and_write_nothing(reception, small_event, caplog, data):
    refuse(reception, small_event, data, caplog)


@SHARED
@given(st.one_of(st.just(""), new_tokens), st.text(min_size=1, max_size=30))
def test_5000_characters_are_unknown(reception, small_event, caplog, head, filler):
    text = (head + filler * 5000)[:5000]  # even with a well-formed token at its head
    assert len(text) == 5000
    refuse(reception, small_event, text, caplog)


@SHARED
@given(new_tokens)
def test_an_unknown_token_of_this_event_writes_nothing(reception, small_event, caplog, token):
    result = reception.admit(token, "plenary")
    assert result.outcome is Outcome.UNKNOWN
    assert table_counts(small_event)["checkins"] == 0
