"""The attendee panel: details and QR, history with undone check-ins struck through, check in,
undo, override with and without the PIN, reprint, corrections kept for sync."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from checkin.model import Method, Outcome
from checkin.scanner.decoders import default_decoder
from checkin.ui.attendee_panel import AttendeePanel
from checkin.ui.table_models import RecordRole
from tests.ui.desk_fixtures import STAFF_PIN, staff_pin  # noqa: F401 (fixture)


class Printer:
    """The edge: a printer that records what it was asked to print."""

    def __init__(self):
        self.printed = []

    def __call__(self, attendee, parent):
        self.printed.append(attendee.id)
        return True


@pytest.fixture
def printer():
    return Printer()


@pytest.fixture
def panel(qtbot, reception, staff_pin, printer):
    panel = AttendeePanel(reception, staff_pin, print_badge=printer)
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show()
    panel.set_session("plenary")
    return panel


def test_details_and_a_qr_that_decodes_to_the_token(panel, reception):
    panel.show_attendee("p2")
    assert panel.name.text() == "Kouadio N'Guessan"
    assert panel.values["organisation"].text() == "MUGEF-CI"
    from checkin.ui.labels import category_label
    assert panel.values["category"].text() == category_label("speaker")  # checkin.model's words
    image = panel.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.array(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = np.pad(pixels[:, : image.width()], 20, constant_values=255)
    # The project's own decoder chain, as at the door (OpenCV's detector alone misses it
    # now and then).
    found = default_decoder().decode(
        np.ascontiguousarray(cv2.resize(pixels, None, fx=3, fy=3, interpolation=cv2.INTER_NEAREST))
    )
    assert [d.text for d in found] == [reception.store.attendee("p2").token]


def test_history_across_sessions_with_undone_struck_through(qtbot, panel, reception):
    reception.admit_attendee("p2", "speakers", method=Method.CAMERA)
    panel.show_attendee("p2")
    with qtbot.waitSignal(panel.checked_in):  # written on the window's writer thread
        qtbot.mouseClick(panel.checkin_button, Qt.MouseButton.LeftButton)
    assert panel.last_result.outcome is Outcome.ACCEPTED
    assert panel.history.rowCount() == 2
    # undo the plenary check-in: chosen in the history, then the button
    row = next(r for r in range(2) if panel.history.data(panel.history.index(r, 0),
                                                          RecordRole).session_id == "plenary")
    panel.history_view.selectRow(row)
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignal(panel.undone):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    undone = [c for c in reception.store.checkins(attendee_id="p2") if c.voided]
    assert [c.session_id for c in undone] == ["plenary"]
    row = next(r for r in range(2) if panel.history.data(panel.history.index(r, 0),
                                                          RecordRole).voided)
    assert panel.history.data(panel.history.index(row, 1), Qt.ItemDataRole.FontRole).strikeOut()
    assert panel.history.data(panel.history.index(row, 4)) == "undone"


def test_override_refused_without_the_pin_and_recorded_with_it(qtbot, panel, reception):
    panel.set_session("speakers")
    panel.show_attendee("p1")  # a participant: not for the speakers' lounge
    assert not panel.override_button.isEnabled()
    with qtbot.waitSignal(panel.checked_in):
        qtbot.mouseClick(panel.checkin_button, Qt.MouseButton.LeftButton)
    assert panel.last_result.outcome is Outcome.NOT_ADMITTED
    assert panel.override_button.isEnabled()
    qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
    assert panel.pin_pad.isVisible()
    qtbot.keyClicks(panel.pin_pad.entry, "1111")
    qtbot.keyClick(panel.pin_pad.entry, Qt.Key.Key_Return)
    assert reception.store.checkins(attendee_id="p1") == []  # wrong PIN: nothing written
    qtbot.keyClicks(panel.pin_pad.entry, STAFF_PIN)
    with qtbot.waitSignal(panel.checked_in) as signal:
        qtbot.keyClick(panel.pin_pad.entry, Qt.Key.Key_Return)
    assert signal.args[0].outcome is Outcome.ACCEPTED
    [row] = reception.store.checkins(attendee_id="p1")
    assert row.override and row.session_id == "speakers"
    assert panel.history.data(panel.history.index(0, 4)) == "override"


def test_reprint_goes_to_the_printer_and_is_remembered(qtbot, panel, printer, reception):
    panel.show_attendee("p4")
    assert panel.values["badge"].text() == "not yet"
    with qtbot.waitSignal(panel.badge_printed):
        qtbot.mouseClick(panel.reprint_button, Qt.MouseButton.LeftButton)
    assert printer.printed == ["p4"]
    assert reception.store.attendee("p4").badge_printed_at is not None
    assert panel.values["badge"].text() != "not yet"


def test_corrections_are_validated_and_kept_for_sync(qtbot, panel, reception):
    store = reception.store
    panel.show_attendee("p4")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.edit_box.isVisible()
    panel.editors["email"].setText("not an address")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "e-mail" in panel.edit_error.text()
    assert store.attendee("p4").email == ""
    pending = store.pending_count()
    panel.editors["first_name"].setText("Jöhn")
    panel.editors["email"].setText("john.smith@ilo.org")
    with qtbot.waitSignal(panel.attendee_saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = store.attendee("p4")
    assert (saved.first_name, saved.email) == ("Jöhn", "john.smith@ilo.org")
    assert saved.token == panel.attendee.token  # the badge stays valid
    assert store.pending_count() == pending + 1
    assert store.pending()[-1]["kind"] == "attendee"
    assert panel.name.text() == "Jöhn Smith"


def test_every_action_has_a_keyboard_mnemonic(panel):
    for button in (panel.checkin_button, panel.undo_button, panel.override_button,
                   panel.reprint_button, panel.edit_button):
        assert "&" in button.text()


def test_language_switch(panel):
    from tests.ui.test_translations_complete import switch_language

    panel.show_attendee("p2")
    with switch_language("fr"):
        assert panel.captions["country"].text() == "Pays"
        assert panel.values["category"].text() == "Intervenant"
    assert panel.captions["country"].text() == "Country"
