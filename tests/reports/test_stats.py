"""Dashboard figures on a real database: per session, over time, by group, per station."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from checkin.model import Method, Station
from checkin.reception import Reception
from checkin.reports import stats
from tests.fixed_time import NOW


def at(minutes: int):
    return lambda: NOW + timedelta(minutes=minutes)


def admit(store, attendee_id, session_id, minutes, **kw):
    return Reception(store, clock=at(minutes)).admit_attendee(
        attendee_id, session_id, method=Method.SEARCH, **kw
    )


def test_session_figures_count_people_once_and_skip_undone(reception):
    store = reception.store
    admit(store, "p1", "plenary", 0)
    admit(store, "p1", "plenary", 5)  # already in: not written
    undone = admit(store, "p4", "plenary", 10)
    reception.undo(undone.checkin.uuid)
    admit(store, "p2", "speakers", 0)
    admit(store, "p2", "speakers", 40)  # re-entry allowed: still one person
    figures = {f.session.id: f for f in stats.session_figures(store)}
    assert (figures["plenary"].arrived, figures["plenary"].expected) == (1, 4)
    assert figures["plenary"].rate == 0.25
    assert (figures["speakers"].arrived, figures["speakers"].expected) == (1, 2)
    assert figures["workshop-a"].arrived == 0
    assert figures["workshop-a"].expected == 1


def test_rate_is_none_when_nobody_is_expected(store):
    from checkin.model import Session

    session = Session("s", "e", "S", "S", NOW, NOW + timedelta(hours=1))
    assert stats.SessionFigures(session, 0, 0).rate is None


def test_arrivals_are_cut_in_15_minute_steps_of_local_time(reception):
    store = reception.store
    event = reception.event
    # NOW is 09:30 in Bujumbura (UTC+2)
    admit(store, "p1", "plenary", 2)  # 09:32
    admit(store, "p4", "plenary", 14)  # 09:44
    admit(store, "p5", "plenary", 46)  # 10:16, after an empty step
    buckets = stats.arrivals_over_time(store, event)
    local = [(b.start.strftime("%H:%M"), b.count) for b in buckets]
    assert local == [("09:30", 2), ("09:45", 0), ("10:00", 0), ("10:15", 1)]
    assert buckets[0].start.utcoffset() == timedelta(hours=2)
    only = stats.arrivals_over_time(store, event, session_id="speakers")
    assert only == []


def test_bucket_start_uses_the_event_zone_with_odd_offsets(reception):
    from dataclasses import replace

    kathmandu = replace(reception.event, timezone="Asia/Kathmandu")  # UTC+05:45
    moment = datetime(2025, 2, 3, 3, 20, tzinfo=UTC)  # 09:05 local
    assert stats.bucket_start(moment, kathmandu).strftime("%H:%M") == "09:00"


def test_by_category_and_country_count_registered_and_arrived(reception):
    store = reception.store
    admit(store, "p1", "plenary", 0)
    admit(store, "p2", "plenary", 1)
    admit(store, "p2", "speakers", 2)
    categories = {g.key: g for g in stats.by_category(store)}
    assert (categories["participant"].registered, categories["participant"].arrived) == (2, 1)
    assert (categories["speaker"].registered, categories["speaker"].arrived) == (1, 1)
    countries = {g.key: g for g in stats.by_country(store, session_id="speakers")}
    assert countries["Côte d'Ivoire"].arrived == 1
    assert countries["Burundi"].arrived == 0
    # cancelled people are not counted as registered
    assert countries["Burundi"].registered == 1


def test_stations_show_this_one_first_with_its_own_outbox(reception):
    store = reception.store
    store.upsert_stations(
        [Station("other", "Auditorium – door B", NOW - timedelta(minutes=3), 7)]
    )
    store.set_station_name("Desk")
    admit(store, "p1", "plenary", 0)
    figures = stats.station_figures(store, last_sync=NOW)
    assert [f.station.name for f in figures] == ["Desk", "Auditorium – door B"]
    assert figures[0].this_station and figures[0].pending == store.pending_count() > 0
    assert figures[0].last_contact == NOW
    assert (figures[1].pending, figures[1].last_contact) == (7, NOW - timedelta(minutes=3))


def test_arrived_among_and_the_snapshot(reception):
    store = reception.store
    admit(store, "p1", "plenary", 0)
    assert stats.arrived_among(store, "plenary", ["p1", "p2", "nobody"]) == {"p1"}
    snapshot = stats.dashboard(store, reception.event, now=NOW)
    assert snapshot.total_attendees == 4
    assert snapshot.total_arrived == 1
    assert len(snapshot.sessions) == 3
    assert snapshot.arrivals[0].count == 1
