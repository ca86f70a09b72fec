"""Declared models of every record that crosses a network or a USB stick, checked before
anything is stored: by the hub on a push or a bundle, by a station on a pull or a bundle merge
(:mod:`checkin.sync.wire` reads through them), and by the hub again on the way out of its
feed. The hub's OpenAPI schema is generated from these same models
(:mod:`checkin.hub.openapi`), so the description and the checks cannot drift apart.

What a record must be:

- times: ISO 8601, converted to UTC without overflow, between :data:`EARLIEST` and
  :data:`LATEST` (a year-999 void or a ``9999-12-31T23:00:00-05:00`` is refused);
- ids of at most 128 characters, with no slash or backslash (so no ``../../etc/passwd``), no
  ``, ; |`` (the workshops column's separators), no control character, not starting with a
  space; check-in and void ids are UUIDs;
- badge tokens: 1 to 128 printable ASCII characters (``checkin.tokens``' own rule);
- text: bounded, with no NUL, no control character but tab and newline, no lone surrogate;
- whole numbers within what SQLite stores (a cursor above 2⁶³ is refused, not a 500).

A refused record raises :class:`RecordError` naming the field (``record.at``), from which the
hub answers 422 and a station tells what is wrong in the bundle or page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from checkin.model import (
    Attendee,
    Category,
    CheckIn,
    Direction,
    Event,
    Language,
    LoanAction,
    LoanEvent,
    Method,
    Receiver,
    RegistrationStatus,
    Session,
    Station,
    Void,
    from_plain,
)
from checkin.tokens import MAX_CODE_LENGTH

UTC = UTC
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
MAX_INT = 2**63 - 1  # SQLite's largest integer
MAX_COUNT = 10**9
MAX_ITEMS = 5000  # items in one push; the station sends 500
MAX_ID = 128


class RecordError(ValueError):
    """A record that is not what it must be. ``field`` is its dotted path (``record.at``),
    ``""`` for the record as a whole."""

    def __init__(self, field: str, message: str | None = None):
        if message is None:  # RecordError("why"): no one field to blame
            field, message = "", field
        super().__init__(f"field {field!r} {message}" if field else message)
        self.field = field
        self.message = message


# --- the pieces ------------------------------------------------------------------------------


_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _clean(text: str) -> str:
    """No NUL, no control characters but tab and newline, no lone surrogate. (Text fields
    say the same with their pattern, and pydantic refuses a lone surrogate in any string;
    this is for the keys and values of badge settings.)"""
    bad = _FORBIDDEN.search(text)
    if bad:
        code = ord(bad.group())
        if 0xD800 <= code <= 0xDFFF:
            raise ValueError("contains a lone surrogate (not valid Unicode)")
        raise ValueError("contains a control character" if code else "contains a NUL byte")
    return text


# A full date and time with its offset, as RFC 3339 and the schema's "date-time" say.
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
                      re.ASCII)


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    elif isinstance(value, str) and len(value) <= 64 and _RFC3339.match(value):
        try:
            moment = datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("is not a time (ISO 8601, e.g. 2025-02-03T07:30:00Z)") from None
    else:
        raise ValueError("is not a time (ISO 8601, e.g. 2025-02-03T07:30:00Z)")
    # The year as written is checked (the schema's pattern says 20xx), then the conversion:
    # 2000-01-01T00:30+01:00 is fine, 9999-12-31T23:00-05:00 is not.
    if not EARLIEST.year <= moment.year < LATEST.year:
        raise ValueError(f"is outside {EARLIEST.year}–{LATEST.year - 1}")
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError("is outside any calendar once converted to UTC") from None


def _day(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and len(value) <= 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValueError("is not a date (YYYY-MM-DD)") from None
    else:
        raise ValueError("is not a date (YYYY-MM-DD)")
    if not EARLIEST.date() <= day < LATEST.date():
        raise ValueError(f"is outside {EARLIEST.year}–{LATEST.year - 1}")
    return day


_ZONES = sorted(available_timezones() | {"UTC"})


def _zone(value: str) -> str:
    if value not in _ZONES:  # a file name under the zoneinfo folder: never a path we open
        raise ValueError("is not a known time zone (e.g. Africa/Bujumbura)")
    try:
        ZoneInfo(value)
    except Exception:  # noqa: BLE001 - ZoneInfo raises several kinds for a bad key
        raise ValueError("is not a known time zone (e.g. Africa/Bujumbura)") from None
    return value


def _settings(value: Any) -> dict:
    """Badge settings: a small JSON object of plain values (no deep nesting)."""
    if not isinstance(value, dict):
        raise ValueError("is not an object")

    def walk(v, depth: int) -> None:
        if depth > 4:
            raise ValueError("is nested too deeply")
        if isinstance(v, dict):
            for k, item in v.items():
                if not isinstance(k, str):
                    raise ValueError("has a key that is not text")
                _clean(k)
                walk(item, depth + 1)
        elif isinstance(v, list):
            for item in v:
                walk(item, depth + 1)
        elif isinstance(v, str):
            _clean(v)
        elif not (v is None or isinstance(v, (bool, int, float))):
            raise ValueError("holds something that is not JSON")

    walk(value, 0)
    return value


_TIME_SCHEMA = {"type": "string", "format": "date-time", "pattern": r"^20[0-9]{2}-",
                "description": f"ISO 8601 with its offset (UTC: Z), {EARLIEST.year}–"
                f"{LATEST.year - 1}"}

Time = Annotated[datetime, BeforeValidator(_time), Field(json_schema_extra=_TIME_SCHEMA)]
_DAY_SCHEMA = {"type": "string", "format": "date", "pattern": r"^20[0-9]{2}-",
               "description": f"YYYY-MM-DD, {EARLIEST.year}–{LATEST.year - 1}"}
Day = Annotated[date, BeforeValidator(_day), Field(json_schema_extra=_DAY_SCHEMA)]
# An id: 1-128 characters, no slash or backslash (so no ../../etc/passwd), none of the
# workshops column's separators (, ; |), no control character, not starting with a space;
# organisers' own session ids ("Atelier A", "Salle é-2") pass.
_ID_BODY = r"[^\s/\\,;|\x00-\x1f\x7f][^/\\,;|\x00-\x1f\x7f]{0,127}"
Id = Annotated[str, StringConstraints(pattern=f"^{_ID_BODY}$")]
OptId = Annotated[str, StringConstraints(pattern=f"^({_ID_BODY})?$")]
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_TOKEN = rf"^[\x21-\x7e]{{1,{MAX_CODE_LENGTH}}}$"
Uuid = Annotated[str, StringConstraints(pattern=_UUID)]
BadgeToken = Annotated[str, StringConstraints(pattern=_TOKEN)]


# No NUL, no control character but tab, newline and carriage return (the JSON schema says
# so too; a lone surrogate, which no pattern can say, is refused by _clean).
_NO_CONTROLS = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"


# The same, and not blank: something other than spaces.
_NOT_BLANK = (r"^[\t\n\r ]*[^\s\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
              r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$")


# Text of at most so many characters, with no control character but tab and newline.
Short = Annotated[str, StringConstraints(max_length=64, pattern=_NO_CONTROLS)]
Name = Annotated[str, StringConstraints(max_length=200, pattern=_NO_CONTROLS)]
Email = Annotated[str, StringConstraints(max_length=254, pattern=_NO_CONTROLS)]
LongName = Annotated[str, StringConstraints(max_length=300, pattern=_NO_CONTROLS)]
ShortNote = Annotated[str, StringConstraints(max_length=500, pattern=_NO_CONTROLS)]
DoorNote = Annotated[str, StringConstraints(max_length=1000, pattern=_NO_CONTROLS)]
SettingText = Annotated[str, StringConstraints(max_length=2000, pattern=_NO_CONTROLS)]
Notes = Annotated[str, StringConstraints(max_length=4000, pattern=_NO_CONTROLS)]
Rules = Annotated[str, StringConstraints(max_length=64_000, pattern=_NO_CONTROLS)]


def _whole(value: Any) -> int:
    """A JSON whole number: 3 or 3.0 (JSON Schema's "integer"), never "3" or true."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise ValueError("is not a whole number")


Count = Annotated[int, Field(ge=0, le=MAX_COUNT), BeforeValidator(_whole)]


def _blank_is(default: Any) -> Callable[[Any], Any]:
    """An empty text read as ``default``."""
    return lambda value: default if value == "" else value


class Record(BaseModel):
    # Unknown fields are ignored (a newer station may send more); missing ones are named.
    model_config = ConfigDict(extra="ignore", frozen=True)


class RecordOf(Record):
    """The declared model of one of :mod:`checkin.model`'s records: the same field names
    (tests/sync/test_wire_compat.py checks it), each with what it must be on the way in."""

    record_of: ClassVar[type[Any]]

    def to_model(self) -> Any:
        return from_plain(self.record_of, self.__dict__)  # the fields, as validated


# --- the records -----------------------------------------------------------------------------


# Badge settings (checkin.badges.layout): plain values, lists of them, or one level of
# named ones (category colours and labels); the schema says so, so nothing deeper is sent.
_SettingKey = Annotated[str, StringConstraints(max_length=64, pattern=_NO_CONTROLS)]
_Scalar = SettingText | StrictBool | StrictInt | StrictFloat | None
_ScalarList = Annotated[list[_Scalar], Field(max_length=50)]
_SettingValue = (_Scalar | _ScalarList
                 | Annotated[dict[_SettingKey, _Scalar | _ScalarList], Field(max_length=50)])


class EventRecord(RecordOf):
    record_of = Event

    id: Id
    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9]{1,32}$")]
    title_fr: Name = ""
    title_en: Name = ""
    timezone: Annotated[str, StringConstraints(max_length=64), AfterValidator(_zone),
                        Field(json_schema_extra={"enum": _ZONES})] = "UTC"
    start_date: Day
    end_date: Day
    venue: Name = ""
    organiser: Name = ""
    badge_settings: Annotated[dict[_SettingKey, _SettingValue], Field(max_length=100),
                              AfterValidator(_settings)] = Field(default_factory=dict)

    @field_validator("end_date")
    @classmethod
    def _not_before_start(cls, end_date, info):
        start_date = info.data.get("start_date")
        if start_date is not None and end_date < start_date:
            raise ValueError("is before start_date")
        return end_date


