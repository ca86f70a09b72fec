"""The records the whole application talks about, as frozen dataclasses and enums.

Everything that crosses a layer boundary (store → reception → window, store → reports,
store → sync) is one of these, never a dict of strings. Times are aware ``datetime`` in UTC;
they are shown in the event's time zone by whoever displays them.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import operator
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC as UTC, date, datetime
from typing import Any, TypeVar, cast, overload
from zoneinfo import ZoneInfo

# Field metadata for :func:`plain` and :func:`from_plain` (at the end of this module).
#: A field kept at the station that has it, never sent (``Attendee.pending_workshops``).
LOCAL: dict[str, Any] = {"wire": False}
#: A field read from a join, neither stored in the record's table nor sent
#: (``CheckIn.station_name``).
JOINED: dict[str, Any] = {"wire": False, "row": False}


class Category(enum.StrEnum):
    """Who a person is at the event; the only spelling of it anywhere (store, wire, sheets,
    sessions' "who may enter"). A StrEnum: its text is its value, in files and messages."""

    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    PRESS = "press"
    OFFICIAL = "official"
    STAFF = "staff"

    @classmethod
    def parse(cls, text: str | None) -> Category | None:
        """Accept the French and English words a registration form uses; None for an empty
        or unknown one."""
        if isinstance(text, cls):
            return text
        if not text:
            return None
        return _CATEGORY_WORDS.get(fold(text).strip())


class Language(enum.StrEnum):
    """A person's preferred language, and the window's, the badges' and exports' language:
    French or English."""

    FR = "fr"
    EN = "en"

    @classmethod
    def parse(cls, text: str | None) -> Language | None:
        """"fr", "Français", "anglais", "English", "E"…; None for an empty or unknown one."""
        if isinstance(text, cls):
            return text
        if not text:
            return None
        return _LANGUAGE_WORDS.get(" ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split()))


_LANGUAGE_WORDS = {
    "fr": Language.FR, "francais": Language.FR, "french": Language.FR, "f": Language.FR,
    "fra": Language.FR, "fre": Language.FR,
    "en": Language.EN, "anglais": Language.EN, "english": Language.EN, "e": Language.EN,
    "eng": Language.EN, "a": Language.EN, "ang": Language.EN,
}


E = TypeVar("E", bound=enum.Enum)


def _member(kind: type[E], value: Any, default: E) -> E:
    """``value`` (a member, or a word its ``parse`` reads) as a member of ``kind``; empty is
    ``default``. Raises ValueError for a word that is none of them."""
    if isinstance(value, kind):
        return value
    member: Any = kind._value2member_map_.get(value) or kind.parse(value)  # type: ignore[attr-defined]
    if member is None:
        if value:
            raise ValueError(f"{value!r} is not a {kind.__name__.lower()}")
        return default
    return cast(E, member)


def fold(text: str) -> str:
    """Lower case without accents, every Latin letter as the plain letters people type for
    it (Łódź → lodz, Øyvind → oyvind, Straße → strasse, Æsa → aesa): the key used for every
    tolerant comparison."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return plain if plain.isascii() else plain.translate(_LATIN)


def _latin_letters() -> dict[int, str]:
    """Latin letters that Unicode does not decompose (ł ø đ ð ı ß æ œ þ ŋ ħ …), each as the
    letters it is typed as on a plain keyboard, found from the letters' own Unicode names
    ("LATIN SMALL LETTER L WITH STROKE" → l)."""
    named = {"AE": "ae", "OE": "oe", "THORN": "th", "ETH": "d", "SHARP S": "ss", "ENG": "n",
             "KRA": "k", "LONG S": "s", "DOTLESS I": "i", "DOTLESS J": "j", "IJ": "ij",
             "OI": "oi", "OU": "ou", "HV": "hv", "DZ": "dz", "LJ": "lj", "NJ": "nj",
             "TS": "ts", "LL": "ll", "UE": "ue", "AA": "aa", "AO": "ao", "AU": "au",
             "AV": "av", "AY": "ay", "OO": "oo", "VY": "vy", "DB DIGRAPH": "db",
             "QP DIGRAPH": "qp", "TESH DIGRAPH": "ts", "TC DIGRAPH": "tc", "LS DIGRAPH": "ls",
             "LZ DIGRAPH": "lz", "DEZH DIGRAPH": "dz", "FENG DIGRAPH": "fn"}
    table: dict[int, str] = {}
    pattern = re.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) (.+?)(?: WITH .*)?$")
    ranges = (range(0x00C0, 0x0250), range(0x1D00, 0x1D80), range(0x1E00, 0x1F00),
              range(0x2C60, 0x2C80), range(0xA720, 0xA800), range(0xAB30, 0xAB70))
    for code in (c for r in ranges for c in r):
        letter = chr(code)
        match = pattern.match(unicodedata.name(letter, ""))
        if not match:
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", letter)
                       if not unicodedata.combining(c)).casefold()
        if base.isascii():
            continue  # é, ŀ…: the decomposition already says it
        name = match.group(1)
        words = name.split()
        if name in named:
            plain = named[name]
        elif len(words[-1]) == 1:
            plain = words[-1].lower()  # "L", "TURNED E", "OPEN O", "SCRIPT G"
        else:
            continue
        for key in set(base):
            if not key.isascii():
                table.setdefault(ord(key), plain)
    return table


_LATIN = _latin_letters()


_CATEGORY_WORDS = {
    "participant": Category.PARTICIPANT,
    "participante": Category.PARTICIPANT,
    "delegate": Category.PARTICIPANT,
    "delegue": Category.PARTICIPANT,
    "attendee": Category.PARTICIPANT,
    "speaker": Category.SPEAKER,
    "intervenant": Category.SPEAKER,
    "intervenante": Category.SPEAKER,
    "orateur": Category.SPEAKER,
    "oratrice": Category.SPEAKER,
    "panelist": Category.SPEAKER,
    "paneliste": Category.SPEAKER,
    "organiser": Category.ORGANISER,
    "organizer": Category.ORGANISER,
    "organisateur": Category.ORGANISER,
    "organisatrice": Category.ORGANISER,
    "press": Category.PRESS,
    "presse": Category.PRESS,
    "media": Category.PRESS,
    "journaliste": Category.PRESS,
    "official": Category.OFFICIAL,
    "officiel": Category.OFFICIAL,
    "officielle": Category.OFFICIAL,
    "vip": Category.OFFICIAL,
    "autorite": Category.OFFICIAL,
    "staff": Category.STAFF,
    "equipe": Category.STAFF,  # the badges' and the programme export's French word
    "benevole": Category.STAFF,
    "volunteer": Category.STAFF,
    "personnel": Category.STAFF,
}


#: The words for each category, (French, English): the one place the window, the CSV / XLSX /
#: PDF exports and the badges take them from (an event's badge settings may still rename them
#: on its badges).
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    Category.PARTICIPANT: ("Participant", "Participant"),
    Category.SPEAKER: ("Intervenant", "Speaker"),
    Category.ORGANISER: ("Organisateur", "Organiser"),
    Category.PRESS: ("Presse", "Press"),
    Category.OFFICIAL: ("Officiel", "Official"),
    Category.STAFF: ("Équipe", "Staff"),
}


def category_words(value: str) -> tuple[str, str]:
    """(French, English) for a category; an unknown code, capitalised, in both."""
    return CATEGORY_LABELS.get(value) or (value.capitalize(), value.capitalize())


class RegistrationStatus(str, enum.Enum):
    """Where a registration stands; the only spelling of it anywhere (store, wire, rules).

    PENDING is a registration not paid or not confirmed yet (pretix: an order pending payment
    or approval); BLOCKED, a ticket the organisers blocked (pretix's ``blocked``)."""

    CONFIRMED = "confirmed"
    PENDING = "pending"
    CANCELLED = "cancelled"
    BLOCKED = "blocked"

    @classmethod
    def parse(cls, value: str | RegistrationStatus | None) -> RegistrationStatus:
        """A stored or sent value; an empty one is a confirmed registration. Raises
        ValueError for a word that is none of them."""
        if isinstance(value, cls):
            return value
        if not value:
            return cls.CONFIRMED
        return cls(str(value).strip().lower())

    def __str__(self) -> str:  # the value in files and messages, not "RegistrationStatus.X"
        return self.value

    def __format__(self, format_spec: str) -> str:  # f"{status}": the value, as str() says
        return str.__format__(self.value, format_spec)


class Method(str, enum.Enum):
    CAMERA = "camera"
    SCANNER = "scanner"
    SEARCH = "search"
    WALK_IN = "walk-in"
    MANUAL = "manual"  # a code typed by hand
    AUTO = "auto"  # an exit recorded when the session ended (auto-checkout)
    ONLINE = "online"  # attendance from an online platform's participants report


class Direction(str, enum.Enum):
    ENTRY = "entry"
    EXIT = "exit"


class Outcome(enum.Enum):
    """What the door answers to a badge. Green, amber or red in the window; the words for
    each are in :mod:`checkin.outcome_words`."""

    ACCEPTED = "accepted"
    REENTRY = "reentry"  # accepted again: the session allows re-entry (or entry after exit)
    ALREADY_IN = "already_in"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    BLOCKED = "blocked"  # a ticket the organisers blocked
    UNPAID = "unpaid"  # registration not paid / not confirmed
    NOT_ADMITTED = "not_admitted"
    OTHER_EVENT = "other_event"
    EXIT = "exit"  # an exit recorded
    ROOM_FULL = "room_full"  # the room holds its capacity: staff may override

    @property
    def admitted(self) -> bool:
        return self in (Outcome.ACCEPTED, Outcome.REENTRY, Outcome.EXIT)

    @property
    def colour(self) -> str:
        if self is Outcome.EXIT:
            return "exit"  # blue, an arrow: never mistaken for an entry
        if self.admitted:
            return "green"
        if self is Outcome.ALREADY_IN:
            return "amber"
        return "red"


class NotAdmittedReason(enum.Enum):
    CATEGORY = "category"  # the session is for other categories
    NOT_REGISTERED = "not_registered"  # a workshop the person did not register for
    RULES = "rules"  # a custom rule of the organisers' server (pretix) says no
    RULE_UNCHECKABLE = "rule_uncheckable"  # a custom rule this station cannot evaluate
    INVALID_TIME = "invalid_time"  # outside the ticket's own validity (valid from / until)


@dataclass(frozen=True)
class Event:
    id: str
    code: str  # the badge-token prefix, e.g. "IMC25"
    title_fr: str
    title_en: str
    timezone: str = field(metadata={"blank": "UTC"})  # an empty one read back is UTC
    start_date: date
    end_date: date
    venue: str = ""
    organiser: str = ""
    badge_settings: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def title(self, language: str = Language.FR) -> str:
        return self.title_en if language == Language.EN and self.title_en else self.title_fr

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)


@dataclass(frozen=True)
class Session:
    id: str
    event_id: str
    name_fr: str
    name_en: str
    starts_at: datetime
    ends_at: datetime
    room: str = ""
    capacity: int | None = None
    categories: tuple[Category, ...] = ()  # empty: every category is admitted
    registration_required: bool = False  # only attendees registered for it (workshops)
    # pretix's check-in list flags, under their names; a programme sheet sets them too.
    allow_multiple_entries: bool = False  # entry again without an exit in between
    allow_entry_after_exit: bool = True  # entry again after an exit (pretix's default)
    accept_unpaid: bool = False  # pending registrations count here (pretix: include_pending)
    rules: str = ""  # pretix's custom check-in rules (JSON logic), as JSON text; "" for none
    admission_at: datetime | None = None  # doors open (pretix: date_admission), for rules
    removed: bool = False  # taken out of the programme; kept so that the removal syncs

    def name(self, language: str = Language.FR) -> str:
        return self.name_en if language == Language.EN and self.name_en else self.name_fr

    def __post_init__(self) -> None:
        if not all(isinstance(c, Category) for c in self.categories) or not isinstance(
                self.categories, tuple):  # words read from a sheet, a form or a row
            object.__setattr__(self, "categories", tuple(
                _member(Category, c, Category.PARTICIPANT) for c in self.categories))


@dataclass(frozen=True)
class Attendee:
    id: str
    event_id: str
    token: str
    first_name: str
    last_name: str
    organisation: str = ""
    country: str = ""
    category: Category = Category.PARTICIPANT
    language: Language = Language.FR
    email: str = ""
    phone: str = ""
    reg_no: str = ""
    status: RegistrationStatus = RegistrationStatus.CONFIRMED
    workshops: tuple[str, ...] = ()  # session ids the person registered for
    notes: str = ""
    # Shown at the door: the attention flag makes the answer "Accepted — attention" with the
    # note in large type (pretix: require_attention and checkin_texts; a sheet: a column).
    attention: bool = False
    door_note: str = ""
    # pretix's product and variation ids, and the ticket's own validity, for its rules
    product: str = ""
    variation: str = ""
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    badge_printed_at: datetime | None = None
    updated_at: datetime | None = None
    origin: str = ""
    # The workshops cell as written, while the sessions it names are not in the database
    # yet (a list imported before its programme); resolved when the programme arrives.
    pending_workshops: str = field(default="", metadata=LOCAL)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def __post_init__(self) -> None:
        # words read from a sheet, a form or a row: their members (ValueError for none)
        if not isinstance(self.status, RegistrationStatus):
            object.__setattr__(self, "status", RegistrationStatus.parse(self.status))
        if not isinstance(self.category, Category):
            object.__setattr__(self, "category",
                               _member(Category, self.category, Category.PARTICIPANT))
        if not isinstance(self.language, Language):
            object.__setattr__(self, "language", _member(Language, self.language, Language.FR))

    @property
    def cancelled(self) -> bool:
        return self.status is RegistrationStatus.CANCELLED

    @property
    def needs_attention(self) -> bool:
        return self.attention or bool(self.door_note.strip())


@dataclass(frozen=True)
class Station:
    id: str
    name: str
    last_seen: datetime | None = None
    pending: int = 0


@dataclass(frozen=True)
class CheckIn:
    uuid: str
    attendee_id: str
    session_id: str
    station_id: str
    at: datetime
    method: Method
    direction: Direction = Direction.ENTRY
    override: bool = False
    voided: bool = False
    station_name: str = field(default="", metadata=JOINED)  # the station's, when joined


@dataclass(frozen=True)
class Void:
    """An undo of a check-in, as an event of its own (merging stays a union)."""

    uuid: str
    checkin_uuid: str
    station_id: str
    at: datetime


@dataclass(frozen=True)
class AdmitResult:
    """The typed answer of :meth:`checkin.reception.Reception.admit`."""

    outcome: Outcome
    session: Session | None
    attendee: Attendee | None = None
    checkin: CheckIn | None = None  # the row written, when one was
    first: CheckIn | None = None  # for ALREADY_IN: the first check-in (when, which door)
    reason: NotAdmittedReason | None = None
    override_allowed: bool = False  # staff may override this refusal with the PIN
    code: str = ""  # the code as read, capped, for the log and the card
    detail: str = ""  # the rule's own explanation (pretix-style), when a rule refused

    @property
    def admitted(self) -> bool:
        return self.outcome.admitted

    @property
    def attention(self) -> bool:
        """Admitted, and the door must look: "Accepted — attention" with the note."""
        return (
            self.outcome in (Outcome.ACCEPTED, Outcome.REENTRY)
            and self.attendee is not None
            and self.attendee.needs_attention
        )

    @property
    def colour(self) -> str:
        """green, amber or red; "attention" is green framed in amber."""
        return "attention" if self.attention else self.outcome.colour


# --- records as plain values: the one mapping record ↔ table row ↔ wire record ---------------
#
# Every record is stored, sent and read back through its own fields (dataclasses.fields) and
# one conversion per type, both declared here (:func:`_conversion`): a field added to a record
# reaches the store, the hub's feed, bundles and the wire with no other change. A field that
# must stay where it is made says so in its metadata (LOCAL, JOINED).

Convert = Callable[[Any], Any] | None  # None: the value is already what it must be


@dataclass(frozen=True)
class _Field:
    name: str
    wire: bool  # sent (not LOCAL / JOINED)
    row: bool  # stored in the record's table (not JOINED)
    to_wire: Convert
    to_row: Convert
    read: Convert  # from a row's value or a wire record's (JSON or the declared models')
    blank: Any  # what a missing, NULL or empty value becomes (_DEFAULT: the field's default)


_DEFAULT, _REQUIRED = object(), object()


def plain(record: Any, *, exclude: tuple[str, ...] = (), row: bool = False) -> dict[str, Any]:
    """A record's fields as plain values, for the wire (JSON) or, ``row=True``, a table row.

    Times as ISO text (:func:`to_iso`), days as ISO dates, enums as their values; on the wire
    tuples as lists; in a row tuples and dicts as JSON text and booleans as 0 / 1. A field
    whose metadata says ``wire`` / ``row`` False is left out of that one."""
    out: dict[str, Any] = {}
    for f in _fields(type(record)):
        if not (f.row if row else f.wire) or f.name in exclude:
            continue
        value = getattr(record, f.name)
        convert = f.to_row if row else f.to_wire
        out[f.name] = value if convert is None or value is None else convert(value)
    return out


def columns(record_type: type[Any]) -> tuple[str, ...]:
    """The table columns of a record: its fields but those not stored."""
    return tuple(f.name for f in _fields(record_type) if f.row)


R = TypeVar("R")


def from_plain(record_type: type[R], data: Mapping[str, Any]) -> R:
    """A record from a table row or a wire record (already checked by
    :mod:`checkin.sync.records`): :func:`plain` the other way round.

    A missing, NULL or empty value is the field's default (``blank`` in its metadata when it
    has none, an empty text for a text, None for an optional value); an enum is read through
    its ``parse`` where it has one. Raises ValueError for a value its type cannot read."""
    values: dict[str, Any] = {}
    for f in _fields(record_type):
        value = data.get(f.name)
        if value is None or value == "":
            if f.blank is _DEFAULT:
                continue
            if f.blank is _REQUIRED:
                raise ValueError(f"{record_type.__name__}.{f.name} is missing")
            values[f.name] = f.blank
        else:
            values[f.name] = value if f.read is None else f.read(value)
    return record_type(**values)


def _fields(record_type: type[Any]) -> tuple[_Field, ...]:
    known = _FIELDS.get(record_type)
    if known is None:
        known = _FIELDS[record_type] = _fields_of(record_type)
    return known


_FIELDS: dict[type[Any], tuple[_Field, ...]] = {}


def _fields_of(record_type: type[Any]) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(record_type)
    out = []
    for f in dataclasses.fields(record_type):
        kind = hints[f.name]
        args = typing.get_args(kind)
        optional = isinstance(kind, types.UnionType) and type(None) in args
        if optional:
            kind = next(a for a in args if a is not type(None))
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            blank: Any = _DEFAULT
        elif "blank" in f.metadata:
            blank = f.metadata["blank"]
        elif optional or kind is str:
            blank = None if optional else ""
        elif kind in (bool, int, float):
            blank = kind()  # a number never stored reads as 0
        else:
            blank = _REQUIRED
        to_wire, to_row, read = _conversion(kind)
        out.append(_Field(f.name, f.metadata.get("wire", True), f.metadata.get("row", True),
                          to_wire, to_row, read, blank))
    return tuple(out)


def _conversion(kind: Any) -> tuple[Convert, Convert, Convert]:
    """(to the wire, to a row, read back from either) for a field's type: the one place each
    type's conversion is said."""
    origin = typing.get_origin(kind)
    if origin is tuple:  # tuple[X, ...], or a pair tuple[X, Y] (in a tuple of pairs)
        args = typing.get_args(kind)
        if args[-1] is Ellipsis:
            wire_of, _, read_of = _conversion(args[0])

            def items(value: tuple[Any, ...]) -> list[Any]:
                return list(value) if wire_of is None else list(map(wire_of, value))

            def read_items(value: Any) -> tuple[Any, ...]:
                listed = json.loads(value) if isinstance(value, str) else value
                return tuple(listed) if read_of is None else tuple(map(read_of, listed))
        else:
            each = [_conversion(a) for a in args]

            def items(value: tuple[Any, ...]) -> list[Any]:
                return [v if w is None else w(v)
                        for v, (w, _, _) in zip(value, each, strict=True)]

            def read_items(value: Any) -> tuple[Any, ...]:
                listed = json.loads(value) if isinstance(value, str) else value
                return tuple(v if r is None else r(v)
                             for v, (_, _, r) in zip(listed, each, strict=True))

        return items, lambda v: json.dumps(items(v)), read_items
    if origin is dict or kind is dict:
        return None, lambda v: json.dumps(v, ensure_ascii=False), (
            lambda v: json.loads(v) if isinstance(v, str) else dict(v))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        value_of = operator.attrgetter("value")
        return value_of, value_of, _enum_reader(kind)
    if kind is datetime:
        return to_iso, to_iso, lambda v: (
            from_iso(v) if isinstance(v, str) else v if v.tzinfo is UTC else v.astimezone(UTC))
    if kind is date:
        return date.isoformat, date.isoformat, (
            lambda v: date.fromisoformat(v) if isinstance(v, str) else v)
    if kind is bool:
        return None, int, bool
    if kind is str or kind is int:
        return None, None, None
    if kind is float:
        return None, None, float
    raise TypeError(f"no conversion for a field of type {kind!r}")


def _enum_reader(kind: type[enum.Enum]) -> Callable[[Any], Any]:
    parse = getattr(kind, "parse", None)
    by_value = kind._value2member_map_  # the stored and sent spelling, straight

    def read(value: Any) -> enum.Enum:
        if isinstance(value, kind):
            return value
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            member = parse(value) if parse is not None else kind(value)
        if member is None:
            raise ValueError(f"{value!r} is not a {kind.__name__}")
        return member  # type: ignore[no-any-return]

    return read


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def to_iso(moment: datetime) -> str: ...
@overload
def to_iso(moment: None) -> None: ...
@overload
def to_iso(moment: datetime | None) -> str | None: ...
def to_iso(moment: datetime | None) -> str | None:
    """UTC, microseconds, fixed width: sorts as text in SQLite."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must be aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@overload
def from_iso(text: str) -> datetime: ...
@overload
def from_iso(text: None) -> None: ...
@overload
def from_iso(text: str | None) -> datetime | None: ...
def from_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def json_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    value = json.loads(text)
    return tuple(str(v) for v in value)


# --- interpretation receivers (checkin.receivers) -----------------------------------------


class LoanAction(str, enum.Enum):
    """What happened to a receiver: lent to someone, or taken back."""

    LEND = "lend"
    RETURN = "return"


@dataclass(frozen=True)
class Receiver:
    """An interpretation headset lent in the auditorium, known by the number on its label
    ("R012"); its label's QR code carries that number (:func:`checkin.receivers.payload`)."""

    id: str  # its number as printed, upper case: "R012"
    note: str = ""
    channel: str = ""  # e.g. "EN" for the English channel
    updated_at: datetime | None = None
    origin: str = ""


@dataclass(frozen=True)
class LoanEvent:
    """A receiver lent or taken back, as an event of its own with a client-made UUID: stations
    merge them as a union, and who holds a receiver is read from them in time order
    (:func:`checkin.receivers.loans`), as who is in a room is read from entries and exits."""

    uuid: str
    receiver_id: str
    action: LoanAction
    attendee_id: str  # LEND: who took it; RETURN: who held it, as the station knew ("" if none)
    station_id: str
    at: datetime
