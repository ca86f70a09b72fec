"""Finding a person at the desk in a few keystrokes.

The index lives in memory, built once from the attendees table and kept current through a
change log that SQLite triggers fill (migration ``m003_search_log`` in :mod:`checkin.schema`):
whatever path writes an attendee — import, walk-in, sync pull, another process — leaves its id
there, and each search first reads the log's high-water mark (one indexed ``max``) and takes in
what changed since.

Why not FTS5: its tokenizer cannot make "N'Guessan" match "nguessan", it has no typo
tolerance, and a one-letter prefix over 100,000 rows ranked by anything costs tens of
milliseconds (see ``bench/bench_search.py``). Here every distinct folded word (the *term*) sits
in one sorted list with its postings laid end to end (CSR), so all the terms that start with a
prefix are one contiguous slice, and a prefix query is a single numpy assignment whatever its
length. A typo is one edit (deletion, substitution, insertion, transposition) of a query word
of five letters or more; its variants are looked up the same way, restricted to the range of
the untouched prefix.

Rows are numbered in alphabetical order of the names at build time, so that the best hits come
out in the order a person expects. Attendees changed since the build go to a small second
segment built the same way (rebuilt on each change, cheap because small), and their old rows
in the main segment are masked; when that segment grows large the whole index is rebuilt.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np

from checkin.model import RegistrationStatus, fold as model_fold
from checkin.store import Store

MIN_TYPO_LENGTH = 5  # a word this long tolerates one wrong, missing, extra or swapped letter
MAX_QUERY_WORDS = 8
MAX_QUERY_LENGTH = 200
_AFTER = "\U0010ffff"  # sorts after every character: prefix + _AFTER ends a prefix's range

_SPLIT = re.compile(r"[^0-9a-z]+")
_PHONE_QUERY = re.compile(r"^[0-9\s+().\-/]+$")

# Per query word, how well a row matched it; a row's score is the sum over the words.
# A name's leading word ("Ndayikengurukiye" for "ndayi") ranks above a later one
# ("Hajayandi-Ndayishimiye"), and a whole name ("Li" for "li") above both.
_WHOLE_NAME, _LEAD_NAME, _WHOLE_OTHER, _PREFIX_NAME, _PREFIX_OTHER = 5, 4, 3, 2, 1


@dataclass(frozen=True)
class SearchHit:
    """One line of the results table."""

    attendee_id: str
    first_name: str
    last_name: str
    organisation: str
    country: str
    category: str
    reg_no: str
    token: str
    status: RegistrationStatus
    rank: int  # 0 is the best hit
    typo: bool = False  # found only by tolerating a typo

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def __post_init__(self) -> None:
        if not isinstance(self.status, RegistrationStatus):
            object.__setattr__(self, "status", RegistrationStatus.parse(self.status))

    @property
    def cancelled(self) -> bool:
        return self.status is RegistrationStatus.CANCELLED


# --- folding text into terms ----------------------------------------------------------------


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The model's fold (lower case, no accents, every Latin letter as typed: "lodz" finds
    Łódź), cached."""
    if text.isascii():
        return text.lower()
    return model_fold(text)


@lru_cache(maxsize=65536)
def terms_of(text: str) -> tuple[str, ...]:
    """The terms a field is found by: each word, and each word glued whole, so that
    "N'Guessan" answers to "nguessan", "n'gue" and "guessan", and
    "Nkurunziza-Habonimana" to either part or both written together."""
    found: list[str] = []
    for chunk in fold(text).split():
        parts = [p for p in _SPLIT.split(chunk) if p]
        found.extend(parts)
        if len(parts) > 1:
            found.append("".join(parts))
    return tuple(dict.fromkeys(found))


def phone_terms(phone: str) -> tuple[str, ...]:
    """Digits only, with and without the country code: "+257 79 12 34 56" is found as
    "25779123456", "79123456", "79 12" and so on."""
    digits = "".join(c for c in phone if c.isdigit())
    if not digits:
        return ()
    stripped = phone.strip()
    if stripped.startswith("00"):
        digits = digits[2:]
    found = [digits]
    if stripped.startswith(("+", "00")):
        # Country codes have one to three digits; keep each guess, longer numbers stay.
        found.extend(digits[n:] for n in (1, 2, 3) if len(digits) - n >= 6)
    return tuple(dict.fromkeys(found))


# The columns the index reads, in this order; the first nine are what a hit shows.
_COLUMNS = ("id", "first_name", "last_name", "organisation", "country", "category", "reg_no",
            "token", "status", "email", "phone")

