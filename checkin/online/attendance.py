"""From a participants report to check-ins with the method "online".

1. :func:`participants` groups a report's joins by person (their e-mail, else their folded
   name) and sums each person's minutes as a union of intervals clipped to the session's
   times: two devices at once count once, a person who rejoins is summed;
2. :func:`plan_import` matches each participant (:mod:`checkin.online.matching`; a decision
   the organiser took before for the same participant is reused) and says what an import
   would write, writing nothing (a dry run shows it as it is);
3. :func:`apply` writes the plan in one transaction: the online-only attendees, the
   check-ins of those present at or above the session's threshold, and the uncertain
   matches, kept until :func:`confirm` or :func:`reject`.

A check-in's UUID is made from the session and the person, so an import run twice, or the
same report imported at two stations, records each person's online attendance once. The
check-in's time is the person's first join. Online-only attendees' ids are made from the
event and the participant the same way.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path

from checkin import walkins
from checkin.importer import split_full_name
from checkin.model import Attendee, CheckIn, Event, Method, Session, utcnow
from checkin.online.matching import How, Matcher, email_key, name_key
from checkin.online.presence import Presence, presence  # noqa: F401 (who came how: kept here too)
from checkin.online.readers import Join, Report, read_report
from checkin.online.records import ID_PREFIX, ORIGIN, OnlineReview, ReviewStatus, is_online_only
from checkin.store import Store

DEFAULT_THRESHOLD = 50.0  # percent of the session's length
_THRESHOLD_SETTING = "online_threshold:"  # + session id: a session's own threshold
NAMESPACE = uuidlib.UUID("6f1d7c2e-52a4-4f0a-9c55-0a8e7d3b9e41")


class OnlineError(Exception):
    """A failure the organiser can act on; the message says what to do."""


# --- thresholds ------------------------------------------------------------------------------


def threshold_for(store: Store, session_id: str) -> float:
    """The session's own threshold (percent of its length), else the default 50 %."""
    value = store.get_setting(_THRESHOLD_SETTING + session_id)
    try:
        return float(value) if value else DEFAULT_THRESHOLD
    except ValueError:
        return DEFAULT_THRESHOLD


def set_threshold(store: Store, session_id: str, percent: float | None) -> None:
    """Keep a session's own threshold (None: back to the default)."""
    if percent is not None:
        check_threshold(percent)
    store.set_setting(_THRESHOLD_SETTING + session_id,
                      None if percent is None else f"{percent:g}")


def check_threshold(percent: float) -> float:
    if not 0 <= percent <= 100:
        raise OnlineError(f"A threshold is a percentage of the session, 0 to 100, not {percent:g}.")
    return percent


# --- minutes ---------------------------------------------------------------------------------


def attended_minutes(spans: Iterable[tuple[datetime, datetime]], start: datetime,
                     end: datetime) -> float:
    """Minutes covered by ``spans`` between ``start`` and ``end``, overlaps counted once."""
    clipped = sorted((max(a, start), min(b, end)) for a, b in spans)
    total = 0.0
    current: tuple[datetime, datetime] | None = None
    for a, b in clipped:
        if b <= a:
            continue
        if current is None or a > current[1]:
            if current is not None:
                total += (current[1] - current[0]).total_seconds()
            current = (a, b)
        else:
            current = (current[0], max(current[1], b))
    if current is not None:
        total += (current[1] - current[0]).total_seconds()
    return total / 60


@dataclass(frozen=True)
class Participant:
    key: str  # "email:…" or "name:…"
    name: str  # as the report first wrote it
    email: str
    names: tuple[str, ...]  # every name shown, the ones people joined with first
    joins: tuple[Join, ...]
    minutes: float  # within the session's times
    first_join: datetime
    present: bool


def participant_key(name: str, email: str) -> str:
    return f"email:{email_key(email)}" if email.strip() else f"name:{name_key(name)}"


