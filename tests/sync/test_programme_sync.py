"""The programme travels through the hub: a hub fed by the command line (event, programme and
attendee imports), a door station and an organiser's station on 127.0.0.1. Both receive the
programme and every later change, made on the hub's database or on the organiser's station;
a door's change is refused by the hub and undone at the door."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from checkin.cli import main
from checkin.hub import tokens
from checkin.hub.server import ThreadedHub
from checkin.model import Outcome, Station
from checkin.programme import make_session, remove_session, save_session
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient
from tests.test_importer import write_csv

PROGRAMME = (
    ["Id", "Nom FR", "Nom EN", "Date", "Horaire", "Salle", "Capacité", "Inscription"],
    [["opening", "Plénière d'ouverture", "Opening plenary", "10/03/2026", "08:30–10:30",
      "Auditorium", "1600", "non"],
     ["ws-a", "Atelier A", "Workshop A", "10/03/2026", "14h–16h30", "Salle 1", "60", "oui"],
     ["ws-b", "Atelier B", "Workshop B", "10/03/2026", "14h–16h30", "Salle 2", "60", "oui"],
     ["closing", "Clôture", "Closing", "11/03/2026", "15:00–16:00", "Auditorium", "", "non"]],
)
PEOPLE = (
    ["N° d'inscription", "Nom", "Prénom", "Organisation", "Ateliers"],
    [["R1", "Ndayishimiye", "Hélène", "MFP", "Atelier A"],
     ["R2", "N'Guessan", "Kouadio", "MUGEF-CI", "ws-b"],
     ["R3", "Smith", "John", "ILO", ""]],
)
CLOCK = datetime(2026, 3, 10, 12, 5, tzinfo=UTC)  # 14:05 in Bujumbura


def cli(*argv):
    assert main([str(a) for a in argv]) == 0


@pytest.fixture
def hub_path(tmp_path, capsys):
    path = tmp_path / "hub.db"
    cli("--db", path, "event", "new", "--code", "IMC26", "--title-fr", "Conférence 2026",
        "--timezone", "Africa/Bujumbura", "--start", "2026-03-10", "--end", "2026-03-11")
    cli("--db", path, "programme", "import", write_csv(tmp_path / "programme.csv", *PROGRAMME))
    cli("--db", path, "import", write_csv(tmp_path / "inscrits.csv", *PEOPLE))
    capsys.readouterr()
    return path


@pytest.fixture
def running(hub_path):
    store = Store(hub_path)
    with ThreadedHub(store) as hub:
        yield hub, store
    store.close()


@pytest.fixture
def station(tmp_path, running):
    hub, hub_store = running
    made = []

    def make(name: str, role: str):
        store = Store(tmp_path / f"{name}.db")
        store.set_station_name(name)
        store.set_setting("sync.source", "hub")  # as `checkin source hub` leaves it
        _, token = tokens.add(hub_store, name, role)

        def me() -> Station:
            return Station(store.station_id, store.station_name, pending=store.pending_count())

        engine = SyncEngine(store, HubClient(hub.url, token, station=me, timeout=5),
                            cursor_key="cursor:test")
        made.append((store, engine))
        return store, engine

    yield make
    for store, engine in made:
        engine.close()
        store.close()


def ids(store):
    return [s.id for s in store.sessions()]


def test_both_stations_get_the_programme_and_every_later_change(running, station, hub_path,
                                                                tmp_path, capsys):
    hub, hub_store = running
    door, door_sync = station("Auditorium – porte A", "door")
    desk, desk_sync = station("Organisation", "organiser")
    for engine in (door_sync, desk_sync):
        report = engine.cycle()
        assert report.error is None and report.pulled_sessions == 4
    assert ids(door) == ids(desk) == ids(hub_store) == ["opening", "ws-a", "ws-b", "closing"]
    assert door.event().code == "IMC26"
    helene = next(a for a in door.attendees() if a.reg_no == "R1")
    assert helene.workshops == ("ws-a",)

    # the door admits to a workshop from the programme it received
    reception = Reception(door, clock=lambda: CLOCK)
    assert reception.admit(helene.token, "ws-a").outcome is Outcome.ACCEPTED
    smith = next(a for a in door.attendees() if a.reg_no == "R3")
    assert reception.admit(smith.token, "ws-a").outcome is Outcome.NOT_ADMITTED

    # 1. the programme re-imported on the hub's database: Workshop B moves to 14:30
    rows = [list(r) for r in PROGRAMME[1]]
    rows[2][4] = "14h30–16h30"
    cli("--db", hub_path, "programme", "import", write_csv(tmp_path / "p2.csv", PROGRAMME[0], rows))
    capsys.readouterr()
    for store, engine in ((door, door_sync), (desk, desk_sync)):
        assert engine.cycle().pulled_sessions == 1
        tz = store.event().tz
        assert store.session("ws-b").starts_at.astimezone(tz).time() == time(14, 30)

    # 2. the organiser's station adds a session and renames one: both reach the door
    event = desk.event()
    visit = make_session(event, session_id="visit", name_fr="Visite de terrain",
                         day=date(2026, 3, 11), start=time(9), end=time(12), room="Gitega")
    save_session(desk, visit)
    renamed = make_session(event, session_id="closing", name_fr="Cérémonie de clôture",
                           name_en="Closing ceremony", day=date(2026, 3, 11), start=time(15),
                           end=time(16), room="Auditorium")
    save_session(desk, renamed)
    report = desk_sync.cycle()
    assert report.error is None and report.pushed == 2 and report.rejected == 0
    assert hub_store.session("visit").name_fr == "Visite de terrain"
    assert hub_store.session("closing").name_fr == "Cérémonie de clôture"
    assert door_sync.cycle().pulled_sessions == 2
    assert door.session("closing").name_en == "Closing ceremony"
    assert "visit" in ids(door)

    # 3. the organiser removes it again: the removal reaches the door
    remove_session(desk, "visit")
    assert desk_sync.cycle().pushed == 1
    assert hub_store.session("visit").removed
    door_sync.cycle()
    assert "visit" not in ids(door) and door.session("visit").removed

    # 4. a door never changes the programme: the hub refuses, and the door gets its
    # programme back at the next pull
    hacked = make_session(event, session_id="opening", name_fr="Changé à la porte",
                          day=date(2026, 3, 10), start=time(8), end=time(9))
    save_session(door, hacked)
    report = door_sync.cycle()
    assert report.rejected == 1 and report.pushed == 0
    reason = door.query("select reason from sync_rejections where kind = 'session'")[0]["reason"]
    assert "door token may not push a session" in reason
    assert hub_store.session("opening").name_fr == "Plénière d'ouverture"
    door_sync.cycle()
    assert door.session("opening").name_fr == "Plénière d'ouverture"
    assert desk_sync.cycle().error is None
    assert desk.session("opening").name_fr == "Plénière d'ouverture"


def test_the_hub_refuses_a_session_that_makes_no_sense(running, station):
    hub, hub_store = running
    desk, desk_sync = station("Organisation", "organiser")
    desk_sync.cycle()
    import httpx

    _, token = tokens.add(hub_store, "raw", "organiser")
    bad = {"id": "x", "name_fr": "X", "starts_at": "2026-03-10T10:00:00.000000Z",
           "ends_at": "2026-03-10T09:00:00.000000Z"}
    body = {"station": {"id": "raw"}, "items": [
        {"kind": "session", "key": "x", "record": bad},
        {"kind": "session", "key": "y", "record": {**bad, "id": "y", "categories": ["pirate"],
                                                    "ends_at": "2026-03-10T11:00:00.000000Z"}},
        {"kind": "session", "key": "a,b", "record": {**bad, "id": "a,b",
                                                      "ends_at": "2026-03-10T11:00:00.000000Z"}},
    ]}
    answer = httpx.post(f"{hub.url}/api/v1/push", json=body,
                        headers={"Authorization": f"Bearer {token}"}).json()
    reasons = [r["reason"] for r in answer["results"]]
    assert [r["outcome"] for r in answer["results"]] == ["rejected"] * 3
    assert "ends before it starts" in reasons[0] and "categor" in reasons[1]
    assert "comma" in reasons[2]
    assert {s.id for s in hub_store.sessions()} == {"opening", "ws-a", "ws-b", "closing"}


def test_an_event_edit_on_the_organisers_station_reaches_the_door(running, station):
    from checkin.events import edit_event

    hub, hub_store = running
    door, door_sync = station("Auditorium – porte A", "door")
    desk, desk_sync = station("Organisation", "organiser")
    door_sync.cycle(), desk_sync.cycle()
    edit_event(desk, title_en="International Conference 2026", venue="Gitega")
    assert desk_sync.cycle().pushed == 1
    assert hub_store.event().title_en == "International Conference 2026"
    report = door_sync.cycle()
    assert report.pulled_event and door.event().venue == "Gitega"
    # the door cannot: refused, and its own copy comes back from the hub
    edit_event(door, venue="Nowhere")
    assert door_sync.cycle().rejected == 1
    assert hub_store.event().venue == "Gitega"
    door_sync.cycle()
    assert door.event().venue == "Gitega"
