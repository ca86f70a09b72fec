"""What the columns of an attendee list mean: header words in French and English, the
words accepted in the category, status and language cells, and finding the header row.

Every comparison goes through :func:`header_key` (lower case, no accents, punctuation as
spaces), so "N° d'inscription", "No d’inscription" and "n d inscription" are one header.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from checkin.model import RegistrationStatus, fold
from checkin.spreadsheet import Row, Table

_HEADER_SEARCH = 30  # rows looked at for the header, under titles and logos


class ImportFileError(Exception):
    """The file cannot be imported at all (unreadable, no header, no event); one sentence."""


class Field(str, enum.Enum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"  # "Nom complet": split into first and last name
    ORGANISATION = "organisation"
    COUNTRY = "country"
    CATEGORY = "category"
    EMAIL = "email"
    PHONE = "phone"
    LANGUAGE = "language"
    REG_NO = "reg_no"
    WORKSHOPS = "workshops"
    STATUS = "status"
    NOTES = "notes"
    DOOR_NOTE = "door_note"  # shown at the door in large type: "Accepted — attention"
    IGNORE = "ignore"  # for --map: a column recognised by name but not wanted


# Header words, folded (lower case, no accents, punctuation as spaces).
HEADERS: dict[Field, tuple[str, ...]] = {
    Field.LAST_NAME: ("nom", "nom de famille", "noms", "last name", "lastname", "surname",
                      "family name", "nom s"),
    Field.FIRST_NAME: ("prenom", "prenoms", "prenom s", "first name", "firstname",
                       "given name", "given names", "forename"),
    Field.FULL_NAME: ("nom complet", "nom et prenom", "nom et prenoms", "prenom et nom",
                      "full name", "name", "participant", "nom prenom", "prenom nom"),
    Field.ORGANISATION: ("organisation", "organization", "structure", "institution",
                         "organisme", "employeur", "employer", "company", "entreprise",
                         "societe", "affiliation", "structure organisation"),
    Field.COUNTRY: ("pays", "country", "pays de residence", "country of residence"),
    Field.CATEGORY: ("categorie", "category", "type", "profil", "type de participant",
                     "participant type", "role", "qualite"),
    Field.EMAIL: ("courriel", "e mail", "email", "mail", "adresse electronique",
                  "adresse e mail", "adresse email", "email address", "e mail address",
                  "adresse courriel"),
    Field.PHONE: ("telephone", "tel", "phone", "phone number", "telephone number", "mobile",
                  "portable", "gsm", "numero de telephone", "cellulaire"),
    Field.LANGUAGE: ("langue", "language", "langue preferee", "preferred language", "lang",
                     "langue de travail"),
    Field.REG_NO: ("n d inscription", "no d inscription", "n inscription", "no inscription",
                   "numero d inscription", "num inscription", "numero", "n", "no", "id",
                   "identifiant", "registration number", "registration no",
                   "registration id", "reg no", "ref", "reference", "matricule"),
    Field.WORKSHOPS: ("ateliers", "atelier", "workshops", "workshop", "sessions",
                      "ateliers choisis"),
    Field.STATUS: ("statut", "status", "etat", "registration status", "statut d inscription"),
    Field.NOTES: ("notes", "note", "remarques", "remarque", "commentaire", "commentaires",
                  "comments", "comment", "observations"),
    Field.DOOR_NOTE: ("note pour l accueil", "note pour la porte", "note accueil",
                      "note a l entree", "note pour l entree", "note for the door",
                      "door note", "note at the door", "check in text", "attention",
                      "texte d accueil", "consigne d accueil", "consigne"),
}
_BY_WORDS = {words: f for f, all_words in HEADERS.items() for words in all_words}

STATUSES = {
    "confirmed": RegistrationStatus.CONFIRMED, "confirme": RegistrationStatus.CONFIRMED,
    "confirmee": RegistrationStatus.CONFIRMED, "inscrit": RegistrationStatus.CONFIRMED,
    "inscrite": RegistrationStatus.CONFIRMED, "valide": RegistrationStatus.CONFIRMED,
    "validee": RegistrationStatus.CONFIRMED, "paye": RegistrationStatus.CONFIRMED,
    "paid": RegistrationStatus.CONFIRMED, "registered": RegistrationStatus.CONFIRMED,
    "ok": RegistrationStatus.CONFIRMED, "oui": RegistrationStatus.CONFIRMED,
    "yes": RegistrationStatus.CONFIRMED,
    "cancelled": RegistrationStatus.CANCELLED, "canceled": RegistrationStatus.CANCELLED,
    "annule": RegistrationStatus.CANCELLED, "annulee": RegistrationStatus.CANCELLED,
    "annulation": RegistrationStatus.CANCELLED, "desiste": RegistrationStatus.CANCELLED,
    "withdrawn": RegistrationStatus.CANCELLED,
    "pending": RegistrationStatus.PENDING, "en attente": RegistrationStatus.PENDING,
    "attente": RegistrationStatus.PENDING, "waiting": RegistrationStatus.PENDING,
    "a confirmer": RegistrationStatus.PENDING,
    "unpaid": RegistrationStatus.PENDING, "not paid": RegistrationStatus.PENDING,
    "non paye": RegistrationStatus.PENDING, "impaye": RegistrationStatus.PENDING,
    "non confirme": RegistrationStatus.PENDING, "non confirmee": RegistrationStatus.PENDING,
    "blocked": RegistrationStatus.BLOCKED, "bloque": RegistrationStatus.BLOCKED,
    "bloquee": RegistrationStatus.BLOCKED,
}
EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"']+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


@functools.lru_cache(maxsize=8192)  # categories, statuses, organisations repeat on every line
def header_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def recognise(header: str) -> Field | None:
    """The field a header names, in French or English; "Nom / Last name" works too."""
    key = header_key(header)
    if key in _BY_WORDS:
        return _BY_WORDS[key]
    for part in re.split(r"[/|()\[\]]", fold(header)):
        found = _BY_WORDS.get(header_key(part))
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class Column:
    index: int  # 0-based position in the row
    header: str  # as written in the file
    field: Field



@dataclass(frozen=True)
class Change:
    """One field of a record that an import changes, from what to what (as shown)."""

    field: str
    old: str
    new: str

    def describe(self) -> str:
        return f"{self.field}: {self.old or '(empty)'} → {self.new or '(empty)'}"


# --- reading the header ----------------------------------------------------------------------

_FIELD_NAMES = {f.value: f for f in Field}


def parse_mapping(pairs: Iterable[str]) -> dict[str, Field]:
    """``["Nom complet=full_name", …]`` (the --map option) as header → field."""
    mapping: dict[str, Field] = {}
    for pair in pairs:
        header, sep, name = pair.rpartition("=")
        target = _FIELD_NAMES.get(name.strip().lower().replace("-", "_"))
        if not sep or not header.strip() or target is None:
            known = ", ".join(_FIELD_NAMES)
            raise ImportFileError(
                f"Cannot read the mapping {pair!r}: write COLUMN=FIELD, FIELD one of {known}."
            )
        mapping[header_key(header)] = target
    return mapping


def _columns(row: Row, mapping: Mapping[str, Field]) -> tuple[list[Column], list[str]]:
    columns, ignored, seen = [], [], set()
    for index, header in enumerate(row.cells):
        if not header:
            continue
        target = mapping.get(header_key(header)) or recognise(header)
        if target is None or target is Field.IGNORE or target in seen:
            ignored.append(header)
            continue
        seen.add(target)
        columns.append(Column(index, header, target))
    return columns, ignored


def _has_name(columns: Sequence[Column]) -> bool:
    return any(c.field in (Field.LAST_NAME, Field.FIRST_NAME, Field.FULL_NAME) for c in columns)


def find_header(
    table: Table, mapping: Mapping[str, Field]
) -> tuple[int, list[Column], list[str]] | None:
    """The first row (among the first few) that names a name column and at least one more."""
    for position, row in enumerate(table.rows[:_HEADER_SEARCH]):
        columns, ignored = _columns(row, mapping)
        if _has_name(columns) and len(columns) >= 2:
            return position, columns, ignored
    return None


def best_table(tables: Sequence[Table], mapping: Mapping[str, Field], name: str):
    """For CSV, the separator whose header names the most columns wins; for XLSX, the
    first sheet (the active one comes first) that has a header."""
    best = None
    for table in tables:
        found = find_header(table, mapping)
        if found is not None and (best is None or len(found[1]) > len(best[1][1])):
            best = (table, found)
            if table.kind == "xlsx":
                break
    if best is None:
        raise ImportFileError(
            f"No header row found in {name}: one of the first rows must name the columns "
            "(Nom, Prénom, Organisation… or Last name, First name, Organisation…), "
            "or map them with --map."
        )
    return best
