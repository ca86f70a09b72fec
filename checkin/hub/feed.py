"""The hub's change feed: every record it holds, ordered by a server sequence.

Triggers on the hub's tables give each inserted or updated record a new sequence number in
``hub_changes`` (one row per record: a newer version replaces the older row with a higher
number), so whatever writes the hub's database (a push, a bundle merge, ``checkin import`` run
on the same file) feeds the stations. A station pulls ``seq > since`` in pages and keeps the
last number it merged as its cursor. SQLite serialises writers, so numbers become visible in
order: a station can never skip a record that commits later with a smaller number.

The triggers are installed by :func:`install` when the hub starts (stations do not pay for
them); records written before that are given numbers then.
"""

from __future__ import annotations

from dataclasses import replace

from checkin.hub.tokens import Role, StationToken
from checkin.model import Station, to_iso, utcnow
from checkin.store import Store
from checkin.sync import lookup
from checkin.sync import wire

# kind in the feed → (table, key column); the order is the backfill order.
TABLES = {
    "event": ("event", "id"),
    "session": ("sessions", "id"),
    "attendee": ("attendees", "id"),
    "checkin": ("checkins", "uuid"),
    "void": ("voids", "uuid"),
}
MAX_LIMIT = 5000
DEFAULT_LIMIT = 1000

# The least role that may push each kind of record (see checkin.hub.tokens.Role).
NEEDS = {
    "checkin": Role.DOOR,
    "void": Role.DOOR,  # a door only its own station's: see _may_void
    "attendee": Role.DESK,
}
# What a door station does not receive: it scans badges and needs names, not contacts.
PRIVATE_FIELDS = ("email", "phone")


def install(store: Store) -> None:
    """(Re)create the feed's triggers and number the records that have none."""
    with store.transaction() as db:
        for kind, (table, key) in TABLES.items():
            for verb in ("insert", "update"):
                # A check-in only ever changes by being voided; a void that was already
                # known must not renumber it.
                when = ""
                if verb == "update" and kind == "checkin":
                    when = " when old.voided is not new.voided"
                # delete + insert rather than "insert or replace": an outer statement's
                # conflict clause (an upsert's) would override the trigger's own.
                db.execute(f"drop trigger if exists hub_feed_{table}_{verb}")
                db.execute(
                    f"create trigger hub_feed_{table}_{verb}"
                    f" after {verb} on {table}{when} begin"
                    f" delete from hub_changes where kind = '{kind}' and ref = new.{key};"
                    f" insert into hub_changes (kind, ref) values ('{kind}', new.{key});"
                    " end"
                )
            db.execute(
                f"insert or ignore into hub_changes (kind, ref) select '{kind}', {key}"
                f" from {table} order by rowid"
            )
        db["settings"].upsert({"key": "role", "value": "hub"}, pk="key")


def is_hub(store: Store) -> bool:
    return store.get_setting("role") == "hub"


def last_seq(store: Store) -> int:
    return store.query("select coalesce(max(seq), 0) as n from hub_changes")[0]["n"]


