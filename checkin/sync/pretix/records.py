"""pretix's records as ours (event, check-in lists, order positions, check-ins), the ids we
give them, and the cursor of a pull round."""

from __future__ import annotations

import hashlib
import json
import re
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from checkin.model import (
    Attendee,
    Category,
    CheckIn,
    Event,
    Language,
    RegistrationStatus,
    Session,
    Station,
    from_iso,
    to_iso,
)
from checkin.sync.base import ProtocolError

ORIGIN = "pretix"
SESSION_PREFIX = "pretix-list-"
ATTENDEE_PREFIX = "pretix-"
CURSOR_VERSION = 1
UUID_NAMESPACE = uuidlib.UUID("6f1b7f0e-4a53-4c1e-9f5e-2b7c1d0a9e11")


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


# --- the cursor ---------------------------------------------------------------------------


@dataclass
class Cursor:
    """Where a pull round stands; stored by the engine as JSON after each page."""

    phase: str = "done"  # done (a new round starts) | orders | checkins
    page: int = 1
    since: str | None = None  # orders modified since (the previous round's start)
    checkins_since: str | None = None  # check-ins created since; None before the first round
    round: str | None = None  # pretix's clock on the first orders page of this round
    structure: str = ""  # digest of the event, lists and products last sent
    event_id: str = ""
    # product id -> [category, admission, check-in attention, check-in text]
    items: dict | None = None
    variations: dict | None = None  # variation id -> [check-in attention, check-in text]
    lists: dict | None = None  # restricted list id -> product ids
    structure_at: str | None = None  # when the event, lists and products were last read
    annul_until: str | None = None  # ask pretix for undone check-ins until then
    annul_now: bool = False  # this round read the structure: it asks for undos too

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()  # not ours (another source's cursor): start afresh
        if not isinstance(data, dict) or data.get("v") != CURSOR_VERSION:
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
        data = {"v": CURSOR_VERSION, **self.__dict__}
        return json.dumps(data, separators=(",", ":"), sort_keys=True)


# --- mapping pretix records to ours -------------------------------------------------------


def page_results(page: dict, where: str) -> list[dict]:
    results = page.get("results")
    if not isinstance(results, list):
        raise ProtocolError(f"{where} answered a page without its results.")
    return results


def structure_digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def server_time_of(response: httpx.Response) -> datetime | None:
    generated = response.headers.get("X-Page-Generated")
    if generated:
        try:
            return from_iso(generated)
        except ValueError:
            pass
    header = response.headers.get("Date")
    if header:
        try:
            moment = parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return None  # two Date headers behind a proxy, or none we can read
        if moment.tzinfo is None:  # "-0000": UTC by RFC 5322, but Python leaves it naive
            moment = moment.replace(tzinfo=UTC)
        return moment
    return None


def _text(value, language: str) -> str:
    """An i18n string from pretix: a dict by language, or a plain string."""
    if isinstance(value, dict):
        return str(value.get(language) or next((v for v in value.values() if v), "") or "")
    return str(value or "")


def category_of(name) -> Category:
    texts = list(name.values()) if isinstance(name, dict) else [name]
    for text in texts:
        category = Category.parse(str(text or ""))
        if category is not None:
            return category
        for word in re.split(r"[\s/–—-]+", str(text or "")):
            category = Category.parse(word)
            if category is not None:
                return category
    return Category.PARTICIPANT


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
        venue=_text(data.get("location"), Language.FR),
        organiser=_text(organizer.get("name"), Language.FR) or organizer_slug,
    )


def map_list(data: dict, event: dict, event_id: str) -> Session:
    """A check-in list as a session, with its admission flags and custom rules. Lists have
    no times of their own: the event's (its rules' ``date_from``, ``date_to`` and
    ``date_admission``)."""
    starts = from_iso(event["date_from"])
    ends = from_iso(event.get("date_to")) or starts
    name = str(data.get("name") or f"List {data['id']}")
    rules = data.get("rules") or None
    return Session(
        id=session_id(int(data["id"])),
        event_id=event_id,
        name_fr=name,
        name_en=name,
        starts_at=starts,
        ends_at=ends,
        registration_required=not data.get("all_products", True),
        allow_multiple_entries=bool(data.get("allow_multiple_entries")),
        allow_entry_after_exit=bool(data.get("allow_entry_after_exit", True)),
        accept_unpaid=bool(data.get("include_pending")),
        rules=json.dumps(rules, sort_keys=True, separators=(",", ":")) if rules else "",
        admission_at=from_iso(event.get("date_admission")),
    )


def listing_digest(lists: list[dict]) -> list[dict]:
    """The lists without their counters, which change with every check-in: only a change of
    the lists themselves sends the sessions again."""
    return [{k: v for k, v in cl.items() if k not in ("checkin_count", "position_count")}
            for cl in lists]


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


def map_position(position: dict, order: dict, state: Cursor) -> Attendee | None:
    """An order position as an attendee; None for a product that admits nobody."""
    items = state.items or {}
    item = items.get(str(position["item"])) or [Category.PARTICIPANT, True]
    category, admission = item[0], item[1]
    if not admission:
        return None
    attention, texts = attention_of(position, order, item, state)
    order_status = order.get("status")
    # pretix's order: cancelled before blocked before unpaid (perform_checkin)
    if position.get("canceled") or order_status in ("c", "e"):
        status = RegistrationStatus.CANCELLED
    elif position.get("blocked"):
        status = RegistrationStatus.BLOCKED
    elif order_status == "n" and not order.get("valid_if_pending"):
        status = RegistrationStatus.PENDING
    else:
        status = RegistrationStatus.CONFIRMED
    notes = ""
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
        language=Language.EN if locale.startswith("en") else Language.FR,
        email=str(position.get("attendee_email") or order.get("email") or ""),
        phone=str(order.get("phone") or ""),
        reg_no=f"{order.get('code', '')}-{position.get('positionid', 1)}",
        status=status,
        workshops=workshops,
        notes=notes,
        attention=attention,
        door_note="\n".join(texts),
        product=str(position.get("item") or ""),
        variation=str(position.get("variation") or ""),
        valid_from=from_iso(position.get("valid_from")),
        valid_until=from_iso(position.get("valid_until")),
        updated_at=from_iso(order.get("last_modified")),
        origin=ORIGIN,
    )


def attention_of(position: dict, order: dict, item: list, state: Cursor) -> tuple[bool, list]:
    """pretix's ``require_checkin_attention`` and ``checkin_texts`` of a position: the
    order's, the variation's and the product's, in that order."""
    variation = (state.variations or {}).get(str(position.get("variation") or "")) or [False, ""]
    item_attention = bool(item[2]) if len(item) > 2 else False
    item_text = str(item[3] or "") if len(item) > 3 else ""
    attention = bool(order.get("checkin_attention")) or item_attention or bool(variation[0])
    texts = [t for t in (str(order.get("checkin_text") or ""), str(variation[1] or ""),
                         item_text) if t.strip()]
    return attention, texts


def checkin_key(c: CheckIn) -> tuple:
    return (c.attendee_id, c.session_id, c.direction.value, to_iso(c.at))


def stations_of(checkins: Iterable[CheckIn]) -> tuple[Station, ...]:
    names = {}
    for c in checkins:
        if c.station_id not in names:
            device = c.station_id.removeprefix("pretix-device-")
            names[c.station_id] = "pretix" if c.station_id == "pretix" else f"pretix {device}"
    return tuple(Station(sid, name) for sid, name in sorted(names.items()))
