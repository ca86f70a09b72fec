"""The desk commands through the real entry point: output in words and exit statuses."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checkin import cli
from checkin.commands.desk import EXIT_ADMITTED, EXIT_ERROR, EXIT_REFUSED
from checkin.model import CheckIn, Method, Station
from tests.fixed_time import NOW


@pytest.fixture
def run(small_event, capsys):
    """Run ``checkin --db <the small event> ARGS…``; returns (status, stdout, stderr)."""

    def call(*args: str) -> tuple[int, str, str]:
        status = cli.main(["--db", str(small_event.path), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def token(store, attendee_id: str) -> str:
    return store.attendee(attendee_id).token


def test_search_prints_a_table(run, small_event):
    status, out, err = run("search", "helene", "ndayi")
    assert status == 0 and err == ""
    header, line = out.splitlines()
    for title in ("Name", "Organisation", "Country", "Category", "Reg. no.", "Token"):
        assert title in header
    assert "Hélène Ndayishimiye" in line and "Burundi" in line and "participant" in line
    assert line.endswith(token(small_event, "p1"))


def test_search_marks_cancelled_and_typos(run):
    _, out, _ = run("search", "nkurunziza", "habonimana")
    assert "Élodie Nkurunziza-Habonimana" in out and "participant (cancelled)" in out
    _, out, _ = run("search", "smiht")
    assert "John Smith" in out and "typo" in out


def test_search_no_match_and_limit(run):
    status, out, _ = run("search", "zzzz")
    assert status == 0 and "No attendee matches" in out
    _, out, _ = run("search", "n", "--limit", "1")
    assert len(out.splitlines()) == 2
    status, _, err = run("search", "n", "--limit", "0")
    assert status == EXIT_ERROR and err.startswith("checkin: ") and len(err.splitlines()) == 1


def test_admit_then_already_in_with_time_and_station(run, small_event):
    small_event.set_station_name("Desk 1")
    code = token(small_event, "p4").lower()
    status, out, _ = run("admit", code, "--session", "plenary")
    assert status == EXIT_ADMITTED
    assert out.startswith("Accepted. John Smith (ILO) — Opening plenary.")
    uuid = out.splitlines()[-1].removeprefix("Check-in ")
    first = small_event.checkin(uuid)
    assert first is not None and first.method is Method.MANUAL

    status, out, _ = run("admit", code, "--session", "plenary")
    assert status == EXIT_REFUSED
    local = first.at.astimezone(small_event.event().tz).strftime("%H:%M")
    assert out.startswith("Already checked in. John Smith (ILO) — Opening plenary.")
    assert f"First entry at {local} (Africa/Bujumbura), at Desk 1." in out


def test_already_in_at_another_station_another_day(run, small_event):
    small_event.upsert_stations([Station("door-a", "Auditorium – porte A")])
    small_event.record_checkin(
        CheckIn("c-earlier", "p1", "plenary", "door-a", NOW, Method.CAMERA)
    )
    status, out, _ = run("admit", token(small_event, "p1"), "--session", "plenary")
    assert status == EXIT_REFUSED
    assert "First entry at 09:30 on 03 Feb 2025 (Africa/Bujumbura), at Auditorium – porte A." \
        in out


def test_grouped_token_in_several_arguments(run, small_event):
    prefix, body = token(small_event, "p4").split("-")
    groups = [body[i : i + 4] for i in range(0, 16, 4)]
    status, out, _ = run("admit", f"{prefix}-{groups[0]}", *groups[1:], "--session", "plenary")
    assert status == EXIT_ADMITTED, out


@pytest.mark.parametrize(
    ("who", "session", "words"),
    [
        (None, "plenary", "Refused: unknown badge. Code: TST25-"),
        ("p3", "plenary", "Refused: registration cancelled. Élodie Nkurunziza-Habonimana"),
        ("p4", "speakers", "Refused: not admitted to this session. John Smith (ILO) — "
                           "Speakers' lounge.\nThis session is for: speaker, organiser."),
        ("p4", "workshop-a", "Refused: not registered for this workshop. John Smith (ILO) — "
                             "Workshop A.\nNot on the list of Workshop A."),
    ],
)
def test_refusals(run, small_event, who, session, words):
    code = token(small_event, who) if who else "TST25-0000000000000000"
    status, out, _ = run("admit", code, "--session", session)
    assert status == EXIT_REFUSED
    assert out.startswith(words)
    assert small_event.checkins() == []


def test_other_event(run):
    status, out, _ = run("admit", "ABC24-0123456789ABCDEF", "--session", "plenary")
    assert status == EXIT_REFUSED and out.startswith("Refused: badge of another event. Code: ABC24-")


def test_override_and_exit(run, small_event):
    code = token(small_event, "p4")
    status, out, _ = run("admit", code, "--session", "speakers")
    assert "Staff may admit with --override." in out
    status, out, _ = run("admit", code, "--session", "speakers", "--override")
    assert status == EXIT_ADMITTED and "(staff override recorded)" in out
    (checkin,) = small_event.checkins(session_id="speakers")
    assert checkin.override
    status, out, _ = run("admit", code, "--session", "speakers", "--exit", "--override")
    assert status == EXIT_ADMITTED and out.startswith("Exit recorded. John Smith")


def test_admit_without_session_takes_the_current_one(run, small_event):
    status, out, _ = run("admit", token(small_event, "p5"))
    assert out.startswith("Session: ")
    assert status in (EXIT_ADMITTED, EXIT_REFUSED)


def test_errors_are_one_sentence(run, small_event):
    status, out, err = run("admit", token(small_event, "p4"), "--session", "nope")
    assert status == EXIT_ERROR and out == ""
    assert err == "checkin: No session 'nope' at this station.\n"
    status, _, err = run("undo", "no-such-uuid")
    assert status == EXIT_ERROR and err == "checkin: No check-in no-such-uuid in this database.\n"


def test_undo(run, small_event):
    _, out, _ = run("admit", token(small_event, "p4"), "--session", "plenary")
    uuid = out.splitlines()[-1].removeprefix("Check-in ")
    status, out, _ = run("undo", uuid)
    assert status == 0 and out.startswith("Undone: John Smith's check-in to Opening plenary")
    assert small_event.checkin(uuid).voided
    assert small_event.query("select count(*) as n from voids")[0]["n"] == 1
    status, out, _ = run("undo", uuid)
    assert status == 0 and out.startswith("Already undone")
    status, out, _ = run("admit", token(small_event, "p4"), "--session", "plenary")
    assert status == EXIT_ADMITTED


def test_sessions(run, small_event):
    small_event.record_checkin(CheckIn("c1", "p1", "plenary", "x", NOW, Method.CAMERA))
    status, out, _ = run("sessions")
    assert status == 0
    lines = out.splitlines()
    plenary = next(line for line in lines if " plenary " in line)
    assert "Opening plenary" in plenary and "Mon 03 Feb 08:00–11:00" in plenary
    assert plenary.rstrip().endswith("1/4")  # four people not cancelled
    workshop = next(line for line in lines if "workshop-a" in line)
    assert workshop.rstrip().endswith("0/1")


def test_store_errors_are_one_sentence(run, tmp_path, capsys):
    bad = tmp_path / "attendees.csv"
    bad.write_text("Nom;Prénom\n" * 200)
    status = cli.main(["--db", str(bad), "search", "x"])
    _, err = capsys.readouterr()
    assert status == EXIT_ERROR
    assert "is not a Check-in database" in err and err.count("\n") == 1


def test_the_installed_command(small_event):
    """The entry point as a person runs it: no traceback, the exit status of the outcome."""
    code = token(small_event, "p4")
    args = [sys.executable, "-m", "checkin", "--db", str(small_event.path)]
    first = subprocess.run([*args, "admit", code, "--session", "plenary"],
                           capture_output=True, text=True, timeout=60)
    again = subprocess.run([*args, "admit", code, "--session", "plenary"],
                           capture_output=True, text=True, timeout=60)
    assert (first.returncode, again.returncode) == (EXIT_ADMITTED, EXIT_REFUSED)
    assert "Already checked in" in again.stdout and again.stderr == ""
