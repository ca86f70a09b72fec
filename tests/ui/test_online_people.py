"""Online attendance at the desk (issue 17, part 2): an online-only attendee is found by the
search and marked as such, here and in the attendee panel; someone who followed the session
online is "online", not "already in", and the desk can still check them in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from checkin import tokens
from checkin.model import Attendee, CheckIn, Method, Outcome
from checkin.search import Search
from checkin.ui.attendee_panel import AttendeePanel
from checkin.ui.search_page import SearchPage
from checkin.ui.table_models import SearchResultsModel
from tests.fixed_time import NOW
from tests.ui.desk_fixtures import staff_pin  # noqa: F401 (fixture)
from tests.ui.test_search_page import type_text
from tests.ui.test_translations_complete import switch_language


@pytest.fixture
def online_people(reception):
    store = reception.store
    store.upsert_attendees([Attendee("online-amina", "test", tokens.new_token("TST25"),
                                     "Amina", "Wanjiru", "KEMRI", "Kenya",
                                     email="amina@kemri.example", origin="online")])
    for attendee_id in ("online-amina", "p4"):
        store.record_checkin(CheckIn(f"o-{attendee_id}", attendee_id, "plenary",
                                     store.station_id, NOW - timedelta(minutes=80),
                                     Method.ONLINE))
    return store


@pytest.fixture
def page(qtbot, reception, staff_pin, online_people):
    page = SearchPage(reception, Search(online_people), pin=staff_pin)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.set_session("plenary")
    yield page
    page.wait_idle()


def cells(page, row=0):
    m = page.model
    return [m.data(m.index(row, c)) for c in range(m.columnCount())]


def test_the_search_marks_online_only_and_online_in_this_session(qtbot, page, reception):
    with switch_language("fr"):
        type_text(qtbot, page, "wanjiru")
        assert cells(page) == ["WANJIRU Amina", "KEMRI", "Kenya",
                               "Participant · en ligne seulement",
                               "En ligne ✔ (pas dans la salle)"]
        page.query.clear()
        type_text(qtbot, page, "smith")
        assert cells(page)[3:] == ["Participant", "En ligne ✔ (pas dans la salle)"]
        m = page.model
        assert not m.data(m.index(0, SearchResultsModel.PRESENT), SearchResultsModel.PresentRole)
        # he comes in: the desk checks him in, and the table says so
        with qtbot.waitSignal(page.checked_in, timeout=5000) as signal:
            qtbot.keyClick(page.query, Qt.Key.Key_Return)
        assert signal.args[0].outcome is Outcome.ACCEPTED
        page.query.clear()
        type_text(qtbot, page, "smith")
        assert cells(page)[4] == "✔ Entrée enregistrée"
    with switch_language("en"):
        page.query.clear()
        type_text(qtbot, page, "wanjiru")
        assert cells(page)[3:] == ["Participant · online only", "Online ✔ (not in the room)"]
    # another session: online only still, nothing about this session's attendance
    page.set_session("workshop-a")
    page.query.clear()
    type_text(qtbot, page, "wanjiru")
    assert cells(page)[4] != "Online ✔ (not in the room)"


def test_the_panel_says_online_only(qtbot, reception, staff_pin, online_people):
    panel = AttendeePanel(reception, staff_pin, print_badge=lambda a, w: True)
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show()
    panel.set_session("plenary")
    with switch_language("fr"):
        panel.show_attendee("online-amina")
        assert panel.values["status"].text() == (
            "Confirmée · en ligne seulement (pas sur la liste des inscrits)")
        history = panel.history
        texts = [history.data(history.index(0, c)) for c in range(history.columnCount())]
        assert "En ligne" in texts
        panel.show_attendee("p1")
        assert "en ligne" not in panel.values["status"].text()
    panel.admission.wait(5000)
