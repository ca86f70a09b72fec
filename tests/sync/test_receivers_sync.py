"""Interpretation receivers across stations (issue 17, part 3), through a real hub on
127.0.0.1: the desk numbers the receivers, a door lends one while offline, the desk takes it
back, and after sync every station agrees on who still holds what; loans are a union, never
lost nor doubled; a door's token may lend but not number receivers; bundles carry them too."""

from __future__ import annotations

from datetime import timedelta

from checkin import receivers
from checkin.hub import tokens
from checkin.receivers import LendOutcome
from checkin.reception import Reception
from checkin.sync import files
from tests.fixed_time import NOW


def clock_from(start):
    moments = (start + timedelta(seconds=i) for i in range(100_000))
    return lambda: next(moments)


def lending(store, start=NOW):
    reception = Reception(store, clock=clock_from(start))
    return receivers.Lending(store, lambda c: reception.badge_holder(c)[1],
                             clock=reception.clock)


def held(store) -> dict[str, str]:
    return {loan.receiver_id: loan.attendee_id for loan in receivers.open_loans(store)}


def test_a_door_lends_offline_and_the_desk_takes_it_back(hub, hub_store, make_station):
    desk, desk_sync = make_station("Accueil", hub.url, role="desk")
    door, door_sync = make_station("Porte A", hub.url, role="door")
    for engine in (desk_sync, door_sync):
        assert engine.cycle().error is None  # the list, from the hub
    receivers.add_numbered(desk, 4)
    report = desk_sync.cycle()
    assert report.error is None and report.pushed == 4
    assert [r.id for r in hub_store.receivers()] == ["R001", "R002", "R003", "R004"]
    assert door_sync.cycle().pulled_receivers == 4

    # the door lends two, offline; the hub has not heard of them yet
    token = {a.id: a.token for a in door.attendees()}
    at_door = lending(door, NOW)
    assert at_door.lend("checkin://receiver/R001", badge=token["p1"]).outcome is \
        LendOutcome.LENT
    assert at_door.lend("R002", badge=token["p4"]).outcome is LendOutcome.LENT
    assert held(desk) == {}

    # the door syncs; the desk sees both, with the phone to call
    assert door_sync.cycle().pushed == 2
    assert desk_sync.cycle().pulled_loans == 2
    assert held(desk) == {"R001": "p1", "R002": "p4"}
    assert [r.receiver for r in receivers.not_returned(desk)] == ["R001", "R002"]

    # p1 gives R001 back at the desk an hour later; the door learns it
    at_desk = lending(desk, NOW + timedelta(hours=1))
    back = at_desk.give_back("R001")
    assert back.outcome is LendOutcome.RETURNED and back.attendee.id == "p1"
    desk_sync.cycle()
    door_sync.cycle()
    for store in (desk, door, hub_store):
        assert held(store) == {"R002": "p4"}
        assert store.receiver_loan_count() == 3  # two lends, one return: none doubled
    # syncing again moves nothing
    assert desk_sync.cycle().pushed == 0 and door_sync.cycle().pulled_loans == 0


def test_a_return_recorded_before_the_loan_arrived_still_closes_it(hub, hub_store,
                                                                  make_station):
    """The desk takes back a receiver it has not heard was lent (the door's loan arrives
    later): read in time order, it is returned everywhere."""
    desk, desk_sync = make_station("Accueil", hub.url, role="desk")
    door, door_sync = make_station("Porte B", hub.url, role="door")
    receivers.add_numbered(desk, 2)
    desk_sync.cycle()
    door_sync.cycle()
    token = door.attendee("p2").token
    assert lending(door, NOW).lend("R002", badge=token).outcome is LendOutcome.LENT
    # at the desk, unaware: "R002 is not lent out" and nothing is recorded, so the clerk
    # lends it on to p5 an hour later, which takes it from p2 in everyone's eyes
    at_desk = lending(desk, NOW + timedelta(hours=1))
    assert at_desk.give_back("R002").outcome is LendOutcome.NOT_LENT
    assert at_desk.lend("R002", badge=desk.attendee("p5").token).outcome is LendOutcome.LENT
    desk_sync.cycle()
    door_sync.cycle()
    desk_sync.cycle()
    for store in (desk, door, hub_store):
        assert held(store) == {"R002": "p5"}
    (first, second) = receivers.loans(desk.loan_events())
    assert first.lent_again_at == second.lent_at and not first.out


def test_a_door_token_may_lend_but_not_number_receivers(hub, hub_store, make_station):
    door, door_sync = make_station("Porte C", hub.url, role="door")
    door_sync.cycle()
    receivers.add_numbered(door, 1)
    report = door_sync.cycle()
    assert report.rejected == 1 and hub_store.receivers() == []
    assert "desk token" in door.query("select reason from sync_rejections")[0]["reason"]


def test_bundles_carry_receivers_and_loans(small_event, tmp_path):
    from checkin.store import Store

    receivers.add_numbered(small_event, 3)
    lending(small_event).lend("R003", badge=small_event.attendee("p1").token)
    path = tmp_path / "desk.json"
    files.export_bundle(small_event, path)
    other = Store(tmp_path / "other.db")
    try:
        report = files.merge_file(other, path)
        assert (len(report.receiver_ids), len(report.loan_uuids)) == (3, 1)
        assert held(other) == {"R003": "p1"}
        again = files.merge_file(other, path)
        assert (again.receiver_ids, again.loan_uuids) == ((), ())
    finally:
        other.close()


def test_the_hub_refuses_a_malformed_loan_naming_the_field(hub, hub_store):
    import httpx

    _, token = tokens.add(hub_store, "Porte D", "door")
    bad = {"kind": "loan", "key": "0b2f7f2c-0000-4000-8000-000000000009",
           "record": {"uuid": "0b2f7f2c-0000-4000-8000-000000000009", "receiver_id": "R/1",
                      "action": "lend", "attendee_id": "p1", "at": "2025-02-03T07:30:00Z"}}
    answer = httpx.post(f"{hub.url}/api/v1/push", json={"items": [bad]},
                        headers={"Authorization": f"Bearer {token}"}, verify=False)
    assert answer.status_code == 422
    assert answer.json()["field"] == "items.0.record.receiver_id"
    assert hub_store.receiver_loan_count() == 0


def test_a_malformed_loan_in_a_bundle_is_named_and_the_rest_goes_in(small_event):
    body = files.build_bundle(small_event)
    body["receivers"] = [{"id": "R001"}, {"id": "r/2"}]
    body["loans"] = [[None, None]]
    bundle = files.parse_bundle(body)
    assert [r.id for r in bundle.receivers] == ["R001"]
    assert bundle.loans == ()
    assert [p.split(":")[0] for p in bundle.refused] == ["receivers[1]", "loans[0]"]