class SessionRecord(RecordOf):
    record_of = Session

    # as the programme's own editor checks them (checkin.programme.make_session)
    id: Id
    event_id: OptId = ""
    name_fr: Annotated[str, StringConstraints(max_length=300, pattern=_NOT_BLANK)]
    name_en: LongName = ""
    starts_at: Time
    ends_at: Time
    room: LongName = ""
    capacity: Annotated[int, Field(ge=0, le=1_000_000), BeforeValidator(_whole)] | None = None
    categories: Annotated[list[Category], Field(max_length=10)] = Field(
        default_factory=list, description="who may enter; empty: everyone")
    registration_required: StrictBool = False
    allow_multiple_entries: StrictBool = Field(False, description="pretix's: entry again "
                                               "without an exit in between")
    allow_entry_after_exit: StrictBool = True
    accept_unpaid: StrictBool = False
    rules: Rules = Field("", description="pretix's custom check-in rules (JSON "
                                 "logic), as JSON text; empty for none")
    admission_at: Time | None = Field(None, description="doors open (pretix: date_admission)")
    removed: StrictBool = Field(False, description="taken out of the programme (kept so that "
                                "the removal travels)")

    @model_validator(mode="before")
    @classmethod
    def _old_names(cls, data):
        """``reentry``: the name of allow_multiple_entries before, from an older station."""
        if isinstance(data, dict) and "reentry" in data and "allow_multiple_entries" not in data:
            data = {**data, "allow_multiple_entries": data["reentry"]}
        return data

    @field_validator("ends_at")
    @classmethod
    def _after_start(cls, ends_at, info):
        starts_at = info.data.get("starts_at")
        if starts_at is not None and ends_at <= starts_at:
            raise ValueError("is not after starts_at: the session ends before it starts")
        return ends_at


