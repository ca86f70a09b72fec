"""File names for the exports: what the file holds and when, readable on every file system.

``presences_2025-02-03_pleniere-ouverture.pdf``: the report's word, the day (the session's
day, or the day the file was made), the session's name when there is one. ASCII, lower case,
hyphens: a USB stick formatted FAT32 and a funder's mail client take them as they are.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from checkin.model import Session


def _stems() -> dict[str, str]:
    """The report's word in a file name, by the dashboard's action key (French: the
    organisers' language): the catalogue's data reports (:attr:`Report.word`, under each
    format's key, ``attendance_csv``…) and the printed ones."""
    from checkin.reports.catalogue import REPORTS

    stems = {f"{r.key}_{suffix}": r.word for r in REPORTS for suffix in r.formats if r.word}
    stems.update({r.key: r.word for r in REPORTS if r.word})
    stems.update({"session_pdf": "feuille-presence", "signin_pdf": "feuille-emargement",
                  "summary": "resume", "certificates": "attestations"})
    return stems


STEMS = _stems()
# Articles and elided words carry nothing in a name: "Plénière d'ouverture" → pleniere-ouverture.
_SMALL = {"d", "de", "des", "du", "l", "la", "le", "les", "et", "the", "of", "a"}


def slug(text: str, *, limit: int = 40) -> str:
    """"Plénière d'ouverture" → "pleniere-ouverture": ASCII words joined by hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w and w not in _SMALL]
    out = "-".join(words)
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0]
    return out


def report_file_name(key: str, suffix: str, *, made_on: date, session: Session | None = None,
                     session_day: date | None = None, everything: str = "toutes-sessions") -> str:
    """The default name of an export: ``<what>_<day>_<session>.<suffix>``.

    ``session_day`` is the session's local day (the sheet of the 3 February plenary is dated
    the 3rd, whenever it is printed); without a session the day is ``made_on`` and the last
    part says it covers every session."""
    stem = STEMS.get(key, slug(key) or "export")
    day = session_day if session is not None and session_day is not None else made_on
    what = slug(session.name_fr or session.id) if session is not None else everything
    parts = [stem, day.isoformat()] + ([what] if what else [])
    return "_".join(parts) + "." + suffix.lstrip(".")
