"""Check-ins the hub keeps aside: well-formed, but naming a person or a session the hub does
not hold (yet).

Such a check-in is not stored with the others (the feed would send every station a check-in
for nobody), nor refused (the person may arrive a minute later: a walk-in pushed by the desk,
a programme imported on the hub). It waits in ``hub_quarantine``; :func:`release` moves in
those whose person and session now exist, after every push and bundle. :func:`count` is what
the dashboard and the feed page show.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from checkin.model import CheckIn, to_iso, utcnow
from checkin.store import Store
from checkin.sync import wire
from checkin.sync.merge import Changes, merge


def missing_refs(store: Store, checkins: Iterable[CheckIn]) -> dict[str, str]:
    """uuid → why, for those of ``checkins`` whose person or session is not here."""
    checkins = list(checkins)
    people = {r["id"] for r in store.query_in(
        "select id from attendees where id in ({marks})", {c.attendee_id for c in checkins})}
    sessions = {r["id"] for r in store.query_in(
        "select id from sessions where id in ({marks})", {c.session_id for c in checkins})}
    why = {}
    for c in checkins:
        if c.attendee_id not in people:
            why[c.uuid] = f"no attendee {c.attendee_id!r} at the hub (yet)"
        elif c.session_id not in sessions:
            why[c.uuid] = f"no session {c.session_id!r} at the hub (yet)"
    return why


def held(store: Store, uuids: Iterable[str]) -> set[str]:
    """Those of ``uuids`` already kept aside."""
    rows = store.query_in(
        "select ref from hub_quarantine where kind = 'checkin' and ref in ({marks})", uuids)
    return {r["ref"] for r in rows}


def hold(store: Store, checkins: Iterable[tuple[CheckIn, str]], sender: str) -> int:
    """Keep ``(check-in, reason)`` pairs aside; idempotent. Returns how many were new."""
    now = to_iso(utcnow())
    rows = [("checkin", c.uuid, json.dumps(wire.checkin_to(c)), reason, sender, now)
            for c, reason in checkins]
    if not rows:
        return 0
    with store.transaction() as db:
        before = db.conn.total_changes
        db.conn.executemany(
            "insert or ignore into hub_quarantine (kind, ref, record, reason, station_id,"
            " received_at) values (?, ?, ?, ?, ?, ?)", rows)
        return db.conn.total_changes - before


def release(store: Store) -> int:
    """Move in the check-ins whose person and session are now here; returns how many."""
    rows = store.query("select id, record from hub_quarantine where kind = 'checkin'")
    if not rows:
        return 0
    waiting = {}
    for r in rows:
        try:
            waiting[r["id"]] = wire.checkin_from(json.loads(r["record"]))
        except (ValueError, TypeError):
            continue  # written by something else and unreadable: it stays, and is counted
    still = missing_refs(store, waiting.values())
    ready = {n: c for n, c in waiting.items() if c.uuid not in still}
    if not ready:
        return 0
    with store.transaction() as db:
        merge(store, Changes(checkins=tuple(ready.values())))  # the one merge, its one policy
        ids = list(ready)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            db.execute(f"delete from hub_quarantine where id in ({','.join('?' * len(chunk))})",
                       chunk)
    return len(ready)


def count(store: Store) -> int:
    """How many records the hub keeps aside (0 on a station, whose table stays empty)."""
    return store.query("select count(*) as n from hub_quarantine")[0]["n"]


def rows(store: Store, limit: int = 200) -> list[dict]:
    """The records kept aside, newest first: kind, ref, reason, station_id, received_at."""
    return store.query(
        "select kind, ref, reason, station_id, received_at from hub_quarantine"
        " order by id desc limit ?", [limit])
