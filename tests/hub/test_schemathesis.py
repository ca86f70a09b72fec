"""schemathesis against the real hub over HTTP, from the OpenAPI schema the hub serves
(generated from the same models it checks with): every operation, a fixed small number of
generated requests each (valid and invalid ones), no shrinking time wasted on success.
Fails on any 5xx, any undocumented status code, and any answer that does not match the
schema."""

from __future__ import annotations

import copy
import os
import secrets
from datetime import datetime, timedelta

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings

from checkin.hub import tokens
from checkin.hub.openapi import schema as hub_schema
from checkin.hub.server import ThreadedHub
from checkin.hub.tokens import Role

# Generated requests per operation (9 operations), plus schemathesis' own edge cases; the
# same ones every run. CHECKIN_FUZZ_EXAMPLES=2000 runs a longer, random campaign by hand.
EXAMPLES = int(os.environ.get("CHECKIN_FUZZ_EXAMPLES", "20"))
RANDOM = "CHECKIN_FUZZ_EXAMPLES" in os.environ

schema = schemathesis.openapi.from_dict(hub_schema())
# The running hub's organiser token, known before the hub exists: schemathesis builds some
# requests while collecting.
TOKEN = secrets.token_urlsafe(32)


@schema.auth()
class OrganiserToken:
    """Every generated request carries a live organiser token (so every operation is reached);
    schemathesis still sends requests without it to check the 401s."""

    def get(self, case, context):
        return TOKEN

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def consistent(body):
    """Rules between fields, which no JSON schema can say, kept by the generated pushes so
    that well-formed ones are well-formed all through: an item's key is its record's id, a
    session ends after it starts, an event's last day is not before its first."""
    items = body.get("items") if isinstance(body, dict) else None
    for item in items if isinstance(items, list) else ():
        record = item.get("record") if isinstance(item, dict) else None
        if not isinstance(record, dict):
            continue
        own = record.get("uuid" if item.get("kind") in ("checkin", "void", "loan") else "id")
        if isinstance(own, str) and isinstance(item.get("key"), str):
            item["key"] = own
        _in_order(record, "starts_at", "ends_at", timedelta(hours=1))
        _in_order(record, "start_date", "end_date", timedelta(0))
    return body


def _in_order(record: dict, first: str, last: str, gap: timedelta) -> None:
    try:
        start = datetime.fromisoformat(record[first].replace("Z", "+00:00"))
        end = datetime.fromisoformat(record[last].replace("Z", "+00:00"))
    except (KeyError, TypeError, ValueError, AttributeError):
        return
    try:
        if end <= start if gap else end < start:
            record[last] = (start + gap).isoformat()
    except TypeError:  # one aware, one naive
        return


SENT: dict[str, int] = {}  # requests sent per operation (shown with -s)


@pytest.fixture(scope="module", autouse=True)
def count_requests():
    yield
    print(f"\nschemathesis: {sum(SENT.values())} requests over {len(SENT)} operations: "
          + ", ".join(f"{label} {n}" for label, n in sorted(SENT.items())))


@pytest.fixture
def running_hub(small_event):
    record, _ = tokens.add(small_event, "Fuzz organiser", Role.ORGANISER)
    with small_event.transaction() as db:  # give it the token known in advance
        db.execute("update hub_tokens set token_hash = ? where id = ?",
                   [tokens.digest(TOKEN), record.id])
    with ThreadedHub(small_event) as hub:
        yield hub


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck), derandomize=not RANDOM)
def test_the_hub_answers_every_generated_request_as_its_schema_says(case, running_hub):
    SENT[case.operation.label] = SENT.get(case.operation.label, 0) + 1
    if isinstance(case.body, dict):  # every phase, explicit examples too (hooks skip those)
        case.body = consistent(copy.deepcopy(case.body))
    case.call_and_validate(base_url=running_hub.url, timeout=10)
