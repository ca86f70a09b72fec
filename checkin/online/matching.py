"""Who each participant of a report is: e-mail first, then the name, folded as search folds it.

- the same e-mail address (case and spaces aside) as exactly one registrant: matched;
- the same words of the name as exactly one registrant, whatever their order, accents, case
  or hyphens ("Jean-Pierre NDAYISHIMIYE" is "ndayishimiye jean pierre"): matched;
- anything less sure is *uncertain*, with its candidates, best first, for the organiser to
  confirm or reject: the same name or e-mail as several people, names in common (all of one
  and some of the other's, or one rare word), or a spelling a letter or two away;
- nobody close: not matched (the import makes an online-only attendee).

A word that many registrants share ("Jean", "Marie") is no reason on its own to ask.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from checkin.model import Attendee, fold

SIMILAR = 0.85  # sorted, folded names at least this close: perhaps a typo
COMMON_WORD = 3  # one word in common is a lead only when at most this many people have it
MAX_CANDIDATES = 3


class How(str, enum.Enum):
    EMAIL = "email"
    NAME = "name"
    UNCERTAIN = "uncertain"
    NONE = "none"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Match:
    how: How
    attendee_id: str = ""  # EMAIL, NAME
    candidates: tuple[tuple[str, str], ...] = ()  # UNCERTAIN: (attendee id, why), best first
    reason: str = ""  # UNCERTAIN: why, in words


def words(text: str) -> list[str]:
    """The folded words of a name: spaces, hyphens, apostrophes, dots and brackets split."""
    return [w for w in re.split(r"[\s'’‘`\-.,;()/_]+", fold(text)) if w]


def name_key(text: str) -> str:
    """Folded words, sorted: the same for "Jean-Pierre NDAYISHIMIYE" and
    "ndayishimiye jean pierre"."""
    return " ".join(sorted(words(text)))


def email_key(text: str) -> str:
    return text.strip().lower()


class Matcher:
    """The registrants, indexed once for every participant of a report."""

    def __init__(self, people: Iterable[Attendee]):
        self.people: dict[str, Attendee] = {}
        self._email: dict[str, list[str]] = defaultdict(list)
        self._name: dict[str, list[str]] = defaultdict(list)
        self._word: dict[str, set[str]] = defaultdict(set)
        self._prefix: dict[str, set[str]] = defaultdict(set)
        self._words: dict[str, frozenset[str]] = {}
        for person in people:
            self.add(person)

    def add(self, person: Attendee) -> None:
        self.people[person.id] = person
        if person.email.strip():
            self._email[email_key(person.email)].append(person.id)
        found = words(person.full_name)
        if not found:
            return
        self._name[" ".join(sorted(found))].append(person.id)
        self._words[person.id] = frozenset(found)
        for word in found:
            self._word[word].add(person.id)
            if len(word) >= 4:
                self._prefix[word[:4]].add(person.id)

    def match(self, names: Sequence[str], email: str = "") -> Match:
        """The registrant ``names`` (the names a participant showed, the one they joined
        with first) and ``email`` stand for, or the candidates, or none."""
        if email.strip():
            ids = self._email.get(email_key(email), [])
            if len(ids) == 1:
                return Match(How.EMAIL, ids[0])
            if ids:
                keys = {name_key(n) for n in names}
                same = [i for i in ids if name_key(self.people[i].full_name) in keys]
                if len(same) == 1:
                    return Match(How.EMAIL, same[0])
                return Match(How.UNCERTAIN, candidates=tuple((i, "same e-mail") for i in ids),
                             reason=f"{len(ids)} people have this e-mail address")
        for name in names:
            ids = self._name.get(name_key(name), [])
            if len(ids) == 1:
                return Match(How.NAME, ids[0])
            if ids:
                return Match(How.UNCERTAIN,
                             candidates=tuple((i, "same name") for i in ids[:MAX_CANDIDATES * 3]),
                             reason=f"{len(ids)} people have this name")
        return self._leads(names)

    def _leads(self, names: Sequence[str]) -> Match:
        scored: dict[str, tuple[int, float, str]] = {}
        for name in names:
            mine = set(words(name))
            if not mine:
                continue
            key = " ".join(sorted(mine))
            pool: set[str] = set()
            for word in mine:
                pool |= self._word.get(word, set())
                if len(word) >= 4:
                    pool |= self._prefix.get(word[:4], set())
            for person_id in pool:
                theirs = self._words[person_id]
                shared = mine & theirs
                similarity = SequenceMatcher(None, key, " ".join(sorted(theirs))).ratio()
                why = ""
                if similarity >= SIMILAR:
                    why = "similar spelling"
                elif len(shared) >= 2 or (shared and (shared == mine or shared == theirs)
                                          and len(mine) > 1 and len(theirs) > 1):
                    why = "names in common: " + ", ".join(sorted(shared))
                elif len(shared) == 1:
                    word = next(iter(shared))
                    if len(word) >= 3 and len(self._word[word]) <= COMMON_WORD:
                        why = f"one name in common: {word}"
                if not why:
                    continue
                score = (len(shared), similarity, why)
                if person_id not in scored or score[:2] > scored[person_id][:2]:
                    scored[person_id] = score
        if not scored:
            return Match(How.NONE)
        best = sorted(scored.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
        best = best[:MAX_CANDIDATES]
        candidates = tuple((person_id, why) for person_id, (_n, _s, why) in best)
        reason = candidates[0][1] if len(candidates) == 1 else \
            f"{len(candidates)} possible people"
        return Match(How.UNCERTAIN, candidates=candidates, reason=reason)
