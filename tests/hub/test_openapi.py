"""The OpenAPI document served by the hub describes exactly its routes."""

from __future__ import annotations

import httpx

from checkin.hub.app import create_app


def test_schema_matches_the_routes(hub, hub_store):
    doc = httpx.get(f"{hub.url}/openapi.json", timeout=5).json()
    assert doc["openapi"].startswith("3.")
    described = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    app = create_app(hub_store)
    served = {(r.path, m) for r in app.routes for m in r.methods if m != "HEAD"}
    assert described == served
    # every $ref points at a schema that exists
    text = str(doc)
    import re

    for name in re.findall(r"#/components/schemas/(\w+)", text):
        assert name in doc["components"]["schemas"]


def test_health_needs_no_token(hub):
    body = httpx.get(f"{hub.url}/api/v1/health", timeout=5).json()
    assert body["status"] == "ok" and body["server_time"].endswith("Z")
