"""The station bundle: one JSON file for a station with no network at all.

``export_bundle`` writes every check-in and void this station holds (its own and those it
merged from others, so a stick can relay A → B → hub), the attendees made or edited here
(walk-ins), and the stations it knows. ``merge_bundle`` adds a bundle to a station or to the
hub. Merging is a union keyed by UUIDs, so the same file merged any number of times, into any
number of places, never doubles anything. On a station, what a bundle brings that was new is
queued for the next push (so a station that is online forwards it to the hub, idempotently);
on the hub, the change feed picks it up.

Conflicts (a person edited in two places) follow the one policy of :mod:`checkin.sync.merge`.

:class:`FilesBackend` makes a folder (a USB stick, a shared drive) a sync source like any
other: ``pull`` reads the bundles other stations left in it, ``push`` writes this station's
outbox there as a bundle of its own, so a station with no network is configured like any
other (``checkin source files FOLDER``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from checkin.inputs import MB, read_bytes
from checkin.model import Attendee, CheckIn, LoanEvent, Receiver, Station, Void, to_iso, utcnow
from checkin.store import Store
from checkin.sync import records, wire
from checkin.sync.base import (
    ItemKind,
    ItemOutcome,
    ItemResult,
    Offline,
    PullResult,
    PushBatch,
    PushResult,
)
from checkin.sync.merge import Changes, MergeReport, Policy, merge

log = logging.getLogger(__name__)

_R = TypeVar("_R")  # a record read from a bundle

FORMAT = "checkin-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 500 * MB  # a week of a venue's check-ins is a few MB


class BundleError(ValueError):
    """The file is not a station bundle, or is damaged; the message says which."""


@dataclass(frozen=True)
class Bundle:
    station: Station | None
    stations: tuple[Station, ...]
    attendees: tuple[Attendee, ...]
    checkins: tuple[CheckIn, ...]
    voids: tuple[Void, ...]
    refused: tuple[str, ...] = ()  # why each malformed record was left out, e.g. "checkins[3]: field …"
    receivers: tuple[Receiver, ...] = ()  # interpretation receivers
    loans: tuple[LoanEvent, ...] = ()  # receivers lent and taken back


def build_bundle(store: Store) -> dict:
    local_people = store.edited_here()
    station = store.station(store.station_id)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_iso(utcnow()),
        "station": wire.station_to(station) if station else None,
        "stations": [wire.station_to(s) for s in store.stations()],
        "attendees": [wire.attendee_to(a) for a in store.attendees(local_people)],
        "checkins": [
            wire.checkin_to(c) for c in sorted(store.checkins(), key=lambda c: (c.at, c.uuid))
        ],
        "voids": [
            wire.void_to(v) for v in store.voids()
        ],
        "receivers": [wire.receiver_to(r) for r in store.receivers()],
        "loans": [wire.loan_to(e) for e in store.loan_events()],
    }


def export_bundle(store: Store, path: str | Path) -> int:
    """Write the bundle atomically (a stick pulled out mid-write leaves the old file or none);
    returns the number of check-ins in it."""
    body = build_bundle(store)
    _write(body, Path(path))
    return len(body["checkins"])


def _write(body: dict, path: Path) -> None:
    from checkin.atomic import write_bytes

    # atomic: fsynced, renamed into place, never over a device (/dev/full as root…)
    write_bytes(path, json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))


def read_bundle(path: str | Path) -> Bundle:
    try:
        raw = read_bytes(path, limit=MAX_BUNDLE_BYTES, what="a station bundle", error=BundleError)
    except OSError as error:
        raise BundleError(f"The bundle cannot be read: {path} ({error.strerror}).") from error
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"This file is not a station bundle, or it is damaged: {path}.") from None
    except RecursionError:
        raise BundleError(f"This file is not a station bundle (nested too deeply): {path}."
                          ) from None
    return parse_bundle(body)


def parse_bundle(body) -> Bundle:
    """A bundle's records, each checked by the declared models (:mod:`checkin.sync.records`).

    One malformed record (a year-1 time, a lone surrogate, a 100 kB token) is left out and
    named in ``refused``; the others still go in. A file that is not a bundle at all, or whose
    lists are not lists, is refused whole with :class:`BundleError`.
    """
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleError("This file is not a Check-in station bundle.")
    if body.get("version") != VERSION:
        version = body.get("version")
        shown = str(version)[:20] if isinstance(version, (int, str)) else "?"
        raise BundleError(f"This bundle's version ({shown}) is not supported.")
    stamp = body.get("exported_at")
    if stamp is not None:
        try:
            records.parse(records.BundleStamp, {"exported_at": stamp})
        except records.RecordError as error:
            raise BundleError(f"The bundle is damaged: {error}.") from None
    refused: list[str] = []

    def each(name: str, read: Callable[[dict], _R]) -> tuple[_R, ...]:
        if name not in body:
            return ()
        values = body[name]
        if not isinstance(values, list):
            raise BundleError(f"The bundle is damaged: {name!r} is not a list.")
        kept: list[_R] = []
        for n, value in enumerate(values):
            try:
                kept.append(read(value))
            except wire.WireError as error:
                refused.append(f"{name}[{n}]: {error}")
        return tuple(kept)

    given = body.get("station")
    try:
        station = wire.station_from(given) if given is not None else None
    except wire.WireError as error:
        refused.append(f"station: {error}")
        station = None
    return Bundle(
        station=station,
        stations=each("stations", wire.station_from),
        attendees=each("attendees", wire.attendee_from),
        checkins=each("checkins", wire.checkin_from),
        voids=each("voids", wire.void_from),
        receivers=each("receivers", wire.receiver_from),
        loans=each("loans", wire.loan_from),
        refused=tuple(refused),  # after every each() above, which fill it
    )


def merge_bundle(store: Store, bundle: Bundle, forward: bool = True) -> MergeReport:
    """Add a bundle to this database in one transaction, by the one conflict policy of
    :mod:`checkin.sync.merge`. ``forward``: queue what was new for the next push (a station);
    False on the hub."""
    changes = Changes(attendees=bundle.attendees, checkins=bundle.checkins,
                      voids=bundle.voids, stations=bundle.stations,
                      receivers=bundle.receivers, loans=bundle.loans)
    return merge(store, changes, Policy(forward=forward))


def merge_file(store: Store, path: str | Path, forward: bool = True) -> MergeReport:
    return merge_bundle(store, read_bundle(path), forward)


class FilesBackend:
    """A folder as a sync source: the bundles in it are pulled, the outbox is pushed into it.

    Each push writes one file, ``<station id>-<first outbox id>.json``, holding that batch's
    check-ins, undoes and people: a retry of the same batch rewrites the same file, and a
    file is only ever replaced whole (written beside it, then renamed). A pull reads the
    ``*.json`` bundles of the other stations (and those ``checkin bundle export`` wrote) that
    are new or changed since the cursor, which remembers each file's size and time.
    """

    name = "files"

    def __init__(self, folder: str | Path, station: Callable[[], Station]):
        self.folder = Path(folder)
        self.station = station

    def _check_folder(self) -> None:
        if not self.folder.is_dir():
            raise Offline(f"The folder {self.folder} is not there: plug the USB stick in, or "
                          "choose another folder.")

    def pull(self, cursor: str | None) -> PullResult:
        self._check_folder()
        try:
            seen = json.loads(cursor) if cursor else {}
        except json.JSONDecodeError:
            seen = {}
        own = self.station().id + "-"
        stamps: dict[str, str] = {}
        attendees: list[Attendee] = []
        checkins: list[CheckIn] = []
        voids: list[Void] = []
        stations: list[Station] = []
        receivers: list[Receiver] = []
        loans: list[LoanEvent] = []
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError as error:
            raise Offline(f"The folder {self.folder} cannot be read ({error.strerror}).") from None
        for path in paths:
            if path.name.startswith(own):
                continue  # this station's own pushes
            try:
                info = path.stat()
            except OSError:
                continue  # removed meanwhile
            stamps[path.name] = stamp = f"{info.st_mtime_ns}:{info.st_size}"
            if seen.get(path.name) == stamp:
                continue
            try:
                bundle = read_bundle(path)
            except BundleError as error:
                log.warning("%s left aside: %s", path.name, error)
                continue
            attendees += bundle.attendees
            checkins += bundle.checkins
            voids += bundle.voids
            stations += bundle.stations
            receivers += bundle.receivers
            loans += bundle.loans
            if bundle.station is not None:
                stations.append(bundle.station)
        return PullResult(
            cursor=json.dumps(stamps, sort_keys=True), attendees=tuple(attendees),
            checkins=tuple(checkins), voids=tuple(voids), stations=tuple(stations),
            receivers=tuple(receivers), loans=tuple(loans),
        )

    def push(self, batch: PushBatch) -> PushResult:
        self._check_folder()
        if not batch.items:
            return PushResult()
        station = batch.station
        body = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": to_iso(utcnow()),
            "station": wire.station_to(station),
            "stations": [wire.station_to(station)],
            "attendees": [wire.attendee_to(i.attendee) for i in batch.items
                          if i.kind is ItemKind.ATTENDEE and i.attendee is not None],
            "checkins": [wire.checkin_to(i.checkin) for i in batch.items
                         if i.kind is ItemKind.CHECKIN and i.checkin is not None],
            "voids": [wire.void_to(i.void) for i in batch.items
                      if i.kind is ItemKind.VOID and i.void is not None],
            "receivers": [wire.receiver_to(i.receiver) for i in batch.items
                          if i.kind is ItemKind.RECEIVER and i.receiver is not None],
            "loans": [wire.loan_to(i.loan) for i in batch.items
                      if i.kind is ItemKind.LOAN and i.loan is not None],
        }
        path = self.folder / f"{station.id}-{batch.items[0].outbox_id:09d}.json"
        try:
            _write(body, path)
        except OSError as error:
            raise Offline(f"Nothing could be written to {self.folder} "
                          f"({error.strerror or error}).") from None
        return PushResult(tuple(ItemResult(i.kind, i.key, ItemOutcome.ACCEPTED)
                                for i in batch.items))

    def close(self) -> None:
        pass


__all__ = [
    "Bundle", "BundleError", "FilesBackend", "MergeReport", "Void", "build_bundle",
    "export_bundle", "merge_bundle", "merge_file", "parse_bundle", "read_bundle",
]
