"""Walk-ins: a person registered on the spot at the desk.

Three steps, all without Qt so that the desk form, the command line and the tests share them:

1. :func:`validate` checks the short form and answers with typed problems, one per field;
2. :func:`find_duplicates` looks for someone who seems to be here already (same e-mail, same
   phone, or a very similar name in the same organisation), so that the desk offers that
   person instead of making a second badge;
3. :func:`register` writes the new attendee with a fresh badge token (kept as a local change
   that sync pushes later) and checks the person into the session through the same reception
   call as every other way in.
"""

from __future__ import annotations

import enum
import re
import uuid as uuidlib
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from checkin import tokens
from checkin.model import AdmitResult, Attendee, Category, Language, Method, fold
from checkin.reception import Reception
from checkin.store import Store

NAME_SIMILARITY = 0.85  # folded, word-sorted names at least this close count as "the same"
ORGANISATION_SIMILARITY = 0.8
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
MIN_PHONE_DIGITS = 6
MAX_FIELD_LENGTH = 200


class Field(enum.Enum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    CATEGORY = "category"
    LANGUAGE = "language"
    EMAIL = "email"
    PHONE = "phone"


class Problem(enum.Enum):
    MISSING = "missing"  # a required field is empty
    TOO_LONG = "too_long"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    NO_CONTACT = "no_contact"  # neither an e-mail nor a phone
    UNKNOWN_CATEGORY = "unknown_category"
    UNKNOWN_LANGUAGE = "unknown_language"


@dataclass(frozen=True)
class FieldProblem:
    field: Field
    problem: Problem


@dataclass(frozen=True)
class WalkInForm:
    """What the desk typed. Strings as entered; :meth:`cleaned` trims them."""

    first_name: str
    last_name: str
    organisation: str = ""
    country: str = ""
    category: str = Category.PARTICIPANT  # a code or a word Category.parse reads
    language: str = Language.FR
    email: str = ""
    phone: str = ""

    def cleaned(self) -> WalkInForm:
        def tidy(text: str) -> str:
            return " ".join((text or "").split())

        return WalkInForm(
            first_name=tidy(self.first_name),
            last_name=tidy(self.last_name),
            organisation=tidy(self.organisation),
            country=tidy(self.country),
            category=tidy(self.category).lower(),
            language=tidy(self.language).lower(),
            email=(self.email or "").strip().lower(),
            phone=tidy(self.phone),
        )


class MatchReason(enum.Enum):
    SAME_EMAIL = "same_email"
    SAME_PHONE = "same_phone"
    SIMILAR_NAME = "similar_name"  # a very similar name in the same organisation


@dataclass(frozen=True)
class DuplicateMatch:
    attendee: Attendee
    reason: MatchReason
    similarity: float = 1.0  # of the names, for SIMILAR_NAME


@dataclass(frozen=True)
class WalkInResult:
    attendee: Attendee
    admission: AdmitResult


class InvalidWalkIn(ValueError):
    """The form has problems; :attr:`problems` says which, field by field."""

    def __init__(self, problems: tuple[FieldProblem, ...]):
        self.problems = problems
        fields = ", ".join(p.field.value for p in problems)
        super().__init__(f"The walk-in form needs correcting: {fields}.")


# --- validation ---------------------------------------------------------------------------


def validate(form: WalkInForm) -> tuple[FieldProblem, ...]:
    """Every problem of the form, in the order of its fields; empty when it can be saved."""
    form = form.cleaned()
    problems: list[FieldProblem] = []
    for field, value, required in (
        (Field.FIRST_NAME, form.first_name, True),
        (Field.LAST_NAME, form.last_name, True),
        (Field.ORGANISATION, form.organisation, False),
        (Field.COUNTRY, form.country, False),
    ):
        if required and not value:
            problems.append(FieldProblem(field, Problem.MISSING))
        elif len(value) > MAX_FIELD_LENGTH:
            problems.append(FieldProblem(field, Problem.TOO_LONG))
    if Category.parse(form.category) is None:
        problems.append(FieldProblem(Field.CATEGORY, Problem.UNKNOWN_CATEGORY))
    if Language.parse(form.language) is None:
        problems.append(FieldProblem(Field.LANGUAGE, Problem.UNKNOWN_LANGUAGE))
    if form.email and (len(form.email) > MAX_FIELD_LENGTH or not _EMAIL.match(form.email)):
        problems.append(FieldProblem(Field.EMAIL, Problem.BAD_EMAIL))
    if form.phone and (
        not _PHONE_CHARS.match(form.phone) or len(phone_digits(form.phone)) < MIN_PHONE_DIGITS
    ):
        problems.append(FieldProblem(Field.PHONE, Problem.BAD_PHONE))
    if not form.email and not form.phone:
        # The badge may need reprinting or the certificate sending: one way to reach them.
        problems.append(FieldProblem(Field.EMAIL, Problem.NO_CONTACT))
    return tuple(problems)


def phone_digits(phone: str) -> str:
    """The digits of a phone number without the international prefix's zeros: "+257 79 12
    34 56" and "0025779123456" compare equal on their last digits."""
    digits = "".join(c for c in phone if c.isdigit())
    return digits.lstrip("0")


def _same_phone(a: str, b: str) -> bool:
    da, db = phone_digits(a), phone_digits(b)
    if len(da) < MIN_PHONE_DIGITS or len(db) < MIN_PHONE_DIGITS:
        return False
    # Compare the national part: one list writes +257, another does not.
    tail = min(len(da), len(db), 8)
    return da[-tail:] == db[-tail:]


def name_key(first_name: str, last_name: str) -> str:
    """Folded words of the full name, sorted: order and accents do not matter."""
    words = re.split(r"[\s'’\-.]+", fold(f"{first_name} {last_name}"))
    return " ".join(sorted(w for w in words if w))


def name_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _same_organisation(a: str, b: str) -> bool:
    fa, fb = fold(a).strip(), fold(b).strip()
    if not fa or not fb:
        return False
    if fa == fb or fa in fb or fb in fa:
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= ORGANISATION_SIMILARITY


# --- duplicates ---------------------------------------------------------------------------


def find_duplicates(store: Store, form: WalkInForm, limit: int = 5) -> list[DuplicateMatch]:
    """People already on the list who are probably this walk-in, best first.

    E-mail is matched in SQL (indexed); phones and names need folding, so the few columns
    needed are read once and compared here (tens of milliseconds for 100,000 people, once per
    save, not per keystroke).
    """
    form = form.cleaned()
    # id -> (reason, name similarity); the few best are read in full at the end.
    found: dict[str, tuple[MatchReason, float]] = {}
    if form.email:
        for attendee_id in store.attendees_with_email(form.email):
            found.setdefault(attendee_id, (MatchReason.SAME_EMAIL, 1.0))
    key = name_key(form.first_name, form.last_name)
    want_phone = len(phone_digits(form.phone)) >= MIN_PHONE_DIGITS
    want_name = bool(key) and bool(form.organisation)
    if want_phone or want_name:
        for row in store.name_rows():
            if row["id"] in found:
                continue
            if want_phone and row["phone"] and _same_phone(form.phone, row["phone"]):
                found[row["id"]] = (MatchReason.SAME_PHONE, 1.0)
                continue
            if want_name and _same_organisation(form.organisation, row["organisation"] or ""):
                other = name_key(row["first_name"] or "", row["last_name"] or "")
                score = name_similarity(key, other)
                if score >= NAME_SIMILARITY:
                    found[row["id"]] = (MatchReason.SIMILAR_NAME, score)
    order = {MatchReason.SAME_EMAIL: 0, MatchReason.SAME_PHONE: 1, MatchReason.SIMILAR_NAME: 2}
    best = sorted(found.items(), key=lambda item: (order[item[1][0]], -item[1][1]))[:limit]
    people = {a.id: a for a in store.attendees([i for i, _ in best])}
    return [
        DuplicateMatch(people[i], reason, similarity)
        for i, (reason, similarity) in best
        if i in people
    ]


# --- saving -------------------------------------------------------------------------------


def build_attendee(form: WalkInForm, event_id: str, event_code: str) -> Attendee:
    """A new attendee with a fresh, unguessable badge token."""
    form = form.cleaned()
    category, language = Category.parse(form.category), Language.parse(form.language)
    if category is None or language is None:
        raise InvalidWalkIn(validate(form))
    return Attendee(
        id=f"walkin-{uuidlib.uuid4()}",
        event_id=event_id,
        token=tokens.new_token(event_code),
        first_name=form.first_name,
        last_name=form.last_name,
        organisation=form.organisation,
        country=form.country,
        category=category,
        language=language,
        email=form.email,
        phone=form.phone,
        origin="walk-in",
    )


def register(reception: Reception, form: WalkInForm, session_id: str) -> WalkInResult:
    """Save the walk-in (pushed later by sync) and check them into ``session_id``.

    Raises :class:`InvalidWalkIn` when the form has problems; the caller has already asked
    :func:`find_duplicates` and the person at the desk chose to go on.
    """
    problems = validate(form)
    if problems:
        raise InvalidWalkIn(problems)
    event = reception.event
    attendee = build_attendee(form, event.id, event.code)
    session = reception.session(session_id)
    if session.registration_required:
        # Registering at the workshop's door is registering for that workshop.
        attendee = replace(attendee, workshops=(session.id,))
    reception.store.upsert_attendees([attendee], outbox=True)
    admission = reception.admit_attendee(attendee.id, session_id, method=Method.WALK_IN)
    # A refusal (a session for other categories) comes back as it is: the desk may override
    # it with the staff PIN like any other.
    return WalkInResult(attendee, admission)
