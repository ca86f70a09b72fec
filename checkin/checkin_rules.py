"""pretix's custom check-in rules, evaluated at the station as pretix evaluates them online.

A pretix check-in list may carry ``rules``: a JSON-logic expression over pretix's own
variables (``now``, ``product``, ``variation``, ``gate``, ``entries_number``,
``entries_today``, ``entries_days``, ``minutes_since_last_entry``, ``now_isoweekday``…) and
operators (``buildTime``, ``isAfter`` / ``isBefore`` with a tolerance in minutes, ``inList``,
``objectList``, ``lookup``, ``entries_since``…). pretix refuses an entry with the reason
``rules`` when the expression is falsy, and when evaluating it fails.

This module follows pretix 2026.8 (``pretix/base/services/checkin.py`` and
``pretix/helpers/jsonlogic.py``, read, not copied): the same JS-like comparisons, ``and`` /
``or`` that evaluate every argument, unknown variables that read as None, times built in the
event's zone, entries counted per list from the station's own copy of the check-ins. No
JSON-logic package on PyPI is kept up to date (pretix vendors its own for that reason), so
the evaluator is here, in one small class.

What the station cannot know for sure raises :class:`Uncheckable` (an operator or a
variable this version does not know, a time it cannot read): the door then refuses with
"rule not checkable offline — staff override", never admits by default.

:func:`evaluate` answers a :class:`Verdict`; when the rule says no, its ``detail`` says why
in pieces :mod:`checkin.outcome_words` turns into words (pretix explains its refusals the
same way: the failed comparison with the least rigid variable).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from functools import reduce
from math import prod

from dateutil import parser as dateparser

from checkin.model import CheckIn, Direction


class Uncheckable(Exception):
    """The rule uses something this station cannot evaluate; ``piece`` says what, in the
    form :mod:`checkin.outcome_words` reads ("operator|name=…")."""

    def __init__(self, piece: str):
        super().__init__(piece)
        self.piece = piece


@dataclass(frozen=True)
class Facts:
    """What pretix's rule variables are made of, for one person at one list."""

    now: datetime  # aware
    tz: tzinfo | None  # the event's (None, with no event: the machine's, as astimezone() reads it)
    history: Sequence[CheckIn]  # valid check-ins of the person on this list (any order)
    product: str = ""  # pretix item id
    variation: str = ""  # pretix variation id
    gate: int | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    date_admission: datetime | None = None


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    detail: str = ""  # why not, for the words ("after|at=…;product")


def parse(text: str):
    """A session's ``rules`` text as JSON, None for none. Raises Uncheckable when unreadable."""
    if not text or not text.strip():
        return None
    try:
        rules = json.loads(text)
    except ValueError as error:
        raise Uncheckable("malformed") from error
    return rules or None


def evaluate(rules, facts: Facts) -> Verdict:
    """pretix's answer to these rules for these facts. An error inside the rule refuses, as
    in pretix ("Evaluation of custom rules has failed"); an unknown operator or variable
    raises :class:`Uncheckable`."""
    logic = _Logic(_Variables(facts))
    try:
        result = logic.apply(rules, logic.variables)
    except Uncheckable:
        raise
    except Exception:  # noqa: BLE001 - pretix refuses on any failure inside a rule
        return Verdict(False, "unknown")
    if result:
        return Verdict(True)
    try:
        return Verdict(False, _explain(rules, logic))
    except Uncheckable:
        raise
    except Exception:  # noqa: BLE001 - the refusal stands; only its wording is lost
        return Verdict(False, "unknown")


# --- the variables -------------------------------------------------------------------------

KNOWN_VARIABLES = frozenset({
    "now", "now_isoweekday", "gate", "product", "variation", "entries_number",
    "entries_today", "entries_days", "entry_status", "minutes_since_last_entry",
    "minutes_since_first_entry",
})


