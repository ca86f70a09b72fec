"""The receivers page and the door (issue 17, part 3), in the whole window, in French: number
receivers behind the PIN, lend by scanning a badge then a receiver's label (as the USB scanner
types it) or by typing its number, every answer on the card with the button that resolves it,
take back by scanning the receiver alone, the list of those out with the phone only behind the
PIN, the exports and the label sheet (its QR codes read back by the real decoders), a receiver
read at the door lends to the person just admitted and is never a check-in, and no database
write on the GUI thread. ``SHOT=folder`` saves the screenshots of docs/."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.model import Outcome
from checkin.receivers import LendOutcome
from tests.ui.window_fixtures import (  # noqa: F401 (fixtures)
    STAFF_PIN,
    close,
    make_station,
    qm_dir,
    scan,
)


@pytest.fixture
def station(qapp, qtbot, small_event, tmp_path, qm_dir):
    small_event.upsert_attendees([replace(small_event.attendee("p1"),
                                          phone="+257 79 12 34 56")])
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="fr")
    yield station
    station.store.watch_writes(None)
    close(station)


@pytest.fixture
def gui_writes(station):
    seen: list[str] = []
    station.store.watch_writes(seen.append)
    return seen


def unlock(qtbot, page) -> None:
    page.unlock_button.click()
    qtbot.waitUntil(page.pin_pad.isVisible)
    page.pin_pad.entry.setText(STAFF_PIN)
    page.pin_pad.submit()
    qtbot.waitUntil(lambda: page.unlocked)


def read(qtbot, station, code: str):
    """A code as the USB scanner gives it while the receivers page is shown."""
    page = station.receivers_page
    with qtbot.waitSignals([], timeout=100):
        pass
    from tests.ui.window_fixtures import Station  # noqa: F401

    assert station.receivers_code(code)
    station.admission.wait(5000)
    qtbot.wait(50)
    return page


def answer(qtbot, station, code: str):
    with qtbot.waitSignal(station.receiver_desk.answered, timeout=5000) as blocker:
        assert station.receivers_code(code)
    return blocker.args[0]


def waiting_for(qtbot, station, code: str):
    with qtbot.waitSignal(station.receiver_desk.waiting_changed, timeout=5000) as blocker:
        assert station.receivers_code(code)
    return blocker.args[0]


def shoot(qtbot, station, name: str) -> None:
    folder = os.environ.get("SHOT")
    if folder:
        qtbot.wait(200)  # the layout settles (wrapped lines) as a person would see it
        station.window.grab().save(str(Path(folder) / name))


def test_lend_and_take_back_at_the_desk(qtbot, station, small_event, gui_writes, tmp_path):
    window, page = station.window, station.receivers_page
    window.show_page(page)
    assert page.windowTitle() == "Récepteurs"
    assert not page.staff.isVisible() and page.locked_note.isVisible()
    unlock(qtbot, page)
    page.count.setValue(12)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(small_event.receivers()) == 12)
    qtbot.waitUntil(lambda: "Récepteurs ajoutés : 12 (R001 à R012)" in page.message.text())

    token = {a.id: a.token for a in small_event.attendees()}
    person = waiting_for(qtbot, station, token["p1"] + "\r")
    assert person.id == "p1"
    assert "Hélène Ndayishimiye" in page.waiting.text()
    lent = answer(qtbot, station, "CHECKIN://RECEIVER/R003")  # the sticker's QR, as read
    assert lent.outcome is LendOutcome.LENT
    assert page.headline.text() == "R003 prêté à Hélène Ndayishimiye"
    assert small_event.checkins() == []  # lending is no check-in

    # typed: a badge, then a number
    page.entry.setText(token["p2"])
    with qtbot.waitSignal(station.receiver_desk.waiting_changed):
        page.entry_button.click()
    page.entry.setText("3")
    with qtbot.waitSignal(station.receiver_desk.answered) as blocker:
        page.entry.returnPressed.emit()
    other = blocker.args[0]
    assert other.outcome is LendOutcome.LENT_TO_OTHER
    assert page.headline.text() == "R003 est déjà prêté à quelqu'un d'autre"
    assert "Hélène Ndayishimiye" in page.detail.text()
    assert page.action_button.isVisible()
    assert page.action_button.text() == "Le reprendre et le prêter à Kouadio N'Guessan"
    shoot(qtbot, station, "receivers-taken-fr.png")
    with qtbot.waitSignal(station.receiver_desk.answered) as blocker:
        page.action_button.click()
    assert blocker.args[0].outcome is LendOutcome.LENT
    assert "Repris d'abord à Hélène Ndayishimiye" in page.detail.text()

    # the list of those out, with the phone to call
    waiting_for(qtbot, station, token["p1"])
    answer(qtbot, station, "checkin://receiver/R005")
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    cells = [[page.table.item(r, c).text() for c in range(page.table.columnCount())]
             for r in range(page.table.rowCount())]
    assert [row[0] for row in cells] == ["R003", "R005"]
    assert cells[1][1] == "Hélène Ndayishimiye" and cells[1][3] == "+257 79 12 34 56"
    assert page.counts.text() == "Récepteurs : 12 — prêtés : 2 — disponibles : 10"
    shoot(qtbot, station, "receivers-fr.png")

    # unknown things
    unknown = answer(qtbot, station, "checkin://receiver/R099")
    assert unknown.outcome is LendOutcome.UNKNOWN_RECEIVER
    assert page.headline.text() == "Récepteur inconnu : R099"
    with qtbot.waitSignal(station.receiver_desk.unknown):
        station.receivers_code("n'importe quoi")
    assert page.headline.text().startswith("Ni un badge ni un récepteur")

    # taken back: the receiver alone
    back = answer(qtbot, station, "checkin://receiver/R005")
    assert back.outcome is LendOutcome.RETURNED and back.attendee.id == "p1"
    assert page.headline.text() == "R005 rendu"
    again = answer(qtbot, station, "checkin://receiver/R005")
    assert again.outcome is LendOutcome.NOT_LENT

    # leaving the page hides the list again
    window.show_page(station.scan_page)
    assert not page.unlocked
    assert gui_writes == []


def test_exports_and_labels_from_the_page(qtbot, station, small_event, tmp_path):
    from checkin.receivers import add_numbered

    add_numbered(small_event, 3)
    page = station.receivers_page
    station.window.show_page(page)
    unlock(qtbot, page)
    token = small_event.attendee("p1").token
    waiting_for(qtbot, station, token)
    answer(qtbot, station, "checkin://receiver/R002")
    chosen = []

    def choose(title, suffix):
        chosen.append(title)
        return tmp_path / f"out.{suffix}"

    page.choose_path = choose
    for suffix in ("csv", "xlsx", "pdf"):
        page.export_buttons[suffix].click()
        qtbot.waitUntil(lambda s=suffix: (tmp_path / f"out.{s}").exists(), timeout=10000)
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "R002;;Hélène Ndayishimiye" in text and "'+257 79 12 34 56" in text
    page.choose_path = lambda title, suffix: tmp_path / "labels.pdf"
    page.labels_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "labels.pdf").exists(), timeout=20000)
    qtbot.waitUntil(lambda: "labels.pdf" in page.message.text())

    # an import with a bad line: nothing imported, the line named
    bad = tmp_path / "list.csv"
    bad.write_text("Numéro\nR010\nR010\n", encoding="utf-8")
    page.choose_file = lambda: bad
    page.import_button.click()
    qtbot.waitUntil(lambda: "Rien n'a été importé" in page.message.text())
    assert len(small_event.receivers()) == 3


def test_at_the_door_badge_then_receiver_lends_without_a_check_in(qtbot, station,
                                                                   small_event):
    from checkin.receivers import add_numbered, open_loans

    add_numbered(small_event, 3)
    station.door_mode.enter()
    token = small_event.attendee("p4").token
    admitted = scan(qtbot, station, token)
    assert admitted.outcome is Outcome.ACCEPTED
    before = small_event.checkins()
    with qtbot.waitSignal(station.receiver_desk.answered) as blocker:
        station.scan_page.submit_scanner_code("CHECKIN://RECEIVER/R001")
    assert blocker.args[0].outcome is LendOutcome.LENT
    assert station.sounds.played[-1] == "green"
    banner = station.scan_page.receiver_banner
    assert banner.isVisible()
    assert banner.text.text() == "R001 prêté à John Smith"
    assert small_event.checkins() == before  # the label counted as nothing at the door
    assert [(x.receiver_id, x.attendee_id) for x in open_loans(small_event)] == [("R001",
                                                                                  "p4")]
    shoot(qtbot, station, "receivers-door-fr.png")
    # later, the receiver alone comes back at the door
    scan(qtbot, station, small_event.attendee("p1").token)
    station.receiver_desk.forget()
    with qtbot.waitSignal(station.receiver_desk.answered) as blocker:
        station.scan_page.submit_camera_code("checkin://receiver/R001")
    assert blocker.args[0].outcome is LendOutcome.RETURNED
    assert open_loans(small_event) == []


def test_the_page_in_english_fits_and_says_it_in_english(qapp, qtbot, small_event, tmp_path,
                                                         qm_dir):
    from checkin.receivers import add_numbered

    add_numbered(small_event, 60)
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="en")
    try:
        page = station.receivers_page
        station.window.show_page(page)
        assert page.windowTitle() == "Receivers"
        unlock(qtbot, page)
        for who, number in (("p1", "R007"), ("p2", "R012"), ("p4", "R031")):
            waiting_for(qtbot, station, small_event.attendee(who).token)
            answer(qtbot, station, number)
        qtbot.waitUntil(lambda: page.table.rowCount() == 3)
        assert page.headline.text() == "R031 lent to John Smith"
        assert page.counts.text() == "Receivers: 60 — out: 3 — here: 57"
        hint = station.window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        shoot(qtbot, station, "receivers-en.png")
    finally:
        close(station)


def test_a_usb_scanner_lends_on_the_receivers_page(qapp, qtbot, small_event, tmp_path,
                                                    qm_dir):
    """The real keyboard-wedge path: the scanner types the badge, then the sticker, with
    Enter, while the receivers page is shown; nothing is checked in."""
    from checkin.receivers import add_numbered, open_loans
    from checkin.scanner.wedge import WedgeDetector
    from checkin.ui.scanner_input import ScannerInput
    from tests.ui.test_window_scanner import Clock, type_keys

    add_numbered(small_event, 3)
    clock = Clock()
    scanner = ScannerInput(WedgeDetector(max_gap_ms=50, min_length=6, pause_ms=120,
                                         enter_only=True), clock=clock)
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, scanner_input=scanner)
    try:
        page = station.receivers_page
        station.window.show_page(page)
        page.entry.setFocus()
        with qtbot.waitSignal(station.receiver_desk.waiting_changed, timeout=5000):
            type_keys(page.entry, small_event.attendee("p5").token, clock, gap_ms=4)
        with qtbot.waitSignal(station.receiver_desk.answered, timeout=5000) as blocker:
            type_keys(page.entry, "CHECKIN://RECEIVER/R002", clock, gap_ms=4)
        assert blocker.args[0].outcome is LendOutcome.LENT
        assert page.headline.text() == "R002 prêté à Wu Li"
        assert page.entry.text() == ""  # the scanner's keys never reached the field
        assert station.window.current_page() is page  # not sent to the door's card
        assert [(x.receiver_id, x.attendee_id) for x in open_loans(small_event)] == [
            ("R002", "p5")]
        assert small_event.checkins() == []
    finally:
        close(station)


def test_the_attendee_panel_says_which_receiver_the_person_holds(qtbot, station, small_event):
    from checkin.receivers import add_numbered

    add_numbered(small_event, 3)
    panel = station.desk.attendee_panel
    panel.show_attendee("p1")
    assert panel.captions["receiver"].text() == "Récepteur d'interprétation"
    assert panel.values["receiver"].text() == "—"
    station.window.show_page(station.receivers_page)
    waiting_for(qtbot, station, small_event.attendee("p1").token)
    answer(qtbot, station, "checkin://receiver/R002")
    panel.show_attendee("p1")
    assert panel.values["receiver"].text() == "R002 (depuis 09:30)"


def test_labels_go_through_the_print_dialog_and_read_back(qtbot, station, small_event,
                                                         tmp_path):
    """"Print labels…": the system's dialog (a stand-in that chooses a PDF file, as a
    computer with no printer offers), the stickers at their places, each code readable."""
    import shutil
    import subprocess

    import numpy as np
    from PIL import Image
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from checkin.badges.receivers import STICKER_MM, sticker_origin
    from checkin.receivers import add_numbered
    from checkin.scanner.decoders import make_decoder, to_gray

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    add_numbered(small_event, 5)
    page = station.receivers_page
    station.window.show_page(page)
    unlock(qtbot, page)
    printed = tmp_path / "printed.pdf"

    class Dialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self):
            return QDialog.DialogCode.Accepted

    page.dialog_factory = Dialog
    page.print_button.click()
    assert page.message.text() == "Étiquettes envoyées à l'imprimante : 5."
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(printed),
                    str(tmp_path / "page")], check=True)
    image = np.asarray(Image.open(next(tmp_path.glob("page*.png"))).convert("L"))
    px = 150 / 25.4
    (w, h), read = STICKER_MM, []
    zxing = make_decoder("zxing")
    for slot in range(5):
        x, y = sticker_origin(slot)
        cell = image[round(y * px):round((y + h) * px), round(x * px):round((x + w) * px)]
        read += [f.text for f in zxing.decode(to_gray(np.ascontiguousarray(cell)))]
    assert read == [f"CHECKIN://RECEIVER/R00{n}" for n in range(1, 6)]


def test_a_badge_waits_two_minutes_for_its_receiver(qtbot, station, small_event):
    desk, page = station.receiver_desk, station.receivers_page
    now = [1000.0]
    desk.clock = lambda: now[0]
    station.window.show_page(page)
    waiting_for(qtbot, station, small_event.attendee("p2").token)
    assert page.waiting.text().startswith("Pour Kouadio N'Guessan")
    now[0] += 121
    with qtbot.waitSignal(desk.waiting_changed, timeout=8000):
        pass  # the page's tick notices
    assert page.waiting.text() == "En attente d'un badge ou d'un récepteur."
