"""Interpretation receivers: the headsets lent in the auditorium against a badge.

No Qt. The receivers are known by the number on their label (:mod:`checkin.receiver_codes`);
they are numbered on the spot (:func:`add_numbered`: R001…R060) or imported from a list
(:func:`read_list`, then :func:`import_list`). Lending and taking back are events with
client-made UUIDs (:class:`checkin.model.LoanEvent`), written with their outbox row in one
durable transaction, and merged by sync as a union (:func:`checkin.sync.merge.merge`), like
check-ins. Who holds a receiver is read from them in the order they happened (:func:`loans`):

- a lend opens a loan; the next return of that receiver closes it;
- a lend of a receiver still out (two stations offline, or a return nobody recorded) closes
  the earlier loan as *lent again*: the receiver is with the later person;
- a return of a receiver nobody holds (two desks took it back) changes nothing.

So a door lending offline at 09:00 and the desk taking the receiver back at 12:00, which heard
of the loan only later, agree once synced: returned.

:class:`Lending` answers a clerk with a typed :class:`LendResult`: lent to whom, already lent
to someone else (who; ``take_back=True`` takes it back first), already theirs, returned, not
lent, unknown receiver, unknown badge, and a person who already holds another receiver
(``second=True`` lends anyway).
"""

from __future__ import annotations

import enum
import logging
import re
import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from checkin import spreadsheet
from checkin.import_columns import header_key
from checkin.model import Attendee, LoanAction, LoanEvent, Receiver, utcnow
from checkin.receiver_codes import ReceiverNumberError, normalise, read_label
from checkin.store import Store

log = logging.getLogger(__name__)  # people by their id only: no name, no phone (checkin.logs)

MAX_RECEIVERS = 5000  # numbered or imported at once: more is a typo (--count 60000)
TICK = timedelta(microseconds=1)  # the smallest step between two events of one receiver


# --- who holds what --------------------------------------------------------------------------


@dataclass(frozen=True)
class Loan:
    """One receiver in one person's hands, from its lend to its return (None: still out)."""

    receiver_id: str
    attendee_id: str
    lent_at: datetime
    lent_by: str  # the station's id
    uuid: str  # the lend event's
    returned_at: datetime | None = None
    returned_by: str = ""  # the station's id
    lent_again_at: datetime | None = None  # lent to someone else with no return in between

    @property
    def out(self) -> bool:
        return self.returned_at is None and self.lent_again_at is None


def loans(events: Iterable[LoanEvent]) -> list[Loan]:
    """Every loan the events tell of, in the order they were lent (see the module's rules).
    ``events`` in the order they happened (:meth:`Store.loan_events` gives them so)."""
    made: list[Loan] = []
    current: dict[str, int] = {}  # receiver → index in made of its last loan
    for e in events:
        index = current.get(e.receiver_id)
        last = made[index] if index is not None else None
        if e.action is LoanAction.LEND:
            if last is not None and last.out and index is not None:
                made[index] = replace(last, lent_again_at=e.at)
            current[e.receiver_id] = len(made)
            made.append(Loan(e.receiver_id, e.attendee_id, e.at, e.station_id, e.uuid))
        elif last is not None and last.out and index is not None:
            made[index] = replace(last, returned_at=e.at, returned_by=e.station_id)
    return made


def _out(events: Iterable[LoanEvent]) -> Loan | None:
    """The loan still out among one receiver's events, if any."""
    return next((loan for loan in loans(events) if loan.out), None)


def held_by(store: Store, attendee_id: str) -> list[Loan]:
    """The receivers this person holds now, in number order (read from the events of the
    receivers ever lent to them, not the whole day's)."""
    lent = store.receivers_lent_to(attendee_id)
    if not lent:
        return []
    held = [loan for loan in loans(store.loan_events(receiver_ids=lent))
            if loan.out and loan.attendee_id == attendee_id]
    return sorted(held, key=lambda loan: _number_key(loan.receiver_id))


def open_loans(store: Store) -> list[Loan]:
    """The receivers out now, one loan each, in number order."""
    out = [loan for loan in loans(store.loan_events()) if loan.out]
    return sorted(out, key=lambda loan: _number_key(loan.receiver_id))


# --- the clerk's answers ---------------------------------------------------------------------


class LendOutcome(enum.Enum):
    LENT = "lent"
    RETURNED = "returned"
    LENT_TO_OTHER = "lent_to_other"  # someone else holds it: take it back first
    ALREADY_THEIRS = "already_theirs"  # this person holds it already
    HOLDS_ANOTHER = "holds_another"  # this person holds another receiver
    NOT_LENT = "not_lent"  # taken back, but nobody had it
    UNKNOWN_RECEIVER = "unknown_receiver"
    UNKNOWN_BADGE = "unknown_badge"

    @property
    def done(self) -> bool:
        """Something was recorded."""
        return self in (LendOutcome.LENT, LendOutcome.RETURNED)

    @property
    def colour(self) -> str:
        if self.done:
            return "green"
        if self in (LendOutcome.UNKNOWN_RECEIVER, LendOutcome.UNKNOWN_BADGE):
            return "red"
        return "amber"


