"""The HTTP adapter to one pretix event: pulls in rounds, pushes with redeem and annul.

See the package's docstring for what becomes what.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import uuid as uuidlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import httpx

from checkin.model import (
    Attendee,
    CheckIn,
    Direction,
    Method,
    Outcome,
    RegistrationStatus,
    Void,
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
    SyncError,
)
from checkin.sync.pretix.reasons import PretixReason, RedeemResult, describe, outcome_for
from checkin.sync.pretix.records import (
    ORIGIN,
    UUID_NAMESPACE,
    Cursor,
    attendee_id,
    category_of,
    checkin_key,
    list_id_of,
    listing_digest,
    map_event,
    map_list,
    map_position,
    page_results,
    server_time_of,
    session_id,
    stations_of,
    structure_digest,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # pretix's largest page
IN_FLIGHT = 4  # redeems sent at once (pretix answers each on its own)
STRUCTURE_EVERY = timedelta(minutes=10)  # the event, lists and products read again
ANNUL_WINDOW = timedelta(minutes=20)  # undos asked for this long after check-ins moved


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
        in_flight: int = IN_FLIGHT,
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
        self._annul_until: datetime | None = None
        self.in_flight = max(1, in_flight)
        self.client = client or httpx.Client(
            timeout=timeout,
            verify=verify,
            headers={"Authorization": f"Token {token}", "Accept": "application/json"},
            follow_redirects=False,
            # kept-alive connections, one per redeem in flight
            limits=httpx.Limits(max_connections=self.in_flight + 1,
                                max_keepalive_connections=self.in_flight + 1),
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
            results.extend(page_results(page, self.where))
            if not page.get("next"):
                return results
            page, _ = self._get(page["next"])

    def _round_page(self, path: str, params: dict, what: str) -> tuple[dict, httpx.Response]:
        """One page of a round's listing; a later page that is gone (fewer pages than when
        the round started) reads as an empty last page."""
        response = self._call("GET", self.event_api + path, params=params)
        if response.status_code == 404 and params["page"] > 1:
            return {"results": [], "next": None}, response
        if response.status_code != 200:
            raise ProtocolError(f"{self.where} answered HTTP {response.status_code} to {what}.")
        page = self._json(response)
        if not isinstance(page, dict):
            raise ProtocolError(f"{self.where} answered {what} with an unexpected shape.")
        return page, response

    # --- pull --------------------------------------------------------------------------

    def pull(self, cursor: str | None) -> PullResult:
        state = Cursor.load(cursor)
        try:
            if state.phase == "orders":
                return self._pull_orders(state)
            if state.phase == "checkins":
                return self._pull_checkins(state)
            if self._structure_due(state):
                return self._pull_structure(state)
            # A round without the structure: the orders changed and the check-ins made
            # since the last round; nothing changed costs these two requests.
            state.phase, state.page, state.round = "orders", 1, None
            return self._pull_orders(state)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ProtocolError(
                f"{self.where} answered with a record we cannot read ({error!r})."
            ) from error

    @staticmethod
    def _structure_due(state: Cursor) -> bool:
        """The event, lists and products are read on the first round, and again every
        :data:`STRUCTURE_EVERY` (pretix stamps no change time on them)."""
        if state.items is None or not state.structure_at:
            return True
        try:
            last = from_iso(state.structure_at)
        except ValueError:
            return True
        return not (timedelta(0) <= _now() - last < STRUCTURE_EVERY)

    def _pull_structure(self, state: Cursor) -> PullResult:
        """Round start: the event, its check-in lists and its products."""
        event_data, response = self._get(self.event_api + "/")
        organizer_data, _ = self._get(self.organizer_api + "/")
        lists = self._all(self.event_api + "/checkinlists/")
        items = self._all(self.event_api + "/items/")
        event = map_event(event_data, organizer_data, self.organizer)
        sessions = tuple(map_list(cl, event_data, event.id) for cl in lists)
        self._lists = [cl["id"] for cl in lists]
        state.items = {
            str(i["id"]): [category_of(i.get("name")), bool(i.get("admission", True)),
                           bool(i.get("checkin_attention")), str(i.get("checkin_text") or "")]
            for i in items
        }
        state.variations = {
            str(v["id"]): [bool(v.get("checkin_attention")), str(v.get("checkin_text") or "")]
            for i in items
            for v in i.get("variations") or []
            if v.get("checkin_attention") or v.get("checkin_text")
        }
        state.lists = {
            str(cl["id"]): [int(p) for p in cl.get("limit_products") or []]
            for cl in lists
            if not cl.get("all_products", True)
        }
        state.event_id = event.id
        state.structure_at = to_iso(_now())
        state.annul_now = True  # undos are asked at the end of this round
        digest = structure_digest(
            [event_data, organizer_data.get("name"), listing_digest(lists), state.items,
             state.variations]
        )
        changed = digest != state.structure
        if changed and state.structure:
            # products, lists or texts changed: every ticket may read differently now
            # (workshops, notes for the door), so this round takes all orders again
            state.since = None
        state.structure = digest
        state.phase, state.page, state.round = "orders", 1, None
        return PullResult(
            cursor=state.dump(),
            more=True,
            event=event if changed else None,
            sessions=sessions if changed else (),
            server_time=server_time_of(response),
        )

    def _pull_orders(self, state: Cursor) -> PullResult:
        params = {
            "page": state.page,
            "page_size": PAGE_SIZE,
            "ordering": "datetime",  # new orders come last: the pages already read stay put
            "include_canceled_positions": "true",
            "include_canceled_fees": "false",
        }
        if state.since:
            params["modified_since"] = state.since
        page, response = self._round_page("/orders/", params, "the orders")
        if state.page == 1 or state.round is None:
            state.round = response.headers.get("X-Page-Generated") or to_iso(
                server_time_of(response) or datetime.now().astimezone()
            )
        attendees: list[Attendee] = []
        checkins: list[CheckIn] = []
        for order in page_results(page, self.where):
            for position in order.get("positions") or []:
                person = map_position(position, order, state)
                if person is None:
                    continue
                attendees.append(person)
                checkins.extend(
                    self._checkin(c, position["id"]) for c in position.get("checkins") or []
                )
        if checkins and state.checkins_since is not None:
            self._recent_checkins()  # not on the first round: those are old
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
            stations=stations_of(checkins),
            server_time=server_time_of(response),
        )

    def _pull_checkins(self, state: Cursor) -> PullResult:
        params = {
            "page": state.page,
            "page_size": PAGE_SIZE,
            "ordering": "created",
            "successful": "true",
            "created_since": state.checkins_since,
        }
        page, response = self._round_page("/checkins/", params, "the check-ins")
        checkins = [
            self._checkin(c, c["position"])
            for c in page_results(page, self.where)
            if c.get("position") is not None
        ]
        if checkins:
            self._recent_checkins()
        checkins = self._drop_own(checkins)
        voids: list[Void] = []
        if page.get("next"):
            state.page += 1
            more = True
        else:
            if self._annulments_due(state):
                voids = self._annulments()
            self._finish(state)
            more = False
        return PullResult(
            cursor=state.dump(),
            more=more,
            checkins=tuple(checkins),
            voids=tuple(voids),
            stations=stations_of(checkins),
            server_time=server_time_of(response),
        )

    def _recent_checkins(self) -> None:
        """Check-ins moved (pulled or pushed): undos are asked for the next while."""
        self._annul_until = _now() + ANNUL_WINDOW

    def _annulments_due(self, state: Cursor) -> bool:
        """Undos are asked on a round that read the structure, and for a while after
        check-ins moved (pretix allows an undo within 15 minutes of a check-in); an idle
        round does not ask."""
        until = self._annul_until
        if state.annul_until:
            try:
                stored = from_iso(state.annul_until)
                until = max(until, stored) if until else stored
            except ValueError:
                pass
        due = state.annul_now or (until is not None and _now() <= until)
        state.annul_now = False
        if self._annul_until is not None:
            state.annul_until = to_iso(self._annul_until)
        return due

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
        for record, checkin in zip(records, undone, strict=False):
            target = checkin.uuid
            mine = local.get(checkin_key(checkin))
            if mine is not None:
                if mine[1]:
                    continue  # undone here already (perhaps by this very station)
                target = mine[0]  # our own check-in, undone in pretix
            key = f"{self.url}/{self.organizer}/{self.event}/annulment/{record['id']}"
            voids.append(
                Void(str(uuidlib.uuid5(UUID_NAMESPACE, key)), target, checkin.station_id,
                     checkin.at)
            )
        return voids

    @staticmethod
    def _finish(state: Cursor) -> None:
        state.since = state.round
        state.checkins_since = state.round
        state.phase, state.page, state.round = "done", 1, None
        state.annul_now = False

    def _checkin(self, data: dict, position_id: int) -> CheckIn:
        key = f"{self.url}/{self.organizer}/{self.event}/checkin/{data['id']}"
        device = data.get("device_id") or data.get("device")
        return CheckIn(
            uuid=str(uuidlib.uuid5(UUID_NAMESPACE, key)),
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
        here = self.store.checkins_of(sorted({c.attendee_id for c in checkins}))
        return {checkin_key(c): (c.uuid, c.voided) for c in here}

    def _drop_own(self, checkins: list[CheckIn]) -> list[CheckIn]:
        """pretix does not give our nonce back: a check-in this station pushed comes back as
        pretix's, with its exact time. Recognise it, so that it is not counted twice."""
        local = self._local(checkins)
        return [c for c in checkins if checkin_key(c) not in local]

    # --- push --------------------------------------------------------------------------

    def push(self, batch: PushBatch) -> PushResult:
        """Redeem each check-in, a few at once over kept-alive connections; undos after them
        (an undo needs its check-in in pretix first). Each answer goes to ``batch.on_result``
        as it comes, so that a connection cut halfway loses nothing already answered; the
        first failure is raised once the requests in flight have ended."""
        waves = (
            [i for i in batch.items if i.kind is not ItemKind.VOID],
            [i for i in batch.items if i.kind is ItemKind.VOID],
        )
        results: list[ItemResult] = []
        failure: SyncError | None = None
        for wave in waves:
            if wave and failure is None:
                failure = self._push_wave(wave, batch.on_result, results)
        if any(i.kind in (ItemKind.CHECKIN, ItemKind.VOID) for i in batch.items):
            self._recent_checkins()
        if failure is not None:
            raise failure
        return PushResult(tuple(results))

    def _push_wave(self, wave: list[PushItem], on_result, results: list[ItemResult],
                   ) -> SyncError | None:
        """``in_flight`` requests at once, but one person's check-ins one after the other, in
        their order: pretix locks a position for an entry and not for an exit, so an entry
        and an exit of the same ticket side by side can deadlock in its database (HTTP 500),
        and their order is the person's story. A person's items after a failure wait for
        the next push; when pretix cannot be reached, or refuses the token, nothing more is
        sent."""
        chains: dict[str, list[PushItem]] = {}
        for item in wave:
            person = item.checkin.attendee_id if item.checkin is not None else item.key
            chains.setdefault(person, []).append(item)
        answers: queue.SimpleQueue = queue.SimpleQueue()
        give_up = threading.Event()

        def run(chain: list[PushItem]) -> None:
            try:
                for item in chain:
                    if give_up.is_set():
                        return
                    answer = self._push_one(item)
                    answers.put(answer)
            except Exception as error:  # noqa: BLE001 - handed to the calling thread
                if isinstance(error, (Offline, AuthError)) or not isinstance(error, SyncError):
                    give_up.set()
                answers.put(error)
            finally:
                answers.put(None)  # this chain has ended

        failure: SyncError | None = None
        crash: Exception | None = None
        with ThreadPoolExecutor(max_workers=self.in_flight,
                                thread_name_prefix="pretix-push") as pool:
            for chain in chains.values():
                pool.submit(run, chain)
            ended = 0
            try:
                while ended < len(chains):
                    answer = answers.get()
                    if answer is None:
                        ended += 1
                    elif isinstance(answer, SyncError):
                        failure = failure or answer
                    elif isinstance(answer, Exception):
                        crash = crash or answer
                    else:
                        if on_result is not None:
                            on_result(answer)  # settled here, on the calling thread, at once
                        results.append(answer)
            except BaseException:
                give_up.set()  # settling failed: send nothing more
                raise
        if crash is not None:
            raise crash
        return failure

    def _push_one(self, item: PushItem) -> ItemResult:
        if item.kind is ItemKind.CHECKIN:
            return self._push_checkin(item)
        if item.kind is ItemKind.VOID:
            return self._push_void(item)
        if item.kind in (ItemKind.RECEIVER, ItemKind.LOAN):
            return ItemResult(
                item.kind, item.key, ItemOutcome.REJECTED,
                "pretix keeps no interpretation receivers: their loans stay at this station.",
            )
        return ItemResult(
            item.kind, item.key, ItemOutcome.REJECTED,
            "pretix takes no attendees from Check-in: register walk-ins in pretix.",
        )

    def _push_checkin(self, item: PushItem) -> ItemResult:
        checkin, person = item.checkin, item.attendee
        if checkin is not None and checkin.method is Method.ONLINE:
            # pretix knows only doors: an online attendance would be a door entry there,
            # and count in its list's occupancy. It stays with Check-in (and its hub).
            return ItemResult(
                item.kind, item.key, ItemOutcome.REJECTED,
                "Online attendance is not sent to pretix (pretix has no online check-ins): "
                "it stays in Check-in's reports.",
            )
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
            # staff let in a person whose order is not paid: pretix's own field for it (on a
            # list that includes pending orders it then records no forced check-in)
            ignore_unpaid=checkin.override and person.status is RegistrationStatus.PENDING,
            nonce=checkin.uuid,
            at=checkin.at,
            direction=checkin.direction,
        )
        if result.reason is None:  # result.ok
            outcome = ItemOutcome.DUPLICATE if result.replayed else ItemOutcome.ACCEPTED
            return ItemResult(item.kind, item.key, outcome)
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
        ignore_unpaid: bool = False,
        nonce: str | None = None,
        at: datetime | None = None,
        direction: Direction = Direction.ENTRY,
    ) -> RedeemResult:
        """Redeem a ticket on a list. Without ``force`` pretix decides (an online check);
        with it, pretix records what the door decided offline. ``ignore_unpaid`` admits a
        pending order on a list that includes pending orders."""
        body: dict = {
            "force": force,
            "type": direction.value,
            "ignore_unpaid": ignore_unpaid,
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
        return self._redeem_answer(response, direction, list_id, at if nonce else None)

    def _redeem_answer(self, response: httpx.Response, direction: Direction, list_id: int,
                       at: datetime | None) -> RedeemResult:
        data = self._json(response)
        if not isinstance(data, dict):
            raise ProtocolError(f"{self.where} answered a redeem with an unexpected shape.")
        position = data.get("position") or {}
        position_id = position.get("id") if isinstance(position, dict) else None
        status = data.get("status")
        attention = bool(data.get("require_attention"))
        texts = tuple(str(t) for t in data.get("checkin_texts") or () if t)
        if response.status_code in (200, 201) and status == "ok":
            outcome = Outcome.EXIT if direction is Direction.EXIT else Outcome.ACCEPTED
            return RedeemResult(outcome, position_id=position_id, attention=attention,
                                texts=texts,
                                replayed=_replayed(position, direction, list_id, at))
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
            attention=attention,
            texts=texts,
        )


