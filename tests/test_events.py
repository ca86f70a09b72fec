"""The event: made, checked and edited through :mod:`checkin.events` and ``checkin event``."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from checkin import tokens
from checkin.cli import main
from checkin.events import (
    EventExists,
    EventInvalid,
    create_event,
    edit_event,
    make_event,
    suggest_timezone,
)
from checkin.model import Attendee, Session
from checkin.store import Store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def good(**changes):
    fields = dict(code="imc26", title_fr="Conférence 2026", title_en="Conference 2026",
                  timezone="Africa/Bujumbura", start_date=date(2026, 3, 10),
                  end_date=date(2026, 3, 11), venue=" Bujumbura,  Burundi ")
    fields.update(changes)
    return make_event(**fields)


def test_make_event_normalises():
    event = good()
    assert (event.id, event.code) == ("imc26", "IMC26")
    assert event.venue == "Bujumbura, Burundi"
    one_day = good(end_date=None, title_en="")
    assert one_day.end_date == one_day.start_date and one_day.title_en == "Conférence 2026"


def test_make_event_lists_every_problem_by_field():
    with pytest.raises(EventInvalid) as caught:
        make_event(code="x-1", title_fr="", timezone="Mars/Olympus",
                   start_date=date(2026, 3, 11), end_date=date(2026, 3, 10))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"code", "title_fr", "timezone", "end_date"}
    assert "2 to 12 letters" in caught.value.message_for("code")
    assert "before the first" in caught.value.message_for("end_date")


def test_timezone_hint():
    assert suggest_timezone("bujumbura") == "Africa/Bujumbura"
    with pytest.raises(EventInvalid, match="did you mean Africa/Kinshasa"):
        good(timezone="Kinshasa")


def test_create_refuses_a_second_event(store):
    create_event(store, good())
    with pytest.raises(EventExists, match="already holds an event"):
        create_event(store, good(code="OTHER"))


def test_edit_keeps_the_id_and_warns_about_sessions_outside(store):
    create_event(store, good())
    moment = datetime(2026, 3, 10, 8, tzinfo=UTC)
    store.upsert_sessions([Session("s1", "imc26", "Plénière", "Plenary", moment,
                                   moment.replace(hour=10))])
    event, warnings = edit_event(store, start_date=date(2026, 3, 11), title_en="New title")
    assert event.id == "imc26" and store.event().title_en == "New title"
    assert warnings and "s1" in warnings[0]


def test_edit_refuses_a_new_code_once_people_have_badges(store):
    create_event(store, good())
    assert edit_event(store, code="IMC27")[0].code == "IMC27"  # nobody has a badge yet
    store.upsert_attendees([Attendee("p1", "imc26", tokens.new_token("IMC27"), "A", "B")])
    with pytest.raises(EventInvalid, match="cannot change once people have badges"):
        edit_event(store, code="IMC28")
    with pytest.raises(EventInvalid):
        edit_event(store, end_date=date(2026, 1, 1))
    assert store.event().code == "IMC27"


def test_cli_event_new_show_edit(tmp_path, capsys):
    db = str(tmp_path / "station.db")
    code, _, err = run(capsys, "--db", db, "event", "show")
    assert code == 1 and "No database at" in err  # and no file made by looking
    code, out, err = run(capsys, "--db", db, "event", "new", "--code", "IMC26",
                         "--title-fr", "Conférence internationale 2026",
                         "--title-en", "International conference 2026",
                         "--timezone", "Africa/Bujumbura", "--start", "10/03/2026",
                         "--end", "2026-03-11", "--venue", "Bujumbura")
    assert code == 0, err
    assert "IMC26" in out and "10/03/2026 – 11/03/2026" in out
    code, _, err = run(capsys, "--db", db, "event", "new", "--code", "OTHER",
                       "--timezone", "UTC", "--start", "2026-01-01", "--title-fr", "x")
    assert code == 1 and "already holds an event" in err
    code, out, _ = run(capsys, "--db", db, "event", "edit", "--venue", "Gitega, Burundi")
    assert code == 0 and "Gitega, Burundi" in out
    code, out, _ = run(capsys, "--db", db, "event", "show")
    assert code == 0 and "Gitega" in out and "0 sessions, 0 attendees" in out
    store = Store(db)
    try:
        assert store.event().start_date == date(2026, 3, 10)
    finally:
        store.close()


def test_cli_event_refusals_are_one_sentence(tmp_path, capsys):
    db = str(tmp_path / "station.db")
    code, _, err = run(capsys, "--db", db, "event", "new", "--code", "I", "--title-fr", "x",
                       "--timezone", "Mars/Olympus", "--start", "2026-03-11",
                       "--end", "2026-03-10")
    assert code == 1 and err.count("\n") == 1
    assert "--code" in err and "--timezone" in err and "--end" in err
    with pytest.raises(SystemExit):
        main(["--db", db, "event", "new", "--code", "AB", "--timezone", "UTC",
              "--start", "31/02/2026"])
    assert "not a date" in capsys.readouterr().err
    code, _, err = run(capsys, "--db", db, "event", "edit", "--venue", "x")
    assert code == 1 and "No database at" in err
