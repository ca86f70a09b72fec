"""The door offline against pretix online, on the same badges: the answers must be the same.

Each case redeems a badge in the real pretix (``checkinrpc/redeem`` without ``force``, at a
given moment, so that pretix decides) and asks the station, which pulled the same event,
to decide offline at that same moment. The rows of issue 11's table, then a table of custom
rules (time windows with tolerance, product, entries_number, entries_today, entries_days,
minutes_since_last_entry, weekday, gate). The lists with flags and rules are made through
pretix's API for these tests; positions 100 and up are this module's.
"""

from __future__ import annotations

import http.server
import os
import signal
import threading
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pretix_server
import pytest

from checkin import outcome_words
from checkin.model import Direction, NotAdmittedReason, Outcome, RegistrationStatus
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync.base import ItemOutcome, Offline
from checkin.sync.engine import SyncEngine
from checkin.sync.pretix import PretixBackend, attendee_id, outcome_for, session_id

pytestmark = pytest.mark.pretix

MONDAY = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)  # 09:30 in Bujumbura
PLENARY, VIP = "Plénière d'ouverture", "Salon VIP"


@pytest.fixture(scope="module")
def pretix(tmp_path_factory):
    """A pretix of this module's own: its lists with flags and rules stay out of the
    other modules' way."""
    try:
        server = pretix_server.start(tmp_path_factory.mktemp("pretix-admission"))
    except pretix_server.PretixUnavailable as error:
        pytest.skip(f"no pretix server: {error}")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lists(pretix) -> dict[str, int]:
    return pretix.list_ids()


@pytest.fixture(scope="module")
def secrets_(pretix) -> dict[int, str]:
    return pretix.secrets()


def backend_for(pretix, store=None, **options) -> PretixBackend:
    return PretixBackend(pretix.url, pretix.organizer, pretix.event, pretix.token,
                         timeout=60, store=store, **options)


def new_list(pretix, name: str, **fields) -> int:
    body = {"name": name, "all_products": True, "limit_products": [],
            "include_pending": False, "allow_multiple_entries": False,
            "allow_entry_after_exit": True, **fields}
    status, data = pretix.api("POST", "/checkinlists/", body)
    assert status == 201, data
    return data["id"]


@pytest.fixture
def station(pretix, tmp_path):
    store = Store(tmp_path / "station.db")
    engine = SyncEngine(store, backend_for(pretix, store), cursor_key="cursor:pretix")
    yield store, engine
    engine.close()
    store.close()


def pull(engine) -> None:
    # the structure is read on the first round and every 10 minutes: a new cursor reads it
    engine.store.set_state("cursor:pretix", "")
    report = engine.cycle(force=True)
    assert report.error is None, report.error


def pretix_says(backend, secret, list_id, at, direction=Direction.ENTRY, **options):
    result = backend.redeem(secret, list_id, at=at, direction=direction, **options)
    return result


def same(station_result, pretix_result) -> bool:
    """Both admit, or both refuse for the same reason."""
    if pretix_result.ok:
        return station_result.admitted
    outcome, detail = outcome_for(pretix_result.reason)
    if station_result.outcome is not outcome:
        return False
    return outcome is not Outcome.NOT_ADMITTED or station_result.reason is detail


def compare(pretix, store, list_id, secret, at, direction=Direction.ENTRY, **options):
    backend = backend_for(pretix)
    try:
        online = pretix_says(backend, secret, list_id, at, direction)
    finally:
        backend.close()
    offline = Reception(store, clock=lambda: at).admit(secret, session_id(list_id),
                                                        direction=direction, **options)
    assert same(offline, online), (offline.outcome, offline.reason, offline.detail,
                                   online.reason, online.explanation)
    return offline, online


# --- issue 11's table, row by row -----------------------------------------------------------


