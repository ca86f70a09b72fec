"""One bearer token per station, stored hashed, revocable, each with a role.

A token is 32 random bytes (URL-safe base 64), shown once when it is made. The hub keeps only
its SHA-256: a token that random needs no slow hash, and a copied hub database gives nobody a
way in.

Roles, from the least to the most trusted (:class:`Role`):

- ``door``: scans. It pulls the list without e-mail addresses or phone numbers, pushes its
  check-ins and undoes only its own station's; it cannot change people.
- ``desk``: the reception desk. Everything a door does, plus people's details (walk-ins,
  corrections) and undoing any check-in.
- ``organiser``: everything a desk does, plus the programme and the tokens themselves.

A door token belongs to the first station that uses it (:func:`bind`): another station
presenting it is refused, so a copied door token cannot undo that door's check-ins from
elsewhere without the organiser seeing a second station.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from checkin.model import from_plain, plain, to_iso, utcnow
from checkin.store import Store


class TokenError(LookupError):
    """No such token name, the name is already taken, or an unknown role."""


class Role(str, Enum):
    DOOR = "door"
    DESK = "desk"
    ORGANISER = "organiser"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def allows(self, needed: Role) -> bool:
        """A token of this role may do what ``needed`` may."""
        return self.rank >= needed.rank

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            names = ", ".join(r.value for r in cls)
            raise TokenError(f"Unknown role {text!r}: one of {names}.") from None


_RANKS = {Role.DOOR: 0, Role.DESK: 1, Role.ORGANISER: 2}

MAX_NAME = 80
MAX_TOKEN = 200  # ours are 43 characters; anything much longer is not one of ours


@dataclass(frozen=True)
class StationToken:
    id: str
    name: str
    created_at: datetime
    revoked_at: datetime | None = None
    last_seen: datetime | None = None
    station_id: str = ""
    role: Role = Role.DOOR

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def allows(self, needed: Role) -> bool:
        return self.role.allows(needed)

    def as_dict(self) -> dict[str, Any]:
        """As the hub's ``/api/v1/tokens`` lists it (never the token or its hash)."""
        return plain(self)


def digest(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8", "surrogatepass")).hexdigest()


def _record(r: dict) -> StationToken:
    try:
        role = Role(r.get("role") or Role.DESK.value)
    except ValueError:  # written by something else: trust it least
        role = Role.DOOR
    return from_plain(StationToken, {**r, "role": role})


def add(store: Store, name: str, role: Role | str = Role.DOOR) -> tuple[StationToken, str]:
    """A new token for the station ``name``; returns the record and the token (shown once)."""
    # The records' models (pydantic) only when a token is made: the window imports this module
    # at launch for its hub page, and needs them no sooner.
    from checkin.sync import records

    role = role if isinstance(role, Role) else Role.parse(role)
    try:  # the same rule as the hub's POST /api/v1/tokens
        name = " ".join(records.parse(records.NewToken, {"name": name}).name.split())
    except records.RecordError:
        name = str(name).strip()
        if not name:
            raise TokenError("A station token needs a name, e.g. \"Door A\".") from None
        raise TokenError(f"A token's name is at most {MAX_NAME} characters, with no control "
                         "characters.") from None
    live = [t for t in list_tokens(store) if t.name == name and not t.revoked]
    if live:
        raise TokenError(f"A token named {name!r} exists already; revoke it first.")
    token = secrets.token_urlsafe(32)
    record = StationToken(str(uuidlib.uuid4()), name, utcnow(), role=role)
    with store.transaction() as db:
        db.table("hub_tokens").insert({**plain(record, row=True), "token_hash": digest(token)},
                                      pk="id")
    return record, token


def list_tokens(store: Store) -> list[StationToken]:
    return [_record(r) for r in store.query("select * from hub_tokens order by created_at")]


def find(store: Store, token_id: str) -> StationToken | None:
    rows = store.query("select * from hub_tokens where id = ?", [token_id])
    return _record(rows[0]) if rows else None


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
            [to_iso(utcnow()), station_id or token.station_id, token.id],
        )


def bind(store: Store, token: StationToken, station_id: str) -> StationToken:
    """A door token is held by one station: the first to use it. Returns the token as bound;
    raises :class:`TokenError` when another station presents it. Desk and organiser tokens
    are not bound (an organiser's laptop and the hub's own page may share one)."""
    if token.role is not Role.DOOR or not station_id:
        return token
    if token.station_id and token.station_id != station_id:
        raise TokenError(
            f"The token {token.name!r} belongs to another station; ask the organiser for a "
            "token of this station's own."
        )
    if not token.station_id:
        with store.transaction() as db:
            # Only if still unbound: two first requests racing bind one station, not both.
            db.execute(
                "update hub_tokens set station_id = ? where id = ? and"
                " coalesce(station_id, '') = ''",
                [station_id, token.id],
            )
        again = find(store, token.id)
        if again is None or again.station_id != station_id:
            raise TokenError(
                f"The token {token.name!r} belongs to another station; ask the organiser "
                "for a token of this station's own."
            )
        return again
    return token
