"""The volunteers' quick guide: every picture it shows exists, and it prints on one A4 page per
language, French first, with each part's heading on its page."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "volunteers.md"


def _guide_pdf():
    spec = importlib.util.spec_from_file_location("guide_pdf", ROOT / "scripts" / "guide_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_picture_of_the_guide_exists():
    names = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", GUIDE.read_text("utf-8"))
    assert len(names) >= 10
    for name in names:
        assert (GUIDE.parent / name).is_file(), name


def test_the_guide_prints_one_page_per_language(tmp_path):
    out = tmp_path / "guide.pdf"
    assert _guide_pdf().render(GUIDE, out) == 2
    french, english = (page.extract_text() for page in PdfReader(out).pages)
    for heading in ("Installer et appairer un poste", "Scanner", "Les couleurs",
                    "Une carte rouge", "Mode porte et PIN", "Réseau ou courant coupé"):
        assert heading in french, heading
    for heading in ("Set up and pair a station", "Scan", "What each colour means",
                    "A red card", "Door mode and the PIN", "When the network or the power drops"):
        assert heading in english, heading


def test_the_committed_pdf_is_current(tmp_path):
    """docs/volunteers.pdf is the one the script makes from the guide as it is now."""
    out = tmp_path / "guide.pdf"
    _guide_pdf().render(GUIDE, out)
    made = [p.extract_text() for p in PdfReader(out).pages]
    committed = [p.extract_text() for p in PdfReader(ROOT / "docs" / "volunteers.pdf").pages]
    assert made == committed, "run scripts/guide_pdf.py and commit docs/volunteers.pdf"