def test_row_pending_order_is_refused_unpaid_by_both(pretix, station, lists, secrets_):
    store, engine = station
    pull(engine)
    assert store.attendee(attendee_id(2)).status is RegistrationStatus.PENDING
    offline, online = compare(pretix, store, lists[PLENARY], secrets_[2], MONDAY)
    assert online.reason.value == "unpaid" and offline.outcome is Outcome.UNPAID
    assert outcome_words.words(offline).headline == \
        "Refused: registration not paid / not confirmed"


def test_row_include_pending_list_unpaid_unless_ignore_unpaid(pretix, station, secrets_):
    store, engine = station
    list_id = new_list(pretix, "Accueil (impayés acceptés)", include_pending=True)
    pull(engine)
    assert store.session(session_id(list_id)).accept_unpaid
    offline, online = compare(pretix, store, list_id, secrets_[2], MONDAY)
    assert online.reason.value == "unpaid" and offline.override_allowed
    # the staff override at the door is pretix's ignore_unpaid
    backend = backend_for(pretix)
    try:
        assert backend.redeem(secrets_[2], list_id, at=MONDAY, ignore_unpaid=True).ok
    finally:
        backend.close()
    let_in = Reception(store, clock=lambda: MONDAY).admit(
        secrets_[2], session_id(list_id), override=True)
    assert let_in.admitted and let_in.checkin.override


def test_row_custom_rules_refuse_on_both(pretix, station, lists, secrets_):
    store, engine = station
    pull(engine)
    offline, online = compare(pretix, store, lists[VIP], secrets_[100], MONDAY)
    assert online.reason.value == "rules"
    assert (offline.outcome, offline.reason) == (Outcome.NOT_ADMITTED, NotAdmittedReason.RULES)


def test_row_entry_after_exit_is_admitted_by_both(pretix, station, lists, secrets_):
    store, engine = station
    pull(engine)
    assert store.session(session_id(lists[PLENARY])).allow_entry_after_exit
    plenary, secret = lists[PLENARY], secrets_[101]
    steps = [(Direction.ENTRY, True), (Direction.ENTRY, False), (Direction.EXIT, True),
             (Direction.ENTRY, True)]
    for minute, (direction, admitted) in enumerate(steps):
        offline, online = compare(pretix, store, plenary, secret,
                                  MONDAY + timedelta(minutes=minute), direction)
        assert online.ok is admitted
    assert offline.outcome is Outcome.REENTRY


def test_row_attention_and_text_reach_the_card(pretix, station, lists, secrets_):
    store, engine = station
    status, position = pretix.api("GET", "/orderpositions/102/")
    status, data = pretix.api("PATCH", f"/orders/{position['order']}/",
                              {"checkin_attention": True,
                               "checkin_text": "Fauteuil roulant : accès porte B"})
    assert status == 200, data
    pull(engine)
    offline, online = compare(pretix, store, lists[PLENARY], secrets_[102], MONDAY)
    assert online.ok and online.attention and online.texts == ("Fauteuil roulant : accès porte B",)
    assert offline.attention and offline.colour == "attention"
    said = outcome_words.words(offline)
    assert said.headline == "Accepted — attention"
    assert said.note == "Fauteuil roulant : accès porte B"


def test_row_expected_count_of_each_list_is_pretix_s(pretix, station):
    store, engine = station
    new_list(pretix, "Compte (impayés inclus)", include_pending=True)
    pull(engine)
    for data in pretix.all_pages("/checkinlists/"):
        session = store.session(session_id(data["id"]))
        assert store.expected(session) == data["position_count"], data["name"]


