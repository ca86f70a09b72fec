"""The one merge (checkin.sync.merge) and its one conflict policy, on real SQLite files; then
the same policy seen through each of its three users: the engine's pull, a bundle, a push to
the hub over HTTP."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import httpx

from checkin import tokens as badge_tokens
from checkin.hub import tokens
from checkin.model import Attendee, CheckIn, Method, Station
from checkin.sync import files, wire
from checkin.sync.base import Void
from checkin.sync.merge import Changes, Policy, merge
from tests.fixed_time import NOW


def checkin(uuid: str, person: str = "p1", station: str = "door-b") -> CheckIn:
    return CheckIn(uuid, person, "plenary", station, NOW, Method.CAMERA)


def test_check_ins_and_voids_are_a_union(small_event):
    store = small_event
    void = Void("v1", "c2", "door-b", NOW + timedelta(minutes=1))
    changes = Changes(checkins=(checkin("c1"), checkin("c2", "p2")), voids=(void,))
    first = merge(store, changes)
    assert (first.checkin_uuids, first.void_uuids) == (("c1", "c2"), ("v1",))
    again = merge(store, changes)
    assert (again.checkins, again.voids) == (0, 0)
    assert [c.uuid for c in store.checkins() if c.voided] == ["c2"]
    # a void that arrives before its check-in: the check-in comes voided
    merge(store, Changes(voids=(Void("v3", "c3", "door-b", NOW),)))
    merge(store, Changes(checkins=(checkin("c3", "p4"),)))
    assert store.checkin("c3").voided
    assert store.pending_count() == 0  # nothing queued without forward


def test_the_incoming_attendee_wins(small_event):
    store = small_event
    here = store.attendee("p4")
    newer = replace(here, phone="+41 22 799 61 11",
                    updated_at=(here.updated_at or NOW) + timedelta(minutes=5))
    report = merge(store, Changes(attendees=(newer,)), Policy(origin="hub"))
    assert report.attendee_ids == ("p4",)
    assert store.attendee("p4").phone == "+41 22 799 61 11"
    assert store.attendee("p4").origin == "hub"  # a blank origin is filled in
    # the same version again is no change
    assert merge(store, Changes(attendees=(newer,))).attendees == 0


def test_an_unpushed_edit_here_is_kept(small_event):
    store = small_event
    mine = replace(store.attendee("p4"), phone="+41 1")
    store.upsert_attendees([mine], outbox=True)
    theirs = replace(mine, phone="+41 2",
                     updated_at=store.attendee("p4").updated_at + timedelta(minutes=1))
    report = merge(store, Changes(attendees=(theirs,)))
    assert (report.attendee_ids, report.kept_ids) == ((), ("p4",))
    assert store.attendee("p4").phone == "+41 1"
    store.mark_pushed([row["id"] for row in store.pending()])
    assert merge(store, Changes(attendees=(theirs,))).attendee_ids == ("p4",)
    assert store.attendee("p4").phone == "+41 2"


def test_an_older_version_never_undoes_a_newer_one(small_event):
    store = small_event
    current = replace(store.attendee("p4"), phone="+41 new", updated_at=NOW)
    store.upsert_attendees([current])
    stale = replace(current, phone="+41 old", updated_at=NOW - timedelta(hours=1))
    report = merge(store, Changes(attendees=(stale,)))
    assert report.kept_ids == ("p4",)
    assert store.attendee("p4").phone == "+41 new"


def test_a_token_held_by_someone_else_is_refused_and_the_rest_taken(small_event):
    store = small_event
    stolen = store.attendee("p1").token
    clash = Attendee("w9", "test", stolen, "Other", "Person")
    fine = Attendee("w8", "test", badge_tokens.new_token("TST25"), "Aline", "Irakoze")
    report = merge(store, Changes(attendees=(clash, fine), checkins=(checkin("c1", "p2"),)))
    assert report.attendee_ids == ("w8",) and report.checkins == 1
    [refusal] = report.refused
    assert (refusal.kind, refusal.key) == ("attendee", "w9")
    assert "already attendee p1's here" in refusal.reason
    assert store.attendee("w9") is None
    assert store.token_owners([stolen, fine.token, "nobody"]) == {stolen: "p1",
                                                                  fine.token: "w8"}


def test_forward_queues_what_was_new_once(small_event):
    store = small_event
    fine = Attendee("w8", "test", badge_tokens.new_token("TST25"), "Aline", "Irakoze")
    changes = Changes(attendees=(fine,), checkins=(checkin("c1"),),
                      voids=(Void("v1", "c1", "door-b", NOW),))
    merge(store, changes, Policy(forward=True))
    merge(store, changes, Policy(forward=True))
    assert sorted((r["kind"], r["ref"]) for r in store.pending()) == [
        ("attendee", "w8"), ("checkin", "c1"), ("void", "v1")]


def test_stations_other_than_this_one_are_taken(small_event):
    store = small_event
    own = store.station_id
    report = merge(store, Changes(stations=(Station(own, "Renamed?"), Station("s2", "Door B"))))
    assert report.stations == 1
    assert store.station("s2").name == "Door B"
    assert store.station(own).name != "Renamed?"


def test_claim_origin_names_the_sender(small_event):
    store = small_event
    walk_in = Attendee("w8", "test", badge_tokens.new_token("TST25"), "Aline", "Irakoze",
                       origin="walk-in")
    merge(store, Changes(attendees=(walk_in,)), Policy(origin="Door A", claim_origin=True))
    assert store.attendee("w8").origin == "Door A"


# --- the same policy through each of its users ------------------------------------------------


def test_a_stale_bundle_and_a_stale_push_leave_the_newer_version(hub, hub_store, make_station,
                                                                   tmp_path):
    """A bundle written before the hub had a newer version of p4 and a push of that same old
    version: neither undoes the newer one (the policy's rule 2), through the file and over
    HTTP; a newer push still wins."""
    old = replace(hub_store.attendee("p4"), phone="+41 old", updated_at=NOW)
    new = replace(old, phone="+41 new", updated_at=NOW + timedelta(minutes=10))
    hub_store.upsert_attendees([new])
    stick = tmp_path / "old.json"
    body = {"format": files.FORMAT, "version": files.VERSION, "station": None, "stations": [],
            "attendees": [wire.attendee_to(old)], "checkins": [], "voids": []}
    stick.write_text(__import__("json").dumps(body), "utf-8")
    assert files.merge_file(hub_store, stick, forward=False).attendees == 0
    assert hub_store.attendee("p4").phone == "+41 new"

    _, token = tokens.add(hub_store, "Desk", "desk")
    station = {"id": "desk-1", "name": "Desk"}

    def push(attendee: Attendee) -> dict:
        item = {"kind": "attendee", "key": attendee.id, "record": wire.attendee_to(attendee)}
        answer = httpx.post(f"{hub.url}/api/v1/push", json={"station": station, "items": [item]},
                            headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert answer.status_code == 200, answer.text
        return answer.json()["results"][0]

    assert push(old)["outcome"] == "duplicate"
    assert hub_store.attendee("p4").phone == "+41 new"
    newest = replace(new, phone="+41 newest", updated_at=NOW + timedelta(minutes=20))
    assert push(newest)["outcome"] == "accepted"
    assert (hub_store.attendee("p4").phone, hub_store.attendee("p4").origin) == (
        "+41 newest", "Desk")

    # and a station pulling from the hub takes it, unless it holds an unpushed edit
    store, engine = make_station("Door A", hub.url)
    engine.cycle()
    assert store.attendee("p4").phone == "+41 newest"


def test_one_merge_for_engine_bundles_and_hub():
    """The three users call the one merge and write no attendee, check-in or void of their
    own (the rules live in checkin.sync.merge only)."""
    import inspect

    from checkin.hub import feed
    from checkin.sync import engine

    for module in (engine, files, feed):
        source = inspect.getsource(module)
        assert "merge(store" in source or "merge(self.store" in source, module.__name__
        for own_write in ("upsert_attendees", "merge_checkins", "void_checkin",
                          "known_checkins", "token in ("):
            assert own_write not in source, (module.__name__, own_write)

