"""Online attendance, from a report to check-ins, on a real SQLite file: minutes, matching,
the plan and its dry run, idempotence, uncertain matches confirmed or rejected, occupancy
and the door unaffected, who came how."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from checkin import occupancy, tokens
from checkin.model import Attendee, Method, Outcome
from checkin.online import attendance
from checkin.online.attendance import (
    OnlineError,
    attended_minutes,
    confirm,
    import_report,
    participants,
    pending,
    presence,
    reject,
)
from checkin.online.matching import How, Matcher
from checkin.online.readers import read_report
from checkin.reception import Reception
from tests.online.report_files import teams_tsv, zoom_csv

BUJUMBURA = ZoneInfo("Africa/Bujumbura")
# the small event's plenary: 08:00–11:00 in Bujumbura (06:00–09:00 UTC), 180 minutes


def local(hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 2, 3, hour, minute)


def utc(hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 2, 3, hour, minute, tzinfo=BUJUMBURA).astimezone(UTC)


@pytest.fixture
def event(small_event):
    """The small event with e-mails, and a second Ndayishimiye and two more Jeans."""
    store = small_event
    people = {a.id: a for a in store.attendees()}
    store.upsert_attendees([
        replace(people["p1"], email="Helene.N@mfp.example"),
        replace(people["p4"], email="john.smith@ilo.example"),
        Attendee("p6", "test", tokens.new_token("TST25"), "Jean Pierre", "Ndayishimiye",
                 "PAMUSAB", "Burundi"),
        Attendee("p7", "test", tokens.new_token("TST25"), "Jean", "Habimana"),
        Attendee("p8", "test", tokens.new_token("TST25"), "Jean", "Bizimana"),
        Attendee("p9", "test", tokens.new_token("TST25"), "Jean", "Ntakirutimana"),
        Attendee("p10", "test", tokens.new_token("TST25"), "Jean", "Niyonzima"),
    ])
    return store


STAYS = [
    # e-mail in other case; on the laptop and the phone at once: counted once
    ("Hélène Ndayishimiye", "HELENE.N@MFP.EXAMPLE", local(7, 50), local(9, 30)),
    ("Hélène N.", "helene.n@mfp.example", local(8, 30), local(9, 0)),
    # no e-mail; the name in another order, hyphen, capitals: Jean Pierre Ndayishimiye
    ("Jean-Pierre NDAYISHIMIYE", "", local(8, 0), local(8, 40)),
    ("Jean-Pierre NDAYISHIMIYE", "", local(9, 0), local(9, 55)),  # rejoined: 95 minutes
    # John Smith, 60 minutes: below the 90 needed
    ("John Smith", "john.smith@ilo.example", local(8, 0), local(9, 0)),
    # a name a letter away from Kouadio N'Guessan's: uncertain
    ("Kouadio N'Guesan", "", local(8, 5), local(10, 50)),
    # nobody: an online-only attendee
    ("Gloria Uwase", "gloria@mutuelle.example", local(8, 0), local(11, 30)),
    # a phone for four minutes
    ("iPhone", "", local(9, 0), local(9, 4)),
    # a Jean nobody knows: "jean" is too common a word to ask about
    ("Jean Kamanzi", "", local(8, 0), local(9, 0)),
]


@pytest.fixture
def zoom(tmp_path):
    return zoom_csv(tmp_path / "participants.csv", STAYS)


def counts(store) -> tuple[int, int, int, int]:
    return (len(store.checkins()), store.count_attendees(), store.pending_count(),
            len(store.online_reviews()))


# --- minutes ---------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(-60, 240), st.integers(0, 120)), max_size=8),
       st.integers(0, 60), st.integers(60, 200))
def test_minutes_are_the_union_of_the_stays_within_the_session(spans, start, end):
    base = datetime(2025, 2, 3, 6, tzinfo=UTC)
    covered: set[int] = set()
    for at, length in spans:
        covered |= {m for m in range(at, at + length) if start <= m < end}
    got = attended_minutes(((base + timedelta(minutes=a), base + timedelta(minutes=a + n))
                            for a, n in spans),
                           base + timedelta(minutes=start), base + timedelta(minutes=end))
    assert got == pytest.approx(len(covered))


def test_participants_minutes_and_threshold(event, zoom):
    session = event.session("plenary")
    report = read_report(zoom, zone=BUJUMBURA, around=session.starts_at)
    found = {p.name: p for p in participants(report, session, 50)}
    helene = found["Hélène Ndayishimiye"]
    assert helene.minutes == 90 and helene.present  # from 08:00 (clipped), once for 2 devices
    assert helene.first_join == utc(7, 50)
    assert len(helene.joins) == 2 and helene.names == ("Hélène Ndayishimiye",
                                                       "Hélène N.")
    assert found["Jean-Pierre NDAYISHIMIYE"].minutes == 95  # rejoined: summed
    assert not found["John Smith"].present
    assert found["Gloria Uwase"].minutes == 180  # clipped to the session's end


def test_a_row_per_person_never_counts_more_than_the_report_says(event, tmp_path):
    session = event.session("plenary")
    stays = [("Wu Li", "", local(8, 0), local(8, 20)), ("Wu Li", "", local(10, 40), local(11))]
    path = teams_tsv(tmp_path / "t.csv", stays, activities=False)  # first join, last leave
    report = read_report(path, zone=BUJUMBURA, around=session.starts_at)
    (wu,) = participants(report, session, 50)
    assert wu.minutes == 40 and not wu.present  # not the 180 between first join and last leave


# --- matching --------------------------------------------------------------------------------


def test_matching(event):
    matcher = Matcher(event.attendees())
    assert matcher.match(["whoever"], " HELENE.N@mfp.EXAMPLE ") == Matcher(
        event.attendees()).match(["x"], "helene.n@mfp.example")
    assert matcher.match(["whoever"], "helene.n@mfp.example").attendee_id == "p1"
    by_name = matcher.match(["ndayishimiye jean pierre"])
    assert (by_name.how, by_name.attendee_id) == (How.NAME, "p6")
    assert matcher.match(["Jean-Pierre NDAYISHIMIYE"]).attendee_id == "p6"
    assert matcher.match(["HÉLÈNE  ndayishimiye"]).attendee_id == "p1"
    typo = matcher.match(["Helene Ndayishimye"])
    assert typo.how is How.UNCERTAIN and typo.candidates[0] == ("p1", "similar spelling")
    one = matcher.match(["Marie Nkurunziza"])  # one rare word in common with p3
    assert one.how is How.UNCERTAIN and one.candidates == (("p3", "one name in common: "
                                                                  "nkurunziza"),)
    assert matcher.match(["Jean Kamanzi"]).how is How.NONE  # "jean": five people have it
    assert matcher.match(["iPhone"]).how is How.NONE


def test_two_people_with_one_name_are_uncertain(event):
    event.upsert_attendees([Attendee("p11", "test", tokens.new_token("TST25"), "John",
                                     "SMITH", email="j.smith@other.example")])
    match = Matcher(event.attendees()).match(["Smith John"])
    assert match.how is How.UNCERTAIN and {i for i, _ in match.candidates} == {"p4", "p11"}


# --- importing -------------------------------------------------------------------------------


def test_dry_run_writes_nothing(event, zoom):
    before = counts(event)
    plan = import_report(event, zoom, "plenary", dry_run=True)
    assert counts(event) == before and not plan.applied
    assert len(plan.checkins) == 3 and len(plan.new_attendees) == 1 and len(plan.reviews) == 1


def test_import_records_online_checkins_once(event, zoom):
    plan = import_report(event, zoom, "plenary")
    hows = {line.participant.name: line.how for line in plan.lines}
    assert hows == {"Hélène Ndayishimiye": "email", "Jean-Pierre NDAYISHIMIYE": "name",
                    "John Smith": "email", "Kouadio N'Guesan": "uncertain",
                    "Gloria Uwase": "new", "iPhone": "below", "Jean Kamanzi": "below"}
    online = event.checkins(session_id="plenary")
    assert {c.method for c in online} == {Method.ONLINE}
    who = {c.attendee_id: c for c in online}
    gloria = next(line.attendee for line in plan.lines if line.how == "new")
    assert set(who) == {"p1", "p6", gloria.id}
    assert who["p1"].at == utc(7, 50)  # the first join
    assert gloria.origin == "online" and gloria.email == "gloria@mutuelle.example"
    assert event.attendee(gloria.id).token.startswith("TST25-")
    assert ("attendee", gloria.id) in event.unpushed("attendee")
    assert event.pending_count() == 4  # three check-ins and the new person, for sync
    (kept,) = pending(event)
    assert kept.name == "Kouadio N'Guesan" and kept.candidates[0][0] == "p2"
    assert kept.present and kept.minutes == 165
    # the same report again, and the same report from Teams: nothing new
    before = counts(event)
    again = import_report(event, zoom, "plenary")
    assert counts(event) == before and not again.checkins
    assert all(line.checkin is None for line in again.lines)
    assert sum(line.already for line in again.lines) == 3
    assert next(line for line in again.lines if line.how == "uncertain").review == kept.id
    path = teams_tsv(zoom.parent / "teams.csv", STAYS)
    import_report(event, path, "plenary")
    assert counts(event) == before


def test_confirm_and_reject(event, zoom):
    import_report(event, zoom, "plenary")
    (kept,) = pending(event)
    decision = confirm(event, kept.id)
    assert decision.attendee.id == "p2" and decision.checkin is not None
    assert decision.checkin.method is Method.ONLINE and decision.checkin.at == utc(8, 5)
    assert pending(event) == []
    with pytest.raises(OnlineError, match="confirmed already"):
        reject(event, kept.id)
    with pytest.raises(OnlineError, match="No uncertain match number 99"):
        confirm(event, 99)
    # the decision holds for the same participant in the next session's report
    later = [("Kouadio N'Guesan", "", datetime(2025, 2, 3, 12), datetime(2025, 2, 3, 14))]
    plan = import_report(event, zoom_csv(zoom.parent / "ws.csv", later), "workshop-a")
    (line,) = plan.lines
    assert (line.how, line.attendee.id) == ("decided", "p2") and line.checkin is not None


def test_reject_makes_an_online_only_attendee(event, tmp_path):
    stays = [("Marie Nkurunziza", "", local(8), local(11))]
    import_report(event, zoom_csv(tmp_path / "z.csv", stays), "plenary")
    (kept,) = pending(event)
    decision = reject(event, kept.id)
    assert decision.made and decision.attendee.origin == "online"
    assert decision.attendee.full_name == "Marie Nkurunziza"
    assert decision.checkin is not None and decision.checkin.attendee_id == decision.attendee.id
    # imported again: the person made is found by name, nothing new
    before = counts(event)
    plan = import_report(event, tmp_path / "z.csv", "plenary")
    assert plan.lines[0].how == "decided" and counts(event) == before


def test_several_candidates_need_a_choice(event, tmp_path):
    stays = [("Jean Ndayishimiye", "", local(8), local(11))]  # p1? p6? (names in common)
    import_report(event, zoom_csv(tmp_path / "z.csv", stays), "plenary")
    (kept,) = pending(event)
    assert len(kept.candidates) >= 2
    with pytest.raises(OnlineError, match="say which with --attendee"):
        confirm(event, kept.id)
    assert confirm(event, kept.id, "p6").attendee.id == "p6"


def test_threshold_per_session_and_per_import(event, zoom):
    attendance.set_threshold(event, "plenary", 30)
    assert attendance.threshold_for(event, "plenary") == 30
    plan = import_report(event, zoom, "plenary", dry_run=True)
    assert next(line for line in plan.lines if line.participant.name == "John Smith").present
    plan = import_report(event, zoom, "plenary", threshold=100, dry_run=True)
    assert [line.participant.name for line in plan.present] == ["Gloria Uwase"]
    with pytest.raises(OnlineError, match="0 to 100"):
        import_report(event, zoom, "plenary", threshold=120)
    attendance.set_threshold(event, "plenary", None)
    assert attendance.threshold_for(event, "plenary") == 50


def test_unknown_session(event, zoom):
    with pytest.raises(OnlineError, match="No session 'nope'"):
        import_report(event, zoom, "nope")


# --- the room and the door -------------------------------------------------------------------


def test_online_attendance_is_not_in_the_room_and_counts_once(event, zoom):
    now = utc(9, 30)
    door = Reception(event, clock=lambda: now)
    john = door.admit_attendee("p4", "plenary")  # on site
    assert john.outcome is Outcome.ACCEPTED
    room = occupancy.occupancy(event, event.session("plenary"))
    import_report(event, zoom, "plenary")
    after = occupancy.occupancy(event, event.session("plenary"))
    assert (after.inside, after.entries, after.peak) == (room.inside, room.entries, room.peak)
    assert event.inside_count("plenary") == 1
    assert occupancy.people_inside(event, "plenary") == ["p4"]
    # Hélène followed online, then comes to the door: an entry, not "already checked in"
    assert door.admit_attendee("p1", "plenary").outcome is Outcome.ACCEPTED
    # John joined online too (60 min, below): at 30 % he is present both ways
    import_report(event, zoom, "plenary", threshold=30)
    seen = presence(event)["plenary"]
    assert seen.onsite == {"p1", "p4"}
    assert {"p1", "p4", "p6"} <= seen.online
    assert seen.both == {"p1", "p4"}
    assert len(seen.everyone) == len(seen.onsite | seen.online)  # once per session
    # an undone online check-in is not presence any more
    uuid = next(c.uuid for c in event.checkins(session_id="plenary", attendee_id="p6"))
    door.undo(uuid)
    assert "p6" not in presence(event)["plenary"].online
    assert occupancy.ended_sessions_with_people(event, utc(12)) == [event.session("plenary")]
    made = occupancy.check_out_everyone(event, event.session("plenary"), utc(12))
    assert {c.attendee_id for c in made} == {"p1", "p4"}  # online people never "leave"