def create(config, token: str, *, store=None) -> PretixBackend:
    """The backend the registry (:data:`checkin.sync.sources.SOURCES`) makes for a pretix
    :class:`~checkin.sync.sources.SourceConfig`."""
    return PretixBackend(
        config.get("url"),
        config.get("organizer"),
        config.get("event"),
        token,
        timeout=float(config.get("timeout")),
        verify=config.get("cafile") or True,
        store=store,
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _replayed(position, direction: Direction, list_id: int, at: datetime | None) -> bool:
    """A redeem with a nonce pretix had already stored: pretix answers "ok" and stores
    nothing. Its answer shows the position as it was found, before this redeem: a new
    check-in is not in it yet, a replayed one (same list, type and time) already is."""
    if at is None or not isinstance(position, dict):
        return False
    for c in position.get("checkins") or ():
        try:
            if (c.get("list") == list_id and (c.get("type") or "entry") == direction.value
                    and from_iso(c.get("datetime")) == at):
                return True
        except (AttributeError, TypeError, ValueError):
            continue
    return False


def _is_redeem_answer(response: httpx.Response) -> bool:
    """A 404 from the redeem endpoint: an unknown ticket (JSON with a status), or no such
    endpoint on this server (anything else)."""
    try:
        data = response.json()
    except ValueError:
        return False
    return isinstance(data, dict) and "status" in data