@dataclass(frozen=True)
class LendResult:
    outcome: LendOutcome
    receiver_id: str = ""  # as found (or as typed, when unknown)
    attendee: Attendee | None = None  # the person lent to, or who gave it back
    holder: Attendee | None = None  # LENT_TO_OTHER: who has it; LENT: taken back from them
    loan: Loan | None = None  # the loan made, closed, or in the way
    held: tuple[str, ...] = ()  # HOLDS_ANOTHER: the receivers the person holds
    code: str = ""  # the badge or number as given, for the words of an unknown one
    candidates: tuple[str, ...] = ()  # UNKNOWN_RECEIVER: the receivers a short number may mean
    events: tuple[LoanEvent, ...] = field(default=())  # what was written

    @property
    def colour(self) -> str:
        return self.outcome.colour


class Lending:
    """Lend and take back receivers at one station (``lookup(code)`` finds whose badge a code
    is: :meth:`checkin.reception.Reception.badge_holder`)."""

    def __init__(self, store: Store, lookup: Callable[[str], Attendee | None] | None = None,
                 *, clock: Callable[[], datetime] = utcnow):
        self.store = store
        self.lookup = lookup
        self.clock = clock

    # --- finding ---------------------------------------------------------------------------

    def find(self, text: str) -> Receiver | None:
        """The receiver a scanned label or a typed number names: "R012", "r12", or "12" when
        one receiver's digits read 12."""
        number = read_label(text)
        if number is None:
            try:
                number = normalise(text)
            except ReceiverNumberError:
                return None
        found = self.store.receiver(number)
        if found is not None:
            return found
        matches = self.candidates(number)
        return matches[0] if len(matches) == 1 else None

    def candidates(self, text: str) -> list[Receiver]:
        """The receivers a short number may mean: R12 or 12 for R012 (the same digits, and
        the same letters when some were typed); several when 12 is R012 and FR012."""
        try:
            number = read_label(text) or normalise(text)
        except ReceiverNumberError:
            return []
        prefix, digits, _ = _number_key(number)
        if digits < 0:
            return []
        return sorted_receivers(r for r in self.store.receivers()
                                if _number_key(r.id)[1] == digits
                                and (not prefix or _number_key(r.id)[0] == prefix))

    def person(self, badge: str | None = None, attendee_id: str | None = None
               ) -> Attendee | None:
        if attendee_id:
            return self.store.attendee(attendee_id)
        if badge and self.lookup is not None:
            return self.lookup(badge)
        return None

    def holder_of(self, receiver_id: str) -> Loan | None:
        return _out(self.store.loan_events(receiver_ids=[receiver_id]))

    def held_by(self, attendee_id: str) -> list[Loan]:
        return held_by(self.store, attendee_id)

    # --- lending ---------------------------------------------------------------------------

    def lend(self, receiver: str, *, badge: str | None = None, attendee_id: str | None = None,
             take_back: bool = False, second: bool = False) -> LendResult:
        """Lend the receiver (a scanned label or a typed number) to the person of ``badge``
        (or ``attendee_id``). ``take_back``: someone else holds it; record its return first.
        ``second``: the person holds another one; lend this one too."""
        given = badge or attendee_id or ""
        with self.store.transaction():  # read and written at once: two desks never race
            found = self.find(receiver)
            if found is None:
                return self._unknown(receiver)
            person = self.person(badge, attendee_id)
            if person is None:
                return LendResult(LendOutcome.UNKNOWN_BADGE, found.id, code=given)
            known = self.store.loan_events(receiver_ids=[found.id])
            current = _out(known)
            if current is not None and current.attendee_id == person.id:
                return LendResult(LendOutcome.ALREADY_THEIRS, found.id, person, loan=current)
            holder = self.store.attendee(current.attendee_id) if current else None
            if current is not None and not take_back:
                return LendResult(LendOutcome.LENT_TO_OTHER, found.id, person, holder,
                                  loan=current)
            held = tuple(loan.receiver_id for loan in self.held_by(person.id)
                         if loan.receiver_id != found.id)
            if held and not second:
                return LendResult(LendOutcome.HOLDS_ANOTHER, found.id, person, held=held)
            now = self._after(known)
            events = []
            if current is not None:
                events.append(self._event(found.id, LoanAction.RETURN, current.attendee_id, now))
                now += TICK
            events.append(self._event(found.id, LoanAction.LEND, person.id, now))
            self.store.record_loan_events(events)
        log.info("receiver %s lent to attendee %s%s", found.id, person.id,
                 f" (taken back from {current.attendee_id})" if current else "")
        loan = Loan(found.id, person.id, now, self.store.station_id, events[-1].uuid)
        return LendResult(LendOutcome.LENT, found.id, person, holder if current else None,
                          loan=loan, events=tuple(events))

    def give_back(self, receiver: str) -> LendResult:
        """Take the receiver back from whoever holds it."""
        with self.store.transaction():
            found = self.find(receiver)
            if found is None:
                return self._unknown(receiver)
            known = self.store.loan_events(receiver_ids=[found.id])
            current = _out(known)
            if current is None:
                return LendResult(LendOutcome.NOT_LENT, found.id)
            now = self._after(known)
            event = self._event(found.id, LoanAction.RETURN, current.attendee_id, now)
            self.store.record_loan_events([event])
        log.info("receiver %s returned by attendee %s", found.id, current.attendee_id)
        person = self.store.attendee(current.attendee_id)
        closed = replace(current, returned_at=now, returned_by=self.store.station_id)
        return LendResult(LendOutcome.RETURNED, found.id, person, loan=closed, events=(event,))

    def _unknown(self, text: str) -> LendResult:
        """No receiver, or several (12: R012 and FR012), by that number."""
        several = tuple(r.id for r in self.candidates(text))
        return LendResult(LendOutcome.UNKNOWN_RECEIVER, _as_typed(text), code=text,
                          candidates=several if len(several) > 1 else ())

    def _after(self, known: Sequence[LoanEvent]) -> datetime:
        """Now, or just after the receiver's last event (``known``, in order) when the clock
        says otherwise (a clock set back, two reads in the same microsecond): what happens
        here to a receiver is always later than what this station knew of it."""
        now = self.clock()
        if known and known[-1].at >= now:
            return known[-1].at + TICK
        return now

    def _event(self, receiver_id: str, action: LoanAction, attendee_id: str,
               at: datetime) -> LoanEvent:
        return LoanEvent(str(uuidlib.uuid4()), receiver_id, action, attendee_id,
                         self.store.station_id, at)


