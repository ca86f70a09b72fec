"""The pretix backend against a real pretix server from PyPI on 127.0.0.1.

The server (``pretix_server.py`` beside this file) is installed, migrated and seeded once per
machine and started once per test session; each test here uses order positions of its own, so
they can share it. What the tests assert about the pretix side they read back through pretix's
own API. Positions are numbered as the seed made them: 1 a workshop ticket, 2 unpaid, 3
canceled, 4 blocked, 5 re-issued (its old secret revoked), the others paid.
"""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pretix_server
import pytest

from checkin.model import (
    Direction,
    NotAdmittedReason,
    Outcome,
    RegistrationStatus,
    from_iso,
    to_iso,
)
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync import config as sync_config, secrets
from checkin.sync.base import (
    AuthError,
    Offline,
    ProtocolError,
    ServerError,
    SourceKind,
    SyncState,
)
from checkin.sync.engine import SyncEngine
from checkin.sync.pretix import (
    PretixBackend,
    PretixReason,
    attendee_id,
    outcome_for,
    session_id,
)
from checkin.sync.sources import SourceConfig

pytestmark = pytest.mark.pretix

# 3 Feb 2025, 09:30 in Bujumbura: inside the seeded event.
NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)
PLENARY, WORKSHOP, VIP = "Plénière d'ouverture", "Atelier A", "Salon VIP"


def backend_for(pretix, store=None, **options) -> PretixBackend:
    return PretixBackend(pretix.url, pretix.organizer, pretix.event, pretix.token,
                         timeout=30, store=store, **options)


@pytest.fixture
def station(pretix, tmp_path):
    """A fresh station that has pulled the event from pretix once."""
    store = Store(tmp_path / "station.db")
    engine = SyncEngine(store, backend_for(pretix, store), cursor_key="cursor:pretix")
    first = engine.cycle(force=True)
    assert first.error is None, first.error
    yield store, engine, first
    engine.close()
    store.close()


def pretix_checkins(pretix, position: int) -> list[dict]:
    status, data = pretix.api("GET", f"/orderpositions/{position}/")
    assert status == 200, data
    return data["checkins"]


class Clock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta) -> None:
        self.moment += timedelta(**delta)


# --- pull -----------------------------------------------------------------------------------


def test_first_pull_brings_the_event_lists_and_tickets(pretix, station, lists, secrets_):
    store, engine, report = station
    assert report.pulled_event and report.pulled_sessions == 3
    assert report.pulled_attendees == pretix_server.POSITIONS
    event = store.event()
    assert (event.code, event.timezone) == ("IMC25", "Africa/Bujumbura")
    assert event.title_en == "International Mutualist Conference"
    assert str(event.start_date) == "2025-02-03"

    sessions = {s.id: s for s in store.sessions()}
    workshop = sessions[session_id(lists[WORKSHOP])]
    assert workshop.name_fr == WORKSHOP and workshop.registration_required
    assert not sessions[session_id(lists[PLENARY])].registration_required

    paid = store.attendee(attendee_id(10))
    assert paid.token == secrets_[10] and paid.status is RegistrationStatus.CONFIRMED
    assert paid.origin == "pretix" and paid.reg_no.endswith("-1") and paid.first_name
    assert store.attendee(attendee_id(1)).workshops == (session_id(lists[WORKSHOP]),)
    assert store.attendee(attendee_id(2)).status is RegistrationStatus.PENDING
    assert store.attendee(attendee_id(3)).cancelled
    assert store.attendee(attendee_id(4)).status is RegistrationStatus.BLOCKED

    # The door decides offline on what was pulled, the secret being the badge.
    door = Reception(store, clock=lambda: NOW)
    plenary = session_id(lists[PLENARY])
    assert door.admit(secrets_[10], plenary).outcome is Outcome.ACCEPTED
    assert door.admit(secrets_[10], plenary).outcome is Outcome.ALREADY_IN
    assert door.admit(secrets_[3], plenary).outcome is Outcome.CANCELLED
    refused = door.admit(secrets_[11], session_id(lists[WORKSHOP]))
    assert (refused.outcome, refused.reason) == (
        Outcome.NOT_ADMITTED, NotAdmittedReason.NOT_REGISTERED)
    assert door.admit(secrets_[1], session_id(lists[WORKSHOP])).outcome is Outcome.ACCEPTED

    # Nothing changed in pretix: the next cycle brings nothing.
    again = engine.cycle(force=True)
    assert again.error is None
    assert (again.pulled_attendees, again.pulled_sessions, again.pulled_event) == (0, 0, False)


