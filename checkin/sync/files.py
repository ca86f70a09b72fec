"""The station bundle: one JSON file for a station with no network at all.

``export_bundle`` writes every check-in and void this station holds (its own and those it
merged from others, so a stick can relay A → B → hub), the attendees made or edited here
(walk-ins), and the stations it knows. ``merge_bundle`` adds a bundle to a station or to the
hub. Merging is a union keyed by UUIDs, so the same file merged any number of times, into any
number of places, never doubles anything. On a station, what a bundle brings that was new is
queued for the next push (so a station that is online forwards it to the hub, idempotently);
on the hub, the change feed picks it up.

Attendees: the bundle's version is taken when it is newer (``updated_at``) than the one here.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from checkin.model import to_iso, utcnow
from checkin.store import Store, checkin_row
from checkin.sync import lookup, wire
from checkin.sync.base import Void

FORMAT = "checkin-bundle"
VERSION = 1


class BundleError(ValueError):
    """The file is not a station bundle, or is damaged; the message says which."""


@dataclass(frozen=True)
class Bundle:
    station: object  # Station | None
    stations: tuple
    attendees: tuple
    checkins: tuple
    voids: tuple


@dataclass(frozen=True)
class MergeReport:
    checkins: int = 0  # new here
    voids: int = 0
    attendees: int = 0  # new or newer here
    stations: int = 0
    checkins_seen: int = 0  # in the bundle

    def as_dict(self) -> dict:
        return asdict(self)


def build_bundle(store: Store) -> dict:
    local_people = [
        r["ref"] for r in store.query(
            "select distinct ref from outbox where kind = 'attendee' order by ref")
    ]
    station = store.station(store.station_id)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_iso(utcnow()),
        "station": wire.station_to(station) if station else None,
        "stations": [wire.station_to(s) for s in store.stations()],
        "attendees": [wire.attendee_to(a) for a in store.attendees(local_people)],
        "checkins": [
            wire.checkin_to(checkin_row(r))
            for r in store.query("select * from checkins order by at, uuid")
        ],
        "voids": [
            wire.void_to(wire.void_row(r)) for r in store.query("select * from voids order by at")
        ],
    }


def export_bundle(store: Store, path: str | Path) -> int:
    """Write the bundle atomically (a stick pulled out mid-write leaves the old file or none);
    returns the number of check-ins in it."""
    body = build_bundle(store)
    path = Path(path)
    temp = path.with_name(path.name + ".part")
    data = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return len(body["checkins"])


def read_bundle(path: str | Path) -> Bundle:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise BundleError(f"The bundle cannot be read: {path} ({error.strerror}).") from error
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"This file is not a station bundle, or it is damaged: {path}.") from None
    return parse_bundle(body)


def parse_bundle(body) -> Bundle:
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleError("This file is not a Check-in station bundle.")
    if body.get("version") != VERSION:
        raise BundleError(f"This bundle's version ({body.get('version')}) is not supported.")
    try:
        station = body.get("station")
        return Bundle(
            station=wire.station_from(station) if station else None,
            stations=tuple(wire.station_from(s) for s in body.get("stations") or []),
            attendees=tuple(wire.attendee_from(a) for a in body.get("attendees") or []),
            checkins=tuple(wire.checkin_from(c) for c in body.get("checkins") or []),
            voids=tuple(wire.void_from(v) for v in body.get("voids") or []),
        )
    except wire.WireError as error:
        raise BundleError(f"The bundle is damaged: {error}.") from None


def merge_bundle(store: Store, bundle: Bundle, forward: bool = True) -> MergeReport:
    """Add a bundle to this database in one transaction. ``forward``: queue what was new for
    the next push (a station); False on the hub."""
    now = to_iso(utcnow())
    queued: list[dict] = []
    new_checkins = new_voids = new_people = 0
    with store.transaction() as db:
        own = store.get_setting("station_id")  # None on the hub: it is no station
        known = {s.id for s in store.stations()}
        others = [s for s in bundle.stations if s.id not in known and s.id != own]
        if others:
            store.upsert_stations(others)
        for person in bundle.attendees:
            here = store.attendee(person.id)
            newer = here is None or (
                person.updated_at is not None
                and (here.updated_at is None or person.updated_at > here.updated_at)
            )
            if not newer:
                continue
            clash = store.query(
                "select 1 from attendees where token = ? and id != ?", [person.token, person.id]
            )
            if clash:
                continue
            store.upsert_attendees([replace(person, updated_at=person.updated_at or utcnow())])
            new_people += 1
            queued.append({"kind": "attendee", "ref": person.id, "created_at": now})
        # One look-up of those already here and one insert call, not one of each per check-in.
        here = lookup.known_checkins(store, [c.uuid for c in bundle.checkins])
        fresh: dict = {}
        for c in bundle.checkins:
            if c.uuid not in here:
                fresh.setdefault(c.uuid, c)
        new_checkins = store.merge_checkins(fresh.values())
        queued += [{"kind": "checkin", "ref": uuid, "created_at": now} for uuid in fresh]
        for v in bundle.voids:
            if store.void_checkin(v.checkin_uuid, station_id=v.station_id, at=v.at,
                                  void_uuid=v.uuid, outbox=False):
                new_voids += 1
                queued.append({"kind": "void", "ref": v.uuid, "created_at": now})
        if forward and queued:
            db["outbox"].insert_all(queued, pk="id")
    return MergeReport(new_checkins, new_voids, new_people, len(others), len(bundle.checkins))


def merge_file(store: Store, path: str | Path, forward: bool = True) -> MergeReport:
    return merge_bundle(store, read_bundle(path), forward)


__all__ = [
    "Bundle", "BundleError", "MergeReport", "Void", "build_bundle", "export_bundle",
    "merge_bundle", "merge_file", "parse_bundle", "read_bundle",
]
