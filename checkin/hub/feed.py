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
from checkin.model import Category, Station, to_iso, utcnow
from checkin.store import Store
from checkin.sync import lookup
from checkin.sync import wire
from checkin.sync.merge import Changes, Policy, merge

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
    "session": Role.ORGANISER,  # the programme: made or changed on an organiser's station
    "event": Role.ORGANISER,
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
        # removed sessions too: their tombstones take them off every station's programme
        body["sessions"] = [wire.session_to(s) for s in store.sessions(removed=True)
                            if s.id in wanted]
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
    """Merge pushed items in one transaction (:func:`checkin.sync.merge.merge`, with its one
    conflict policy); one result per item, in order.

    ``token`` is the pushing station's: an item its role may not push (:data:`NEEDS`) is
    ``rejected`` with the reason, and the others are still taken.

    Idempotent: a record already here (or twice in one batch) is a ``duplicate``, and so is
    an attendee equal to the one here or older than it; anything malformed is ``rejected``
    with the reason. Attendees taken get ``origin``: the station that sent them.
    """
    origin = station.name or station.id
    results: list[dict | None] = [None] * len(items)
    parsed: dict[str, dict[str, tuple[int, object]]] = {k: {} for k in _PARSE}
    programme: list[int] = []
    for n, item in enumerate(items):
        refusal = _refusal(item, token)
        kind = item.get("kind") if isinstance(item, dict) else None
        if not refusal and not isinstance(item, dict):
            refusal = "not a JSON object"
        elif not refusal and kind in ("session", "event"):
            programme.append(n)  # checked as the programme's own editor checks them
            continue
        elif not refusal and kind not in _PARSE:
            refusal = f"unknown kind {kind!r}"
        if refusal:
            results[n] = _result(item, "rejected", refusal)
            continue
        try:
            record = _PARSE[kind](item.get("record"))
            _same_key(_key(record), item.get("key"))
        except wire.WireError as error:
            results[n] = _result(item, "rejected", str(error))
            continue
        if _key(record) in parsed[kind]:
            results[n] = _result(item, "duplicate")  # twice in one batch
            continue
        parsed[kind][_key(record)] = (n, record)
    with store.transaction():
        heartbeat(store, station)
        pushed = [c for _n, c in parsed["checkin"].values()]
        for uuid, (n, void) in list(parsed["void"].items()):
            try:
                _may_void(store, void.checkin_uuid, token, pushed)
            except wire.WireError as error:
                results[n] = _result(items[n], "rejected", str(error))
                del parsed["void"][uuid]
        changes = Changes(**{table: tuple(r for _n, r in parsed[kind].values())
                             for kind, table in (("attendee", "attendees"),
                                                 ("checkin", "checkins"), ("void", "voids"))})
        report = merge(store, changes, Policy(origin=origin, claim_origin=True))
        new = {*report.attendee_ids, *report.checkin_uuids, *report.void_uuids}
        refused = {r.key for r in report.refused}
        for kind, records in parsed.items():
            for key, (n, _record) in records.items():
                if key in refused:
                    results[n] = _result(items[n], "rejected",
                                         "this badge token already belongs to another attendee")
                else:
                    results[n] = _result(items[n], "accepted" if key in new else "duplicate")
        for n in programme:
            results[n] = _accept_programme(store, items[n], origin)
        for n, item in enumerate(items):
            if results[n]["outcome"] == "rejected" and isinstance(item, dict):
                _resend(store, item)
    return results


_PARSE = {"checkin": wire.checkin_from, "void": wire.void_from, "attendee": wire.attendee_from}


def _key(record) -> str:
    return getattr(record, "uuid", None) or record.id


def _refusal(item, token: StationToken) -> str:
    """Why this token may not push this kind of item, or ""."""
    kind = item.get("kind") if isinstance(item, dict) else None
    needed = NEEDS.get(kind) if isinstance(kind, str) else None
    if needed is None or token.allows(needed):
        return ""
    return f"a {token.role.value} token may not push a {kind}; this needs a {needed.value} token"


