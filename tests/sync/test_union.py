"""Merging is a union: whatever the order, however often, every station ends with every
check-in and void once (property-based, through real bundle files)."""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings, strategies as st

from checkin.model import CheckIn, Method
from checkin.store import Store
from checkin.sync import files

NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    work=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 5), st.booleans()),
                  min_size=1, max_size=15),
    merges=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=0, max_size=12),
)
def test_any_order_of_merges_is_a_union(tmp_path_factory, work, merges):
    folder = tmp_path_factory.mktemp("union")
    stations = [Store(folder / f"s{i}.db") for i in range(3)]
    made, voided = set(), set()
    for n, (where, person, undo) in enumerate(work):
        store = stations[where]
        c = CheckIn(str(uuidlib.uuid4()), f"p{person}", "plenary", store.station_id,
                    NOW + timedelta(seconds=n), Method.CAMERA)
        store.record_checkin(c)
        made.add(c.uuid)
        if undo:
            store.void_checkin(c.uuid)
            voided.add(c.uuid)
    # some merges in any order, twice each, then everyone gets everyone's
    plan = [m for m in merges for _ in range(2)]
    plan += [(a, b) for a in range(3) for b in range(3) if a != b] * 2
    for source, target in plan:
        if source == target:
            continue
        path = folder / f"from-{source}.json"
        files.export_bundle(stations[source], path)
        files.merge_file(stations[target], path)
    for store in stations:
        rows = store.query("select uuid, voided from checkins")
        assert len(rows) == len(made)
        assert {r["uuid"] for r in rows} == made
        assert {r["uuid"] for r in rows if r["voided"]} == voided
        assert len(store.query("select * from voids")) == len(voided)
        store.close()
