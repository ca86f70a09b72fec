"""The first screen of an empty station: a new conference from a short form, a venue hub
joined with its address and token (a real hub on 127.0.0.1), the demo in a file of its own;
a station that holds a conference opens straight on the reception window."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from checkin.hub import tokens
from checkin.hub.server import ThreadedHub
from checkin.store import Store
from checkin.ui.app import Launcher, is_empty
from tests.fixed_time import NOW
from tests.ui.window_fixtures import qm_dir  # noqa: F401 (fixture)


@pytest.fixture
def launch(qapp, qtbot, tmp_path, qm_dir, monkeypatch):
    monkeypatch.setenv("CHECKIN_SECRETS_DIR", str(tmp_path / "secrets"))
    made = []

    def start(store: Store, language: str = "fr") -> Launcher:
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", language)
        launcher = Launcher(qapp, store, settings, clock=lambda: NOW,
                            demo_path=tmp_path / "demo.db", translations_dir=qm_dir,
                            camera=False, scanner_input=False, muted=True)
        launcher.start()
        made.append(launcher)
        return launcher

    yield start
    for launcher in made:
        launcher.close()
        if launcher.store is not None:
            launcher.store.close()


def test_a_station_with_a_conference_opens_on_the_reception_window(launch, small_event):
    launcher = launch(small_event)
    assert launcher.first_screen is None
    assert launcher.station is not None and launcher.station.store is small_event


def test_a_new_conference_from_the_short_form(qtbot, launch, store):
    assert is_empty(store)
    launcher = launch(store)
    screen = launcher.first_screen
    assert screen is not None and screen.isVisible()
    assert "Bienvenue" in screen.heading.text()  # French first
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    assert screen.pages.currentWidget() is screen.event_page
    assert form.timezone.currentText() == "Africa/Bujumbura"  # the machine says UTC

    # wrong fields: each message beside its field, in French, and nothing written
    qtbot.keyClicks(form.code, "I M")
    form.start_date.setDate(QDate(2026, 3, 11))
    form.end_date.setDate(QDate(2026, 3, 10))
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert form.errors["code"].isVisible() and "lettres" in form.errors["code"].text()
    assert form.errors["title_fr"].isVisible()
    assert "avant" in form.errors["end_date"].text()
    assert store.event() is None

    writers = []
    save = store.save_event
    store.save_event = lambda event: (writers.append(threading.current_thread()), save(event))
    form.code.clear()
    qtbot.keyClicks(form.code, "imc26")
    form.title_fr.setText("Conférence internationale de la mutualité 2026")
    form.title_en.setText("International Mutualist Conference 2026")
    form.start_date.setDate(QDate(2026, 3, 10))
    form.end_date.setDate(QDate(2026, 3, 11))
    form.venue.setText("Hôtel Club du Lac Tanganyika, Bujumbura")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.next_page, timeout=5000)
    event = store.event()
    assert (event.code, event.timezone, event.start_date, event.end_date) == (
        "IMC26", "Africa/Bujumbura", date(2026, 3, 10), date(2026, 3, 11))
    assert event.venue.startswith("Hôtel Club")
    assert writers and writers[0] is not threading.main_thread()  # the writer thread
    assert "IMC26" not in screen.next_page.title.text()  # the title, not the code
    assert "Conférence internationale" in screen.next_page.title.text()

    with qtbot.waitSignal(launcher.station_ready, timeout=5000):
        qtbot.mouseClick(screen.next_page.open_button, Qt.MouseButton.LeftButton)
    station = launcher.station
    assert station.store is store and station.reception.event.code == "IMC26"
    assert launcher.first_screen is None


def test_the_form_in_english(qtbot, launch, store):
    launcher = launch(store, language="en")
    screen = launcher.first_screen
    assert "Welcome" in screen.heading.text()
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    screen.language.activated.emit(screen.language.currentIndex())
    assert "Bienvenue" in screen.heading.text()  # switched at once
    assert launcher.settings.value("language") == "fr"


@pytest.fixture
def hub(small_event):
    with ThreadedHub(small_event) as running:
        yield running


def test_joining_the_venue_hub_pulls_the_conference(qtbot, launch, hub, small_event, tmp_path):
    _, token = tokens.add(small_event, "Porte B")
    store = Store(tmp_path / "door-b.db")  # a new laptop: empty
    launcher = launch(store)
    screen = launcher.first_screen
    qtbot.mouseClick(screen.hub_button, Qt.MouseButton.LeftButton)
    page = screen.hub_page
    assert screen.pages.currentWidget() is page

    # a wrong token: said on the page, and the station may keep the source anyway
    qtbot.keyClicks(page.fields["url"][1], hub.url)
    qtbot.keyClicks(page.fields["token"][1], "not-the-token")
    qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert screen.anyway_button.isVisible()
    assert "refusé" in page.message.text() and "jeton" in page.message.text()
    assert launcher.station is None and store.event() is None

    page.fields["token"][1].clear()  # still typed: correcting the address alone is enough
    qtbot.keyClicks(page.fields["token"][1], token)
    with qtbot.waitSignal(launcher.station_ready, timeout=15_000):
        qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
    assert store.event().code == "TST25"
    assert len(store.sessions()) == 3 and store.count_attendees() == 5
    assert not is_empty(store)  # next start: straight to the window
    assert launcher.station.scan_page.session_picker.count() == 3


def test_joining_the_venue_hub_with_its_pairing_code(qtbot, launch, small_event, tmp_path,
                                                    monkeypatch):
    """The organiser's QR code pasted (or typed by a USB scanner) into the first screen: no
    address, no token; the hub's own certificate is checked and pinned."""
    from checkin.hub.certs import hub_certificate
    from checkin.hub.service import HubService

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    service = HubService(small_event, port=0, host="127.0.0.1", announce=False,
                         tls_folder=tmp_path / "tls")
    service.start()
    try:
        _, text = service.new_pairing("Porte C", "door", hosts=["127.0.0.1"])
        store = Store(tmp_path / "door-c.db")
        launcher = launch(store)
        screen = launcher.first_screen
        qtbot.mouseClick(screen.hub_button, Qt.MouseButton.LeftButton)
        page = screen.hub_page
        page.pairing.setText(text)
        with qtbot.waitSignal(launcher.station_ready, timeout=20_000):
            qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
        assert store.station_name == "Porte C"
        assert store.count_attendees() == 5 and len(store.sessions()) == 3
        assert hub_certificate(tmp_path / "tls").fingerprint in text
    finally:
        service.stop()


