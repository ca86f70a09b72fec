"""The hub in the window: the organiser starts it, pairs a new station with a QR code that the
station takes from its camera path, sees the station's last contact, and revokes it."""

from __future__ import annotations

import numpy as np
import pytest

from checkin.hub import tokens
from checkin.hub.service import HubService
from checkin.store import Store
from checkin.sync.config import load_source, make_engine
from tests.ui.window_fixtures import STAFF_PIN, close, make_station, qm_dir  # noqa: F401


@pytest.fixture(autouse=True)
def private_secrets(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def unlock(qtbot, pad) -> None:
    qtbot.waitUntil(pad.isVisible)
    pad.entry.setText(STAFF_PIN)
    pad.submit()


def qr_text(pixmap) -> str:
    from checkin.scanner.decoders import make_decoder

    image = pixmap.toImage().convertToFormat(pixmap.toImage().Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    gray = np.frombuffer(image.constBits(), np.uint8, stride * height).reshape(height, stride)
    gray = np.pad(gray[:, :width], 20, constant_values=255)
    return make_decoder("zxing").decode(gray)[0].text


def test_organiser_pairs_a_station_from_the_hub_page(qapp, qtbot, small_event, tmp_path, qm_dir):
    organiser = make_station(qapp, qtbot, small_event, tmp_path / "o", qm_dir, language="fr")
    page = organiser.desk.hub_page
    page.service = HubService(small_event, port=0, host="127.0.0.1", announce=False,
                              tls_folder=tmp_path / "tls")
    door_store = Store(tmp_path / "door.db")
    # (one application: the language is the application's, so both windows speak French)
    door = make_station(qapp, qtbot, door_store, tmp_path / "d", qm_dir, language="fr")
    try:
        organiser.window.show_page(page)
        assert not page.stop_button.isEnabled()
        page.start_button.click()
        unlock(qtbot, page.pin_pad)
        qtbot.waitUntil(lambda: page.service.running, timeout=10000)
        qtbot.waitUntil(lambda: page.stop_button.isEnabled())
        assert "https://" in page.status.text()

        page.name_edit.setText("Auditorium – porte A")
        page.pair_button.click()
        unlock(qtbot, page.pin_pad)
        qtbot.waitUntil(lambda: bool(page.code_text), timeout=5000)
        assert page.qr.isVisible()
        assert qr_text(page.qr.pixmap()) == page.code_text  # the QR holds the code itself
        # The page names the hub by this machine's network addresses; the test reaches it on
        # 127.0.0.1 (the only address it may use), so the code is made again for that one.
        enrolment, text = page.service.new_pairing("Auditorium – porte A", "door",
                                                   hosts=["127.0.0.1"])

        # The new station sees the code through the scanner path: it lands in Settings.
        with qtbot.waitSignal(door.desk.pairing_box.paired, timeout=20000) as paired:
            assert door.pairing_code(text)
        assert door.window.current_page() is door.desk.settings_page
        assert paired.args[0].name == "Auditorium – porte A"
        assert "Auditorium – porte A" in door.desk.pairing_box.message.text()
        assert door_store.station_name == "Auditorium – porte A"
        assert load_source(door_store).values["url"].startswith("https://127.0.0.1:")

        engine = make_engine(door_store)
        try:
            report = engine.cycle()
        finally:
            engine.close()
        assert report.error is None
        assert door_store.count_attendees() == 5

        page.refresh()
        names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
        row = names.index("Auditorium – porte A")
        assert page.table.item(row, 2).text() != "—"  # its last contact
        page.table.selectRow(row)
        assert page.selected_token()
        page.revoke_button.click()
        unlock(qtbot, page.pin_pad)
        qtbot.waitUntil(lambda: all(
            t.revoked for t in tokens.list_tokens(small_event) if t.name == "Auditorium – porte A"))
        qtbot.waitUntil(lambda: page.table.item(row, 4).text() == "révoqué")

        page.stop_button.click()
        unlock(qtbot, page.pin_pad)
        qtbot.waitUntil(lambda: not page.service.running, timeout=10000)
        qtbot.waitUntil(page.start_button.isEnabled)
    finally:
        page.service.stop()
        close(door)
        close(organiser)
        door_store.close()


def test_a_pairing_code_is_not_an_unknown_badge_at_the_door(qapp, qtbot, small_event, tmp_path,
                                                             qm_dir):
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="fr")
    try:
        box = station.desk.pairing_box
        assert station.pairing_code("checkin://pair?v=1&c=AB&h=127.0.0.1&p=9&f=" + "0" * 64)
        # Nothing listens there: the box says the hub could not be reached, and where.
        qtbot.waitUntil(lambda: "127.0.0.1" in box.message.text(), timeout=20000)
        assert box.pair_button.isEnabled()
        assert station.window.current_page() is station.desk.settings_page
        assert not station.pairing_code("TST25-NOT-A-PAIRING-CODE")
        station.door_mode.enter()
        assert not station.pairing_code("checkin://pair?v=1&c=AB&h=127.0.0.1&p=9")
    finally:
        close(station)
