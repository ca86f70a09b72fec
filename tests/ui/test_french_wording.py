"""Issue 15, item 17: the French catalogue keeps the rules of docs/glossary.md: elision, real
plurals, no "inscrit(e)", one verb for checking in and another for saving, card words that
agree with anyone."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def french() -> list[tuple[str, str, list[str]]]:
    """(context, source, French forms) for every message."""
    tree = ET.parse(ROOT / "translations" / "checkin_fr.ts")
    found = []
    for context in tree.getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or \
                [translation.text or ""]
            found.append((name, message.find("source").text, forms))
    return found


MISSED_ELISION = re.compile(
    r"(?<![-\w'’])(de|le|la|que|ne|se|je|me|te|ce)\s+(?=[aeiouyéèêàâîôûAEIOUYÉÈÊÀÂÎÔÛ])")


def test_elision_and_no_bracketed_agreement_or_plural():
    bad = []
    for context, _source, forms in french():
        for text in forms:
            if MISSED_ELISION.search(text):
                bad.append(f"{context}: elision: {text}")
            if re.search(r"\w\((e|s|es)\)", text):
                bad.append(f"{context}: bracket: {text}")
            if re.search(r"%1 (personnes|participants|arrivées|sessions|entrées)", text):
                bad.append(f"{context}: a count without plural forms: {text}")
    assert not bad, "\n".join(bad)


def test_check_in_and_save_are_two_words():
    checks, saves = [], []
    for context, source, forms in french():
        text = " ".join(forms)
        plain = source.replace("&", "")
        if re.search(r"\b[Cc]heck (in|them in)\b", plain) and "Save" not in plain:
            checks.append((context, source, text))
        if re.fullmatch(r"Save|Save the .*", plain):
            saves.append((context, source, text))
    assert checks and saves
    for context, source, text in checks:
        assert "nregistr" not in text.replace("&", ""), (context, source, text)
        assert "entr" in text, (context, source, text)
    for context, source, text in saves:
        assert "Enregistrer" in text.replace("&", ""), (context, source, text)


def test_the_cards_agree_with_anyone():
    outcome = {source: forms[0] for context, source, forms in french() if context == "Outcome"}
    assert outcome["Accepted"] == "Entrée validée"
    assert outcome["Already checked in"] == "Entrée déjà enregistrée"
    headlines = {s: t for s, t in outcome.items() if s.startswith(("Accepted", "Refused",
                                                                        "Already"))}
    assert len(headlines) > 8
    for source, text in headlines.items():
        assert not re.search(r"\b(Accepté|Refusé|entré|admis|inscrit)\b", text), (source, text)


def test_the_glossary_names_the_words():
    glossary = (ROOT / "docs" / "glossary.md").read_text("utf-8")
    for words in ("valider l'entrée", "Entrée validée", "Entrée déjà enregistrée",
                  "enregistrer", "feuille d'émargement", "Organisateur / Organiser"):
        assert words in glossary, words
