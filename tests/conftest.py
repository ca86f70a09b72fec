"""Shared fixtures: a real SQLite file per test, with a small event in it.

Further fixtures for one area live in that area's own conftest or test module.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log file goes to a folder of the test run, never to the user's own log folder.
os.environ.setdefault("CHECKIN_LOG_DIR", tempfile.mkdtemp(prefix="checkin-test-logs-"))
# No multicast DNS from the tests: announcing or browsing for hubs would send packets on the
# machine's real network (the DNS-SD test runs in a network namespace of its own instead).
os.environ["CHECKIN_NO_MDNS"] = "1"

from checkin import tokens  # noqa: E402
from checkin.model import Attendee, Event, Session  # noqa: E402
from checkin.reception import Reception  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.fixed_time import NOW  # noqa: E402


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "station.db")
    yield s
    s.close()


@pytest.fixture
def small_event(store) -> Store:
    """Three sessions and five people, one cancelled, one speaker, one registered for a
    workshop. Tokens are made fresh; find people by id."""
    store.save_event(
        Event(
            "test",
            "TST25",
            "Conférence d'essai",
            "Test conference",
            "Africa/Bujumbura",
            date(2025, 2, 3),
            date(2025, 2, 4),
        )
    )
    day = datetime(2025, 2, 3, tzinfo=UTC)
    store.upsert_sessions(
        [
            Session("plenary", "test", "Plénière d'ouverture", "Opening plenary",
                    day + timedelta(hours=6), day + timedelta(hours=9), room="Auditorium"),
            Session("workshop-a", "test", "Atelier A", "Workshop A",
                    day + timedelta(hours=10), day + timedelta(hours=12),
                    registration_required=True, capacity=40),
            Session("speakers", "test", "Salon des intervenants", "Speakers' lounge",
                    day + timedelta(hours=6), day + timedelta(hours=16),
                    categories=("speaker", "organiser"), allow_multiple_entries=True),
        ]
    )
    people = [
        Attendee("p1", "test", tokens.new_token("TST25"), "Hélène", "Ndayishimiye",
                 "Mutuelle de la Fonction Publique", "Burundi", workshops=("workshop-a",)),
        Attendee("p2", "test", tokens.new_token("TST25"), "Kouadio", "N'Guessan",
                 "MUGEF-CI", "Côte d'Ivoire", category="speaker", language="fr"),
        Attendee("p3", "test", tokens.new_token("TST25"), "Élodie", "Nkurunziza-Habonimana",
                 "PAMUSAB", "Burundi", status="cancelled"),
        Attendee("p4", "test", tokens.new_token("TST25"), "John", "Smith", "ILO",
                 "Switzerland", language="en"),
        Attendee("p5", "test", tokens.new_token("TST25"), "Wu", "Li", "AIM", "Belgium",
                 category="organiser"),
    ]
    store.upsert_attendees(people)
    return store


@pytest.fixture
def reception(small_event) -> Reception:
    return Reception(small_event, clock=lambda: NOW)
