"""The pretix backend: an event sold with pretix, checked in with this application.

pretix's REST API (``/api/v1/organizers/{o}/events/{e}/…``, a team API token) is mapped onto
our records:

* the event → :class:`~checkin.model.Event`; each **check-in list** → a
  :class:`~checkin.model.Session` (``pretix-list-<id>``); a list limited to some products is a
  session with ``registration_required``, and the people whose product it admits have it in
  their ``workshops``, so the door refuses the others offline as pretix would ("product");
* each **order position** of an admission product → an :class:`~checkin.model.Attendee`
  (``pretix-<position id>``) whose badge token is the position's ``secret``, kept as it is
  (:func:`checkin.tokens.parse` classifies it as FOREIGN and the door matches it exactly);
  canceled orders and positions, and blocked tickets, become cancelled registrations;
* check-ins made in pretix (its own scanning apps, other stations) → our check-ins, with a
  UUID derived from pretix's id, so pulling them again changes nothing; check-ins annulled in
  pretix → voids.

Pulls are incremental: orders through ``modified_since`` (from the time pretix stamped on the
first page of the previous round, ``X-Page-Generated``), check-ins through ``created_since``.
One round is several pages, each one :class:`~checkin.sync.base.PullResult`: the structure
(event, lists, products; sent on only when it changed), the orders page by page, then the new
check-ins. The cursor is a small JSON document the engine stores after each page.

Pushes use pretix's redeem endpoint (``/organizers/{o}/checkinrpc/redeem/``, or the older
per-list ``…/checkinlists/{list}/positions/{secret}/redeem/`` on a server without it) with
``force: true`` (the door already decided, offline), the check-in's UUID as ``nonce`` (pretix
ignores a second redeem with the same nonce, so a retry never doubles), its original
``datetime`` and its ``type`` (entry or exit). An undo is pushed as an annulment by nonce.

pretix's refusal reasons are mapped to our outcomes by :func:`outcome_for`;
:meth:`PretixBackend.redeem` asks pretix itself (without force) when a station is online.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import re
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from checkin.model import (
    Attendee,
    Category,
    CheckIn,
    Direction,
    Event,
    Method,
    NotAdmittedReason,
    Outcome,
    RegistrationStatus,
    Session,
    Station,
    from_iso,
    to_iso,
)
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
    SourceConfig,
    Void,
)

log = logging.getLogger(__name__)

ORIGIN = "pretix"
PAGE_SIZE = 50  # pretix's largest page
SESSION_PREFIX = "pretix-list-"
ATTENDEE_PREFIX = "pretix-"
_CURSOR_VERSION = 1
_UUID_NAMESPACE = uuidlib.UUID("6f1b7f0e-4a53-4c1e-9f5e-2b7c1d0a9e11")


# --- pretix's reasons and our outcomes -------------------------------------------------------


class PretixReason(str, enum.Enum):
    """Why pretix refused a redeem (``Checkin.REASON_*`` on its side)."""

    ALREADY_REDEEMED = "already_redeemed"
    INVALID = "invalid"
    UNPAID = "unpaid"
    CANCELED = "canceled"
    PRODUCT = "product"
    RULES = "rules"
    REVOKED = "revoked"
    INCOMPLETE = "incomplete"
    AMBIGUOUS = "ambiguous"
    BLOCKED = "blocked"
    UNAPPROVED = "unapproved"
    INVALID_TIME = "invalid_time"
    ANNULLED = "annulled"
    ALREADY_EXCHANGED = "already_exchanged"
    MEDIUM_INVALID = "medium_invalid"
    MEDIUM_EXISTS = "medium_exists"
    ERROR = "error"
    OTHER = "other"  # a reason this version does not know yet

    @classmethod
    def parse(cls, text: str | None) -> PretixReason:
        try:
            return cls(text or "other")
        except ValueError:
            return cls.OTHER


_OUTCOMES: dict[PretixReason, tuple[Outcome, NotAdmittedReason | None, str]] = {
    PretixReason.ALREADY_REDEEMED: (Outcome.ALREADY_IN, None, "Ticket already used"),
    PretixReason.INVALID: (Outcome.UNKNOWN, None, "Unknown ticket"),
    PretixReason.CANCELED: (Outcome.CANCELLED, None, "Order canceled"),
    PretixReason.UNPAID: (Outcome.CANCELLED, None, "Ticket not paid"),
    PretixReason.UNAPPROVED: (Outcome.CANCELLED, None, "Order not approved"),
    PretixReason.PRODUCT: (
        Outcome.NOT_ADMITTED, NotAdmittedReason.NOT_REGISTERED, "Ticket type not allowed here"
    ),
    PretixReason.RULES: (Outcome.NOT_ADMITTED, None, "Forbidden by a custom rule"),
    PretixReason.REVOKED: (Outcome.NOT_ADMITTED, None, "Ticket code revoked or changed"),
    PretixReason.BLOCKED: (Outcome.NOT_ADMITTED, None, "Ticket blocked"),
    PretixReason.INVALID_TIME: (Outcome.NOT_ADMITTED, None, "Ticket not valid at this time"),
    PretixReason.INCOMPLETE: (Outcome.NOT_ADMITTED, None, "Information required in pretix"),
    PretixReason.AMBIGUOUS: (Outcome.NOT_ADMITTED, None, "Ticket code is ambiguous"),
    PretixReason.ANNULLED: (Outcome.NOT_ADMITTED, None, "Check-in annulled"),
    PretixReason.ALREADY_EXCHANGED: (Outcome.NOT_ADMITTED, None, "Ticket already exchanged"),
    PretixReason.MEDIUM_INVALID: (Outcome.NOT_ADMITTED, None, "Reusable medium invalid"),
    PretixReason.MEDIUM_EXISTS: (Outcome.NOT_ADMITTED, None, "Reusable medium already exists"),
    PretixReason.ERROR: (Outcome.NOT_ADMITTED, None, "Server error in pretix"),
    PretixReason.OTHER: (Outcome.NOT_ADMITTED, None, "Refused by pretix"),
}


def outcome_for(reason: PretixReason) -> tuple[Outcome, NotAdmittedReason | None]:
    """Our door's answer for a pretix refusal."""
    outcome, detail, _ = _OUTCOMES[reason]
    return outcome, detail


