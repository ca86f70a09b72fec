"""Walk-in page: validation beside the fields, the duplicate warning offering the existing
person, registration with a token, check-in and a printed badge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin import tokens
from checkin.model import Method, Outcome
from checkin.ui.walkin import WalkInPage
from checkin.walkins import Field


class Printer:
    def __init__(self, ok=True):
        self.ok = ok
        self.printed = []

    def __call__(self, attendee, parent):
        self.printed.append(attendee)
        return self.ok


@pytest.fixture
def printer():
    return Printer()


@pytest.fixture
def page(qtbot, reception, printer):
    page = WalkInPage(reception, print_badge=printer)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    page.set_session("plenary")
    return page


def fill(qtbot, page, **values):
    for field, text in values.items():
        editor = page.inputs[Field(field)]
        editor.clear()
        qtbot.keyClicks(editor, text)


def test_problems_are_shown_beside_their_fields_and_nothing_is_written(qtbot, page, reception):
    count = reception.store.count_attendees()
    fill(qtbot, page, first_name="Aline", email="aline@")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors[Field.LAST_NAME].text() == "Needed."
    assert page.errors[Field.EMAIL].text() == "This e-mail address does not look right."
    assert page.errors[Field.FIRST_NAME].isHidden()
    assert page.inputs[Field.LAST_NAME].hasFocus()  # the first problem, ready to type
    assert reception.store.count_attendees() == count


def test_a_walk_in_is_registered_checked_in_and_printed(qtbot, page, reception, printer):
    fill(qtbot, page, first_name="Aline", last_name="Irakoze", organisation="MSG",
         country="Burundi", phone="+257 79 00 11 22")
    page.category.setCurrentIndex(page.category.findData("press"))
    page.language.setCurrentIndex(page.language.findData("en"))
    with qtbot.waitSignal(page.registered) as signal:
        qtbot.keyClick(page.inputs[Field.PHONE], Qt.Key.Key_Return)  # Enter saves
    result = signal.args[0]
    assert result.admission.outcome is Outcome.ACCEPTED
    saved = reception.store.attendee(result.attendee.id)
    assert (saved.full_name, saved.category, saved.language) == ("Aline Irakoze", "press", "en")
    assert tokens.parse(saved.token, "TST25").kind is tokens.CodeKind.OURS
    assert saved.badge_printed_at is not None
    assert [a.id for a in printer.printed] == [saved.id]
    [row] = reception.store.checkins(attendee_id=saved.id)
    assert row.method is Method.WALK_IN and row.session_id == "plenary"
    assert "registered and checked in" in page.message.text()
    assert page.inputs[Field.FIRST_NAME].text() == ""  # ready for the next person


def test_duplicate_warning_offers_the_existing_person(qtbot, page, reception, printer):
    count = reception.store.count_attendees()
    fill(qtbot, page, first_name="Helene", last_name="Ndayishimie",
         organisation="Mutuelle de la fonction publique", email="helene@example.bi")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.duplicate_box.isVisible()
    assert page.duplicate_list.count() == 1
    assert "Hélène Ndayishimiye" in page.duplicate_list.item(0).text()
    assert "similar name" in page.duplicate_list.item(0).text()
    assert reception.store.count_attendees() == count  # nothing written while asking
    assert page.use_existing_button.hasFocus()
    with qtbot.waitSignal(page.existing_chosen) as signal:
        qtbot.keyClick(page.use_existing_button, Qt.Key.Key_Space)
    assert signal.args == ["p1"]
    [row] = reception.store.checkins(attendee_id="p1")
    assert row.session_id == "plenary"
    assert reception.store.count_attendees() == count  # no second record
    assert printer.printed == []  # the existing person keeps their badge
    assert not page.duplicate_box.isVisible()


def test_duplicate_warning_can_be_overruled(qtbot, page, reception):
    store = reception.store
    from dataclasses import replace

    store.upsert_attendees([replace(store.attendee("p4"), email="j.smith@ilo.org")])
    count = store.count_attendees()
    fill(qtbot, page, first_name="Jane", last_name="Smith", email="J.Smith@ilo.org")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "same e-mail" in page.duplicate_list.item(0).text()
    with qtbot.waitSignal(page.registered):
        qtbot.mouseClick(page.register_anyway_button, Qt.MouseButton.LeftButton)
    assert store.count_attendees() == count + 1


def test_a_failed_print_is_said(qtbot, reception):
    page = WalkInPage(reception, print_badge=Printer(ok=False))
    qtbot.addWidget(page)
    page.set_session("plenary")
    fill(qtbot, page, first_name="Paul", last_name="Ngendakumana", email="p@example.bi")
    with qtbot.waitSignal(page.registered) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert reception.store.attendee(signal.args[0].attendee.id).badge_printed_at is None
    assert "not printed" in page.message.text()


def test_language_switch(page):
    from tests.ui.test_translations_complete import switch_language

    with switch_language("fr"):
        assert page.captions[Field.LAST_NAME].text() == "&Nom"
        assert page.category.itemText(0) == "Participant"
        assert page.windowTitle() == "Sans inscription"
    assert page.captions[Field.LAST_NAME].text() == "&Last name"