# --- the desk's list -------------------------------------------------------------------------


@dataclass(frozen=True)
class OutRow:
    """A receiver not returned, with the person to call."""

    receiver: str
    channel: str
    name: str
    organisation: str
    phone: str
    email: str
    lent_at: datetime
    station: str  # the name of the station that lent it
    attendee_id: str


def not_returned(store: Store) -> list[OutRow]:
    """The receivers out now, with who holds them and how to reach them, in number order."""
    out = open_loans(store)
    people = {a.id: a for a in store.attendees(sorted({loan.attendee_id for loan in out}))}
    stations = {s.id: s.name for s in store.stations()}
    receivers = {r.id: r for r in store.receivers()}
    rows = []
    for loan in out:
        person = people.get(loan.attendee_id)
        rows.append(OutRow(
            receiver=loan.receiver_id,
            channel=receivers[loan.receiver_id].channel if loan.receiver_id in receivers else "",
            name=person.full_name if person else loan.attendee_id,
            organisation=person.organisation if person else "",
            phone=person.phone if person else "",
            email=person.email if person else "",
            lent_at=loan.lent_at,
            station=stations.get(loan.lent_by, ""),
            attendee_id=loan.attendee_id,
        ))
    return rows


@dataclass(frozen=True)
class Tally:
    receivers: int
    out: int
    lent_ever: int  # loans made so far

    @property
    def available(self) -> int:
        return self.receivers - self.out


def tally(store: Store) -> Tally:
    made = loans(store.loan_events())
    return Tally(len(store.receivers()), sum(1 for loan in made if loan.out), len(made))


# --- making receivers ------------------------------------------------------------------------


def numbers(count: int, prefix: str = "R", start: int = 1, width: int = 3) -> list[str]:
    """``count`` numbers from ``start``: R001, R002… (``width`` digits at least)."""
    if not 1 <= count <= MAX_RECEIVERS:
        raise ReceiverNumberError(f"Give a count between 1 and {MAX_RECEIVERS}.")
    made = [f"{prefix}{n:0{width}d}" for n in range(start, start + count)]
    return [normalise(n) for n in made]


def add_numbered(store: Store, count: int, prefix: str = "R", *, width: int = 3,
                 channel: str = "") -> list[Receiver]:
    """Number ``count`` new receivers after the highest of this prefix already here (R061…
    when R001–R060 exist), in one transaction, queued for sync."""
    prefix = normalise(prefix) if prefix else ""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    highest = max((int(m.group(1)) for r in store.receivers()
                   if (m := pattern.match(r.id))), default=0)
    made = [Receiver(n, channel=channel.strip()) for n in
            numbers(count, prefix, highest + 1, width)]
    store.upsert_receivers(made, outbox=True, origin="")
    return made


