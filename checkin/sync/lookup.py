"""Records looked up by many keys at once (an outbox batch, a feed page, a pushed batch or a
bundle), through :meth:`Store.query_in`: one query per chunk of keys, not one per key.
"""

from __future__ import annotations

from collections.abc import Iterable

from checkin.model import CheckIn
from checkin.store import Store, checkin_row
from checkin.sync.base import Void
from checkin.sync.wire import void_row


def checkins(store: Store, uuids: Iterable[str]) -> list[CheckIn]:
    return [checkin_row(r) for r in
            store.query_in("select * from checkins where uuid in ({marks})", uuids)]


def voids(store: Store, uuids: Iterable[str]) -> list[Void]:
    return [void_row(r) for r in
            store.query_in("select * from voids where uuid in ({marks})", uuids)]


def known_checkins(store: Store, uuids: Iterable[str]) -> set[str]:
    """Those of ``uuids`` already here."""
    rows = store.query_in("select uuid from checkins where uuid in ({marks})", uuids)
    return {r["uuid"] for r in rows}