@dataclass
class _Variables:
    facts: Facts
    _cache: dict = field(default_factory=dict)

    @property
    def entries(self) -> list[CheckIn]:
        if "entries" not in self._cache:
            self._cache["entries"] = sorted(
                (c for c in self.facts.history if c.direction is Direction.ENTRY),
                key=lambda c: c.at,
            )
        return self._cache["entries"]

    def _day(self, moment: datetime):
        return moment.astimezone(self.facts.tz).date()

    def get(self, name: str):
        f = self.facts
        if name == "now":
            return f.now
        if name == "now_isoweekday":
            return f.now.astimezone(f.tz).isoweekday()
        if name == "gate":
            return f.gate
        if name == "product":
            return _id(f.product, "product")
        if name == "variation":
            return _id(f.variation, None)
        if name == "entries_number":
            return len(self.entries)
        if name == "entries_today":
            midnight = f.now.astimezone(f.tz).replace(hour=0, minute=0, second=0, microsecond=0)
            return sum(1 for c in self.entries if c.at >= midnight)
        if name == "entries_days":
            return len({self._day(c.at) for c in self.entries})
        if name == "entry_status":
            every = sorted(f.history, key=lambda c: c.at)
            if not every or every[-1].direction is Direction.EXIT:
                return "absent"
            return "present"
        if name in ("minutes_since_last_entry", "minutes_since_first_entry"):
            if not self.entries:
                return -1  # pretix's choice, for the same answer on every platform
            entry = self.entries[-1] if name.endswith("last_entry") else self.entries[0]
            return (f.now - entry.at).total_seconds() // 60
        raise Uncheckable(f"variable|name={name}")

    def entries_since(self, cutoff: datetime) -> int:
        return sum(1 for c in self.entries if c.at >= cutoff)

    def entries_before(self, cutoff: datetime) -> int:
        return sum(1 for c in self.entries if c.at < cutoff)

    def entries_days_since(self, cutoff: datetime) -> int:
        return len({self._day(c.at) for c in self.entries if c.at >= cutoff})

    def entries_days_before(self, cutoff: datetime) -> int:
        return len({self._day(c.at) for c in self.entries if c.at < cutoff})


def _id(value: str, what: str | None):
    """pretix compares product and variation ids as integers."""
    if value and value.isdigit():
        return int(value)
    if what and not value:
        raise Uncheckable(f"missing|name={what}")  # a person who is not a pretix ticket
    return None


# --- JSON logic with pretix's semantics ----------------------------------------------------


def _soft_equals(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) is bool(b)
    return a == b


def _hard_equals(a, b) -> bool:
    return type(a) is type(b) and a == b


def _less(a, b, *more) -> bool:
    if {type(a), type(b)} & {int, float}:
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            return False  # NaN in JavaScript: never less
    return a < b and (not more or _less(b, *more))


def _less_or_equal(a, b, *more) -> bool:
    return (_less(a, b) or _soft_equals(a, b)) and (not more or _less_or_equal(b, *more))


def _number(value):
    if isinstance(value, str):
        return float(value) if "." in value else int(value)
    return value


def _minus(*args):
    if len(args) == 1:
        return -_number(args[0])
    return _number(args[0]) - _number(args[1])


def _merge(*args):
    merged: list = []
    for arg in args:
        merged.extend(arg) if isinstance(arg, (list, tuple)) else merged.append(arg)
    return merged


def _if(*args):
    for i in range(0, len(args) - 1, 2):
        if args[i]:
            return args[i + 1]
    return args[-1] if len(args) % 2 else None


def _contains(a, b) -> bool:
    return a in b if hasattr(b, "__contains__") else False


_OPERATIONS = {
    "==": _soft_equals,
    "===": _hard_equals,
    "!=": lambda a, b: not _soft_equals(a, b),
    "!==": lambda a, b: not _hard_equals(a, b),
    ">": lambda a, b: _less(b, a),
    ">=": lambda a, b: _less(b, a) or _soft_equals(a, b),
    "<": _less,
    "<=": _less_or_equal,
    "!": lambda a: not a,
    "!!": bool,
    "%": lambda a, b: a % b,
    "and": lambda *args: reduce(lambda total, arg: total and arg, args, True),
    "or": lambda *args: reduce(lambda total, arg: total or arg, args, False),
    "?:": lambda a, b, c: b if a else c,
    "if": _if,
    "log": lambda a: a,
    "in": _contains,
    "cat": lambda *args: "".join(str(a) for a in args),
    "+": lambda *args: sum(_number(a) for a in args),
    "*": lambda *args: prod(float(arg) for arg in args),
    "-": _minus,
    "/": lambda a, b=None: a if b is None else float(a) / float(b),
    "min": lambda *args: min(args),
    "max": lambda *args: max(args),
    "merge": _merge,
    "count": lambda *args: sum(1 for a in args if a),
    "substr": lambda a, b, c=None: a[b:] if c is None else a[b:][:c],
}


