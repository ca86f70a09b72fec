"""The dashboard's "in the room now / capacity" and the offline overshoot (issue 17, part 1):
the union of every station's entries and exits once synced."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from checkin.model import CheckIn, Direction, Method
from tests.fixed_time import NOW
from tests.ui.desk_fixtures import staff_pin  # noqa: F401 (fixture)
from tests.ui.test_dashboard import page, show, texts, written  # noqa: F401 (fixtures)


def test_in_the_room_against_capacity_and_how_far_offline_doors_went_past_it(
        qtbot, page, reception):
    store = reception.store
    store.upsert_sessions([replace(store.session("plenary"), capacity=3)])
    reception.refresh()
    reception.admit_attendee("p1", "plenary")
    reception.admit_attendee("p2", "plenary")
    # door B was offline: it let two more in, then one of them left; its check-ins arrive
    store.merge_checkins([
        CheckIn("b1", "p4", "plenary", "door-b", NOW + timedelta(minutes=1), Method.CAMERA),
        CheckIn("b2", "p5", "plenary", "door-b", NOW + timedelta(minutes=2), Method.CAMERA),
        CheckIn("b3", "p5", "plenary", "door-b", NOW + timedelta(minutes=20), Method.CAMERA,
                Direction.EXIT),
    ])
    show(qtbot, page)
    from tests.ui.test_translations_complete import switch_language

    with switch_language("fr"):
        said(page)
        import os
        if os.environ.get("SHOT"):  # docs/dashboard-occupancy-fr.png
            page.resize(1176, 740)
            page.grab().save(os.environ["SHOT"])


def said(page):
    m = page.sessions_model
    row = next(r for r in range(m.rowCount()) if texts(m, r)[0] == "Plénière d'ouverture")
    assert texts(m, row)[4:] == ["3 / 3", "+1 (pic 4)"]
    assert m.data(m.index(row, m.IN_ROOM), Qt.ItemDataRole.BackgroundRole).name() == "#ef9a9a"
    assert page.overshoot.isVisibleTo(page)
    assert page.overshoot.text() == (
        "Salles au-delà de leur capacité, d'après les passages synchronisés sur ce poste : "
        "Plénière d'ouverture : 1 de trop (pic de 4 pour 3 places)")
    workshop = next(r for r in range(m.rowCount()) if texts(m, r)[0] == "Atelier A")
    assert texts(m, workshop)[4:] == ["0 / 40", ""]
