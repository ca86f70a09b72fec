"""Pairing a station with the hub by a QR code: no token file to copy, no address to type.

The organiser names the station ("Auditorium – porte A") and a role; the hub makes a one-time
enrolment code, valid :data:`TTL` (ten minutes), kept only as its SHA-256. The pairing code
shown as a QR code (``checkin hub pair NAME``, or the window's hub page) holds:

- the hub's addresses on the venue network and its port,
- the enrolment code,
- the SHA-256 fingerprint of the hub's TLS certificate,
- (not the station's name: the hub gives it in return for the code).

The station scans it (or has its text pasted), checks that the hub it reaches shows that very
certificate, and trades the code for its own station token (``POST /api/v1/enrol``), which
goes to the keyring. A code works once: a second use, or a use after ten minutes, is refused.
A station paired again under the same name replaces the old one (its token is revoked): that
is what happens when a laptop is reinstalled.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from checkin.hub import tokens
from checkin.hub.tokens import Role
from checkin.model import from_iso, to_iso, utcnow
from checkin.store import Store

TTL = timedelta(minutes=10)
SCHEME = "checkin"
VERSION = "1"
CODE_BYTES = 10  # 80 bits: far past guessing within ten minutes


class PairingError(Exception):
    """A pairing code that cannot be used; the message says why, in words."""


@dataclass(frozen=True)
class Enrolment:
    id: str
    name: str
    role: Role
    expires_at: datetime
    code: str = ""  # only when just made: the hub keeps its hash


@dataclass(frozen=True)
class PairingCode:
    """What the QR code carries."""

    hosts: tuple[str, ...]
    port: int
    code: str
    fingerprint: str  # "" for a hub without TLS (tests, or --http)
    name: str

    @property
    def scheme(self) -> str:
        return "https" if self.fingerprint else "http"

    def urls(self) -> list[str]:
        return [f"{self.scheme}://{_bracket(host)}:{self.port}" for host in self.hosts]

    def text(self) -> str:
        """``checkin://pair?v=1&c=…&h=…&p=…&f=…``: short enough for a QR code a webcam reads
        off a laptop's screen. The station's name is not in it (the hub gives it when the
        code is used), which keeps the code small whatever the name."""
        query = {"v": VERSION, "c": self.code, "h": ",".join(self.hosts), "p": str(self.port)}
        if self.fingerprint:
            query["f"] = self.fingerprint
        return f"{SCHEME}://pair?{urlencode(query, quote_via=quote)}"

    @classmethod
    def parse(cls, text: str) -> PairingCode:
        """Read a pairing code (as scanned or pasted); PairingError when it is not one."""
        text = (text or "").strip()
        if len(text) > 2000:
            raise PairingError("This is not a Check-in pairing code (it is far too long).")
        parts = urlsplit(text)
        if parts.scheme != SCHEME or parts.netloc != "pair":
            raise PairingError("This is not a Check-in pairing code: it should start with "
                               "checkin://pair")
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if query.get("v") != VERSION:
            raise PairingError("This pairing code was made by another version of Check-in: "
                               "update the station or the hub.")
        hosts = tuple(h for h in query.get("h", "").split(",") if h)
        try:
            port = int(query.get("p", ""))
        except ValueError:
            port = 0
        code, fingerprint = query.get("c", ""), query.get("f", "").lower()
        if not hosts or not 0 < port < 65536 or not code:
            raise PairingError("This pairing code is incomplete (no address, port or code).")
        if fingerprint and (len(fingerprint) != 64 or
                            any(c not in "0123456789abcdef" for c in fingerprint)):
            raise PairingError("This pairing code's certificate fingerprint is damaged.")
        return cls(hosts, port, code, fingerprint, query.get("n", "").strip())


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _digest(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode("ascii", "replace")).hexdigest()


def _new_code() -> str:
    # Crockford base 32 in groups: easy to read aloud or type if a camera fails.
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    number = int.from_bytes(secrets.token_bytes(CODE_BYTES), "big")
    chars = []
    for _ in range(CODE_BYTES * 8 // 5):
        number, digit = divmod(number, 32)
        chars.append(alphabet[digit])
    raw = "".join(chars)
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def new_enrolment(store: Store, name: str, role: Role | str = Role.DOOR, *,
                  ttl: timedelta = TTL, now: datetime | None = None) -> Enrolment:
    """A one-time enrolment for the station ``name``; its code is in the returned record
    only (the hub keeps the hash)."""
    name = " ".join(str(name).split())
    role = role if isinstance(role, Role) else Role.parse(role)
    if not name:
        raise PairingError('A station to pair needs a name, e.g. "Auditorium – porte A".')
    if len(name) > tokens.MAX_NAME or not name.isprintable():
        raise PairingError(f"A station's name is at most {tokens.MAX_NAME} printable "
                           "characters.")
    code = _new_code()
    now = now or utcnow()
    record = Enrolment(str(uuidlib.uuid4()), name, role, now + ttl, code)
    with store.transaction() as db:
        db.table("hub_enrolments").insert({
            "id": record.id, "name": name, "role": role.value, "code_hash": _digest(code),
            "created_at": to_iso(now), "expires_at": to_iso(record.expires_at),
        }, pk="id")
    return record


def _spend(store: Store, code_hash: str, stamp: str, station_id: str) -> dict | None:
    """Mark the enrolment used (if it was not) and return its row, in one transaction: two
    stations racing with one code get one token between them."""
    with store.transaction() as db:
        db.execute("update hub_enrolments set used_at = ?, used_by = ? where code_hash = ? "
                   "and used_at is null", [stamp, station_id, code_hash])
        rows = list(db.query("select * from hub_enrolments where code_hash = ?", [code_hash]))
    return rows[0] if rows else None


def pending(store: Store, *, now: datetime | None = None) -> list[Enrolment]:
    """Enrolments not used and not expired, newest first (the hub page lists them)."""
    now = now or utcnow()
    rows = store.query("select * from hub_enrolments where used_at is null and expires_at > ?"
                       " order by created_at desc", [to_iso(now)])
    return [Enrolment(r["id"], r["name"], Role.parse(r["role"]), from_iso(r["expires_at"]))
            for r in rows]


def redeem(store: Store, code: str, station_id: str, *,
           now: datetime | None = None) -> tuple[tokens.StationToken, str]:
    """Trade an enrolment code for a new station token (record, token). Refused with a
    PairingError when the code is unknown, used or expired. The code is spent even when the
    token cannot be made, so it can never be tried twice."""
    now = now or utcnow()
    if not code or len(code) > 64:
        raise PairingError("This pairing code is not known to the hub.")
    row = _spend(store, _digest(code), to_iso(now), station_id)
    if row is None:
        raise PairingError("This pairing code is not known to the hub: make a new one.")
    if row["used_at"] != to_iso(now) or row["used_by"] != station_id:
        raise PairingError("This pairing code has already been used: make a new one.")
    if from_iso(row["expires_at"]) < now:
        raise PairingError("This pairing code has expired (codes last ten minutes): make a "
                           "new one.")
    for old in tokens.list_tokens(store):
        if old.name == row["name"] and not old.revoked:
            tokens.revoke(store, old.id)
    record, token = tokens.add(store, row["name"], row["role"])
    if station_id:
        record = tokens.bind(store, record, station_id)
    return record, token


def pairing_code(enrolment: Enrolment, hosts: list[str] | tuple[str, ...], port: int,
                 fingerprint: str) -> PairingCode:
    return PairingCode(tuple(hosts), port, enrolment.code, fingerprint, enrolment.name)
