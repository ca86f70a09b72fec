"""Who may enter: the door's rules, as a list of small functions.

Each rule looks at one :class:`Situation` (the person, the session, entry or exit, now, and
the person's valid check-ins to that session) and answers None or a :class:`Refusal`: the
outcome, the reason, and whether staff may override it with the PIN. :data:`RULES` runs in
pretix's order (``perform_checkin``: cancelled, blocked, validity, product, unpaid, custom
rules, already redeemed), so that the station refuses for the same reason pretix would.

Staff may override a refusal about this session (category, workshop, unpaid, a custom rule,
a rule the station cannot evaluate, the ticket's validity); never a cancelled registration,
a blocked ticket, or a second entry (that one is amber: the volunteer looks at the badge).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from checkin import checkin_rules
from checkin.model import (
    Attendee,
    CheckIn,
    Direction,
    Event,
    NotAdmittedReason,
    Outcome,
    RegistrationStatus,
    Session,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refusal:
    outcome: Outcome
    reason: NotAdmittedReason | None = None
    overridable: bool = False
    detail: str = ""  # a rule's own explanation, for :mod:`checkin.outcome_words`


@dataclass(frozen=True)
class Situation:
    attendee: Attendee
    session: Session
    direction: Direction
    now: datetime
    history: Sequence[CheckIn]  # the person's valid check-ins to this session
    event: Event | None = None
    gate: int | None = None
    # people in the room now, this person not counted (capacity; None: not counted, as
    # when there are fewer entries than seats)
    inside: int | None = None

    @property
    def entry(self) -> bool:
        return self.direction is Direction.ENTRY

    @cached_property
    def entries(self) -> list[CheckIn]:
        return sorted((c for c in self.history if c.direction is Direction.ENTRY),
                      key=lambda c: c.at)

    @property
    def first_entry(self) -> CheckIn | None:
        return self.entries[0] if self.entries else None


Rule = Callable[[Situation], "Refusal | None"]


def registration_cancelled(s: Situation) -> Refusal | None:
    if s.attendee.status is RegistrationStatus.CANCELLED:
        return Refusal(Outcome.CANCELLED)
    return None


def ticket_blocked(s: Situation) -> Refusal | None:
    if s.attendee.status is RegistrationStatus.BLOCKED:
        return Refusal(Outcome.BLOCKED)
    return None


def ticket_validity(s: Situation) -> Refusal | None:
    """pretix's ``valid_from`` / ``valid_until`` of a ticket; exits are always allowed."""
    a = s.attendee
    if s.entry and ((a.valid_from is not None and a.valid_from > s.now)
                    or (a.valid_until is not None and a.valid_until < s.now)):
        return Refusal(Outcome.NOT_ADMITTED, NotAdmittedReason.INVALID_TIME, overridable=True)
    return None


def category_admitted(s: Situation) -> Refusal | None:
    if s.session.categories and s.attendee.category not in s.session.categories:
        return Refusal(Outcome.NOT_ADMITTED, NotAdmittedReason.CATEGORY, overridable=True)
    return None


def registered_for_session(s: Situation) -> Refusal | None:
    """A workshop (pretix: a list limited to some products) admits those registered."""
    if s.session.registration_required and s.session.id not in s.attendee.workshops:
        return Refusal(Outcome.NOT_ADMITTED, NotAdmittedReason.NOT_REGISTERED, overridable=True)
    return None


def registration_paid(s: Situation) -> Refusal | None:
    """A pending registration is refused, exits included, as pretix does; staff may let the
    person in (pushed to pretix with ``ignore_unpaid`` where the list accepts pending orders,
    with ``force`` elsewhere)."""
    if s.attendee.status is RegistrationStatus.PENDING:
        return Refusal(Outcome.UNPAID, overridable=True)
    return None


def custom_rules(s: Situation) -> Refusal | None:
    """pretix's JSON-logic rules of the list, for entries (pretix skips them for exits)."""
    if not s.entry or not s.session.rules:
        return None
    try:
        rules = checkin_rules.parse(s.session.rules)
        if rules is None:
            return None
        facts = checkin_rules.Facts(
            now=s.now,
            tz=s.event.tz if s.event is not None else s.now.tzinfo,
            history=s.history,
            product=s.attendee.product,
            variation=s.attendee.variation,
            gate=s.gate,
            date_from=s.session.starts_at,
            date_to=s.session.ends_at,
            date_admission=s.session.admission_at,
        )
        verdict = checkin_rules.evaluate(rules, facts)
    except checkin_rules.Uncheckable as error:
        log.info("rule of %s not checkable here: %s", s.session.id, error.piece)
        return Refusal(Outcome.NOT_ADMITTED, NotAdmittedReason.RULE_UNCHECKABLE,
                       overridable=True, detail=error.piece)
    if verdict.allowed:
        return None
    return Refusal(Outcome.NOT_ADMITTED, NotAdmittedReason.RULES, overridable=True,
                   detail=verdict.detail)


def entry_allowed(s: Situation) -> Refusal | None:
    """Once in, in: unless the session allows several entries, or an entry after an exit
    (pretix's ``allow_multiple_entries`` and ``allow_entry_after_exit``)."""
    if not s.entry or not s.history or s.session.allow_multiple_entries:
        return None
    latest = max(s.history, key=lambda c: c.at)
    if all(c.direction is Direction.EXIT for c in s.history):
        return None
    if s.session.allow_entry_after_exit and latest.direction is Direction.EXIT:
        return None
    return Refusal(Outcome.ALREADY_IN)


def room_capacity(s: Situation) -> Refusal | None:
    """An entry into a room that holds its capacity is refused; staff may override (the
    exits keep flowing, and an organiser may squeeze one more in)."""
    capacity = s.session.capacity
    if not s.entry or not capacity or s.inside is None or s.inside < capacity:
        return None
    return Refusal(Outcome.ROOM_FULL, overridable=True, detail=f"{s.inside}/{capacity}")


RULES: tuple[Rule, ...] = (
    registration_cancelled,
    ticket_blocked,
    ticket_validity,
    category_admitted,
    registered_for_session,
    registration_paid,
    custom_rules,
    entry_allowed,
    room_capacity,
)


@dataclass(frozen=True)
class Decision:
    refusal: Refusal | None  # the answer when it is a refusal
    overridden: tuple[Refusal, ...] = ()  # refusals staff overrode to let the person in

    @property
    def admitted(self) -> bool:
        return self.refusal is None


def decide(situation: Situation, *, override: bool = False,
           rules: Sequence[Rule] = RULES) -> Decision:
    """The first refusal of ``rules``; with ``override``, the overridable ones are passed
    over (and kept, to record that staff overrode them) and the first other one stands."""
    overridden: list[Refusal] = []
    for rule in rules:
        refusal = rule(situation)
        if refusal is None:
            continue
        if override and refusal.overridable:
            overridden.append(refusal)
            continue
        return Decision(refusal, tuple(overridden))
    return Decision(None, tuple(overridden))
