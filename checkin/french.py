"""Small rules of written French for names composed from parts (no Qt, used by the core and
the demo): elision of "de" before a vowel or a mute h ("modèles d'absorption", never
"modèles de absorption")."""

from __future__ import annotations

import unicodedata

_VOWELS = set("aeiouy")
# Words that start with a mute h take the elision; an aspirated h ("de handicap") does not.
_MUTE_H = ("habit", "heur", "hier", "histoir", "hom", "hôp", "hop", "hor", "hum", "hyg",
           "hébergement", "hebergement", "héritage", "heritage", "hôtel", "hotel", "huile")


def _bare(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def elides(word: str) -> bool:
    """Whether "de", "le", "la", "que" before ``word`` lose their vowel."""
    bare = _bare(word.strip())
    if not bare:
        return False
    if bare[0] in _VOWELS:
        return True
    return bare[0] == "h" and any(word.lower().startswith(p) or bare.startswith(p)
                                  for p in _MUTE_H)


def de(word: str) -> str:
    """"de gestion", "d'absorption", "d'hébergement"."""
    return f"d'{word}" if elides(word) else f"de {word}"
