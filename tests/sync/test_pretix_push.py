"""How the station pushes to pretix, watched from the server's side: a small HTTP/1.1 server on
127.0.0.1 that answers ``checkinrpc/redeem`` as pretix does (slowly enough for the requests to
overlap) and records the connection and the moment of each request.

- a few redeems in flight at once, over kept-alive connections (not one per request);
- one person's check-ins one after the other, in their order: pretix locks a ticket for an
  entry and not for an exit, and an entry and an exit of the same ticket side by side can
  deadlock in its PostgreSQL (an HTTP 500);
- each answer is settled as soon as it comes, on the calling thread;
- when pretix goes away, nothing more is sent; what it answered before stays settled.

The real pretix (``pretix_server.py``) does the same at scale in the killed-pretix test of
``test_pretix_admission.py`` and in ``bench/bench_pretix.py``.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from checkin.model import Attendee, CheckIn, Direction, Method, Station
from checkin.sync.base import ItemKind, ItemOutcome, Offline, PushBatch, PushItem
from checkin.sync.pretix import PretixBackend, attendee_id, session_id

LIST_ID = 7
START = datetime(2025, 2, 3, 7, 0, tzinfo=UTC)


class _Redeems(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as gunicorn's threaded workers do
    delay = 0.03
    log: list[tuple] = []  # (secret, type, connection, start, end)
    lock = threading.Lock()
    in_flight: set[str] = set()
    most = 0
    overlaps: list[str] = []  # a secret that came while it was already in flight
    die_after: int | None = None
    served = 0
    attempts = 0

    def do_POST(self):  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        cls = type(self)
        secret = body["secret"]
        with cls.lock:
            cls.attempts += 1
            if cls.die_after is not None and cls.served >= cls.die_after:
                self.close_connection = True
                self.connection.close()  # gone: the connection drops without an answer
                return
            cls.served += 1
            if secret in cls.in_flight:
                cls.overlaps.append(secret)
            cls.in_flight.add(secret)
            cls.most = max(cls.most, len(cls.in_flight))
        started = time.monotonic()
        time.sleep(cls.delay)
        with cls.lock:
            cls.in_flight.discard(secret)
            cls.log.append((secret, body["type"], self.client_address[1], started,
                            time.monotonic()))
        answer = json.dumps({"status": "ok", "require_attention": False,
                             "position": {"id": int(secret[1:]), "checkins": []}}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_pretix():
    handler = type("Handler", (_Redeems,), {"log": [], "in_flight": set(), "overlaps": [],
                                            "lock": threading.Lock(), "most": 0,
                                            "die_after": None, "served": 0,
                                            "attempts": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def batch_of(people: int, per_person: int, settled: list) -> PushBatch:
    """``people`` tickets, each with ``per_person`` check-ins (entry, exit, entry…), queued
    person after person as a door makes them."""
    items = []
    moment = START
    for n in range(1, people + 1):
        person = Attendee(attendee_id(n), "e", f"s{n}", "A", f"B{n}")
        for k in range(per_person):
            moment += timedelta(seconds=1)
            checkin = CheckIn(f"uuid-{n}-{k}", person.id, session_id(LIST_ID), "st", moment,
                              Method.SCANNER, Direction.EXIT if k % 2 else Direction.ENTRY)
            items.append(PushItem(len(items) + 1, ItemKind.CHECKIN, checkin.uuid,
                                  checkin=checkin, attendee=person))

    def settle(answer):
        settled.append((answer.key, threading.current_thread() is threading.main_thread()))

    return PushBatch(Station("st", "door"), tuple(items), on_result=settle)


def test_a_few_in_flight_over_kept_alive_connections_one_person_at_a_time(fake_pretix):
    handler, url = fake_pretix
    settled: list = []
    backend = PretixBackend(url, "aim", "imc25", "t", endpoint="rpc", in_flight=4)
    try:
        result = backend.push(batch_of(people=30, per_person=4, settled=settled))
    finally:
        backend.close()

    assert len(result.results) == 120
    assert all(r.outcome is ItemOutcome.ACCEPTED for r in result.results)
    # four in flight at the busiest, never one ticket twice at once
    assert handler.most == 4
    assert handler.overlaps == []
    # kept alive: 120 requests over at most five connections
    assert len({connection for *_, connection, _, _ in handler.log}) <= 5
    # each person's check-ins reached pretix in the order they were made
    for n in range(1, 31):
        mine = [(typ, start, end) for secret, typ, _, start, end in handler.log
                if secret == f"s{n}"]
        assert [typ for typ, _, _ in mine] == ["entry", "exit", "entry", "exit"]
        assert all(a[2] <= b[1] for a, b in zip(mine, mine[1:], strict=False))
    # every answer settled, on the calling thread
    assert sorted(key for key, _ in settled) == sorted(r.key for r in result.results)
    assert all(on_main for _, on_main in settled)


def test_when_pretix_goes_away_the_rest_is_not_sent(fake_pretix):
    handler, url = fake_pretix
    handler.die_after = 25
    settled: list = []
    backend = PretixBackend(url, "aim", "imc25", "t", endpoint="rpc", in_flight=4, timeout=5)
    try:
        with pytest.raises(Offline):
            backend.push(batch_of(people=50, per_person=2, settled=settled))
    finally:
        backend.close()
    # what pretix answered is settled; after the first failure, only the requests already
    # on their way (one per connection) were tried, not the 75 others
    assert len(settled) == handler.served == 25
    assert 25 < handler.attempts <= 25 + 2 * 4
