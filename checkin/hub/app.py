"""The hub's HTTP API (Starlette). See ``docs/sync-protocol.md`` and ``/openapi.json``.

Endpoints are async only to read the body; the database work runs in Starlette's thread
pool, where each worker thread gets its own SQLite connection from the shared ``Store``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from checkin import __version__
from checkin.hub import feed, tokens
from checkin.hub.openapi import schema
from checkin.hub.tokens import Role
from checkin.hub.writer import GroupCommit
from checkin.model import Station, to_iso, utcnow
from checkin.store import Store, StoreError
from checkin.sync import files, records

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024 * 1024  # a bundle of a whole day's check-ins fits many times over


class ApiError(Exception):
    def __init__(self, status: int, message: str, field: str = ""):
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field


def _json(body, status: int = 200) -> Response:
    # "replace": a lone surrogate that slipped into an answer must not turn it into a 500
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")
    return Response(data, status_code=status, media_type="application/json")


def _checked(model, data, prefix: str = "", status: int = 422):
    """``data`` as ``model`` (:mod:`checkin.sync.records`), or an error naming the field:
    422 for a record, 400 for a request's own shape (its query, its envelope)."""
    try:
        return records.parse(model, data, prefix)
    except records.RecordError as error:
        raise ApiError(status, str(error), error.field) from None


class _Heartbeats:
    """Which stations' "last seen" is worth writing: a pull every few seconds from six doors
    must not be six fsyncs every few seconds. Written when the name, the pending count or
    the token changed, or after ``interval`` seconds."""

    def __init__(self, interval: float = 30.0):
        self.interval = interval
        self.seen: dict[str, tuple[str, int, str, float]] = {}
        self.lock = threading.Lock()

    def due(self, station: Station, token_id: str) -> bool:
        now = time.monotonic()
        with self.lock:
            old = self.seen.get(station.id)
            if old and old[:3] == (station.name, station.pending, token_id) and (
                now - old[3] < self.interval
            ):
                return False
            self.seen[station.id] = (station.name, station.pending, token_id, now)
            return True


def require_role(record: tokens.StationToken, needed: Role) -> tokens.StationToken:
    """``record`` when its role allows ``needed``; else a 403 that says which role it takes.

    Every route that needs more than a door's rights goes through this (via
    ``authenticate(request, Role.DESK)`` or ``Role.ORGANISER``); per-item checks in a push use
    :data:`checkin.hub.feed.NEEDS`.
    """
    if not record.allows(needed):
        raise ApiError(403, f"This needs a {needed.value} token; {record.name!r} is a "
                       f"{record.role.value} token.")
    return record