def describe(reason: PretixReason) -> str:
    return _OUTCOMES[reason][2]


@dataclass(frozen=True)
class RedeemResult:
    """pretix's answer to one redeem, typed."""

    outcome: Outcome  # ACCEPTED / EXIT when pretix took it, else the mapped refusal
    reason: PretixReason | None = None
    detail: NotAdmittedReason | None = None
    explanation: str = ""  # pretix's own words, when it gave some
    position_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


# --- ids ---------------------------------------------------------------------------------


def session_id(list_id: int) -> str:
    return f"{SESSION_PREFIX}{list_id}"


def list_id_of(session: str) -> int | None:
    if not session.startswith(SESSION_PREFIX):
        return None
    tail = session[len(SESSION_PREFIX) :]
    return int(tail) if tail.isdigit() else None


def attendee_id(position_id: int) -> str:
    return f"{ATTENDEE_PREFIX}{position_id}"


# --- the backend --------------------------------------------------------------------------


class PretixBackend:
    """One pretix event. ``store`` (optional, read only) lets a pull recognise the check-ins
    this station pushed itself, which pretix hands back without our UUID."""

    name = ORIGIN

    def __init__(
        self,
        url: str,
        organizer: str,
        event: str,
        token: str,
        *,
        timeout: float = 10.0,
        verify: bool | str = True,
        store=None,
        endpoint: str = "auto",  # "auto", "rpc" (checkinrpc) or "list" (per-list, older)
        client: httpx.Client | None = None,
    ):
        if not (url and organizer and event):
            raise ValueError("pretix needs a URL, an organizer and an event")
        self.url = url.rstrip("/")
        if self.url.endswith("/api/v1"):
            self.url = self.url[: -len("/api/v1")]
        self.organizer = organizer
        self.event = event
        self.store = store
        self.endpoint = endpoint
        self._lists: list[int] | None = None
        self.client = client or httpx.Client(
            timeout=timeout,
            verify=verify,
            headers={"Authorization": f"Token {token}", "Accept": "application/json"},
            follow_redirects=False,
        )

    @property
    def organizer_api(self) -> str:
        return f"{self.url}/api/v1/organizers/{quote(self.organizer)}"

    @property
    def event_api(self) -> str:
        return f"{self.organizer_api}/events/{quote(self.event)}"

    @property
    def where(self) -> str:
        return f"pretix ({self.organizer}/{self.event})"

    def close(self) -> None:
        self.client.close()

    # --- HTTP, failures in words -------------------------------------------------------

    def _call(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.TimeoutException as error:
            raise Offline(f"{self.where} did not answer in time.") from error
        except httpx.TransportError as error:
            raise Offline(f"{self.where} cannot be reached: {error}.") from error
        status = response.status_code
        if status == 401:
            raise AuthError(
                f"{self.where} refused the API token: enter a valid token for this event."
            )
        if status == 403:
            raise AuthError(
                f"The API token has no permission for {self.organizer}/{self.event} in pretix "
                "(it needs to read orders and check in)."
            )
        if status == 429:
            raise ServerError(f"{self.where} asks us to slow down; trying again later.")
        if status >= 500:
            raise ServerError(f"{self.where} answered with a server error ({status}).")
        return response

    def _json(self, response: httpx.Response):
        try:
            return response.json()
        except ValueError as error:
            raise ProtocolError(
                f"{self.where} answered something that is not JSON "
                f"(HTTP {response.status_code})."
            ) from error

    def _get(self, url: str, params: dict | None = None) -> tuple[dict, httpx.Response]:
        response = self._call("GET", url, params=params)
        if response.status_code == 404:
            raise ProtocolError(
                f"{self.where} has no such event or page: check the organizer and event "
                "short forms."
            )
        if response.status_code != 200:
            raise ProtocolError(f"{self.where} answered HTTP {response.status_code} to a read.")
        body = self._json(response)
        if not isinstance(body, dict):
            raise ProtocolError(f"{self.where} answered a read with an unexpected shape.")
        return body, response

    def _all(self, url: str, params: dict | None = None) -> list[dict]:
        results: list[dict] = []
        page, _ = self._get(url, {**(params or {}), "page_size": PAGE_SIZE})
        while True:
            results.extend(_results(page, self.where))
            if not page.get("next"):
                return results
            page, _ = self._get(page["next"])

    # --- pull --------------------------------------------------------------------------

    def pull(self, cursor: str | None) -> PullResult:
        state = _Cursor.load(cursor)
        try:
            if state.phase == "orders":
                return self._pull_orders(state)
            if state.phase == "checkins":
                return self._pull_checkins(state)
            return self._pull_structure(state)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ProtocolError(
                f"{self.where} answered with a record we cannot read ({error!r})."
            ) from error

    def _pull_structure(self, state: _Cursor) -> PullResult:
        """Round start: the event, its check-in lists and its products."""
        event_data, response = self._get(self.event_api + "/")
        organizer_data, _ = self._get(self.organizer_api + "/")
        lists = self._all(self.event_api + "/checkinlists/")
        items = self._all(self.event_api + "/items/")
        event = map_event(event_data, organizer_data, self.organizer)
        sessions = tuple(map_list(cl, event_data, event.id) for cl in lists)
        self._lists = [cl["id"] for cl in lists]
        state.items = {
            str(i["id"]): [_category(i.get("name")), bool(i.get("admission", True))]
            for i in items
        }
        state.lists = {
            str(cl["id"]): [int(p) for p in cl.get("limit_products") or []]
            for cl in lists
            if not cl.get("all_products", True)
        }
        state.event_id = event.id
        digest = _digest([event_data, organizer_data.get("name"), lists])
        changed = digest != state.structure
        state.structure = digest
        state.phase, state.page, state.round = "orders", 1, None
        return PullResult(
            cursor=state.dump(),
            more=True,
            event=event if changed else None,
            sessions=sessions if changed else (),
            server_time=_server_time(response),
        )

    def _pull_orders(self, state: _Cursor) -> PullResult:
        params = {
            "page": state.page,
            "page_size": PAGE_SIZE,
            "ordering": "datetime",  # new orders come last: the pages already read stay put
            "include_canceled_positions": "true",
            "include_canceled_fees": "false",
        }
        if state.since:
            params["modified_since"] = state.since
        response = self._call("GET", self.event_api + "/orders/", params=params)
        if response.status_code == 404 and state.page > 1:
            page: dict = {"results": [], "next": None}  # fewer pages than when we started
        else:
            if response.status_code != 200:
                raise ProtocolError(
                    f"{self.where} answered HTTP {response.status_code} to the orders."
                )
            page = self._json(response)
            if not isinstance(page, dict):
                raise ProtocolError(f"{self.where} answered the orders with an unexpected shape.")
        if state.page == 1 or state.round is None:
            state.round = response.headers.get("X-Page-Generated") or to_iso(
                _server_time(response) or datetime.now().astimezone()
            )
        attendees: list[Attendee] = []
        checkins: list[CheckIn] = []
        for order in _results(page, self.where):
            for position in order.get("positions") or []:
                person = map_position(position, order, state)
                if person is None:
                    continue
                attendees.append(person)
                checkins.extend(
                    self._checkin(c, position["id"]) for c in position.get("checkins") or []
                )
        checkins = self._drop_own(checkins)
        if page.get("next"):
            state.page += 1
            more = True
        elif state.checkins_since is None:
            # First round: every check-in came with its position; the next round asks for
            # those made after this moment.
            self._finish(state)
            more = False
        else:
            state.phase, state.page = "checkins", 1
            more = True
        return PullResult(
            cursor=state.dump(),
            more=more,
            attendees=tuple(attendees),
            checkins=tuple(checkins),
            stations=_stations(checkins),
            server_time=_server_time(response),
        )

    def _pull_checkins(self, state: _Cursor) -> PullResult:
        params = {
            "page": state.page,
            "page_size": PAGE_SIZE,
            "ordering": "created",
            "successful": "true",
            "created_since": state.checkins_since,
        }
        response = self._call("GET", self.event_api + "/checkins/", params=params)
        if response.status_code == 404 and state.page > 1:
            page: dict = {"results": [], "next": None}
        else:
            if response.status_code != 200:
                raise ProtocolError(
                    f"{self.where} answered HTTP {response.status_code} to the check-ins."
                )
            page = self._json(response)
        checkins = [
            self._checkin(c, c["position"])
            for c in _results(page, self.where)
            if c.get("position") is not None
        ]
        checkins = self._drop_own(checkins)
        voids: list[Void] = []
        if page.get("next"):
            state.page += 1
            more = True
        else:
            voids = self._annulments()
            self._finish(state)
            more = False
        return PullResult(
            cursor=state.dump(),
            more=more,
            checkins=tuple(checkins),
            voids=tuple(voids),
            stations=_stations(checkins),
            server_time=_server_time(response),
        )

    def _annulments(self) -> list[Void]:
        """Check-ins undone in pretix, as voids. pretix stamps no time on an annulment, so
        all of them are asked each round (an undo is allowed for 15 minutes only: few)."""
        records = [
            r
            for r in self._all(
                self.event_api + "/checkins/",
                {"successful": "false", "error_reason": "annulled", "ordering": "created"},
            )
            if r.get("position") is not None
        ]
        undone = [self._checkin(r, r["position"]) for r in records]
        local = self._local(undone)
        voids = []
        for record, checkin in zip(records, undone):
            target = checkin.uuid
            mine = local.get(_key(checkin))
            if mine is not None:
                if mine[1]:
                    continue  # undone here already (perhaps by this very station)
                target = mine[0]  # our own check-in, undone in pretix
            key = f"{self.url}/{self.organizer}/{self.event}/annulment/{record['id']}"
            voids.append(
                Void(str(uuidlib.uuid5(_UUID_NAMESPACE, key)), target, checkin.station_id,
                     checkin.at)
            )
        return voids

    @staticmethod
    def _finish(state: _Cursor) -> None:
        state.since = state.round
        state.checkins_since = state.round
        state.phase, state.page, state.round = "done", 1, None

    def _checkin(self, data: dict, position_id: int) -> CheckIn:
        key = f"{self.url}/{self.organizer}/{self.event}/checkin/{data['id']}"
        device = data.get("device_id") or data.get("device")
        return CheckIn(
            uuid=str(uuidlib.uuid5(_UUID_NAMESPACE, key)),
            attendee_id=attendee_id(int(position_id)),
            session_id=session_id(int(data["list"])),
            station_id=f"pretix-device-{device}" if device else "pretix",
            at=from_iso(data["datetime"]),
            method=Method.SCANNER,
            direction=Direction(data.get("type") or "entry"),
        )

    def _local(self, checkins: list[CheckIn]) -> dict[tuple, tuple[str, bool]]:
        """This station's check-ins that look exactly like these (person, list, type, time):
        key → (our UUID, voided)."""
        if self.store is None or not checkins:
            return {}
        people = sorted({c.attendee_id for c in checkins})
        found: dict[tuple, tuple[str, bool]] = {}
        for start in range(0, len(people), 500):
            chunk = people[start : start + 500]
            rows = self.store.query(
                "select uuid, attendee_id, session_id, direction, at, voided from checkins"
                f" where attendee_id in ({','.join('?' * len(chunk))})",
                chunk,
            )
            for r in rows:
                key = (r["attendee_id"], r["session_id"], r["direction"], r["at"])
                found[key] = (r["uuid"], bool(r["voided"]))
        return found

    def _drop_own(self, checkins: list[CheckIn]) -> list[CheckIn]:
        """pretix does not give our nonce back: a check-in this station pushed comes back as
        pretix's, with its exact time. Recognise it, so that it is not counted twice."""
        local = self._local(checkins)
        return [c for c in checkins if _key(c) not in local]

    # --- push --------------------------------------------------------------------------

    def push(self, batch: PushBatch) -> PushResult:
        results = []
        for item in batch.items:
            if item.kind is ItemKind.CHECKIN:
                results.append(self._push_checkin(item))
            elif item.kind is ItemKind.VOID:
                results.append(self._push_void(item))
            else:
                results.append(
                    ItemResult(
                        item.kind,
                        item.key,
                        ItemOutcome.REJECTED,
                        "pretix takes no attendees from Check-in: register walk-ins in pretix.",
                    )
                )
        return PushResult(tuple(results))

    def _push_checkin(self, item: PushItem) -> ItemResult:
        checkin, person = item.checkin, item.attendee
        list_id = list_id_of(checkin.session_id) if checkin else None
        if checkin is None or person is None or list_id is None:
            return ItemResult(
                item.kind, item.key, ItemOutcome.REJECTED,
                "Not a pretix ticket or check-in list: it stays at this station.",
            )
        result = self.redeem(
            person.token,
            list_id,
            force=True,
            nonce=checkin.uuid,
            at=checkin.at,
            direction=checkin.direction,
        )
        if result.ok:
            return ItemResult(item.kind, item.key, ItemOutcome.ACCEPTED)
        reason = describe(result.reason)
        if result.explanation:
            reason += f": {result.explanation}"
        return ItemResult(item.kind, item.key, ItemOutcome.REJECTED, f"pretix: {reason}.")

    def _push_void(self, item: PushItem) -> ItemResult:
        void = item.void
        if void is None:
            return ItemResult(item.kind, item.key, ItemOutcome.REJECTED, "Nothing to undo.")
        if self._lists is None:
            self._lists = [cl["id"] for cl in self._all(self.event_api + "/checkinlists/")]
        body = {"lists": self._lists, "nonce": void.checkin_uuid, "datetime": to_iso(void.at)}
        response = self._call("POST", self.organizer_api + "/checkinrpc/annul/", json=body)
        if response.status_code in (200, 201):
            return ItemResult(item.kind, item.key, ItemOutcome.ACCEPTED)
        text = json.dumps(self._json(response)) if response.content else ""
        if "unsuccessful" in text:
            return ItemResult(item.kind, item.key, ItemOutcome.DUPLICATE)  # annulled before
        if response.status_code == 404:
            reason = "pretix has no such check-in to undo."
        elif "15 minutes" in text:
            reason = "pretix undoes a check-in only within 15 minutes of it."
        else:
            reason = f"pretix refused the undo (HTTP {response.status_code}): {text[:200]}"
        return ItemResult(item.kind, item.key, ItemOutcome.REJECTED, reason)

    def redeem(
        self,
        secret: str,
        list_id: int,
        *,
        force: bool = False,
        nonce: str | None = None,
        at: datetime | None = None,
        direction: Direction = Direction.ENTRY,
    ) -> RedeemResult:
        """Redeem a ticket on a list. Without ``force`` pretix decides (an online check);
        with it, pretix records what the door decided offline."""
        body: dict = {
            "force": force,
            "type": direction.value,
            "ignore_unpaid": False,
            "questions_supported": False,
            "canceled_supported": True,
        }
        if nonce:
            body["nonce"] = nonce
        if at is not None:
            body["datetime"] = to_iso(at)
        response = None
        if self.endpoint in ("auto", "rpc"):
            response = self._call(
                "POST",
                self.organizer_api + "/checkinrpc/redeem/",
                json={**body, "secret": secret, "lists": [list_id]},
            )
            if response.status_code == 404 and not _is_redeem_answer(response):
                if self.endpoint == "rpc":
                    raise ProtocolError(f"{self.where} has no check-in RPC endpoint.")
                log.info("pretix has no checkinrpc endpoint: using the per-list one")
                self.endpoint = "list"
                response = None
        if response is None:
            url = (
                f"{self.event_api}/checkinlists/{list_id}/positions/"
                f"{quote(secret, safe='')}/redeem/"
            )
            response = self._call("POST", url, params={"untrusted_input": "true"}, json=body)
        return self._redeem_answer(response, direction)

    def _redeem_answer(self, response: httpx.Response, direction: Direction) -> RedeemResult:
        data = self._json(response)
        if not isinstance(data, dict):
            raise ProtocolError(f"{self.where} answered a redeem with an unexpected shape.")
        position = data.get("position") or {}
        position_id = position.get("id") if isinstance(position, dict) else None
        status = data.get("status")
        if response.status_code in (200, 201) and status == "ok":
            outcome = Outcome.EXIT if direction is Direction.EXIT else Outcome.ACCEPTED
            return RedeemResult(outcome, position_id=position_id)
        if status == "incomplete":
            reason = PretixReason.INCOMPLETE
        elif status in ("error", "exchange"):
            reason = PretixReason.parse(data.get("reason"))
        elif response.status_code == 404:
            reason = PretixReason.INVALID
        elif response.status_code == 400:
            # A validation error (an unknown list, a malformed field): pretix's words.
            return RedeemResult(
                Outcome.NOT_ADMITTED,
                PretixReason.OTHER,
                explanation=json.dumps(data, ensure_ascii=False)[:300],
            )
        else:
            raise ProtocolError(
                f"{self.where} answered a redeem with HTTP {response.status_code}."
            )
        outcome, detail = outcome_for(reason)
        return RedeemResult(
            outcome,
            reason,
            detail,
            explanation=str(data.get("reason_explanation") or ""),
            position_id=position_id,
        )


def create(config: SourceConfig, token: str, *, store=None) -> PretixBackend:
    """The backend :func:`checkin.sync.config.make_backend` builds for a pretix source."""
    return PretixBackend(
        config.url,
        config.organizer,
        config.event,
        token,
        timeout=config.timeout,
        verify=config.cafile or True,
        store=store,
    )


# --- the cursor ---------------------------------------------------------------------------


@dataclass
class _Cursor:
    """Where a pull round stands; stored by the engine as JSON after each page."""

    phase: str = "done"  # done (a new round starts) | orders | checkins
    page: int = 1
    since: str | None = None  # orders modified since (the previous round's start)
    checkins_since: str | None = None  # check-ins created since; None before the first round
    round: str | None = None  # pretix's clock on the first orders page of this round
    structure: str = ""  # digest of the event, lists and products last sent
    event_id: str = ""
    items: dict | None = None  # product id -> [category, admission]
    lists: dict | None = None  # restricted list id -> product ids

    @classmethod
    def load(cls, text: str | None) -> _Cursor:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()  # not ours (another source's cursor): start afresh
        if not isinstance(data, dict) or data.get("v") != _CURSOR_VERSION:
            return cls()
        data.pop("v")
        try:
            state = cls(**data)
        except TypeError:
            return cls()
        if state.items is None and state.phase != "done":
            state.phase = "done"  # cannot map positions without the products: start over
        return state

    def dump(self) -> str:
        data = {"v": _CURSOR_VERSION, **self.__dict__}
        return json.dumps(data, separators=(",", ":"), sort_keys=True)


# --- mapping pretix records to ours -------------------------------------------------------


def _results(page: dict, where: str) -> list[dict]:
    results = page.get("results")
    if not isinstance(results, list):
        raise ProtocolError(f"{where} answered a page without its results.")
    return results


def _digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _server_time(response: httpx.Response) -> datetime | None:
    generated = response.headers.get("X-Page-Generated")
    if generated:
        try:
            return from_iso(generated)
        except ValueError:
            pass
    header = response.headers.get("Date")
    if header:
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return None
    return None


def _text(value, language: str) -> str:
    """An i18n string from pretix: a dict by language, or a plain string."""
    if isinstance(value, dict):
        return str(value.get(language) or next((v for v in value.values() if v), "") or "")
    return str(value or "")


def _category(name) -> str:
    texts = list(name.values()) if isinstance(name, dict) else [name]
    for text in texts:
        category = Category.parse(str(text or ""))
        if category is not None:
            return category.value
        for word in re.split(r"[\s/–—-]+", str(text or "")):
            category = Category.parse(word)
            if category is not None:
                return category.value
    return Category.PARTICIPANT.value


def _event_code(slug: str) -> str:
    code = re.sub(r"[^A-Z0-9]", "", slug.upper())[:12]
    return code if len(code) >= 2 else "PX"


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def map_event(data: dict, organizer: dict, organizer_slug: str) -> Event:
    tz = _zone(data.get("timezone"))
    starts = from_iso(data["date_from"])
    ends = from_iso(data.get("date_to")) or starts
    return Event(
        id=f"pretix-{organizer_slug}-{data['slug']}",
        code=_event_code(data["slug"]),
        title_fr=_text(data.get("name"), "fr"),
        title_en=_text(data.get("name"), "en"),
        timezone=tz.key,
        start_date=starts.astimezone(tz).date(),
        end_date=ends.astimezone(tz).date(),
        venue=_text(data.get("location"), "fr"),
        organiser=_text(organizer.get("name"), "fr") or organizer_slug,
    )


def map_list(data: dict, event: dict, event_id: str) -> Session:
    """A check-in list as a session. Lists have no times of their own: the event's."""
    starts = from_iso(event["date_from"])
    ends = from_iso(event.get("date_to")) or starts
    name = str(data.get("name") or f"List {data['id']}")
    return Session(
        id=session_id(int(data["id"])),
        event_id=event_id,
        name_fr=name,
        name_en=name,
        starts_at=starts,
        ends_at=ends,
        registration_required=not data.get("all_products", True),
        # pretix's "entry after exit" needs an exit first; our re-entry does not.
        reentry=bool(data.get("allow_multiple_entries")),
    )


def _split_name(position: dict) -> tuple[str, str]:
    parts = position.get("attendee_name_parts") or {}
    given = str(parts.get("given_name") or "").strip()
    family = str(parts.get("family_name") or "").strip()
    if given or family:
        return given, family
    full = str(position.get("attendee_name") or parts.get("full_name") or "").strip()
    if " " in full:
        first, _, last = full.rpartition(" ")
        return first, last
    return "", full


def map_position(position: dict, order: dict, state: _Cursor) -> Attendee | None:
    """An order position as an attendee; None for a product that admits nobody."""
    items = state.items or {}
    category, admission = items.get(str(position["item"]), [Category.PARTICIPANT.value, True])
    if not admission:
        return None
    order_status = order.get("status")
    if position.get("canceled") or order_status in ("c", "e"):
        status = RegistrationStatus.CANCELLED.value
    elif order_status == "n" and not order.get("valid_if_pending"):
        status = RegistrationStatus.PENDING.value
    else:
        status = RegistrationStatus.CONFIRMED.value
    notes = ""
    if position.get("blocked"):
        status = RegistrationStatus.CANCELLED.value
        notes = "Ticket blocked in pretix."
    first, last = _split_name(position)
    if not (first or last):
        last = f"{order.get('code', '')}-{position.get('positionid', '')}"
    invoice = order.get("invoice_address") or {}
    workshops = tuple(
        session_id(int(list_id))
        for list_id, products in sorted((state.lists or {}).items(), key=lambda kv: int(kv[0]))
        if int(position["item"]) in products
    )
    locale = str(order.get("locale") or "fr")
    return Attendee(
        id=attendee_id(int(position["id"])),
        event_id=state.event_id,
        token=str(position["secret"]),
        first_name=first,
        last_name=last,
        organisation=str(position.get("company") or invoice.get("company") or ""),
        country=str(position.get("country") or invoice.get("country") or ""),
        category=category,
        language="en" if locale.startswith("en") else "fr",
        email=str(position.get("attendee_email") or order.get("email") or ""),
        phone=str(order.get("phone") or ""),
        reg_no=f"{order.get('code', '')}-{position.get('positionid', 1)}",
        status=status,
        workshops=workshops,
        notes=notes,
        updated_at=from_iso(order.get("last_modified")),
        origin=ORIGIN,
    )


def _key(c: CheckIn) -> tuple:
    return (c.attendee_id, c.session_id, c.direction.value, to_iso(c.at))


def _stations(checkins: Iterable[CheckIn]) -> tuple[Station, ...]:
    names = {}
    for c in checkins:
        if c.station_id not in names:
            device = c.station_id.removeprefix("pretix-device-")
            names[c.station_id] = "pretix" if c.station_id == "pretix" else f"pretix {device}"
    return tuple(Station(sid, name) for sid, name in sorted(names.items()))


def _is_redeem_answer(response: httpx.Response) -> bool:
    """A 404 from the redeem endpoint: an unknown ticket (JSON with a status), or no such
    endpoint on this server (anything else)."""
    try:
        data = response.json()
    except ValueError:
        return False
    return isinstance(data, dict) and "status" in data
