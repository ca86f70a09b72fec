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

import logging
from dataclasses import replace
from typing import TypeVar

from pydantic import ValidationError

from checkin.hub import quarantine
from checkin.hub.tokens import Role, StationToken
from checkin.model import (
    Attendee,
    CheckIn,
    LoanEvent,
    Receiver,
    Station,
    Void,
    to_iso,
    utcnow,
)
from checkin.store import Store
from checkin.sync import records, wire
from checkin.sync.merge import Changes, Policy, merge

log = logging.getLogger(__name__)

_R = TypeVar("_R")  # a record pushed

# kind in the feed → (table, key column); the order is the backfill order.
TABLES = {
    "event": ("event", "id"),
    "session": ("sessions", "id"),
    "attendee": ("attendees", "id"),
    "checkin": ("checkins", "uuid"),
    "void": ("voids", "uuid"),
    "receiver": ("receivers", "id"),
    "loan": ("receiver_loans", "uuid"),
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
    "receiver": Role.DESK,  # numbered or imported at the desk; a door only lends them
    "loan": Role.DOOR,  # a door lends receivers too
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
        db.table("settings").upsert({"key": "role", "value": "hub"}, pk="key")


def is_hub(store: Store) -> bool:
    return store.get_setting("role") == "hub"


def last_seq(store: Store) -> int:
    return store.query("select coalesce(max(seq), 0) as n from hub_changes")[0]["n"]


def page(store: Store, since: int, limit: int = DEFAULT_LIMIT, *, private: bool = True) -> dict:
    """One page of the feed as the JSON the ``/changes`` endpoint answers; without people's
    e-mail and phone (:data:`PRIVATE_FIELDS`) unless ``private``.

    Every record goes out through the same declared models the hub checks pushes with
    (:mod:`checkin.sync.records`): a row that something else wrote into the hub's file and
    that no station could read (a year-999 time, a NUL in a token) is left out of the page and
    logged, and the cursor moves past it, so one odd row never stops the feed.
    """
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
        body["event"] = _outgoing("event", store.rows("event"))
        body["event"] = body["event"][0] if body["event"] else None
    body["sessions"] = _outgoing("session", store.rows("sessions", refs["session"]))
    body["attendees"] = _outgoing("attendee", store.rows("attendees", refs["attendee"]))
    if not private:
        for a in body["attendees"]:
            a.update((k, "") for k in PRIVATE_FIELDS)
    body["checkins"] = _outgoing("checkin", store.rows("checkins", refs["checkin"]))
    body["voids"] = _outgoing("void", store.rows("voids", refs["void"]))
    # interpretation receivers and their loans: only when there are some, so that a page
    # without them is the one a station of the release before them reads
    for key, kind, table in (("receivers", "receiver", "receivers"),
                             ("loans", "loan", "receiver_loans")):
        if refs[kind]:
            body[key] = _outgoing(kind, store.rows(table, refs[kind]))
    body["stations"] = _outgoing("station", store.rows("stations"))
    body["count"] = (
        (1 if body["event"] else 0)
        + len(body["sessions"])
        + len(body["attendees"])
        + len(body["checkins"])
        + len(body["voids"])
        + len(body.get("receivers", ()))
        + len(body.get("loans", ()))
    )
    body["quarantined"] = quarantine.count(store)
    return body


_MODELS: dict[str, type[records.RecordOf]] = {
    "event": records.EventRecord, "session": records.SessionRecord,
    "attendee": records.AttendeeRecord, "checkin": records.CheckInRecord,
    "void": records.VoidRecord, "station": records.StationRecord,
    "receiver": records.ReceiverRecord, "loan": records.LoanRecord,
}


def _outgoing(kind: str, rows: list[dict]) -> list[dict]:
    """Rows as wire dicts, each checked by its model; those that fail are logged and left out."""
    model = _MODELS[kind]
    out = []
    for row in rows:
        try:
            data = wire.row_to(model.record_of, row)
            model.model_validate(data)
        except (ValidationError, ValueError, TypeError, OverflowError, KeyError) as error:
            key = row.get("uuid") or row.get("id")
            log.warning("feed: stored %s %r left out, no station could read it: %s", kind,
                        str(key)[:80], str(error).splitlines()[0][:200])
            continue
        out.append(data)
    return out


def heartbeat(store: Store, station: Station) -> None:
    """A station showed up: remember its name, when and how much it still has to push."""
    if not station.id:
        return
    store.upsert_stations([replace(station, last_seen=utcnow())])


def accept(store: Store, station: Station, items: list, token: StationToken) -> list[dict]:
    """Merge pushed items in one transaction (:func:`checkin.sync.merge.merge`, with its one
    conflict policy); one result per item, in order.

    Each item is first read through the declared models (:func:`checkin.sync.records.push_item`):
    a malformed one is ``rejected`` with status 422 and the field to blame, and the others are
    still taken. ``token`` is the pushing station's: an item its role may not push
    (:data:`NEEDS`) is ``rejected`` with status 403. A check-in naming a person or a session
    the hub does not hold is ``quarantined`` (:mod:`checkin.hub.quarantine`) and moves in when
    they arrive.

    Idempotent: a record already here (or kept aside, or twice in one batch) is a
    ``duplicate``, and so is an attendee equal to the one here or older than it. Attendees
    taken get ``origin``: the station that sent them. The programme and the people go in
    before the check-ins, so a walk-in and their check-in may travel in one batch.
    """
    origin = station.name or station.id
    results: dict[int, dict] = {}  # by the item's place in the batch
    # what was read, by key: (the item's place, the record)
    checkins: dict[str, tuple[int, CheckIn]] = {}
    voids: dict[str, tuple[int, Void]] = {}
    attendees: dict[str, tuple[int, Attendee]] = {}
    receivers: dict[str, tuple[int, Receiver]] = {}
    loans: dict[str, tuple[int, LoanEvent]] = {}
    programme: list[tuple[int, records.SessionItem | records.EventItem]] = []
    for n, item in enumerate(items):
        refusal = _refusal(item, token)
        if refusal:
            results[n] = _result(item, "rejected", refusal, status=403)
            continue
        try:
            checked = records.push_item(item)
        except records.RecordError as error:
            results[n] = _result(item, "rejected", str(error), status=422, field=error.field)
            continue
        if isinstance(checked, (records.SessionItem, records.EventItem)):
            programme.append((n, checked))  # checked as the programme's own editor checks them
            continue
        if isinstance(checked, records.CheckInItem):
            checkin = checked.record.to_model()
            first = _first(checkins, checkin.uuid, n, checkin)
        elif isinstance(checked, records.VoidItem):
            void = checked.record.to_model()
            first = _first(voids, void.uuid, n, void)
        elif isinstance(checked, records.ReceiverItem):
            receiver = checked.record.to_model()
            first = _first(receivers, receiver.id, n, receiver)
        elif isinstance(checked, records.LoanItem):
            loan = checked.record.to_model()
            first = _first(loans, loan.uuid, n, loan)
        else:
            person = checked.record.to_model()
            first = _first(attendees, person.id, n, person)
        if not first:
            results[n] = _result(item, "duplicate")  # twice in one batch
    with store.transaction():
        heartbeat(store, station)
        for n, programme_item in programme:
            results[n] = _accept_programme(store, programme_item, origin)
        pushed = [c for _n, c in checkins.values()]
        for uuid, (n, void) in list(voids.items()):
            try:
                _may_void(store, void.checkin_uuid, token, pushed)
            except wire.WireError as error:
                results[n] = _result(items[n], "rejected", str(error), status=403)
                del voids[uuid]
        policy = Policy(origin=origin, claim_origin=True)
        people = merge(store, Changes(attendees=tuple(r for _n, r in attendees.values())), policy)
        # check-ins for nobody the hub holds are kept aside, not stored, not refused
        held_before = quarantine.held(store, [c.uuid for c in pushed])
        missing = quarantine.missing_refs(store, [c for c in pushed if c.uuid not in held_before])
        quarantine.hold(store, [(c, missing[c.uuid]) for c in pushed if c.uuid in missing],
                        origin or "?")
        events = merge(store, Changes(
            checkins=tuple(c for c in pushed if c.uuid not in missing
                           and c.uuid not in held_before),
            voids=tuple(r for _n, r in voids.values())), policy)
        new = {*people.attendee_ids, *events.checkin_uuids, *events.void_uuids}
        refused = {r.key: r.reason for r in people.refused}
        for found in (checkins, voids, attendees):
            for key, (n, _record) in found.items():
                if key in refused:
                    results[n] = _result(items[n], "rejected",
                                         "this badge token already belongs to another attendee",
                                         status=409, field="record.token")
                elif key in missing:
                    results[n] = _result(items[n], "quarantined", missing[key])
                elif key in held_before:
                    results[n] = _result(items[n], "duplicate")
                else:
                    results[n] = _result(items[n], "accepted" if key in new else "duplicate")
        # interpretation receivers and their loans: no one to quarantine them for (a loan
        # naming a person the hub does not know yet is kept, like any event of the union)
        lending = merge(store, Changes(receivers=tuple(r for _n, r in receivers.values()),
                                       loans=tuple(e for _n, e in loans.values())), policy)
        places = [(key, n, set(lending.receiver_ids)) for key, (n, _r) in receivers.items()]
        places += [(key, n, set(lending.loan_uuids)) for key, (n, _e) in loans.items()]
        for key, n, taken in places:
            results[n] = _result(items[n], "accepted" if key in taken else "duplicate")
        for n, item in enumerate(items):
            if results[n]["outcome"] == "rejected" and isinstance(item, dict):
                _resend(store, item)
        quarantine.release(store)
    return [results[n] for n in range(len(items))]


def _first(found: dict[str, tuple[int, _R]], key: str, n: int, record: _R) -> bool:
    """Keep ``record`` (item ``n``) under ``key``; False when the batch already had it."""
    if key in found:
        return False
    found[key] = (n, record)
    return True


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
    own |= {c.uuid for c in store.checkins_by_uuid(wanted) if c.station_id == token.station_id}
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


def _result(item, outcome: str, reason: str = "", *, status: int | None = None,
            field: str = "") -> dict:
    """The result for an item as it came: its kind and key echoed only when they are sane
    (a 100 kB key or a lone surrogate is not sent back)."""
    kind = item.get("kind") if isinstance(item, dict) else None
    key = item.get("key") if isinstance(item, dict) else None
    sane = isinstance(key, str) and len(key) <= records.MAX_ID and key.isprintable()
    out = {"kind": kind if isinstance(kind, str) and kind in NEEDS else "",
           "key": key if sane else "",
           "outcome": outcome, "reason": reason}
    if status is not None:
        out.update(status=status, field=field)
    return out


def _accept_programme(store: Store, checked: records.SessionItem | records.EventItem,
                      origin: str) -> dict:
    """A session or the event, pushed by an organiser's station (already read through the
    declared models)."""
    item = {"kind": checked.kind, "key": checked.key}
    try:
        if isinstance(checked, records.SessionItem):
            new = _accept_session(store, checked.record.to_model(), origin)
        else:
            e = checked.record.to_model()
            here_event = store.event()
            if here_event is not None and here_event.id != e.id:
                raise wire.WireError("this hub serves another event")
            new = here_event is None or wire.event_to(here_event) != wire.event_to(e)
            if new:
                store.save_event(e)
    except wire.WireError as error:
        # a field that is wrong is malformed (422); a rule of the programme is a conflict
        malformed = bool(error.field) or str(error).startswith("field ")
        return _result(item, "rejected", str(error), status=422 if malformed else 409,
                       field=error.field or _field_named(str(error)))
    return _result(item, "accepted" if new else "duplicate")


def _field_named(message: str) -> str:
    """'field 'ends_at': …' → 'record.ends_at'."""
    if message.startswith("field '"):
        return "record." + message.split("'")[1]
    return ""


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
    s = replace(s, event_id=event.id)
    here = store.session(s.id)
    if here == s:
        return False
    if s.removed and here is not None and not here.removed and store.checkin_count(s.id):
        raise wire.WireError("this session has check-ins: it cannot be removed")
    store.upsert_sessions([s], origin=origin)
    return True


def merge_bundle(store: Store, bundle, token: StationToken | None = None) -> dict:
    """A station bundle into the hub's database (``POST /api/v1/bundle``, or
    ``checkin bundle merge`` run on the hub's file): its records as checked by
    :func:`checkin.sync.files.parse_bundle`; check-ins naming nobody the hub holds are kept
    aside, as in a push; a door ``token`` brings only its check-ins and undoes of its own
    station's. Returns the merge report as a dict, with ``refused`` and ``quarantined``."""
    from checkin.sync import files

    refused = len(bundle.refused)
    if token is not None and not token.allows(Role.DESK):
        kept = door_voids(store, token, bundle.voids, bundle.checkins)
        refused += (len(bundle.attendees) + len(bundle.voids) - len(kept)
                    + len(bundle.receivers))
        bundle = replace(bundle, attendees=(), voids=kept, receivers=())
    sender = bundle.station.id if bundle.station else "bundle"
    with store.transaction():
        # people first: a walk-in in the bundle makes its own check-in known
        people = replace(bundle, checkins=(), voids=())
        report = files.merge_bundle(store, people, False)
        missing = quarantine.missing_refs(store, bundle.checkins)
        held = quarantine.hold(
            store, [(c, missing[c.uuid]) for c in bundle.checkins if c.uuid in missing], sender)
        rest = replace(bundle, stations=(), attendees=(), receivers=(), loans=(),
                       checkins=tuple(c for c in bundle.checkins if c.uuid not in missing))
        second = files.merge_bundle(store, rest, False)
        quarantine.release(store)
    return {
        "checkins": second.checkins, "voids": second.voids, "attendees": report.attendees,
        "stations": report.stations, "checkins_seen": len(bundle.checkins),
        "refused": refused, "quarantined": held,
    }