class AttendeeRecord(RecordOf):
    record_of = Attendee

    id: Id
    event_id: OptId = ""
    token: BadgeToken
    first_name: Name = ""
    last_name: Name = ""
    organisation: Name = ""
    country: Name = ""
    # empty (as an older station's feed could say): the default
    category: Annotated[Category, BeforeValidator(_blank_is(Category.PARTICIPANT))] = (
        Category.PARTICIPANT)
    language: Annotated[Language, BeforeValidator(_blank_is(Language.FR))] = Language.FR
    email: Email = ""
    phone: Short = ""
    reg_no: Short = ""
    status: RegistrationStatus = RegistrationStatus.CONFIRMED
    workshops: Annotated[list[Id], Field(max_length=200)] = Field(default_factory=list)
    notes: Notes = ""
    attention: StrictBool = Field(False, description="the door shows this person in amber")
    door_note: DoorNote = ""
    product: Name = ""
    variation: Name = ""
    valid_from: Time | None = None
    valid_until: Time | None = None
    badge_printed_at: Time | None = None
    updated_at: Time | None = None
    origin: Name = ""


class CheckInRecord(RecordOf):
    record_of = CheckIn

    uuid: Uuid
    attendee_id: Id
    session_id: Id
    station_id: OptId = ""
    at: Time
    method: Method
    direction: Direction = Direction.ENTRY
    override: StrictBool = False
    voided: StrictBool = False


