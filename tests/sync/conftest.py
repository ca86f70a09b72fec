"""Fixtures for sync tests: a real hub (uvicorn on a free port of 127.0.0.1, in a thread)
over a real SQLite file holding the small event, station tokens, and empty stations that
sync with it through the real HTTP client."""

from __future__ import annotations

import pytest

from checkin.hub import tokens
from checkin.hub.server import ThreadedHub
from checkin.store import Store
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient
from checkin.model import Station


@pytest.fixture
def hub_store(small_event) -> Store:
    """The hub's database: the small event, as `checkin import` would leave it."""
    return small_event


@pytest.fixture
def hub(hub_store):
    with ThreadedHub(hub_store) as running:
        yield running


@pytest.fixture
def make_station(tmp_path, hub_store):
    """make_station(name, url, token=None, **engine_options) -> (store, engine)."""
    made = []

    def make(name: str, url: str, token: str | None = None, *, timeout: float = 5.0,
             clock=None, **options):
        store = Store(tmp_path / f"{name}.db")
        store.set_station_name(name)
        if token is None:
            _, token = tokens.add(hub_store, name)

        def me() -> Station:
            return Station(store.station_id, store.station_name, pending=store.pending_count())

        client = HubClient(url, token, station=me, timeout=timeout)
        if clock is not None:
            options["clock"] = clock
        engine = SyncEngine(store, client, cursor_key="cursor:test", **options)
        made.append((store, engine))
        return store, engine

    yield make
    for store, engine in made:
        engine.close()
        store.close()
