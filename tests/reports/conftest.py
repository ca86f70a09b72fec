"""Fixtures for the reports: the small event with real check-ins made through the reception,
and a seeded crowd of people with hard names for the long lists."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from checkin import tokens
from checkin.model import Attendee, CheckIn, Method
from checkin.reception import Reception
from checkin.store import Store

# 09:30 and 09:40 in Bujumbura (UTC+2) on the first day.
T0 = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def attended(small_event: Store) -> Store:
    """The small event after a morning at the doors:

    - p1 Hélène Ndayishimiye: plenary 09:30, workshop-a 12:05;
    - p2 Kouadio N'Guessan (speaker): plenary 09:32, speakers' lounge 09:35;
    - p4 John Smith: plenary 09:40, then the check-in was undone (he was not there);
    - p5 Wu Li (organiser): speakers' lounge 09:50 (admitted), plenary 09:51;
    - p4 again, workshop-a with a staff override (not registered) at 12:10.
    """
    store = small_event
    store.set_station_name("Auditorium – porte A")
    clock = Clock(T0)
    reception = Reception(store, clock=clock)
    by_id = {a.id: a for a in store.attendees()}

    def admit(pid: str, session: str, minutes: int, **kwargs):
        clock.now = T0 + timedelta(minutes=minutes)
        result = reception.admit(by_id[pid].token, session, **kwargs)
        assert result.admitted, result
        return result

    admit("p1", "plenary", 0)
    admit("p2", "plenary", 2, method=Method.SCANNER)
    admit("p2", "speakers", 5)
    undone = admit("p4", "plenary", 10, method=Method.SEARCH)
    clock.now = T0 + timedelta(minutes=11)
    reception.undo(undone.checkin.uuid)
    admit("p5", "speakers", 20)
    admit("p5", "plenary", 21)
    admit("p1", "workshop-a", 155)
    admit("p4", "workshop-a", 160, override=True)
    return store


FIRST = ["Hélène", "Élodie", "Kouadio", "Jean-Baptiste", "Marie-Goreth", "Aïcha", "Ngozi",
         "Søren", "François", "Zoë", "Ōtomo", "Ibrahima"]
LAST = ["Ndayishimiye", "N'Guessan", "Nkurunziza-Habonimana", "D’Almeida", "Ouédraogo",
        "Ntakirutimana", "O'Neill", "Mukeshimana-Uwimana-Bigirimana", "Çelik", "Müller"]
ORGS = ["Mutuelle de la Fonction Publique", "Caisse nationale d'assurance maladie",
        "Union des mutuelles de santé de Thiès — programme régional d’appui aux mutuelles",
        "ILO", "AIM", "PAMUSAB"]
COUNTRIES = ["Burundi", "Côte d'Ivoire", "Sénégal", "Belgique", "Rwanda", "République démocratique du Congo"]
CATEGORIES = ["participant", "participant", "participant", "speaker", "press", "official",
              "organiser", "staff"]


def crowd(count: int, seed: int = 4, event_code: str = "TST25") -> list[Attendee]:
    """Seeded people with accents, apostrophes and compound names."""
    rng = random.Random(seed)
    people = []
    for n in range(count):
        people.append(
            Attendee(
                id=f"c{n:05d}",
                event_id="test",
                token=tokens.new_token(event_code, rng),
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
                organisation=rng.choice(ORGS),
                country=rng.choice(COUNTRIES),
                category=rng.choice(CATEGORIES),
            )
        )
    return people



def online_checkin(store: Store, attendee_id: str, session_id: str, at: datetime) -> CheckIn:
    """Attendance online, as the import of a meeting platform's report records it: a check-in
    with the method "online"."""
    checkin = CheckIn(str(uuid.uuid4()), attendee_id, session_id, store.station_id, at,
                      Method.ONLINE)
    store.record_checkin(checkin)
    return checkin


@pytest.fixture
def hybrid(attended: Store) -> Store:
    """The morning of :func:`attended`, and the platform's report of the plenary imported:

    - p1 Hélène Ndayishimiye was online from 09:00 too (she came in at 09:30): both ways;
    - p4 John Smith (his entry was undone) followed it online: online only; he came in to
      workshop-a later (staff override), so his certificate mixes both;
    - p6 Amina Wanjiru, not registered, joined online: an online-only attendee.
    Plenary: on site p1, p2, p5; online p1, p4, p6; five people, p1 once.
    """
    attended.upsert_attendees([
        Attendee("p6", "test", tokens.new_token("TST25"), "Amina", "Wanjiru", "KEMRI", "Kenya",
                 language="en", email="amina@example.org", origin="online"),
    ])
    online_checkin(attended, "p1", "plenary", T0 - timedelta(minutes=30))
    online_checkin(attended, "p4", "plenary", T0 + timedelta(minutes=3))
    online_checkin(attended, "p6", "plenary", T0 + timedelta(minutes=4))
    return attended
