"""Store rows looked up by many keys at once (an outbox batch, a feed page, a pushed batch).

One query per chunk of keys, the chunk kept under SQLite's limit on bound variables.
"""

from __future__ import annotations

from collections.abc import Iterable

from checkin.model import CheckIn
from checkin.store import Store, checkin_row
from checkin.sync.base import Void
from checkin.sync.wire import void_row

CHUNK = 500


def rows_in(store: Store, sql: str, keys: Iterable[str]) -> list[dict]:
    """The rows of ``sql``, whose ``{marks}`` stands for the keys' placeholders, e.g.
    ``"select * from voids where uuid in ({marks})"``."""
    keys = list(keys)
    rows: list[dict] = []
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        rows += store.query(sql.format(marks=",".join("?" * len(chunk))), chunk)
    return rows


def checkins(store: Store, uuids: Iterable[str]) -> list[CheckIn]:
    return [checkin_row(r) for r in
            rows_in(store, "select * from checkins where uuid in ({marks})", uuids)]


def voids(store: Store, uuids: Iterable[str]) -> list[Void]:
    return [void_row(r) for r in
            rows_in(store, "select * from voids where uuid in ({marks})", uuids)]


def known_checkins(store: Store, uuids: Iterable[str]) -> set[str]:
    """Those of ``uuids`` already here."""
    rows = rows_in(store, "select uuid from checkins where uuid in ({marks})", uuids)
    return {r["uuid"] for r in rows}