def participants(report: Report, session: Session, threshold: float) -> list[Participant]:
    """The report's people, with their minutes in ``session`` and whether they reach
    ``threshold`` percent of its length, in the order they first joined."""
    groups: dict[str, list[Join]] = {}
    by_name: dict[str, str] = {}  # a name's key → the e-mail group it belongs to
    for join in report.joins:
        if join.email:
            key = participant_key("", join.email)
            for name in join.names:
                by_name.setdefault(name_key(name), key)
            groups.setdefault(key, []).append(join)
    for join in report.joins:
        if join.email:
            continue
        key = next((by_name[name_key(n)] for n in join.names if name_key(n) in by_name),
                   participant_key(join.names[0] if join.names else join.name, ""))
        groups.setdefault(key, []).append(join)
    length = (session.ends_at - session.starts_at).total_seconds() / 60
    needed = length * threshold / 100
    out = []
    for key, joins in groups.items():
        if key == "name:":
            continue  # nameless rows were refused by the reader already
        minutes = attended_minutes(((j.joined, j.left) for j in joins), session.starts_at,
                                   session.ends_at)
        stated = [j.minutes for j in joins]
        if all(m is not None for m in stated):
            # a row per person (Teams' totals, Zoom's unique users) spans more than the
            # person stayed: never more than the report says
            minutes = min(minutes, sum(m for m in stated if m is not None))
        names: list[str] = []
        for join in joins:
            names += [n for n in join.names if n not in names]
        first = min(j.joined for j in joins)
        out.append(Participant(key, joins[0].name, next((j.email for j in joins if j.email), ""),
                               tuple(names), tuple(joins), round(minutes, 1), first,
                               minutes > 0 and minutes + 1e-9 >= needed))
    return sorted(out, key=lambda p: (p.first_join, p.key))


# --- the plan --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """What the import does with one participant."""

    participant: Participant
    how: str  # "email", "name", "decided" (the organiser's earlier choice), "uncertain",
    #           "new" (an online-only attendee is made), "kept" (the online-only attendee
    #           an earlier import made), "below" (not present, not matched, nobody made)
    attendee: Attendee | None = None
    candidates: tuple[tuple[Attendee, str], ...] = ()
    reason: str = ""
    checkin: CheckIn | None = None  # the online check-in this import records (new ones)
    already: bool = False  # present, and the online check-in is already there
    review: int | None = None  # the number of the uncertain match, once kept

    @property
    def present(self) -> bool:
        return self.participant.present


@dataclass(frozen=True)
class ImportPlan:
    session: Session
    report: Report
    threshold: float  # percent
    lines: tuple[Line, ...]
    new_attendees: tuple[Attendee, ...]
    checkins: tuple[CheckIn, ...]
    reviews: tuple[OnlineReview, ...]
    applied: bool = False

    @property
    def needed_minutes(self) -> float:
        length = (self.session.ends_at - self.session.starts_at).total_seconds() / 60
        return round(length * self.threshold / 100, 1)

    def with_how(self, *hows: str) -> list[Line]:
        return [line for line in self.lines if line.how in hows]

    @property
    def present(self) -> list[Line]:
        return [line for line in self.lines if line.present]

    @property
    def below(self) -> list[Line]:
        return [line for line in self.lines if not line.present]


def online_checkin(session_id: str, attendee_id: str, at: datetime, station_id: str) -> CheckIn:
    """The one online check-in of a person to a session (its UUID made from both)."""
    uuid = str(uuidlib.uuid5(NAMESPACE, f"checkin:{session_id}:{attendee_id}"))
    return CheckIn(uuid, attendee_id, session_id, station_id, at, Method.ONLINE)


def online_attendee(event: Event, participant_name: str, email: str) -> Attendee:
    """An online-only attendee for a participant nobody on the list is, made as a walk-in is
    (a fresh badge token), with an id made from the event and the participant so that two
    stations importing the same report make the same person."""
    first, last = split_full_name(" ".join(participant_name.split()) or email)
    form = walkins.WalkInForm(first_name=first, last_name=last or first, email=email)
    if walkins.validate(form):  # an odd e-mail: the name is enough
        form = replace(form, email="")
    person = walkins.build_attendee(form, event.id, event.code)
    key = participant_key(participant_name, email)
    return replace(person, id=f"{ID_PREFIX}{uuidlib.uuid5(NAMESPACE, f'{event.id}:{key}')}",
                   origin=ORIGIN)


