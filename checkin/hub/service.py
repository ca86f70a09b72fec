"""The hub run from the organiser's window: started and stopped with a button, on this
station's own database, over TLS with its own certificate, announced on the network.

:class:`HubService` is what the window's hub page drives (no Qt here): start, stop, what it
serves at, the stations that synced with it (last contact, items waiting on them), new pairing
codes, and revoking a station. ``checkin hub`` in a terminal does the same in the foreground.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.hub import pairing, tokens
from checkin.hub.certs import HubCertificate, hub_certificate, local_addresses
from checkin.hub.tokens import Role
from checkin.store import Store

if TYPE_CHECKING:  # uvicorn and zeroconf are loaded when the hub starts
    from checkin.hub.announce import HubAnnouncer
    from checkin.hub.server import ThreadedHub

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765


@dataclass(frozen=True)
class StationRow:
    """One station as the hub page lists it."""

    name: str
    role: str
    last_contact: datetime | None
    waiting: int  # check-ins the station said it still had to push, at its last contact
    revoked: bool
    token_id: str


class HubService:
    def __init__(self, store: Store, *, port: int = DEFAULT_PORT, host: str = "0.0.0.0",
                 announce: bool = True, tls_folder: Path | None = None):
        self.store = store
        self.port = port
        self.host = host
        self.announce = announce
        self.tls_folder = tls_folder or Path(store.path).parent / "hub-tls"
        self.certificate: HubCertificate | None = None
        self._server: ThreadedHub | None = None
        self._announcer: HubAnnouncer | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        """Serve (TLS, own certificate) and announce; OSError when the port is taken."""
        if self.running:
            return
        from checkin.hub.server import ThreadedHub

        self.certificate = hub_certificate(self.tls_folder)
        server = ThreadedHub(self.store, host=self.host, port=self.port,
                             certfile=str(self.certificate.cert),
                             keyfile=str(self.certificate.key))
        try:
            server.start()
        except RuntimeError as error:
            raise OSError(f"the hub could not listen on port {self.port}: it may be in use "
                          "by another program") from error
        self._server = server
        self.port = server.port
        from checkin.hub.announce import HubAnnouncer, mdns_allowed

        if self.announce and mdns_allowed():
            event = self.store.event()
            announcer = HubAnnouncer(self.port, name=event.title() if event else "Check-in hub",
                                     fingerprint=self.certificate.fingerprint, tls=True)
            try:
                announcer.start()
                self._announcer = announcer
            except OSError as error:
                log.warning("hub not announced on the network: %s", error)
        log.info("hub started on port %s", self.port)

    def stop(self) -> None:
        if self._announcer is not None:
            self._announcer.stop()
            self._announcer = None
        if self._server is not None:
            self._server.stop()
            self._server = None
            log.info("hub stopped")

    def addresses(self) -> list[str]:
        return local_addresses() or ["127.0.0.1"]

    def urls(self) -> list[str]:
        return [f"https://{a}:{self.port}" for a in self.addresses()]

    def new_pairing(self, name: str, role: Role | str = Role.DOOR,
                    hosts: list[str] | None = None) -> tuple[pairing.Enrolment, str]:
        """A one-time pairing code for the station ``name``: (enrolment, QR text)."""
        if self.certificate is None:
            self.certificate = hub_certificate(self.tls_folder)
        enrolment = pairing.new_enrolment(self.store, name, role)
        code = pairing.pairing_code(enrolment, hosts or self.addresses(), self.port,
                                    self.certificate.fingerprint)
        return enrolment, code.text()

    def stations(self) -> list[StationRow]:
        """Every station token, with what the hub last heard from the station using it."""
        seen = {s.id: s for s in self.store.stations()}
        rows = []
        for token in tokens.list_tokens(self.store):
            station = seen.get(token.station_id)
            rows.append(StationRow(
                token.name, token.role.value,
                (station.last_seen if station and station.last_seen else token.last_seen),
                station.pending if station else 0, token.revoked, token.id))
        rows.sort(key=lambda r: (r.revoked, r.name.casefold()))
        return rows

    def revoke(self, token_id: str) -> None:
        tokens.revoke(self.store, token_id)