def test_an_empty_field_is_named(qtbot, launch, store):
    launcher = launch(store)
    screen = launcher.first_screen
    qtbot.mouseClick(screen.pretix_button, Qt.MouseButton.LeftButton)
    page = screen.pretix_page
    qtbot.keyClicks(page.fields["url"][1], "https://pretix.eu")
    qtbot.mouseClick(screen.connect_button, Qt.MouseButton.LeftButton)
    assert "« Organisateur pretix » est vide" in page.message.text()
    assert store.get_setting("sync.source") is None


def test_the_demo_opens_in_its_own_file(qtbot, launch, store, tmp_path):
    launcher = launch(store)
    screen = launcher.first_screen
    with qtbot.waitSignal(launcher.station_ready, timeout=60_000):
        qtbot.mouseClick(screen.demo_button, Qt.MouseButton.LeftButton)
    station = launcher.station
    assert station.store.path == tmp_path / "demo.db"
    assert station.reception.event.code == "IMC25"
    assert is_empty(store)  # this station's own database stays empty


def test_every_control_of_the_first_screen_is_named_and_reachable(qtbot, launch, store):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget

    launcher = launch(store)
    screen = launcher.first_screen
    missing, unreachable = [], []
    for page in (screen.choices, screen.event_page, screen.hub_page, screen.pretix_page,
                 screen.next_page):
        screen.pages.setCurrentWidget(page)
        for widget in screen.findChildren(QWidget):
            if not isinstance(widget, (QAbstractButton, QLineEdit, QComboBox,
                                       QAbstractItemView)) or not widget.isVisibleTo(screen):
                continue
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.append(widget.objectName())
    assert not missing, missing
    assert not unreachable, unreachable
