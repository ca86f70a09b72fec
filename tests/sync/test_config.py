"""The sync source as kept by a station: two station databases on one computer keep their own
tokens for the same hub (they used to share one slot, so the second overwrote the first)."""

from __future__ import annotations

from checkin.store import Store
from checkin.sync import config as sync_config, secrets
from checkin.sync.base import SourceKind
from checkin.sync.sources import SourceConfig


def test_two_stations_on_one_computer_keep_their_own_token(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    door_a, door_b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    source = SourceConfig.of(SourceKind.HUB, url="http://127.0.0.1:8765")
    try:
        sync_config.save_source(door_a, source, "token-of-door-a")
        sync_config.save_source(door_b, source, "token-of-door-b")
        assert secrets.load_token(sync_config.token_key(door_a, source)) == "token-of-door-a"
        assert secrets.load_token(sync_config.token_key(door_b, source)) == "token-of-door-b"
        assert sync_config.load_source(door_a) == source
    finally:
        for store in (door_a, door_b):
            secrets.delete_token(sync_config.token_key(store, source))
            store.close()


def test_the_registry_describes_every_kind():
    from checkin.sync.sources import SOURCES

    assert set(SOURCES) == set(SourceKind)
    for kind, source in SOURCES.items():
        assert source.kind is kind
        assert (source.make is None) == (kind is SourceKind.NONE)
    assert [o.key for o in SOURCES[SourceKind.FILES].form_options] == ["folder"]
    assert not SOURCES[SourceKind.FILES].needs_token and SOURCES[SourceKind.HUB].needs_token


def test_updating_a_source_keeps_what_the_change_does_not_name(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    store = Store(tmp_path / "a.db")
    ca = tmp_path / "hub.pem"
    source = SourceConfig.of(SourceKind.HUB, url="https://10.0.0.2:8765", cafile=str(ca),
                             timeout=30)
    try:
        sync_config.save_source(store, source, "tok")
        saved = sync_config.update_source(store, SourceKind.HUB, {"url": "https://10.0.0.3:8765"})
        assert sync_config.load_source(store) == saved
        assert (saved.get("url"), saved.get("cafile"), saved.get("timeout")) == (
            "https://10.0.0.3:8765", str(ca), "30")
        # to pretix and back: the hub's options are still there
        sync_config.update_source(store, SourceKind.PRETIX,
                                  {"organizer": "aim", "event": "imc25"})
        back = sync_config.update_source(store, SourceKind.HUB, {})
        assert back.get("cafile") == str(ca)
        # an empty required option is refused, nothing changed
        import pytest

        with pytest.raises(sync_config.ConfigError):
            sync_config.update_source(store, SourceKind.HUB, {"url": ""})
        assert sync_config.load_source(store) == back
    finally:
        for config in (source, back):
            secrets.delete_token(sync_config.token_key(store, config))
        store.close()
