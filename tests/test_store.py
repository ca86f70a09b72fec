"""The local store: WAL and durable commits, migrations, one connection per thread, the
outbox in the same transaction, and clear errors for a read-only or locked database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.model import Attendee, CheckIn, Method
from checkin.schema import migrations
from checkin.store import Store, StoreError
from tests.fixed_time import NOW


def checkin(uuid: str, attendee: str = "p1", session: str = "plenary", **kw) -> CheckIn:
    return CheckIn(uuid, attendee, session, "station-x", kw.pop("at", NOW), Method.CAMERA, **kw)


def count(store: Store, table: str) -> int:
    return store.query(f"select count(*) as n from {table}")[0]["n"]


def test_wal_and_full_synchronous_on_every_thread(store):
    seen = []

    def look():
        conn = store.db.conn
        seen.append((conn.execute("pragma journal_mode").fetchone()[0],
                     conn.execute("pragma synchronous").fetchone()[0], id(store.db)))

    look()
    worker = threading.Thread(target=look)
    worker.start()
    worker.join()
    assert [s[:2] for s in seen] == [("wal", 2), ("wal", 2)]  # 2 is FULL
    assert seen[0][2] != seen[1][2], "each thread has its own connection"
    assert store.db is store.db


def test_migrations_are_idempotent_on_reopen(small_event):
    path = small_event.path
    applied = small_event.query("select name from _sqlite_migrations order by id")
    schema = small_event.query("select type, name, sql from sqlite_master order by name")
    pending = migrations.pending(Store(":memory:", migrate=False).db)
    assert [r["name"] for r in applied] == [m.name for m in pending]
    small_event.close()
    for _ in range(2):
        again = Store(path)
        assert again.query("select name from _sqlite_migrations order by id") == applied
        assert again.query("select type, name, sql from sqlite_master order by name") == schema
        assert again.count_attendees() == 5
        assert again.event().code == "TST25"
        again.close()


def test_times_are_stored_in_utc(small_event):
    small_event.record_checkin(checkin("c1", at=NOW.astimezone(small_event.event().tz)))
    (row,) = small_event.query("select at from checkins")
    assert row["at"] == "2025-02-03T07:30:00.000000Z"
    assert small_event.checkin("c1").at == NOW


def test_checkin_and_outbox_in_one_transaction(small_event):
    small_event.record_checkin(checkin("c1"))
    assert count(small_event, "checkins") == 1
    assert small_event.pending()[0]["ref"] == "c1"
    # Make the outbox refuse the next row: the check-in before it must go too.
    small_event.db.execute(
        "create trigger outbox_full before insert on outbox begin"
        " select raise(abort, 'outbox refused'); end"
    )
    with pytest.raises(StoreError, match="outbox refused"):
        small_event.record_checkin(checkin("c2", attendee="p4"))
    assert small_event.checkin("c2") is None
    assert count(small_event, "checkins") == 1 and small_event.pending_count() == 1
    assert not small_event.db.conn.in_transaction


def test_merge_is_idempotent_and_a_void_may_arrive_first(small_event):
    assert small_event.merge_checkins([checkin("a"), checkin("b", attendee="p4")]) == 2
    assert small_event.merge_checkins([checkin("a"), checkin("b", attendee="p4")]) == 0
    assert small_event.void_checkin("z", void_uuid="v1", outbox=False)
    assert not small_event.void_checkin("z", void_uuid="v1", outbox=False)
    small_event.merge_checkins([checkin("z", attendee="p5")])
    assert small_event.checkin("z").voided
    assert small_event.pending_count() == 0  # merged from elsewhere: nothing to push back


def test_outbox_for_walk_ins_only(small_event):
    small_event.upsert_attendees([Attendee("w1", "test", "TST25-W1", "Walk", "In")],
                                 outbox=True)
    small_event.upsert_attendees([Attendee("i1", "test", "TST25-I1", "Im", "Ported")])
    assert [(r["kind"], r["ref"]) for r in small_event.pending()] == [("attendee", "w1")]
    small_event.mark_pushed([small_event.pending()[0]["id"]])
    assert small_event.pending_count() == 0


def test_nested_transactions_join_the_outer_one(small_event):
    with pytest.raises(RuntimeError), small_event.transaction():
        small_event.record_checkin(checkin("c1"))
        small_event.set_setting("k", "v")
        raise RuntimeError("stop")
    assert count(small_event, "checkins") == 0 and small_event.get_setting("k") is None


def test_threads_write_at_once(small_event):
    errors = []

    def admit(n: int):
        try:
            for i in range(20):
                small_event.record_checkin(
                    checkin(f"t{n}-{i}", at=NOW + timedelta(seconds=i)))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    workers = [threading.Thread(target=admit, args=(n,)) for n in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert count(small_event, "checkins") == 80 and small_event.pending_count() == 80


def test_locked_database_is_a_clear_error(small_event):
    other = sqlite3.connect(small_event.path, isolation_level=None)
    other.execute("begin exclusive")
    try:
        small_event.db.conn.execute("pragma busy_timeout = 50")  # do not wait 10 s here
        with pytest.raises(StoreError) as caught:
            small_event.record_checkin(checkin("c1"))
        assert str(caught.value).startswith("The database is locked by another program")
        assert str(small_event.path) in str(caught.value)
    finally:
        other.execute("rollback")
        other.close()
    small_event.record_checkin(checkin("c1"))  # and works again once it is free
    assert count(small_event, "checkins") == 1


def test_not_a_database(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Nom;Prénom\n" * 200)
    with pytest.raises(StoreError, match="not a Check-in database"):
        Store(path)


def test_read_only_database_is_a_clear_error(small_event):
    """Reading still works; a write says the file is read-only. As root, permissions do not
    apply, so the check runs in a child process that gives up root first."""
    small_event.record_checkin(checkin("c1"))
    small_event.close()
    folder = Path(tempfile.mkdtemp(prefix="checkin-ro-"))  # reachable once root is given up
    try:
        os.chmod(folder, 0o777)
        for path in small_event.path.parent.iterdir():
            if path.name.startswith(small_event.path.name):
                shutil.copy(path, folder / path.name)
                os.chmod(folder / path.name, 0o444)
        target = folder / small_event.path.name
        if os.geteuid() != 0:
            report = _read_only_attempt(target)
        else:
            report = _as_nobody(_read_only_attempt, target)
        assert report.startswith("read 1; StoreError: The database is read-only"), report
        assert str(target) in report
    finally:
        shutil.rmtree(folder)


def _as_nobody(fn, *args) -> str:
    """Run ``fn`` in a forked child without root; its text answer comes back by a pipe."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgid(65534)
            os.setuid(65534)
            message = fn(*args)
        except BaseException as error:
            message = f"child failed: {error!r}"
        os.write(writer, message.encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        report = pipe.read()
    os.waitpid(pid, 0)
    return report


def _read_only_attempt(path) -> str:
    store = Store(path)
    try:
        seen = len(store.checkins())
        try:
            store.record_checkin(checkin("c2", attendee="p4"))
        except StoreError as error:
            return f"read {seen}; StoreError: {error}"
        return f"read {seen}; the write went through"
    finally:
        store.close()
