"""The window runs the sync engine in the background against a real venue hub on 127.0.0.1:
the list arrives, the status bar says so, and a badge admitted at another door is amber here."""

from __future__ import annotations

import pytest

from checkin.hub import tokens
from checkin.hub.server import ThreadedHub
from checkin.model import Outcome
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient
from tests.fixed_time import NOW
from tests.ui.window_fixtures import close, make_station, qm_dir, scan  # noqa: F401


@pytest.fixture
def hub(small_event):
    with ThreadedHub(small_event) as running:
        yield running


def test_the_list_and_other_doors_check_ins_arrive_through_the_hub(qapp, qtbot, hub,
                                                                   small_event, tmp_path,
                                                                   qm_dir):
    _, token = tokens.add(small_event, "Door B")
    door_a = Reception(small_event, clock=lambda: NOW)
    door_a.admit(small_event.attendee("p1").token, "plenary")  # admitted at the hub's door

    station_store = Store(tmp_path / "door-b.db")  # a new station: empty
    station = make_station(qapp, qtbot, station_store, tmp_path, qm_dir)
    try:
        page, window = station.scan_page, station.window
        assert page.session is None
        runner = station.start_sync(
            lambda: SyncEngine(station_store, HubClient(hub.url, token, timeout=5),
                               cursor_key="cursor:test"),
            interval_ms=60_000)
        qtbot.waitUntil(lambda: page.session_picker.count() == 3, timeout=10_000)
        qtbot.waitUntil(lambda: "en ligne" in window.sync_status.text(), timeout=10_000)

        page.set_session("plenary")
        result = scan(qtbot, station, station_store.attendee("p1").token)
        assert result.outcome is Outcome.ALREADY_IN  # flagged at door B
        assert page.card.colour == "amber"
        assert "09:30" in page.card.info.text()  # in Bujumbura time, once the event arrived

        scan(qtbot, station, station_store.attendee("p4").token)
        runner.run_now(force=True)
        qtbot.waitUntil(lambda: len(small_event.entries("p4", "plenary")) == 1, timeout=10_000)
    finally:
        close(station)
        station_store.close()