def test_row_pretix_killed_halfway_keeps_what_it_answered(tmp_path, secrets_):
    """A pretix of its own, killed after 120 answers: the station has marked pushed what
    pretix answered, and pretix's database holds those (plus at most the few requests in
    flight when it died, answered to nobody). Started again on the same database, pretix
    gets the rest, and nothing twice: the unanswered ones come back with their nonces."""
    server = pretix_server.start(tmp_path / "pretix-killed")
    store = Store(tmp_path / "station.db")
    answered = []

    class Killing(PretixBackend):
        def _push_checkin(self, item):
            result = super()._push_checkin(item)
            answered.append(result)
            if len(answered) == 120:
                os.killpg(server.process.pid, signal.SIGKILL)  # gunicorn and its workers
            return result

    def stored() -> tuple[int, int]:
        (row,) = server.query("select count(*), count(distinct nonce) from pretixbase_checkin"
                              " where successful")
        return int(row[0]), int(row[1])

    backend = Killing(server.url, server.organizer, server.event, server.token, timeout=30,
                      store=store)
    engine = SyncEngine(store, backend, cursor_key="cursor:pretix")
    try:
        assert engine.cycle(force=True).error is None
        lists = server.list_ids()
        clock = [MONDAY]
        door = Reception(store, clock=lambda: clock[0])
        plenary = session_id(lists[PLENARY])
        made = 0
        for position in range(6, 201):
            for direction in (Direction.ENTRY, Direction.EXIT):
                clock[0] += timedelta(seconds=1)
                assert door.admit(secrets_[position], plenary, direction=direction).admitted
                made += 1
        report = engine.cycle(force=True)
        assert isinstance(report.error, Offline)
        pushed = made - store.pending_count()
        in_pretix, nonces = stored()
        assert 120 <= pushed <= in_pretix <= pushed + backend.in_flight < made
        assert nonces == in_pretix

        server.serve()  # the same pretix, the same database
        report = engine.cycle(force=True)
        assert report.error is None, report.error
        assert store.pending_count() == 0
        assert report.pushed + report.duplicates == made - pushed
        assert report.duplicates == in_pretix - pushed  # answered now: "already there"
        assert stored() == (made, made)
    finally:
        engine.close()
        server.stop()
    store.close()


class _Proxy(http.server.BaseHTTPRequestHandler):
    """In front of pretix, as a badly set proxy: adds a Date with no time zone, or answers
    with a captive portal's page."""

    target = ""
    mode = "naive-date"

    def _forward(self):
        if self.mode == "portal":
            body = b"<html><body>Welcome to the hotel Wi-Fi. Log in.</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else None
        request = urllib.request.Request(self.target + self.path, data=data,
                                         method=self.command)
        for name in ("Authorization", "Content-Type", "Accept"):
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                status, body, headers = answer.status, answer.read(), answer.headers
        except urllib.error.HTTPError as error:
            status, body, headers = error.code, error.read(), error.headers
        self.send_response_only(status)
        if headers.get("Content-Type"):  # pretix's X-Page-Generated left out: Date counts
            self.send_header("Content-Type", headers["Content-Type"])
        self.send_header("Date", "Mon, 03 Feb 2025 07:30:00 -0000")  # naive in Python
        self.send_header("Date", "Mon, 03 Feb 2025 07:30:01 GMT")  # and a second one
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PATCH = _forward

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(pretix):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    _Proxy.target = pretix.url
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_row_a_naive_date_behind_a_proxy_syncs_without_a_traceback(pretix, proxy, tmp_path):
    _Proxy.mode = "naive-date"
    host, port = proxy.server_address
    store = Store(tmp_path / "station.db")
    engine = SyncEngine(store, PretixBackend(f"http://{host}:{port}", pretix.organizer,
                                             pretix.event, pretix.token, timeout=60,
                                             store=store), cursor_key="cursor:pretix")
    try:
        for _ in range(2):
            report = engine.cycle(force=True)
            assert report.error is None, report.error
        assert store.count_attendees() == pretix_server.POSITIONS
        _Proxy.mode = "portal"
        report = engine.cycle(force=True)
        assert report.error is not None and "not JSON" in report.error.reason
    finally:
        engine.close()
        store.close()


def test_row_replayed_nonces_are_already_there(pretix, station, lists, secrets_):
    store, engine = station
    pull(engine)
    door = Reception(store, clock=lambda: MONDAY)
    door.admit(secrets_[103], session_id(lists[PLENARY]))
    first = engine.cycle(force=True)
    assert (first.pushed, first.duplicates) == (1, 0)
    # the answer was lost: the next cycle sends it again
    with store.transaction() as db:
        db.execute("update outbox set pushed_at = null")
    again = engine.cycle(force=True)
    assert again.error is None and (again.pushed, again.duplicates) == (0, 1)


