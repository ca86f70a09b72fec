"""The desk pages inside the real reception window: navigation, the door's session, search →
Enter → card and counters, a live language switch on every page, accessible names and
keyboard reach, and a pseudo-locale (longer strings) that must not cut any label off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from checkin.model import Outcome
from tests.ui.window_fixtures import STAFF_PIN, close, make_station, qm_dir  # noqa: F401


@pytest.fixture
def station(qapp, qtbot, small_event, tmp_path, qm_dir):  # noqa: F811
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="en")
    yield station
    station.desk.search_page.wait_idle()
    station.desk.dashboard.wait_idle()
    close(station)


def desk_pages(station):
    d = station.desk
    return [d.search_page, d.walkin_page, d.attendee_panel, d.dashboard, d.settings_page,
            d.hub_page]


def titles(station):
    nav = station.window.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def test_the_pages_are_in_the_navigation_and_follow_the_door(station):
    assert titles(station)[1:] == ["Search", "Walk-in", "Attendee", "Dashboard", "Settings",
                                 "Hub", "Receivers"]
    door = station.scan_page.session_id
    assert door == "plenary"
    assert station.desk.search_page.session_id == door
    station.scan_page.set_session("speakers")
    for page in (station.desk.search_page, station.desk.attendee_panel,
                 station.desk.walkin_page):
        assert page.session_id == "speakers"


def test_clicking_a_page_name_gives_its_field_the_keyboard(qtbot, station):
    """A clerk clicks "Search" and types at once: the click must not leave the focus on the
    navigation list (seen under Xvfb: the letters went nowhere)."""
    window, nav = station.window, station.window.navigation
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    for page, field in ((station.desk.search_page, station.desk.search_page.query),
                        (station.desk.walkin_page, station.desk.walkin_page.focusProxy())):
        item = nav.item(station.window._pages.index(page))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=nav.visualItemRect(item).center())
        assert station.window.current_page() is page
        qtbot.waitUntil(field.hasFocus, timeout=2000)


def test_search_enter_card_and_the_counters_follow(qtbot, station):
    d = station.desk
    station.window.show_page(d.search_page)
    with qtbot.waitSignal(d.search_page.results_shown, timeout=5000,
                          check_params_cb=lambda text, n: text == "smith"):
        qtbot.keyClicks(d.search_page.query, "smith")
    with qtbot.waitSignal(d.dashboard.refreshed, timeout=5000):
        with qtbot.waitSignal(d.search_page.checked_in, timeout=5000) as signal:
            qtbot.keyClick(d.search_page.query, Qt.Key.Key_Return)
    assert signal.args[0].outcome is Outcome.ACCEPTED
    assert d.search_page.card.colour == "green"
    assert d.dashboard.figures.total_arrived == 1
    qtbot.waitUntil(lambda: station.scan_page.counter.text().startswith("1"), timeout=5000)


def test_ctrl_enter_opens_the_panel_and_back(qtbot, station):
    d = station.desk
    station.window.show_page(d.search_page)
    with qtbot.waitSignal(d.search_page.results_shown, timeout=5000,
                          check_params_cb=lambda text, n: text == "wu li"):
        qtbot.keyClicks(d.search_page.query, "wu li")
    qtbot.keyClick(d.search_page.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert station.window.current_page() is d.attendee_panel
    assert d.attendee_panel.name.text() == "Wu Li"
    qtbot.mouseClick(d.attendee_panel.close_button, Qt.MouseButton.LeftButton)
    assert station.window.current_page() is d.search_page


def test_language_switch_on_every_page(qtbot, station):
    english = titles(station)
    station.set_language("fr")
    assert titles(station)[1:] == ["Recherche", "Sans inscription", "Participant",
                                   "Tableau de bord", "Paramètres", "Serveur", "Récepteurs"]
    d = station.desk
    assert d.search_page.checkin_button.text() == "Valider l'entrée (touche Entrée)"
    assert d.walkin_page.captions[next(iter(d.walkin_page.captions))].text() == "&Prénom"
    assert d.attendee_panel.captions["country"].text() == "Pays"
    assert d.dashboard.title.text() == "Qui est là"
    assert d.settings_page.station_box.title() == "Ce poste"
    assert d.hub_page.title.text() == "Serveur du lieu"
    assert d.pairing_box.title() == "Rejoindre le serveur du lieu"
    station.set_language("en")
    assert titles(station) == english


def interactive(page: QWidget):
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    for widget in page.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.isVisibleTo(page):
            yield widget


def test_every_control_has_a_name_and_is_reachable_by_keyboard(station):
    missing, unreachable = [], []
    for page in desk_pages(station):
        for widget in interactive(page):
            if isinstance(widget, QHeaderView) or widget.parent().objectName() == "pin_pad":
                continue  # a table's header is named with its table; the PIN pad's digit keys
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                missing.append(f"{type(page).__name__}: {type(widget).__name__} "
                               f"{widget.objectName()!r}")
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.append(f"{type(page).__name__}: {widget.objectName()!r}")
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)
    assert not unreachable, "controls out of the Tab order:\n" + "\n".join(unreachable)


class PseudoTranslator(QTranslator):
    """Every string 40 % longer, with its mnemonic kept: what German or a verbose French
    translation does to a layout."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
        if not source or source.startswith(("%1", "http")):
            return source
        return f"[{source} {'~' * (len(source) * 4 // 10)}]"

    def isEmpty(self):  # noqa: N802 - Qt skips a translator that says it is empty
        return False


