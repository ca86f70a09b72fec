"""Fixtures for sync tests: a real hub (uvicorn on a free port of 127.0.0.1, in a thread)
over a real SQLite file holding the small event, station tokens, and empty stations that
sync with it through the real HTTP client."""

from __future__ import annotations

import pytest

from checkin.hub import tokens
from checkin.hub.server import ThreadedHub
from checkin.model import Station
from checkin.store import Store
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient


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
    """make_station(name, url, token=None, role="desk", **engine_options) -> (store, engine).

    A desk token by default: these stations register walk-ins and edit people. What a door
    token may not do is tested in tests/hub/test_roles.py."""
    made = []

    def make(name: str, url: str, token: str | None = None, *, timeout: float = 5.0,
             clock=None, role: str = "desk", **options):
        store = Store(tmp_path / f"{name}.db")
        store.set_station_name(name)
        if token is None:
            _, token = tokens.add(hub_store, name, role)

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


# --- fault injection ------------------------------------------------------------------------

import json  # noqa: E402
import threading  # noqa: E402

import anyio  # noqa: E402

from checkin.hub.app import create_app  # noqa: E402
from checkin.hub.server import prepare  # noqa: E402


class Faults:
    """An ASGI wrapper around the real hub that spoils answers on purpose.

    ``mode``: None (pass through), "500" (answer 500 without touching the hub), "garbage"
    (let the hub work, answer 200 with a body that is not JSON), "half_json" (the first half
    of the real body, with a matching length), "cut" (the real headers, half the body, then
    the connection drops), "short_page" (valid JSON with half the attendees removed),
    "slow" (let the hub work, hold the answer until ``release`` is set: past the client's
    timeout), "die_after_commit" (let the hub commit, then drop the connection before any
    answer). ``paths``: which endpoints are spoiled; ``times``: how many requests (None:
    all). ``hits`` counts spoiled requests.
    """

    def __init__(self, app):
        self.app = app
        self.mode: str | None = None
        self.paths = ("/api/v1/changes", "/api/v1/push")
        self.times: int | None = None
        self.hits = 0
        self.release = threading.Event()

    def set(self, mode, paths=None, times=None):
        self.mode, self.times, self.hits = mode, times, 0
        if paths is not None:
            self.paths = paths

    async def __call__(self, scope, receive, send):
        if (
            scope["type"] != "http"
            or self.mode is None
            or scope["path"] not in self.paths
            or (self.times is not None and self.hits >= self.times)
        ):
            return await self.app(scope, receive, send)
        self.hits += 1
        if self.mode == "500":
            await _answer(send, 500, b'{"error":"boom"}')
            return
        status, headers, body = await _capture(self.app, scope, receive)
        if self.mode == "garbage":
            await _answer(send, 200, b"<html>Proxy error</html>")
        elif self.mode == "half_json":
            await _answer(send, 200, body[: len(body) // 2])
        elif self.mode == "short_page":
            page = json.loads(body)
            page["attendees"] = page["attendees"][: len(page["attendees"]) // 2]
            await _answer(send, 200, json.dumps(page).encode())
        elif self.mode == "cut":
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body[: len(body) // 2],
                        "more_body": True})
            raise RuntimeError("connection cut on purpose")
        elif self.mode == "slow":
            await anyio.to_thread.run_sync(self.release.wait, 30)
            await _answer(send, status, body)
        elif self.mode == "die_after_commit":
            raise RuntimeError("hub died after committing, before answering")
        else:
            raise AssertionError(self.mode)


async def _capture(app, scope, receive):
    parts = {"status": 0, "headers": [], "body": b""}

    async def keep(message):
        if message["type"] == "http.response.start":
            parts["status"] = message["status"]
            parts["headers"] = message.get("headers", [])
        elif message["type"] == "http.response.body":
            parts["body"] += message.get("body", b"")

    await app(scope, receive, keep)
    return parts["status"], parts["headers"], parts["body"]


async def _answer(send, status: int, body: bytes):
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})


@pytest.fixture
def faulty_hub(hub_store):
    """(faults, url): the real hub behind a :class:`Faults` wrapper."""
    prepare(hub_store)
    faults = Faults(create_app(hub_store))
    with ThreadedHub(app=faults) as running:
        yield faults, running.url
        faults.release.set()


# --- the real pretix (tests/sync/pretix_server.py), one per test session ---------------------


@pytest.fixture(scope="session")
def pretix(tmp_path_factory):
    """A running pretix with the seeded event; skipped, with the reason, where pretix cannot
    be installed."""
    import pretix_server

    try:
        server = pretix_server.start(tmp_path_factory.mktemp("pretix"))
    except pretix_server.PretixUnavailable as error:
        pytest.skip(f"no pretix server: {error}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def lists(pretix) -> dict[str, int]:
    return pretix.list_ids()


@pytest.fixture(scope="session")
def secrets_(pretix) -> dict[int, str]:
    """Position id → secret, as the seed made them (before any test changed them)."""
    return pretix.secrets()

