"""pretix's refusal reasons and the door's outcomes they map to."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from checkin.model import NotAdmittedReason, Outcome

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
    PretixReason.UNPAID: (Outcome.UNPAID, None, "Ticket not paid"),
    PretixReason.UNAPPROVED: (Outcome.UNPAID, None, "Order not approved"),
    PretixReason.PRODUCT: (
        Outcome.NOT_ADMITTED, NotAdmittedReason.NOT_REGISTERED, "Ticket type not allowed here"
    ),
    PretixReason.RULES: (
        Outcome.NOT_ADMITTED, NotAdmittedReason.RULES, "Forbidden by a custom rule"
    ),
    PretixReason.REVOKED: (Outcome.NOT_ADMITTED, None, "Ticket code revoked or changed"),
    PretixReason.BLOCKED: (Outcome.BLOCKED, None, "Ticket blocked"),
    PretixReason.INVALID_TIME: (
        Outcome.NOT_ADMITTED, NotAdmittedReason.INVALID_TIME, "Ticket not valid at this time"
    ),
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
    attention: bool = False  # pretix's require_attention
    texts: tuple[str, ...] = ()  # pretix's checkin_texts
    replayed: bool = False  # a nonce pretix had already stored: nothing new recorded

    @property
    def ok(self) -> bool:
        return self.reason is None