class VoidRecord(RecordOf):
    record_of = Void

    uuid: Uuid
    checkin_uuid: Uuid
    station_id: OptId = ""
    at: Time


class StationRecord(RecordOf):
    record_of = Station

    id: OptId
    name: Name = ""
    last_seen: Time | None = None
    pending: Count = 0


# A receiver's number as printed on its label (checkin.receiver_codes): upper case letters and
# digits, then also . _ -; at most 32.
ReceiverNumber = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9._-]{0,31}$")]


class ReceiverRecord(RecordOf):
    """An interpretation receiver (a desk's or an organiser's token)."""

    record_of = Receiver

    id: ReceiverNumber = Field(description="its number, as on its label (R012)")
    note: ShortNote = ""
    channel: Short = ""
    updated_at: Time | None = None
    origin: Name = ""


class LoanRecord(RecordOf):
    """A receiver lent or taken back: an event, merged as a union like a check-in."""

    record_of = LoanEvent

    uuid: Uuid
    receiver_id: ReceiverNumber
    action: LoanAction
    attendee_id: OptId = Field("", description="lend: who took it; return: who held it")
    station_id: OptId = ""
    at: Time


# --- what travels around them ----------------------------------------------------------------


class CheckInItem(Record):
    kind: Literal["checkin"]
    record: CheckInRecord  # before the key: a bad record is the news, a bad key follows from it
    key: Uuid = Field(description="idempotency key: the check-in's uuid")


class VoidItem(Record):
    kind: Literal["void"]
    record: VoidRecord  # before the key: a bad record is the news, a bad key follows from it
    key: Uuid = Field(description="idempotency key: the void's uuid")


class AttendeeItem(Record):
    kind: Literal["attendee"]
    record: AttendeeRecord  # before the key: a bad record is the news, a bad key follows from it
    key: Id = Field(description="idempotency key: the attendee's id")


class SessionItem(Record):
    """A session of the programme (an organiser's token)."""

    kind: Literal["session"]
    record: SessionRecord
    key: Id = Field(description="idempotency key: the session's id")


class EventItem(Record):
    """The event itself (an organiser's token)."""

    kind: Literal["event"]
    record: EventRecord
    key: Id = Field(description="idempotency key: the event's id")


class ReceiverItem(Record):
    """An interpretation receiver numbered, imported or changed (a desk's token)."""

    kind: Literal["receiver"]
    record: ReceiverRecord
    key: ReceiverNumber = Field(description="idempotency key: the receiver's number")


class LoanItem(Record):
    """A receiver lent or taken back (any station's token)."""

    kind: Literal["loan"]
    record: LoanRecord
    key: Uuid = Field(description="idempotency key: the loan event's uuid")


PushItem = Annotated[CheckInItem | VoidItem | AttendeeItem | SessionItem | EventItem
                     | ReceiverItem | LoanItem, Field(discriminator="kind")]


class PushRequest(Record):
    station: StationRecord | None = None
    items: Annotated[list[PushItem], Field(max_length=MAX_ITEMS)]


