"""The station bundle on a USB stick: exported once, merged any number of times into a
station, the hub's file or the hub over HTTP, and never a record doubled."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pytest

from checkin import tokens as badge_tokens
from checkin.hub import feed, tokens
from checkin.model import Attendee, Method
from checkin.reception import Reception
from checkin.sync import files
from checkin.sync.hub_client import HubClient

NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


def counts(store) -> tuple[int, int, int]:
    one = store.query
    return (one("select count(*) as n from checkins")[0]["n"],
            one("select count(*) as n from voids")[0]["n"],
            one("select count(*) as n from attendees")[0]["n"])


@pytest.fixture
def door_a(hub, make_station, hub_store):
    """Door A pulled the list once, then worked with no network: 3 check-ins, an undo, a
    walk-in admitted."""
    store, engine = make_station("Door A", hub.url)
    assert engine.cycle().error is None
    reception = Reception(store, clock=lambda: NOW)
    for person in ("p1", "p2", "p4"):
        reception.admit(hub_store.attendee(person).token, "plenary")
    undone = reception.admit_attendee("p5", "plenary")
    reception.undo(undone.checkin.uuid)
    walk_in = Attendee("w1", "test", badge_tokens.new_token("TST25"), "Aline", "Irakoze")
    store.upsert_attendees([walk_in], outbox=True)
    reception.admit_attendee("w1", "plenary", method=Method.WALK_IN)
    return store


def test_bundle_merged_twice_into_another_station(door_a, make_station, hub, tmp_path):
    stick = tmp_path / "usb" / "door-a.json"
    stick.parent.mkdir()
    assert files.export_bundle(door_a, stick) == 5
    b_store, b_engine = make_station("Door B", hub.url)
    b_engine.cycle()
    before = counts(b_store)
    first = files.merge_file(b_store, stick)
    assert (first.checkins, first.voids, first.attendees) == (5, 1, 1)
    second = files.merge_file(b_store, stick)
    assert (second.checkins, second.voids, second.attendees) == (0, 0, 0)
    assert counts(b_store) == (before[0] + 5, before[1] + 1, before[2] + 1)
    assert b_store.attendee("w1").full_name == "Aline Irakoze"
    # what was new is queued once, so B forwards it when it is online
    assert b_store.pending_count() == 7
    assert {c.uuid for c in b_store.checkins()} == {c.uuid for c in door_a.checkins()}
    voided = [c.uuid for c in b_store.checkins() if c.voided]
    assert voided == [c.uuid for c in door_a.checkins() if c.voided]


def test_bundle_into_the_hub_file_then_over_http_then_forwarded(
    door_a, make_station, hub, hub_store, tmp_path
):
    stick = tmp_path / "door-a.json"
    files.export_bundle(door_a, stick)
    b_store, b_engine = make_station("Door B", hub.url)
    b_engine.cycle()  # B has the list, not yet A's work
    assert feed.is_hub(hub_store)
    for _ in range(2):  # `checkin bundle merge` on the hub's database, twice
        files.merge_file(hub_store, stick, forward=False)
    assert counts(hub_store) == (5, 1, 6)
    assert hub_store.pending_count() == 0
    _, token = tokens.add(hub_store, "USB desk", "desk")
    client = HubClient(hub.url, token)
    import json

    body = json.loads(stick.read_bytes())
    answers = [client.send_bundle(body) for _ in range(2)]
    client.close()
    assert answers[0]["checkins"] == answers[1]["checkins"] == 0
    assert answers[0]["checkins_seen"] == 5
    assert counts(hub_store) == (5, 1, 6)
    # B merges the same stick, then comes online: its forwarded items are duplicates.
    assert files.merge_file(b_store, stick).checkins == 5
    report = b_engine.cycle(force=True)
    assert report.error is None
    assert (report.pushed, report.duplicates) == (0, 7)
    assert counts(hub_store) == (5, 1, 6)
    feed_rows = hub_store.query("select count(*) as n from hub_changes where kind='checkin'")
    assert feed_rows[0]["n"] == 5


def test_relay_from_station_to_station(door_a, make_station, hub, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    files.export_bundle(door_a, first)
    b_store, b_engine = make_station("Door B", hub.url)
    b_engine.cycle()
    files.merge_file(b_store, first)
    files.export_bundle(b_store, second)
    c_store, c_engine = make_station("Door C", hub.url)
    c_engine.cycle()
    report = files.merge_file(c_store, second)
    assert report.checkins == 5 and report.attendees == 1
    assert c_store.attendee("w1") is not None


def test_damaged_bundle_merges_nothing(door_a, make_station, hub, tmp_path):
    stick = tmp_path / "door-a.json"
    files.export_bundle(door_a, stick)
    data = stick.read_bytes()
    stick.write_bytes(data[: len(data) // 2])
    b_store, _ = make_station("Door B", hub.url)
    with pytest.raises(files.BundleError, match="damaged"):
        files.merge_file(b_store, stick)
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    with pytest.raises(files.BundleError, match="not a Check-in station bundle"):
        files.merge_file(b_store, other)
    assert counts(b_store) == (0, 0, 0)


def test_bundle_merge_on_the_command_line_never_prints_a_traceback(tmp_path, hub_store,
                                                                   capsys):
    """Hostile bundles merged by `checkin bundle merge` on a station and on the hub's file:
    a year-1 time, a lone surrogate (in a value and in a key), JSON nested 100,000 deep, a
    list that is no list. The good records go in; the bad are named; nothing crashes."""
    import json

    from checkin.cli import main

    good = {"uuid": "6f1c3a52-0000-4000-8000-000000000001", "attendee_id": "p1",
            "session_id": "plenary", "station_id": "door-z", "at": "2025-02-03T07:30:00Z",
            "method": "camera"}
    files_ = {
        "year-1.json": json.dumps({"format": "checkin-bundle", "version": 1, "checkins": [
            good, {**good, "uuid": "6f1c3a52-0000-4000-8000-000000000002",
                   "at": "0001-01-01T00:00:00+05:00"}]}),
        "surrogate.json": json.dumps({"format": "checkin-bundle", "version": 1,
                                      "attendees": [{"id": "w1", "token": "TST-1",
                                                     "first_name": "H\udc00"}]}),
        "surrogate-key.json": '{"format": "checkin-bundle", "version": 1, "\\ud800": 1,'
                              ' "checkins": [{"\\udc00": 2}]}',
        "deep.json": '{"format": "checkin-bundle", "version": 1, "checkins": '
                     + "[" * 100_000 + "]" * 100_000 + "}",
        "not-a-list.json": '{"format": "checkin-bundle", "version": 1, "voids": {}}',
        "binary.json": "\x00\x01\x02",
    }
    feed.install(hub_store)  # a hub's file, as `checkin hub` leaves it
    station = tmp_path / "station.db"
    for name, text in files_.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        for db in (station, hub_store.path):
            code = main(["--db", str(db), "bundle", "merge", str(tmp_path / name)])
            out, err = capsys.readouterr()
            assert "Traceback" not in out + err, (name, err)
            assert code in (0, 1), name
            if code == 1:
                assert err.count("\n") == 1, (name, err)
            if name.startswith(("year-1", "surrogate")):
                assert code == 0 and "malformed records left out" in out, (name, out)
    assert hub_store.checkin(good["uuid"]) is not None  # the good one went in, once
    assert hub_store.query("select count(*) n from checkins")[0]["n"] == 1
