"""What a Windows station needs that this Linux machine cannot show by running: file names that
Windows accepts, and no POSIX-only call on a path Windows takes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checkin.filenames import MAX_COMPONENT, RESERVED, ascii_name, safe_name
from checkin.model import Attendee
from checkin.reports.certificates import file_name

ROOT = Path(__file__).resolve().parents[1]
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def windows_accepts(name: str) -> bool:
    """Windows' own rules for one path component (Naming Files, Paths, and Namespaces)."""
    if not name or len(name) > 255:
        return False
    if any(ch in WINDOWS_FORBIDDEN for ch in name):
        return False
    if name.endswith((".", " ")):
        return False
    return name.split(".", 1)[0].strip().upper() not in RESERVED


@pytest.mark.parametrize("text", [
    "CON", "con.pdf", "Nul", "aux.tar.gz", "COM1", "lpt9.csv", "PRN ",
    "Plénière : ouverture?", "a/b\\c", "trailing dots...", "spaces   ", "...", "",
    "Atelier A – modèles d'absorption | délégation *", "x" * 400, "\x00\x1f tab\tname",
    "Salon des intervenants et officiels – journée 1 (matin) / 2025-02-03",
])
def test_safe_names_are_accepted_by_windows(text):
    name = safe_name(text)
    assert windows_accepts(name), repr(name)
    assert len(name) <= MAX_COMPONENT
    assert windows_accepts(ascii_name(text))


def test_safe_names_keep_what_is_already_safe():
    assert safe_name("presences_2025-02-03_pleniere-ouverture.pdf") == \
        "presences_2025-02-03_pleniere-ouverture.pdf"
    assert safe_name("Élodie Nkurunziza-Habonimana") == "Élodie Nkurunziza-Habonimana"
    assert ascii_name("Élodie N'Guessan") == "Elodie-N-Guessan"
    assert safe_name("CON") == "_CON" and safe_name("con.pdf") == "_con.pdf"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_name_windows_accepts(text):
    assert windows_accepts(safe_name(text))
    assert windows_accepts(ascii_name(text))


def test_certificate_file_names_are_safe_for_a_reserved_or_huge_name():
    person = Attendee("CON", "e", "TOKEN", "Nul" * 100, "Aux. ", "", "")
    name = file_name(person)
    assert windows_accepts(name) and name.endswith(".pdf") and len(name) < 140


# Calls that do not exist or do something else on Windows. Each allowed use names the guard
# that keeps Windows away from it.
POSIX_ONLY = re.compile(
    r"\b(os\.fork|os\.forkpty|os\.setsid|os\.killpg|os\.getuid|os\.geteuid|os\.getpgid|"
    r"os\.mkfifo|signal\.SIGKILL|signal\.SIGHUP|signal\.SIGUSR1|signal\.alarm|os\.chown)\b"
    r"|^\s*import (fcntl|termios|tty|pwd|grp|resource)\b|^\s*from (fcntl|termios|tty|pwd|grp)\b",
    re.M,
)
GUARDED = re.compile(r'os\.name\s*[!=]=\s*"(posix|nt)"|sys\.platform|hasattr\(os, ')


def test_no_posix_only_call_outside_a_platform_guard():
    """The package's code never calls a POSIX-only function except inside a block that tests
    the platform (``if os.name == "posix"``, ``sys.platform``, ``hasattr(os, …)``)."""
    offenders = []
    for path in sorted((ROOT / "checkin").rglob("*.py")):
        source = path.read_text("utf-8")
        tree = ast.parse(source)
        lines = source.splitlines()
        guarded_lines: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.If, ast.IfExp)) and GUARDED.search(ast.unparse(node.test)):
                guarded_lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
            if isinstance(node, ast.Try):  # `try: import fcntl / except ImportError`
                handlers = " ".join(ast.unparse(h.type) for h in node.handlers if h.type)
                if "ImportError" in handlers or "AttributeError" in handlers:
                    guarded_lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        for match in POSIX_ONLY.finditer(source):
            line = source.count("\n", 0, match.start()) + 1
            if line not in guarded_lines and not lines[line - 1].lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {lines[line - 1].strip()}")
    assert not offenders, "POSIX-only calls without a platform guard:\n" + "\n".join(offenders)


def test_chmod_is_only_used_where_windows_ignores_it_harmlessly():
    """os.chmod on Windows only toggles the read-only flag: a mode with the owner's write bit
    (0o600, 0o666, 0o700) is harmless there. Any other use must be looked at."""
    for path in sorted((ROOT / "checkin").rglob("*.py")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            found = re.search(r"chmod\((?:[^,]+),\s*(0o[0-7]+)", line)
            if found:
                assert int(found.group(1), 8) & 0o200, f"{path}:{number}: {line.strip()}"
