"""From an empty database to a green scan, using only the window: the first screen, a new
conference, the programme and the attendee list imported from the organiser's spreadsheets
(each report read before anything is written), then a badge typed at the scan page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from checkin.model import Outcome
from checkin.store import Store
from checkin.ui.app import Launcher
from tests.fixed_time import NOW
from tests.ui.window_fixtures import qm_dir  # noqa: F401 (fixture)

# As an organiser writes them: French Excel CSV (";", Windows-1252), a title row above the
# header, times as "8h30", a start–end range in one cell, "tous" for everyone.
PROGRAMME = (
    "Programme de la conférence IMC26;;;;;;;\n"
    "Nom FR;Nom EN;Date;Horaire;Salle;Capacité;Qui peut entrer;Inscription\n"
    "Plénière d'ouverture;Opening plenary;10/03/2026;8h30-10h30;Auditorium;;tous;non\n"
    "Atelier A : gestion déléguée;Workshop A: delegated management;10/03/2026;"
    "11h00–12h30;Salle Ruzizi;40;;oui\n"
    "Atelier B : absorption des chocs;Workshop B: shock absorption;10/03/2026;"
    "12h00–13h00;Salle Ruzizi;30;;oui\n"
)
ATTENDEES = (
    "Nom;Prénom;Organisation;Pays;Catégorie;E-mail;Ateliers\n"
    "Ndayishimiye;Hélène;Mutuelle de la Fonction Publique;Burundi;participant;"
    "helene@example.bi;Atelier A\n"
    "N'Guessan;Kouadio;MUGEF-CI;Côte d'Ivoire;intervenant;kouadio@example.ci;"
    "Atelier B\n"
)


@pytest.fixture
def files(tmp_path):
    programme = tmp_path / "programme.csv"
    programme.write_bytes(PROGRAMME.encode("cp1252"))
    attendees = tmp_path / "inscrits.csv"
    attendees.write_bytes(ATTENDEES.encode("cp1252"))
    return {"programme": programme, "attendees": attendees}


@pytest.fixture
def launcher(qapp, qtbot, tmp_path, qm_dir):
    store = Store(tmp_path / "station.db")  # a new laptop: nothing in it
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "fr")
    launcher = Launcher(qapp, store, settings, clock=lambda: NOW, translations_dir=qm_dir,
                        camera=False, scanner_input=False, muted=True)
    yield launcher
    launcher.close()
    store.close()


def import_through_dialog(qtbot, screen, kind: str):
    """Click the import button of ``kind``, read the report, confirm."""
    button = (screen.next_page.programme_button if kind == "programme"
              else screen.next_page.attendees_button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = screen.import_dialog  # a child of the first screen, deleted with it
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.error), timeout=10_000)
    assert not dialog.error, dialog.error
    assert dialog.report is None and "Rien n'est encore écrit" in dialog.heading.text()
    model = dialog.model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(dialog.model.rowCount())]
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].committed
    dialog.close()
    return rows


def test_from_an_empty_database_to_a_green_scan(qtbot, launcher, files):
    gui_writes: list[str] = []
    launcher.store.watch_writes(gui_writes.append)  # the GUI thread's connection
    launcher.start()
    screen = launcher.first_screen  # closed and deleted by the launcher once done
    screen.choose_file = lambda parent, kind: files[kind]

    # 1. the first screen: a new conference
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    qtbot.keyClicks(form.code, "IMC26")
    form.title_fr.setText("Conférence internationale de la mutualité 2026")
    form.title_en.setText("International Mutualist Conference 2026")
    form.start_date.setDate(QDate(2026, 3, 10))
    form.end_date.setDate(QDate(2026, 3, 11))
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.next_page, timeout=5000)

    # 2. the programme: three sessions, the overlap in Salle Ruzizi warned, not refused
    rows = import_through_dialog(qtbot, screen, "programme")
    assert [r[1] for r in rows] == ["nouvelle"] * 3
    # the day and times as read from "8h30-10h30", before anything is written
    assert rows[0][5] == "10/03/2026 08:30–10:30 · Auditorium"
    assert rows[1][5] == "10/03/2026 11:00–12:30 · Salle Ruzizi · 40 places"
    assert rows[2][3].startswith("même salle que « Atelier A : gestion déléguée »")
    qtbot.waitUntil(lambda: "3 sessions au programme" in
                    screen.next_page.programme_status.text(), timeout=5000)

    # 3. the attendees, their workshops found by name in the new programme
    rows = import_through_dialog(qtbot, screen, "attendees")
    assert [r[1] for r in rows] == ["nouveau", "nouveau"]
    qtbot.waitUntil(lambda: "2 personnes sur la liste" in
                    screen.next_page.attendees_status.text(), timeout=5000)

    # 4. the reception window
    with qtbot.waitSignal(launcher.station_ready, timeout=5000):
        qtbot.mouseClick(screen.next_page.open_button, Qt.MouseButton.LeftButton)
    station = launcher.station
    station.window.show()
    qtbot.waitExposed(station.window)
    store, page = station.store, station.scan_page
    helene = next(a for a in store.attendees() if a.first_name == "Hélène")
    assert [store.session(s).name_en for s in helene.workshops] == [
        "Workshop A: delegated management"]
    assert page.session_picker.count() >= 3
    opening = next(s for s in store.sessions() if s.name_fr == "Plénière d'ouverture")
    index = page.session_picker.findData(opening.id)
    page.session_picker.setCurrentIndex(index)
    page.session_picker.activated.emit(index)
    assert page.session_id == opening.id

    # 5. the badge code typed in the scan page's field, as a volunteer would
    with qtbot.waitSignal(page.result_shown, timeout=5000) as shown:
        qtbot.keyClicks(page.manual_entry, helene.token)
        qtbot.keyClick(page.manual_entry, Qt.Key.Key_Return)
    result = shown.args[0]
    assert result.outcome is Outcome.ACCEPTED
    assert page.card.colour == "green"
    assert "Hélène" in page.card.name.text()
    assert store.entries(helene.id, opening.id)  # on disk
    store.watch_writes(None)
    assert gui_writes == [], "database writes on the GUI thread:\n" + "\n".join(gui_writes)
