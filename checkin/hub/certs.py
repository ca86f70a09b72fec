"""The hub's own TLS certificate: made on first start, so the venue's network speaks HTTPS
without anyone buying or typing anything.

The certificate is self-signed (an EC P-256 key, valid two years) and names every address
the hub may be reached at: its host name, ``localhost``, 127.0.0.1 and its IPv4 addresses on
the venue network. Nothing vouches for it but its fingerprint: the pairing QR code carries the
SHA-256 of the certificate, and a station trusts exactly that certificate from then on
(:mod:`checkin.sync.pairing`), so a laptop that pretends to be the hub on the same Wi-Fi gets
nothing. The key stays beside the hub's database, readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
from dataclasses import dataclass
from pathlib import Path

CERT_NAME = "hub-cert.pem"
KEY_NAME = "hub-key.pem"
VALID_DAYS = 730
RENEW_BEFORE_DAYS = 30


@dataclass(frozen=True)
class HubCertificate:
    cert: Path
    key: Path
    fingerprint: str  # SHA-256 of the DER certificate, lowercase hex
    names: tuple[str, ...]  # host names and addresses it is valid for


def fingerprint_der(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def fingerprint_pem(pem: bytes | str) -> str:
    import ssl

    text = pem.decode("ascii") if isinstance(pem, bytes) else pem
    return fingerprint_der(ssl.PEM_cert_to_DER_cert(text))


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback, as the system knows them."""
    found: set[str] = set()
    try:
        import ifaddr  # comes with zeroconf

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str):
                    found.add(ip.ip)
    except Exception:  # no ifaddr, or an interface it cannot read: the host name's addresses
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    except OSError:
        pass
    good = []
    for text in found:
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if not (address.is_loopback or address.is_link_local or address.is_multicast):
            good.append(text)
    return sorted(good, key=lambda a: tuple(int(p) for p in a.split(".")))


def _wanted_names(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    names = [socket.gethostname(), "localhost", "127.0.0.1", *local_addresses(), *extra]
    seen: dict[str, None] = {}
    for name in names:
        if name and name not in seen:
            seen[name] = None
    return tuple(seen)


def _read(folder: Path) -> HubCertificate | None:
    from cryptography import x509

    cert, key = folder / CERT_NAME, folder / KEY_NAME
    if not (cert.exists() and key.exists()):
        return None
    try:
        loaded = x509.load_pem_x509_certificate(cert.read_bytes())
        san = loaded.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, x509.ExtensionNotFound):
        return None
    names = tuple([str(n) for n in san.get_values_for_type(x509.DNSName)]
                  + [str(n) for n in san.get_values_for_type(x509.IPAddress)])
    expires = loaded.not_valid_after_utc
    if expires - dt.datetime.now(dt.UTC) < dt.timedelta(days=RENEW_BEFORE_DAYS):
        return None
    from cryptography.hazmat.primitives.serialization import Encoding

    return HubCertificate(cert, key, fingerprint_der(loaded.public_bytes(Encoding.DER)), names)


def hub_certificate(folder: Path, *, extra_names: tuple[str, ...] = ()) -> HubCertificate:
    """The hub's certificate in ``folder``: the one made before when it is still good and
    names every current address, else a new one (a new fingerprint: stations pair again)."""
    folder = Path(folder)
    current = _read(folder)
    wanted = _wanted_names(extra_names)
    if current is not None and set(wanted) <= set(current.names):
        return current
    return _make(folder, wanted)


def _make(folder: Path, names: tuple[str, ...]) -> HubCertificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, f"Check-in hub ({names[0]})"[:64]),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Check-in"),
    ])
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = folder / KEY_NAME, folder / CERT_NAME
    key_bytes = key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(key_path, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key_bytes)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return HubCertificate(cert_path, key_path,
                          fingerprint_der(cert.public_bytes(serialization.Encoding.DER)), names)
