"""A station joins the venue's hub from a pairing code (scanned as a QR code, or pasted).

1. The code (:class:`checkin.hub.pairing.PairingCode`) names the hub's addresses, its port, a
   one-time enrolment code, the SHA-256 of the hub's TLS certificate and the station's name.
2. For each address in turn, the station opens a TLS connection and reads the certificate the
   hub shows. It must be the one the code names: a laptop pretending to be the hub on the same
   Wi-Fi shows another and gets nothing (not even the code).
3. That certificate is kept beside the station's database and is from then on the only one
   the station trusts for its hub (pinned: the sync client verifies against it alone).
4. ``POST /api/v1/enrol`` trades the code for the station's own token, kept in the keyring;
   the source is saved as the hub at that address, and the station takes the name the
   organiser gave it.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from checkin.hub.certs import fingerprint_der
from checkin.hub.pairing import PairingCode, PairingError
from checkin.store import Store

__all__ = ["PairingCode", "PairingError", "PairResult", "pair", "peer_certificate"]


@dataclass(frozen=True)
class PairResult:
    url: str
    name: str
    role: str
    cafile: Path | None  # the hub's certificate, pinned; None for a hub without TLS


def peer_certificate(host: str, port: int, timeout: float = 5.0) -> bytes:
    """The DER certificate the server at host:port shows, unverified (it is checked against
    the pairing code's fingerprint by the caller)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    if not der:
        raise PairingError(f"{host}:{port} showed no certificate.")
    return der


def _certificate_file(store: Store, der: bytes, fingerprint: str) -> Path:
    folder = store.path.parent / "hub-certificates"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"hub-{fingerprint[:16]}.pem"
    path.write_text(ssl.DER_cert_to_PEM_cert(der), encoding="ascii")
    return path


def pair(store: Store, text: str, *, timeout: float = 5.0) -> PairResult:
    """Join the hub of pairing code ``text``; PairingError says why not, in words."""
    import httpx

    from checkin.sync.base import SourceKind
    from checkin.sync.config import ConfigError, update_source

    code = PairingCode.parse(text)
    problems: list[str] = []
    for host, url in zip(code.hosts, code.urls(), strict=True):
        cafile: Path | None = None
        verify: bool | ssl.SSLContext = False
        if code.fingerprint:
            try:
                der = peer_certificate(host, code.port, timeout)
            except (OSError, ssl.SSLError) as error:
                problems.append(f"{host}: {getattr(error, 'strerror', None) or error}")
                continue
            if fingerprint_der(der) != code.fingerprint:
                raise PairingError(
                    f"The hub at {host} shows another certificate than the pairing code's: "
                    "this may not be the venue's hub. Nothing was sent. Ask the organiser "
                    "for a new pairing code.")
            cafile = _certificate_file(store, der, code.fingerprint)
            verify = ssl.create_default_context(cafile=str(cafile))
        try:
            response = httpx.post(f"{url}/api/v1/enrol", timeout=timeout, verify=verify,
                                  json={"code": code.code, "station_id": store.station_id})
        except httpx.HTTPError as error:
            problems.append(f"{host}: {error}")
            continue
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code != 201 or not isinstance(body, dict) or \
                not isinstance(body.get("token"), str):
            reason = body.get("error") if isinstance(body, dict) else None
            raise PairingError(reason or f"The hub at {host} refused the pairing "
                               f"({response.status_code}).")
        changes: dict[str, object] = {"url": url, "cafile": str(cafile) if cafile else None}
        try:
            update_source(store, SourceKind.HUB, changes, token=body["token"])
        except ConfigError as error:
            raise PairingError(str(error)) from None
        name = str(body.get("name") or code.name)
        if name:
            store.set_station_name(name)
        return PairResult(url, name, str(body.get("role", "")), cafile)
    raise PairingError("The hub could not be reached at " + "; ".join(problems) +
                       ". Is this laptop on the venue's network, and is the hub started?")
