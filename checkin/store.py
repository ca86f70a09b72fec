"""The station's local store: one SQLite file, WAL, one connection per thread.

Every write that a person sees acknowledged (a check-in, an undo, a walk-in) is committed with
``synchronous=FULL`` before the call returns, so a laptop that loses power a second later loses
nothing. Reads and writes go through this class only; it hands out the frozen records of
:mod:`checkin.model`.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from checkin.dbcheck import (  # re-exported: callers catch them from here
    DamagedDatabase as DamagedDatabase,
    NewerDatabase as NewerDatabase,
    StoreError as StoreError,
    check_file,
    error_code,
    schema_version,
)
from checkin.model import (
    Attendee,
    CheckIn,
    Event,
    LoanAction,
    LoanEvent,
    Method,
    Receiver,
    RegistrationStatus,
    Session,
    Station,
    Void,
    columns,
    from_plain,
    plain,
    to_iso,
    utcnow,
)
from checkin.online.records import ONLINE_ONLY_SQL, OnlineReview
from checkin.schema import migrations

Row = dict[str, Any]  # one row of a query, by column name

# Statements that change the file (a write transaction starts with BEGIN IMMEDIATE).
_WRITE = re.compile(r"\s*(insert|update|delete|replace|create|drop|alter|begin\s+immediate)\b",
                    re.IGNORECASE)


# SQLite's primary result codes of the failures a person can act on (the disk, another
# program, the file's permissions or state), each with what to say. Any other code (a
# syntax error, a constraint, a misuse) is a bug, and stays the sqlite3 error it is.
_KNOWN = {
    sqlite3.SQLITE_FULL: "The disk is full or failing: free some space, nothing more can be "
                         "saved{where}.",
    sqlite3.SQLITE_IOERR: "The disk is full or failing: free some space, nothing more can be "
                          "saved{where}.",
    sqlite3.SQLITE_BUSY: "The database is locked by another program; close it and try "
                         "again{where}.",
    sqlite3.SQLITE_LOCKED: "The database is locked by another program; close it and try "
                           "again{where}.",
    sqlite3.SQLITE_READONLY: "The database is read-only: check the file's permissions{where}.",
    sqlite3.SQLITE_PERM: "The database is read-only: check the file's permissions{where}.",
    sqlite3.SQLITE_CANTOPEN: "The database cannot be opened: check the folder exists and is "
                             "writable{where}.",
    sqlite3.SQLITE_NOTADB: "This file is not a Check-in database, or it is damaged{where}.",
    sqlite3.SQLITE_CORRUPT: "This file is not a Check-in database, or it is damaged{where}.",
}


def explain(error: sqlite3.Error, path: Path | str = "") -> StoreError | None:
    """The known failure ``error`` is, in words a person can act on; None for a bug."""
    where = f" ({path})" if path else ""
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CONSTRAINT_TRIGGER:
        # a trigger of ours refusing the change, in its own words
        return StoreError(f"The database refused this change: {error}{where}")
    code = error_code(error)
    text = _KNOWN.get(code) if code is not None else None
    if text is None:
        return None
    return StoreError(text.format(where=where))


@contextlib.contextmanager
def known_errors(path: Path | str = "") -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        known = explain(error, path)
        if known is None:
            raise  # a bug: the crash dialog and the log, not a sentence that hides it
        raise known from error


class Store:
    """Owns the database file. Safe to share between threads: each gets its own connection."""

    def __init__(self, path: str | Path, *, migrate: bool = True, create: bool = True,
                 check: bool = True):
        """Open (or, with ``create``, make) the database at ``path``.

        An existing file is first read without writing (:mod:`checkin.dbcheck`): one made by
        a newer version raises :class:`NewerDatabase`, a damaged one
        :class:`DamagedDatabase`. Without ``create`` a missing or empty file raises
        :class:`StoreError` instead of becoming a new database (a mistyped ``--db``).
        """
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if str(self.path) != ":memory:":
            exists = self.path.is_file() and self.path.stat().st_size > 0
            if self.path.is_dir():
                raise StoreError(f"{self.path} is a folder, not a database file.")
            if not exists and not create:
                raise StoreError(
                    f"No database at {self.path}: check the path, or make one with "
                    "`checkin import` or `checkin demo`."
                )
            if exists and check:
                check_file(self.path)
        if migrate:
            with known_errors(self.path):
                migrations.apply(self.db)
                if self.db.conn.execute("PRAGMA user_version").fetchone()[0] != \
                        schema_version():
                    self.db.conn.execute(f"PRAGMA user_version = {schema_version()}")

    # --- connections ---------------------------------------------------------------

    @property
    def db(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            with known_errors(self.path):
                if str(self.path) != ":memory:":
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self.path), timeout=10, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA busy_timeout=10000")
                db = Database(conn)
            self._local.db = db
            with self._lock:
                self._connections.append(conn)
        return db

    def watch_writes(self, callback: Callable[[str], None] | None) -> None:
        """Call ``callback(sql)`` before each statement that writes, run on the calling
        thread's connection (None stops watching). The tests use it on the GUI thread, where
        the window must never write (:mod:`checkin.ui.admission`)."""
        conn = self.db.conn
        if callback is None:
            conn.set_trace_callback(None)
            return

        def trace(sql: str) -> None:
            if _WRITE.match(sql):
                callback(sql)

        conn.set_trace_callback(trace)

    def close(self) -> None:
        """Close every thread's connection (call from the owning thread at shutdown)."""
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic, durable write (nested calls join the outer one); known failures come
        out as :class:`StoreError`."""
        db = self.db
        conn = db.conn
        with known_errors(self.path):
            if conn.in_transaction:
                with db.atomic():
                    yield db
                return
            # IMMEDIATE takes the write lock at once, so that a read-then-write decision
            # (is this badge already in?) cannot interleave with another thread's.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[Row]:
        """The rows of a read, as dicts. Straight from the connection: sqlite-utils' query()
        wraps each statement in a savepoint, two statements more for every read (four of an
        admit's eleven)."""
        with known_errors(self.path):
            args = params if isinstance(params, dict) else tuple(params)
            cursor = self.db.conn.execute(sql, args)
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row, strict=False)) for row in cursor]

    def query_in(self, sql: str, keys: Iterable[Any], params: Iterable[Any] = ()
                 ) -> list[Row]:
        """The rows of ``sql`` for many keys at once, its ``{marks}`` standing for the keys'
        placeholders (``params`` are bound before them): one query per 500 keys, under
        SQLite's limit on bound variables."""
        keys, params = list(keys), list(params)
        rows: list[Row] = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows += self.query(sql.format(marks=",".join("?" * len(chunk))), [*params, *chunk])
        return rows

    # --- settings and sync state --------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("select value from settings where key = ?", [key])
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction() as db:
            if value is None:
                db.execute("delete from settings where key = ?", [key])
            else:
                db.table("settings").upsert({"key": key, "value": value}, pk="key")

    def get_state(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("select value from sync_state where key = ?", [key])
        return rows[0]["value"] if rows else default

    def set_state(self, key: str, value: str | None) -> None:
        with self.transaction() as db:
            if value is None:
                db.execute("delete from sync_state where key = ?", [key])
            else:
                db.table("sync_state").upsert({"key": key, "value": value}, pk="key")

    # --- this station ---------------------------------------------------------------------

    @property
    def station_id(self) -> str:
        """This station's id, made once and kept in the database file."""
        cached: str | None = getattr(self, "_station_id", None)
        if cached:
            return cached
        value = self.get_setting("station_id")
        if not value:
            value = str(uuidlib.uuid4())
            self.set_setting("station_id", value)
            self.upsert_stations([Station(value, "Station " + value[:4].upper())])
        self._station_id = value
        return value

    @property
    def station_name(self) -> str:
        station = self.station(self.station_id)
        return station.name if station else ""

    def set_station_name(self, name: str) -> None:
        self.upsert_stations([Station(self.station_id, name.strip() or "Station")])

    def station(self, station_id: str) -> Station | None:
        rows = self.query("select * from stations where id = ?", [station_id])
        return _station(rows[0]) if rows else None

    def stations(self) -> list[Station]:
        return [_station(r) for r in self.query("select * from stations order by name")]

    def upsert_stations(self, stations: Iterable[Station]) -> None:
        rows = [plain(s, row=True) for s in stations]
        with self.transaction() as db:
            db.table("stations").upsert_all(rows, pk="id")

    # --- event ----------------------------------------------------------------------------

    def event(self) -> Event | None:
        rows = self.query("select * from event limit 1")
        if not rows:
            return None
        return from_plain(Event, rows[0])

    def save_event(self, event: Event) -> None:
        with self.transaction() as db:
            db.execute("delete from event where id != ?", [event.id])
            db.table("event").upsert(plain(replace(event, code=event.code.upper()), row=True),
                                     pk="id")

    # --- sessions -------------------------------------------------------------------------

    def sessions(self, *, removed: bool = False) -> list[Session]:
        """The programme, in time order; ``removed=True`` adds the sessions taken out of it
        (kept so that the removal syncs, and for their check-ins' history)."""
        where = "" if removed else " where removed = 0"
        return [_session(r) for r in self.query(f"select * from sessions{where} order by starts_at, id")]

    def session(self, session_id: str) -> Session | None:
        rows = self.query("select * from sessions where id = ?", [session_id])
        return _session(rows[0]) if rows else None

    def upsert_sessions(self, sessions: Iterable[Session], origin: str = "") -> None:
        now = to_iso(utcnow())
        rows = [_session_row(s, now, origin) for s in sessions]
        with self.transaction() as db:
            db.table("sessions").upsert_all(rows, pk="id")

    # --- attendees ------------------------------------------------------------------------

    def attendee(self, attendee_id: str) -> Attendee | None:
        rows = self.query("select * from attendees where id = ?", [attendee_id])
        return _attendee(rows[0]) if rows else None

    def attendee_by_token(self, token: str) -> Attendee | None:
        rows = self.query("select * from attendees where token = ?", [token])
        return _attendee(rows[0]) if rows else None

    def attendees(self, ids: Iterable[str] | None = None) -> list[Attendee]:
        if ids is None:
            rows = self.query("select * from attendees order by last_name, first_name, id")
            return [_attendee(r) for r in rows]
        wanted = list(ids)
        rows = self.query_in("select * from attendees where id in ({marks})", wanted)
        found = {r["id"]: _attendee(r) for r in rows}
        return [found[i] for i in wanted if i in found]

    def attendee_rows(self, ids: Iterable[str]) -> list[Row]:
        """The ``attendees`` rows of these ids, as stored (the hub's feed sends them)."""
        return self.rows("attendees", ids)

    def rows(self, table: str, keys: Iterable[str] | None = None) -> list[Row]:
        """A record table's rows as stored (all, or these keys): the hub's feed reads them
        through its declared models, so that one odd row never breaks a page."""
        key = _ROW_TABLES[table]
        if keys is None:
            return self.query(f"select * from {table}")
        return self.query_in(f"select * from {table} where {key} in ({{marks}})", keys)

    def edited_here(self) -> list[str]:
        """Ids of the attendees made or edited at this station (pushed or not)."""
        rows = self.query("select distinct ref from outbox where kind = 'attendee' order by ref")
        return [r["ref"] for r in rows]

    def attendees_with_email(self, email: str) -> list[str]:
        """Ids of the attendees with this e-mail address (case and spaces aside)."""
        rows = self.query("select id from attendees where lower(trim(email)) = ?",
                          [email.strip().lower()])
        return [r["id"] for r in rows]

    def name_rows(self) -> list[Row]:
        """Everybody's id, names, organisation and phone: what a duplicate check compares."""
        return self.query("select id, first_name, last_name, organisation, phone from attendees")

    # --- reads for the search index (checkin.search) ------------------------------------

    def search_high_water(self) -> int:
        """The last number in the attendees' change log (``search_log``)."""
        with known_errors(self.path):
            row = self.db.conn.execute("select max(seq) from search_log").fetchone()
        return row[0] or 0

    def search_log_since(self, seq: int) -> list[str]:
        """Ids of the attendees changed after ``seq`` in the change log."""
        with known_errors(self.path):
            return [r[0] for r in self.db.conn.execute(
                "select attendee_id from search_log where seq > ?", [seq])]

    def attendee_tuples(self, columns: Sequence[str], ids: Iterable[str] | None = None
                        ) -> list[tuple[Any, ...]]:
        """Rows of these ``attendees`` columns as tuples (all, or these ids), the fastest
        shape for an index to read."""
        select = f"select {', '.join(columns)} from attendees"
        with known_errors(self.path):
            if ids is None:
                return list(self.db.conn.execute(select))
            wanted, rows = list(ids), []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows += self.db.conn.execute(
                    f"{select} where id in ({','.join('?' * len(chunk))})", chunk).fetchall()
            return rows

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """One read transaction on this thread's connection (unless one is open already):
        the reads inside see one state of the file."""
        conn = self.db.conn
        with known_errors(self.path):
            own = not conn.in_transaction
            if own:
                conn.execute("begin")
            try:
                yield
            finally:
                if own:
                    conn.execute("commit")

    def count_attendees(self) -> int:
        return int(self.query("select count(*) as n from attendees")[0]["n"])

    def upsert_attendees(self, attendees: Iterable[Attendee], *, outbox: bool = False) -> None:
        """Insert or replace attendees in one transaction.

        ``outbox=True`` for a change made at this station (walk-in, corrected spelling) that
        sync must push; imports and pulls pass False.
        """
        now = utcnow()
        rows = [_attendee_row(a, now) for a in attendees]
        with self.transaction() as db:
            db.table("attendees").upsert_all(rows, pk="id")
            if outbox:
                stamp = to_iso(now)
                db.table("outbox").insert_all(
                    ({"kind": "attendee", "ref": r["id"], "created_at": stamp} for r in rows),
                    pk="id",
                )

    def token_owners(self, badge_tokens: Iterable[str]) -> dict[str, str]:
        """Who holds each of these badge tokens here: token → attendee id (a token held by
        nobody is not in the answer)."""
        rows = self.query_in("select id, token from attendees where token in ({marks})",
                             badge_tokens)
        return {r["token"]: r["id"] for r in rows}

    def mark_badges_printed(self, attendee_ids: Iterable[str]) -> None:
        stamp = to_iso(utcnow())
        with self.transaction() as db:
            db.conn.executemany(
                "update attendees set badge_printed_at = ? where id = ?",
                [(stamp, i) for i in attendee_ids],
            )

    # --- check-ins ------------------------------------------------------------------------

    def record_checkin(self, checkin: CheckIn, *, outbox: bool = True) -> None:
        """Write a check-in and its outbox row in one durable transaction."""
        with self.transaction() as db:
            self._insert_checkin(db, checkin)
            if outbox:
                # Plain SQL: sqlite-utils' insert introspects the table on every call, a third
                # of an admit's CPU time (bench/bench_admit.py).
                db.execute(
                    "insert into outbox (kind, ref, created_at) values ('checkin', ?, ?)",
                    [checkin.uuid, to_iso(utcnow())],
                )

    def record_new_checkins(self, checkins: Iterable[CheckIn]) -> list[CheckIn]:
        """Write those of ``checkins`` not here yet, each with its outbox row, in one durable
        transaction (an import run twice records nothing the second time). Returns the new
        ones."""
        added: list[CheckIn] = []
        with self.transaction() as db:
            stamp = to_iso(utcnow())
            for c in checkins:
                if self._insert_checkin(db, c, ignore=True):
                    db.execute(
                        "insert into outbox (kind, ref, created_at) values ('checkin', ?, ?)",
                        [c.uuid, stamp])
                    added.append(c)
        return added

    def entry_ways(self) -> list[tuple[str, str, bool]]:
        """Every valid entry as (attendee_id, session_id, online), one per distinct triple:
        who came to what, on site or online (:func:`checkin.online.presence.presence`).
        Plain tuples: a dashboard of 5,000 people × 12 sessions reads 40,000 of them every
        refresh, and rows as dicts cost three times as much."""
        with known_errors(self.path):
            rows = self.db.execute(
                "select distinct attendee_id, session_id, method = ? from checkins"
                " where voided = 0 and direction = 'entry'", [Method.ONLINE.value]).fetchall()
        return [(attendee_id, session_id, bool(online)) for attendee_id, session_id, online in rows]

    # --- online attendance: matches waiting for the organiser (checkin.online) ----------

    def add_online_reviews(self, reviews: Iterable[OnlineReview]) -> int:
        """Keep uncertain matches for the organiser to decide; one per (session, participant
        key): one already kept (decided or not) is left as it is. Returns how many were new."""
        added = 0
        with self.transaction() as db:
            for review in reviews:
                row = _online_review_row(review)
                columns = ", ".join(row)
                cursor = db.execute(
                    f"insert or ignore into online_reviews ({columns})"
                    f" values ({', '.join('?' * len(row))})", list(row.values()))
                added += cursor.rowcount > 0
        return added

    def online_reviews(self, *, status: str | None = None, session_id: str | None = None
                       ) -> list[OnlineReview]:
        """Kept matches, oldest first (their number is their ``id``)."""
        where, params = [], []
        if status is not None:
            where.append("status = ?")
            params.append(status)
        if session_id is not None:
            where.append("session_id = ?")
            params.append(session_id)
        sql = "select * from online_reviews"
        if where:
            sql += " where " + " and ".join(where)
        return [_online_review(r) for r in self.query(sql + " order by id", params)]

    def online_review(self, number: int) -> OnlineReview | None:
        rows = self.query("select * from online_reviews where id = ?", [number])
        return _online_review(rows[0]) if rows else None

    def online_decision(self, key: str) -> OnlineReview | None:
        """The latest decided match of this participant key, in any session: the organiser
        decides once per person, not once per report."""
        rows = self.query(
            "select * from online_reviews where key = ? and status != 'pending'"
            " order by decided_at desc, id desc limit 1", [key])
        return _online_review(rows[0]) if rows else None

    def decide_online_review(self, number: int, status: str, attendee_id: str,
                             at: datetime | None = None) -> None:
        """Record the organiser's decision on a kept match (``status`` "confirmed" or
        "rejected", with the attendee it now stands for)."""
        with self.transaction() as db:
            db.execute(
                "update online_reviews set status = ?, attendee_id = ?, decided_at = ?"
                " where id = ?", [status, attendee_id, to_iso(at or utcnow()), number])

    def merge_checkins(self, checkins: Iterable[CheckIn]) -> int:
        """Add check-ins made elsewhere (a pull, a USB bundle). Idempotent: returns how many
        were new."""
        added = 0
        with self.transaction() as db:
            for c in checkins:
                if self._insert_checkin(db, c, ignore=True):
                    added += 1
        return added

    def _insert_checkin(self, db: Database, c: CheckIn, ignore: bool = False) -> bool:
        verb = "insert or ignore" if ignore else "insert"
        # Voided if it says so, or if its undo arrived first (sync): one statement, not two.
        cursor = db.execute(f"{verb} {_CHECKIN_INSERT}", plain(c, row=True))
        return cursor.rowcount > 0

    def void_checkin(
        self,
        checkin_uuid: str,
        *,
        station_id: str | None = None,
        at: datetime | None = None,
        void_uuid: str | None = None,
        outbox: bool = True,
    ) -> bool:
        """Record an undo as an event of its own. Idempotent; returns whether it was new."""
        void_uuid = void_uuid or str(uuidlib.uuid4())
        with self.transaction() as db:
            void = Void(void_uuid, checkin_uuid, station_id or self.station_id, at or utcnow())
            cursor = db.execute(_VOID_INSERT, plain(void, row=True))
            db.execute("update checkins set voided = 1 where uuid = ?", [checkin_uuid])
            new = cursor.rowcount > 0
            if new and outbox:
                db.table("outbox").insert(
                    {"kind": "void", "ref": void_uuid, "created_at": to_iso(utcnow())}, pk="id"
                )
        return new

    def checkins_by_uuid(self, uuids: Iterable[str]) -> list[CheckIn]:
        """The check-ins of these UUIDs that are here (an outbox batch, a feed page)."""
        return [checkin_row(r) for r in
                self.query_in("select * from checkins where uuid in ({marks})", uuids)]

    def known_checkins(self, uuids: Iterable[str]) -> set[str]:
        """Those of ``uuids`` already here."""
        rows = self.query_in("select uuid from checkins where uuid in ({marks})", uuids)
        return {r["uuid"] for r in rows}

    def checkins_of(self, attendee_ids: Iterable[str]) -> list[CheckIn]:
        """Every check-in of these people (voided ones too)."""
        return [checkin_row(r) for r in self.query_in(
            "select * from checkins where attendee_id in ({marks})", attendee_ids)]

    def voids(self, uuids: Iterable[str] | None = None) -> list[Void]:
        """Undo events: these (by their UUIDs), or all of them, oldest first."""
        if uuids is None:
            return [_void(r) for r in self.query("select * from voids order by at, uuid")]
        return [_void(r) for r in
                self.query_in("select * from voids where uuid in ({marks})", uuids)]

    def movements(self, session_id: str) -> list[Row]:
        """A session's valid entries and exits (attendee_id, direction, at), in the order they
        happened (an entry before an exit at the same moment): who is inside is read from
        them (:mod:`checkin.occupancy`). Online attendance is not in the room: left out."""
        return self.query(
            "select attendee_id, direction, at from checkins where session_id = ? and voided = 0"
            " and method != 'online'"
            " order by at, case direction when 'entry' then 0 else 1 end, uuid",
            [session_id],
        )

    def inside_count(self, session_id: str, *, but: str = "") -> int:
        """People whose latest valid check-in to the session is an entry (``but`` not
        counted): the same answer as replaying :meth:`movements`, in one query, for the
        door's capacity rule on every scan."""
        return int(self.query(
            "select count(*) as n from (select direction, row_number() over (partition by"
            " attendee_id order by at desc, case direction when 'entry' then 0 else 1 end"
            " desc, uuid desc) as k from checkins where session_id = ? and voided = 0"
            " and method != 'online' and attendee_id != ?) where k = 1 and direction = 'entry'",
            [session_id, but],
        )[0]["n"])

    def entries_reach(self, session_id: str, count: int, *, but: str = "") -> bool:
        """Whether the session has at least ``count`` valid entries in the room (online
        attendance and ``but`` left out). People inside are never more than that, and this
        stops reading at ``count`` rows with no sort: the door asks it on every scan before
        the exact :meth:`inside_count`, needed only when the room may be full."""
        return int(self.query(
            "select count(*) as n from (select 1 from checkins where session_id = ?"
            " and voided = 0 and direction = 'entry' and method != 'online'"
            " and attendee_id != ? limit ?)",
            [session_id, but, count],
        )[0]["n"]) >= count

    def sessions_entered(self) -> set[str]:
        """Ids of the sessions someone has a valid entry to in the room (online attendance
        left out)."""
        rows = self.query(
            "select distinct session_id from checkins where voided = 0 and direction = 'entry'"
            " and method != 'online'")
        return {r["session_id"] for r in rows}

    def checkin(self, checkin_uuid: str) -> CheckIn | None:
        rows = self.query(_CHECKIN_SELECT + " where c.uuid = ?", [checkin_uuid])
        return checkin_row(rows[0]) if rows else None

    def entries(self, attendee_id: str, session_id: str) -> list[CheckIn]:
        """Valid (not undone) check-ins of one person to one session, oldest first."""
        rows = self.query(
            _CHECKIN_SELECT
            + " where c.attendee_id = ? and c.session_id = ? and c.voided = 0 order by c.at",
            [attendee_id, session_id],
        )
        return [checkin_row(r) for r in rows]

    def checkins(
        self,
        *,
        attendee_id: str | None = None,
        session_id: str | None = None,
        include_voided: bool = True,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> list[CheckIn]:
        where, params = [], []
        if attendee_id:
            where.append("c.attendee_id = ?")
            params.append(attendee_id)
        if session_id:
            where.append("c.session_id = ?")
            params.append(session_id)
        if not include_voided:
            where.append("c.voided = 0")
        sql = _CHECKIN_SELECT
        if where:
            sql += " where " + " and ".join(where)
        sql += " order by c.at desc" if newest_first else " order by c.at"
        if limit:
            sql += f" limit {int(limit)}"
        return [checkin_row(r) for r in self.query(sql, params)]

    def arrived(self, session_id: str) -> int:
        """People who came in to the session: a valid entry at a door or the desk (the
        door's counter). Online attendance is not counted here (the dashboard and the
        reports count it beside: :mod:`checkin.online.presence`)."""
        return int(self.query(
            "select count(distinct attendee_id) as n from checkins"
            " where session_id = ? and voided = 0 and direction = 'entry'"
            " and method != 'online'",
            [session_id],
        )[0]["n"])

    def checkin_count(self, session_id: str) -> int:
        """Check-ins ever recorded for a session, undone ones included: a session with any
        is history and is never removed from the programme."""
        return int(self.query("select count(*) as n from checkins where session_id = ?",
                          [session_id])[0]["n"])

    def registered(self, session_id: str) -> int:
        """People whose workshops include this session."""
        return int(self.query(
            "select count(*) as n from attendees a where exists (select 1 from"
            " json_each(a.workshops) w where w.value = ?)", [session_id])[0]["n"])

    def resolve_workshops(self, resolved: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Give people (id, session ids) their workshops, read from the cell kept as written
        until the programme came (one statement for all, not a rewrite of each person)."""
        stamp = to_iso(utcnow())
        rows = [(json.dumps(list(ids)), stamp, attendee_id) for attendee_id, ids in resolved]
        with self.transaction() as db:
            db.conn.executemany(
                "update attendees set workshops = ?, pending_workshops = '', updated_at = ?"
                " where id = ?", rows)

    def pending_workshops(self) -> list[Attendee]:
        """People whose workshops cell still waits for the programme."""
        rows = self.query("select * from attendees where pending_workshops != ''"
                          " order by last_name, first_name, id")
        return [_attendee(r) for r in rows]

    def expected(self, session: Session) -> int:
        """People the session admits: registered for it, or of an admitted category, with a
        confirmed registration (a pending one too where the session accepts unpaid ones), as
        pretix counts a list: blocked tickets count, cancelled ones do not. Online-only
        attendees (made from a meeting's report, :mod:`checkin.online`) were never
        registered: nobody expects them in a room."""
        counted = [RegistrationStatus.CONFIRMED.value, RegistrationStatus.BLOCKED.value]
        if session.accept_unpaid:
            counted.append(RegistrationStatus.PENDING.value)
        sql = (f"select count(*) as n from attendees a where not {ONLINE_ONLY_SQL}"
               " and a.status"
               f" in ({','.join('?' * len(counted))})")
        params: list[Any] = list(counted)
        if session.registration_required:
            sql += " and exists (select 1 from json_each(a.workshops) w where w.value = ?)"
            params.append(session.id)
        if session.categories:
            sql += f" and a.category in ({','.join('?' * len(session.categories))})"
            params.extend(session.categories)
        return int(self.query(sql, params)[0]["n"])

    # --- interpretation receivers (checkin.receivers) ------------------------------------

    def receivers(self, ids: Iterable[str] | None = None) -> list[Receiver]:
        """Every receiver (or these), in number order."""
        if ids is None:
            return [_receiver(r) for r in self.query("select * from receivers order by id")]
        return [_receiver(r) for r in self.query_in(
            "select * from receivers where id in ({marks}) order by id", ids)]

    def receiver(self, receiver_id: str) -> Receiver | None:
        rows = self.query("select * from receivers where id = ?", [receiver_id])
        return _receiver(rows[0]) if rows else None

    def upsert_receivers(self, receivers: Iterable[Receiver], *, outbox: bool = False,
                         origin: str | None = None) -> None:
        """Insert or replace receivers in one transaction; ``outbox=True`` when they were
        made or changed here (numbered, imported) and sync must take them to the others."""
        now = utcnow()
        rows = [{"id": r.id, "note": r.note, "channel": r.channel,
                 "updated_at": to_iso(r.updated_at or now),
                 "origin": r.origin if origin is None else origin} for r in receivers]
        if not rows:
            return
        with self.transaction() as db:
            db.table("receivers").upsert_all(rows, pk="id")
            if outbox:
                stamp = to_iso(now)
                db.conn.executemany(
                    "insert into outbox (kind, ref, created_at) values ('receiver', ?, ?)",
                    [(r["id"], stamp) for r in rows])

    def record_loan_events(self, events: Iterable[LoanEvent], *, outbox: bool = True) -> int:
        """Write loan events (lent, taken back) and, made here, their outbox rows, in one
        durable transaction. Idempotent: an event already here is left as it is; returns
        how many were new."""
        added = 0
        stamp = to_iso(utcnow())
        with self.transaction() as db:
            for e in events:
                cursor = db.execute(
                    "insert or ignore into receiver_loans (uuid, receiver_id, action,"
                    " attendee_id, station_id, at) values (?, ?, ?, ?, ?, ?)",
                    [e.uuid, e.receiver_id, e.action.value, e.attendee_id, e.station_id,
                     to_iso(e.at)])
                if cursor.rowcount > 0:
                    added += 1
                    if outbox:
                        db.execute("insert into outbox (kind, ref, created_at)"
                                   " values ('loan', ?, ?)", [e.uuid, stamp])
        return added

    def loan_events(self, *, receiver_ids: Iterable[str] | None = None,
                    uuids: Iterable[str] | None = None) -> list[LoanEvent]:
        """Loan events (all, of these receivers, or these UUIDs), in the order they
        happened: a return before a lend at the same moment (a receiver taken back from one
        person and lent to the next in one go)."""
        order = " order by at, case action when 'return' then 0 else 1 end, uuid"
        if uuids is not None:
            rows = self.query_in("select * from receiver_loans where uuid in ({marks})" + order,
                                 uuids)
        elif receiver_ids is not None:
            rows = self.query_in(
                "select * from receiver_loans where receiver_id in ({marks})" + order,
                receiver_ids)
            rows.sort(key=lambda r: (r["at"], r["action"] != LoanAction.RETURN, r["uuid"]))
        else:
            rows = self.query("select * from receiver_loans" + order)
        return [_loan_event(r) for r in rows]

    def receivers_lent_to(self, attendee_id: str) -> list[str]:
        """The receivers ever lent to this person (whether they still hold them is read from
        those receivers' events)."""
        rows = self.query("select distinct receiver_id from receiver_loans where attendee_id = ?"
                          " and action = 'lend' order by receiver_id", [attendee_id])
        return [r["receiver_id"] for r in rows]

    def known_loan_events(self, uuids: Iterable[str]) -> set[str]:
        """Those of ``uuids`` already here."""
        rows = self.query_in("select uuid from receiver_loans where uuid in ({marks})", uuids)
        return {r["uuid"] for r in rows}

    def receiver_loan_count(self) -> int:
        return int(self.query("select count(*) as n from receiver_loans")[0]["n"])

    # --- outbox ---------------------------------------------------------------------------

    def pending(self, limit: int = 500) -> list[Row]:
        return self.query(
            "select * from outbox where pushed_at is null order by id limit ?", [limit]
        )

    def pending_after(self, after: int, limit: int) -> list[Row]:
        """Outbox rows not pushed yet, after the row ``after``, oldest first."""
        return self.query(
            "select * from outbox where pushed_at is null and id > ? order by id limit ?",
            [after, limit])

    def pending_count(self) -> int:
        return int(self.query("select count(*) as n from outbox where pushed_at is null")[0]["n"])

    def unpushed(self, *kinds: str) -> set[tuple[str, str]]:
        """(kind, ref) of the outbox items of these kinds not pushed yet."""
        rows = self.query(
            f"select distinct kind, ref from outbox where kind in ({','.join('?' * len(kinds))})"
            " and pushed_at is null", kinds)
        return {(r["kind"], r["ref"]) for r in rows}

    def unpushed_attendees(self) -> set[str]:
        """Attendees edited here whose edit is not pushed yet."""
        return {ref for _kind, ref in self.unpushed("attendee")}

    def enqueue(self, items: Iterable[tuple[str, str]]) -> None:
        """Queue ``(kind, ref)`` items for the next push (records that arrived here and must
        travel on, e.g. a bundle's)."""
        stamp = to_iso(utcnow())
        rows = [(kind, ref, stamp) for kind, ref in items]
        if rows:
            with self.transaction() as db:
                db.conn.executemany(
                    "insert into outbox (kind, ref, created_at) values (?, ?, ?)", rows)

    def record_rejections(self, rejections: Iterable[tuple[int | None, str, str, str]], *,
                          at: datetime | None = None) -> None:
        """Keep items refused for good, each ``(outbox id or None, kind, ref, reason)``, in
        ``sync_rejections``."""
        stamp = to_iso(at or utcnow())
        rows = [(outbox_id, kind, ref, reason, stamp)
                for outbox_id, kind, ref, reason in rejections]
        if rows:
            with self.transaction() as db:
                db.conn.executemany(
                    "insert into sync_rejections (outbox_id, kind, ref, reason, at)"
                    " values (?, ?, ?, ?, ?)", rows)

    def rejection_count(self) -> int:
        return int(self.query("select count(*) as n from sync_rejections")[0]["n"])

    def mark_pushed(self, outbox_ids: Iterable[int]) -> None:
        stamp = to_iso(utcnow())
        ids = list(outbox_ids)
        with self.transaction() as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(
                    f"update outbox set pushed_at = ? where id in ({','.join('?' * len(chunk))})",
                    [stamp, *chunk],
                )


# --- rows ↔ records -----------------------------------------------------------------------

_CHECKIN_SELECT = (
    "select c.*, coalesce(s.name, '') as station_name from checkins c"
    " left join stations s on s.id = c.station_id"
)


# the record tables rows() reads, with their keys
_ROW_TABLES = {"event": "id", "sessions": "id", "attendees": "id", "checkins": "uuid",
               "voids": "uuid", "stations": "id", "receivers": "id", "receiver_loans": "uuid"}


def _insert(table: str, record_type: type[Any], values: dict[str, str] | None = None) -> str:
    """``into table (its columns) values (:column, …)``, from the record's fields; ``values``
    replaces a column's placeholder by an expression."""
    names = columns(record_type)
    marks = ", ".join((values or {}).get(n, f":{n}") for n in names)
    return f"into {table} ({', '.join(names)}) values ({marks})"


_CHECKIN_INSERT = _insert("checkins", CheckIn, {
    "voided": ":voided or exists (select 1 from voids where checkin_uuid = :uuid)"})
_VOID_INSERT = "insert or ignore " + _insert("voids", Void)


def checkin_row(r: Row) -> CheckIn:
    """A ``checkins`` row as a record (the station's name when the query joined it)."""
    return from_plain(CheckIn, r)


def _online_review_row(review: OnlineReview) -> Row:
    """Its row but the number, which SQLite gives."""
    return plain(replace(review, created_at=review.created_at or utcnow()), exclude=("id",),
                 row=True)


def _online_review(r: Row) -> OnlineReview:
    return from_plain(OnlineReview, r)


def _receiver(r: Row) -> Receiver:
    return from_plain(Receiver, r)


def _loan_event(r: Row) -> LoanEvent:
    return from_plain(LoanEvent, r)


def _void(r: Row) -> Void:
    return from_plain(Void, r)


def _station(r: Row) -> Station:
    return from_plain(Station, r)


def _session(r: Row) -> Session:
    return from_plain(Session, r)


def _session_row(s: Session, now: str, origin: str) -> Row:
    return {**plain(s, row=True), "updated_at": now, "origin": origin}


def _attendee(r: Row) -> Attendee:
    return from_plain(Attendee, r)


def _attendee_row(a: Attendee, now: datetime) -> Row:
    return {**plain(a, row=True), "updated_at": to_iso(a.updated_at or now)}
