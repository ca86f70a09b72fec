"""The change feed over HTTP: auth, ordering, pagination, and records written to the hub's
file by something else (an import) reaching the feed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

import httpx

from checkin import tokens as badge_tokens
from checkin.hub import feed, tokens
from checkin.model import Attendee


def get(hub, token, **params):
    return httpx.get(f"{hub.url}/api/v1/changes", params=params,
                     headers={"Authorization": f"Bearer {token}"}, timeout=5)


def test_tokens_are_stored_hashed_and_checked(hub, hub_store):
    record, token = tokens.add(hub_store, "Door A")
    row = hub_store.query("select * from hub_tokens")[0]
    assert token not in str(row) and row["token_hash"] == tokens.digest(token)
    assert get(hub, token).status_code == 200
    assert get(hub, token + "x").status_code == 401
    assert httpx.get(f"{hub.url}/api/v1/changes", timeout=5).status_code == 401
    tokens.revoke(hub_store, "Door A")
    answer = get(hub, token)
    assert answer.status_code == 401 and "revoked" in answer.json()["error"]
    assert [t.revoked for t in tokens.list_tokens(hub_store)] == [True]


def test_pages_follow_the_sequence(hub, hub_store):
    _, token = tokens.add(hub_store, "Desk", "desk")
    seen, since, pages = [], 0, 0
    while True:
        page = get(hub, token, since=since, limit=2).json()
        pages += 1
        assert page["count"] == (1 if page["event"] else 0) + sum(
            len(page[k]) for k in ("sessions", "attendees", "checkins", "voids"))
        assert page["next"] > since or not page["more"]
        seen += [a["id"] for a in page["attendees"]]
        since = page["next"]
        if not page["more"]:
            break
    assert pages == 5  # event + 3 sessions + 5 attendees = 9 records, 2 a page
    assert sorted(seen) == ["p1", "p2", "p3", "p4", "p5"]
    # nothing new: an empty page at the same cursor
    empty = get(hub, token, since=since).json()
    assert empty["count"] == 0 and empty["next"] == since and not empty["more"]
    # an edit written straight into the hub's file (an import, say) gets a new number
    hub_store.upsert_attendees([replace(hub_store.attendee("p4"), phone="+41 22")])
    hub_store.upsert_attendees([Attendee("p9", "test", badge_tokens.new_token("TST25"),
                                         "Jean", "Nduwimana")])
    page = get(hub, token, since=since).json()
    assert [a["id"] for a in page["attendees"]] == ["p4", "p9"]
    assert page["attendees"][0]["phone"] == "+41 22"
    # one feed row per record, however often it changed
    assert feed.last_seq(hub_store) == page["next"]
    rows = hub_store.query("select count(*) as n from hub_changes where kind = 'attendee'")
    assert rows[0]["n"] == 6


def test_heartbeat_records_the_station(hub, hub_store):
    _, token = tokens.add(hub_store, "Door A")
    get(hub, token, station="s-1", name="Door A", pending=7)
    station = hub_store.station("s-1")
    assert station.name == "Door A" and station.pending == 7 and station.last_seen
    assert tokens.list_tokens(hub_store)[0].station_id == "s-1"


def test_bad_requests_are_explained(hub, hub_store):
    _, token = tokens.add(hub_store, "Door A")
    assert get(hub, token, since="x").status_code == 400
    headers = {"Authorization": f"Bearer {token}"}
    bad = httpx.post(f"{hub.url}/api/v1/push", content=b"{nope", headers=headers, timeout=5)
    assert bad.status_code == 400 and "JSON" in bad.json()["error"]
    bad = httpx.post(f"{hub.url}/api/v1/push", json={"items": "x"}, headers=headers, timeout=5)
    assert bad.status_code == 400
    odd = httpx.post(f"{hub.url}/api/v1/push", headers=headers, timeout=5, json={
        "items": [{"kind": "checkin", "key": "k", "record": {"uuid": "k"}}, 3,
                  {"kind": "spaceship", "key": "z", "record": {}}]})
    results = odd.json()["results"]
    assert [r["outcome"] for r in results] == ["rejected"] * 3
    assert "missing" in results[0]["reason"]
    assert hub_store.query("select count(*) as n from checkins")[0]["n"] == 0


def test_push_is_idempotent_within_and_across_batches(hub, hub_store):
    import uuid as uuidlib
    from datetime import datetime, timezone

    from checkin.model import CheckIn, Method
    from checkin.sync import wire

    _, token = tokens.add(hub_store, "Door A")
    c = CheckIn(str(uuidlib.uuid4()), "p1", "plenary", "s-1",
                datetime(2025, 2, 3, 7, 30, tzinfo=UTC), Method.CAMERA)
    item = {"kind": "checkin", "key": c.uuid, "record": wire.checkin_to(c)}
    headers = {"Authorization": f"Bearer {token}"}

    def push(items):
        answer = httpx.post(f"{hub.url}/api/v1/push", json={"items": items}, headers=headers,
                            timeout=5)
        return [r["outcome"] for r in answer.json()["results"]]

    assert push([item, item]) == ["accepted", "duplicate"]
    assert push([item]) == ["duplicate"]
    wrong_key = {**item, "key": "something-else"}
    assert push([wrong_key]) == ["rejected"]
    assert len(hub_store.checkins(attendee_id="p1")) == 1
    rows = hub_store.query("select count(*) as n from hub_changes where kind = 'checkin'")
    assert rows[0]["n"] == 1


def test_feed_rows_read_back_as_the_same_attendees(hub_store):
    from checkin.sync import wire

    for a in hub_store.attendees():
        row = hub_store.query("select * from attendees where id = ?", [a.id])[0]
        assert wire.attendee_from(wire.attendee_row_to(row)) == a
        assert wire.attendee_row_to(row) == wire.attendee_to(a)
