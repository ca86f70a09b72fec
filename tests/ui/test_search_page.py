"""The desk's search page: results as you type, keyboard-only check-in, the same result card
as a scan, overrides with the PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.model import Method, Outcome
from checkin.ui.search_page import SearchPage
from checkin.ui.table_models import RecordRole, SearchResultsModel
from tests.ui.desk_fixtures import STAFF_PIN, search, staff_pin  # noqa: F401 (fixtures)


@pytest.fixture
def page(qtbot, reception, search, staff_pin):
    page = SearchPage(reception, search, pin=staff_pin)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.set_session("plenary")
    yield page
    page.wait_idle()


def type_text(qtbot, page, text):
    """Type key by key, as a person does; wait for the table of the last keystroke."""
    with qtbot.waitSignal(page.results_shown, check_params_cb=lambda t, n: t == text,
                          timeout=5000):
        qtbot.keyClicks(page.query, text)


def names(page):
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_results_come_on_every_keystroke_without_a_button(qtbot, page):
    shown = []
    page.results_shown.connect(lambda text, n: shown.append(text))
    type_text(qtbot, page, "ngues")
    assert names(page) == ["N'GUESSAN Kouadio"]
    assert shown[-1] == "ngues"  # the last keystroke's results are the ones on screen
    # accents, case and word order do not matter
    page.query.clear()
    type_text(qtbot, page, "helene ndayi")
    assert names(page) == ["NDAYISHIMIYE Hélène"]


def test_the_table_says_who_is_already_in_the_session(qtbot, page, reception):
    reception.admit_attendee("p4", "plenary", method=Method.CAMERA)
    type_text(qtbot, page, "smith")
    m = page.model
    assert m.data(m.index(0, SearchResultsModel.PRESENT), SearchResultsModel.PresentRole)
    assert m.data(m.index(0, SearchResultsModel.COUNTRY)) == "Switzerland"
    assert m.data(m.index(0, SearchResultsModel.CATEGORY)) == "Participant"


def test_type_arrows_enter_checks_in_and_shows_the_card(qtbot, page, reception):
    type_text(qtbot, page, "burundi")  # two people from Burundi, one cancelled
    assert page.model.rowCount() == 2
    assert page.selected_id() is None  # several hits: nothing chosen behind the person's back
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert page.query.hasFocus()  # arrows move in the table; typing goes on in the field
    first = page.selected_id()
    assert first == "p1"
    with qtbot.waitSignal(page.checked_in, timeout=5000) as signal:
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    result = signal.args[0]
    assert result.outcome is Outcome.ACCEPTED
    assert result.checkin.method is Method.SEARCH
    assert page.card.result is result
    assert page.card.colour == "green"
    # written by the same reception call as a scan: on disk, in the outbox
    assert [c.attendee_id for c in reception.store.checkins(session_id="plenary")] == ["p1"]
    # the table updates its "already in" column
    qtbot.waitUntil(lambda: page.model.is_present("p1"), timeout=5000)
    # a second Enter on the same person: amber, nothing more written
    with qtbot.waitSignal(page.checked_in, timeout=5000) as signal:
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert signal.args[0].outcome is Outcome.ALREADY_IN
    assert page.card.colour == "amber"
    assert len(reception.store.checkins(session_id="plenary")) == 1


def test_enter_without_a_choice_checks_in_nobody(qtbot, page, reception):
    type_text(qtbot, page, "burundi")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert reception.store.checkins() == []
    assert "arrow" in page.status.text()


def test_override_needs_the_pin(qtbot, page, reception):
    page.set_session("speakers")  # for speakers and organisers only
    type_text(qtbot, page, "smith")
    assert page.selected_id() == "p4"  # a single hit is selected
    with qtbot.waitSignal(page.checked_in, timeout=5000) as signal:
        qtbot.keyClick(page.query, Qt.Key.Key_Enter)
    assert signal.args[0].outcome is Outcome.NOT_ADMITTED
    assert page.card.override_button.isVisible()
    # without the PIN: a wrong one, then cancel: nothing written
    qtbot.mouseClick(page.card.override_button, Qt.MouseButton.LeftButton)
    assert page.pin_pad.isVisible()
    qtbot.keyClicks(page.pin_pad.entry, "0000")
    qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert page.pin_pad.message.text() == "Wrong PIN."
    qtbot.keyClick(page.pin_pad, Qt.Key.Key_Escape)
    assert not page.pin_pad.isVisible()
    assert reception.store.checkins() == []
    # with the PIN: admitted, recorded as an override
    qtbot.mouseClick(page.card.override_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pin_pad.entry, STAFF_PIN)
    with qtbot.waitSignal(page.checked_in, timeout=5000) as signal:
        qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert signal.args[0].outcome is Outcome.ACCEPTED
    [row] = reception.store.checkins(session_id="speakers")
    assert row.override and row.attendee_id == "p4"


def test_ctrl_enter_opens_the_details(qtbot, page):
    type_text(qtbot, page, "wu li")
    with qtbot.waitSignal(page.attendee_opened) as signal:
        qtbot.keyClick(page.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == ["p5"]


def test_a_new_attendee_is_found_at_once(qtbot, page, reception):
    from checkin.walkins import WalkInForm, register

    register(reception, WalkInForm("Aline", "Irakoze", email="a@example.bi"), "plenary")
    type_text(qtbot, page, "iRAKoze")
    [row] = range(page.model.rowCount())
    assert page.model.data(page.model.index(row, 0), RecordRole).first_name == "Aline"


def test_language_switch_retranslates(qtbot, page):
    from tests.ui.test_translations_complete import switch_language

    type_text(qtbot, page, "smith")
    with switch_language("fr"):
        assert page.checkin_button.text() == "Valider l'entrée (touche Entrée)"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    assert page.checkin_button.text() == "Check in (Enter)"


class RecordingSearch:
    """The real search, noting on which thread each query ran."""

    def __init__(self, search):
        self.inner = search
        self.threads: list[bool] = []  # True: on the GUI thread

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def search(self, text, limit=50):
        import threading

        self.threads.append(threading.current_thread() is threading.main_thread())
        return self.inner.search(text, limit)


def test_slow_or_stale_searches_run_off_the_gui_thread(qtbot, reception, search, staff_pin):
    from checkin.walkins import WalkInForm, register

    recording = RecordingSearch(search)
    page = SearchPage(reception, recording, pin=staff_pin)
    qtbot.addWidget(page)
    page.set_session("plenary")
    type_text(qtbot, page, "n")
    assert recording.threads[0] is False  # the first search (index build) is on the thread
    page.query.clear()
    type_text(qtbot, page, "sm")
    assert recording.threads[-1] is True  # fast and current: in place
    register(reception, WalkInForm("Aline", "Smithson", email="a@example.bi"), "plenary")
    page.query.clear()
    type_text(qtbot, page, "i")
    assert recording.threads[-1] is False  # the index has a change to take in: the thread
    page._recent_ms = 500.0  # as if the last search had been slow
    page.query.clear()
    type_text(qtbot, page, "w")
    assert recording.threads[-1] is False
    page.wait_idle()