def test_incremental_pull_brings_only_changed_orders(pretix, station):
    store, engine, _ = station
    status, data = pretix.api("PATCH", "/orderpositions/20/", {"company": "Nouvelle Mutuelle"})
    assert status == 200, data
    status, position = pretix.api("GET", "/orderpositions/21/")
    status, data = pretix.api("POST", f"/orders/{position['order']}/mark_canceled/",
                              {"send_email": False})
    assert status == 200, data
    status, data = pretix.api("PATCH", "/orderpositions/22/",
                              {"attendee_name_parts": {"given_name": "Élodie",
                                                       "family_name": "Nkurunziza"}})
    assert status == 200, data

    report = engine.cycle(force=True)
    assert report.error is None
    assert report.pulled_attendees == 3  # the three changed orders, not the 200
    assert store.attendee(attendee_id(20)).organisation == "Nouvelle Mutuelle"
    assert store.attendee(attendee_id(21)).cancelled
    person = store.attendee(attendee_id(22))
    assert (person.first_name, person.last_name) == ("Élodie", "Nkurunziza")


def test_checkins_made_in_pretix_reach_the_door(pretix, station, lists, secrets_):
    store, engine, _ = station
    earlier = NOW - timedelta(minutes=10)
    status, data = pretix.api(
        "POST", f"{pretix.url}/api/v1/organizers/{pretix.organizer}/checkinrpc/redeem/",
        {"secret": secrets_[40], "lists": [lists[PLENARY]], "datetime": to_iso(earlier)},
    )
    assert status == 201, data

    report = engine.cycle(force=True)
    assert report.error is None and report.pulled_checkins == 1
    again = engine.cycle(force=True)
    assert again.pulled_checkins == 0  # pulled again, merged as the same one

    answer = Reception(store, clock=lambda: NOW).admit(secrets_[40], session_id(lists[PLENARY]))
    assert answer.outcome is Outcome.ALREADY_IN
    assert answer.first.at == earlier and answer.first.station_id == "pretix"


def test_an_undo_made_in_pretix_reaches_the_door(pretix, station, lists, secrets_):
    store, engine, _ = station
    at = NOW - timedelta(minutes=5)
    rpc = f"{pretix.url}/api/v1/organizers/{pretix.organizer}/checkinrpc"
    status, data = pretix.api("POST", f"{rpc}/redeem/", {
        "secret": secrets_[90], "lists": [lists[PLENARY]], "datetime": to_iso(at),
        "nonce": "another-scanner-90"})
    assert status == 201, data
    assert engine.cycle(force=True).pulled_checkins == 1
    door = Reception(store, clock=lambda: NOW)
    assert door.admit(secrets_[90], session_id(lists[PLENARY])).outcome is Outcome.ALREADY_IN

    status, data = pretix.api("POST", f"{rpc}/annul/", {
        "lists": [lists[PLENARY]], "nonce": "another-scanner-90",
        "datetime": to_iso(at + timedelta(minutes=1))})
    assert status == 200, data
    report = engine.cycle(force=True)
    assert report.error is None and report.pulled_voids == 1
    assert engine.cycle(force=True).pulled_voids == 0  # the same undo, merged once
    assert door.admit(secrets_[90], session_id(lists[PLENARY])).outcome is Outcome.ACCEPTED


# --- push -----------------------------------------------------------------------------------


