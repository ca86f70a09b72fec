"""The sync source as kept by a station: two station databases on one computer keep their own
tokens for the same hub (they used to share one slot, so the second overwrote the first)."""

from __future__ import annotations

from checkin.store import Store
from checkin.sync import config as sync_config
from checkin.sync import secrets
from checkin.sync.base import SourceConfig, SourceKind


def test_two_stations_on_one_computer_keep_their_own_token(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    door_a, door_b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    source = SourceConfig(SourceKind.HUB, "http://127.0.0.1:8765")
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
