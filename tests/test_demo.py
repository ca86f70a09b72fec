"""The demo conference: reproducible, shaped like the real one, usable by reception."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

import pytest

from checkin import paths, tokens
from checkin.demo import (
    DEMO_EVENT,
    DEMO_STATION_NAME,
    STATIONS,
    build_demo,
    demo_clock,
    demo_sessions,
    generate_attendees,
    write_sheets,
)
from checkin.model import Category, Outcome
from checkin.reception import Reception
from checkin.store import Store

WORKSHOP_KEYS = ("delegation", "decentralisation", "deconcentration", "absorption",
                 "non-involvement")


@pytest.fixture(scope="module")
def people():
    return generate_attendees(DEMO_EVENT.code, 1500, 2025, demo_sessions())


@pytest.fixture
def demo_store(tmp_path) -> Store:
    store = Store(tmp_path / "demo.db")
    build_demo(store)
    yield store
    store.close()


def test_same_seed_same_people_other_seed_other_people(people):
    again = generate_attendees(DEMO_EVENT.code, 1500, 2025, demo_sessions())
    assert again == people
    assert [a.token for a in again] == [a.token for a in people]
    other = generate_attendees(DEMO_EVENT.code, 1500, 7, demo_sessions())
    assert [a.token for a in other] != [a.token for a in people]


def test_two_builds_give_the_same_database(tmp_path):
    dumps = []
    for name in ("a.db", "b.db"):
        store = Store(tmp_path / name)
        build_demo(store)
        dumps.append(
            (
                store.query("select id, token, reg_no, workshops, status from attendees order by id"),
                store.query("select uuid, attendee_id, station_id, at from checkins order by uuid"),
                store.query("select * from sessions order by id"),
            )
        )
        store.close()
    attendees, checkins, sessions = dumps[0]
    assert dumps[0][0] == dumps[1][0] and dumps[0][1] == dumps[1][1]
    assert [s["id"] for s in sessions] == [s["id"] for s in dumps[1][2]]
    assert len(attendees) == 1500 and len(checkins) > 0


def test_event_is_the_bujumbura_conference(demo_store):
    event = demo_store.event()
    assert (event.id, event.code, event.timezone) == ("imc2025", "IMC25", "Africa/Bujumbura")
    assert str(event.start_date) == "2025-02-03" and str(event.end_date) == "2025-02-04"
    assert "Mutualité" in event.title_fr and "Mutualist" in event.title_en
    for partner in ("AIM", "MFP", "PAMUSAB", "FNMF", "PASS", "MASMUT"):
        assert partner in event.organiser
    colours = event.badge_settings["category_colours"]
    assert set(colours) == {c.value for c in Category}
    assert all(re.fullmatch(r"#[0-9A-F]{6}", v) for v in colours.values())
    assert event.badge_settings["title"] and event.badge_settings["subtitle"]


def test_programme_shape_and_local_times(demo_store):
    event = demo_store.event()
    sessions = {s.id: s for s in demo_store.sessions()}
    opening = sessions["d1-opening"]
    local = event.local(opening.starts_at)
    assert (local.day, local.hour, local.minute) == (3, 8, 30)
    assert opening.starts_at.utcoffset() == timedelta(0)
    assert opening.starts_at.hour == 6  # Bujumbura is UTC+2
    assert not opening.categories and not opening.registration_required
    assert "d1-panel" in sessions and "ILO" in sessions["d1-panel"].name_en
    for day in (1, 2):
        workshops = [sessions[f"d{day}-ws-{k}"] for k in WORKSHOP_KEYS]
        assert all(w.registration_required and w.capacity for w in workshops)
        assert len({(w.starts_at, w.ends_at) for w in workshops}) == 1  # in parallel
        assert len({w.room for w in workshops}) == 5
    lounge = sessions["d1-lounge"]
    assert lounge.allow_multiple_entries and set(lounge.categories) == {"speaker", "organiser", "official"}
    assert {"d2-plenary", "d2-closing"} <= set(sessions)
    assert event.local(sessions["d2-closing"].starts_at).day == 4


def test_attendees_shape(people):
    assert len(people) == 1500
    assert len({a.id for a in people}) == 1500
    assert len({a.token for a in people}) == 1500
    assert [a.reg_no for a in people[:2]] == ["IMC25-0001", "IMC25-0002"]
    for a in people:
        assert tokens.parse(a.token, "IMC25").kind is tokens.CodeKind.OURS
        assert Category.parse(a.category) is not None
        assert a.language in ("fr", "en")
        assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.example", a.email), a.email
    categories = Counter(a.category for a in people)
    assert categories["participant"] > 0.7 * 1500
    assert all(categories[c.value] > 0 for c in Category)
    cancelled = sum(a.cancelled for a in people)
    assert 10 <= cancelled <= 50  # about 2 %
    languages = Counter(a.language for a in people)
    assert languages["fr"] > languages["en"] > 100
    countries = Counter(a.country for a in people)
    assert countries.most_common(1)[0][0] == "Burundi" and len(countries) > 15
    names = {a.last_name for a in people}
    assert {"N'Guessan", "Ndayishimiye"} & names
    assert any("-" in n for n in names) and any("'" in n for n in names)
    assert any(any(ord(c) > 127 for c in a.full_name) for a in people)
    assert max(len(a.full_name) for a in people) >= 30
    assert sum(a.phone.startswith("+257 ") for a in people) > 500


def test_workshop_registrations_fit_the_programme(people):
    sessions = {s.id: s for s in demo_sessions()}
    taken = Counter(w for a in people for w in a.workshops)
    for session_id, n in taken.items():
        assert sessions[session_id].registration_required
        assert n <= sessions[session_id].capacity
    participants = [a for a in people if a.category == "participant"]
    assert all(1 <= len(a.workshops) <= 2 for a in participants)
    for a in people:  # never two workshops at the same time, never the same model twice
        starts = [sessions[w].starts_at for w in a.workshops]
        assert len(set(starts)) == len(starts)
        models = [w.split("-ws-")[1] for w in a.workshops]
        assert len(set(models)) == len(models)


def test_arrivals_on_the_opening_plenary(demo_store):
    event = demo_store.event()
    arrived = demo_store.checkins()
    confirmed = demo_store.query("select count(*) n from attendees where status='confirmed'")
    share = len(arrived) / confirmed[0]["n"]
    assert 0.35 < share < 0.45
    assert {c.session_id for c in arrived} == {"d1-opening"}
    assert {c.station_name for c in arrived} == {s.name for s in STATIONS}
    first, last = event.local(arrived[0].at), event.local(arrived[-1].at)
    assert (first.hour, first.minute) >= (7, 45) and (last.hour, last.minute) < (9, 10)
    assert demo_store.arrived("d1-opening") == len(arrived)
    cancelled = {a.id for a in demo_store.attendees() if a.cancelled}
    assert not cancelled & {c.attendee_id for c in arrived}
    assert demo_store.pending_count() == 0  # made "elsewhere": nothing for this station to push
    # This station has a door's name of its own, not one of the two that made the arrivals.
    assert demo_store.station_name == DEMO_STATION_NAME
    assert DEMO_STATION_NAME not in {s.name for s in STATIONS}


def test_reception_works_on_the_demo_at_demo_time(demo_store):
    clock = demo_clock()
    now = demo_store.event().local(clock())
    assert (now.year, now.month, now.day, now.hour, now.minute) == (2025, 2, 3, 9, 10)
    reception = Reception(demo_store, clock=clock)
    assert reception.current_session().id == "d1-opening"
    arrived_ids = {c.attendee_id for c in demo_store.checkins()}
    person = next(a for a in demo_store.attendees() if a.id in arrived_ids)
    again = reception.admit(person.token, "d1-opening")
    assert again.outcome is Outcome.ALREADY_IN
    assert again.first.station_name.startswith("Auditorium – porte")
    newcomer = next(
        a for a in demo_store.attendees() if a.id not in arrived_ids and not a.cancelled
    )
    assert reception.admit(newcomer.token, "d1-opening").outcome is Outcome.ACCEPTED


def test_clock_runs_forward():
    clock = demo_clock()
    first = clock()
    assert first.tzinfo is not None and first.utcoffset() == timedelta(0)
    assert clock() >= first


def test_build_twice_is_harmless(demo_store):
    before = (demo_store.count_attendees(), len(demo_store.checkins()))
    build_demo(demo_store)
    assert (demo_store.count_attendees(), len(demo_store.checkins())) == before


def test_scales_for_benchmarks():
    many = generate_attendees(DEMO_EVENT.code, 20_000, 1, demo_sessions())
    assert len({a.token for a in many}) == 20_000
    assert many[-1].reg_no == "IMC25-20000"


# --- the demo goes through the organisers' import path -------------------------------------

def test_the_sheets_in_resources_are_what_the_generator_writes(tmp_path):
    write_sheets(tmp_path)
    for name in ("programme.csv", "inscriptions.csv"):
        assert (tmp_path / name).read_bytes() == paths.resource("demo", name).read_bytes(), (
            f"resources/demo/{name} is out of date: run scripts/demo_sheets.py")


def test_the_demo_is_built_by_importing_its_sheets(demo_store, people):
    # the programme sheet gives the programme the generator describes
    assert demo_store.sessions() == sorted(demo_sessions(), key=lambda s: (s.starts_at, s.id))
    # the attendee sheet gives the people, with the workshops named as people write them
    here = {a.reg_no: a for a in demo_store.attendees()}
    assert len(here) == len(people) == 1500
    for a in people:
        b = here[a.reg_no]
        assert (b.first_name, b.last_name, b.organisation, b.country, b.category, b.language,
                b.email, b.phone, b.status, b.workshops) == (
                a.first_name, a.last_name, a.organisation, a.country, a.category, a.language,
                a.email, a.phone, a.status, a.workshops)
        assert b.origin == "import" and tokens.parse(b.token, "IMC25").kind is tokens.CodeKind.OURS
    sheet = paths.resource("demo", "inscriptions.csv").read_text("utf-8-sig")
    assert "Jour 1 – Atelier A" in sheet and "d1-ws-" not in sheet
    assert demo_store.pending_count() == 0


def test_another_count_and_seed_go_through_the_import_too(tmp_path):
    store = Store(tmp_path / "small.db")
    try:
        build_demo(store, count=40, seed=3)
        assert store.count_attendees() == 40 and len(store.sessions()) == 16
        made = {a.reg_no: a.workshops for a in
                generate_attendees(DEMO_EVENT.code, 40, 3, demo_sessions())}
        assert {a.reg_no: a.workshops for a in store.attendees()} == made
    finally:
        store.close()
