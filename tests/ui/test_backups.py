"""The window's backups: the settings box (folder, how many, how often, a copy now, a copy put
back at the next start) and the start on a damaged database, which offers the last copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings

from checkin import backup
from checkin.reception import Reception
from checkin.store import Store
from checkin.ui.admission import Admission
from checkin.ui.app import open_or_recover
from checkin.ui.backups import FOLDER_KEY, AutoBackup
from checkin.ui.settings.backup import BackupBox
from tests.fixed_time import NOW
from tests.test_dbfile import damage


def make_box(qtbot, store, tmp_path, asked):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    admission = Admission(Reception(store, clock=lambda: NOW))
    auto = AutoBackup(store, settings)
    box = BackupBox(auto, admission, choose_folder=lambda _parent, _title: tmp_path / "usb",
                    confirm=lambda _parent, _title, question: asked.append(question) or True)
    qtbot.addWidget(box)
    box.load()
    return box, auto, admission, settings


def test_choose_a_stick_back_up_now_and_schedule_a_restore(qtbot, small_event, tmp_path):
    asked = []
    box, auto, admission, settings = make_box(qtbot, small_event, tmp_path, asked)
    assert "beside the database" in box.folder_label.text()
    box.choose_button.click()
    qtbot.waitUntil(lambda: box.folder_label.text() == str(tmp_path / "usb"))
    assert small_event.get_setting(backup.FOLDER_SETTING) == str(tmp_path / "usb")
    assert settings.value(FOLDER_KEY) == str(tmp_path / "usb")  # known even if the db breaks
    box.keep.setValue(3)
    box.keep.editingFinished.emit()
    qtbot.waitUntil(lambda: small_event.get_setting(backup.KEEP_SETTING) == "3")
    with qtbot.waitSignal(auto.backed_up, timeout=10_000):
        box.now_button.click()
    assert box.copies.count() == 1 and "Last copy" in box.state.text()
    assert len(list((tmp_path / "usb").glob("station-*.db"))) == 1
    with qtbot.waitSignal(box.restore_scheduled) as signal:
        box.restore_button.click()
    assert asked and "kept aside" in asked[0]
    assert Path(signal.args[0]).parent == tmp_path / "usb"
    assert (small_event.path.parent / "station.db.restore").exists()
    admission.wait(5000)


def test_a_failed_copy_is_said_in_the_box(qtbot, small_event, tmp_path):
    box, auto, admission, _ = make_box(qtbot, small_event, tmp_path, [])
    (tmp_path / "usb").write_text("not a folder")  # the chosen "stick" is a file
    box.choose_button.click()
    qtbot.waitUntil(lambda: "is a file" in box.state.text())
    admission.wait(5000)


def test_the_next_start_puts_the_scheduled_copy_back(small_event, tmp_path):
    copy = backup.take(small_event.path, tmp_path / "usb")
    small_event.upsert_stations([])  # nothing; the copy is what counts
    backup.schedule_restore(small_event.path, copy.path)
    small_event.close()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    store = open_or_recover(small_event.path, False, settings,
                            ask=lambda *args: (_ for _ in ()).throw(AssertionError(args)))
    try:
        assert len(store.attendees()) == 5
    finally:
        store.close()
    assert list(tmp_path.glob("station.db.replaced-*"))
    assert not (tmp_path / "station.db.restore").exists()


def test_a_damaged_database_offers_the_last_backup(small_event, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(FOLDER_KEY, str(tmp_path / "usb"))
    backup.take(small_event.path, tmp_path / "usb")
    small_event.close()
    damage(small_event.path)
    offers = []

    def ask(kind, message, newest):
        offers.append((kind, message, newest))
        return True  # "Restore the last backup"

    store = open_or_recover(small_event.path, False, settings, ask=ask)
    try:
        assert len(store.attendees()) == 5
    finally:
        store.close()
    (kind, message, newest), = offers
    assert kind == "damaged" and "damaged" in message and newest is not None


def test_quit_instead_of_restoring_opens_nothing(small_event, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    small_event.close()
    damage(small_event.path)
    offers = []
    assert open_or_recover(small_event.path, False, settings,
                           ask=lambda *args: offers.append(args) or False) is None
    assert offers[0][0] == "damaged" and offers[0][2] is None  # no copy to offer


def test_a_newer_database_is_one_message(small_event, tmp_path):
    small_event.close()
    conn = sqlite3.connect(small_event.path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    offers = []
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert open_or_recover(small_event.path, False, settings,
                           ask=lambda *args: offers.append(args) or False) is None
    assert offers[0][0] == "error" and "update this station" in offers[0][1]
    Store(tmp_path / "other.db").close()
