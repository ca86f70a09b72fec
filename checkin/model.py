"""The records the whole application talks about, as frozen dataclasses and enums.

Everything that crosses a layer boundary (store → reception → window, store → reports,
store → sync) is one of these, never a dict of strings. Times are aware ``datetime`` in UTC;
they are shown in the event's time zone by whoever displays them.
"""

from __future__ import annotations

import enum
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo


class Category(str, enum.Enum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    PRESS = "press"
    OFFICIAL = "official"
    STAFF = "staff"

    @classmethod
    def parse(cls, text: str | None) -> "Category | None":
        """Accept the French and English words a registration form uses."""
        if not text:
            return None
        key = fold(text).strip()
        return _CATEGORY_WORDS.get(key)


def fold(text: str) -> str:
    """Lower case without accents: the key used for every tolerant comparison."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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
    "benevole": Category.STAFF,
    "volunteer": Category.STAFF,
    "personnel": Category.STAFF,
}


class RegistrationStatus(str, enum.Enum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    PENDING = "pending"


class Method(str, enum.Enum):
    CAMERA = "camera"
    SCANNER = "scanner"
    SEARCH = "search"
    WALK_IN = "walk-in"
    MANUAL = "manual"  # a code typed by hand


class Direction(str, enum.Enum):
    ENTRY = "entry"
    EXIT = "exit"


class Outcome(enum.Enum):
    """What the door answers to a badge. Green, amber or red in the window."""

    ACCEPTED = "accepted"
    REENTRY = "reentry"  # accepted again: the session allows re-entry
    ALREADY_IN = "already_in"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    NOT_ADMITTED = "not_admitted"
    OTHER_EVENT = "other_event"
    EXIT = "exit"  # an exit recorded

    @property
    def admitted(self) -> bool:
        return self in (Outcome.ACCEPTED, Outcome.REENTRY, Outcome.EXIT)

    @property
    def colour(self) -> str:
        if self.admitted:
            return "green"
        if self is Outcome.ALREADY_IN:
            return "amber"
        return "red"


class NotAdmittedReason(enum.Enum):
    CATEGORY = "category"  # the session is for other categories
    NOT_REGISTERED = "not_registered"  # a workshop the person did not register for


@dataclass(frozen=True)
class Event:
    id: str
    code: str  # the badge-token prefix, e.g. "IMC25"
    title_fr: str
    title_en: str
    timezone: str
    start_date: date
    end_date: date
    venue: str = ""
    organiser: str = ""
    badge_settings: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def title(self, language: str = "fr") -> str:
        return self.title_en if language == "en" and self.title_en else self.title_fr

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
    categories: tuple[str, ...] = ()  # empty: every category is admitted
    registration_required: bool = False  # only attendees registered for it (workshops)
    reentry: bool = False  # pretix's "allow multiple entries": admitted again without an exit
    allow_entry_after_exit: bool = True  # pretix's "allow entry after exit" (its default)
    accept_unpaid: bool = False  # pretix's "include pending": unpaid registrations admitted
    removed: bool = False  # taken out of the programme; kept so that the removal syncs

    def name(self, language: str = "fr") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_fr


@dataclass(frozen=True)
class Attendee:
    id: str
    event_id: str
    token: str
    first_name: str
    last_name: str
    organisation: str = ""
    country: str = ""
    category: str = Category.PARTICIPANT.value
    language: str = "fr"
    email: str = ""
    phone: str = ""
    reg_no: str = ""
    status: str = RegistrationStatus.CONFIRMED.value
    workshops: tuple[str, ...] = ()  # session ids the person registered for
    notes: str = ""
    badge_printed_at: datetime | None = None
    updated_at: datetime | None = None
    origin: str = ""
    # The workshops cell as written, while the sessions it names are not in the database
    # yet (a list imported before its programme); resolved when the programme arrives.
    pending_workshops: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def cancelled(self) -> bool:
        return self.status == RegistrationStatus.CANCELLED.value


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
    station_name: str = ""


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

    @property
    def admitted(self) -> bool:
        return self.outcome.admitted


# --- conversions shared by the store, the hub and the exports ---------------------------

UTC = timezone.utc


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime | None) -> str | None:
    """UTC, microseconds, fixed width: sorts as text in SQLite."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must be aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
