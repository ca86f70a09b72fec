"""A person's category and language, and a session's categories, are enum members wherever
a record comes from (a constructor, a row, the wire, a sheet, the demo), read through the
enum's own parse; nothing in the package compares them with their words."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

import checkin
from checkin import demo
from checkin.importer import import_file
from checkin.model import Attendee, Category, Language, Session
from checkin.sync import wire

AT = datetime(2025, 2, 3, 8, tzinfo=UTC)


def test_words_become_members_and_unknown_words_are_refused():
    a = Attendee("p1", "e", "T-1", "Ana", "B", category="Intervenante", language="Anglais")
    assert a.category is Category.SPEAKER and a.language is Language.EN
    default = Attendee("p2", "e", "T-2", "Ana", "B", category="", language="")
    assert default.category is Category.PARTICIPANT and default.language is Language.FR
    with pytest.raises(ValueError, match="king"):
        Attendee("p3", "e", "T-3", "Ana", "B", category="king")
    with pytest.raises(ValueError, match="de"):
        Attendee("p3", "e", "T-3", "Ana", "B", language="de")
    s = Session("s", "e", "Salon", "Lounge", AT, AT, categories=["speaker", "officiel"])
    assert s.categories == (Category.SPEAKER, Category.OFFICIAL)
    assert all(type(c) is Category for c in s.categories)
    # the text of a member is its value, in files and messages
    assert f"{Category.PRESS} {Language.EN}" == "press en" and str(Category.STAFF) == "staff"


def test_rows_and_the_wire_give_members(small_event):
    store = small_event
    for a in store.attendees():
        assert type(a.category) is Category and type(a.language) is Language
        back = wire.attendee_from(wire.attendee_to(a))
        assert back == a and type(back.category) is Category and type(back.language) is Language
    speakers = store.session("speakers")
    assert speakers.categories == (Category.SPEAKER, Category.ORGANISER)
    assert all(type(c) is Category for c in wire.session_from(wire.session_to(speakers)).categories)
    assert store.attendee("p2").category is Category.SPEAKER
    assert store.attendee("p4").language is Language.EN


def test_the_wire_refuses_an_unknown_category_and_reads_an_empty_one_as_the_default(small_event):
    record = wire.attendee_to(small_event.attendee("p1"))
    with pytest.raises(wire.WireError) as refused:
        wire.attendee_from({**record, "category": "king"})
    assert refused.value.field == "category"
    with pytest.raises(wire.WireError) as refused:
        wire.attendee_from({**record, "language": "de"})
    assert refused.value.field == "language"
    read = wire.attendee_from({**record, "category": "", "language": ""})
    assert read.category is Category.PARTICIPANT and read.language is Language.FR


def test_a_sheet_s_words_become_members(small_event, tmp_path):
    sheet = tmp_path / "people.csv"
    sheet.write_text("Nom;Prénom;Catégorie;Langue;Courriel\n"
                     "Nkurunziza;Aline;Intervenante;Anglais;aline@example.org\n"
                     "Brown;Mary;;;mary@example.org\n", encoding="utf-8")
    report = import_file(small_event, sheet)
    assert report.taken == 2
    people = {a.last_name: a for a in small_event.attendees()}
    assert people["Nkurunziza"].category is Category.SPEAKER
    assert people["Nkurunziza"].language is Language.EN
    assert people["Brown"].category is Category.PARTICIPANT
    assert people["Brown"].language is Language.FR


def test_the_demo_s_people_are_members():
    people = demo.generate_attendees(count=200)
    assert {a.language for a in people} == set(Language)
    assert all(type(a.category) is Category and type(a.language) is Language for a in people)
    assert all(type(c) is Category for s in demo.demo_sessions() for c in s.categories)


WORDS = {c.value for c in Category} | {lang.value for lang in Language}


def _compared_words(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for side in sides:
                values = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
                for v in values:
                    if isinstance(v, ast.Constant) and v.value in WORDS:
                        found.append((node.lineno, v.value))
    return found


def test_nothing_compares_a_category_or_a_language_with_its_word():
    package = Path(checkin.__file__).parent
    found = [f"{path.relative_to(package)}:{line}: {word!r}"
             for path in sorted(package.rglob("*.py"))
             for line, word in _compared_words(ast.parse(path.read_text("utf-8")))]
    assert found == []
    # and the check sees one
    assert _compared_words(ast.parse('if person.language == "en": pass')) == [(1, "en")]