def _check_overlap(report: Report, session: Session, event: Event) -> None:
    """A report none of whose stays meets the session's times is of another meeting: said,
    rather than an import where everybody is below the threshold."""
    if not report.joins:
        return
    first = min(j.joined for j in report.joins)
    last = max(j.left for j in report.joins)
    if last > session.starts_at and first < session.ends_at:
        return

    def shown(moment: datetime) -> str:
        return f"{event.local(moment):%d/%m/%Y %H:%M}"

    raise OnlineError(
        f"{report.name} is of a meeting from {shown(first)} to {shown(last)}, and the session "
        f"{session.id} is from {shown(session.starts_at)} to {shown(session.ends_at)}: "
        "another session's report, or another --session (or --timezone) is meant.")


def plan_import(store: Store, report: Report, session: Session,
                threshold: float | None = None, *, now: datetime | None = None) -> ImportPlan:
    """What importing ``report`` for ``session`` would write; nothing is written."""
    event = store.event()
    if event is None:
        raise OnlineError("No event in this database: import the attendee list first.")
    percent = check_threshold(threshold if threshold is not None
                              else threshold_for(store, session.id))
    _check_overlap(report, session, event)
    people = store.attendees()
    matcher = Matcher(people)
    station = store.station_id
    existing = {c.attendee_id for c in store.checkins(session_id=session.id,
                                                       include_voided=True)
                if c.method is Method.ONLINE}
    known = {a.id for a in people}
    made: dict[str, Attendee] = {}
    lines: list[Line] = []
    checkins: list[CheckIn] = []
    reviews: list[OnlineReview] = []
    stamp = now or utcnow()

    def record(line: Line, person: Attendee) -> Line:
        if not line.present:
            return line
        if person.id in existing:
            return replace(line, already=True)
        checkin = online_checkin(session.id, person.id, line.participant.first_join, station)
        existing.add(person.id)
        checkins.append(checkin)
        return replace(line, checkin=checkin)

    kept = store.online_reviews()  # every match kept, oldest first: read once
    numbers = {r.key: r.id for r in kept if r.session_id == session.id}
    decisions = {r.key: r for r in sorted(
        (r for r in kept if r.status is not ReviewStatus.PENDING and r.attendee_id),
        key=lambda r: (r.decided_at or stamp, r.id or 0))}  # the latest decision wins
    for p in participants(report, session, percent):
        decided = decisions.get(p.key)
        if decided is not None and decided.attendee_id:
            person = matcher.people.get(decided.attendee_id) or made.get(decided.attendee_id)
            if person is not None:
                lines.append(record(Line(p, "decided", person, reason=str(decided.status)),
                                    person))
                continue
        match = matcher.match(p.names, p.email)
        if match.how in (How.EMAIL, How.NAME):
            person = matcher.people[match.attendee_id]
            how = str(match.how)
            if is_online_only(person) and person.id not in made:
                how = "kept"
            lines.append(record(Line(p, how, person), person))
            continue
        if match.how is How.UNCERTAIN:
            candidates = tuple((matcher.people[i], why) for i, why in match.candidates)
            number = numbers.get(p.key)
            lines.append(Line(p, "uncertain", None, candidates, match.reason, review=number))
            if p.present and number is None:
                reviews.append(OnlineReview(
                    None, session.id, p.key, p.name, p.email, report.platform,
                    p.minutes, p.first_join, p.present, match.reason, match.candidates,
                    created_at=stamp))
            continue
        if not p.present:
            lines.append(Line(p, "below"))
            continue
        person = online_attendee(event, p.names[0] if p.names else p.name, p.email)
        if person.id in known:  # made by an earlier import, renamed since
            lines.append(record(Line(p, "kept", matcher.people[person.id]), person))
            continue
        made[person.id] = person
        matcher.add(person)
        lines.append(record(Line(p, "new", person), person))
    return ImportPlan(session, report, percent, tuple(lines), tuple(made.values()),
                      tuple(checkins), tuple(reviews))


def apply(store: Store, plan: ImportPlan) -> ImportPlan:
    """Write ``plan`` in one transaction: people, check-ins, uncertain matches. Returns the
    plan with the uncertain matches' numbers and only the check-ins that were new."""
    with store.transaction():
        if plan.new_attendees:
            store.upsert_attendees(plan.new_attendees, outbox=True)
        new = store.record_new_checkins(plan.checkins)
        store.add_online_reviews(plan.reviews)
    numbers = {r.key: r.id for r in store.online_reviews(session_id=plan.session.id)}
    uuids = {c.uuid for c in new}
    lines = tuple(
        replace(line,
                review=numbers.get(line.participant.key) if line.how == "uncertain" else None,
                checkin=line.checkin if line.checkin and line.checkin.uuid in uuids else None,
                already=line.already or bool(line.checkin and line.checkin.uuid not in uuids))
        for line in plan.lines)
    return replace(plan, lines=lines, checkins=tuple(new), applied=True)


