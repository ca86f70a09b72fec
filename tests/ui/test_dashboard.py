"""The dashboard: figures per session, over time, by group and station; live refresh while
scans happen; exports only after the staff PIN."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from checkin.model import Method, Station
from checkin.ui.dashboard import DashboardPage, ExportAction, standard_exports
from tests.fixed_time import NOW
from tests.ui.desk_fixtures import STAFF_PIN, staff_pin  # noqa: F401 (fixture)


def texts(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


@pytest.fixture
def written(tmp_path):
    return []


@pytest.fixture
def page(qtbot, reception, staff_pin, tmp_path, written):
    def fake_export(path: Path, session_id=None):
        path.write_text("ok", "utf-8")
        written.append(path)
        return path

    exports = [ExportAction("attendance_csv", "csv", fake_export)]
    page = DashboardPage(reception, staff_pin, exports=exports,
                         choose_path=lambda parent, title, suffix: tmp_path / f"out.{suffix}")
    qtbot.addWidget(page)
    page.resize(1200, 900)
    yield page
    page.wait_idle()


def show(qtbot, page):
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.show()


def test_figures_per_session_group_and_station(qtbot, page, reception):
    store = reception.store
    store.set_station_name("Desk")
    store.upsert_stations([Station("door-b", "Door B", NOW - timedelta(minutes=2), 3)])
    reception.admit_attendee("p1", "plenary", method=Method.CAMERA)
    reception.admit_attendee("p2", "plenary", method=Method.CAMERA)
    show(qtbot, page)
    from tests.ui.test_translations_complete import switch_language

    with switch_language("en"):  # the plural forms are in the translation
        assert page.total.text() == "2 people arrived of 4 registered"
    m = page.sessions_model
    rows = {texts(m, r)[0]: texts(m, r)[1:] for r in range(m.rowCount())}
    assert rows["Plénière d'ouverture"] == ["2", "4", "50\u202f%", "2", ""]  # French spacing
    assert texts(page.categories_model, 0)[0] in ("Participant", "Speaker")
    countries = {texts(page.countries_model, r)[0]: texts(page.countries_model, r)[1]
                 for r in range(page.countries_model.rowCount())}
    assert countries["Burundi"] == "1" and countries["Côte d'Ivoire"] == "1"
    stations = [texts(page.stations_model, r) for r in range(page.stations_model.rowCount())]
    assert stations[0][0] == "Desk (this station)"
    assert stations[1] == ["Door B", "03/02 09:28", "3"]
    assert [b.count for b in page.chart.buckets] == [2]
    with switch_language("en"):  # plural forms come from the translation
        page.chart._describe()
        assert "2 arrivals" in page.chart.accessibleDescription()


def test_refreshes_live_while_scans_happen(qtbot, page, reception):
    show(qtbot, page)
    assert page.figures.total_arrived == 0
    reception.admit_attendee("p4", "plenary", method=Method.CAMERA)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.refresh()  # the window calls this on every result shown
    assert page.figures.total_arrived == 1
    # a burst of refreshes while one runs: coalesced, and the last state is shown
    reception.admit_attendee("p5", "plenary", method=Method.CAMERA)
    for _ in range(5):
        page.refresh()
    qtbot.waitUntil(lambda: page.figures.total_arrived == 2 and not page._busy, timeout=5000)


def test_the_scope_limits_chart_and_groups_to_one_session(qtbot, page, reception):
    reception.admit_attendee("p2", "speakers", method=Method.CAMERA)
    reception.admit_attendee("p1", "plenary", method=Method.CAMERA)
    show(qtbot, page)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.scope.setCurrentIndex(page.scope.findData("speakers"))
    assert page.figures.total_arrived == 1
    assert sum(b.count for b in page.chart.buckets) == 1


def test_export_needs_the_pin(qtbot, page, written):
    show(qtbot, page)
    button = page.export_buttons["attendance_csv"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.pin_pad.isVisible()
    qtbot.keyClicks(page.pin_pad.entry, "9999")
    qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert page.pin_pad.message.text() == "Wrong PIN."
    page.pin_pad.cancel()
    assert written == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pin_pad.entry, STAFF_PIN)
    with qtbot.waitSignal(page.exported, timeout=5000) as signal:
        qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert signal.args[0] == "attendance_csv"
    assert written and written[0].read_text("utf-8") == "ok"


def test_standard_exports_write_real_files(qtbot, reception, tmp_path):
    reception.admit_attendee("p1", "plenary", method=Method.CAMERA)
    actions = {a.key: a for a in standard_exports(reception.store)}
    if not actions:
        pytest.skip("checkin.reports not available")
    path = actions["attendance_csv"].run(tmp_path / "attendance.csv", None)
    assert "Ndayishimiye" in Path(path).read_text("utf-8-sig")


def test_language_switch(qtbot, page):
    from tests.ui.test_translations_complete import switch_language

    show(qtbot, page)
    with switch_language("fr"):
        assert page.windowTitle() == "Tableau de bord"
        assert page.sessions_model.headerData(1, Qt.Orientation.Horizontal) == "Arrivés"
    assert page.windowTitle() == "Dashboard"


def test_the_sync_status_gives_this_stations_last_contact(qtbot, page, reception):
    from checkin.sync.base import SyncState, SyncStatus

    show(qtbot, page)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.set_sync_status(SyncStatus(SyncState.ONLINE, last_success=NOW))
    mine = next(f for f in page.figures.stations if f.this_station)
    assert mine.last_contact == NOW