def create_app(store: Store) -> Starlette:
    """The hub application over ``store`` (whose feed must be installed: :func:`serve` does)."""

    beats = _Heartbeats()
    writer = GroupCommit(store)

    def authenticate(request: Request, needed: Role = Role.DOOR) -> tokens.StationToken:
        """The request's token, when it is live and its role allows ``needed`` (401, 403)."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "A station token is required (Authorization: Bearer …).")
        if len(token) > tokens.MAX_TOKEN or not token.isascii():
            raise ApiError(401, "This station token is not known to the hub.")
        record = tokens.check(store, token)
        if record is None:
            raise ApiError(401, "This station token is not known to the hub.")
        if record.revoked:
            raise ApiError(401, f"This station token ({record.name}) has been revoked.")
        return require_role(record, needed)

    def bind(record: tokens.StationToken, station_id: str) -> tokens.StationToken:
        try:
            return tokens.bind(store, record, station_id)
        except tokens.TokenError as error:
            raise ApiError(403, str(error)) from None

    async def body_json(request: Request):
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise ApiError(413, "The request is too large.")
        try:
            return json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ApiError(400, "The request body is not valid JSON.") from None
        except RecursionError:
            raise ApiError(400, "The request body is nested too deeply.") from None

    async def health(request: Request) -> Response:
        return _json({"status": "ok", "version": __version__, "server_time": to_iso(utcnow())})

    async def changes(request: Request) -> Response:
        query = _checked(records.ChangesQuery, dict(request.query_params), status=400)
        station = Station(query.station, query.name, pending=query.pending)

        def work():
            record = authenticate(request)
            record = bind(record, station.id)
            if station.id and beats.due(station, record.id):
                feed.heartbeat(store, station)
                tokens.seen(store, record, station.id)
            return feed.page(store, query.since, query.limit, private=record.allows(Role.DESK))

        return _json(await run_in_threadpool(work))

    async def push(request: Request) -> Response:
        record = await run_in_threadpool(authenticate, request)
        body = await body_json(request)
        if not isinstance(body, dict):
            raise ApiError(400, "A push is a JSON object with a list of items.", "items")
        items = body.get("items")
        if not isinstance(items, list):
            raise ApiError(400, "A push is an object with a list of items.", "items")
        if len(items) > records.MAX_ITEMS:
            raise ApiError(400, f"field 'items' holds more than {records.MAX_ITEMS} items; "
                           "push in batches", "items")
        station = body.get("station")
        if station is None:
            station = {"id": ""}
        station = _checked(records.StationRecord, station, "station", status=400).to_model()
        record = await run_in_threadpool(bind, record, station.id)
        results = await asyncio.wrap_future(writer.submit(feed.accept, store, station, items,
                                                          record))
        body = {"results": results, "next": feed.last_seq(store)}
        malformed = [(n, r) for n, r in enumerate(results) if r.get("status") == 422]
        if malformed:
            n, first = malformed[0]
            field = f"items.{n}.{first['field']}" if first["field"] else f"items.{n}"
            error = (f"{len(malformed)} of {len(results)} items refused; the first, item {n}: "
                     f"{first['reason']}")
            return _json({"error": error, "field": field, **body}, 422)
        return _json(body)

    async def bundle(request: Request) -> Response:
        record = await run_in_threadpool(authenticate, request)
        body = await body_json(request)
        try:
            parsed = files.parse_bundle(body)
        except files.BundleError as error:
            raise ApiError(400, str(error)) from None

        def work():
            door = record
            if not record.allows(Role.DESK):
                door = bind(record, parsed.station.id if parsed.station else "")
            return feed.merge_bundle(store, parsed, door)

        report = await run_in_threadpool(work)
        if parsed.refused:
            message = (f"{len(parsed.refused)} malformed records left out; the first: "
                       f"{parsed.refused[0]}")
            return _json({"error": message, "problems": list(parsed.refused[:50]), **report}, 422)
        return _json(report)

    # --- tokens: the organiser's, for the window's hub page --------------------------------

    async def token_list(request: Request) -> Response:
        def work():
            authenticate(request, Role.ORGANISER)
            return {"tokens": [t.as_dict() for t in tokens.list_tokens(store)]}

        return _json(await run_in_threadpool(work))

    async def token_add(request: Request) -> Response:
        await run_in_threadpool(authenticate, request, Role.ORGANISER)
        wanted = _checked(records.NewToken, await body_json(request))
        try:
            made, secret = await run_in_threadpool(tokens.add, store, wanted.name, wanted.role)
        except tokens.TokenError as error:
            raise ApiError(409 if "exists" in str(error) else 422, str(error)) from None
        return _json({"token": made.as_dict(), "secret": secret}, 201)

    async def token_list_or_add(request: Request) -> Response:
        # one route, so that OPTIONS and 405 answers name both methods
        if request.method == "POST":
            return await token_add(request)
        return await token_list(request)

    async def token_revoke(request: Request) -> Response:
        token_id = request.path_params["token_id"]

        def work():
            me = authenticate(request, Role.ORGANISER)
            target = tokens.find(store, token_id)
            if target is None:
                raise ApiError(404, "No token with this id.")
            if target.id == me.id:
                raise ApiError(409, "This is the token making the request: revoking it would "
                               "lock this page out. Revoke it from another organiser token.")
            if not target.revoked:
                tokens.revoke(store, target.id)
            return {"token": tokens.find(store, token_id).as_dict()}

        return _json(await run_in_threadpool(work))

    async def enrol(request: Request) -> Response:
        """A new station trades its one-time pairing code for its own token (no token yet,
        so no Authorization: the code is the credential, and works once)."""
        from checkin.hub import pairing

        wanted = _checked(records.EnrolRequest, await body_json(request))
        try:
            made, secret = await run_in_threadpool(pairing.redeem, store, wanted.code,
                                                   wanted.station_id)
        except pairing.PairingError as error:
            raise ApiError(403, str(error)) from None
        log.info("station paired: %s (%s)", made.name, made.role.value)
        return _json({"token": secret, "name": made.name, "role": made.role.value}, 201)

    async def openapi(request: Request) -> Response:
        return _json(schema())

    # Starlette types every handler as taking any exception; each is registered for its own.
    async def api_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        body = {"error": error.message}
        if error.field:
            body["field"] = error.field
        return _json(body, error.status)

    async def store_error(request: Request, error: Exception) -> Response:
        log.error("hub database failure: %s", error)
        return _json({"error": str(error)}, 503)

    routes = [
        Route("/api/v1/health", health, methods=["GET"]),
        Route("/api/v1/changes", changes, methods=["GET"]),
        Route("/api/v1/push", push, methods=["POST"]),
        Route("/api/v1/bundle", bundle, methods=["POST"]),
        Route("/api/v1/tokens", token_list_or_add, methods=["GET", "POST"]),
        Route("/api/v1/tokens/{token_id}/revoke", token_revoke, methods=["POST"]),
        Route("/api/v1/enrol", enrol, methods=["POST"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={ApiError: api_error, StoreError: store_error},
    )
    app.state.writer = writer  # stopped by ThreadedHub.stop; a daemon thread under uvicorn
    return app
