"""The pretix backend: an event sold with pretix, checked in with this application.

pretix's REST API (``/api/v1/organizers/{o}/events/{e}/…``, a team API token) is mapped onto
our records:

* the event → :class:`~checkin.model.Event`; each **check-in list** → a
  :class:`~checkin.model.Session` (``pretix-list-<id>``); a list limited to some products is a
  session with ``registration_required``, and the people whose product it admits have it in
  their ``workshops``, so the door refuses the others offline as pretix would ("product");
* each **order position** of an admission product → an :class:`~checkin.model.Attendee`
  (``pretix-<position id>``) whose badge token is the position's ``secret``, kept as it is
  (:func:`checkin.tokens.parse` classifies it as FOREIGN and the door matches it exactly);
  canceled orders and positions, and blocked tickets, become cancelled registrations;
* check-ins made in pretix (its own scanning apps, other stations) → our check-ins, with a
  UUID derived from pretix's id, so pulling them again changes nothing; check-ins annulled in
  pretix → voids.

Pulls are incremental: orders through ``modified_since`` (from the time pretix stamped on the
first page of the previous round, ``X-Page-Generated``), check-ins through ``created_since``.
One round is several pages, each one :class:`~checkin.sync.base.PullResult`: the structure
(event, lists, products; sent on only when it changed), the orders page by page, then the new
check-ins. The cursor is a small JSON document the engine stores after each page.

Pushes use pretix's redeem endpoint (``/organizers/{o}/checkinrpc/redeem/``, or the older
per-list ``…/checkinlists/{list}/positions/{secret}/redeem/`` on a server without it) with
``force: true`` (the door already decided, offline), the check-in's UUID as ``nonce`` (pretix
ignores a second redeem with the same nonce, so a retry never doubles), its original
``datetime`` and its ``type`` (entry or exit). An undo is pushed as an annulment by nonce.

pretix's refusal reasons are mapped to our outcomes by :func:`outcome_for`;
:meth:`PretixBackend.redeem` asks pretix itself (without force) when a station is online.

The package: :mod:`.backend` (the HTTP adapter and :func:`create`), :mod:`.records` (pretix's
records as ours, and the pull cursor) and :mod:`.reasons` (refusals and outcomes).
"""

from checkin.sync.pretix.backend import PretixBackend, create
from checkin.sync.pretix.reasons import PretixReason, RedeemResult, describe, outcome_for
from checkin.sync.pretix.records import attendee_id, list_id_of, session_id

__all__ = [
    "PretixBackend",
    "PretixReason",
    "RedeemResult",
    "attendee_id",
    "create",
    "describe",
    "list_id_of",
    "outcome_for",
    "session_id",
]