class ItemResult(Record):
    kind: str
    key: str
    outcome: Literal["accepted", "duplicate", "rejected", "quarantined", "retry"]
    reason: str = ""
    status: int | None = Field(None, description="for a refused item: 422 (the record is "
                               "malformed: see field), 403 (the token's role), 409 (a clash)")
    field: str = Field("", description="the refused field, e.g. record.at")


class PushResponse(Record):
    results: list[ItemResult]
    next: int


class PushRefusal(PushResponse):
    """The 422 answer of a push in which some items were malformed: every item is still
    answered, and those that were well-formed were taken."""

    error: str
    field: str = Field(description="the first refused item's field, e.g. items.3.record.at")


class ChangesQuery(Record):
    """The query of ``GET /api/v1/changes``. An unknown parameter is refused, not ignored: a
    misspelt ``sinse=`` would otherwise pull the whole list again without a word."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    since: Annotated[int, Field(ge=0, le=MAX_INT)] = 0
    limit: Annotated[int, Field(ge=1, le=5000)] = 1000
    station: OptId = Field("", description="the pulling station's id (heartbeat)")
    name: Name = Field("", description="the pulling station's name")
    pending: Annotated[int, Field(ge=0, le=MAX_COUNT)] = Field(
        0, description="how many records the station still has to push")


class ChangesPage(Record):
    since: int
    next: int = Field(description="the cursor for the next pull")
    more: bool = Field(description="another page is waiting")
    count: int = Field(description="records in this page (a check against truncation)")
    server_time: Time
    event: EventRecord | None = None
    sessions: list[SessionRecord] = Field(default_factory=list)
    attendees: list[AttendeeRecord] = Field(default_factory=list)
    checkins: list[CheckInRecord] = Field(default_factory=list)
    voids: list[VoidRecord] = Field(default_factory=list)
    stations: list[StationRecord] = Field(default_factory=list)
    quarantined: int = Field(0, description="records the hub keeps aside (see docs)")
    receivers: list[ReceiverRecord] = Field(default_factory=list)
    loans: list[LoanRecord] = Field(default_factory=list)


class BundleStamp(Record):
    exported_at: Time | None = None


class Bundle(Record):
    format: Literal["checkin-bundle"]
    version: Literal[1]
    exported_at: Time | None = None
    station: StationRecord | None = None
    stations: list[StationRecord] = Field(default_factory=list)
    attendees: list[AttendeeRecord] = Field(default_factory=list)
    checkins: list[CheckInRecord] = Field(default_factory=list)
    voids: list[VoidRecord] = Field(default_factory=list)
    receivers: list[ReceiverRecord] = Field(default_factory=list)
    loans: list[LoanRecord] = Field(default_factory=list)


class MergeReport(Record):
    checkins: int = 0
    voids: int = 0
    attendees: int = 0
    stations: int = 0
    checkins_seen: int = 0
    refused: int = Field(0, description="records left out: malformed, or beyond the token")
    quarantined: int = Field(0, description="check-ins kept aside: unknown person or session")


class BundleRefusal(MergeReport):
    """The 422 answer of a bundle with malformed records: the others went in."""

    error: str
    problems: list[str] = Field(default_factory=list, description="the first refused "
                                "records and why, e.g. checkins[3]: field 'at' …")


class Health(Record):
    status: str
    version: str
    server_time: Time


class Error(Record):
    error: str
    field: str = Field("", description="the refused field, when one is to blame")


class TokenRecord(Record):
    id: str
    name: str
    role: Literal["door", "desk", "organiser"]
    created_at: Time
    revoked_at: Time | None = None
    last_seen: Time | None = None
    station_id: str = ""


class TokenList(Record):
    tokens: list[TokenRecord]


class NewToken(Record):
    name: Annotated[str, StringConstraints(max_length=80, pattern=_NOT_BLANK)] = Field(
        description="the station's name, e.g. Door A")
    role: Literal["door", "desk", "organiser"] = "door"


class MadeToken(Record):
    token: TokenRecord
    secret: str = Field(description="the token itself, shown this once")


class RevokedToken(Record):
    token: TokenRecord


class EnrolRequest(Record):
    """A new station's pairing code (from the hub's QR code) and its own id."""

    code: Annotated[str, StringConstraints(max_length=64, pattern=_NOT_BLANK)] = Field(
        description="the one-time pairing code")
    station_id: Annotated[str, StringConstraints(max_length=64,
                                                 pattern=r"^[A-Za-z0-9_-]*$")] = ""


class Enrolled(Record):
    token: str = Field(description="the station's own token, shown this once")
    name: str
    role: Literal["door", "desk", "organiser"]


# --- reading ---------------------------------------------------------------------------------

# What each pattern means, in words, for the refusal.
_PATTERN_WORDS = {
    f"^{_ID_BODY}$": "is not an id: 1 to 128 characters, no comma, semicolon, '|', slash, "
    "backslash or control character, not starting with a space",
    f"^({_ID_BODY})?$": "is not an id: up to 128 characters, no comma, semicolon, '|', "
    "slash, backslash or control character, not starting with a space",
    _NO_CONTROLS: "contains a NUL or another control character",
    _NOT_BLANK: "is blank or contains a NUL or another control character",
    _TIME_SCHEMA["pattern"]: f"is outside {EARLIEST.year}–{LATEST.year - 1}",
    _UUID: "is not a UUID",
    _TOKEN: f"is not a badge token: 1 to {MAX_CODE_LENGTH} printable ASCII characters",
}


def field_of(error: ValidationError, prefix: str = "") -> tuple[str, str]:
    """The first problem's dotted field and its message, in words."""
    problems = error.errors(include_url=False, include_input=False)
    # a missing field is the plainest thing to tell, so it is told first
    first = next((p for p in problems if p["type"] == "missing"), problems[0])
    parts = [str(p) for p in first["loc"]]
    # a discriminated union puts the tag in the path: items.0.checkin.record.at
    parts = [p for p in parts
             if p not in ("checkin", "void", "attendee", "session", "event", "receiver", "loan",
                          "function-after")]
    path = ".".join([prefix, *parts] if prefix else parts)
    message = first["msg"]
    for noise in ("Value error, ", "Assertion failed, "):
        message = message.replace(noise, "")
    kind = first["type"]
    if kind == "missing":
        message = "is missing"
    elif kind == "string_unicode":
        message = "contains a lone surrogate (not valid Unicode)"
    elif kind == "string_pattern_mismatch":
        message = _PATTERN_WORDS.get(str((first.get("ctx") or {}).get("pattern")),
                                     "has characters or a length that is not allowed")
    elif kind.endswith("_type") or kind.endswith("_parsing"):
        message = "has the wrong type"
    else:  # "Input should be …", "String should have …", "List should have …"
        for subject in ("Input ", "String ", "List ", "Value ", "Dictionary "):
            if message.startswith(subject + "should"):
                message = message[len(subject):]
                break
    return path, message


