"""The words for each answer of the door, in one table.

The result card, door mode, the attendee panel, the walk-in page and the command line all say
an answer with these words: a headline ("Refused: registration not paid"), an explanation
("This registration is not paid or not confirmed yet.") and advice for the volunteer ("Send
the person to the registration desk."). The command line prints them as they are (English);
the window translates each through Qt with the context ``Outcome``
(:func:`checkin.ui.labels.outcome_words`). ``QT_TRANSLATE_NOOP`` below only marks the texts
for pyside6-lupdate, which reads this file too (``scripts/translations.py``).

Placeholders are ``{name}`` fields, filled after translation: ``{who}`` the person,
``{session}`` the session, ``{categories}`` who the session is for, ``{time}`` and ``{door}``
the first entry, ``{detail}`` a rule's own explanation, ``{code}`` the code read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from checkin.model import AdmitResult, Language, NotAdmittedReason, Outcome

CONTEXT = "Outcome"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text


@dataclass(frozen=True)
class Words:
    headline: str
    explanation: str = ""
    advice: str = ""
    note: str = ""  # the person's note for the door (data, never translated)


_DESK = QT_TRANSLATE_NOOP("Outcome", "Send the person to the registration desk.")
_SEARCH = QT_TRANSLATE_NOOP("Outcome", "Ask for the name and find the person with Search, at the desk.")
_PIN = QT_TRANSLATE_NOOP("Outcome", "Staff may let the person in with the PIN.")

# key → words. The keys are those :func:`key` gives an answer.
TABLE: dict[str, Words] = {
    "accepted": Words(QT_TRANSLATE_NOOP("Outcome", "Accepted")),
    "accepted_override": Words(QT_TRANSLATE_NOOP("Outcome", "Accepted (staff override)")),
    "attention": Words(
        QT_TRANSLATE_NOOP("Outcome", "Accepted — attention"),
        "",
        QT_TRANSLATE_NOOP("Outcome", "Read the note before letting the person through."),
    ),
    "reentry": Words(
        QT_TRANSLATE_NOOP("Outcome", "Accepted: re-entry"),
        QT_TRANSLATE_NOOP("Outcome", "First entry at {time}."),
    ),
    "exit": Words(QT_TRANSLATE_NOOP("Outcome", "Exit recorded")),
    "already_in": Words(
        QT_TRANSLATE_NOOP("Outcome", "Already checked in"),
        QT_TRANSLATE_NOOP("Outcome", "First entry at {time}, {door}."),
        QT_TRANSLATE_NOOP("Outcome", "Let the person through only if the badge is theirs; "
                                     "otherwise send them to the desk."),
    ),
    "unknown": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: unknown badge"),
        QT_TRANSLATE_NOOP("Outcome", "This code is not on the attendee list."),
        _SEARCH,
    ),
    "other_event": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: badge of another event"),
        QT_TRANSLATE_NOOP("Outcome", "This badge was made for another event."),
        _SEARCH,
    ),
    "cancelled": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: registration cancelled"),
        QT_TRANSLATE_NOOP("Outcome", "This registration was cancelled."),
        _DESK,
    ),
    "blocked": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: ticket blocked"),
        QT_TRANSLATE_NOOP("Outcome", "The organisers blocked this ticket."),
        _DESK,
    ),
    "unpaid": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: registration not paid / not confirmed"),
        QT_TRANSLATE_NOOP("Outcome", "This registration is not paid or not confirmed yet."),
        QT_TRANSLATE_NOOP("Outcome", "Send the person to the registration desk; staff may let "
                                     "them in with the PIN."),
    ),
    "category": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: not admitted to this session"),
        QT_TRANSLATE_NOOP("Outcome", "This session is for: {categories}."),
        _PIN,
    ),
    "not_registered": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: not registered for this workshop"),
        QT_TRANSLATE_NOOP("Outcome", "Not on the list of {session}."),
        _PIN,
    ),
    "rules": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: not admitted by the organisers' rule"),
        QT_TRANSLATE_NOOP("Outcome", "The check-in rule of {session} says no: {detail}."),
        _PIN,
    ),
    "rule_uncheckable": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: rule not checkable offline — staff override"),
        QT_TRANSLATE_NOOP("Outcome", "This station cannot evaluate the check-in rule of "
                                     "{session} ({detail})."),
        _PIN,
    ),
    "invalid_time": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: ticket not valid at this time"),
        QT_TRANSLATE_NOOP("Outcome", "The ticket is valid {detail}."),
        _PIN,
    ),
    "room_full": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: room full"),
        QT_TRANSLATE_NOOP("Outcome", "{inside} people are in the room; it holds {capacity}."),
        QT_TRANSLATE_NOOP("Outcome", "Wait for someone to leave; staff may let the person in "
                                     "with the PIN."),
    ),
    "not_admitted": Words(
        QT_TRANSLATE_NOOP("Outcome", "Refused: not admitted to this session"),
        "",
        _PIN,
    ),
}

# Pieces of explanations: where the first entry was, and why a rule said no.
PIECES: dict[str, str] = {
    "this_door": QT_TRANSLATE_NOOP("Outcome", "at this door"),
    "other_door": QT_TRANSLATE_NOOP("Outcome", "at another door"),
    "at_door": QT_TRANSLATE_NOOP("Outcome", "at {station}"),
    "valid_from": QT_TRANSLATE_NOOP("Outcome", "from {time}"),
    "valid_until": QT_TRANSLATE_NOOP("Outcome", "until {time}"),
    "after": QT_TRANSLATE_NOOP("Outcome", "only allowed after {time}"),
    "before": QT_TRANSLATE_NOOP("Outcome", "only allowed before {time}"),
    "product": QT_TRANSLATE_NOOP("Outcome", "ticket type not allowed"),
    "gate": QT_TRANSLATE_NOOP("Outcome", "wrong entrance"),
    "weekday": QT_TRANSLATE_NOOP("Outcome", "not on this day of the week"),
    "entries_max": QT_TRANSLATE_NOOP("Outcome", "maximum number of entries reached"),
    "entries_min": QT_TRANSLATE_NOOP("Outcome", "minimum number of entries not reached"),
    "entries_other": QT_TRANSLATE_NOOP("Outcome", "number of entries not allowed"),
    "wait": QT_TRANSLATE_NOOP("Outcome", "too soon after the last entry"),
    "late": QT_TRANSLATE_NOOP("Outcome", "too long after the last entry"),
    "status": QT_TRANSLATE_NOOP("Outcome", "entry or exit status not allowed"),
    "unknown": QT_TRANSLATE_NOOP("Outcome", "entry not permitted"),
    "operator": QT_TRANSLATE_NOOP("Outcome", "unknown operator {name}"),
    "variable": QT_TRANSLATE_NOOP("Outcome", "unknown variable {name}"),
    "missing": QT_TRANSLATE_NOOP("Outcome", "{name} not known at this station"),
    "malformed": QT_TRANSLATE_NOOP("Outcome", "rule unreadable"),
}

_REASON_KEYS = {
    NotAdmittedReason.CATEGORY: "category",
    NotAdmittedReason.NOT_REGISTERED: "not_registered",
    NotAdmittedReason.RULES: "rules",
    NotAdmittedReason.RULE_UNCHECKABLE: "rule_uncheckable",
    NotAdmittedReason.INVALID_TIME: "invalid_time",
}


def key(result: AdmitResult) -> str:
    """Which row of :data:`TABLE` says this answer."""
    outcome = result.outcome
    if result.attention:
        return "attention"
    if outcome is Outcome.ACCEPTED:
        if result.checkin is not None and result.checkin.override:
            return "accepted_override"
        return "accepted"
    if outcome is Outcome.NOT_ADMITTED and result.reason is not None:
        return _REASON_KEYS.get(result.reason, "not_admitted")
    return outcome.value


def _utc_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def words(
    result: AdmitResult,
    *,
    translate: Callable[[str], str] = lambda text: text,
    when: Callable[[datetime], str] = _utc_time,
    language: str = Language.EN,
    category_label: Callable[[str], str] = lambda value: value,
    station_id: str = "",
) -> Words:
    """The answer's words, translated by ``translate``, with times said by ``when`` (in the
    event's zone, by whoever calls) and categories by ``category_label``; ``station_id`` is
    this station's, to say "at this door"."""
    values = _Blank()
    person, session = result.attendee, result.session
    if person is not None:
        values["who"] = person.full_name
    if session is not None:
        values["session"] = session.name(language)
        values["categories"] = ", ".join(category_label(c) for c in session.categories)
    values["code"] = result.code
    first = result.first
    if first is not None:
        values["time"] = when(first.at)
        if first.station_id and first.station_id == station_id:
            door = translate(PIECES["this_door"])
        elif first.station_name:
            door = translate(PIECES["at_door"]).format(station=first.station_name)
        else:
            door = translate(PIECES["other_door"])
        values["door"] = door
    if result.outcome is Outcome.ROOM_FULL:
        inside, _, capacity = result.detail.partition("/")
        values["inside"], values["capacity"] = inside, capacity
    else:
        values["detail"] = _detail(result, translate, when)

    def say(text: str) -> str:
        return translate(text).format_map(values).strip() if text else ""

    row = TABLE[key(result)]
    explanation = say(row.explanation) if (first is not None or "{time}" not in row.explanation) \
        else ""
    note = person.door_note.strip() if person is not None and result.attention else ""
    return Words(say(row.headline), explanation, say(row.advice), note)


def _detail(result: AdmitResult, translate, when) -> str:
    """The reason's own words: a rule's explanation, or the ticket's validity."""
    if result.reason is NotAdmittedReason.INVALID_TIME and result.attendee is not None:
        person = result.attendee
        parts = []
        if person.valid_from is not None:
            parts.append(translate(PIECES["valid_from"]).format(time=when(person.valid_from)))
        if person.valid_until is not None:
            parts.append(translate(PIECES["valid_until"]).format(time=when(person.valid_until)))
        return " ".join(parts)
    if not result.detail:
        return ""
    # A rule's explanation: "piece" or "piece|name=value|…", several joined by ";".
    said = []
    for item in result.detail.split(";"):
        piece, *pairs = item.split("|")
        fields = _Blank(pair.split("=", 1) for pair in pairs if "=" in pair)
        if "at" in fields:
            try:
                fields["time"] = when(datetime.fromisoformat(fields["at"]))
            except ValueError:
                fields["time"] = fields["at"]
        said.append(translate(PIECES.get(piece, PIECES["unknown"])).format_map(fields))
    return ", ".join(said)


class _Blank(dict):
    def __missing__(self, name: str) -> str:
        return ""
