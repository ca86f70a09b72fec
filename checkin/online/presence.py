"""Who came to each session, and how: in the room (any entry but online), online (a check-in
with the method "online", from a meeting platform's participants report), or both.

The one place that splits a session's people so: the dashboard, the exports, the funders'
sheet and the certificates all read it (through :func:`checkin.reports.data.load_attendance`
and :func:`checkin.reports.stats.dashboard`). Light on purpose (the model and the store
only): the window's dashboard imports it when it opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checkin.store import Store


@dataclass(frozen=True)
class Presence:
    """The people of one session: in the room (any entry but online), online, or both. A
    person present both ways counts once: :attr:`everyone`."""

    session_id: str
    onsite: frozenset[str]
    online: frozenset[str]

    @property
    def both(self) -> frozenset[str]:
        return self.onsite & self.online

    @property
    def online_only(self) -> frozenset[str]:
        return self.online - self.onsite

    @property
    def everyone(self) -> frozenset[str]:
        return self.onsite | self.online


def presence(store: Store, sessions: Sequence[str] | None = None) -> dict[str, Presence]:
    """Per session id, who came on site and who online (valid entries; undone ones not)."""
    onsite: dict[str, set[str]] = {}
    online: dict[str, set[str]] = {}
    rows = store.entry_ways()
    for attendee_id, session_id, remote in rows:
        (online if remote else onsite).setdefault(session_id, set()).add(attendee_id)
    ids = list(sessions) if sessions is not None else sorted(onsite.keys() | online.keys())
    return {sid: Presence(sid, frozenset(onsite.get(sid, ())), frozenset(online.get(sid, ())))
            for sid in ids}