def _resend(store: Store, item) -> None:
    """A programme change refused (a door's token, a removal of a session with check-ins):
    number the hub's own version again, so that the station's next pull puts it back in
    place of the change it made."""
    kind, key = item.get("kind"), item.get("key")
    if kind not in ("session", "event") or not isinstance(key, str):
        return
    table, column = TABLES[kind]
    if store.query(f"select 1 from {table} where {column} = ?", [key]):
        store.db.execute("delete from hub_changes where kind = ? and ref = ?", [kind, key])
        store.db.execute("insert into hub_changes (kind, ref) values (?, ?)", [kind, key])


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


def _may_void(store: Store, checkin_uuid: str, token: StationToken, pushed=()) -> None:
    """A door undoes only its own station's check-ins (those it pushed, by its station id:
    found here, or among the check-ins ``pushed`` with the undo)."""
    if token.allows(Role.DESK):
        return
    here = store.checkin(checkin_uuid) or next(
        (c for c in pushed if c.uuid == checkin_uuid), None)
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


def _accept_programme(store: Store, item: dict, origin: str) -> dict:
    """A session or the event, pushed by an organiser's station."""
    kind, key = item.get("kind"), item.get("key")
    answer = {"kind": kind, "key": key if isinstance(key, str) else ""}
    record = item.get("record")
    try:
        if kind == "session":
            s = wire.session_from(record)
            _same_key(s.id, key)
            new = _accept_session(store, s, origin)
        else:
            e = wire.event_from(record)
            _same_key(e.id, key)
            here_event = store.event()
            if here_event is not None and here_event.id != e.id:
                raise wire.WireError("this hub serves another event")
            new = here_event is None or wire.event_to(here_event) != wire.event_to(e)
            if new:
                store.save_event(e)
    except wire.WireError as error:
        return {**answer, "outcome": "rejected", "reason": str(error)}
    return {**answer, "outcome": "accepted" if new else "duplicate", "reason": ""}


def _same_key(record_key: str, key) -> None:
    if record_key != key:
        raise wire.WireError("the item's key is not its record's id")


def _accept_session(store: Store, s, origin: str) -> bool:
    """A session pushed by an organiser's station, checked as the programme's own editor
    checks one; whether it was new or changed here."""
    from checkin.programme import MAX_NAME, check_id

    event = store.event()
    if event is None:
        raise wire.WireError("the hub has no event yet: make it first")
    if s.event_id and s.event_id != event.id:
        raise wire.WireError("field 'event_id': this session belongs to another event")
    problem = check_id(s.id)
    if problem:
        raise wire.WireError(f"field 'id': {problem}")
    if not (s.name_fr or s.name_en).strip():
        raise wire.WireError("field 'name_fr': a session needs a name")
    for name in ("name_fr", "name_en", "room"):
        if len(getattr(s, name)) > MAX_NAME:
            raise wire.WireError(f"field {name!r} is too long")
    if s.ends_at <= s.starts_at:
        raise wire.WireError("field 'ends_at': the session ends before it starts")
    if not 2000 <= s.starts_at.year <= 2200 or not 2000 <= s.ends_at.year <= 2200:
        raise wire.WireError("field 'starts_at': not a plausible time")
    if s.capacity is not None and not 0 <= s.capacity <= 1_000_000:
        raise wire.WireError("field 'capacity' is out of range")
    known = {c.value for c in Category}
    if any(c not in known for c in s.categories):
        raise wire.WireError("field 'categories' names an unknown category")
    s = replace(s, event_id=event.id)
    here = store.session(s.id)
    if here == s:
        return False
    if s.removed and here is not None and not here.removed and store.query(
            "select 1 from checkins where session_id = ? limit 1", [s.id]):
        raise wire.WireError("this session has check-ins: it cannot be removed")
    store.upsert_sessions([s], origin=origin)
    return True