def page(store: Store, since: int, limit: int = DEFAULT_LIMIT, *, private: bool = True) -> dict:
    """One page of the feed as the JSON the ``/changes`` endpoint answers; without people's
    e-mail and phone (:data:`PRIVATE_FIELDS`) unless ``private``."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    rows = store.query(
        "select seq, kind, ref from hub_changes where seq > ? order by seq limit ?",
        [since, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    refs: dict[str, list[str]] = {kind: [] for kind in TABLES}
    for r in rows:
        refs.setdefault(r["kind"], []).append(r["ref"])
    body: dict = {
        "since": since,
        "next": rows[-1]["seq"] if rows else since,
        "more": more,
        "server_time": to_iso(utcnow()),
        "event": None,
        "sessions": [],
        "attendees": [],
        "checkins": [],
        "voids": [],
    }
    if refs["event"]:
        event = store.event()
        if event is not None:
            body["event"] = wire.event_to(event)
    if refs["session"]:
        wanted = set(refs["session"])
        body["sessions"] = [wire.session_to(s) for s in store.sessions() if s.id in wanted]
    body["attendees"] = [
        wire.attendee_row_to(r)
        for r in store.query_in("select * from attendees where id in ({marks})", refs["attendee"])
    ]
    if not private:
        for a in body["attendees"]:
            a.update((k, "") for k in PRIVATE_FIELDS)
    body["checkins"] = [wire.checkin_to(c) for c in lookup.checkins(store, refs["checkin"])]
    body["voids"] = [wire.void_to(v) for v in lookup.voids(store, refs["void"])]
    body["stations"] = [wire.station_to(s) for s in store.stations()]
    body["count"] = (
        (1 if body["event"] else 0)
        + len(body["sessions"])
        + len(body["attendees"])
        + len(body["checkins"])
        + len(body["voids"])
    )
    return body


def heartbeat(store: Store, station: Station) -> None:
    """A station showed up: remember its name, when and how much it still has to push."""
    if not station.id:
        return
    store.upsert_stations([replace(station, last_seen=utcnow())])


def accept(store: Store, station: Station, items: list, token: StationToken) -> list[dict]:
    """Merge pushed items in one transaction; one result per item, in order.

    ``token`` is the pushing station's: an item its role may not push (:data:`NEEDS`) is
    ``rejected`` with the reason, and the others are still taken.

    Idempotent: a check-in or void already here is a ``duplicate``; an attendee identical to
    the one here is a ``duplicate``; anything malformed is ``rejected`` with the reason.
    Attendees: the last version to arrive wins, and ``origin`` names the station that sent it.
    """
    origin = station.name or station.id
    results: list[dict | None] = [None] * len(items)
    with store.transaction():
        heartbeat(store, station)
        # Check-ins, the bulk of every push, go in together: one look-up of those already
        # here, one insert call for the new ones.
        checkins: dict[str, tuple[int, object]] = {}
        for n, item in enumerate(items):
            refusal = _refusal(item, token)
            if refusal:
                results[n] = _result(item, "rejected", refusal)
                continue
            if isinstance(item, dict) and item.get("kind") == "checkin":
                try:
                    c = wire.checkin_from(item.get("record"))
                    _same_key(c.uuid, item.get("key"))
                except wire.WireError as error:
                    results[n] = _result(item, "rejected", str(error))
                    continue
                if c.uuid in checkins:
                    results[n] = _result(item, "duplicate")  # twice in one batch
                    continue
                checkins[c.uuid] = (n, c)
        here = lookup.known_checkins(store, checkins)
        fresh = [c for uuid, (_n, c) in checkins.items() if uuid not in here]
        store.merge_checkins(fresh)
        for uuid, (n, _c) in checkins.items():
            results[n] = _result(items[n], "duplicate" if uuid in here else "accepted")
        for n, item in enumerate(items):
            if results[n] is None:
                results[n] = _accept_one(store, item, origin, token)
    return results


def _refusal(item, token: StationToken) -> str:
    """Why this token may not push this kind of item, or ""."""
    kind = item.get("kind") if isinstance(item, dict) else None
    needed = NEEDS.get(kind) if isinstance(kind, str) else None
    if needed is None or token.allows(needed):
        return ""
    return f"a {token.role.value} token may not push a {kind}; this needs a {needed.value} token"


def door_voids(store: Store, token: StationToken, voids, checkins=()) -> tuple:
    """Those of ``voids`` a door token may bring: undoes of its own station's check-ins, as
    found here or among ``checkins`` (a bundle's)."""
    if token.allows(Role.DESK):
        return tuple(voids)
    if not token.station_id:
        return ()
    wanted = {v.checkin_uuid for v in voids}
    own = {c.uuid for c in checkins if c.uuid in wanted and c.station_id == token.station_id}
    own |= {c.uuid for c in lookup.checkins(store, wanted) if c.station_id == token.station_id}
    return tuple(v for v in voids if v.checkin_uuid in own)


def _may_void(store: Store, checkin_uuid: str, token: StationToken) -> None:
    """A door undoes only its own station's check-ins (those it pushed, by its station id)."""
    if token.allows(Role.DESK):
        return
    here = store.checkin(checkin_uuid)
    if here is None or not token.station_id or here.station_id != token.station_id:
        raise wire.WireError(
            "a door token may undo only its own station's check-ins; ask the desk"
        )


def _result(item, outcome: str, reason: str = "") -> dict:
    if not isinstance(item, dict):
        return {"kind": "", "key": "", "outcome": outcome, "reason": reason}
    kind, key = item.get("kind"), item.get("key")
    return {"kind": kind if isinstance(kind, str) else "",
            "key": key if isinstance(key, str) else "", "outcome": outcome, "reason": reason}


def _accept_one(store: Store, item, origin: str, token: StationToken) -> dict:
    """A void, an attendee or something malformed (check-ins were all answered above)."""
    if not isinstance(item, dict):
        return {"kind": "", "key": "", "outcome": "rejected", "reason": "not a JSON object"}
    kind, key = item.get("kind"), item.get("key")
    answer = {
        "kind": kind if isinstance(kind, str) else "",
        "key": key if isinstance(key, str) else "",
    }
    record = item.get("record")
    try:
        if kind == "void":
            v = wire.void_from(record)
            _same_key(v.uuid, key)
            _may_void(store, v.checkin_uuid, token)
            new = store.void_checkin(
                v.checkin_uuid, station_id=v.station_id, at=v.at, void_uuid=v.uuid, outbox=False
            )
        elif kind == "attendee":
            a = wire.attendee_from(record)
            _same_key(a.id, key)
            clash = store.query(
                "select id from attendees where token = ? and id != ?", [a.token, a.id]
            )
            if clash:
                raise wire.WireError("this badge token already belongs to another attendee")
            a = replace(a, origin=origin, updated_at=a.updated_at or utcnow())
            here = store.attendee(a.id)
            new = here is None or replace(here, origin="") != replace(a, origin="")
            if new:
                store.upsert_attendees([a], outbox=False)
        else:
            raise wire.WireError(f"unknown kind {kind!r}")
    except wire.WireError as error:
        return {**answer, "outcome": "rejected", "reason": str(error)}
    return {**answer, "outcome": "accepted" if new else "duplicate", "reason": ""}


def _same_key(record_key: str, key) -> None:
    if record_key != key:
        raise wire.WireError("the item's key is not its record's id")
