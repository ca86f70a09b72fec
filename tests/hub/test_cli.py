"""The sync commands end to end: tokens, source, one sync cycle, bundles, and the one-line
errors (exit 1, no traceback)."""

from __future__ import annotations

import stat

import pytest

from checkin.cli import main
from checkin.hub.server import ThreadedHub
from checkin.store import Store
from checkin.sync import secrets


@pytest.fixture(autouse=True)
def private_secrets(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    monkeypatch.setattr(secrets, "_keyring", lambda: None)  # no system keyring here


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_tokens_source_sync_and_bundles(hub_store, tmp_path, capsys):
    hub_db = hub_store.path
    tok = tmp_path / "door-a.token"
    code, out, _ = run(capsys, "hub", "--db", hub_db, "token", "add", "Door A", "--out", tok)
    assert code == 0 and tok.exists()
    assert stat.S_IMODE(tok.stat().st_mode) == 0o600
    code, out, _ = run(capsys, "hub", "--db", hub_db, "token", "list")
    assert "Door A\tlive" in out
    station = tmp_path / "door-a.db"
    with ThreadedHub(hub_store) as hub:
        code, out, _ = run(capsys, "--db", station, "source", "hub", hub.url, "--token-file", tok)
        assert code == 0 and "private file" in out
        token = tok.read_text().strip()
        settings = Store(station).query("select * from settings")
        assert token not in str(settings)
        code, out, _ = run(capsys, "--db", station, "source")
        assert f"hub at {hub.url}" in out
        code, out, _ = run(capsys, "--db", station, "sync")
        assert code == 0
        assert "Pulled: the event, 3 sessions, 5 attendees" in out
        assert "Still to push: 0" in out
        bundle = tmp_path / "a.json"
        code, out, _ = run(capsys, "--db", station, "bundle", "export", bundle)
        assert code == 0 and bundle.exists()
        code, out, _ = run(capsys, "--db", hub_db, "bundle", "merge", bundle)
        assert code == 0 and "0 new check-ins" in out
        code, out, _ = run(capsys, "--db", station, "bundle", "send", bundle)
        assert code == 0 and "The hub merged" in out
        code, out, _ = run(capsys, "hub", "--db", hub_db, "token", "revoke", "Door A")
        assert code == 0
        code, out, err = run(capsys, "--db", station, "sync")
        assert code == 1
        assert err.count("\n") == 1 and "revoked" in err and "Traceback" not in err


def test_errors_are_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "hub", "--db", tmp_path / "missing.db")
    assert code == 1 and "checkin import" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", tmp_path / "s.db", "sync")
    assert code == 1 and "No sync source" in err
    code, _, err = run(capsys, "--db", tmp_path / "s.db", "source", "hub", "http://x",
                       "--token-file", tmp_path / "none.token")
    assert code == 1 and "cannot be read" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    code, _, err = run(capsys, "--db", tmp_path / "s.db", "bundle", "merge", bad)
    assert code == 1 and "damaged" in err
    code, _, err = run(capsys, "--db", tmp_path / "s.db", "source", "none")
    assert code == 0


def test_secrets_keyring_first_then_private_file(tmp_path, monkeypatch):
    kept = {}

    class MemoryKeyring:  # the system keyring is an edge: a stand-in with its interface
        def set_password(self, service, key, value):
            kept[(service, key)] = value

        def get_password(self, service, key):
            return kept.get((service, key))

        def delete_password(self, service, key):
            kept.pop((service, key), None)

    monkeypatch.setattr(secrets, "_keyring", lambda: MemoryKeyring())
    assert secrets.save_token("hub:http://x", "s3cret") == "keyring"
    assert secrets.load_token("hub:http://x") == "s3cret"
    assert not list((tmp_path / "secrets").glob("*.token"))
    monkeypatch.setattr(secrets, "_keyring", lambda: None)
    where = secrets.save_token("hub:http://y", "other")
    assert where.endswith(".token")
    import os

    assert stat.S_IMODE(os.stat(where).st_mode) == 0o600
    assert secrets.load_token("hub:http://y") == "other"
    secrets.delete_token("hub:http://y")
    assert secrets.load_token("hub:http://y") is None


def test_sync_without_a_stored_token_says_so(tmp_path, capsys):
    from checkin.sync.base import SourceKind, SyncState
    from checkin.sync.config import make_engine, save_source
    from checkin.sync.sources import SourceConfig

    station = Store(tmp_path / "s.db")
    save_source(station, SourceConfig.of(SourceKind.HUB, url="http://127.0.0.1:9"))  # no token
    engine = make_engine(station)
    report = engine.cycle()
    assert report.status.state is SyncState.ERROR
    assert "No token is stored" in report.status.reason
    code, _, err = run(capsys, "--db", tmp_path / "s.db", "sync")
    assert code == 1 and "No token is stored" in err


def test_source_hub_is_tested_before_it_is_saved(capsys, tmp_path, hub_store):
    from checkin.hub.server import ThreadedHub

    tok = tmp_path / "door.token"
    tok.write_text("not-a-token-of-this-hub\n")
    station = tmp_path / "door.db"
    with ThreadedHub(hub_store) as hub:
        code, _, err = run(capsys, "--db", station, "source", "hub", hub.url,
                           "--token-file", tok)
        assert code == 1 and "refused the token" in err and err.count("\n") == 1
        code, _, err = run(capsys, "--db", station, "source", "hub", "ftp://" + hub.url[7:],
                           "--token-file", tok)
        assert code == 1 and "is not a server address" in err and "http://" in err
    code, _, err = run(capsys, "--db", station, "source", "hub",
                       "http://127.0.0.1:9", "--token-file", tok, "--timeout", "3")
    assert code == 1 and "cannot be reached" in err and "--no-check" in err
    code, out, _ = run(capsys, "--db", station, "source")
    assert "hub at" not in out  # nothing was saved
