"""Which source this station syncs with, kept in the store's settings (the token in the
keyring, see :mod:`checkin.sync.secrets`), and the engine built from it.

Used by ``checkin source`` / ``checkin sync`` and by the window's settings page.
"""

from __future__ import annotations

import importlib

from checkin.model import Station
from checkin.store import Store
from checkin.sync import secrets
from checkin.sync.base import AuthError, Backend, SourceConfig, SourceKind
from checkin.sync.engine import SyncEngine

_KEYS = ("url", "organizer", "event", "cafile", "timeout")


class ConfigError(Exception):
    """The source is incomplete (no URL, no token…); the message says what to do."""


def load_source(store: Store) -> SourceConfig:
    kind = store.get_setting("sync.source", SourceKind.NONE.value)
    try:
        source = SourceKind(kind)
    except ValueError:
        source = SourceKind.NONE
    if source is SourceKind.NONE:
        return SourceConfig()
    values = {k: store.get_setting(f"sync.{k}", "") or "" for k in _KEYS}
    try:
        timeout = float(values.pop("timeout") or 10.0)
    except ValueError:
        timeout = 10.0
    return SourceConfig(kind=source, timeout=timeout, **values)


def token_key(store: Store, config: SourceConfig) -> str:
    """Where the token is kept: per station as well as per source, so that two station
    databases on one computer (two doors on one laptop, a test station beside the real one)
    never overwrite each other's token."""
    return f"{store.station_id}:{config.secret_key}"


def save_source(store: Store, config: SourceConfig, token: str | None = None) -> str:
    """Keep the source in the settings and its token in the keyring; returns where the
    token went (``"keyring"``, a file path, or "" when no token was given)."""
    if config.kind is not SourceKind.NONE and not config.url:
        raise ConfigError("A sync source needs a URL.")
    try:
        where = secrets.save_token(token_key(store, config), token) if token else ""
    except secrets.SecretError as error:
        raise ConfigError(str(error)) from None
    with store.transaction():
        store.set_setting("sync.source", config.kind.value)
        for key in _KEYS:
            value = getattr(config, key)
            store.set_setting(f"sync.{key}", str(value) if value not in ("", None) else None)
    return where


def make_backend(store: Store, config: SourceConfig | None = None) -> Backend | None:
    """The backend for the configured source, or None for "none"."""
    config = config or load_source(store)
    if config.kind is SourceKind.NONE:
        return None

    def me() -> Station:
        return Station(store.station_id, store.station_name, pending=store.pending_count())

    if config.kind is SourceKind.FILES:
        from checkin.sync.files import FilesBackend

        return FilesBackend(config.url, station=me)
    try:
        token = secrets.load_token(token_key(store, config))
    except secrets.SecretError as error:
        raise ConfigError(str(error)) from None
    if not token:
        raise ConfigError(
            f"No token is stored for {config.url}: run `checkin source {config.kind.value} … "
            "--token-file FILE` again."
        )
    if config.kind is SourceKind.HUB:
        from checkin.sync.hub_client import HubClient

        return HubClient(config.url, token, station=me, timeout=config.timeout,
                         verify=config.cafile or True)
    module = importlib.import_module("checkin.sync.pretix")
    # The store, read only: pretix hands our pushed check-ins back without our UUID.
    return module.create(config, token, store=store)


class Unusable:
    """Stands in for a source that cannot be used (no token stored, keyring locked): every
    cycle then ends in the ERROR state with the reason, instead of the window having to
    catch an exception at start."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason

    def pull(self, cursor):
        raise AuthError(self.reason)

    def push(self, batch):
        raise AuthError(self.reason)

    def close(self) -> None:
        pass


def make_engine(store: Store, **options) -> SyncEngine:
    """The engine for this station's source (DISABLED when there is none, ERROR with the
    reason on every cycle when the source cannot be used)."""
    config = load_source(store)
    try:
        backend = make_backend(store, config)
    except ConfigError as error:
        backend = Unusable(config.kind.value, str(error))
    return SyncEngine(store, backend, cursor_key=f"cursor:{config.secret_key}", **options)
