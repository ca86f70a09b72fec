"""The hub backend: the station's side of the protocol in ``docs/sync-protocol.md``.

Every network or protocol failure comes out as one of the typed errors of
:mod:`checkin.sync.base`, with a sentence a volunteer can read; nothing else escapes.
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Callable

import httpx

from checkin import __version__
from checkin.model import Station, from_iso
from checkin.sync import wire
from checkin.sync.base import (
    AuthError,
    ItemKind,
    ItemOutcome,
    ItemResult,
    Offline,
    ProtocolError,
    PullResult,
    PushBatch,
    PushItem,
    PushResult,
    ServerError,
)

log = logging.getLogger(__name__)

PAGE_LIMIT = 2000


def _record(item: PushItem) -> dict:
    """The wire form of the record an outbox item points at."""
    if item.kind is ItemKind.CHECKIN and item.checkin is not None:
        return wire.checkin_to(item.checkin)
    if item.kind is ItemKind.VOID and item.void is not None:
        return wire.void_to(item.void)
    if item.kind is ItemKind.SESSION and item.session is not None:
        return wire.session_to(item.session)
    if item.kind is ItemKind.EVENT and item.event is not None:
        return wire.event_to(item.event)
    if item.kind is ItemKind.ATTENDEE and item.attendee is not None:
        return wire.attendee_to(item.attendee)
    if item.kind is ItemKind.RECEIVER and item.receiver is not None:
        return wire.receiver_to(item.receiver)
    if item.kind is ItemKind.LOAN and item.loan is not None:
        return wire.loan_to(item.loan)
    raise ValueError(f"outbox item {item.outbox_id} ({item.kind.value}) carries no record")


class HubClient:
    name = "hub"

    def __init__(
        self,
        url: str,
        token: str,
        *,
        station: Callable[[], Station] | None = None,
        timeout: float = 10.0,
        verify: str | bool = True,
        page_limit: int = PAGE_LIMIT,
        transport: httpx.BaseTransport | None = None,
    ):
        self.url = url.rstrip("/")
        self.station = station
        self.page_limit = page_limit
        # a CA or the hub's self-signed certificate, trusted for this hub only
        trust = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        self.http = httpx.Client(
            base_url=self.url,
            headers={
                "Authorization": f"Bearer {token.strip()}",
                "User-Agent": f"checkin/{__version__}",
            },
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            verify=trust,
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    # --- the two calls -----------------------------------------------------------------------

    def pull(self, cursor: str | None) -> PullResult:
        try:
            since = int(cursor) if cursor else 0
        except ValueError:
            since = 0  # a cursor of another source: start over (merging is idempotent)
        params: dict = {"since": since, "limit": self.page_limit}
        if self.station is not None:
            me = self.station()
            params.update(station=me.id, name=me.name, pending=me.pending)
        body = self._call("GET", "/api/v1/changes", params=params)
        return self._page(body, since)

    def push(self, batch: PushBatch) -> PushResult:
        items = [{"kind": item.kind.value, "key": item.key, "record": _record(item)}
                 for item in batch.items]
        station = {**wire.station_to(batch.station), "pending": batch.pending}
        # 422: some items were malformed; the answer still has every item's result
        body = self._call("POST", "/api/v1/push", json={"station": station, "items": items},
                          answered=(422,))
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list):
            raise ProtocolError("The hub's answer to a push has no results.")
        parsed = []
        for r in results:
            try:
                parsed.append(ItemResult(ItemKind(r["kind"]), str(r["key"]),
                                         ItemOutcome(r["outcome"]), str(r.get("reason") or "")))
            except (KeyError, TypeError, ValueError):
                raise ProtocolError("The hub's answer to a push is malformed.") from None
        return PushResult(tuple(parsed))

    def send_bundle(self, body: dict) -> dict:
        """POST a station bundle (see :mod:`checkin.sync.files`); the hub's merge report."""
        return self._call("POST", "/api/v1/bundle", json=body, answered=(422,))

    def health(self) -> dict:
        return self._call("GET", "/api/v1/health")

    # --- plumbing ----------------------------------------------------------------------------

    def _call(self, method: str, path: str, answered: tuple[int, ...] = (), **kwargs):
        """The JSON answer of a 200 (or of a status in ``answered`` whose body is a full
        answer); a typed :class:`SyncError` otherwise."""
        where = self.url
        try:
            response = self.http.request(method, path, **kwargs)
            content = response.read()
        except httpx.TimeoutException:
            raise Offline(f"The hub at {where} did not answer in time.") from None
        except httpx.ConnectError as error:
            if "certificate" in str(error).lower() or "ssl" in str(error).lower():
                raise ProtocolError(
                    f"The hub's certificate is not trusted ({where}); give the station its "
                    "certificate file."
                ) from None
            raise Offline(f"The hub at {where} cannot be reached.") from None
        except httpx.RemoteProtocolError:
            raise Offline(f"The connection to the hub at {where} was cut mid-answer.") from None
        except httpx.TransportError as error:
            raise Offline(
                f"The hub at {where} cannot be reached ({type(error).__name__})."
            ) from None
        status = response.status_code
        if status == 401:
            raise AuthError(
                "The hub refused this station's token (wrong or revoked): "
                + _error_text(content, "ask for a new one.")
            )
        if status == 403:
            raise AuthError(
                "The hub does not allow this station's token to do that: "
                + _error_text(content, "ask the organiser for a token with the right role.")
            )
        if status >= 500:
            raise ServerError(f"The hub had an internal error (HTTP {status}); it will be retried.")
        if status >= 400 and status not in answered:
            raise ProtocolError(f"The hub refused the request (HTTP {status}): "
                                + _error_text(content, "no reason given."))
        if status != 200 and status not in answered:
            raise ProtocolError(f"The hub gave an unexpected answer (HTTP {status}).")
        try:
            return json.loads(content)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ProtocolError(
                "The hub's answer is not valid JSON (cut short or damaged)."
            ) from None

    def _page(self, body, since: int) -> PullResult:
        if not isinstance(body, dict):
            raise ProtocolError("The hub's page is not a JSON object.")
        try:
            nxt = body["next"]
            more = body["more"]
            count = body["count"]
            if not isinstance(nxt, int) or not isinstance(more, bool) or not isinstance(count, int):
                raise KeyError("next")
            event = wire.event_from(body["event"]) if body.get("event") else None
            sessions = tuple(wire.session_from(s) for s in body.get("sessions") or [])
            attendees = tuple(wire.attendee_from(a) for a in body.get("attendees") or [])
            checkins = tuple(wire.checkin_from(c) for c in body.get("checkins") or [])
            voids = tuple(wire.void_from(v) for v in body.get("voids") or [])
            stations = tuple(wire.station_from(s) for s in body.get("stations") or [])
            receivers = tuple(wire.receiver_from(r) for r in body.get("receivers") or [])
            loans = tuple(wire.loan_from(e) for e in body.get("loans") or [])
            server_time = from_iso(body.get("server_time"))
            quarantined = body.get("quarantined")
            if not isinstance(quarantined, int) or isinstance(quarantined, bool):
                quarantined = None
        except KeyError as error:
            raise ProtocolError(f"The hub's page lacks {error.args[0]!r}.") from None
        except (wire.WireError, ValueError, TypeError) as error:
            raise ProtocolError(f"The hub's page is damaged: {error}.") from None
        page = PullResult(
            cursor=str(nxt), more=more, event=event, sessions=sessions, attendees=attendees,
            checkins=checkins, voids=voids, stations=stations, server_time=server_time,
            quarantined=quarantined, receivers=receivers, loans=loans,
        )
        if page.size != count:
            raise ProtocolError(
                f"The hub's page is incomplete ({page.size} of {count} records)."
            )
        if nxt < since:
            raise ProtocolError("The hub's cursor went backwards.")
        return page


def _error_text(content: bytes, default: str) -> str:
    try:
        body = json.loads(content)
        if isinstance(body, dict) and isinstance(body.get("error"), str):
            return body["error"]
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    return default
