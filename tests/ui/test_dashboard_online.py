"""The dashboard, on site and online side by side (issue 17, part 2): per session and in the
totals, each person once; nothing about online attendance while there is none."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from checkin.model import CheckIn, Method
from tests.fixed_time import NOW
from tests.ui.desk_fixtures import staff_pin  # noqa: F401 (fixture)
from tests.ui.test_dashboard import page, show, texts, written  # noqa: F401 (fixtures)
from tests.ui.test_translations_complete import switch_language


def online(store, attendee_id, session_id, minutes=0):
    store.record_checkin(CheckIn(f"online-{attendee_id}-{session_id}", attendee_id, session_id,
                                 store.station_id, NOW + timedelta(minutes=minutes),
                                 Method.ONLINE))


def visible_headers(view):
    header = view.horizontalHeader()
    model = view.model()
    return [model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
            for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def test_on_site_and_online_side_by_side(qtbot, page, reception):
    store = reception.store
    reception.admit_attendee("p1", "plenary")
    reception.admit_attendee("p2", "plenary")
    online(store, "p1", "plenary")  # there both ways: counted once
    online(store, "p4", "plenary", 5)
    online(store, "p5", "speakers", 7)
    with switch_language("fr"):
        show(qtbot, page)
        m = page.sessions_model
        assert visible_headers(page.sessions_view)[:4] == [
            "Session", "Arrivés", "Sur place", "En ligne"]
        rows = {texts(m, r)[0]: texts(m, r) for r in range(m.rowCount())}
        plenary = rows["Plénière d'ouverture"]
        assert plenary[m.ARRIVED] == "3"  # p1, p2, p4
        assert (plenary[m.ON_SITE], plenary[m.ONLINE]) == ("2", "2")
        assert plenary[m.IN_ROOM] == "2"  # online people are not in the room
        speakers = rows["Salon des intervenants"]
        assert (speakers[m.ARRIVED], speakers[m.ON_SITE], speakers[m.ONLINE]) == ("1", "0", "1")
        row = next(r for r in range(m.rowCount()) if texts(m, r)[0] == "Plénière d'ouverture")
        tip = m.data(m.index(row, m.ARRIVED), Qt.ItemDataRole.ToolTipRole)
        assert tip == ("Sur place : 2 · en ligne : 2 · des deux façons : 1 "
                       "(une seule fois dans le total)")
        assert page.total.text() == "4 personnes arrivées sur 4 inscrites"
        assert page.online_total.isVisibleTo(page)
        assert page.online_total.text() == (
            "Sur place : 2 · en ligne : 3 · des deux façons : 1 (une seule fois dans le total)")
        # the chart counts the doors only: two entries
        assert sum(b.count for b in page.chart.buckets) == 2
        assert page.captions["chart"].text() == "A&rrivées sur place par quart d'heure"
        # one session chosen: its own figures
        with qtbot.waitSignal(page.refreshed, timeout=5000):
            page.scope.setCurrentIndex(page.scope.findData("plenary"))
        assert page.total.text() == "3 personnes arrivées sur 4 attendues"
        assert page.online_total.text() == (
            "Sur place : 2 · en ligne : 2 · des deux façons : 1 (une seule fois dans le total)")
    with switch_language("en"):
        assert page.online_total.text() == (
            "On site: 2 · online: 2 · both ways: 1 (once in the total)")
        assert visible_headers(page.sessions_view)[2:4] == ["On site", "Online"]


def test_nothing_online_while_nobody_attended_online(qtbot, page, reception):
    reception.admit_attendee("p1", "plenary")
    with switch_language("fr"):
        show(qtbot, page)
        assert page.sessions_model.columnCount() == 6
        assert "En ligne" not in visible_headers(page.sessions_view)
        assert not page.online_total.isVisibleTo(page)
        assert page.captions["chart"].text() == "A&rrivées par quart d'heure"
        # the first online attendance appears at the next refresh
        online(reception.store, "p2", "plenary")
        with qtbot.waitSignal(page.refreshed, timeout=5000):
            page.refresh()
        assert page.sessions_model.columnCount() == 8
        assert visible_headers(page.sessions_view)[1:4] == ["Arrivés", "Sur place", "En ligne"]
        assert page.online_total.isVisibleTo(page)


def test_the_funders_sheet_counts_online_as_set_in_settings(qtbot, reception, staff_pin,
                                                            tmp_path, monkeypatch):
    """Settings › funders' sheet › online attendees: apart (default) or together; the
    dashboard's sheet follows."""
    from pypdf import PdfReader
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from checkin.ui.dashboard import DashboardPage, standard_exports
    from checkin.ui.settings_page import SettingsPage
    from tests.ui.test_dashboard_exports import choose_scope, export

    store = reception.store
    reception.admit_attendee("p1", "plenary")
    reception.admit_attendee("p2", "plenary")
    online(store, "p4", "plenary", 5)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, suggested, filters: (str(tmp_path / Path(suggested).name),
                                                   filters)))
    page = DashboardPage(reception, staff_pin,
                         exports=standard_exports(store, reception.clock))
    qtbot.addWidget(page)
    page.resize(1200, 900)
    settings = SettingsPage(reception, staff_pin,
                            QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                            cameras=lambda: [])
    qtbot.addWidget(settings)
    with switch_language("fr"):
        settings.show()
        box = settings.funders_box
        assert box.online.currentText() == "À part, après la liste sur place, avec leur total"
        with qtbot.waitSignal(page.refreshed, timeout=5000):
            page.show()
        choose_scope(qtbot, page, "plenary")
        apart = export(qtbot, page, "session_pdf")
        pages = [p.extract_text() for p in PdfReader(apart).pages]
        assert len(pages) == 2 and "ONLINE ATTENDANCE SHEET" in pages[1]
        assert "Smith" in pages[1] and "Smith" not in pages[0]

        box.online.setCurrentIndex(1)
        box.online.activated.emit(1)
        qtbot.waitUntil(lambda: store.get_setting("funders.online") == "together",
                        timeout=5000)
        assert box.online.currentText() == "Avec les présents sur place, marqués en ligne"
        together = export(qtbot, page, "session_pdf")
        (only,) = [p.extract_text() for p in PdfReader(together).pages]
        assert "Total des présents / Total present: 3 (sur place / on site: 2, en ligne / " \
               "online: 1)" in only
    page.wait_idle()
