"""The records of online attendance that the store keeps (no store import here: the store
imports this module)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

ORIGIN = "online"  # the ``origin`` of an attendee made from a participants report here
ID_PREFIX = "online-"  # the id of every online-only attendee begins so, wherever it travels


def is_online_only(attendee: Any) -> bool:
    """Whether ``attendee`` was made from a participants report (an online-only attendee),
    here or at another station: the hub records the station a person came from as their
    ``origin``, so the id, made with :data:`ID_PREFIX`, is what says it everywhere."""
    return attendee.id.startswith(ID_PREFIX) or attendee.origin == ORIGIN


#: :func:`is_online_only` as an SQL condition on the ``attendees`` table, for the queries that
#: count people (who is expected, who registered): one rule, wherever the person was made.
ONLINE_ONLY_SQL = (f"(coalesce(origin, '') = '{ORIGIN}'"
                   f" or substr(id, 1, {len(ID_PREFIX)}) = '{ID_PREFIX}')")


class Platform(str, enum.Enum):
    """The meeting platform a participants report came from."""

    ZOOM = "zoom"
    TEAMS = "teams"
    WEBEX = "webex"

    @property
    def label(self) -> str:
        return {"zoom": "Zoom", "teams": "Microsoft Teams", "webex": "Webex"}[self.value]

    def __str__(self) -> str:
        return self.value


class ReviewStatus(str, enum.Enum):
    PENDING = "pending"
    CONFIRMED = "confirmed"  # the participant is the candidate the organiser chose
    REJECTED = "rejected"  # none of the candidates: an online-only attendee

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class OnlineReview:
    """A participant of a report that the station could not match for sure, kept until the
    organiser decides. Its number for the organiser is its ``id``."""

    id: int | None
    session_id: str
    key: str  # the participant's key: "email:…" or "name:…" (folded, words sorted)
    name: str  # as the report wrote it
    email: str
    platform: Platform
    minutes: float  # attended, within the session's times
    first_join: datetime | None
    present: bool  # at or above the session's threshold
    reason: str  # why it is uncertain, in words
    candidates: tuple[tuple[str, str], ...]  # (attendee id, why), best first
    status: ReviewStatus = ReviewStatus.PENDING
    attendee_id: str = ""  # once decided: who the participant is
    created_at: datetime | None = None
    decided_at: datetime | None = None
