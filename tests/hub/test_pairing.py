"""Pairing stations with the hub by QR code, through the command line, over TLS with the hub's
own certificate, on 127.0.0.1: two stations enrol and sync; a code replayed, expired, or shown
by another hub is refused; the hub is heard on the network by DNS-SD."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.hub import pairing, tokens
from checkin.hub.certs import fingerprint_pem, hub_certificate
from checkin.hub.server import ThreadedHub
from checkin.model import utcnow
from checkin.store import Store
from checkin.sync.config import load_source

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_secrets(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def tls_hub(hub_store, tmp_path):
    own = hub_certificate(tmp_path / "hub-tls")
    with ThreadedHub(hub_store, certfile=str(own.cert), keyfile=str(own.key)) as running:
        yield running, own


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def make_code(capsys, hub_store, port, name, *extra) -> str:
    code, out, err = run(capsys, "hub", "--db", hub_store.path, "pair", name, "--address",
                         "127.0.0.1", "--port", port, *extra)
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith("checkin://pair?")]
    assert len(lines) == 1, out
    return lines[0]


def test_the_hub_certificate_names_loopback_and_is_reused(tmp_path):
    first = hub_certificate(tmp_path / "tls")
    assert "127.0.0.1" in first.names and "localhost" in first.names
    assert first.fingerprint == fingerprint_pem(first.cert.read_bytes())
    assert oct(first.key.stat().st_mode & 0o777) == "0o600"
    again = hub_certificate(tmp_path / "tls")
    assert again.fingerprint == first.fingerprint  # stations stay paired across restarts


def test_two_stations_pair_by_code_and_sync(tls_hub, hub_store, tmp_path, capsys):
    hub, own = tls_hub
    for number, name in enumerate(("Auditorium – porte A", "Accueil"), 1):
        text = make_code(capsys, hub_store, hub.port, name, "--role",
                         "door" if number == 1 else "desk")
        parsed = pairing.PairingCode.parse(text)
        assert parsed.fingerprint == own.fingerprint and parsed.hosts == ("127.0.0.1",)
        db = tmp_path / f"station{number}.db"
        code, out, err = run(capsys, "--db", db, "source", "pair", text)
        assert code == 0, err
        assert f"Paired: this station is {name!r}" in out and "pinned" in out
        code, out, err = run(capsys, "--db", db, "sync")
        assert code == 0, err
        station = Store(db)
        try:
            assert station.station_name == name
            assert station.count_attendees() == 5
            config = load_source(station)
            assert config.values["url"] == hub.url
            assert Path(config.values["cafile"]).read_bytes() == own.cert.read_bytes()
            assert not (tmp_path / "secrets").exists() or all(
                "checkin://" not in p.read_text() for p in (tmp_path / "secrets").iterdir())
        finally:
            station.close()
    live = {t.name: t for t in tokens.list_tokens(hub_store) if not t.revoked}
    assert live["Auditorium – porte A"].role.value == "door"
    assert live["Accueil"].role.value == "desk"
    assert live["Auditorium – porte A"].station_id  # bound to the station that paired


def test_a_code_works_once(tls_hub, hub_store, tmp_path, capsys):
    hub, _ = tls_hub
    text = make_code(capsys, hub_store, hub.port, "Porte B")
    assert run(capsys, "--db", tmp_path / "b.db", "source", "pair", text)[0] == 0
    code, _, err = run(capsys, "--db", tmp_path / "thief.db", "source", "pair", text)
    assert code == 1
    assert "already been used" in err
    assert "Traceback" not in err
    assert len([t for t in tokens.list_tokens(hub_store) if t.name == "Porte B"]) == 1


def test_an_expired_code_is_refused(tls_hub, hub_store, tmp_path, capsys):
    hub, own = tls_hub
    old = pairing.new_enrolment(hub_store, "Porte C", now=utcnow() - timedelta(minutes=11))
    text = pairing.pairing_code(old, ["127.0.0.1"], hub.port, own.fingerprint).text()
    code, _, err = run(capsys, "--db", tmp_path / "c.db", "source", "pair", text)
    assert code == 1 and "expired" in err
    assert not [t for t in tokens.list_tokens(hub_store) if t.name == "Porte C"]


def test_a_hub_showing_another_certificate_gets_nothing(tls_hub, hub_store, tmp_path, capsys):
    hub, _ = tls_hub
    text = make_code(capsys, hub_store, hub.port, "Porte D")
    other = hub_certificate(tmp_path / "impostor").fingerprint
    forged = text.replace(pairing.PairingCode.parse(text).fingerprint, other)
    code, _, err = run(capsys, "--db", tmp_path / "d.db", "source", "pair", forged)
    assert code == 1 and "another certificate" in err
    assert [e.name for e in pairing.pending(hub_store)] == ["Porte D"]  # the code was not sent


def test_pairing_from_a_photo_of_the_qr_code(tls_hub, hub_store, tmp_path, capsys):
    hub, _ = tls_hub
    png = tmp_path / "pair.png"
    make_code(capsys, hub_store, hub.port, "Porte E", "--png", png)
    code, out, err = run(capsys, "--db", tmp_path / "e.db", "source", "pair", png)
    assert code == 0, err
    assert "Porte E" in out


@pytest.mark.parametrize("text, words", [
    ("hello", "not a Check-in pairing code"),
    ("checkin://pair?v=9&c=X&h=1.2.3.4&p=1", "another version"),
    ("checkin://pair?v=1&c=&h=1.2.3.4&p=1", "incomplete"),
    ("checkin://pair?v=1&c=AB&h=1.2.3.4&p=99999", "incomplete"),
    ("checkin://pair?v=1&c=AB&h=1.2.3.4&p=1&f=zz", "fingerprint"),
    ("checkin://pair?" + "x" * 3000, "too long"),
])
def test_what_is_not_a_pairing_code_is_said_in_words(text, words, tmp_path, capsys):
    code, _, err = run(capsys, "--db", tmp_path / "x.db", "source", "pair", text)
    assert code == 1 and words in err and "Traceback" not in err


def test_enrol_refuses_bad_bodies_with_a_4xx(hub):
    import httpx

    for body in ({}, {"code": 5}, {"code": "x" * 100}, {"code": "AB", "station_id": "../x"},
                 {"code": "NOPE-NOPE"}, []):
        response = httpx.post(f"{hub.url}/api/v1/enrol", json=body, timeout=5)
        assert 400 <= response.status_code < 500, (body, response.text)
        assert "error" in response.json()


ANNOUNCE = textwrap.dedent("""
    import subprocess, sys
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    subprocess.run(["ip", "link", "set", "lo", "multicast", "on"], check=True)
    subprocess.run(["ip", "route", "add", "224.0.0.0/4", "dev", "lo"], check=True)
    from checkin.hub.announce import HubAnnouncer, browse
    hub = HubAnnouncer(8765, name="Conférence d'essai", fingerprint="ab" * 32, tls=True,
                       addresses=["127.0.0.1"], interfaces=["127.0.0.1"])
    hub.start()
    try:
        found = browse(4.0, interfaces=["127.0.0.1"])
    finally:
        hub.stop()
    for h in found:
        print("FOUND", h.name, h.urls, h.tls, h.fingerprint)
""")


def test_the_hub_is_heard_on_the_network_without_an_address_typed(tmp_path):
    """In a network namespace of its own (only its loopback; no packet leaves it)."""
    unshare = shutil.which("unshare")
    if unshare is None or shutil.which("ip") is None:
        pytest.skip("needs unshare and ip to make a private network namespace")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot make a network namespace here: " + probe.stderr.decode()[:200])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([unshare, "-n", sys.executable, "-c", ANNOUNCE], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "FOUND Conférence d'essai ['https://127.0.0.1:8765'] True abababababababab" in \
        done.stdout, done.stdout + done.stderr
