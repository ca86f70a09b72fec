"""The store's edge: SQL, and writes to tables, live in the store (checkin/store.py, with its
migrations in checkin/schema.py, and the checks and backups of the file in checkin/dbcheck.py
and checkin/backup.py). Read-only report queries may live in checkin/reports/. The hub's own
tables (its change feed, its tokens, its pairing codes, its quarantine) are written by the
hub's modules that own them. Anywhere else, this test fails."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "checkin"

# the store, its migrations, and the checks and backups of the database file itself
STORE = {"store.py", "schema.py", "dbcheck.py", "backup.py"}
# The hub's own tables (hub_changes and its triggers, hub_tokens, hub_enrolments,
# hub_quarantine): the modules that own them.
HUB_TABLES = {"hub/feed.py", "hub/tokens.py", "hub/pairing.py", "hub/quarantine.py"}
READ_ONLY = "reports/"

_SQL = re.compile(
    r"^\s*(select\b.*\bfrom\b|insert\b.*\binto\b|update\s+\w+\s+set\b|delete\s+from\b|"
    r"replace\s+into\b|create\s+(table|index|trigger|view)\b|drop\s+(table|index|trigger)\b|"
    r"alter\s+table\b|pragma\s+\w+|begin\b|commit\b|with\s+\w+\s+as\s*\()",
    re.IGNORECASE | re.DOTALL,
)
_WRITE = re.compile(r"^\s*(insert|update|delete|replace|create|drop|alter|begin|commit)\b",
                    re.IGNORECASE)
_RAW_CALLS = {"query", "query_in", "execute", "executemany", "executescript"}


def _strings(tree: ast.AST):
    """String literals, f-strings' literal parts joined, docstrings left out."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
            yield node.lineno, text
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in docstrings):
            yield node.lineno, node.value


def _findings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for line, text in _strings(tree):
        if _SQL.match(text):
            yield line, "SQL", text.strip()[:60]
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in _RAW_CALLS):
            yield node.lineno, "call", f".{node.func.attr}(…)"
        if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
                and node.value.attr == "db"):
            yield node.lineno, "table", "db[…]"


def test_sql_and_table_writes_live_in_the_store():
    misplaced = []
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in STORE or name in HUB_TABLES:
            continue
        for line, what, text in _findings(path):
            if name.startswith(READ_ONLY):
                if what == "SQL" and not _WRITE.match(text):
                    continue  # a read-only report query
                if what == "call":
                    continue  # reading: the SQL it runs is checked above
            misplaced.append(f"checkin/{name}:{line}: {what} {text}")
    assert not misplaced, "SQL or table writes outside the store:\n" + "\n".join(misplaced)


def test_the_check_finds_what_it_looks_for(tmp_path):
    """The test above can fail: each kind of finding is found in a file made for it."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        'def f(store):\n'
        '    """select a from b (a docstring: not SQL)"""\n'
        '    store.query("select id from attendees")\n'
        '    store.db["outbox"].insert({})\n'
        '    table = "x"\n'
        '    return f"insert into {table} values (1)"\n',
        encoding="utf-8",
    )
    found = {(line, what) for line, what, _ in _findings(sample)}
    assert found == {(3, "SQL"), (3, "call"), (4, "table"), (6, "SQL")}
