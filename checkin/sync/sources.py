"""The sync sources, in one registry: for each kind, its options, whether it needs a token,
and the factory that makes its backend.

Everything that deals with a source reads it from here: :mod:`checkin.sync.config` (keeping a
source in the store's settings, making its backend), ``checkin source`` and the window's
settings, whose form shows the options a kind marks ``in_form``. Adding a source is adding an
entry to :data:`SOURCES` (and, for the window, the words of its kind and options).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from checkin.model import Station
from checkin.store import Store
from checkin.sync.base import Backend, SourceKind


@dataclass(frozen=True)
class Option:
    """One setting of a source, kept as ``sync.<key>`` in the store's settings."""

    key: str
    kind: str = "text"  # what the form edits: "text", "url", "folder", "file", "number"
    required: bool = False
    default: str = ""
    in_form: bool = True  # shown in the window's settings (the rest: ``checkin source``)
    identifies: bool = False  # part of where its token is kept (two of them, two tokens)


@dataclass(frozen=True)
class SourceConfig:
    """Where this station syncs: a kind and the values of its options (strings, as kept in
    the settings; the token is not here, it lives in the keyring, see
    :mod:`checkin.sync.secrets`, under :attr:`secret_key`)."""

    kind: SourceKind = SourceKind.NONE
    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, kind: SourceKind, **values: object) -> SourceConfig:
        """A config from option values (None and "" leave an option unset)."""
        kept = {k: str(v) for k, v in values.items() if v not in (None, "")}
        return cls(kind, MappingProxyType(dict(sorted(kept.items()))))

    def get(self, key: str) -> str:
        """The option's value, or its default."""
        if key in self.values:
            return self.values[key]
        option = next((o for o in SOURCES[self.kind].options if o.key == key), None)
        return option.default if option else ""

    def changed(self, values: Mapping[str, object], kind: SourceKind | None = None
                ) -> SourceConfig:
        """This config with some values changed (None or "" unsets one); the others kept."""
        return SourceConfig.of(kind or self.kind, **{**self.values, **values})

    @property
    def secret_key(self) -> str:
        parts = [self.kind.value]
        parts += [self.get(o.key).rstrip("/") for o in SOURCES[self.kind].options
                  if o.identifies]
        return ":".join(parts)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SourceConfig) and self.kind is other.kind
                and dict(self.values) == dict(other.values))

    def __hash__(self) -> int:
        return hash((self.kind, tuple(sorted(self.values.items()))))


#: ``make(config, token, store, station)`` → a backend
Factory = Callable[[SourceConfig, "str | None", Store, Callable[[], Station]], Backend]


@dataclass(frozen=True)
class SourceType:
    kind: SourceKind
    options: tuple[Option, ...]
    needs_token: bool
    make: Factory | None  # None: no backend (the "none" source)

    @property
    def form_options(self) -> tuple[Option, ...]:
        return tuple(o for o in self.options if o.in_form)


def _hub(config: SourceConfig, token: str | None, store: Store, me) -> Backend:
    from checkin.sync.hub_client import HubClient

    return HubClient(config.get("url"), token or "", station=me,
                     timeout=float(config.get("timeout")), verify=config.get("cafile") or True)


def _pretix(config: SourceConfig, token: str | None, store: Store, me) -> Backend:
    from checkin.sync import pretix

    # The store, read only: pretix hands our pushed check-ins back without our UUID.
    return pretix.create(config, token or "", store=store)


def _files(config: SourceConfig, token: str | None, store: Store, me) -> Backend:
    from checkin.sync.files import FilesBackend

    return FilesBackend(config.get("folder"), station=me)


_URL = Option("url", "url", required=True, identifies=True)
_CAFILE = Option("cafile", "file", in_form=False)  # a CA or self-signed certificate to trust
_TIMEOUT = Option("timeout", "number", default="10.0", in_form=False)  # seconds

SOURCES: dict[SourceKind, SourceType] = {
    SourceKind.NONE: SourceType(SourceKind.NONE, (), needs_token=False, make=None),
    SourceKind.HUB: SourceType(SourceKind.HUB, (_URL, _CAFILE, _TIMEOUT), needs_token=True,
                               make=_hub),
    SourceKind.PRETIX: SourceType(
        SourceKind.PRETIX,
        (_URL, Option("organizer", required=True, identifies=True),
         Option("event", required=True, identifies=True), _CAFILE, _TIMEOUT),
        needs_token=True, make=_pretix),
    SourceKind.FILES: SourceType(
        SourceKind.FILES, (Option("folder", "folder", required=True, identifies=True),),
        needs_token=False, make=_files),
}