def test_offline_checkins_are_pushed_once_with_nonce_time_and_type(
    pretix, station, lists, secrets_
):
    store, engine, _ = station
    clock = Clock(NOW)
    door = Reception(store, clock=clock)
    plenary = session_id(lists[PLENARY])
    made = []
    for position in (30, 31):
        made.append(door.admit(secrets_[position], plenary).checkin)
        clock.advance(seconds=7, microseconds=1234)
    made.append(door.admit(secrets_[31], plenary, direction=Direction.EXIT).checkin)

    report = engine.cycle(force=True)
    assert report.error is None
    assert (report.pushed, report.rejected, store.pending_count()) == (3, 0, 0)

    def on_pretix() -> dict[int, list[tuple]]:
        return {
            p: sorted((c["type"], to_iso(from_iso(c["datetime"])), c["list"])
                      for c in pretix_checkins(pretix, p))
            for p in (30, 31)
        }

    pushed = on_pretix()
    assert pushed[30] == [("entry", to_iso(made[0].at), lists[PLENARY])]
    assert pushed[31] == sorted([("entry", to_iso(made[1].at), lists[PLENARY]),
                                 ("exit", to_iso(made[2].at), lists[PLENARY])])

    # The answer was lost: the station pushes the same check-ins again.
    with store.transaction() as db:
        db.execute("update outbox set pushed_at = null")
    retry = engine.cycle(force=True)
    assert retry.error is None and store.pending_count() == 0
    assert on_pretix() == pushed  # pretix kept one of each: the nonce
    # …and pulling pretix's copies back did not double them here either.
    assert retry.pulled_checkins == 0
    assert len(store.checkins(attendee_id=attendee_id(31))) == 2


def test_online_attendance_is_not_sent_to_pretix(pretix, station, lists, secrets_):
    """pretix has doors only: an online check-in there would be a door entry (and count in
    the list's occupancy). It is settled as refused, with the reason, and stays here."""
    from checkin.online.attendance import online_checkin

    store, engine, _ = station
    plenary = session_id(lists[PLENARY])
    before = pretix_checkins(pretix, 33)
    checkin = online_checkin(plenary, attendee_id(33), NOW, store.station_id)
    assert store.record_new_checkins([checkin]) == [checkin]
    report = engine.cycle(force=True)
    assert report.error is None
    assert (report.rejected, store.pending_count()) == (1, 0)
    assert pretix_checkins(pretix, 33) == before
    (refusal,) = store.query("select reason from sync_rejections where ref = ?", [checkin.uuid])
    assert "not sent to pretix" in refusal["reason"]
    assert store.checkin(checkin.uuid) is not None  # kept here, for the reports


def test_an_undo_is_pushed_as_an_annulment(pretix, station, lists, secrets_):
    store, engine, _ = station
    clock = Clock(NOW)
    door = Reception(store, clock=clock)
    made = door.admit(secrets_[60], session_id(lists[PLENARY])).checkin
    clock.advance(minutes=2)
    door.undo(made.uuid)

    report = engine.cycle(force=True)
    assert report.error is None and (report.pushed, report.rejected) == (2, 0)
    assert pretix_checkins(pretix, 60) == []  # only successful check-ins are listed
    status, data = pretix.api("GET", "/checkins/?successful=false&error_reason=annulled")
    assert [c["position"] for c in data["results"]].count(60) == 1
    # pretix lists the annulment from now on: it is ours, already undone here (other
    # tests' undos in the shared pretix may come with it: not this one).
    after = engine.cycle(force=True)
    assert after.error is None and after.pulled_checkins == 0
    assert [c.voided for c in store.checkins(attendee_id=attendee_id(60))] == [True]
    ours = store.query("select count(*) as n from voids v join checkins c"
                       " on c.uuid = v.checkin_uuid where c.attendee_id = ?",
                       [attendee_id(60)])[0]["n"]
    assert ours == 1