def test_row_an_idle_sync_makes_two_requests(pretix, station):
    store, engine = station
    pull(engine)
    engine.cycle(force=True)
    asked = []
    engine.backend.client.event_hooks["request"].append(lambda request: asked.append(request))
    report = engine.cycle(force=True)
    assert report.error is None and report.pulled_attendees == 0
    assert len(asked) <= 2, [str(r.url) for r in asked]


# --- a table of custom rules: pretix online, the station offline ------------------------------


def now_var():
    return {"var": "now"}


def build(kind, value=None):
    return {"buildTime": [kind, value]}


RULES = [
    # (name, rules, [(minutes after MONDAY, direction), …] steps, multiple entries)
    ("after date_from with 10 min tolerance",
     {"isAfter": [now_var(), build("date_from"), 10]}, [(-90 - 15, "entry"), (-90 - 5, "entry")]),
    ("before a custom time",
     {"isBefore": [now_var(), build("custom", "2025-02-03T08:00:00Z")]},
     [(0, "entry"), (40, "entry")]),
    ("after a time of day with tolerance",
     {"isAfter": [now_var(), build("customtime", "09:45:00"), 5]}, [(0, "entry"), (12, "entry")]),
    ("before date_to",
     {"isBefore": [now_var(), build("date_to")]}, [(0, "entry")]),
    ("product is the speaker's",
     "product", [(0, "entry")]),
    ("at most two entries",
     {"<": [{"var": "entries_number"}, 2]},
     [(0, "entry"), (1, "exit"), (2, "entry"), (3, "exit"), (4, "entry")]),
    ("one entry a day",
     {"<": [{"var": "entries_today"}, 1]},
     [(0, "entry"), (1, "exit"), (2, "entry"), (24 * 60, "entry")]),
    ("entries on one day only",
     {"or": [{"==": [{"var": "entries_days"}, 0]},
             {"<": [{"var": "entries_today"}, 5]}]},
     [(0, "entry"), (24 * 60, "entry")]),
    ("wait 10 minutes after an entry",
     {"or": [{"==": [{"var": "minutes_since_last_entry"}, -1]},
             {">": [{"var": "minutes_since_last_entry"}, 10]}]},
     [(0, "entry"), (1, "exit"), (5, "entry"), (12, "entry")]),
    ("mondays only",
     {"==": [{"var": "now_isoweekday"}, 1]}, [(0, "entry"), (24 * 60, "entry")]),
    ("one gate only",
     "gate", [(0, "entry")]),
    ("entries since this morning",
     {"<": [{"entries_since": [build("custom", "2025-02-03T06:00:00Z")]}, 1]},
     [(0, "entry"), (2, "entry")]),
]


@pytest.mark.parametrize(("name", "rules", "steps"), RULES, ids=[r[0] for r in RULES])
def test_custom_rules_decide_as_pretix(pretix, station, secrets_, name, rules, steps):
    store, engine = station
    if rules == "product":
        items = pretix.all_pages("/items/")
        speaker = next(i for i in items if i["name"]["en"] == "Speaker")
        rules = {"inList": [{"var": "product"},
                            {"objectList": [{"lookup": ["product", str(speaker["id"]),
                                                        "Speaker"]}]}]}
    elif rules == "gate":
        # the station, like pretix's API token here, scans at no gate: both refuse
        rules = {"inList": [{"var": "gate"},
                            {"objectList": [{"lookup": ["gate", "999", "Porte B"]}]}]}
    list_id = new_list(pretix, f"Règle : {name}", rules=rules, allow_multiple_entries=True)
    pull(engine)
    position = 110 + [r[0] for r in RULES].index(name)
    for minutes, direction in steps:
        at = MONDAY + timedelta(minutes=minutes)
        compare(pretix, store, list_id, secrets_[position], at, Direction(direction))
