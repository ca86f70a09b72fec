"""A folder (a USB stick) as a sync source like any other: two stations with no network share
one folder through the real engine; the command line configures it and syncs."""

from __future__ import annotations

import shutil

import pytest

from checkin.cli import main
from checkin.model import Attendee, Method, Outcome, Station
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync.base import SourceKind, SyncState
from checkin.sync.config import load_source, make_engine
from checkin.sync.engine import SyncEngine
from checkin.sync.files import FilesBackend
from tests.fixed_time import NOW


def copy_of(source: Store, path) -> Store:
    """Another station holding the same list (as if it imported the same file)."""
    store = Store(path)
    store.save_event(source.event())
    store.upsert_sessions(source.sessions())
    store.upsert_attendees(source.attendees())
    return store


def engine_for(store: Store, folder) -> SyncEngine:
    def me() -> Station:
        return Station(store.station_id, store.station_name, pending=store.pending_count())

    return SyncEngine(store, FilesBackend(folder, station=me), cursor_key="cursor:files")


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_two_doors_without_network_share_a_stick(small_event, tmp_path, stick):
    a = small_event
    a.set_station_name("Door A")
    b = copy_of(a, tmp_path / "b.db")
    b.set_station_name("Door B")
    door_a, door_b = Reception(a, clock=lambda: NOW), Reception(b, clock=lambda: NOW)
    first = door_a.admit(a.attendee("p1").token, "plenary")
    walk_in = Attendee("w1", "test", "TST25-WALKIN-0001", "Aline", "Irakoze", origin="walk-in")
    a.upsert_attendees([walk_in], outbox=True)
    door_a.admit_attendee("w1", "plenary", method=Method.WALK_IN)
    engine_a, engine_b = engine_for(a, stick), engine_for(b, stick)

    report = engine_a.cycle()
    assert report.error is None and report.pushed == 3 and a.pending_count() == 0
    [written] = list(stick.glob("*.json"))
    assert written.name.startswith(a.station_id)

    report = engine_b.cycle()
    assert report.error is None
    assert (report.pulled_checkins, report.pulled_attendees) == (2, 1)
    # the badge used at door A is flagged at door B
    again = door_b.admit(a.attendee("p1").token, "plenary")
    assert again.outcome is Outcome.ALREADY_IN and again.first.uuid == first.checkin.uuid
    assert b.attendee("w1").full_name == "Aline Irakoze"
    assert b.station(a.station_id).name == "Door A"

    # B's undo of A's check-in travels back through the stick
    door_b.undo(first.checkin.uuid)
    assert engine_b.cycle().pushed == 1
    assert engine_a.cycle().pulled_voids == 1
    assert a.checkin(first.checkin.uuid).voided
    # nothing new: a cycle reads nothing and writes nothing
    assert engine_a.cycle().pulled_checkins == 0
    assert len(list(stick.glob("*.json"))) == 2  # one per push: A's, then B's
    b.close()


def test_a_stick_pulled_out_is_offline_and_nothing_is_lost(small_event, tmp_path, stick):
    store = small_event
    engine = engine_for(store, stick)
    Reception(store, clock=lambda: NOW).admit(store.attendee("p2").token, "plenary")
    shutil.rmtree(stick)
    report = engine.cycle()
    assert report.status.state is SyncState.OFFLINE
    assert "plug the USB stick in" in report.status.reason
    assert store.pending_count() == 1
    stick.mkdir()
    assert engine.cycle(force=True).pushed == 1
    assert store.pending_count() == 0


def test_a_damaged_file_on_the_stick_is_left_aside(small_event, tmp_path, stick):
    (stick / "photo.json").write_bytes(b"\x89PNG not a bundle")
    (stick / "notes.json").write_text('{"hello": "world"}', "utf-8")
    report = engine_for(small_event, stick).cycle()
    assert report.error is None and report.pulled_checkins == 0


def test_the_command_line_configures_and_syncs_a_folder(small_event, stick, capsys):
    db = str(small_event.path)
    Reception(small_event, clock=lambda: NOW).admit(small_event.attendee("p4").token, "plenary")
    assert main(["--db", db, "source", "files", str(stick)]) == 0
    assert "syncs through the folder" in capsys.readouterr().out
    config = load_source(small_event)
    assert config.kind is SourceKind.FILES
    assert isinstance(make_engine(small_event).backend, FilesBackend)  # no token needed
    assert main(["--db", db, "source"]) == 0
    assert str(stick) in capsys.readouterr().out
    assert main(["--db", db, "sync"]) == 0
    assert "Pushed: 1 accepted" in capsys.readouterr().out
    assert len(list(stick.glob("*.json"))) == 1
    assert main(["--db", db, "source", "files", str(stick / "nowhere")]) == 1