def test_an_override_is_forced_into_pretix_and_strangers_are_refused(
    pretix, station, lists, secrets_
):
    store, engine, _ = station
    door = Reception(store, clock=lambda: NOW)
    plenary, workshop = session_id(lists[PLENARY]), session_id(lists[WORKSHOP])
    # A participant let into the workshop by staff: pretix would say "product" unforced.
    assert door.admit(secrets_[80], workshop).outcome is Outcome.NOT_ADMITTED
    assert door.admit(secrets_[80], workshop, override=True).admitted

    from checkin.model import Attendee
    from checkin.tokens import new_token

    walk_in = Attendee("walk-in-1", store.event().id, new_token("IMC25"), "Ana", "Walk-In")
    store.upsert_attendees([walk_in], outbox=True)
    assert door.admit_attendee("walk-in-1", plenary).admitted

    report = engine.cycle(force=True)
    assert report.error is None
    assert (report.pushed, report.rejected) == (1, 2)
    assert [c["list"] for c in pretix_checkins(pretix, 80)] == [lists[WORKSHOP]]
    reasons = sorted(r["reason"] for r in store.query("select reason from sync_rejections"))
    assert reasons == ["pretix takes no attendees from Check-in: register walk-ins in pretix.",
                       "pretix: Unknown ticket."]


def test_the_older_per_list_endpoint_also_keeps_the_nonce(pretix, lists, secrets_):
    backend = backend_for(pretix, endpoint="list")
    try:
        for _ in range(2):
            result = backend.redeem(secrets_[70], lists[PLENARY], force=True,
                                    nonce="0b6e1a7c-per-list-nonce", at=NOW)
            assert result.ok and result.outcome is Outcome.ACCEPTED and result.position_id == 70
    finally:
        backend.close()
    assert len(pretix_checkins(pretix, 70)) == 1


# --- pretix's reasons -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "list_name", "reason", "outcome"),
    [
        (50, PLENARY, PretixReason.ALREADY_REDEEMED, Outcome.ALREADY_IN),
        (None, PLENARY, PretixReason.INVALID, Outcome.UNKNOWN),
        (2, PLENARY, PretixReason.UNPAID, Outcome.UNPAID),
        (3, VIP, PretixReason.CANCELED, Outcome.CANCELLED),
        (51, WORKSHOP, PretixReason.PRODUCT, Outcome.NOT_ADMITTED),
        (52, VIP, PretixReason.RULES, Outcome.NOT_ADMITTED),
        (4, PLENARY, PretixReason.BLOCKED, Outcome.BLOCKED),
        ("revoked", PLENARY, PretixReason.REVOKED, Outcome.NOT_ADMITTED),
    ],
    ids=lambda v: v.value if isinstance(v, PretixReason) else None,
)
def test_pretix_refusals_map_to_our_outcomes(
    pretix, lists, secrets_, position, list_name, reason, outcome
):
    if position is None:
        secret = "no-such-ticket-anywhere"
    elif position == "revoked":
        status, data = pretix.api("GET", "/revokedsecrets/")
        assert status == 200 and data["count"] == 1, data
        secret = data["results"][0]["secret"]
    else:
        secret = secrets_[position]
    backend = backend_for(pretix)
    try:
        if reason is PretixReason.ALREADY_REDEEMED:
            assert backend.redeem(secret, lists[list_name], at=NOW).ok
        result = backend.redeem(secret, lists[list_name], at=NOW)
    finally:
        backend.close()
    assert (result.reason, result.outcome) == (reason, outcome)
    assert not result.ok
    if reason is PretixReason.PRODUCT:
        assert result.detail is NotAdmittedReason.NOT_REGISTERED


def test_every_pretix_reason_has_an_outcome_that_refuses():
    for reason in PretixReason:
        outcome, _ = outcome_for(reason)
        assert not outcome.admitted, reason
    assert PretixReason.parse("something_new_in_pretix") is PretixReason.OTHER


# --- the token ------------------------------------------------------------------------------


