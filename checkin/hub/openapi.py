"""The hub's OpenAPI 3.1 description, written by hand beside the endpoints it describes
(``tests/hub`` checks that every route is here and every path here is a route)."""

from __future__ import annotations

from checkin import __version__
from checkin.model import RegistrationStatus


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _list(name: str) -> dict:
    return {"type": "array", "items": _ref(name)}


_TIME = {"type": "string", "format": "date-time", "description": "UTC, ISO 8601"}
_ERROR = {
    "description": "Refused; the body says why in words.",
    "content": {"application/json": {"schema": _ref("Error")}},
}

SCHEMAS = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
    "Event": {
        "type": "object",
        "required": ["id", "code", "start_date", "end_date"],
        "properties": {
            "id": {"type": "string"}, "code": {"type": "string"},
            "title_fr": {"type": "string"}, "title_en": {"type": "string"},
            "timezone": {"type": "string"},
            "start_date": {"type": "string", "format": "date"},
            "end_date": {"type": "string", "format": "date"},
            "venue": {"type": "string"}, "organiser": {"type": "string"},
            "badge_settings": {"type": "object"},
        },
    },
    "Session": {
        "type": "object",
        "required": ["id", "name_fr", "starts_at", "ends_at"],
        "properties": {
            "id": {"type": "string"}, "event_id": {"type": "string"},
            "name_fr": {"type": "string"}, "name_en": {"type": "string"},
            "starts_at": _TIME, "ends_at": _TIME, "room": {"type": "string"},
            "capacity": {"type": ["integer", "null"]},
            "categories": {"type": "array", "items": {"type": "string"}},
            "registration_required": {"type": "boolean"},
            "allow_multiple_entries": {"type": "boolean"},
            "allow_entry_after_exit": {"type": "boolean"},
            "accept_unpaid": {"type": "boolean"},
            "rules": {"type": "string"},
            "admission_at": {**_TIME, "type": ["string", "null"]},
            "removed": {"type": "boolean",
                        "description": "taken out of the programme (a tombstone)"},
        },
    },
    "Attendee": {
        "type": "object",
        "required": ["id", "token"],
        "properties": {
            **{k: {"type": "string"} for k in (
                "id", "event_id", "token", "first_name", "last_name", "organisation",
                "country", "category", "language", "email", "phone", "reg_no",
                "notes", "origin", "door_note", "product", "variation")},
            "status": {"type": "string", "enum": [s.value for s in RegistrationStatus]},
            "attention": {"type": "boolean"},
            "valid_from": {**_TIME, "type": ["string", "null"]},
            "valid_until": {**_TIME, "type": ["string", "null"]},
            "workshops": {"type": "array", "items": {"type": "string"}},
            "badge_printed_at": {**_TIME, "type": ["string", "null"]},
            "updated_at": {**_TIME, "type": ["string", "null"]},
        },
    },
    "CheckIn": {
        "type": "object",
        "required": ["uuid", "attendee_id", "session_id", "at", "method"],
        "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "attendee_id": {"type": "string"}, "session_id": {"type": "string"},
            "station_id": {"type": "string"}, "at": _TIME,
            "method": {"enum": ["camera", "scanner", "search", "walk-in", "manual"]},
            "direction": {"enum": ["entry", "exit"]},
            "override": {"type": "boolean"}, "voided": {"type": "boolean"},
        },
    },
    "Void": {
        "type": "object",
        "required": ["uuid", "checkin_uuid", "at"],
        "properties": {
            "uuid": {"type": "string"}, "checkin_uuid": {"type": "string"},
            "station_id": {"type": "string"}, "at": _TIME,
        },
    },
    "Station": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"}, "name": {"type": "string"},
            "last_seen": {**_TIME, "type": ["string", "null"]}, "pending": {"type": "integer"},
        },
    },
    "ChangesPage": {
        "type": "object",
        "required": ["since", "next", "more", "count", "server_time"],
        "properties": {
            "since": {"type": "integer"},
            "next": {"type": "integer", "description": "the cursor for the next pull"},
            "more": {"type": "boolean", "description": "another page is waiting"},
            "count": {"type": "integer", "description": "records in this page (a check "
                      "against truncation)"},
            "server_time": _TIME,
            "event": {"oneOf": [_ref("Event"), {"type": "null"}]},
            "sessions": _list("Session"), "attendees": _list("Attendee"),
            "checkins": _list("CheckIn"), "voids": _list("Void"),
            "stations": _list("Station"),
        },
    },
    "PushItem": {
        "type": "object",
        "required": ["kind", "key", "record"],
        "properties": {
            "kind": {"enum": ["checkin", "void", "attendee", "session", "event"],
                     "description": "session and event: organiser tokens only"},
            "key": {"type": "string", "description": "idempotency key: the record's uuid or id"},
            "record": {"oneOf": [_ref("CheckIn"), _ref("Void"), _ref("Attendee"),
                                 _ref("Session"), _ref("Event")]},
        },
    },
    "PushRequest": {
        "type": "object",
        "required": ["items"],
        "properties": {"station": _ref("Station"), "items": _list("PushItem")},
    },
    "ItemResult": {
        "type": "object",
        "required": ["kind", "key", "outcome"],
        "properties": {
            "kind": {"type": "string"}, "key": {"type": "string"},
            "outcome": {"enum": ["accepted", "duplicate", "rejected", "retry"]},
            "reason": {"type": "string"},
        },
    },
    "PushResponse": {
        "type": "object",
        "required": ["results"],
        "properties": {"results": _list("ItemResult"), "next": {"type": "integer"}},
    },
    "Bundle": {
        "type": "object",
        "required": ["format", "version"],
        "properties": {
            "format": {"const": "checkin-bundle"}, "version": {"const": 1},
            "exported_at": _TIME, "station": _ref("Station"), "stations": _list("Station"),
            "attendees": _list("Attendee"), "checkins": _list("CheckIn"),
            "voids": _list("Void"),
        },
    },
    "Token": {
        "type": "object",
        "required": ["id", "name", "role"],
        "properties": {
            "id": {"type": "string"}, "name": {"type": "string"},
            "role": {"enum": ["door", "desk", "organiser"]},
            "created_at": _TIME, "revoked_at": {**_TIME, "type": ["string", "null"]},
            "last_seen": {**_TIME, "type": ["string", "null"]},
            "station_id": {"type": "string"},
        },
    },
    "NewToken": {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80},
                       "role": {"enum": ["door", "desk", "organiser"], "default": "door"}},
    },
    "MergeReport": {
        "type": "object",
        "properties": {k: {"type": "integer"} for k in (
            "checkins", "voids", "attendees", "stations", "checkins_seen", "refused")},
    },
}


