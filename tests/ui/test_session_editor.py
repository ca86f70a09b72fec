"""The programme in Settings: sessions added, changed and removed by hand behind the staff PIN,
with the file import's own checks, written by the window's writer thread; a session with
check-ins stays, and the box says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from checkin.model import Outcome
from checkin.scanner.sources import CameraInfo
from checkin.ui.i18n import Translations
from checkin.ui.session_editor import SessionDialog
from checkin.ui.settings_page import SettingsPage
from tests.ui.desk_fixtures import STAFF_PIN, staff_pin, ui_settings  # noqa: F401 (fixtures)
from tests.ui.window_fixtures import qm_dir  # noqa: F401 (fixture)


@pytest.fixture
def french(qapp, qm_dir):
    translations = Translations(qapp, folder=qm_dir)
    translations.set_language("fr")
    yield translations
    translations.uninstall()


@pytest.fixture
def page(qtbot, reception, staff_pin, ui_settings, french):
    page = SettingsPage(reception, staff_pin, ui_settings,
                        cameras=lambda: [CameraInfo(0, "Integrated Webcam")])
    qtbot.addWidget(page)
    page.resize(1000, 1400)
    page.show()
    box = page.programme_box
    qtbot.waitUntil(lambda: box.table.rowCount() == 3)
    yield page
    page.admission.wait(5000)
    page.store.watch_writes(None)


@pytest.fixture
def gui_writes(page):
    seen: list[str] = []
    page.store.watch_writes(seen.append)
    return seen


def unlock(qtbot, box) -> None:
    assert not box.add_button.isVisible()  # nothing to change without the PIN
    qtbot.mouseClick(box.unlock_button, Qt.MouseButton.LeftButton)
    assert box.pin_pad.isVisible()
    qtbot.keyClicks(box.pin_pad.entry, STAFF_PIN)
    qtbot.keyClick(box.pin_pad.entry, Qt.Key.Key_Return)
    assert box.add_button.isVisible() and box.remove_button.isVisible()


def select(box, session_id: str) -> None:
    box.select(session_id)
    assert box.selected().id == session_id


def test_the_list_shows_the_programme_in_local_time(page):
    table = page.programme_box.table
    rows = {table.item(r, 2).text(): (table.item(r, 0).text(), table.item(r, 1).text(),
                                      table.item(r, 5).text())
            for r in range(table.rowCount())}
    # 06:00 UTC is 08:00 in Bujumbura
    assert rows["Plénière d'ouverture"] == ("03/02/2025", "08:00–11:00", "tout le monde")
    assert "Intervenant, Organisateur" in rows["Salon des intervenants"][2]
    assert "inscrits" in rows["Atelier A"][2]


def test_a_wrong_pin_opens_nothing(qtbot, page):
    box = page.programme_box
    qtbot.mouseClick(box.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.pin_pad.entry, "0000")
    qtbot.keyClick(box.pin_pad.entry, Qt.Key.Key_Return)
    assert not box.unlocked and not box.add_button.isVisible()


def test_add_a_session_with_the_import_checks(qtbot, page, gui_writes):
    box, store = page.programme_box, page.store
    unlock(qtbot, box)
    box.add_session()
    dialog = box.editor
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SessionDialog)
    # an end before the start, and no name: both said, beside their fields
    dialog.day.setDate(QDate(2025, 2, 4))
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(13, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "nom" in dialog.errors["name_fr"].text()
    assert "finit avant" in dialog.errors["end"].text()

    dialog.end.setTime(QTime(16, 30))
    qtbot.keyClicks(dialog.name_fr, "Atelier B : absorption des chocs")
    dialog.room.setText("Salle Tanganyika")
    dialog.capacity.setValue(35)
    dialog.category_boxes["participant"].setChecked(True)
    dialog.registration.setChecked(True)
    with qtbot.waitSignal(box.sessions_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    session = store.session("atelier-b-absorption-des-chocs")
    assert session is not None and not dialog.isVisible()
    local = session.starts_at.astimezone(page.reception.event.tz)
    assert (local.hour, local.minute, session.capacity, session.categories,
            session.registration_required) == (14, 0, 35, ("participant",), True)
    assert session.name_en == session.name_fr  # the French name when no English one
    qtbot.waitUntil(lambda: box.table.rowCount() == 4)
    assert "enregistrée" in box.message.text() or "saved" in box.message.text()
    assert gui_writes == []  # written by the writer thread
    # the door knows it at once
    assert page.reception.session(session.id).room == "Salle Tanganyika"


def test_a_taken_id_is_refused(qtbot, page):
    box = page.programme_box
    unlock(qtbot, box)
    box.add_session()
    dialog = box.editor
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("plenary")
    dialog.name_fr.setText("Une autre plénière")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["id"].isVisible()
    assert page.store.session("plenary").name_fr == "Plénière d'ouverture"


def test_change_a_session_and_see_the_overlap_warning(qtbot, page, gui_writes):
    box, store = page.programme_box, page.store
    unlock(qtbot, box)
    select(box, "speakers")
    box.edit_session()
    dialog = box.editor
    qtbot.addWidget(dialog)
    assert dialog.id_edit.isReadOnly() and dialog.id_edit.text() == "speakers"
    assert dialog.category_boxes["speaker"].isChecked()
    dialog.room.setText("Auditorium")  # the plenary is there at the same time
    with qtbot.waitSignal(box.sessions_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.session("speakers").room == "Auditorium"
    assert "même salle" in box.message.text()
    assert gui_writes == []


def test_remove_only_a_session_without_check_ins(qtbot, page, gui_writes):
    box, store, reception = page.programme_box, page.store, page.reception
    page.store.watch_writes(None)
    assert reception.admit(store.attendee("p1").token, "plenary").outcome is Outcome.ACCEPTED
    page.store.watch_writes(gui_writes.append)
    box.load()
    unlock(qtbot, box)
    qtbot.waitUntil(lambda: box._count("plenary") == 1)
    select(box, "plenary")
    assert not box.remove_button.isEnabled()
    assert "1 entrée" in box.remove_button.toolTip()
    box.remove_session()  # asked anyway (a shortcut, a race): refused, with the reason
    assert "ne peut pas être retirée" in box.message.text()
    assert store.session("plenary") is not None and not store.session("plenary").removed

    asked = []
    box.ask_confirm = lambda parent, question: asked.append(question) or True
    select(box, "workshop-a")
    assert box.remove_button.isEnabled()
    with qtbot.waitSignal(box.sessions_changed):
        qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert "Atelier A" in asked[0]
    assert [s.id for s in store.sessions()] == ["plenary", "speakers"]
    assert store.session("workshop-a").removed  # kept, so that the removal syncs
    qtbot.waitUntil(lambda: box.table.rowCount() == 2)
    assert gui_writes == []


def test_leaving_settings_locks_the_editor_again(qtbot, page):
    box = page.programme_box
    unlock(qtbot, box)
    page.hide()
    page.show()
    assert not box.unlocked and box.unlock_button.isVisible()


def test_export_the_programme_and_read_it_back_unchanged(qtbot, page, tmp_path):
    box, store = page.programme_box, page.store
    path = tmp_path / "programme"  # no extension typed: Excel
    box.choose_save = lambda parent: path
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "programme.xlsx" in box.message.text())
    assert (tmp_path / "programme.xlsx").is_file()
    from checkin.programme import import_programme

    report = import_programme(store, tmp_path / "programme.xlsx", dry_run=True)
    assert [line.action.value for line in report.lines] == ["unchanged"] * 3
