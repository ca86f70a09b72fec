"""A hub and a station of the previous release still understand this one.

``previous_release_wire.json`` holds records as the release before issue 12's record mapping
wrote them (``checkin.sync.wire``'s ``*_to`` and one page of the hub's feed). This release must
write the same JSON for the same records (so an older station or hub reads it as before) and
read that JSON back into the same records: over HTTP, an older station's push into this hub,
and an older hub's page pulled by this station's engine.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from checkin.hub import feed, tokens
from checkin.hub.server import ThreadedHub
from checkin.hub.tokens import Role
from checkin.model import (
    Attendee,
    CheckIn,
    Direction,
    Event,
    Method,
    Session,
    Station,
    Void,
)
from checkin.store import Store
from checkin.sync import records, wire
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient

PREVIOUS = json.loads((Path(__file__).parent / "previous_release_wire.json").read_text("utf-8"))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 2, 3, hour, minute, tzinfo=UTC)


EVENT = Event("imc25", "IMC25", "Conférence", "Conference", "Africa/Bujumbura",
              date(2025, 2, 3), date(2025, 2, 4), "Bujumbura", "AIM",
              {"colours": {"speaker": "#c00"}, "title": "Bienvenue"})
SESSIONS = [
    Session("plenary", "imc25", "Plénière", "Plenary", at(6), at(9), room="Auditorium",
            capacity=1600),
    Session("lounge", "imc25", "Salon", "Lounge", at(6), at(16), categories=("speaker", "official"),
            registration_required=True, allow_multiple_entries=True, allow_entry_after_exit=False,
            accept_unpaid=True, rules='{"and": []}', admission_at=at(5, 30)),
    Session("gone", "imc25", "Retirée", "", at(10), at(11), removed=True),
]
ATTENDEES = [
    Attendee("p1", "imc25", "IMC25-abcdefghijklmnop", "Hélène", "Ndayishimiye", "MFP", "Burundi",
             category="speaker", language="en", email="h@example.org", phone="+257 1",
             reg_no="R-1", status="pending", workshops=("lounge",), notes="note", attention=True,
             door_note="VIP", product="3", variation="7", valid_from=at(1), valid_until=at(20),
             badge_printed_at=at(2), updated_at=at(3), origin="import"),
    Attendee("p2", "imc25", "IMC25-qrstuvwxyz012345", "Jean", "Nduwimana", updated_at=at(4)),
]
CHECKINS = [
    CheckIn("6f1c2b9e-1111-4a2b-8c3d-000000000001", "p1", "lounge", "st-1", at(7, 5),
            Method.CAMERA, Direction.ENTRY, override=True),
    CheckIn("6f1c2b9e-1111-4a2b-8c3d-000000000002", "p2", "plenary", "st-1", at(8), Method.SEARCH,
            Direction.EXIT),
]
VOID = Void("6f1c2b9e-1111-4a2b-8c3d-00000000000f", CHECKINS[1].uuid, "st-1", at(8, 1))
STATION = Station("st-1", "Door A", at(8, 2), 3)


def test_this_release_writes_each_record_as_the_previous_one_did():
    old = PREVIOUS["wire"]
    assert wire.event_to(EVENT) == old["event"]
    assert [wire.session_to(s) for s in SESSIONS] == old["sessions"]
    assert [wire.attendee_to(a) for a in ATTENDEES] == old["attendees"]
    assert [wire.checkin_to(c) for c in CHECKINS] == old["checkins"]
    assert wire.void_to(VOID) == old["void"]
    assert wire.station_to(STATION) == old["station"]


def test_this_release_reads_each_record_the_previous_one_wrote():
    old = PREVIOUS["wire"]
    assert wire.event_from(old["event"]) == EVENT
    assert wire.event_from(old["event"]).badge_settings == EVENT.badge_settings
    assert [wire.session_from(s) for s in old["sessions"]] == SESSIONS
    assert [wire.attendee_from(a) for a in old["attendees"]] == ATTENDEES
    assert [wire.checkin_from(c) for c in old["checkins"]] == CHECKINS
    assert wire.void_from(old["void"]) == VOID
    assert wire.station_from(old["station"]) == STATION


def test_a_record_from_before_the_admission_rules_still_reads():
    """A station older still (before pretix's entry flags and the door's note) sends
    ``reentry`` and none of the newer fields: the defaults fill them in."""
    session = {k: v for k, v in PREVIOUS["wire"]["sessions"][1].items()
               if k not in ("allow_multiple_entries", "allow_entry_after_exit", "accept_unpaid",
                            "rules", "admission_at", "removed")}
    assert wire.session_from({**session, "reentry": True}) == dataclasses.replace(
        SESSIONS[1], allow_entry_after_exit=True, accept_unpaid=False, rules="",
        admission_at=None)
    newer = ("attention", "door_note", "product", "variation", "valid_from", "valid_until")
    person = {k: v for k, v in PREVIOUS["wire"]["attendees"][0].items() if k not in newer}
    assert wire.attendee_from(person) == dataclasses.replace(
        ATTENDEES[0], attention=False, door_note="", product="", variation="",
        valid_from=None, valid_until=None)


def fill(store: Store) -> None:
    store.save_event(EVENT)
    store.upsert_sessions(SESSIONS, origin="sheet")
    store.upsert_attendees(ATTENDEES)
    for c in CHECKINS:
        store.record_checkin(c)
    store.void_checkin(VOID.checkin_uuid, station_id=VOID.station_id, at=VOID.at,
                       void_uuid=VOID.uuid)
    store.upsert_stations([STATION])


def test_this_hub_s_feed_page_is_the_previous_release_s(tmp_path):
    hub = Store(tmp_path / "hub.db")
    feed.install(hub)
    fill(hub)
    page = feed.page(hub, 0)
    del page["server_time"]
    assert page == PREVIOUS["feed"]
    hub.close()


def test_a_station_of_the_previous_release_pushes_to_this_hub(tmp_path):
    hub_store = Store(tmp_path / "hub.db")
    old = PREVIOUS["wire"]
    items = [{"kind": "event", "key": "imc25", "record": old["event"]}]
    items += [{"kind": "session", "key": s["id"], "record": s} for s in old["sessions"]]
    items += [{"kind": "attendee", "key": a["id"], "record": a} for a in old["attendees"]]
    items += [{"kind": "checkin", "key": c["uuid"], "record": c} for c in old["checkins"]]
    items += [{"kind": "void", "key": old["void"]["uuid"], "record": old["void"]}]
    with ThreadedHub(hub_store) as hub:
        _, token = tokens.add(hub_store, "Organisers", Role.ORGANISER)
        answer = httpx.post(f"{hub.url}/api/v1/push", json={"station": old["station"],
                            "items": items}, headers={"Authorization": f"Bearer {token}"},
                            timeout=10)
    assert answer.status_code == 200, answer.text
    assert [r["outcome"] for r in answer.json()["results"]] == ["accepted"] * len(items)
    assert hub_store.event() == EVENT
    assert hub_store.sessions(removed=True) == sorted(SESSIONS, key=lambda s: (s.starts_at, s.id))
    # the hub marks who sent a person (origin) and keeps their times
    assert [dataclasses.replace(a, origin="") for a in hub_store.attendees()] == [
        dataclasses.replace(a, origin="") for a in ATTENDEES]
    assert [c.uuid for c in hub_store.checkins_by_uuid([c.uuid for c in CHECKINS])] == [
        c.uuid for c in CHECKINS]
    # read back with the pushing station's name (joined)
    assert hub_store.checkin(CHECKINS[0].uuid) == dataclasses.replace(CHECKINS[0],
                                                                      station_name="Door A")
    assert hub_store.checkin(CHECKINS[1].uuid).voided
    assert hub_store.voids() == [VOID]
    hub_store.close()


def test_this_station_pulls_a_page_of_the_previous_release_s_hub(tmp_path):
    """An older hub's page, served over HTTP as it wrote it, merged by this engine."""
    page = {**PREVIOUS["feed"], "server_time": "2025-02-03T08:05:00.000000Z"}

    async def changes(request):
        if int(request.query_params.get("since", 0)) >= page["next"]:
            return JSONResponse({**page, "since": page["next"], "more": False, "count": 0,
                                 "event": None, "sessions": [], "attendees": [],
                                 "checkins": [], "voids": [], "stations": []})
        return JSONResponse(page)

    async def push(request):
        return JSONResponse({"results": [], "next": page["next"]})

    app = Starlette(routes=[Route("/api/v1/changes", changes),
                            Route("/api/v1/push", push, methods=["POST"])])
    station = Store(tmp_path / "door.db")
    with ThreadedHub(app=app) as old_hub:
        engine = SyncEngine(station, HubClient(old_hub.url, "any", timeout=5), cursor_key="c")
        report = engine.cycle()
        engine.close()
    assert report.error is None
    assert station.event() == EVENT
    assert station.sessions(removed=True) == sorted(SESSIONS, key=lambda s: (s.starts_at, s.id))
    # the station marks where a person came from (origin)
    assert [dataclasses.replace(a, origin="") for a in station.attendees()] == [
        dataclasses.replace(a, origin="") for a in ATTENDEES]
    assert station.checkin(CHECKINS[0].uuid) == dataclasses.replace(CHECKINS[0],
                                                                    station_name="Door A")
    assert station.checkin(CHECKINS[1].uuid) == dataclasses.replace(
        CHECKINS[1], voided=True, station_name="Door A")
    assert station.voids() == [VOID]
    assert station.station("st-1") == STATION
    station.close()


@pytest.mark.parametrize("model", [m for m in vars(records).values()
                                   if isinstance(m, type) and issubclass(m, records.RecordOf)
                                   and m is not records.RecordOf])
def test_each_declared_model_has_its_record_s_fields(model):
    """The wire's models are the records' fields (less those that stay home), so a field added
    to a record and not declared on the wire fails here, not silently at a push."""
    sent = {f.name for f in dataclasses.fields(model.record_of) if f.metadata.get("wire", True)}
    assert set(model.model_fields) == sent