def test_pseudo_locale_cuts_no_label_off(qtbot, station):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        station.window.resize(1366, 768)
        qtbot.wait(50)  # the LanguageChange events
        assert station.desk.dashboard.title.text().startswith("[Who is here ~")
        cut = []
        for page in desk_pages(station):
            station.window.show_page(page)
            qtbot.wait(20)
            # a layout that grows past a 1366 x 768 screen cuts off just the same
            needed = station.window.minimumSizeHint()
            if needed.width() > 1366 or needed.height() > 768:
                cut.append(f"{type(page).__name__}: the window needs {needed.width()} x "
                           f"{needed.height()} (the page {page.minimumSizeHint().width()} x "
                           f"{page.minimumSizeHint().height()})")
            for label in page.findChildren(QLabel):
                if not label.isVisible() or label.wordWrap() or not label.text():
                    continue
                if label.pixmap() is not None and not label.pixmap().isNull():
                    continue
                if label.sizeHint().width() > label.width() + 1:
                    cut.append(f"{type(page).__name__}: {label.text()[:50]!r} "
                               f"({label.sizeHint().width()} > {label.width()})")
            for button in page.findChildren(QAbstractButton):
                if button.isVisible() and button.sizeHint().width() > button.width() + 1:
                    cut.append(f"{type(page).__name__}: button {button.text()[:50]!r}")
        assert not cut, "cut off under a longer language:\n" + "\n".join(cut)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_decoder_preference_reaches_the_camera(qapp, qtbot, small_event, tmp_path,
                                                   qm_dir):  # noqa: F811
    from PySide6.QtCore import QSettings

    from checkin.scanner.camera import CameraController
    from checkin.scanner.decoders import available_decoders, default_decoder
    from checkin.scanner.validator import ScanValidator

    usable = [d.name for d in available_decoders() if d.available]
    if len(usable) < 2:
        pytest.skip("needs two decoders")
    QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat).setValue(
        "scanner/decoder", usable[1])
    camera = CameraController(default_decoder(), ScanValidator())
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, camera=camera)
    try:
        assert station.camera.decoder.name == usable[1]
        station.desk.settings_page.decoder_chosen.emit(usable[0])
        assert station.camera.decoder.name == usable[0]
    finally:
        close(station)
