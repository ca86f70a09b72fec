"""Every record is checked by the declared models before the hub stores it: the hostile
inputs an adversarial test found (500s, records for nobody, a year-999 void that broke the
feed) each get a 4xx naming the field, the rest of a batch still goes in, and the feed pages
past odd rows written straight into the hub's database."""

from __future__ import annotations

import json
import sqlite3
import uuid as uuidlib
from dataclasses import replace
from datetime import UTC, datetime, timezone

import httpx
import pytest

from checkin.hub import quarantine, tokens
from checkin.hub.tokens import Role
from checkin.model import CheckIn, Method
from checkin.reports import stats
from checkin.store import Store
from checkin.sync import records, wire
from checkin.sync.engine import HUB_QUARANTINED_KEY, SyncEngine
from checkin.sync.hub_client import HubClient

AT = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


@pytest.fixture
def desk(hub_store):
    return tokens.add(hub_store, "Desk", Role.DESK)[1]


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def post(hub, token, path, body=None, *, content=None):
    if content is None:  # ensure_ascii: a lone surrogate travels as the escape \udc00
        content = json.dumps(body).encode("ascii")
    return httpx.post(f"{hub.url}{path}", content=content, headers=auth(token), timeout=10)


def good_checkin(person="p1", session="plenary", **changes) -> dict:
    c = CheckIn(str(uuidlib.uuid4()), person, session, "desk", AT, Method.SEARCH)
    record = {**wire.checkin_to(c), **changes}
    return {"kind": "checkin", "key": record["uuid"], "record": record}


def void(at="2025-02-03T07:31:00Z", checkin_uuid=None, **changes) -> dict:
    key = str(uuidlib.uuid4())
    record = {"uuid": key, "checkin_uuid": checkin_uuid or str(uuidlib.uuid4()),
              "station_id": "desk", "at": at, **changes}
    return {"kind": "void", "key": record["uuid"], "record": record}


def person(hub_store, **changes) -> dict:
    record = {**wire.attendee_to(hub_store.attendee("p3")), **changes}
    return {"kind": "attendee", "key": record["id"], "record": record}


def count(store, table) -> int:
    return store.query(f"select count(*) as n from {table}")[0]["n"]


