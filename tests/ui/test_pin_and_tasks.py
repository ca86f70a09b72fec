"""The staff PIN's storage and lockout; the background-task helper's threads."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from checkin.ui.pin import (
    LOCKOUT_SECONDS,
    MAX_ATTEMPTS,
    PinPad,
    StaffPin,
    duration_text,
    hash_pin,
    verify_pin,
)
from checkin.ui.tasks import TaskRunner


def test_the_pin_is_stored_hashed_and_salted(store):
    pin = StaffPin(store)
    assert not pin.is_set
    pin.set("258046")
    stored = store.get_setting("staff_pin")
    assert "258046" not in stored and stored.startswith("scrypt$")
    assert hash_pin("2580") != hash_pin("2580")  # a fresh salt each time
    assert pin.check("258046") and not pin.check("258047")
    assert not verify_pin("2580", "garbage") and not verify_pin("2580", "md5$x$y$z$a$b")


def test_a_new_pin_is_six_digits(store):
    for bad in ("12", "2580", "12345", "abcdef", "１２３４５６", "12345 "):
        with pytest.raises(ValueError):
            StaffPin(store).set(bad)
    StaffPin(store).set("123456")


def test_the_demo_pin_stored_before_still_opens(tmp_path):
    """The README's demo PIN (four digits, stored by the demo as it always was) still opens
    the demo's door mode."""
    from checkin.ui.app import DEMO_PIN, open_store

    store = open_store(tmp_path / "demo.db", demo=True)
    try:
        assert DEMO_PIN == "2025" and StaffPin(store).check("2025")
    finally:
        store.close()


def test_too_many_wrong_pins_lock_the_pad_for_a_while(store):
    now = [1_700_000_000.0]
    pin = StaffPin(store, clock=lambda: now[0])
    pin.set("258046")
    for _ in range(MAX_ATTEMPTS):
        assert not pin.check("000000")
    assert pin.seconds_locked() == LOCKOUT_SECONDS
    assert not pin.check("258046")  # even the right one, while locked
    now[0] += LOCKOUT_SECONDS + 1
    assert pin.check("258046")


def test_the_lockout_escalates_and_survives_a_restart(store):
    """Five wrong PINs: 30 s; five more: 1 min; then 5 min, 15 min, 30 min, 1 h, 1 h… A new
    StaffPin on the same database (the window restarted, the laptop switched off and on)
    carries on where the last one was; the right PIN starts over."""
    now = [1_700_000_000.0]
    clock = lambda: now[0]  # noqa: E731
    locks = []
    for _ in range(8):
        pin = StaffPin(store, clock=clock)  # a restart before every round
        if not pin.is_set:
            pin.set("258046")
        for _ in range(MAX_ATTEMPTS):
            assert not pin.check("000000")
        restarted = StaffPin(store, clock=clock)
        locks.append(restarted.seconds_locked())
        assert not restarted.check("258046")  # still locked after the restart
        now[0] += locks[-1]
    assert locks == [30, 60, 300, 900, 1800, 3600, 3600, 3600]
    assert StaffPin(store, clock=clock).check("258046")
    pin = StaffPin(store, clock=clock)
    for _ in range(MAX_ATTEMPTS):
        pin.check("000000")
    assert pin.seconds_locked() == 30  # the right PIN reset the escalation


def test_a_clock_set_back_does_not_lock_for_longer(store):
    now = [1_700_000_000.0]
    pin = StaffPin(store, clock=lambda: now[0])
    pin.set("258046")
    for _ in range(MAX_ATTEMPTS):
        pin.check("000000")
    now[0] -= 86_400  # someone set the laptop's clock a day back
    assert StaffPin(store, clock=lambda: now[0]).seconds_locked() == 30


def test_a_damaged_lockout_record_is_not_a_crash(store):
    store.set_setting("staff_pin_lockout", "{not json")
    assert StaffPin(store).seconds_locked() == 0
    store.set_setting("staff_pin_lockout", '["x"]')
    assert StaffPin(store).seconds_locked() == 0


def test_durations_read_the_same_in_both_languages():
    nb = "\u00a0"
    assert duration_text(29) == f"29{nb}s"
    assert duration_text(60) == f"1{nb}min"
    assert duration_text(299) == f"4{nb}min{nb}59{nb}s"
    assert duration_text(3600) == f"1{nb}h"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_lockout_message_counts_down_and_fits(qtbot, store, language, tmp_path):
    """Tried as a new user would: five wrong PINs on the door's keypad. The message says how
    long to wait, goes down second by second without a click, fits its label whole (in
    French too: "Trop d'essais…" was cut before), and the keypad opens again at zero."""
    from tests.ui.test_translations_complete import switch_language

    now = [1_700_000_000.0]
    pin = StaffPin(store, clock=lambda: now[0])
    pin.set("258046")
    with switch_language(language):
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        host = QWidget()
        qtbot.addWidget(host)
        pad = PinPad(pin, host)
        pad.setFixedWidth(320)  # the width the scan page gives it
        QVBoxLayout(host).addWidget(pad)
        host.resize(340, 520)
        host.show()
        pad.ask("leave_door_mode")
        for _ in range(MAX_ATTEMPTS):
            qtbot.keyClicks(pad.entry, "000000")
            qtbot.keyClick(pad.entry, Qt.Key.Key_Return)
        first = pad.message.text()
        assert "30" in first and not pad.ok_button.isEnabled()
        now[0] += 3
        qtbot.waitUntil(lambda: pad.message.text() != first, timeout=2000)
        assert "27" in pad.message.text()
        # Whole on screen: the label's height holds every wrapped line of its text.
        message = pad.message
        needed = message.heightForWidth(message.width())
        assert message.height() >= needed > 0
        assert message.fontMetrics().boundingRect(
            0, 0, message.width(), 10_000, int(Qt.TextFlag.TextWordWrap), message.text()
        ).width() <= message.width()
        pad.grab().save(str(tmp_path / f"pin-lockout-{language}.png"))
        now[0] += 28
        qtbot.waitUntil(lambda: pad.ok_button.isEnabled(), timeout=2000)
        assert pad.entry.isEnabled()
        qtbot.keyClicks(pad.entry, "258046")
        with qtbot.waitSignal(pad.unlocked):
            qtbot.keyClick(pad.entry, Qt.Key.Key_Return)


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