def test_a_wrong_token_is_an_auth_error(pretix, tmp_path):
    wrong = PretixBackend(pretix.url, pretix.organizer, pretix.event, "not-the-token",
                          timeout=30)
    with pytest.raises(AuthError) as caught:
        wrong.pull(None)
    assert "token" in caught.value.reason

    store = Store(tmp_path / "station.db")
    engine = SyncEngine(store, wrong, cursor_key="cursor:pretix")
    report = engine.cycle(force=True)
    assert isinstance(report.error, AuthError)
    assert report.status.state is SyncState.ERROR and "token" in report.status.reason
    assert store.count_attendees() == 0
    engine.close()
    store.close()


def test_the_configured_source_keeps_its_token_out_of_the_database(
    pretix, tmp_path, monkeypatch
):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    store = Store(tmp_path / "station.db")
    source = SourceConfig.of(SourceKind.PRETIX, url=pretix.url, organizer=pretix.organizer,
                             event=pretix.event, timeout=30)
    where = sync_config.save_source(store, source, pretix.token)
    assert where  # the keyring, or a private file when there is none
    if where != "keyring":
        assert os.stat(where).st_mode & 0o077 == 0  # readable by this user only
    engine = sync_config.make_engine(store)
    try:
        assert isinstance(engine.backend, PretixBackend) and engine.backend.store is store
        assert engine.cycle(force=True).error is None
        assert store.count_attendees() == pretix_server.POSITIONS
    finally:
        engine.close()
        store.close()
        secrets.delete_token(sync_config.token_key(store, source))  # no test token left in a real keyring
    for path in Path(tmp_path).glob("station.db*"):
        assert pretix.token.encode() not in path.read_bytes(), path


def test_the_command_line_sets_up_pretix_and_syncs(pretix, tmp_path, monkeypatch, capsys):
    from checkin.cli import main

    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    db = str(tmp_path / "station.db")
    good, bad = tmp_path / "pretix.token", tmp_path / "wrong.token"
    good.write_text(pretix.token + "\n")
    bad.write_text("not-the-token\n")
    source = ["source", "pretix", pretix.url, pretix.organizer, pretix.event, "--db", db]
    try:
        assert main([*source, "--token-file", str(good)]) == 0
        assert "pretix answers: event" in capsys.readouterr().out
        assert main(["sync", "--db", db]) == 0
        out = capsys.readouterr().out
        assert f"Pulled: the event, 3 sessions, {pretix_server.POSITIONS} attendees" in out

        # a wrong token is said when the source is set, and nothing is saved
        assert main([*source, "--token-file", str(bad)]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "refused the token" in err
        assert main(["sync", "--db", db]) == 0  # still the good one

        # saved anyway on request: then the first sync says it
        assert main([*source, "--token-file", str(bad), "--no-check"]) == 0
        capsys.readouterr()
        assert main(["sync", "--db", db]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "refused the API token" in err
    finally:
        station = Store(db)
        secrets.delete_token(sync_config.token_key(
            station, SourceConfig.of(SourceKind.PRETIX, url=pretix.url, organizer=pretix.organizer,
                            event=pretix.event)))
        station.close()


# --- a pull cut short, and a pretix that answers badly ---------------------------------------


def test_a_round_cut_short_resumes_from_its_cursor_without_gaps(pretix):
    seen: set[str] = set()
    first = backend_for(pretix)
    cursor, pages = None, 0
    try:
        while pages < 3:  # the structure and two pages of orders, then the station dies
            page = first.pull(cursor)
            seen.update(a.id for a in page.attendees)
            cursor, pages = page.cursor, pages + 1
    finally:
        first.close()
    assert 0 < len(seen) < pretix_server.POSITIONS
    again = backend_for(pretix)  # a new process, with the cursor the engine had stored
    try:
        page = again.pull(cursor)
        seen.update(a.id for a in page.attendees)
        while page.more:
            page = again.pull(page.cursor)
            seen.update(a.id for a in page.attendees)
    finally:
        again.close()
    assert seen == {attendee_id(n) for n in range(1, pretix_server.POSITIONS + 1)}


class _BadPretix(BaseHTTPRequestHandler):
    """Answers every request with what the test put in ``answer``: (status, body)."""

    answer: tuple[int, bytes] = (500, b"")

    def do_GET(self):  # noqa: N802 - http.server's name
        status, body = self.answer
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def bad_pretix():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BadPretix)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (500, b"<html>Internal Server Error</html>", ServerError),
        (200, b'{"name": {"en": "IMC"}, "slug": "imc25", "date_fr', ProtocolError),
        (200, b"[1, 2, 3]", ProtocolError),
        (200, b'{"slug": "imc25"}', ProtocolError),  # a record without its fields
    ],
    ids=["500", "invalid-json", "not-an-object", "missing-fields"],
)
def test_bad_answers_are_typed_errors(bad_pretix, status, body, error):
    _BadPretix.answer = (status, body)
    host, port = bad_pretix.server_address
    backend = PretixBackend(f"http://{host}:{port}", "aim", "imc25", "token", timeout=5)
    try:
        with pytest.raises(error) as caught:
            backend.pull(None)
        assert caught.value.reason
    finally:
        backend.close()