# The hostile items, each with the field its refusal must name.
HOSTILE = {
    "year-999 void": (lambda s: void(at="0999-01-01T00:00:00Z"), "record.at"),
    "year-1 in +05:00 (overflows UTC)": (
        lambda s: good_checkin(at="0001-01-01T00:00:00+05:00"), "record.at"),
    "9999-12-31T23:00-05:00 (overflows UTC)": (
        lambda s: good_checkin(at="9999-12-31T23:00:00-05:00"), "record.at"),
    "empty uuid": (lambda s: {**good_checkin(uuid=""), "key": ""}, "record.uuid"),
    "100 kB badge token": (lambda s: person(s, token="A" * 100_000), "record.token"),
    "NUL in a token": (lambda s: person(s, token="TST25-\x00ABC"), "record.token"),
    "../../etc/passwd id": (
        lambda s: good_checkin(attendee_id="../../etc/passwd"), "record.attendee_id"),
    "lone surrogate in a name": (lambda s: person(s, first_name="H\udc00lène"),
                                 "record.first_name"),
    "NUL in a name": (lambda s: person(s, last_name="Nd\x00ayi"), "record.last_name"),
    "unknown method": (lambda s: good_checkin(method="teleport"), "record.method"),
    "a string for a boolean": (lambda s: good_checkin(override="yes"), "record.override"),
    "key not the record's": (lambda s: {**good_checkin(), "key": str(uuidlib.uuid4())}, "key"),
    "unknown kind": (lambda s: {"kind": "spaceship", "key": "x", "record": {}}, "kind"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_each_hostile_item_gets_a_422_naming_the_field_and_the_batch_still_goes(
        hub, hub_store, desk, name):
    make, field = HOSTILE[name]
    before = good_checkin("p1")
    after = good_checkin("p2")
    answer = post(hub, desk, "/api/v1/push", {"items": [before, make(hub_store), after]})
    assert answer.status_code == 422
    assert answer.json()["field"] == f"items.1.{field}"
    first, bad, last = answer.json()["results"]
    assert bad["outcome"] == "rejected" and bad["status"] == 422
    assert bad["field"] == field and field in bad["reason"]
    assert (first["outcome"], last["outcome"]) == ("accepted", "accepted")
    assert count(hub_store, "checkins") == 2
    assert hub_store.attendee("p3") == hub_store.attendee("p3")  # unchanged below
    assert "\x00" not in str(hub_store.query("select * from attendees"))


def test_refused_people_leave_the_stored_person_alone(hub, hub_store, desk):
    before = hub_store.attendee("p3")
    for make, _field in HOSTILE.values():
        post(hub, desk, "/api/v1/push", {"items": [make(hub_store)]})
    assert hub_store.attendee("p3") == before
    assert count(hub_store, "checkins") == count(hub_store, "voids") == 0


@pytest.mark.parametrize("params", [
    {"since": str(2**63)}, {"since": str(2**64 + 7)}, {"pending": str(2**63)},
    {"since": "-1"}, {"limit": "0"}, {"limit": "99999"}, {"since": "1e9"},
    {"station": "../../etc/passwd"}, {"station": "x" * 500}, {"name": "Door\x00A"},
])
def test_bad_changes_queries_are_400_naming_the_parameter(hub, desk, params):
    answer = httpx.get(f"{hub.url}/api/v1/changes", params=params, headers=auth(desk),
                       timeout=5)
    assert answer.status_code == 400, answer.text
    assert answer.json()["field"] == next(iter(params))


def test_deeply_nested_json_and_other_bodies_are_4xx(hub, desk):
    deep = b'{"items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for path in ("/api/v1/push", "/api/v1/bundle"):
        answer = post(hub, desk, path, content=deep)
        assert answer.status_code == 400 and "deeply" in answer.json()["error"]
    # a lone surrogate in a key, as raw JSON escapes
    raw = (b'{"items": [{"kind": "checkin", "\\ud800": 1, "key": "\\udc00", '
           b'"record": {"\\ud83d": "x"}}]}')
    answer = post(hub, desk, "/api/v1/push", content=raw)
    assert answer.status_code == 422
    [result] = answer.json()["results"]
    assert result["outcome"] == "rejected" and result["status"] == 422
    for body in (b"[]", b'"x"', b"null", b'{"items": 3}',
                 json.dumps({"items": [], "station": {"id": "../x"}}).encode(),
                 json.dumps({"items": [{}] * 5001}).encode()):
        assert post(hub, desk, "/api/v1/push", content=body).status_code == 400, body[:40]


def test_a_check_in_for_nobody_is_kept_aside_until_they_arrive(hub, hub_store, desk,
                                                                 tmp_path):
    ghost = good_checkin("w-walkin-1")
    nowhere = good_checkin("p1", "no-such-session")
    results = post(hub, desk, "/api/v1/push", {"items": [ghost, nowhere]}).json()["results"]
    assert [r["outcome"] for r in results] == ["quarantined", "quarantined"]
    assert "w-walkin-1" in results[0]["reason"] and "no-such-session" in results[1]["reason"]
    assert hub_store.checkin(ghost["key"]) is None and quarantine.count(hub_store) == 2
    # pushed again: a duplicate, not a second row
    again = post(hub, desk, "/api/v1/push", {"items": [ghost]}).json()["results"]
    assert again[0]["outcome"] == "duplicate" and quarantine.count(hub_store) == 2
    # the page tells how many are kept aside
    page = httpx.get(f"{hub.url}/api/v1/changes", headers=auth(desk), timeout=5).json()
    assert page["quarantined"] == 2
    assert ghost["key"] not in {c["uuid"] for c in page["checkins"]}
    # a station syncing with the hub learns the count, for its dashboard
    station = Store(tmp_path / "door.db")
    engine = SyncEngine(station, HubClient(hub.url, desk, timeout=5), cursor_key="c")
    assert engine.cycle().error is None
    assert station.get_state(HUB_QUARANTINED_KEY) == "2"
    assert stats.quarantined(station) == 2 and stats.quarantined(hub_store) == 2
    # the person arrives (the desk pushes the walk-in): their check-in moves in
    walkin = {**wire.attendee_to(hub_store.attendee("p3")), "id": "w-walkin-1",
              "token": "TST25-WALKIN000000001"}
    results = post(hub, desk, "/api/v1/push", {"items": [
        {"kind": "attendee", "key": "w-walkin-1", "record": walkin}]}).json()["results"]
    assert results[0]["outcome"] == "accepted"
    assert hub_store.checkin(ghost["key"]).attendee_id == "w-walkin-1"
    assert quarantine.count(hub_store) == 1
    assert [r["ref"] for r in quarantine.rows(hub_store)] == [nowhere["key"]]
    assert engine.cycle(force=True).error is None
    assert station.get_state(HUB_QUARANTINED_KEY) == "1"
    assert ghost["key"] in {c.uuid for c in station.checkins()}
    engine.close()
    station.close()


def test_the_feed_pages_past_odd_rows_written_straight_into_the_file(hub, hub_store, desk,
                                                                     tmp_path):
    good = good_checkin("p1")
    post(hub, desk, "/api/v1/push", {"items": [good]})
    # Something else writes into the hub's file: rows no station could read.
    raw = sqlite3.connect(hub_store.path)
    odd_uuid = str(uuidlib.uuid4())
    with raw:
        raw.execute("insert into voids (uuid, checkin_uuid, station_id, at) values "
                    "(?, ?, 'x', '999-01-01T00:00:00.000000Z')", [odd_uuid, good["key"]])
        raw.execute("insert into checkins (uuid, attendee_id, session_id, station_id, at,"
                    " method, direction, override, voided) values"
                    " ('', 'p1', 'plenary', 'x', 'not a time', 'camera', 'entry', 0, 0)")
        raw.execute("insert into checkins (uuid, attendee_id, session_id, station_id, at,"
                    " method, direction, override, voided) values"
                    " (?, '../../etc/passwd', 'plenary', 'x', '2025-02-03T07:00:00.000000Z',"
                    " 'teleport', 'entry', 0, 0)", [str(uuidlib.uuid4())])
        raw.execute("update attendees set token = ? where id = 'p4'", ["A\x00" * 50_000])
        raw.execute("update attendees set first_name = ? where id = 'p5'", ["x\x00y"])
        raw.execute("update sessions set starts_at = '0001-01-01T00:00:00+05:00'"
                    " where id = 'workshop-a'")
        raw.execute("insert into stations (id, name, last_seen, pending) values"
                    " ('odd', 'Odd', 'yesterday', -5)")
    raw.close()
    # every page answers, one record a page, and the cursor walks to the end
    since, pages = 0, 0
    got: dict[str, set] = {"attendees": set(), "checkins": set(), "sessions": set()}
    while True:
        answer = httpx.get(f"{hub.url}/api/v1/changes", params={"since": since, "limit": 1},
                           headers=auth(desk), timeout=5)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        pages += 1
        for kind in got:
            got[kind] |= {r.get("id") or r.get("uuid") for r in page[kind]}
        assert "odd" not in {s["id"] for s in page["stations"]}
        since = page["next"]
        if not page["more"]:
            break
    assert got["attendees"] == {"p1", "p2", "p3"}  # p4, p5 left out
    assert got["checkins"] == {good["key"]}
    assert got["sessions"] == {"plenary", "speakers"}
    assert pages >= 10
    # and a new station syncing from zero gets the rest, through the real client
    station = Store(tmp_path / "new.db")
    engine = SyncEngine(station, HubClient(hub.url, desk, timeout=5), cursor_key="c")
    report = engine.cycle()
    assert report.error is None
    assert {a.id for a in station.attendees()} == {"p1", "p2", "p3"}
    assert [c.uuid for c in station.checkins()] == [good["key"]]
    engine.close()
    station.close()


def test_a_door_s_bundle_and_a_bad_bundle_record(hub, hub_store, desk):
    ok = good_checkin("p1")["record"]
    bad = good_checkin("p2", at="0001-01-01T00:00:00Z")["record"]
    ghost = good_checkin("nobody")["record"]
    body = {"format": "checkin-bundle", "version": 1, "station": {"id": "desk"},
            "checkins": [ok, bad, ghost], "voids": [void(at="999-01-01T00:00:00Z")["record"]]}
    answer = post(hub, desk, "/api/v1/bundle", body)
    assert answer.status_code == 422
    report = answer.json()
    assert [p.split(":")[0] for p in report["problems"]] == ["checkins[1]", "voids[0]"]
    assert (report["checkins"], report["refused"], report["quarantined"]) == (1, 2, 1)
    assert hub_store.checkin(ok["uuid"]) and not hub_store.checkin(bad["uuid"])
    assert post(hub, desk, "/api/v1/bundle", {"format": "x"}).status_code == 400
    assert post(hub, desk, "/api/v1/bundle", {**body, "voids": {}}).status_code == 400


def test_records_module_refuses_what_it_must(hub_store):
    a = wire.attendee_to(hub_store.attendee("p1"))
    assert records.parse(records.AttendeeRecord, a).to_model() == hub_store.attendee("p1")
    for field, value in [("token", " "), ("token", "é"), ("id", ""), ("id", "a/b"),
                         ("email", "x" * 300), ("workshops", ["../x"]),
                         ("updated_at", "2101-01-01T00:00:00Z"), ("notes", "a\x07b")]:
        with pytest.raises(records.RecordError) as error:
            records.parse(records.AttendeeRecord, {**a, field: value})
        assert error.value.field.split(".")[0] == field
    s = wire.session_to(hub_store.session("plenary"))
    with pytest.raises(records.RecordError, match="not after"):
        records.parse(records.SessionRecord, {**s, "ends_at": "2025-01-01T00:00:00Z"})
    e = wire.event_to(hub_store.event())
    for field, value in [("timezone", "../../etc/passwd"), ("timezone", "Mars/Olympus"),
                         ("badge_settings", {"a": [[[[[[1]]]]]]}), ("start_date", "0999-01-01")]:
        with pytest.raises(records.RecordError):
            records.parse(records.EventRecord, {**e, field: value})
    assert replace(records.parse(records.EventRecord, e).to_model()) == hub_store.event()
