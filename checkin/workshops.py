"""Session ids from what people write in an attendee list's workshops cell: an id, a whole
name in French or English, or a part of a name that only one workshop has ("Absorption").

Used by the attendee import (:mod:`checkin.importer`) and, for lists imported before their
programme, when the programme arrives (:mod:`checkin.programme`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checkin.import_columns import header_key
from checkin.model import Session

SPLIT = re.compile(r"[;|\n,]+")


class UnknownWorkshop(ValueError):
    """A workshop named in the cell matches no session, or several; the message says which."""


class WorkshopNames:
    def __init__(self, sessions: Sequence[Session]):
        sessions = [s for s in sessions if not s.removed]
        self.exact: dict[str, set[str]] = {}
        self.names: list[tuple[str, str]] = []  # (folded name, id) of workshops only
        workshops = [s for s in sessions if s.registration_required] or list(sessions)
        for s in sessions:
            for name in {s.id, s.name_fr, s.name_en}:
                if name:
                    self.exact.setdefault(header_key(name), set()).add(s.id)
        for s in workshops:
            for name in {s.id, s.name_fr, s.name_en}:
                if name:
                    self.names.append((f" {header_key(name)} ", s.id))
        self._found: dict[str, set[str]] = {}  # a list names the same workshops again and again

    def __bool__(self) -> bool:
        return bool(self.exact)

    def ids(self, text: str) -> tuple[str, ...]:
        """The session ids the cell names, in its order; raises :class:`UnknownWorkshop`."""
        found: list[str] = []
        for item in SPLIT.split(text):
            key = header_key(item)
            if not key:
                continue
            ids = self.exact.get(key) or self._part(key)
            if len(ids) != 1:
                why = "matches several sessions" if ids else "no such session"
                raise UnknownWorkshop(f"{item.strip()!r}: {why}")
            (session_id,) = ids
            if session_id not in found:
                found.append(session_id)
        return tuple(found)

    def _part(self, key: str) -> set[str]:
        """The workshops whose name holds these words ("absorption")."""
        ids = self._found.get(key)
        if ids is None:
            ids = self._found[key] = {i for name, i in self.names if f" {key} " in name}
        return ids