@dataclass(frozen=True)
class ListLine:
    line: int
    number: str
    taken: bool
    message: str  # why refused, or "new" / "updated" / "unchanged"


@dataclass(frozen=True)
class ReceiverList:
    """A list read, before anything is written: what :func:`import_list` would take."""

    receivers: tuple[Receiver, ...]
    lines: tuple[ListLine, ...]
    columns: str  # which columns were taken, in words

    @property
    def refused(self) -> list[ListLine]:
        return [line for line in self.lines if not line.taken]


_NUMBER_WORDS = {"numero", "no", "n", "num", "number", "recepteur", "receiver", "label",
                 "etiquette", "id", "code", "numero du recepteur", "receiver number",
                 "recepteur no", "receiver no", "casque", "headset"}
_NOTE_WORDS = {"note", "notes", "remarque", "remarques", "commentaire", "comment",
               "observation", "observations", "etat", "state"}
_CHANNEL_WORDS = {"canal", "channel", "langue", "language", "frequence", "frequency"}


def read_list(path: str | Path, store: Store | None = None) -> ReceiverList:
    """A list of receivers (CSV in any of Excel's encodings, or XLSX; French or English
    headers: Numéro / Number, Note / Remarque, Canal / Channel), line by line. With no header
    row, the first column is the number. Raises :class:`spreadsheet.SpreadsheetError` for a
    file that cannot be read."""
    tables = spreadsheet.read(path)
    best = None
    for table in tables:
        found = _header(table)
        if found is not None and (best is None or found[1] > best[1][1]):
            best = (table, found)
    if best is None:
        table = tables[0] if tables else spreadsheet.Table((), "csv")
        columns = {"number": 0}
        header_line = 0
        described = "no header row: the first column is the number"
    else:
        table, (columns, _score, header_line) = best
        described = ", ".join(f"{what}: column {index + 1}" for what, index in columns.items())
    here = {r.id: r for r in store.receivers()} if store is not None else {}
    seen: dict[str, int] = {}
    taken: list[Receiver] = []
    lines: list[ListLine] = []
    for row in table.rows:
        if row.line <= header_line:
            continue
        cells = row.cells
        if not any(c.strip() for c in cells):
            continue  # a blank row
        raw = _cell(cells, columns.get("number"))
        try:
            number = normalise(raw)
        except ReceiverNumberError as error:
            lines.append(ListLine(row.line, raw, False, str(error)))
            continue
        if number in seen:
            lines.append(ListLine(row.line, number, False,
                                  f"{number} is already on line {seen[number]}."))
            continue
        seen[number] = row.line
        receiver = Receiver(number, note=_cell(cells, columns.get("note"))[:500],
                            channel=_cell(cells, columns.get("channel"))[:64])
        old = here.get(number)
        if old is None:
            state = "new"
        elif (old.note, old.channel) == (receiver.note, receiver.channel):
            state = "unchanged"
        else:
            state = "updated"
        lines.append(ListLine(row.line, number, True, state))
        if state != "unchanged":
            taken.append(receiver)
    return ReceiverList(tuple(taken), tuple(lines), described)


def import_list(store: Store, found: ReceiverList) -> int:
    """Write a list read by :func:`read_list` (only if no line was refused: nothing half
    imported), queued for sync; returns how many receivers were added or changed."""
    if found.refused:
        raise ReceiverNumberError(
            f"{len(found.refused)} lines of the list are refused: nothing was imported.")
    store.upsert_receivers(found.receivers, outbox=True, origin="")
    return len(found.receivers)


def _header(table: spreadsheet.Table) -> tuple[dict[str, int], int, int] | None:
    for row in table.rows[:10]:
        columns: dict[str, int] = {}
        for index, cell in enumerate(row.cells):
            key = header_key(cell)
            for what, words in (("number", _NUMBER_WORDS), ("note", _NOTE_WORDS),
                                ("channel", _CHANNEL_WORDS)):
                if key in words and what not in columns:
                    columns[what] = index
        if "number" in columns:
            return columns, len(columns), row.line
    return None


def _cell(cells: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _number_key(number: str) -> tuple[str, int, str]:
    match = re.match(r"^(.*?)(\d+)$", number)
    if match:
        return match.group(1), int(match.group(2)), number
    return number, -1, number


def _as_typed(text: str) -> str:
    found = read_label(text)
    if found is not None:
        return found
    shown = "".join(text.split())
    return shown[:32] + ("…" if len(shown) > 32 else "")


def sorted_receivers(receivers: Iterable[Receiver]) -> list[Receiver]:
    """In the order people count them: R2 before R10."""
    return sorted(receivers, key=lambda r: _number_key(r.id))
