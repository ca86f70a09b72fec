"""Translation completeness: every ``.ts`` entry finished, every visible string through tr().

Two checks that fail loudly when someone adds a label and forgets the other language:

- each ``<message>`` of ``translations/checkin_*.ts`` has a finished, non-empty translation
  (``lupdate`` marks new or changed source strings ``type="unfinished"``), and the ``.ts``
  files know every string the code passes to tr() (run ``scripts/translations.py update``);
- no Qt call that shows text to people (``setText``, ``setPlaceholderText``, a ``QLabel("…")``
  …) is given a bare string literal in ``checkin/ui/``: it must go through ``self.tr()`` or
  ``QCoreApplication.translate``.

:func:`switch_language` is the helper the page tests use to check a live language switch.
"""

from __future__ import annotations

import ast
import contextlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
UI_DIR = ROOT / "checkin" / "ui"

# Calls whose first (or only) string argument is shown to people.
TEXT_SETTERS = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setTitle",
    "setAccessibleName", "setAccessibleDescription", "setStatusTip", "setWhatsThis",
    "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "addItem", "addTab",
    "setTabText", "showMessage", "setSuffix", "setPrefix", "setSpecialValueText",
    "setInformativeText", "setDetailedText", "addAction", "setItemText",
}
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu",
}
# Strings that are not words: symbols, digits, a separator.
NOT_WORDS = set("0123456789⌫✔✖—–-:·/%+ ")


def _is_visible_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value) and not set(node.value) <= NOT_WORDS
    if isinstance(node, ast.JoinedStr):
        return any(_is_visible_literal(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_visible_literal(e) for e in node.elts)
    return False


def untranslated_literals(source: str, filename: str = "<ui>") -> list[str]:
    """``file:line: call`` for each visible string literal given to Qt without tr()."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_SETTERS:
            args = node.args[:1] if name not in ("addTab", "addItem", "setTabText",
                                                  "setItemText", "addAction") else node.args
        elif name in TEXT_WIDGETS:
            args = node.args[:1]
        else:
            continue
        if name == "addItem" and len(node.args) > 1:
            # addItem(text, userData): the data is not shown
            args = node.args[:1]
        if any(_is_visible_literal(a) for a in args):
            found.append(f"{filename}:{node.lineno}: {name}(…)")
    return found


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("checkin_*.ts"))


def unfinished_entries(ts: Path) -> list[str]:
    """Messages of a .ts file with no finished translation."""
    bad = []
    for context in ET.parse(ts).getroot().iter("context"):
        ctx = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            kind = translation.get("type", "") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes" and translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                empty = not forms or not all(f.strip() for f in forms)
            else:
                empty = translation is None or not (translation.text or "").strip()
            if kind == "unfinished" or empty:
                bad.append(f"{ts.name}: [{ctx}] {source!r}")
    return bad


# --- the tests ------------------------------------------------------------------------------


def test_the_check_catches_a_bare_literal():
    """The checker itself: it must fail on a forgotten tr() and pass on a translated one."""
    bad = 'w.setText("Check in")\nQLabel("Name")\nb.addTab(page, "Search")\n'
    good = 'w.setText(self.tr("Check in"))\nQLabel()\nw.setText("✔")\nw.setText(name)\n'
    assert len(untranslated_literals(bad)) == 3
    assert untranslated_literals(good) == []


def test_every_visible_string_goes_through_tr():
    offenders = []
    for path in sorted(UI_DIR.rglob("*.py")):
        offenders += untranslated_literals(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    assert not offenders, "visible strings without tr():\n" + "\n".join(offenders)


def test_the_ts_check_catches_an_unfinished_entry(tmp_path):
    ts = tmp_path / "checkin_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>X</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message><source>Gone</source><translation type="vanished">Parti</translation></message>'
        "</context></TS>",
        "utf-8",
    )
    assert unfinished_entries(ts) == ["checkin_fr.ts: [X] 'New'"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_ts_entry_is_finished(language):
    ts = TS_DIR / f"checkin_{language}.ts"
    if not ts.exists():
        pytest.fail(f"{ts} is missing: run scripts/translations.py update")
    bad = unfinished_entries(ts)
    assert not bad, f"{len(bad)} unfinished translation(s):\n" + "\n".join(bad[:60])


def test_the_ts_files_know_every_string_of_the_code(tmp_path):
    """lupdate on the current code adds nothing new to the committed .ts files."""
    source = TS_DIR / "checkin_fr.ts"
    if not source.exists():
        pytest.fail(f"{source} is missing: run scripts/translations.py update")
    copy = tmp_path / "checkin_fr.ts"
    copy.write_bytes(source.read_bytes())
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    sources += [str(ROOT / name) for name in ("checkin/outcome_words.py",)]  # core words
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts",
                    str(copy)], check=True, capture_output=True)
    bad = unfinished_entries(copy)
    assert not bad, "strings missing from the .ts files (run scripts/translations.py " \
        "update, then translate):\n" + "\n".join(bad[:60])


# --- helper for the page tests ----------------------------------------------------------------


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


_QM_CACHE: dict[str, Path] = {}


def compiled(language: str, folder: Path | None = None) -> Path:
    """The .qm of ``language``, built from the .ts once per test run."""
    if language not in _QM_CACHE:
        ts = TS_DIR / f"checkin_{language}.ts"
        if not ts.exists():
            pytest.skip(f"no {ts.name} yet")
        import tempfile

        qm = Path(tempfile.mkdtemp()) / f"checkin_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        _QM_CACHE[language] = qm
    return _QM_CACHE[language]


@contextlib.contextmanager
def switch_language(language: str):
    """Install our translation for ``language`` (every widget gets ``LanguageChange``), and
    remove it on the way out (back to the source strings, English)."""
    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(str(compiled(language))), f"cannot load {language}"
    app.installTranslator(translator)
    QCoreApplication.processEvents()
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        QCoreApplication.processEvents()
