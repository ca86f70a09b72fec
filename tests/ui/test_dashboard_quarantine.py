"""The dashboard says how many check-ins the hub keeps aside (a person or session it does not
hold yet), as the hub's last page told this station; nothing when there are none."""

from __future__ import annotations

import pytest

from checkin.sync.engine import HUB_QUARANTINED_KEY
from checkin.ui.dashboard import DashboardPage, standard_exports
from tests.ui.desk_fixtures import staff_pin  # noqa: F401 (fixture)


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


def test_the_hub_s_quarantine_shows_only_when_there_is_one(qtbot, page, reception):
    refresh(qtbot, page)
    assert page.figures.quarantined == 0 and page.quarantine_note.isHidden()
    reception.store.set_state(HUB_QUARANTINED_KEY, "3")
    refresh(qtbot, page)
    assert page.figures.quarantined == 3 and page.quarantine_note.isVisible()
    assert page.quarantine_note.text().startswith("The hub keeps 3 check-in")
    reception.store.set_state(HUB_QUARANTINED_KEY, "0")
    refresh(qtbot, page)
    assert page.quarantine_note.isHidden()
