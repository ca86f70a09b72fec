"""Which source this station syncs with, kept in the store's settings (the token in the
keyring, see :mod:`checkin.sync.secrets`), and the engine built from it.

Used by ``checkin source`` / ``checkin sync`` and by the window's settings page.
"""

from __future__ import annotations

from collections.abc import Mapping

from checkin.model import Station
from checkin.store import Store
from checkin.sync import secrets
from checkin.sync.base import AuthError, Backend, SourceKind
from checkin.sync.engine import SyncEngine
from checkin.sync.sources import SOURCES, SourceConfig


class ConfigError(Exception):
    """The source is incomplete (no URL, no token…); the message says what to do."""


def load_source(store: Store) -> SourceConfig:
    """The source kept in the settings: its kind, and the options of that kind, each under
    ``sync.<key>`` (those of other kinds are left there: switching back loses nothing)."""
    kind = store.get_setting("sync.source", SourceKind.NONE.value)
    try:
        source = SourceKind(kind)
    except ValueError:
        source = SourceKind.NONE
    return SourceConfig.of(source, **{o.key: store.get_setting(f"sync.{o.key}")
                                      for o in SOURCES[source].options})


def token_key(store: Store, config: SourceConfig) -> str:
    """Where the token is kept: per station as well as per source, so that two station
    databases on one computer (two doors on one laptop, a test station beside the real one)
    never overwrite each other's token."""
    return f"{store.station_id}:{config.secret_key}"


def web_address(text: str) -> str:
    """A server's address as a station can reach it: ``192.168.1.10:8765`` gets its missing
    ``http://`` (the venue hub speaks plain HTTP unless it was given a certificate); an
    address that is not one ("porte A", "http://") is refused in words."""
    from urllib.parse import urlsplit

    text = text.strip()
    if text and "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        raise ConfigError(
            f"{text or 'An empty address'} is not a server address: write it as "
            "http://192.168.1.10:8765 (the hub's address and port), or https://… for pretix.")
    try:
        parts.port  # noqa: B018 - a bad port ("hub:porte") raises here
    except ValueError:
        raise ConfigError(f"{text}: the port after ':' must be a number.") from None
    return text


def with_web_addresses(config: SourceConfig) -> SourceConfig:
    """``config`` with each of its addresses completed by :func:`web_address`."""
    fixed = {o.key: web_address(config.values[o.key])
             for o in SOURCES[config.kind].options
             if o.kind == "url" and config.values.get(o.key)}
    return config.changed(fixed) if fixed else config


def save_source(store: Store, config: SourceConfig, token: str | None = None) -> str:
    """Keep exactly this source in the settings (its options not given are unset) and its
    token in the keyring; returns where the token went (``"keyring"``, a file path, or ""
    when no token was given)."""
    source = SOURCES[config.kind]
    missing = [o.key for o in source.options if o.required and not config.values.get(o.key)]
    if missing:
        raise ConfigError(f"A {config.kind.value} source needs its {missing[0]}.")
    if with_web_addresses(config) != config:  # callers complete them first (update_source)
        raise ConfigError(
            f"{config.get('url')} is not a server address: write it as http://… or https://…")
    for option in source.options:
        if option.kind == "number" and option.key in config.values:
            try:
                float(config.values[option.key])
            except ValueError:
                raise ConfigError(f"The {option.key} must be a number.") from None
    try:
        where = secrets.save_token(token_key(store, config), token) if token else ""
    except secrets.SecretError as error:
        raise ConfigError(str(error)) from None
    with store.transaction():
        store.set_setting("sync.source", config.kind.value)
        for option in source.options:
            store.set_setting(f"sync.{option.key}", config.values.get(option.key))
    return where


def update_source(store: Store, kind: SourceKind, changes: Mapping[str, object],
                  token: str | None = None) -> SourceConfig:
    """Load the stored source, change what ``changes`` names (and the kind), save it back:
    what the caller does not show (a hub's CA file or timeout, set by ``checkin source``)
    is kept. Returns the source as saved."""
    stored = load_source(store)
    if kind is not stored.kind:  # the new kind's options as last kept, if any
        stored = SourceConfig.of(kind, **{o.key: store.get_setting(f"sync.{o.key}")
                                          for o in SOURCES[kind].options})
    config = with_web_addresses(stored.changed(changes))
    save_source(store, config, token)
    return config


def make_backend(store: Store, config: SourceConfig | None = None) -> Backend | None:
    """The backend for the configured source (:data:`checkin.sync.sources.SOURCES`), or
    None for "none"."""
    config = config or load_source(store)
    source = SOURCES[config.kind]
    if source.make is None:
        return None

    def me() -> Station:
        return Station(store.station_id, store.station_name, pending=store.pending_count())

    token = None
    if source.needs_token:
        try:
            token = secrets.load_token(token_key(store, config))
        except secrets.SecretError as error:
            raise ConfigError(str(error)) from None
        if not token:
            raise ConfigError(
                f"No token is stored for {config.get('url')}: run `checkin source "
                f"{config.kind.value} … --token-file FILE` again."
            )
    return source.make(config, token, store, me)


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
