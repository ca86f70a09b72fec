"""One bearer token per station, stored hashed, revocable.

A token is 32 random bytes (URL-safe base 64), shown once when it is made. The hub keeps only
its SHA-256: a token that random needs no slow hash, and a copied hub database gives nobody a
way in.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime

from checkin.model import from_iso, to_iso, utcnow
from checkin.store import Store


class TokenError(LookupError):
    """No such token name, or the name is already taken."""


@dataclass(frozen=True)
class StationToken:
    id: str
    name: str
    created_at: datetime
    revoked_at: datetime | None = None
    last_seen: datetime | None = None
    station_id: str = ""

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def digest(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


def _record(r: dict) -> StationToken:
    return StationToken(
        r["id"], r["name"] or "", from_iso(r["created_at"]), from_iso(r["revoked_at"]),
        from_iso(r["last_seen"]), r["station_id"] or "",
    )


def add(store: Store, name: str) -> tuple[StationToken, str]:
    """A new token for the station ``name``; returns the record and the token (shown once)."""
    name = name.strip()
    if not name:
        raise TokenError("A station token needs a name, e.g. \"Door A\".")
    live = [t for t in list_tokens(store) if t.name == name and not t.revoked]
    if live:
        raise TokenError(f"A token named {name!r} exists already; revoke it first.")
    token = secrets.token_urlsafe(32)
    record = StationToken(str(uuidlib.uuid4()), name, utcnow())
    with store.transaction() as db:
        db["hub_tokens"].insert(
            {
                "id": record.id,
                "name": name,
                "token_hash": digest(token),
                "created_at": to_iso(record.created_at),
            },
            pk="id",
        )
    return record, token


def list_tokens(store: Store) -> list[StationToken]:
    return [_record(r) for r in store.query("select * from hub_tokens order by created_at")]


def revoke(store: Store, name_or_id: str) -> list[StationToken]:
    """Revoke the live tokens with this name (or this id); returns them."""
    found = [
        t for t in list_tokens(store)
        if (t.name == name_or_id or t.id == name_or_id) and not t.revoked
    ]
    if not found:
        raise TokenError(f"No live token named {name_or_id!r}.")
    stamp = to_iso(utcnow())
    with store.transaction() as db:
        for t in found:
            db.execute("update hub_tokens set revoked_at = ? where id = ?", [stamp, t.id])
    return found


def check(store: Store, token: str) -> StationToken | None:
    """The token's record when it is known (revoked or not), else None."""
    rows = store.query("select * from hub_tokens where token_hash = ?", [digest(token)])
    return _record(rows[0]) if rows else None


def seen(store: Store, token: StationToken, station_id: str) -> None:
    with store.transaction() as db:
        db.execute(
            "update hub_tokens set last_seen = ?, station_id = ? where id = ?",
            [to_iso(utcnow()), station_id, token.id],
        )
