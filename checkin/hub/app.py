"""The hub's HTTP API (Starlette). See ``docs/sync-protocol.md`` and ``/openapi.json``.

Endpoints are async only to read the body; the database work runs in Starlette's thread
pool, where each worker thread gets its own SQLite connection from the shared ``Store``.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import replace

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from checkin import __version__
from checkin.model import Station, to_iso, utcnow
from checkin.store import Store, StoreError
from checkin.hub import feed, tokens
from checkin.hub.tokens import Role
from checkin.hub.openapi import schema
from checkin.sync import files, wire

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024 * 1024  # a bundle of a whole day's check-ins fits many times over


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _json(body, status: int = 200) -> Response:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(data, status_code=status, media_type="application/json")


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

    async def health(request: Request) -> Response:
        return _json({"status": "ok", "version": __version__, "server_time": to_iso(utcnow())})

    async def changes(request: Request) -> Response:
        params = request.query_params
        try:
            since = int(params.get("since", "0") or 0)
            limit = int(params.get("limit", str(feed.DEFAULT_LIMIT)))
            pending = int(params.get("pending", "0") or 0)
        except ValueError:
            raise ApiError(400, "since, limit and pending must be whole numbers.") from None
        if since < 0 or limit < 1:
            raise ApiError(400, "since must be ≥ 0 and limit ≥ 1.")
        station = Station(params.get("station", ""), params.get("name", ""), pending=pending)

        def work():
            record = authenticate(request)
            record = bind(record, station.id)
            if station.id and beats.due(station, record.id):
                feed.heartbeat(store, station)
                tokens.seen(store, record, station.id)
            return feed.page(store, since, limit, private=record.allows(Role.DESK))

        return _json(await run_in_threadpool(work))

    async def push(request: Request) -> Response:
        record = await run_in_threadpool(authenticate, request)
        body = await body_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("items"), list):
            raise ApiError(400, "A push is an object with a list of items.")
        try:
            station = wire.station_from(body.get("station") or {"id": ""})
        except wire.WireError as error:
            raise ApiError(400, f"The station is malformed: {error}.") from None
        record = await run_in_threadpool(bind, record, station.id)
        results = await run_in_threadpool(feed.accept, store, station, body["items"], record)
        return _json({"results": results, "next": feed.last_seq(store)})

    async def bundle(request: Request) -> Response:
        record = await run_in_threadpool(authenticate, request)
        body = await body_json(request)
        try:
            parsed = files.parse_bundle(body)
        except files.BundleError as error:
            raise ApiError(400, str(error)) from None

        def work():
            nonlocal parsed
            refused = 0
            if not record.allows(Role.DESK):
                # A door's stick: its check-ins (and those it relays) go in; people and undoes
                # of check-ins that are not its own station's stay out, as in a push.
                door = bind(record, parsed.station.id if parsed.station else "")
                kept = feed.door_voids(store, door, parsed.voids, parsed.checkins)
                refused = len(parsed.attendees) + len(parsed.voids) - len(kept)
                parsed = replace(parsed, attendees=(), voids=kept)
            report = files.merge_bundle(store, parsed, False)
            return {**report.as_dict(), "refused": refused}

        return _json(await run_in_threadpool(work))

    # --- tokens: the organiser's, for the window's hub page --------------------------------

    async def token_list(request: Request) -> Response:
        def work():
            authenticate(request, Role.ORGANISER)
            return {"tokens": [t.as_dict() for t in tokens.list_tokens(store)]}

        return _json(await run_in_threadpool(work))

    async def token_add(request: Request) -> Response:
        await run_in_threadpool(authenticate, request, Role.ORGANISER)
        body = await body_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("name"), str):
            raise ApiError(422, "field 'name': a token needs the station's name.")
        role = body.get("role", Role.DOOR.value)
        if not isinstance(role, str):
            raise ApiError(422, "field 'role': one of door, desk, organiser.")
        try:
            made, secret = await run_in_threadpool(tokens.add, store, body["name"], role)
        except tokens.TokenError as error:
            raise ApiError(409 if "exists" in str(error) else 422, str(error)) from None
        return _json({"token": made.as_dict(), "secret": secret}, 201)

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

        body = await body_json(request)
        if not isinstance(body, dict):
            raise ApiError(422, "The body must be a JSON object.")
        code, station_id = body.get("code"), body.get("station_id", "")
        if not isinstance(code, str) or not code.strip() or len(code) > 64:
            raise ApiError(422, "field 'code': the pairing code, as the QR code gives it.")
        if not isinstance(station_id, str) or len(station_id) > 64 or not all(
                c.isalnum() or c in "-_" for c in station_id):
            raise ApiError(422, "field 'station_id': letters, digits, '-' and '_', at most 64.")
        try:
            made, secret = await run_in_threadpool(pairing.redeem, store, code, station_id)
        except pairing.PairingError as error:
            raise ApiError(403, str(error)) from None
        log.info("station paired: %s (%s)", made.name, made.role.value)
        return _json({"token": secret, "name": made.name, "role": made.role.value}, 201)

    async def openapi(request: Request) -> Response:
        return _json(schema())

    async def api_error(request: Request, error: ApiError) -> Response:
        return _json({"error": error.message}, error.status)

    async def store_error(request: Request, error: StoreError) -> Response:
        log.error("hub database failure: %s", error)
        return _json({"error": str(error)}, 503)

    routes = [
        Route("/api/v1/health", health, methods=["GET"]),
        Route("/api/v1/changes", changes, methods=["GET"]),
        Route("/api/v1/push", push, methods=["POST"]),
        Route("/api/v1/bundle", bundle, methods=["POST"]),
        Route("/api/v1/tokens", token_list, methods=["GET"]),
        Route("/api/v1/tokens", token_add, methods=["POST"]),
        Route("/api/v1/tokens/{token_id}/revoke", token_revoke, methods=["POST"]),
        Route("/api/v1/enrol", enrol, methods=["POST"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={ApiError: api_error, StoreError: store_error},
    )