# One attendee as the index keeps it: (the hit's fields, name terms, other terms, sort key,
# leading terms of the names).
_Doc = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, str, str],
             tuple[str, ...]]


@lru_cache(maxsize=65536)
def lead_terms(name: str) -> tuple[str, ...]:
    """The first word of a name, alone and glued: "N'Guessan" → n, nguessan."""
    words = fold(name).split()
    parts = [p for p in _SPLIT.split(words[0]) if p] if words else []
    return tuple(dict.fromkeys(parts[:1] + ["".join(parts)])) if parts else ()


def _parts(text: str) -> list[str]:
    """Words of an e-mail address or a number: their parts are enough, since a query word
    with punctuation also matches when each of its parts does."""
    return [p for p in _SPLIT.split(fold(text)) if p]


def _doc(record: tuple) -> _Doc:
    row = tuple(value or "" for value in record[:9])
    attendee_id, first, last, organisation, country, _, reg_no = row[:7]
    email, phone = record[9] or "", record[10] or ""
    names = set(terms_of(first))
    names.update(terms_of(last))
    other = set(terms_of(organisation))
    other.update(terms_of(country))
    if email:
        other.update(_parts(email))
    if reg_no:
        # "IMC25-0042" is also read out, and typed, as "42".
        found = _parts(reg_no)
        other.update(found)
        other.update(t.lstrip("0") for t in found if t.isdigit() and t.strip("0"))
    if phone:
        other.update(phone_terms(phone))
    other -= names
    lead = tuple(set(lead_terms(first) + lead_terms(last)))
    return row, tuple(names), tuple(other), (fold(last), fold(first), attendee_id), lead


def _hit(fields: tuple[str, ...], rank: int, typo: bool) -> SearchHit:
    """The results table's line of a doc's fields (the first nine of :data:`_COLUMNS`)."""
    attendee_id, first, last, organisation, country, category, reg_no, token, status = fields
    return SearchHit(attendee_id, first, last, organisation, country, category, reg_no, token,
                     RegistrationStatus.parse(status), rank=rank, typo=typo)


# --- one immutable piece of the index ---------------------------------------------------------


