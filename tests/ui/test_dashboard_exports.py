"""Issue 15, items 1, 2 and 6 through the dashboard: exports follow what the organiser is
looking at ("Afficher"), "all sessions" prints one sheet per session, counts are per session
with plurals right, files are named for what they hold and when, in the documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from checkin.model import Method
from checkin.ui import dashboard as dashboard_module
from checkin.ui.dashboard import DashboardPage, standard_exports
from tests.ui.desk_fixtures import STAFF_PIN, staff_pin  # noqa: F401 (fixture)
from tests.ui.test_translations_complete import switch_language


@pytest.fixture
def chosen(tmp_path):
    return {}


@pytest.fixture
def page(qtbot, reception, staff_pin, tmp_path, chosen, monkeypatch):
    """The dashboard with the real exports; the file dialog answers with a file in tmp_path
    and records what it was offered."""
    def dialog(parent, title, suggested, filters):
        chosen["suggested"] = suggested
        return str(tmp_path / Path(suggested).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.setattr(dashboard_module, "documents_folder", lambda: tmp_path / "Documents")
    page = DashboardPage(reception, staff_pin, exports=standard_exports(reception.store,
                                                                        reception.clock))
    qtbot.addWidget(page)
    page.resize(1200, 900)
    yield page
    page.wait_idle()


def choose_scope(qtbot, page, session_id):
    index = page.scope.findData(session_id) if session_id else 0
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        if page.scope.currentIndex() == index:
            page.refresh()
        else:
            page.scope.setCurrentIndex(index)


def export(qtbot, page, key):
    qtbot.mouseClick(page.export_buttons[key], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pin_pad.entry, STAFF_PIN)
    with qtbot.waitSignal(page.exported, raising=False, timeout=20000) as signal:
        qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    assert signal.signal_triggered, page.export_message.text()
    return Path(signal.args[1])


def text_of(path):
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_the_sheet_follows_the_session_shown_and_counts_per_session(qtbot, page, reception,
                                                                      chosen, tmp_path):
    reception.admit_attendee("p2", "speakers", method=Method.CAMERA)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.show()
    with switch_language("fr"):
        choose_scope(qtbot, page, "speakers")
        # The lounge expects 2 people (a speaker and an organiser), not all 4 registered.
        assert page.total.text() == "1 personne arrivée sur 2 attendues"
        path = export(qtbot, page, "session_pdf")
    pages = text_of(path)
    assert len(pages) == 1
    assert "Salon des intervenants" in pages[0] and "Plénière" not in pages[0]
    assert "N'Guessan" in pages[0]
    assert Path(chosen["suggested"]).parent == tmp_path / "Documents"
    assert Path(chosen["suggested"]).name == \
        "feuille-presence_2025-02-03_salon-intervenants.pdf"


def test_all_sessions_gives_one_sheet_per_session(qtbot, page, reception, chosen):
    reception.admit_attendee("p1", "plenary", method=Method.CAMERA)
    reception.admit_attendee("p2", "plenary", method=Method.CAMERA)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.show()
    choose_scope(qtbot, page, None)
    with switch_language("en"):
        assert page.total.text() == "2 people arrived of 4 registered"
    path = export(qtbot, page, "session_pdf")
    pages = text_of(path)
    headings = [name for name in ("Plénière d'ouverture", "Atelier A", "Salon des intervenants")
                if any(name in p for p in pages)]
    assert len(headings) == 3 and len(pages) == 3
    assert all("Certifié exact / Certified correct" in p for p in pages)
    assert Path(chosen["suggested"]).name.startswith("feuille-presence_")
    assert Path(chosen["suggested"]).name.endswith("_toutes-sessions.pdf")


def test_csv_follows_the_scope_and_is_named_for_it(qtbot, page, reception, chosen):
    reception.admit_attendee("p1", "plenary", method=Method.CAMERA)
    reception.admit_attendee("p2", "speakers", method=Method.CAMERA)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.show()
    choose_scope(qtbot, page, "plenary")
    path = export(qtbot, page, "attendance_csv")
    text = path.read_text("utf-8-sig")
    assert "Ndayishimiye" in text and "N'Guessan" not in text
    assert Path(chosen["suggested"]).name == "presences_2025-02-03_pleniere-ouverture.csv"


def test_the_empty_sign_in_sheet_lists_everybody_expected(qtbot, page, reception):
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.show()
    choose_scope(qtbot, page, "plenary")
    path = export(qtbot, page, "signin_pdf")
    (text,) = text_of(path)
    assert "FEUILLE D'ÉMARGEMENT / SIGN-IN SHEET" in text
    for name in ("Ndayishimiye", "N'Guessan", "Smith", "Li"):
        assert name in text
    assert "Nkurunziza" not in text  # cancelled
    assert "Personnes attendues / People expected: 4" in text


def test_the_funders_logo_and_signatory_are_set_in_settings(qtbot, reception, staff_pin,
                                                            tmp_path):
    """Issue 15, item 6: the logo, the name and role of whoever certifies, from Settings to
    the sheet."""
    from PIL import Image, ImageDraw
    from PySide6.QtCore import QSettings

    from checkin.reports import sheet
    from checkin.reports.data import load_attendance
    from checkin.ui.settings_page import SettingsPage

    logo = tmp_path / "funder.png"
    image = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(image).rectangle((10, 10, 290, 110), outline=(0, 60, 160), width=8)
    image.save(logo)
    settings = SettingsPage(reception, staff_pin,
                            QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                            cameras=lambda: [], choose_image=lambda parent: logo)
    qtbot.addWidget(settings)
    settings.show()
    box = settings.funders_box
    qtbot.mouseClick(box.logo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.logo.text() == str(logo.resolve()), timeout=5000)
    box.signatory.setText("Jeanine Niyonzima")
    box.signatory.editingFinished.emit()
    box.role.setText("Coordinatrice du programme")
    box.role.editingFinished.emit()
    store = reception.store
    qtbot.waitUntil(lambda: store.get_setting("funders.signatory_role") ==
                    "Coordinatrice du programme", timeout=5000)
    options = sheet.SheetOptions.from_store(store)
    assert options.logo == logo.resolve() and options.signatory == "Jeanine Niyonzima"
    data = load_attendance(store)
    path = sheet.session_sheet_pdf(data, data.session("plenary"), tmp_path / "s.pdf", options)
    reader = PdfReader(path)
    assert len(reader.pages[0].images) == 1  # the logo
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Jeanine Niyonzima" in text and "Coordinatrice du programme" in text
    assert "Cachet / Stamp" in text and "Fonction / Role" in text