def test_a_truncated_orders_page_is_a_protocol_error(bad_pretix):
    _BadPretix.answer = (200, b'{"count": 200, "next": null}')  # no results
    host, port = bad_pretix.server_address
    backend = PretixBackend(f"http://{host}:{port}", "aim", "imc25", "token", timeout=5)
    cursor = '{"checkins_since":null,"event_id":"e","items":{},"lists":{},"page":1,' \
             '"phase":"orders","round":null,"since":null,"structure":"","v":1}'
    try:
        with pytest.raises(ProtocolError):
            backend.pull(cursor)
    finally:
        backend.close()


def test_no_server_is_offline():
    port = pretix_server.free_port()  # nothing listens there
    backend = PretixBackend(f"http://127.0.0.1:{port}", "aim", "imc25", "token", timeout=5)
    try:
        with pytest.raises(Offline):
            backend.pull(None)
    finally:
        backend.close()


# --- testing a source before saving it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "organizer", "event", "token", "problem"),
    [
        ("{url}", "aim", "imc25", "{token}", None),
        ("ftp://127.0.0.1", "aim", "imc25", "{token}", "scheme"),
        ("127.0.0.1:8000", "aim", "imc25", "{token}", "scheme"),
        ("{url}", "aim", "imc25", "not-the-token", "token_refused"),
        ("{url}", "aim", "no-such-event", "{token}", "event_not_found"),
        ("{url}", "nobody", "imc25", "{token}", "organizer_not_found"),
        ("{hub}", "aim", "imc25", "{token}", "not_pretix"),
        ("http://127.0.0.1:{closed}", "aim", "imc25", "{token}", "unreachable"),
    ],
    ids=["ok", "ftp", "no-scheme", "token", "event", "organizer", "a-hub", "closed-port"],
)
def test_a_pretix_source_is_tested_before_it_is_saved(pretix, hub, url, organizer, event,
                                                     token, problem):
    from checkin.sync.probe import check_source

    url = url.format(url=pretix.url, hub=hub.url, closed=pretix_server.free_port())
    config = SourceConfig.of(SourceKind.PRETIX, url=url, organizer=organizer, event=event)
    probe = check_source(config, token.format(token=pretix.token), timeout=30)
    assert (probe.problem.value if probe.problem else None) == problem, probe.message
    assert probe.message and "\n" not in probe.message


def test_a_captive_portal_or_an_html_404_is_not_a_pretix(bad_pretix):
    from checkin.sync.probe import check_source

    host, port = bad_pretix.server_address
    config = SourceConfig.of(SourceKind.PRETIX, url=f"http://{host}:{port}", organizer="aim",
                             event="imc25")
    for answer in ((200, b"<html>Welcome to the hotel Wi-Fi</html>"),
                   (404, b"<html><h1>Not Found</h1></html>")):
        _BadPretix.answer = answer
        probe = check_source(config, "token", timeout=5)
        assert probe.problem.value == "not_pretix", probe.message

