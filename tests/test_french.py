"""Issue 15, item 17: names composed from parts follow French elision ("modèles
d'absorption"), in the core's rule and in the demo's programme."""

from __future__ import annotations

import re

from checkin.demo import demo_sessions
from checkin.french import de, elides


def test_de_elides_before_a_vowel_or_a_mute_h():
    assert de("absorption") == "d'absorption"
    assert de("Écoute") == "d'Écoute"
    assert de("hébergement") == "d'hébergement"
    assert de("gestion") == "de gestion"
    assert de("délégation de gestion") == "de délégation de gestion"
    assert not elides("handicap")  # an aspirated h


def test_the_demo_programme_has_no_missing_elision():
    names = [s.name_fr for s in demo_sessions()]
    assert any("modèles d'absorption" in n for n in names)
    for name in names:
        assert not re.search(r"\b(de|le|la|que) [aeiouyéèêàâîôûAEIOUYÉÈÊÀÂÎÔÛ]", name), name