def schema() -> dict:
    auth = [{"station_token": []}]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Check-in venue hub",
            "version": __version__,
            "description": "The sync server the stations of one venue pull from and push "
            "to. See docs/sync-protocol.md.",
        },
        "components": {
            "schemas": SCHEMAS,
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
                    "responses": {"200": {"description": "up", "content": {"application/json": {
                        "schema": {"type": "object", "properties": {
                            "status": {"type": "string"}, "version": {"type": "string"},
                            "server_time": _TIME}}}}}},
                }
            },
            "/api/v1/changes": {
                "get": {
                    "summary": "Records changed since a cursor, ordered by server sequence",
                    "security": auth,
                    "parameters": [
                        {"name": "since", "in": "query", "schema": {"type": "integer",
                         "minimum": 0, "default": 0}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer",
                         "minimum": 1, "maximum": 5000, "default": 1000}},
                        {"name": "station", "in": "query", "schema": {"type": "string"},
                         "description": "the pulling station's id (heartbeat)"},
                        {"name": "name", "in": "query", "schema": {"type": "string"}},
                        {"name": "pending", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {"description": "one page", "content": {
                            "application/json": {"schema": _ref("ChangesPage")}}},
                        "400": _ERROR, "401": _ERROR,
                    },
                }
            },
            "/api/v1/push": {
                "post": {
                    "summary": "Push check-ins, voids, attendees and programme changes; idempotent "
                               "per key",
                    "security": auth,
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref("PushRequest")}}},
                    "responses": {
                        "200": {"description": "one result per item, in order", "content": {
                            "application/json": {"schema": _ref("PushResponse")}}},
                        "400": _ERROR, "401": _ERROR, "413": _ERROR,
                    },
                }
            },
            "/api/v1/bundle": {
                "post": {
                    "summary": "Merge a station bundle (the USB-stick file); idempotent",
                    "security": auth,
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref("Bundle")}}},
                    "responses": {
                        "200": {"description": "what was new", "content": {
                            "application/json": {"schema": _ref("MergeReport")}}},
                        "400": _ERROR, "401": _ERROR, "413": _ERROR,
                    },
                }
            },
            "/api/v1/tokens": {
                "get": {
                    "summary": "The stations' tokens (an organiser token)",
                    "security": auth,
                    "responses": {
                        "200": {"description": "every token, live or revoked", "content": {
                            "application/json": {"schema": {"type": "object", "properties": {
                                "tokens": _list("Token")}}}}},
                        "401": _ERROR, "403": _ERROR,
                    },
                },
                "post": {
                    "summary": "Make a token for a station, shown once (an organiser token)",
                    "security": auth,
                    "requestBody": {"required": True, "content": {
                        "application/json": {"schema": _ref("NewToken")}}},
                    "responses": {
                        "201": {"description": "made; 'secret' is the token", "content": {
                            "application/json": {"schema": {"type": "object", "properties": {
                                "token": _ref("Token"), "secret": {"type": "string"}}}}}},
                        "401": _ERROR, "403": _ERROR, "409": _ERROR, "422": _ERROR,
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
                        "200": {"description": "revoked", "content": {"application/json": {
                            "schema": {"type": "object", "properties": {
                                "token": _ref("Token")}}}}},
                        "401": _ERROR, "403": _ERROR, "404": _ERROR, "409": _ERROR,
                    },
                },
            },
            "/api/v1/enrol": {
                "post": {
                    "summary": "A new station trades a one-time pairing code for its own token "
                    "(no token needed; a code works once, for ten minutes)",
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": {"type": "object", "required": ["code"], "properties": {
                            "code": {"type": "string", "minLength": 1, "maxLength": 64},
                            "station_id": {"type": "string", "maxLength": 64,
                                           "pattern": "^[A-Za-z0-9_-]*$"}}}}}},
                    "responses": {
                        "201": {"description": "paired", "content": {"application/json": {
                            "schema": {"type": "object", "properties": {
                                "token": {"type": "string"}, "name": {"type": "string"},
                                "role": {"type": "string",
                                         "enum": ["door", "desk", "organiser"]}}}}}},
                        "400": _ERROR, "403": _ERROR, "422": _ERROR,
                    },
                },
            },
            "/openapi.json": {
                "get": {"summary": "This description",
                        "responses": {"200": {"description": "OpenAPI 3.1"}}}
            },
        },
    }