def parse(model: type[Record], data: Any, prefix: str = ""):
    """``data`` checked as ``model``; :class:`RecordError` names the field otherwise."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        path, message = field_of(error, prefix)
        raise RecordError(path, message) from None
    except RecursionError:
        raise RecordError(prefix, "is nested too deeply") from None


_PUSH_ITEM = TypeAdapter(PushItem)


def push_item(data: Any) -> (CheckInItem | VoidItem | AttendeeItem | SessionItem | EventItem
                             | ReceiverItem | LoanItem):
    """One pushed item; :class:`RecordError` names the field (``record.at``, ``kind``)."""
    if not isinstance(data, dict):
        raise RecordError("", "an item is not a JSON object")
    try:
        item = _PUSH_ITEM.validate_python(data)
    except ValidationError as error:
        path, message = field_of(error)
        if path == "" or path == "kind":
            path, message = ("kind", "is not one of checkin, void, attendee, session, event, "
                             "receiver, loan")
        raise RecordError(path, message) from None
    except RecursionError:
        raise RecordError("record", "is nested too deeply") from None
    own = (item.record.uuid if isinstance(item, (CheckInItem, VoidItem, LoanItem))
           else item.record.id)
    if item.key != own:
        raise RecordError("key", "is not the record's own id")
    return item
