"""The hub over TLS with a self-signed certificate: a station that trusts the certificate
syncs; one that does not is told so in words, and nothing moves."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from checkin.hub import tokens
from checkin.hub.server import ThreadedHub
from checkin.store import Store
from checkin.sync.base import SyncState
from checkin.sync.engine import SyncEngine
from checkin.sync.hub_client import HubClient


@pytest.fixture
def certificate(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "hub.pem", tmp_path / "hub.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=hub",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


def test_sync_over_tls(hub_store, certificate, tmp_path):
    cert, key = certificate
    _, token = tokens.add(hub_store, "Door A")
    with ThreadedHub(hub_store, certfile=str(cert), keyfile=str(key)) as hub:
        assert hub.url.startswith("https://")
        station = Store(tmp_path / "a.db")
        untrusting = SyncEngine(station, HubClient(hub.url, token, timeout=5), cursor_key="c")
        report = untrusting.cycle()
        assert report.status.state is SyncState.ERROR
        assert "certificate" in report.status.reason
        assert station.count_attendees() == 0
        untrusting.close()
        trusting = SyncEngine(station, HubClient(hub.url, token, timeout=5, verify=str(cert)),
                              cursor_key="c")
        report = trusting.cycle()
        assert report.error is None
        assert station.count_attendees() == 5
        trusting.close()
        station.close()