def import_report(store: Store, path: str | Path, session_id: str, *,
                  threshold: float | None = None, zone: tzinfo | None = None,
                  dry_run: bool = False) -> ImportPlan:
    """Read, match and (unless ``dry_run``) record a participants report for a session.
    ``zone``: the zone the report's times are in (the event's by default)."""
    session = store.session(session_id)
    if session is None:
        ids = ", ".join(s.id for s in store.sessions()[:12]) or "none yet"
        raise OnlineError(f"No session {session_id!r} here (sessions: {ids}).")
    plan = plan_import(store, read_for(store, path, session, zone=zone), session, threshold)
    return plan if dry_run else apply(store, plan)


def read_for(store: Store, path: str | Path, session: Session, *,
             zone: tzinfo | None = None) -> Report:
    """Read a participants report for ``session``: its times in ``zone`` (the event's by
    default), day-first or month-first decided around the session's start."""
    event = store.event()
    if event is None:
        raise OnlineError("No event in this database: import the attendee list first.")
    return read_report(path, zone=zone or event.tz, around=session.starts_at)


# --- the organiser's decisions ---------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    review: OnlineReview
    attendee: Attendee
    checkin: CheckIn | None  # recorded now (present, and not there before)
    made: bool = False  # an online-only attendee was made for it


def pending(store: Store, session_id: str | None = None) -> list[OnlineReview]:
    """The uncertain matches waiting for the organiser, by number."""
    return store.online_reviews(status=ReviewStatus.PENDING, session_id=session_id)


def _pending(store: Store, number: int) -> OnlineReview:
    review = store.online_review(number)
    if review is None:
        raise OnlineError(f"No uncertain match number {number}: `checkin online pending` "
                          "lists them.")
    if review.status != ReviewStatus.PENDING:
        raise OnlineError(f"Match {number} was {review.status} already.")
    return review


def _record(store: Store, review: OnlineReview, person: Attendee) -> CheckIn | None:
    if not review.present or review.first_join is None:
        return None
    checkin = online_checkin(review.session_id, person.id, review.first_join, store.station_id)
    new = store.record_new_checkins([checkin])
    return new[0] if new else None


def confirm(store: Store, number: int, attendee_id: str | None = None) -> Decision:
    """The participant of uncertain match ``number`` is ``attendee_id`` (by default its only
    candidate): record their online attendance."""
    review = _pending(store, number)
    if attendee_id is None:
        if len(review.candidates) != 1:
            listed = ", ".join(i for i, _ in review.candidates)
            raise OnlineError(f"Match {number} has {len(review.candidates)} candidates: "
                              f"say which with --attendee ({listed}).")
        attendee_id = review.candidates[0][0]
    person = store.attendee(attendee_id)
    if person is None:
        raise OnlineError(f"No attendee {attendee_id!r} here.")
    with store.transaction():
        store.decide_online_review(number, ReviewStatus.CONFIRMED, person.id)
        checkin = _record(store, review, person)
    return Decision(replace(review, status=ReviewStatus.CONFIRMED,
                            attendee_id=person.id), person, checkin)


def reject(store: Store, number: int) -> Decision:
    """The participant of uncertain match ``number`` is none of its candidates: they become
    an online-only attendee, with their online attendance."""
    review = _pending(store, number)
    event = store.event()
    if event is None:
        raise OnlineError("No event in this database: import the attendee list first.")
    person = online_attendee(event, review.name, review.email)
    existing = store.attendee(person.id)
    with store.transaction():
        if existing is None:
            store.upsert_attendees([person], outbox=True)
        store.decide_online_review(number, ReviewStatus.REJECTED, person.id)
        checkin = _record(store, review, existing or person)
    return Decision(replace(review, status=ReviewStatus.REJECTED,
                            attendee_id=person.id), existing or person, checkin,
                    made=existing is None)
