"""Errors: known failures of the database told apart from bugs by SQLite's error code; the
reception's own errors under one base; no handler that catches LookupError wholesale, and no
error thrown away with ``on_error=lambda e: None``."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from checkin.reception import NoEvent, ReceptionError, UnknownSession
from checkin.store import Store, StoreError, explain

ROOT = Path(__file__).resolve().parents[1] / "checkin"


def sqlite_error(code: int, message: str = "whatever the words") -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize("code, words", [
    (sqlite3.SQLITE_FULL, "disk is full"),
    (sqlite3.SQLITE_IOERR | (3 << 8), "disk is full or failing"),  # an extended I/O code
    (sqlite3.SQLITE_BUSY, "locked by another program"),
    (sqlite3.SQLITE_READONLY, "read-only"),
    (sqlite3.SQLITE_CANTOPEN, "cannot be opened"),
    (sqlite3.SQLITE_NOTADB, "not a Check-in database"),
    (sqlite3.SQLITE_CORRUPT, "damaged"),
])
def test_known_failures_by_their_code_not_their_words(code, words):
    # The message says nothing the old word matching knew: the code alone decides.
    assert words in str(explain(sqlite_error(code), "station.db"))


def test_anything_else_is_a_bug_and_stays_one(tmp_path):
    assert explain(sqlite_error(sqlite3.SQLITE_ERROR, "database is locked")) is None
    store = Store(tmp_path / "station.db")
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            store.query("selec nothing")  # a typo in our SQL: a bug, not "a locked disk"
        assert not isinstance(caught.value, StoreError)
        with pytest.raises(sqlite3.IntegrityError):
            with store.transaction() as db:  # two outbox rows with one id: a bug
                db.execute("insert into outbox (id, kind, ref, created_at) values (1, 'x', 'y', 'z')")
                db.execute("insert into outbox (id, kind, ref, created_at) values (1, 'x', 'y', 'z')")
    finally:
        store.close()


def test_the_reception_errors_share_a_base():
    assert issubclass(UnknownSession, ReceptionError) and issubclass(NoEvent, ReceptionError)


def _handlers():
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            yield path, node


def test_no_handler_catches_lookup_error_wholesale():
    found = []
    for path, node in _handlers():
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if any(isinstance(n, ast.Name) and n.id == "LookupError" for n in names):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "isinstance" and len(node.args) == 2):
            kinds = node.args[1]
            names = kinds.elts if isinstance(kinds, ast.Tuple) else [kinds]
            if any(isinstance(n, ast.Name) and n.id == "LookupError" for n in names):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "LookupError caught wholesale (catch ReceptionError or one kind): " + \
        ", ".join(found)


def test_no_error_is_thrown_away():
    found = []
    for path, node in _handlers():
        if isinstance(node, ast.keyword) and node.arg == "on_error" and isinstance(
                node.value, ast.Lambda):
            body = node.value.body
            if isinstance(body, ast.Constant) and body.value is None:
                found.append(f"{path.relative_to(ROOT)}:{node.value.lineno}")
    assert not found, "on_error=lambda e: None: " + ", ".join(found)