class _Logic:
    """JSON logic as pretix's ``Logic`` runs it, with pretix's own operators."""

    def __init__(self, variables: _Variables):
        self.variables = variables
        facts = variables.facts
        self.custom = {
            "objectList": lambda *objects: list(objects),
            "lookup": lambda model, pk, label=None: int(pk),
            "inList": lambda a, b: a in b,
            "buildTime": self.build_time,
            "isBefore": _is_before,
            "isAfter": lambda t1, t2, tolerance=None: _is_before(t2, t1, tolerance),
            "entries_since": variables.entries_since,
            "entries_before": variables.entries_before,
            "entries_days_since": variables.entries_days_since,
            "entries_days_before": variables.entries_days_before,
        }
        self.facts = facts

    def build_time(self, kind=None, value=None):
        f = self.facts
        if kind == "custom":
            return _parse_time(value)
        if kind == "customtime":
            parsed = _parse_time(value)
            return f.now.astimezone(f.tz).replace(
                hour=parsed.hour, minute=parsed.minute, second=parsed.second,
                microsecond=parsed.microsecond,
            )
        if kind == "date_from":
            return _known(f.date_from, "date_from")
        if kind == "date_to":
            return _known(f.date_to or f.date_from, "date_to")
        if kind == "date_admission":
            return _known(f.date_admission or f.date_from, "date_admission")
        if kind in (None, "") or not isinstance(kind, str):
            return None  # pretix's _build_time answers None too
        raise Uncheckable(f"operator|name=buildTime {kind}")

    def apply(self, rule, data):
        if not isinstance(rule, dict):
            return rule
        names = [k for k in rule if not str(k).startswith("__")]
        if not names:
            raise ValueError("an operation without an operator")
        operator = names[0]
        values = rule[operator]
        if not isinstance(values, (list, tuple)):
            values = [values]
        # the array operations run their second argument per element, with it as data
        if operator == "none":
            return not any(self.apply(values[1], item) for item in self.apply(values[0], data))
        if operator == "all":
            items = self.apply(values[0], data)
            return bool(items) and all(self.apply(values[1], item) for item in items)
        if operator == "some":
            return any(self.apply(values[1], item) for item in self.apply(values[0], data))
        if operator == "reduce":
            return reduce(
                lambda acc, item: self.apply(values[1], {"current": item, "accumulator": acc}),
                self.apply(values[0], data) or [],
                self.apply(values[2], data),
            )
        if operator == "map":
            return [self.apply(values[1], item) for item in (self.apply(values[0], data) or [])]
        if operator == "filter":
            return [item for item in self.apply(values[0], data) if self.apply(values[1], item)]
        args = [self.apply(value, data) for value in values]
        if operator == "var":
            return self.var(data, *args)
        if operator == "missing":
            return [name for name in _names(args) if self._missing(data, name)]
        if operator == "missing_some":
            return self.missing_some(data, *args)
        if operator in _OPERATIONS:
            return _OPERATIONS[operator](*args)
        if operator in self.custom:
            return self.custom[operator](*args)
        raise Uncheckable(f"operator|name={operator}")

    def var(self, data, name="", default=None):
        if name == "" or name is None:
            return data
        if data is self.variables:
            text = str(name)
            if text not in KNOWN_VARIABLES:
                raise Uncheckable(f"variable|name={text}")
            return self.variables.get(text)
        try:
            for part in str(name).split("."):
                try:
                    data = data[part]
                except TypeError:
                    data = data[int(part)]
        except (KeyError, TypeError, ValueError, IndexError):
            return default
        return data

    def _missing(self, data, name) -> bool:
        marker = object()
        return self.var(data, name, marker) is marker

    def missing_some(self, data, needed, names):
        if needed < 1:
            return []
        found, absent = 0, []
        for name in names:
            if self._missing(data, name):
                absent.append(name)
            else:
                found += 1
                if found >= needed:
                    return []
        return absent


