"""The staff PIN's storage and lockout; the background-task helper's threads."""

from __future__ import annotations

import threading

import pytest

from checkin.ui.pin import LOCKOUT_SECONDS, MAX_ATTEMPTS, StaffPin, hash_pin, verify_pin
from checkin.ui.tasks import TaskRunner


def test_the_pin_is_stored_hashed_and_salted(store):
    pin = StaffPin(store)
    assert not pin.is_set
    pin.set("2580")
    stored = store.get_setting("staff_pin")
    assert "2580" not in stored and stored.startswith("scrypt$")
    assert hash_pin("2580") != hash_pin("2580")  # a fresh salt each time
    assert pin.check("2580") and not pin.check("2581")
    assert not verify_pin("2580", "garbage") and not verify_pin("2580", "md5$x$y$z$a$b")


def test_a_pin_is_digits_and_long_enough(store):
    with pytest.raises(ValueError):
        StaffPin(store).set("12")
    with pytest.raises(ValueError):
        StaffPin(store).set("abcd")


def test_too_many_wrong_pins_lock_the_pad_for_a_while(store):
    now = [100.0]
    pin = StaffPin(store, clock=lambda: now[0])
    pin.set("2580")
    for _ in range(MAX_ATTEMPTS):
        assert not pin.check("0000")
    assert pin.seconds_locked() == LOCKOUT_SECONDS
    assert not pin.check("2580")  # even the right one, while locked
    now[0] += LOCKOUT_SECONDS + 1
    assert pin.check("2580")


def test_a_task_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    runner = TaskRunner()
    main = threading.get_ident()
    seen = {}

    def job(x):
        seen["job"] = threading.get_ident()
        return x * 2

    def done(value):
        seen["done"] = threading.get_ident()
        seen["value"] = value

    runner.run(job, 21, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["job"] != main and seen["done"] == main


def test_a_failing_task_reports_its_error_in_order(qtbot):
    runner = TaskRunner()
    events = []

    def fail():
        raise OSError("disk full")

    runner.run(fail, on_error=lambda e: events.append(("error", str(e))))
    runner.run(lambda: 1, on_done=lambda v: events.append(("done", v)))
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == [("error", "disk full"), ("done", 1)]
