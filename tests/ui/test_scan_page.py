"""The scan page end to end: real store, real reception on a worker thread, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.model import Method, Outcome
from checkin.scanner.camera import CameraController
from checkin.scanner.corpus import write_video
from checkin.scanner.decoders import default_decoder
from checkin.scanner.validator import ScanValidator
from tests.ui.window_fixtures import (  # noqa: F401 (fixtures)
    STAFF_PIN,
    badge_frame,
    blank_frame,
    qm_dir,
    scan,
    station,
)


@pytest.fixture
def page(station):
    station.scan_page.set_session("plenary")
    return station.scan_page


def token(store, attendee_id: str) -> str:
    return store.attendee(attendee_id).token


def test_frames_from_a_video_file_go_through_the_real_worker_to_the_card(
        qtbot, station, page, tmp_path):
    store = station.store
    frames = [blank_frame()] * 3 + [badge_frame(token(store, "p1"))] * 12 + [blank_frame()] * 3
    video = write_video(frames, tmp_path / "door.avi")
    camera = CameraController(default_decoder(), ScanValidator(cooldown_s=30),
                              realtime=False, drop_frames=False)
    station.connect_camera(camera)
    shown = []
    page.result_shown.connect(shown.append)
    with qtbot.waitSignal(camera.stopped, timeout=20000):
        camera.start(str(video))
    qtbot.waitUntil(lambda: len(shown) >= 1, timeout=5000)
    qtbot.wait(50)  # any second answer would be queued by now

    assert len(shown) == 1, "a badge held in front of the camera is one scan"
    assert shown[0].outcome is Outcome.ACCEPTED
    assert page.card.colour == "green"
    assert page.card.name.text() == "Hélène Ndayishimiye"
    assert page.card.name.isVisible()
    assert page.camera_view.frames_shown > 0
    rows = store.checkins(attendee_id="p1")
    assert [(c.session_id, c.method) for c in rows] == [("plenary", Method.CAMERA)]


def test_a_second_scan_of_the_same_badge_is_amber_with_the_first_time(qtbot, station, page):
    code = token(station.store, "p1")
    first = scan(qtbot, station, code)
    assert first.outcome is Outcome.ACCEPTED
    second = scan(qtbot, station, code)
    assert second.outcome is Outcome.ALREADY_IN
    card = page.card
    assert card.colour == "amber"
    assert card.headline.text() == "Entrée déjà enregistrée"
    # NOW is 07:30 UTC: 09:30 in Bujumbura, in the French format
    assert "09:30" in card.info.text()
    assert "cette porte" in card.info.text()
    assert len(station.store.checkins(attendee_id="p1")) == 1


@pytest.mark.parametrize("code", ["TST25-0000000000000000", "'; drop table attendees; --",
                                  "OTHER-0123456789ABCDEF"])
def test_an_unknown_badge_is_red_and_says_what_to_do(qtbot, station, page, code):
    result = scan(qtbot, station, code)
    assert not result.admitted
    card = page.card
    assert card.colour == "red"
    assert card.headline.text().startswith("Entrée refusée")
    assert "Recherche" in card.advice.text()  # what to do next, in words
    assert not card.name.isVisible()
    assert station.store.checkins() == []
    assert station.store.count_attendees() == 5


def test_a_refusal_is_overridden_only_with_the_staff_pin(qtbot, station, page):
    page.set_session("speakers")  # p1 is a participant: not admitted
    result = scan(qtbot, station, token(station.store, "p1"))
    assert result.outcome is Outcome.NOT_ADMITTED
    assert page.card.override_button.isVisible()
    qtbot.mouseClick(page.card.override_button, Qt.MouseButton.LeftButton)
    assert page.pin_pad.isVisible()

    qtbot.keyClicks(page.pin_pad.entry, "0000")
    qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert page.pin_pad.isVisible()
    assert page.pin_pad.message.text() == "PIN incorrect."
    assert station.store.checkins() == []

    with qtbot.waitSignal(page.result_shown, timeout=5000) as blocker:
        qtbot.keyClicks(page.pin_pad.entry, STAFF_PIN)
        qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert blocker.args[0].outcome is Outcome.ACCEPTED
    assert page.card.colour == "green"
    assert not page.pin_pad.isVisible()
    [row] = station.store.checkins(attendee_id="p1")
    assert row.override and row.session_id == "speakers"


def test_undo_voids_the_last_check_in_and_the_counter_follows(qtbot, station, page):
    qtbot.waitUntil(lambda: page.counter.text() == "0 / 4")
    scan(qtbot, station, token(station.store, "p4"))
    assert page.counter.text() == "1 / 4"
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.counter.text() == "0 / 4")
    assert station.store.entries("p4", "plenary") == []
    assert page.recent_list.item(0).font().strikeOut()
    assert not page.undo_button.isEnabled()


def test_the_last_ten_scans_are_listed_newest_first(qtbot, station, page):
    for i in range(12):
        scan(qtbot, station, f"TST25-{i:016d}")
    scan(qtbot, station, token(station.store, "p2"))
    assert page.recent_list.count() == 10
    assert page.recent_list.item(0).text().endswith("Kouadio N'Guessan")


def test_the_session_follows_the_clock_until_one_is_picked(qtbot, station):
    page = station.scan_page
    assert page.session_id == station.reception.current_session().id
    assert page.follow_clock and not page.now_button.isEnabled()
    page.session_picker.setCurrentIndex(page.session_picker.findData("workshop-a"))
    page.session_picker.activated.emit(page.session_picker.currentIndex())
    assert page.session_id == "workshop-a" and not page.follow_clock
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    assert page.session_id == station.reception.current_session().id


def test_a_code_typed_by_hand_is_checked_in(qtbot, station, page):
    with qtbot.waitSignal(page.result_shown, timeout=5000):
        qtbot.keyClicks(page.manual_entry, token(station.store, "p5").lower())
        qtbot.keyClick(page.manual_entry, Qt.Key.Key_Return)
    assert page.card.name.text() == "Wu Li"
    [row] = station.store.checkins(attendee_id="p5")
    assert row.method is Method.MANUAL


def test_the_card_goes_back_to_ready_after_its_hold_time(qtbot, station, page):
    result = scan(qtbot, station, token(station.store, "p4"))
    page.card.show_result(result, hold_ms=30)
    with qtbot.waitSignal(page.card.went_idle, timeout=2000):
        pass
    assert page.card.colour == "idle"


def test_each_colour_has_its_own_sound_and_the_sound_can_be_muted(qtbot, station, page,
                                                                 monkeypatch):
    from checkin import paths
    from checkin.ui.sounds import FILES

    code = token(station.store, "p4")
    scan(qtbot, station, code)
    scan(qtbot, station, code)
    scan(qtbot, station, "TST25-0000000000000000")
    assert station.sounds.played[-3:] == ["green", "amber", "red"]
    files = [paths.resource("sounds", FILES[c]) for c in ("green", "amber", "red")]
    assert all(f.exists() for f in files)
    assert len({f.read_bytes() for f in files}) == 3  # three different sounds
    assert station.sounds.muted  # the tests' stations start muted
    # No audio device here: opening one only logs the missing sound servers.
    monkeypatch.setattr(station.sounds, "preload", lambda: None)
    station.window.mute_button.click()
    assert not station.sounds.muted
    assert station.settings.value("sounds/muted") in (False, "false")
    station.window.mute_button.click()
    assert station.sounds.muted and station.window.mute_button.text() == "Son : coupé"


def test_a_database_failure_is_red_and_says_so_never_silent(qtbot, station, page, monkeypatch):
    from checkin.store import StoreError

    def full_disk(*args, **kwargs):
        raise StoreError("The disk is full or failing: free some space, nothing more can be "
                         "saved.")

    monkeypatch.setattr(station.reception, "admit", full_disk)
    page.submit_camera_code(token(station.store, "p1"))
    qtbot.waitUntil(lambda: page.card.colour == "red")
    assert "disk is full" in page.card.info.text()
    assert page.card.headline.text() == "Non enregistré"
    assert "technicien" in page.card.advice.text()
    assert station.sounds.played[-1] == "red"


def test_a_station_with_no_list_yet_opens_and_says_what_to_do(qtbot, qapp, store, tmp_path,
                                                              qm_dir):
    from tests.ui.window_fixtures import close, make_station

    empty = make_station(qapp, qtbot, store, tmp_path, qm_dir)
    try:
        assert empty.scan_page.session is None
        assert "importez" in empty.scan_page.session_title.text()
        empty.scan_page.submit_camera_code("TST25-0000000000000000")
        assert empty.scan_page.card.colour == "red"
        assert store.checkins() == []
    finally:
        close(empty)


def test_another_session_running_now_is_one_click_away(qtbot, station):
    page = station.scan_page
    assert page.session_id == station.reception.current_session().id
    names = [b.text() for b in page.quick_buttons]
    assert names == ["Plénière d'ouverture", "Salon des intervenants"]  # both run now
    other = next(b for b in page.quick_buttons if not b.isChecked())
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    wanted = "speakers" if other.text().startswith("Salon") else "plenary"
    assert page.session_id == wanted
    assert page.session_picker.currentData() == wanted
    assert [b.isChecked() for b in page.quick_buttons].count(True) == 1


def test_an_exit_is_a_blue_card_with_an_arrow_and_no_welcome(qtbot, station, page):
    from checkin.model import Direction

    code = token(station.store, "p1")
    scan(qtbot, station, code)
    with qtbot.waitSignal(page.result_shown, timeout=5000) as blocker:
        station.admission.admit("plenary", code=code, direction=Direction.EXIT,
                                on_done=page.show_result)
    assert blocker.args[0].outcome is Outcome.EXIT
    card = page.card
    assert card.colour == "exit" and card.icon.kind == "exit"
    assert card.headline.text() == "Sortie enregistrée"
    assert not card.greeting.isVisibleTo(card)
    assert station.sounds.played[-1] == "exit"
