"""The hub's group commit: pushes waiting together share one commit, each is a savepoint of
its own (one that fails leaves the others), and none is answered before the commit."""

from __future__ import annotations

import threading

import pytest

from checkin.hub.writer import GroupCommit


def test_waiting_pushes_share_a_commit_and_a_failure_stays_its_own(small_event):
    store = small_event
    writer = GroupCommit(store)
    gate, entered = threading.Event(), threading.Event()

    def slow(name):  # holds the writer while the others queue up behind it
        entered.set()
        gate.wait(5)
        store.set_setting(f"t:{name}", "1")
        return name

    def fails():
        store.set_setting("t:bad", "1")
        raise ValueError("no")

    first = writer.submit(slow, "a")
    assert entered.wait(5)  # the writer is inside the first commit
    queued = [writer.submit(slow, name) for name in "bcd"] + [writer.submit(fails)]
    gate.set()
    assert first.result(5) == "a"
    assert [f.result(5) for f in queued[:3]] == ["b", "c", "d"]
    with pytest.raises(ValueError):
        queued[3].result(5)
    assert writer.pushes == 5 and writer.batches == 2  # a alone, then b, c, d, bad at once
    assert [store.get_setting(f"t:{n}") for n in "abcd"] == ["1"] * 4
    assert store.get_setting("t:bad") is None  # its savepoint was rolled back
    writer.stop()


def test_a_failed_commit_answers_every_push_in_it_with_the_failure(small_event, monkeypatch):
    store = small_event
    writer = GroupCommit(store)
    real = store.transaction
    calls = []

    def failing_outer():
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk full")
        return real()

    monkeypatch.setattr(store, "transaction", failing_outer)
    future = writer.submit(store.set_setting, "t:x", "1")
    with pytest.raises(OSError):
        future.result(5)
    writer.stop()
