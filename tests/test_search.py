"""Search at the desk: accents, order, prefixes, typos, phones; kept current by every path."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checkin import tokens
from checkin.demo import generate_attendees
from checkin.model import Attendee
from checkin.search import Search, SearchHit, fold, phone_terms, terms_of
from checkin.store import Store


def person(pid: str, first: str, last: str, **fields) -> Attendee:
    return Attendee(pid, "test", tokens.new_token("TST25"), first, last, **fields)


@pytest.fixture
def desk(small_event) -> Store:
    """The small event plus people who share prefixes and spellings with it."""
    small_event.upsert_attendees(
        [
            person("p6", "Hélène", "Ndayizeye", organisation="PAMUSAB", country="Burundi",
                   email="h.ndayizeye@pamusab.bi", phone="+257 79 12 34 56", reg_no="REG-0006"),
            person("p7", "Lionel", "Wurtz", organisation="FNMF", country="France",
                   email="lionel.wurtz@fnmf.fr", phone="+33 6 12 34 56 78", reg_no="REG-0007"),
            person("p8", "Aline", "Nguessan", organisation="Mutualité Française",
                   country="France", phone="0033 6 98 76 54 32"),
            person("p9", "Liam", "Dubois", organisation="Solidaris", country="Belgique",
                   email="liam.dubois@solidaris.be"),
        ]
    )
    return small_event


def ids(hits: list[SearchHit]) -> list[str]:
    return [h.attendee_id for h in hits]


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("helene ndayi", "p1"),
        ("NDAYI hélène", "p1"),
        ("Ndayishimiye", "p1"),
        ("nguessan", "p2"),
        ("n'gue", "p2"),
        ("N’Guessan", "p2"),
        ("guessan", "p2"),
        ("kouadio", "p2"),
        ("nkurunziza habonimana", "p3"),
        ("habonimana elodie", "p3"),
        ("Nkurunziza-Habonimana", "p3"),
        ("elo", "p3"),
        ("li", "p5"),
        ("wu", "p5"),
        ("wu li", "p5"),
        ("W", "p5"),
        ("ilo", "p4"),
        ("switz", "p4"),
        ("cote d'ivoire", "p2"),
        ("côte", "p2"),
        ("mugef", "p2"),
        ("mugef-ci", "p2"),
        ("pamusab", "p6"),
        ("h.ndayizeye@pamusab.bi", "p6"),
        ("pamusab.bi", "p6"),
        ("reg-0006", "p6"),
        ("0006", "p6"),
        ("+257 79 12 34 56", "p6"),
        ("79123456", "p6"),
        ("79 12 34", "p6"),
        ("25779123", "p6"),
        ("+33 6 12 34 56 78", "p7"),
        ("0612345678"[1:], "p7"),
        ("0033698765432", "p8"),
        ("698765432", "p8"),
    ],
)
def test_finds(desk, query, wanted):
    hits = Search(desk).search(query)
    assert wanted in ids(hits), (query, [h.full_name for h in hits])


def test_the_whole_word_and_the_name_come_first(desk):
    # "li" is Wu Li's whole last name; Lionel and Liam only start with it; the e-mail
    # "lionel.wurtz" and others come after.
    hits = Search(desk).search("li")
    assert ids(hits)[0] == "p5"
    assert set(ids(hits)[1:3]) == {"p7", "p9"}
    assert [h.rank for h in hits] == list(range(len(hits)))


def test_every_word_must_match(desk):
    assert ids(Search(desk).search("helene ndayi")) == ["p1", "p6"]
    assert ids(Search(desk).search("helene ndayish")) == ["p1"]
    assert Search(desk).search("helene smith") == []


def test_one_typo_in_a_long_word_ranks_after_exact_matches(desk):
    search = Search(desk)
    for typo in ("ndayishimye", "ndayishimiey", "ndaiyshimiye", "nadyishimiye", "ndayishinmiye"):
        hits = search.search(typo)
        assert "p1" in ids(hits), typo
        assert next(h for h in hits if h.attendee_id == "p1").typo
    # "nguesan" (one s) is a typo of Nguessan; "nguessan" itself is exact for both N'Guessan
    # and Nguessan, and a typo-only hit never ranks above an exact one.
    hits = search.search("nguesan")
    assert {"p2", "p8"} <= set(ids(hits))
    hits = search.search("smiht")
    assert ids(hits) == ["p4"] and hits[0].typo
    exact_then_typo = search.search("ndayize")
    assert ids(exact_then_typo)[0] == "p6" and not exact_then_typo[0].typo


def test_short_words_tolerate_no_typo(desk):
    assert Search(desk).search("smih") == []
    assert Search(desk).search("xu") == []


def test_two_typos_are_not_tolerated(desk):
    assert Search(desk).search("ndyaishimye") == []


def test_empty_and_strange_input(desk):
    search = Search(desk)
    for text in ("", "   ", "'", "-- ; drop table attendees", "\x00\x01", "é" * 5000, "%", "_"):
        assert isinstance(search.search(text), list)
    assert search.search("%") == [] and search.search("_") == []
    assert desk.count_attendees() == 9


def test_limit(desk):
    assert len(Search(desk).search("n", limit=2)) == 2
    assert len(Search(desk).search("n")) > 2
    assert Search(desk).search("n", limit=0) == []


def test_hit_carries_the_table_fields(desk):
    (hit,) = Search(desk).search("kouadio")
    p2 = desk.attendee("p2")
    assert (hit.first_name, hit.last_name, hit.organisation, hit.country) == (
        "Kouadio", "N'Guessan", "MUGEF-CI", "Côte d'Ivoire")
    assert (hit.category, hit.token, hit.status) == ("speaker", p2.token, "confirmed")
    assert hit.full_name == "Kouadio N'Guessan"
    (cancelled,) = Search(desk).search("elodie")
    assert cancelled.cancelled


def test_kept_current_by_the_store(desk):
    search = Search(desk)
    assert search.search("zebulon") == []
    desk.upsert_attendees([person("w1", "Zébulon", "Kabura", organisation="Walk-in")],
                          outbox=True)
    assert ids(search.search("zebulon")) == ["w1"]
    # A corrected spelling: the old name is no longer found, the new one is.
    p4 = desk.attendee("p4")
    desk.upsert_attendees([dataclasses.replace(p4, last_name="Smyth")])
    assert ids(search.search("john smyth")) == ["p4"]
    assert ids(search.search("john smith")) == ["p4"]  # one typo away, still found
    assert search.search("john smith")[0].typo


def test_kept_current_by_raw_sql_from_another_connection(desk):
    """A sync pull or an import in another process writes with plain SQL."""
    search = Search(desk)
    search.search("a")
    other = sqlite3.connect(desk.path)
    with other:
        other.execute(
            "insert into attendees (id, event_id, token, first_name, last_name)"
            " values ('x1', 'test', 'TST25-XXXXXXXXXXXXXXXX', 'Ndikumana', 'Aloys')"
        )
        other.execute("update attendees set first_name = 'Jonathan' where id = 'p4'")
        other.execute("delete from attendees where id = 'p7'")
    other.close()
    assert ids(search.search("ndikumana")) == ["x1"]
    assert ids(search.search("jonathan")) == ["p4"]
    assert search.search("wurtz") == []


def test_rebuild_after_many_changes(desk):
    search = Search(desk)
    search.REBUILD_AFTER = 3
    search.search("a")
    for n in range(5):
        desk.upsert_attendees([person(f"n{n}", "Nadine", f"Bigirimana{n}")])
        assert len(search.search("nadine bigirimana")) == n + 1
    assert len(search._changed) < 3  # the index was rebuilt on the way


def test_usable_from_a_worker_thread(desk):
    search = Search(desk)
    results: list = []

    def work():
        results.append(ids(search.search("hélène")))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [["p1", "p6"]] * 4


def test_new_database_is_searchable(store):
    assert Search(store).search("anyone") == []


def test_terms():
    assert terms_of("N'Guessan") == ("n", "guessan", "nguessan")
    assert terms_of("Élodie") == ("elodie",)
    assert phone_terms("+257 79 12 34 56") == ("25779123456", "5779123456", "779123456",
                                               "79123456")
    assert phone_terms("79 12 34 56") == ("79123456",)


def test_searching_while_another_thread_writes(desk):
    """No hit twice, none missing, no error while the list changes under the search."""
    search = Search(desk)
    search.REBUILD_AFTER = 4  # rebuilds too, not only the small segment
    problems: list = []
    done = threading.Event()

    def write():
        try:
            for n in range(40):
                p1 = desk.attendee("p1")
                desk.upsert_attendees([dataclasses.replace(p1, organisation=f"Mutuelle {n}"),
                                       person(f"extra{n}", "Extra", f"Person{n}")])
        except Exception as error:  # pragma: no cover - reported below
            problems.append(error)
        finally:
            done.set()

    def read():
        try:
            while not done.is_set():
                found = ids(search.search("hélène"))
                if found.count("p1") != 1 or len(found) != len(set(found)):
                    problems.append(found)
        except Exception as error:  # pragma: no cover - reported below
            problems.append(error)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert problems == []
    assert len(search.search("extra person")) == 40
    assert ids(search.search("mutuelle 39")) == ["p1"]


def test_a_leading_word_ranks_before_a_later_one(desk):
    desk.upsert_attendees([
        person("c1", "Spès", "Hajayandi-Ndayishimiye"),
        person("c2", "Aloys", "Ndayikengurukiye"),
    ])
    found = ids(Search(desk).search("ndayi"))
    # Leading words first, alphabetically (Ndayikengurukiye, Ndayishimiye, Ndayizeye), then
    # the second half of the compound name.
    assert found == ["c2", "p1", "p6", "c1"]


def test_is_current(desk):
    search = Search(desk)
    assert not search.is_current()  # nothing built yet
    search.search("a")
    assert search.is_current()
    desk.upsert_attendees([person("z1", "Zoé", "Irakoze")])
    assert not search.is_current()
    assert ids(search.search("irakoze")) == ["z1"]
    assert search.is_current()


# --- properties over the demo generator's names ----------------------------------------------

PEOPLE = generate_attendees("TST25", 300, 11, [], event_id="test")


@pytest.fixture
def crowd(store):
    store.upsert_attendees(PEOPLE)
    return Search(store)


def _shuffle_case(text: str, flips: list[bool]) -> str:
    padded = flips + [False] * len(text)
    return "".join(c.swapcase() if flip else c for c, flip in zip(text, padded, strict=False))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None,
          max_examples=120)
@given(st.integers(0, len(PEOPLE) - 1), st.integers(1, 6), st.booleans(), st.booleans(),
       st.lists(st.booleans(), max_size=12))
def test_anyone_is_found_by_prefixes_of_their_names(crowd, n, length, accents, reverse, flips):
    """Whatever the order, case and accents, the first letters of each name find the person."""
    person = PEOPLE[n]
    words = [person.first_name.split()[0], person.last_name.split()[0].split("-")[0]]
    typed = [(w if accents else fold(w))[:length] for w in words]
    query = " ".join(reversed(typed) if reverse else typed)
    query = _shuffle_case(query, flips)
    hits = crowd.search(query, limit=len(PEOPLE))
    assert person.id in ids(hits), (query, person.full_name)
    assert all(not h.typo for h in hits[:1])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None,
          max_examples=150)
@given(st.integers(0, len(PEOPLE) - 1), st.sampled_from(["delete", "insert", "replace", "swap"]),
       st.integers(0, 40), st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
def test_one_typo_anywhere_in_a_long_name_still_finds(crowd, n, edit, where, letter):
    person = PEOPLE[n]
    word = max((fold(w) for w in person.last_name.replace("-", " ").split()
                + person.first_name.split()), key=len)
    word = "".join(c for c in word if c.isalpha())
    if len(word) < 6:  # a deletion must leave five letters
        return
    i = where % len(word)
    typed = {
        "delete": word[:i] + word[i + 1 :],
        "insert": word[:i] + letter + word[i:],
        "replace": word[:i] + letter + word[i + 1 :],
        "swap": word[:i] + word[i + 1 : i + 2] + word[i] + word[i + 2 :],
    }[edit]
    hits = crowd.search(typed, limit=len(PEOPLE))
    assert person.id in ids(hits), (typed, word)
    exact = [h for h in hits if not h.typo]
    assert hits[: len(exact)] == exact  # typo-only hits come after every exact one


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("lodz", "Łódź"), ("oyvind", "Øyvind"), ("dorde", "Đorđe"), ("strasse", "Straße"),
        ("isik", "Işık"), ("aeson", "Æson"), ("oeuvre", "Œuvre"), ("thora", "Þóra"),
        ("LODZ", "ŁÓDŹ"), ("hakon", "Håkon"),
    ],
)
def test_every_latin_letter_is_folded(small_event, query, name):
    small_event.upsert_attendees([person("latin", name, "Kowalski", organisation=name)])
    assert "latin" in ids(Search(small_event).search(query))
    assert "latin" in ids(Search(small_event).search(f"{name} kowalski"))
