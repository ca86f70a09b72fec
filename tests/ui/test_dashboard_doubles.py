"""The dashboard's "Double entries" section: one short line when there are none; the row
(person, session, doors and local times, minutes between) once two stations' check-ins for
the same badge meet here; gone again after one of them is undone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from checkin.reception import Reception
from checkin.ui.dashboard import DashboardPage, standard_exports
from tests.reports.test_doubles import AT_A, DOOR_A, DOOR_B, admit_twice_offline, read_csv
from tests.ui.desk_fixtures import staff_pin  # noqa: F401 (fixture)


def texts(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


@pytest.fixture
def page(qtbot, reception, staff_pin):
    page = DashboardPage(reception, staff_pin, exports=standard_exports(reception.store))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    yield page
    page.wait_idle()


def refresh(qtbot, page):
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        if page.isVisible():
            page.refresh()
        else:
            page.show()


def test_none_is_one_line_then_the_double_shows_then_goes(qtbot, page, reception):
    store = reception.store
    refresh(qtbot, page)
    caption = page.captions["doubles"]
    assert caption.text() == "Double entries: none"
    assert page.doubles_view.isHidden() and page.figures.doubles == ()
    # the stations' table has the whole row
    assert page.grid.getItemPosition(page.grid.indexOf(page.stations_view))[3] == 2

    at_b, _at_a = admit_twice_offline(store)
    refresh(qtbot, page)
    assert caption.text() == "&Double entries (1)"
    assert page.doubles_view.isVisible()
    assert page.grid.getItemPosition(page.grid.indexOf(page.stations_view))[3] == 1
    model = page.doubles_model
    assert model.rowCount() == 1
    assert texts(model, 0) == ["Hélène Ndayishimiye", "Plénière d'ouverture",
                               f"{DOOR_B} 09:31, {DOOR_A} 09:40", "9"]
    tip = model.data(model.index(0, model.ENTRIES), Qt.ItemDataRole.ToolTipRole)
    assert f"03/02 09:31:00 — {DOOR_B}" in tip

    Reception(store, clock=lambda: AT_A + timedelta(minutes=5)).undo(at_b.uuid)
    refresh(qtbot, page)
    assert caption.text() == "Double entries: none"
    assert model.rowCount() == 0 and page.doubles_view.isHidden()
    assert page.grid.getItemPosition(page.grid.indexOf(page.stations_view))[3] == 2


def test_scope_and_french(qtbot, page, reception):
    from tests.ui.test_translations_complete import switch_language

    admit_twice_offline(reception.store)
    refresh(qtbot, page)
    page.scope.setCurrentIndex(page.scope.findData("speakers"))  # re-entry allowed there
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.doubles == ()
                    and page.scope.currentData() == "speakers", timeout=5000)
    page.wait_idle()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.scope.setCurrentIndex(page.scope.findData("plenary"))
    assert len(page.figures.doubles) == 1
    with switch_language("fr"):
        assert page.captions["doubles"].text() == "Entrées en &double (1)"
        assert page.doubles_model.headerData(2, Qt.Orientation.Horizontal) == "Portes et heures"
        assert page.export_buttons["doubles_csv"].text() == "Entrées en double (CSV)"


def test_doubles_export_button_writes_the_csv(reception, tmp_path):
    admit_twice_offline(reception.store)
    action = {a.key: a for a in standard_exports(reception.store)}["doubles_csv"]
    rows = read_csv(action.run(tmp_path / "doubles.csv", None))
    assert [(r["Nom / Name"], r["Prénom / First name"]) for r in rows] == [
        ("Ndayishimiye", "Hélène")]
