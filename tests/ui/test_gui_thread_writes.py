"""No database write runs on the GUI thread: every page admits and writes through the window's
one writer (:class:`checkin.ui.admission.Admission`).

The store's connection of the GUI thread is watched (:meth:`checkin.store.Store.watch_writes`,
SQLite's statement trace); the whole window is then driven through every action that writes,
by clicks and keys, and any write statement seen on that connection fails the test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from checkin.model import Outcome
from checkin.walkins import Field
from tests.ui.window_fixtures import (  # noqa: F401 (fixtures)
    STAFF_PIN,
    close,
    make_station,
    qm_dir,
    scan,
)

LIST = (
    "Nom;Prénom;Organisation;Pays;Catégorie;E-mail\n"
    "Bigirimana;Claude;MFP;Burundi;intervenant;claude@example.bi\n"
)


class Printer:
    def __init__(self):
        self.printed = []

    def __call__(self, attendee, parent):
        self.printed.append(attendee.id)
        return True


@pytest.fixture
def station(qapp, qtbot, small_event, tmp_path, qm_dir):
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="en")
    printer = Printer()
    station.desk.attendee_panel.print_badge = printer
    station.desk.walkin_page.print_badge = printer
    yield station
    station.desk.search_page.wait_idle()
    station.desk.dashboard.wait_idle()
    station.store.watch_writes(None)
    close(station)


@pytest.fixture
def gui_writes(station):
    """The write statements run on the GUI thread's connection from now on."""
    seen: list[str] = []
    station.store.watch_writes(seen.append)
    return seen


def test_the_guard_sees_a_write_on_the_gui_thread(qtbot, station, gui_writes):
    """The watch itself can fail: a write from a GUI-thread slot is caught."""
    QTimer.singleShot(0, lambda: station.store.set_station_name("Door B"))
    qtbot.waitUntil(lambda: bool(gui_writes), timeout=2000)
    assert any("insert" in sql.lower() or "begin" in sql.lower() for sql in gui_writes)


def test_every_page_writes_through_the_one_writer(qtbot, station, gui_writes, tmp_path):
    store, desk, admission = station.store, station.desk, station.admission
    answers = []
    admission.admitted.connect(answers.append)

    # the door: a scan, its undo, an override with the PIN
    scan_page = station.scan_page
    scan_page.set_session("plenary")
    assert scan(qtbot, station, store.attendee("p1").token).outcome is Outcome.ACCEPTED
    with qtbot.waitSignal(admission.undone):
        qtbot.mouseClick(scan_page.undo_button, Qt.MouseButton.LeftButton)
    scan_page.set_session("speakers")
    refused = scan(qtbot, station, store.attendee("p4").token)
    assert refused.outcome is Outcome.NOT_ADMITTED
    scan_page.card.override_requested.emit(refused)
    qtbot.keyClicks(scan_page.pin_pad.entry, STAFF_PIN)
    with qtbot.waitSignal(scan_page.result_shown):
        qtbot.keyClick(scan_page.pin_pad.entry, Qt.Key.Key_Return)
    scan_page.set_session("plenary")

    # the search: Enter checks the one found in
    search = desk.search_page
    station.window.show_page(search)
    qtbot.keyClicks(search.query, "Kouadio")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(search.checked_in):
        qtbot.keyClick(search.query, Qt.Key.Key_Return)

    # the attendee panel: check in, undo, reprint, correct
    panel = desk.attendee_panel
    station.window.show_page(panel)
    panel.show_attendee("p5")
    with qtbot.waitSignal(panel.checked_in):
        qtbot.mouseClick(panel.checkin_button, Qt.MouseButton.LeftButton)
    panel.history_view.selectRow(0)
    with qtbot.waitSignal(panel.undone):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.badge_printed):
        qtbot.mouseClick(panel.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    panel.editors["phone"].setText("+32 2 555 01 02")
    with qtbot.waitSignal(panel.attendee_saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    # the walk-in: a new person, then someone already on the list
    walkin = desk.walkin_page
    station.window.show_page(walkin)
    for field, text in ((Field.FIRST_NAME, "Aline"), (Field.LAST_NAME, "Irakoze"),
                        (Field.EMAIL, "aline@example.bi")):
        walkin.inputs[field].setText(text)
    with qtbot.waitSignal(walkin.registered):
        qtbot.mouseClick(walkin.save_button, Qt.MouseButton.LeftButton)
    for field, text in ((Field.FIRST_NAME, "Helene"), (Field.LAST_NAME, "Ndayishimie"),
                        (Field.ORGANISATION, "Mutuelle de la fonction publique"),
                        (Field.EMAIL, "helene@example.bi")):
        walkin.inputs[field].setText(text)
    qtbot.mouseClick(walkin.save_button, Qt.MouseButton.LeftButton)
    assert walkin.duplicate_box.isVisible()
    with qtbot.waitSignal(walkin.existing_chosen):
        qtbot.mouseClick(walkin.use_existing_button, Qt.MouseButton.LeftButton)

    # settings: the station's name, re-entry, the PIN, the sync source, an import
    settings = desk.settings_page
    station.window.show_page(settings)
    settings.station_name.setText("Auditorium door A")
    with qtbot.waitSignal(settings.station_renamed):
        qtbot.keyClick(settings.station_name, Qt.Key.Key_Return)
    item = next(settings.reentry_list.item(i) for i in range(settings.reentry_list.count())
                if settings.reentry_list.item(i).data(Qt.ItemDataRole.UserRole) == "plenary")
    with qtbot.waitSignal(settings.sessions_changed):
        item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(settings.change_pin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(settings.pin_pad.entry, STAFF_PIN)
    qtbot.keyClick(settings.pin_pad.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(settings.new_pin, "975310")
    qtbot.keyClicks(settings.repeat_pin, "975310")
    with qtbot.waitSignal(settings.pin_changed):
        qtbot.keyClick(settings.repeat_pin, Qt.Key.Key_Return)
    with qtbot.waitSignal(settings.sync_source_saved):
        qtbot.mouseClick(settings.sync_save, Qt.MouseButton.LeftButton)
    path = tmp_path / "more.csv"
    path.write_text(LIST, "utf-8-sig")
    settings.source_box.choose_file = lambda parent: path
    qtbot.mouseClick(settings.import_button, Qt.MouseButton.LeftButton)
    dialog = settings.import_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)  # the dry run, on the writer too
    with qtbot.waitSignal(settings.attendees_imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert admission.wait(5000)
    qtbot.wait(50)

    assert gui_writes == [], "database writes on the GUI thread"
    # … and every one of them was written, by the writer
    assert [a.outcome for a in answers].count(Outcome.ACCEPTED) >= 5
    assert store.station_name == "Auditorium door A"
    assert store.session("plenary").allow_multiple_entries
    assert station.staff_pin.check("975310")
    assert store.attendee("p5").phone == "+32 2 555 01 02"
    assert store.attendee("p5").badge_printed_at is not None
    assert any(a.full_name == "Claude Bigirimana" for a in store.attendees())
    assert any(a.full_name == "Aline Irakoze" for a in store.attendees())
