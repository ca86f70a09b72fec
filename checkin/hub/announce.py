"""The hub says where it is on the venue's network, and stations listen: DNS-SD over mDNS
(python-zeroconf), so nobody types an address.

The hub registers a ``_checkin-hub._tcp.local.`` service with its port and a TXT record: the
event's name, whether it speaks TLS, and the first 16 hex digits of its certificate's
fingerprint (enough to tell two hubs apart on one network; pairing checks the whole one).
A station's settings list what :class:`HubBrowser` hears. Both run on zeroconf's own threads;
nothing here blocks the caller, and the window receives what is found through a callback that
it turns into a queued signal.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a hub is announced or looked for, not at start-up
    from zeroconf import ServiceBrowser, ServiceInfo, Zeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_checkin-hub._tcp.local."
# Set (to anything but "") to keep this process silent on the network: the test suite sets it,
# since announcing or browsing sends multicast packets on every interface.
NO_MDNS = "CHECKIN_NO_MDNS"


def mdns_allowed() -> bool:
    return not os.environ.get(NO_MDNS)


@dataclass(frozen=True)
class FoundHub:
    name: str  # the event, as the hub announces it
    addresses: tuple[str, ...]
    port: int
    tls: bool
    fingerprint: str  # the first 16 hex digits, "" without TLS
    service: str  # the DNS-SD instance name, unique on the network

    @property
    def urls(self) -> list[str]:
        scheme = "https" if self.tls else "http"
        return [f"{scheme}://{a}:{self.port}" for a in self.addresses]


def _instance_name(name: str) -> str:
    label = f"{name} ({socket.gethostname()})"
    return label.replace(".", " ")[:60]


class HubAnnouncer:
    """Registers the hub's service on start(), withdraws it on stop()."""

    def __init__(self, port: int, *, name: str, fingerprint: str = "", tls: bool = True,
                 addresses: list[str] | None = None, interfaces=None):
        self.port = port
        self.name = name
        self.fingerprint = fingerprint
        self.tls = tls
        self.addresses = addresses
        self.interfaces = interfaces
        self._zeroconf: Zeroconf | None = None
        self._info: ServiceInfo | None = None

    def start(self) -> None:
        from zeroconf import InterfaceChoice, ServiceInfo, Zeroconf

        from checkin.hub.certs import local_addresses

        addresses = self.addresses or local_addresses()
        if not addresses:
            raise OSError("this computer has no address on a network")
        self._info = info = ServiceInfo(
            SERVICE_TYPE,
            f"{_instance_name(self.name)}.{SERVICE_TYPE}",
            addresses=[socket.inet_aton(a) for a in addresses],
            port=self.port,
            properties={"v": "1", "event": self.name[:100], "tls": "1" if self.tls else "0",
                        "fp": self.fingerprint[:16]},
            server=f"{socket.gethostname().split('.')[0]}.local.",
        )
        self._zeroconf = zeroconf = Zeroconf(interfaces=self.interfaces or InterfaceChoice.All)
        zeroconf.register_service(info, allow_name_change=True)
        log.info("hub announced on the network at %s, port %s", ", ".join(addresses),
                 self.port)

    def stop(self) -> None:
        if self._zeroconf is not None:
            try:
                if self._info is not None:
                    self._zeroconf.unregister_service(self._info)
            finally:
                self._zeroconf.close()
                self._zeroconf = None


class HubBrowser:
    """Listens for hubs on the network; ``on_change(list[FoundHub])`` is called from
    zeroconf's thread whenever the list changes (the window turns it into a signal)."""

    def __init__(self, on_change: Callable[[list[FoundHub]], None], *, interfaces=None):
        self.on_change = on_change
        self.interfaces = interfaces
        self._zeroconf: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None
        self._found: dict[str, FoundHub] = {}
        self._lock = threading.Lock()

    @property
    def found(self) -> list[FoundHub]:
        with self._lock:
            return sorted(self._found.values(), key=lambda h: h.name)

    def start(self) -> None:
        from zeroconf import InterfaceChoice, ServiceBrowser, Zeroconf

        self._zeroconf = zeroconf = Zeroconf(interfaces=self.interfaces or InterfaceChoice.All)
        self._browser = ServiceBrowser(zeroconf, SERVICE_TYPE,
                                       handlers=[self._on_service_state_change])

    def stop(self) -> None:
        if self._browser is not None:
            self._browser.cancel()
            self._browser = None
        if self._zeroconf is not None:
            self._zeroconf.close()
            self._zeroconf = None

    def _on_service_state_change(self, zeroconf, service_type, name, state_change) -> None:
        from zeroconf import ServiceStateChange

        if state_change is ServiceStateChange.Removed:
            with self._lock:
                changed = self._found.pop(name, None) is not None
        else:
            info = zeroconf.get_service_info(service_type, name, timeout=2000)
            if info is None:
                return
            props = {k.decode("utf-8", "replace"): (v or b"").decode("utf-8", "replace")
                     for k, v in (info.properties or {}).items()}
            hub = FoundHub(
                props.get("event") or name.split(".")[0],
                tuple(info.parsed_addresses()),
                int(info.port or 0),
                props.get("tls") == "1",
                props.get("fp", ""),
                name,
            )
            with self._lock:
                changed = self._found.get(name) != hub
                self._found[name] = hub
        if changed:
            try:
                self.on_change(self.found)
            except Exception:  # the listener's problem must not stop the browser
                log.exception("hub browser listener failed")


def browse(seconds: float = 3.0, *, interfaces=None) -> list[FoundHub]:
    """The hubs heard within ``seconds`` (for ``checkin source find``)."""
    done = threading.Event()
    browser = HubBrowser(lambda _hubs: None, interfaces=interfaces)
    browser.start()
    try:
        done.wait(seconds)
        return browser.found
    finally:
        browser.stop()
