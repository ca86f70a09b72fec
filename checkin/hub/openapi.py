"""The hub's OpenAPI 3.1 description.

Every schema in it is generated from the declared models the hub checks requests with and
answers through (:mod:`checkin.sync.records`), so the description and the checks cannot drift.
Only the list of paths is written here, beside the routes it describes (``tests/hub`` checks
that every route is here and every path here is a route; schemathesis checks the hub's
answers against it).
"""

from __future__ import annotations

from functools import cache

from pydantic.json_schema import models_json_schema

from checkin import __version__
from checkin.sync import records

REF = "#/components/schemas/{model}"

# Everything the paths name; the records they hold come along as $refs.
_MODELS = (
    records.Error, records.Health, records.ChangesPage, records.PushRequest,
    records.PushResponse, records.Bundle, records.MergeReport, records.TokenList,
    records.NewToken, records.MadeToken, records.RevokedToken, records.PushRefusal,
    records.BundleRefusal, records.EnrolRequest, records.Enrolled,
)


def _ref(model) -> dict:
    return {"$ref": REF.format(model=model.__name__)}


def _json_body(model, description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": _ref(model)}}}


_ERROR = _json_body(records.Error, "Refused; the body says why in words, and which field.")


def _errors(*codes: int) -> dict:
    return {str(code): _ERROR for code in codes}


def _query_parameters(model) -> list[dict]:
    schema = model.model_json_schema(ref_template=REF)
    out = []
    for name, prop in schema["properties"].items():
        prop = dict(prop)
        description = prop.pop("description", "")
        prop.pop("title", None)
        parameter = {"name": name, "in": "query", "required": False, "schema": prop}
        if description:
            parameter["description"] = description
        out.append(parameter)
    return out


@cache
def _components() -> dict:
    _, top = models_json_schema([(m, "validation") for m in _MODELS], ref_template=REF)
    return top["$defs"]


def schema() -> dict:
    auth: list[dict[str, list[str]]] = [{"station_token": []}]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Check-in venue hub",
            "version": __version__,
            "description": "The sync server the stations of one venue pull from and push "
            "to. See docs/sync-protocol.md. Tokens have a role: door, desk or organiser.",
        },
        "components": {
            "schemas": _components(),
            "securitySchemes": {
                "station_token": {"type": "http", "scheme": "bearer",
                                  "description": "one token per station, with a role (door, desk, "
                                  "organiser): checkin hub token add NAME --role ROLE"},
            },
        },
        "paths": {
            "/api/v1/health": {
                "get": {
                    "summary": "Is the hub up (no token needed)",
                    "responses": {"200": _json_body(records.Health, "up")},
                }
            },
            "/api/v1/changes": {
                "get": {
                    "summary": "Records changed since a cursor, ordered by server sequence; "
                    "a door token gets people without e-mail or phone",
                    "security": auth,
                    "parameters": _query_parameters(records.ChangesQuery),
                    "responses": {
                        "200": _json_body(records.ChangesPage, "one page"),
                        **_errors(400, 401, 403),
                    },
                }
            },
            "/api/v1/push": {
                "post": {
                    "summary": "Push check-ins, voids and attendees; idempotent per key. A "
                    "malformed item makes the answer a 422 naming its field; every item is "
                    "still answered and the others are taken",
                    "security": auth,
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref(records.PushRequest)}}},
                    "responses": {
                        "200": _json_body(records.PushResponse, "one result per item, in order"),
                        "422": _json_body(records.PushRefusal, "some items were malformed; "
                                          "every item is still answered, the others taken"),
                        **_errors(400, 401, 403, 413),
                    },
                }
            },
            "/api/v1/bundle": {
                "post": {
                    "summary": "Merge a station bundle (the USB-stick file); idempotent",
                    "security": auth,
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref(records.Bundle)}}},
                    "responses": {
                        "200": _json_body(records.MergeReport, "what was new"),
                        "422": _json_body(records.BundleRefusal, "some records were "
                                          "malformed and left out; the others went in"),
                        **_errors(400, 401, 403, 413),
                    },
                }
            },
            "/api/v1/tokens": {
                "get": {
                    "summary": "The stations' tokens (an organiser token)",
                    "security": auth,
                    "responses": {
                        "200": _json_body(records.TokenList, "every token, live or revoked"),
                        **_errors(401, 403),
                    },
                },
                "post": {
                    "summary": "Make a token for a station, shown once (an organiser token)",
                    "security": auth,
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref(records.NewToken)}}},
                    "responses": {
                        "201": _json_body(records.MadeToken, "made; 'secret' is the token"),
                        **_errors(400, 401, 403, 409, 413, 422),
                    },
                },
            },
            "/api/v1/tokens/{token_id}/revoke": {
                "post": {
                    "summary": "Revoke a token (an organiser token; not the one asking)",
                    "security": auth,
                    "parameters": [{"name": "token_id", "in": "path", "required": True,
                                    "schema": {"type": "string"}}],
                    "responses": {
                        "200": _json_body(records.RevokedToken, "revoked"),
                        **_errors(401, 403, 404, 409),
                    },
                },
            },
            "/api/v1/enrol": {
                "post": {
                    "summary": "A new station trades a one-time pairing code for its own token "
                    "(no token needed; a code works once, for ten minutes)",
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref(records.EnrolRequest)}}},
                    "responses": {
                        "201": _json_body(records.Enrolled, "paired"),
                        **_errors(400, 403, 413, 422),
                    },
                },
            },
            "/openapi.json": {
                "get": {"summary": "This description",
                        "responses": {"200": {"description": "OpenAPI 3.1", "content": {
                            "application/json": {"schema": {"type": "object"}}}}}}
            },
        },
    }
