"""Exits and occupancy at the door (issue 17, part 1), through the real window: an entry or
exit door, the people in the room against capacity (amber at 90 %, red "room full" at 100 %
with entries refused unless staff override), and the auto-checkout when the clock moves to
the next session."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from checkin.model import CheckIn, Direction, Method, Outcome
from tests.fixed_time import NOW
from tests.ui.window_fixtures import (  # noqa: F401 (fixtures)
    STAFF_PIN,
    qm_dir,
    scan,
    station,
)


def token(store, attendee_id: str) -> str:
    return store.attendee(attendee_id).token


def counted(qtbot, page, inside: int, capacity: int):
    """Wait for the writer thread's count behind the last write to say ``inside``."""
    page.refresh_counter()
    qtbot.waitUntil(lambda: page.occupancy is not None
                    and (page.occupancy.inside, page.occupancy.capacity) == (inside, capacity),
                    timeout=5000)
    return page.occupancy


def seats(station, page, capacity: int) -> None:
    store = station.store
    store.upsert_sessions([replace(store.session("plenary"), capacity=capacity)])
    station.reception.refresh()
    page.reload_sessions()


def others(store, count: int) -> None:
    """``count`` people let in at door B, merged by a sync."""
    store.merge_checkins([CheckIn(f"b{i}", f"guest{i}", "plenary", "door-b",
                                  NOW + timedelta(seconds=i), Method.CAMERA)
                          for i in range(count)])


@pytest.fixture
def page(station):
    store = station.store
    store.upsert_sessions([replace(store.session("plenary"), capacity=10)])
    station.scan_page.reload_sessions()
    station.scan_page.set_session("plenary")
    moments = (NOW + timedelta(minutes=i) for i in range(10_000))
    station.reception.clock = lambda: next(moments)  # each check-in a minute after the last
    return station.scan_page


def test_an_exit_door_records_exits_and_the_room_count_goes_down(qtbot, station, page):
    code = token(station.store, "p1")
    scan(qtbot, station, code)
    assert counted(qtbot, page, 1, 10)
    assert page.occupancy_label.text() == "Dans la salle : 1 / 10"
    page.door_kind_picker.setCurrentIndex(page.door_kind_picker.findData("exit"))
    page.door_kind_picker.activated.emit(page.door_kind_picker.currentIndex())
    assert page.direction is Direction.EXIT and not page.direction_button.isVisibleTo(page)
    assert page.card.headline.text().startswith("Sortie")
    result = scan(qtbot, station, code)
    assert result.outcome is Outcome.EXIT and page.card.colour == "exit"
    assert page.undo_button.text() == "Annuler la sortie : Hélène Ndayishimiye"
    assert counted(qtbot, page, 0, 10)
    qtbot.waitUntil(lambda: station.store.get_setting("door_kind") == "exit", timeout=5000)


def test_a_switching_door_toggles_between_entries_and_exits(qtbot, station, page):
    page.set_door_kind("switch")
    assert page.direction_button.isVisibleTo(page)
    code = token(station.store, "p4")
    assert scan(qtbot, station, code).outcome is Outcome.ACCEPTED
    qtbot.mouseClick(page.direction_button, Qt.MouseButton.LeftButton)
    assert page.direction is Direction.EXIT
    assert "SORTIES" in page.direction_button.text()
    assert scan(qtbot, station, code).outcome is Outcome.EXIT
    qtbot.mouseClick(page.direction_button, Qt.MouseButton.LeftButton)
    assert scan(qtbot, station, code).outcome is Outcome.REENTRY


def test_amber_at_ninety_percent_red_and_refused_at_capacity_then_staff_override(
        qtbot, station, page):
    store = station.store
    seats(station, page, 10)
    others(store, 8)
    assert counted(qtbot, page, 8, 10).level == "ok"
    assert page.occupancy_label.text() == "Dans la salle : 8 / 10"
    assert scan(qtbot, station, token(store, "p1")).outcome is Outcome.ACCEPTED
    assert counted(qtbot, page, 9, 10).level == "warning"
    assert page.occupancy_label.text() == "Presque plein : 9 / 10 dans la salle"
    assert "#f5b301" in page.occupancy_label.styleSheet()
    assert scan(qtbot, station, token(store, "p2")).outcome is Outcome.ACCEPTED
    assert counted(qtbot, page, 10, 10).level == "full"
    assert page.occupancy_label.text() == "Salle pleine : 10 / 10"
    assert "#b71c1c" in page.occupancy_label.styleSheet()

    refused = scan(qtbot, station, token(store, "p4"))
    assert refused.outcome is Outcome.ROOM_FULL
    assert page.card.colour == "red" and page.card.headline.text() == "Entrée refusée : salle pleine"
    assert page.card.info.text() == "10 personnes sont dans la salle ; elle en accueille 10."
    assert store.checkins(attendee_id="p4") == []
    assert page.card.override_button.isVisible()
    qtbot.mouseClick(page.card.override_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pin_pad.entry, STAFF_PIN)
    with qtbot.waitSignal(page.result_shown, timeout=5000) as blocker:
        qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    forced = blocker.args[0]
    assert forced.outcome is Outcome.ACCEPTED and forced.checkin.override
    assert counted(qtbot, page, 11, 10).level == "full"

    # exits are never refused, and free the room
    page.set_door_kind("exit")
    for who in ("p1", "p2"):
        assert scan(qtbot, station, token(store, who)).outcome is Outcome.EXIT
    assert counted(qtbot, page, 9, 10).level == "warning"


def test_door_mode_keeps_the_switch_and_shows_the_room_large(qtbot, station, page):
    page.set_door_kind("switch")
    seats(station, page, 10)
    counted(qtbot, page, 0, 10)
    page.set_door_mode(True)
    assert page.direction_button.isVisibleTo(page)
    assert not page.door_kind_picker.isVisibleTo(page)
    assert page.occupancy_label.isVisibleTo(page)
    assert "26px" in page.occupancy_label.styleSheet()
    page.set_door_mode(False)


def test_the_clock_checks_out_everyone_when_the_session_ends(qtbot, station, page):
    store = station.store
    for who in ("p1", "p4"):
        scan(qtbot, station, token(store, who))
    page.follow_current_session()
    assert page.session_id == "plenary"
    later = store.session("plenary").ends_at + timedelta(minutes=5)
    station.reception.clock = lambda: later
    page._follow_tick()
    qtbot.waitUntil(lambda: page.session_id != "plenary", timeout=5000)
    qtbot.waitUntil(lambda: len([c for c in store.checkins(session_id="plenary")
                                 if c.direction is Direction.EXIT]) == 2, timeout=5000)
    assert all(c.method is Method.AUTO for c in store.checkins(session_id="plenary")
               if c.direction is Direction.EXIT)


def test_screenshot(qtbot, station, page, tmp_path):
    """docs/door-exit-fr.png: SHOT=docs/door-exit-fr.png pytest -k screenshot."""
    import os

    store = station.store
    seats(station, page, 10)
    others(store, 8)
    scan(qtbot, station, token(store, "p1"))
    counted(qtbot, page, 9, 10)
    page.set_door_kind("switch")
    qtbot.mouseClick(page.direction_button, Qt.MouseButton.LeftButton)
    scan(qtbot, station, token(store, "p1"))
    station.window.resize(1366, 768)
    station.window.show()
    qtbot.wait(100)
    station.window.grab().save(os.environ.get("SHOT", str(tmp_path / "s.png")))
