"""The desk's and dashboard's table models, tested with no window (only a QApplication)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from checkin.model import Method
from checkin.reports import stats
from checkin.ui.table_models import (
    CheckinHistoryModel,
    GroupFiguresModel,
    RecordRole,
    SearchResultsModel,
    SessionFiguresModel,
    StationsModel,
)
from tests.fixed_time import NOW

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def app(qapp):
    return qapp


def texts(model, row):
    return [model.data(model.index(row, c), DISPLAY) for c in range(model.columnCount())]


def test_search_results_show_the_columns_and_presence(app, small_event):
    model = SearchResultsModel()
    people = small_event.attendees(["p1", "p2", "p3"])
    model.set_results(people, present={"p2"})
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "Organisation", "Country", "Category", "In this session"]
    assert texts(model, 0) == ["NDAYISHIMIYE Hélène", "Mutuelle de la Fonction Publique",
                               "Burundi", "Participant", "Not yet"]
    # Category words come from checkin.model in the window's language (the locale's).
    from checkin.ui.labels import category_label
    assert texts(model, 1)[3:] == [category_label("speaker"), "✔ Already in"]
    assert texts(model, 2)[4] == "Cancelled"
    assert model.data(model.index(1, 0), RecordRole).id == "p2"
    assert model.data(model.index(1, 4), SearchResultsModel.PresentRole) is True
    assert model.data(model.index(7, 0), DISPLAY) is None


def test_reset_signals_and_empty_results(app, small_event, qtbot):
    model = SearchResultsModel()
    with qtbot.waitSignal(model.modelReset):
        model.set_results(small_event.attendees(["p1"]))
    model.set_results([])
    assert model.rowCount() == 0


def test_history_strikes_through_undone_check_ins(app, reception):
    ok = reception.admit_attendee("p2", "plenary", method=Method.SEARCH)
    again = reception.admit_attendee("p2", "speakers", method=Method.WALK_IN)
    reception.undo(again.checkin.uuid)
    store = reception.store
    model = CheckinHistoryModel()
    model.set_history(store.checkins(attendee_id="p2"), store.sessions(), reception.event.tz)
    rows = {model.data(model.index(r, 0), RecordRole).uuid: r for r in range(model.rowCount())}
    done, undone = rows[ok.checkin.uuid], rows[again.checkin.uuid]
    assert texts(model, done)[0] == "03/02 09:30"  # 07:30 UTC in Bujumbura
    assert texts(model, done)[1] == "Plénière d'ouverture"
    assert texts(model, done)[3] == "Search"
    assert texts(model, undone)[3:] == ["Walk-in", "undone"]
    assert model.data(model.index(undone, 1), Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(done, 1), Qt.ItemDataRole.FontRole) is None


def test_figures_models(app, reception):
    store = reception.store
    reception.admit_attendee("p1", "plenary")
    sessions = SessionFiguresModel(language="en")
    sessions.set_rows(stats.session_figures(store))
    assert texts(sessions, 0) == ["Opening plenary", "1", "4", "25%", "1", ""]
    groups = GroupFiguresModel("category")
    groups.set_rows(stats.by_category(store))
    assert texts(groups, 0) == ["Participant", "1", "2"]
    countries = GroupFiguresModel("country")
    assert countries.headerData(0, Qt.Orientation.Horizontal) == "Country"
    stations_model = StationsModel(reception.event.tz)
    store.set_station_name("Desk")
    stations_model.set_rows(stats.station_figures(store, last_sync=NOW - timedelta(hours=1)))
    assert texts(stations_model, 0)[:2] == ["Desk (this station)", "03/02 08:30"]
