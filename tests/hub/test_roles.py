"""Roles of hub tokens (door, desk, organiser) through the real hub over HTTP: what each may
read and push, the organiser's token endpoints, the migration that gives old tokens a role,
and the command line's --role."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace
from datetime import UTC, datetime, timezone

import httpx
import pytest
from sqlite_utils import Database

from checkin.cli import main
from checkin.hub import tokens
from checkin.hub.tokens import Role
from checkin.model import CheckIn, Method
from checkin.schema import migrations
from checkin.store import Store
from checkin.sync import wire

AT = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


def headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def changes(hub, token, **params):
    return httpx.get(f"{hub.url}/api/v1/changes", params=params, headers=headers(token),
                     timeout=5)


def push(hub, token, station_id, items):
    answer = httpx.post(f"{hub.url}/api/v1/push", headers=headers(token), timeout=5,
                        json={"station": {"id": station_id, "name": station_id},
                              "items": items})
    return answer


def checkin_item(station_id: str, person: str = "p1") -> tuple[CheckIn, dict]:
    c = CheckIn(str(uuidlib.uuid4()), person, "plenary", station_id, AT, Method.CAMERA)
    return c, {"kind": "checkin", "key": c.uuid, "record": wire.checkin_to(c)}


def void_item(checkin_uuid: str, station_id: str) -> dict:
    key = str(uuidlib.uuid4())
    return {"kind": "void", "key": key, "record": {
        "uuid": key, "checkin_uuid": checkin_uuid, "station_id": station_id,
        "at": "2025-02-03T07:31:00Z"}}


def attendee_item(hub_store, **changes) -> dict:
    a = replace(hub_store.attendee("p2"), **changes)
    return {"kind": "attendee", "key": a.id, "record": wire.attendee_to(a)}


def test_a_door_pulls_no_email_or_phone_and_a_desk_does(hub, hub_store):
    hub_store.upsert_attendees([replace(hub_store.attendee("p1"), email="helene@example.org",
                                        phone="+257 22 22 22 22")])
    _, door = tokens.add(hub_store, "Door A", Role.DOOR)
    _, desk = tokens.add(hub_store, "Desk", Role.DESK)
    door_people = {a["id"]: a for a in changes(hub, door, station="door-a").json()["attendees"]}
    desk_people = {a["id"]: a for a in changes(hub, desk, station="desk").json()["attendees"]}
    assert len(door_people) == len(desk_people) == 5
    assert all(a["email"] == "" and a["phone"] == "" for a in door_people.values())
    assert door_people["p1"]["token"] == desk_people["p1"]["token"]  # it can still scan
    assert door_people["p1"]["last_name"] == "Ndayishimiye"
    assert desk_people["p1"]["email"] == "helene@example.org"
    assert desk_people["p1"]["phone"] == "+257 22 22 22 22"


def test_a_door_cannot_edit_people_but_its_check_ins_in_the_same_batch_go(hub, hub_store):
    _, door = tokens.add(hub_store, "Door A")  # door is the default
    c, item = checkin_item("door-a")
    answer = push(hub, door, "door-a", [
        attendee_item(hub_store, last_name="Overwritten"), item])
    assert answer.status_code == 200
    first, second = answer.json()["results"]
    assert first["outcome"] == "rejected" and "desk" in first["reason"]
    assert second["outcome"] == "accepted"
    assert hub_store.attendee("p2").last_name != "Overwritten"
    assert hub_store.checkin(c.uuid) is not None
    # the bundle door is shut to people too
    body = {"format": "checkin-bundle", "version": 1, "station": {"id": "door-a"},
            "attendees": [attendee_item(hub_store, last_name="Overwritten")["record"]],
            "checkins": [], "voids": []}
    answer = httpx.post(f"{hub.url}/api/v1/bundle", json=body, headers=headers(door),
                        timeout=5)
    assert answer.status_code == 200 and answer.json()["refused"] == 1
    assert hub_store.attendee("p2").last_name != "Overwritten"


def test_a_desk_may_edit_people(hub, hub_store):
    _, desk = tokens.add(hub_store, "Desk", Role.DESK)
    answer = push(hub, desk, "desk", [attendee_item(hub_store, last_name="Corrected")])
    assert answer.json()["results"][0]["outcome"] == "accepted"
    assert hub_store.attendee("p2").last_name == "Corrected"


def test_a_door_undoes_only_its_own_station_s_check_ins(hub, hub_store):
    _, door_a = tokens.add(hub_store, "Door A")
    _, door_b = tokens.add(hub_store, "Door B")
    _, desk = tokens.add(hub_store, "Desk", "desk")
    mine, mine_item = checkin_item("door-a", "p1")
    theirs, theirs_item = checkin_item("door-b", "p2")
    assert push(hub, door_a, "door-a", [mine_item]).status_code == 200
    assert push(hub, door_b, "door-b", [theirs_item]).status_code == 200
    results = push(hub, door_a, "door-a", [void_item(theirs.uuid, "door-a"),
                                           void_item(mine.uuid, "door-a"),
                                           void_item(str(uuidlib.uuid4()), "door-a")]
                   ).json()["results"]
    assert [r["outcome"] for r in results] == ["rejected", "accepted", "rejected"]
    assert "own station" in results[0]["reason"]
    assert hub_store.checkin(theirs.uuid).voided is False
    assert hub_store.checkin(mine.uuid).voided is True
    # Door A's token presented by another station (claiming to be door-b): refused whole.
    stolen = push(hub, door_a, "door-b", [void_item(theirs.uuid, "door-b")])
    assert stolen.status_code == 403 and "another station" in stolen.json()["error"]
    assert changes(hub, door_a, station="door-b").status_code == 403
    assert hub_store.checkin(theirs.uuid).voided is False
    # the desk may undo anyone's
    results = push(hub, desk, "desk", [void_item(theirs.uuid, "desk")]).json()["results"]
    assert results[0]["outcome"] == "accepted"
    assert hub_store.checkin(theirs.uuid).voided is True


def test_the_organiser_manages_tokens_over_http(hub, hub_store):
    me, organiser = tokens.add(hub_store, "Organiser laptop", Role.ORGANISER)
    _, desk = tokens.add(hub_store, "Desk", Role.DESK)
    url = f"{hub.url}/api/v1/tokens"
    for weaker in (desk,):
        assert httpx.get(url, headers=headers(weaker), timeout=5).status_code == 403
        refused = httpx.post(url, json={"name": "X"}, headers=headers(weaker), timeout=5)
        assert refused.status_code == 403 and "organiser" in refused.json()["error"]
    assert httpx.get(url, timeout=5).status_code == 401
    made = httpx.post(url, json={"name": "Door C", "role": "door"}, headers=headers(organiser),
                      timeout=5)
    assert made.status_code == 201
    secret, record = made.json()["secret"], made.json()["token"]
    assert record["role"] == "door" and record["name"] == "Door C"
    assert secret not in str(hub_store.query("select * from hub_tokens"))  # hashed only
    assert changes(hub, secret, station="door-c").status_code == 200
    listed = httpx.get(url, headers=headers(organiser), timeout=5).json()["tokens"]
    assert [(t["name"], t["role"]) for t in listed] == [
        ("Organiser laptop", "organiser"), ("Desk", "desk"), ("Door C", "door")]
    assert all("hash" not in str(t) and secret not in str(t) for t in listed)
    assert httpx.post(url, json={"name": "Door C"}, headers=headers(organiser),
                      timeout=5).status_code == 409
    assert httpx.post(url, json={"name": "Door D", "role": "king"},
                      headers=headers(organiser), timeout=5).status_code == 422
    gone = httpx.post(f"{url}/{record['id']}/revoke", headers=headers(organiser), timeout=5)
    assert gone.status_code == 200 and gone.json()["token"]["revoked_at"]
    assert changes(hub, secret).status_code == 401
    itself = httpx.post(f"{url}/{me.id}/revoke", headers=headers(organiser), timeout=5)
    assert itself.status_code == 409
    assert httpx.post(f"{url}/nope/revoke", headers=headers(organiser),
                      timeout=5).status_code == 404


def test_old_tokens_become_desk_tokens(tmp_path):
    db = Database(tmp_path / "old-hub.db")
    migrations.apply(db, stop_before="m004_hub_token_roles")
    db["hub_tokens"].insert({"id": "t1", "name": "Door A", "token_hash": tokens.digest("s"),
                             "created_at": "2025-02-03T06:00:00Z"})
    db.close()
    store = Store(tmp_path / "old-hub.db")
    [old] = tokens.list_tokens(store)
    assert old.role is Role.DESK and tokens.check(store, "s").role is Role.DESK
    store.close()


@pytest.mark.parametrize("role", ["door", "desk", "organiser"])
def test_command_line_role(hub_store, capsys, role):
    assert main(["hub", "--db", str(hub_store.path), "token", "add", f"S {role}",
                 "--role", role]) == 0
    out = capsys.readouterr().out
    assert out.lower().startswith(f"{role} token for")
    assert main(["hub", "--db", str(hub_store.path), "token", "list"]) == 0
    assert f"S {role}\tlive\t{role}\t" in capsys.readouterr().out
