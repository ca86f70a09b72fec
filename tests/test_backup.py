"""Backups of the station database: taken while it is written, kept to the last few, put back
over a damaged file without deleting it; the same through ``checkin backup``."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from checkin import backup, cli
from checkin.model import Method
from checkin.reception import Reception
from checkin.store import DamagedDatabase, Store
from tests.fixed_time import NOW
from tests.test_dbfile import damage

T0 = datetime(2025, 2, 3, 8, 0, tzinfo=UTC)


def test_a_copy_taken_while_the_door_admits_is_whole(small_event, tmp_path):
    """A thread admits people while copies are taken: each copy passes integrity_check and
    holds a prefix of the admissions (nothing torn)."""
    reception = Reception(small_event, clock=lambda: NOW)
    people = [small_event.attendee(i) for i in ("p1", "p2", "p4", "p5")]
    stop = threading.Event()
    admitted = []

    def admit():
        while not stop.is_set():
            for person in people:
                admitted.append(reception.admit(person.token, "speakers",
                                                method=Method.SCANNER))

    writer = threading.Thread(target=admit)
    writer.start()
    try:
        copies = [backup.take(small_event.path, tmp_path / "usb", keep=50,
                              now=T0 + timedelta(seconds=i)) for i in range(5)]
    finally:
        stop.set()
        writer.join()
    counts = []
    for copy in copies:
        conn = sqlite3.connect(copy.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("select count(*) from attendees").fetchone()[0] == 5
        counts.append(conn.execute("select count(*) from checkins").fetchone()[0])
        conn.close()
    assert admitted and counts == sorted(counts)  # each copy a moment of the same history
    assert [c.path.name for c in backup.list_backups(small_event.path, tmp_path / "usb")] == \
        [f"station-20250203-08000{i}.db" for i in (4, 3, 2, 1, 0)]


def test_only_the_last_few_are_kept(small_event, tmp_path):
    for i in range(5):
        backup.take(small_event.path, tmp_path / "b", keep=3, now=T0 + timedelta(minutes=i))
    kept = backup.list_backups(small_event.path, tmp_path / "b")
    assert [c.taken_at for c in kept] == [T0 + timedelta(minutes=i) for i in (4, 3, 2)]
    assert not list((tmp_path / "b").glob(".*partial"))


def test_another_stations_copies_in_the_same_folder_are_left_alone(small_event, tmp_path):
    (tmp_path / "b").mkdir()
    other = tmp_path / "b" / "door-b-20250101-000000.db"
    other.write_bytes(b"x")
    for i in range(3):
        backup.take(small_event.path, tmp_path / "b", keep=1, now=T0 + timedelta(minutes=i))
    assert other.exists() and len(backup.list_backups(small_event.path, tmp_path / "b")) == 1


def test_a_missing_stick_is_one_sentence(small_event, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(backup.BackupError, match="backup to .* failed"):
        backup.take(small_event.path, blocker / "sub")


def test_restore_over_a_damaged_file_keeps_it_aside(small_event, tmp_path):
    path = small_event.path
    copy = backup.take(path, tmp_path / "b", now=T0)
    small_event.close()
    damage(path)
    with pytest.raises(DamagedDatabase):
        Store(path)
    aside = backup.restore(path, copy.path, now=T0 + timedelta(hours=1))
    assert aside is not None and aside.name == "station.db.replaced-20250203-090000"
    store = Store(path)
    try:
        assert len(store.attendees()) == 5
    finally:
        store.close()
    assert aside.exists()  # never deleted


def test_a_damaged_or_newer_copy_is_not_put_back(small_event, tmp_path):
    copy = backup.take(small_event.path, tmp_path / "b", now=T0)
    conn = sqlite3.connect(copy.path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = small_event.path.read_bytes()
    with pytest.raises(backup.BackupError, match="newer version"):
        backup.restore(small_event.path, copy.path)
    assert small_event.path.read_bytes() == before


def test_the_command_line(small_event, tmp_path, capsys, monkeypatch):
    db = str(small_event.path)
    small_event.close()
    usb = tmp_path / "usb"

    def run(*args):
        status = cli.main(["--db", db, "backup", *args])
        out, err = capsys.readouterr()
        return status, out, err

    status, out, _ = run("list")
    assert status == 0 and "No copy of station.db" in out
    status, out, _ = run("folder", str(usb), "--keep", "2", "--every", "3")
    assert status == 0 and f"Copies go to {usb}" in out and "newest 2" in out and "3 min" in out
    names = []
    for second in range(3):
        monkeypatch.setattr(backup, "datetime", _FixedDatetime(T0 + timedelta(seconds=second)))
        status, out, _ = run("now")
        assert status == 0 and "Copy written" in out
        names.append(f"station-20250203-08000{second}.db")
    status, out, _ = run("list")
    assert out.splitlines()[1:] == [
        f"  2025-02-03 08:00:0{s} UTC  " + out.splitlines()[1 + i].split("UTC  ")[1]
        for i, s in enumerate((2, 1))]
    damage(small_event.path)
    status, _, err = run("list")  # the settings cannot be read: --folder says where
    status, out, _ = run("restore", "--folder", str(usb))
    assert status == 0 and "station-20250203-080002.db" in out and "kept as" in out
    assert cli.main(["--db", db, "stats"]) == 0
    capsys.readouterr()
    status, _, err = run("restore", str(tmp_path / "nope.db"))
    assert status == 1 and err.count("\n") == 1 and "No backup at" in err


class _FixedDatetime:
    """``datetime`` in checkin.backup, with now() fixed (the names carry the second)."""

    def __init__(self, moment):
        self.moment = moment

    def now(self, tz=None):
        return self.moment

    def __getattr__(self, name):
        return getattr(datetime, name)