def _names(args):
    return args[0] if args and isinstance(args[0], list) else args


def _is_before(t1, t2, tolerance=None) -> bool:
    if tolerance:
        return t1 < t2 + timedelta(minutes=float(tolerance))
    return t1 < t2


def _known(moment: datetime | None, name: str) -> datetime:
    if moment is None:
        raise Uncheckable(f"missing|name={name}")
    return moment


def _parse_time(value) -> datetime:
    try:
        return dateparser.parse(value)
    except (TypeError, ValueError, OverflowError) as error:
        raise Uncheckable(f"missing|name={value!r}") from error


# --- why not -------------------------------------------------------------------------------

# pretix's "rigidness" of each variable: a refusal is explained by the failed comparison the
# attendee can most easily change (the time before the ticket type, entries before the time).
_RIGID = {
    "entry_status": 20, "minutes_since_first_entry": 80, "minutes_since_last_entry": 90,
    "entries_days": 100, "entries_days_since": 105, "entries_days_before": 105,
    "entries_since": 110, "entries_before": 110, "entries_number": 120, "entries_today": 140,
    "now": 200, "now_isoweekday": 210, "gate": 500, "product": 1000, "variation": 1000,
}
_ENTRY_COUNTS = ("entries_number", "entries_today", "entries_days", "entries_since",
                 "entries_before", "entries_days_since", "entries_days_before")


def _explain(rules, logic: _Logic) -> str:
    pieces = _why(rules, logic)
    if not pieces:
        return "unknown"
    return ";".join(dict.fromkeys(piece for _, piece in pieces))


def _why(rule, logic: _Logic) -> list[tuple[int, str]]:
    """The failed comparisons that make ``rule`` false, each (rigidness, piece)."""
    if rule is False or rule is None:
        return [(100000, "unknown")]
    if not isinstance(rule, dict) or not rule:
        return []
    operator = next(iter(rule))
    values = rule[operator]
    if operator == "and":
        found: list[tuple[int, str]] = []
        for child in values:
            if not logic.apply(child, logic.variables):
                found.extend(_why(child, logic))
        return found
    if operator == "or":
        paths = [_why(child, logic) for child in values]
        paths = [p for p in paths if p]
        if not paths:
            return []
        return min(paths, key=lambda p: (max(w for w, _ in p), len(p)))
    if logic.apply(rule, logic.variables):
        return []
    return [_leaf(operator, values if isinstance(values, list) else [values], logic)]


def _leaf(operator: str, values: list, logic: _Logic) -> tuple[int, str]:
    left = values[0] if values else None
    if isinstance(left, dict) and "var" in left:
        name = left["var"][0] if isinstance(left["var"], list) else left["var"]
    elif isinstance(left, dict) and left and next(iter(left)) in _ENTRY_COUNTS:
        name = next(iter(left))
    else:
        return (100000, "unknown")
    weight = _RIGID.get(name, 100000)
    if name == "now" and operator in ("isAfter", "isBefore") and len(values) > 1:
        moment = logic.apply(values[1], logic.variables)
        tolerance = values[2] if len(values) > 2 else None
        try:
            shift = timedelta(minutes=float(tolerance)) if tolerance else timedelta(0)
        except (TypeError, ValueError):
            shift = timedelta(0)
        if isinstance(moment, datetime):
            if operator == "isBefore":
                return (weight, f"before|at={(moment + shift).isoformat()}")
            return (weight, f"after|at={(moment - shift).isoformat()}")
        return (weight, "unknown")
    if name in ("product", "variation"):
        return (weight, "product")
    if name == "gate":
        return (weight, "gate")
    if name == "now_isoweekday":
        return (weight, "weekday")
    if name == "entry_status":
        return (weight, "status")
    if name in _ENTRY_COUNTS:
        if operator in ("<", "<="):
            return (weight, "entries_max")
        if operator in (">", ">="):
            return (weight, "entries_min")
        return (weight, "entries_other")
    if name.startswith("minutes_since"):
        if operator in (">", ">="):
            return (weight, "wait")
        if operator in ("<", "<="):
            return (weight, "late")
        return (weight, "entries_other")
    return (100000, "unknown")