class _Segment:
    """Sorted terms with their postings end to end; rows numbered alphabetically."""

    def __init__(self, docs: list[_Doc]):
        docs = sorted(docs, key=lambda d: d[3])
        # Only what a hit shows and how it sorts is kept; the terms live in the arrays.
        self.rows = [d[0] for d in docs]
        self.keys = [d[3] for d in docs]
        self.ids = {row[0]: i for i, row in enumerate(self.rows)}
        self.size = len(docs)
        names = [d[1] for d in docs]
        others = [d[2] for d in docs]
        found = set(chain.from_iterable(names))
        found.update(chain.from_iterable(others))
        self.terms = sorted(found)
        self.alphabet = "".join(sorted(set("".join(self.terms))))
        index = dict(zip(self.terms, range(len(self.terms)), strict=False))
        name_terms, name_rows = self._pairs(index, names)
        other_terms, other_rows = self._pairs(index, others)
        self.name_post, self.name_off = self._csr(name_terms, name_rows)
        self.lead_post, self.lead_off = self._csr(*self._pairs(index, [d[4] for d in docs]))
        self.all_post, self.all_off = self._csr(
            np.concatenate([name_terms, other_terms]), np.concatenate([name_rows, other_rows])
        )

    def _pairs(self, index: dict[str, int], per_row: list[tuple[str, ...]]
               ) -> tuple[np.ndarray, np.ndarray]:
        """(term number, row) for every term of every row, as two arrays."""
        counts = np.fromiter(map(len, per_row), dtype=np.int64, count=len(per_row))
        total = int(counts.sum())
        terms = np.fromiter(map(index.__getitem__, chain.from_iterable(per_row)),
                            dtype=np.int64, count=total)
        rows = np.repeat(np.arange(len(per_row), dtype=np.int32), counts)
        return terms, rows

    def _csr(self, terms: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows grouped by term, in term order: postings and term offsets."""
        order = np.argsort(terms, kind="stable")
        offsets = np.zeros(len(self.terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(self.terms)), out=offsets[1:])
        return rows[order], offsets

    def prefix_range(self, word: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        hi = len(self.terms) if hi is None else hi
        start = bisect.bisect_left(self.terms, word, lo, hi)
        end = bisect.bisect_left(self.terms, word + _AFTER, start, hi)
        return start, end

    def whole_range(self, word: str, lo: int, hi: int) -> tuple[int, int]:
        start = bisect.bisect_left(self.terms, word, lo, hi)
        if start < hi and self.terms[start] == word:
            return start, start + 1
        return start, start

    def mark(self, mask: np.ndarray, ranges: list[tuple[int, int]], among: str = "all") -> None:
        """Set the rows of the terms in ``ranges``: among all terms, "name" or "lead" terms."""
        post, off = {
            "all": (self.all_post, self.all_off),
            "name": (self.name_post, self.name_off),
            "lead": (self.lead_post, self.lead_off),
        }[among]
        pieces = [post[off[a] : off[b]] for a, b in ranges if b > a]
        if len(pieces) == 1:
            mask[pieces[0]] = True
        elif pieces:
            mask[np.concatenate(pieces)] = True

    def typo_ranges(self, word: str) -> list[tuple[int, int]]:
        """Term ranges that start with a one-edit variant of ``word``."""
        terms = self.terms
        ranges: list[tuple[int, int]] = []
        n = len(word)
        lo, hi = 0, len(terms)
        for i in range(n + 1):
            # Every variant that edits position i keeps word[:i]: search inside its range.
            head = word[:i]
            if i:
                lo, hi = self.prefix_range(head, lo, hi)
            if lo == hi:
                break
            rest = word[i + 1 :]
            if i < n:
                ranges.append(self.prefix_range(head + rest, lo, hi))  # deletion
                if i + 1 < n:
                    swapped = head + word[i + 1] + word[i] + word[i + 2 :]
                    ranges.append(self.prefix_range(swapped, lo, hi))  # transposition
            # Substitutions and insertions put a letter at position i: only the letters that
            # some term has there can match, so walk from one such letter to the next.
            at = lo
            if at < hi and len(terms[at]) == i:
                at += 1  # the term that is exactly ``head`` has no letter at i
            while at < hi:
                c = terms[at][i]
                c_lo, c_hi = at, bisect.bisect_left(terms, head + c + _AFTER, at, hi)
                if i < n and c != word[i]:
                    ranges.append(self.prefix_range(head + c + rest, c_lo, c_hi))  # substitution
                ranges.append(self.prefix_range(head + c + word[i:], c_lo, c_hi))  # insertion
                at = c_hi
        return [r for r in ranges if r[1] > r[0]]

    def search(self, words: list[_Word], alive: np.ndarray | None, limit: int
               ) -> list[tuple[int, int, int]]:
        """(typos, -score, row) of the best ``limit`` rows matching every word."""
        if not self.size:
            return []
        ok = np.ones(self.size, dtype=bool) if alive is None else alive.copy()
        typos = np.zeros(self.size, dtype=np.int16)
        score = np.zeros(self.size, dtype=np.int16)
        for word in words:
            best = np.zeros(self.size, dtype=np.int16)
            levels = []
            for level, among, whole in (
                (_PREFIX_OTHER, "all", False),
                (_PREFIX_NAME, "name", False),
                (_WHOLE_OTHER, "all", True),
                (_LEAD_NAME, "lead", False),
                (_WHOLE_NAME, "name", True),
            ):
                mask = np.zeros(self.size, dtype=bool)
                ranges = []
                for form in word.forms:
                    found = self.prefix_range(form)
                    ranges.append(self.whole_range(form, *found) if whole else found)
                self.mark(mask, ranges, among)
                best[mask] = level
                levels.append(mask)
            exact = levels[0]  # the widest: a prefix of any term
            if word.parts:
                # "pamusab.bi" typed as in the e-mail: each part a prefix of some term.
                parts = np.ones(self.size, dtype=bool)
                for part in word.parts:
                    mask = np.zeros(self.size, dtype=bool)
                    self.mark(mask, [self.prefix_range(part)])
                    parts &= mask
                best[parts & ~exact] = _PREFIX_OTHER
                exact |= parts
            score += best
            matched = exact
            if word.typo:
                fuzzy = np.zeros(self.size, dtype=bool)
                self.mark(fuzzy, self.typo_ranges(word.forms[0]))
                fuzzy &= ~exact
                typos += fuzzy
                matched = exact | fuzzy
            ok &= matched
            if not ok.any():
                return []
        rows = np.flatnonzero(ok)
        key = (typos[rows].astype(np.int64) * 1000 - score[rows]) * (self.size + 1) + rows
        if len(rows) > limit:
            keep = np.argpartition(key, limit)[:limit]
            rows, key = rows[keep], key[keep]
        order = np.argsort(key, kind="stable")
        return [(int(typos[r]), -int(score[r]), int(r)) for r in rows[order]]


# --- the public face ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    """One word of a query."""

    forms: tuple[str, ...]  # prefixes, any of which will do: the word glued, or its digits
    parts: tuple[str, ...] = ()  # for "pamusab.bi": every part a prefix of some term
    typo: bool = False  # one edit tolerated


def _query_words(text: str) -> list[_Word]:
    text = text[:MAX_QUERY_LENGTH]
    if _PHONE_QUERY.match(text) and sum(c.isdigit() for c in text) >= 5:
        digits = phone_terms(text)
        if text.strip().startswith(("+", "00")):
            plain = "".join(c for c in text if c.isdigit())
            digits = tuple(dict.fromkeys([*digits, plain]))
        return [_Word(digits)]
    words: list[_Word] = []
    for chunk in fold(text).split()[:MAX_QUERY_WORDS]:
        parts = tuple(p for p in _SPLIT.split(chunk) if p)
        if not parts:
            continue
        glued = "".join(parts)
        typo = len(glued) >= MIN_TYPO_LENGTH and glued.isalpha()  # names, not numbers
        words.append(_Word((glued,), parts if len(parts) > 1 else (), typo))
    return words


class Search:
    """Type-ahead over the attendees of a :class:`~checkin.store.Store`.

    Safe to call from any thread: the index is shared, and each thread reads the change log
    through its own connection (``store.db`` is thread-local).
    """

    #: rebuild everything when this many attendees changed since the last build
    REBUILD_AFTER = 2000

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        # (main segment, delta segment, main rows not superseded by the delta), replaced as
        # one tuple so that a search in another thread never sees half an update.
        self._state: tuple[_Segment, _Segment | None, np.ndarray | None] | None = None
        self._changed: dict[str, _Doc | None] = {}  # id -> its new doc, None if deleted
        self._seq = -1

    # --- keeping current -----------------------------------------------------------------

    def _high_water(self) -> int:
        return self.store.search_high_water()

    def is_current(self) -> bool:
        """Whether the index already holds every change: then the next search reads nothing
        but the change log's high-water mark (a window may run it in place); otherwise it
        first takes in the changes, or rebuilds after a large import (better on a thread)."""
        return self._state is not None and self._high_water() == self._seq

    def refresh(self) -> None:
        """Take in whatever changed in the attendees table since the last call."""
        seq = self._high_water()
        if seq == self._seq:
            return
        with self._lock:
            if seq == self._seq:
                return
            if self._state is None or len(self._changed) >= min(
                self.REBUILD_AFTER, max(64, self._state[0].size // 2)
            ):
                self._rebuild()
            else:
                self._take_changes(self._state[0])

    def _rebuild(self) -> None:
        # One read transaction: the rows read are exactly what the high-water mark covers.
        with self.store.read_snapshot():
            seq = self._high_water()
            docs = [_doc(r) for r in self.store.attendee_tuples(_COLUMNS)]
        self._state = (_Segment(docs), None, None)
        self._changed = {}
        self._seq = seq

    def _take_changes(self, main: _Segment) -> None:
        with self.store.read_snapshot():
            seq = self._high_water()
            ids = self.store.search_log_since(self._seq)
            rows = {r[0]: r for r in self.store.attendee_tuples(_COLUMNS, ids)}
        changed = dict(self._changed)
        for attendee_id in ids:
            changed[attendee_id] = _doc(rows[attendee_id]) if attendee_id in rows else None
        alive = np.ones(main.size, dtype=bool)
        for attendee_id in changed:
            row = main.ids.get(attendee_id)
            if row is not None:
                alive[row] = False
        self._state = (main, _Segment([d for d in changed.values() if d is not None]), alive)
        self._changed = changed
        self._seq = seq

    # --- asking -------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """The attendees matching every word of ``text``, best first."""
        words = _query_words(text or "")
        if not words or limit <= 0:
            return []
        self.refresh()
        assert self._state is not None  # refresh() built it, and it is never unset
        main, delta, alive = self._state
        found: list[tuple[tuple, tuple[str, ...]]] = []
        for segment, mask in ((main, alive), (delta, None)):
            if segment is None:
                continue
            for typos, neg_score, row in segment.search(words, mask, limit):
                found.append(((typos, neg_score, segment.keys[row]), segment.rows[row]))
        found.sort(key=lambda item: item[0])
        return [_hit(fields, rank, typo=key[0] > 0) for rank, (key, fields) in enumerate(found[:limit])]
