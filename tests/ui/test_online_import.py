"""The window's online import (issue 17, part 2): from the dashboard, behind the staff PIN,
pick a real Zoom report, the session and the threshold, read the dry run, record it; decide
the uncertain matches; the online-only attendee is then found by the search, marked, and
the dashboard counts the online attendance. Every write on the writer thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from checkin.model import Method
from checkin.ui.admission import Admission
from checkin.ui.dashboard import DashboardPage
from checkin.ui.online_import import OnlineImportDialog, why_words
from tests.online.report_files import teams_tsv, zoom_csv
from tests.ui.desk_fixtures import STAFF_PIN, staff_pin  # noqa: F401 (fixture)
from tests.ui.test_translations_complete import switch_language
from tests.ui.window_fixtures import STAFF_PIN as WINDOW_PIN, close, make_station, qm_dir  # noqa: F401 (fixture)


def local(hour: int, minute: int) -> datetime:
    return datetime(2025, 2, 3, hour, minute)


# The opening plenary runs 08:00–11:00 in Bujumbura: present online from 90 minutes.
STAYS = [
    ("Hélène Ndayishimiye", "", local(8, 2), local(10, 55)),  # p1, by name
    ("John Smith", "john.smith@ilo.example", local(8, 10), local(9, 0)),  # p4, two joins
    ("John Smith", "john.smith@ilo.example", local(9, 5), local(10, 50)),
    ("Amina Wanjiru", "amina@kemri.example", local(8, 0), local(11, 0)),  # nobody: new
    ("Kouadio N.", "", local(8, 30), local(10, 30)),  # p2? uncertain
    ("Visiteur 7", "", local(8, 0), local(8, 20)),  # too short, nobody
]


@pytest.fixture
def report(tmp_path) -> Path:
    return zoom_csv(tmp_path / "participants_85123456789.csv", STAYS)


@pytest.fixture
def admission(qtbot, reception):
    admission = Admission(reception)
    yield admission
    admission.wait(5000)


def wait_for(qtbot, dialog, admission):
    """Until the writer thread answered (the dialog's callbacks run on the GUI thread)."""
    qtbot.waitUntil(lambda: not dialog.working and not admission.busy, timeout=10000)


@pytest.fixture
def page(qtbot, reception, staff_pin, report, admission):
    page = DashboardPage(reception, staff_pin, admission=admission,
                         choose_report=lambda parent: report)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    yield page
    page.wait_idle()


def open_dialog(qtbot, page) -> OnlineImportDialog:
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.show()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.scope.setCurrentIndex(page.scope.findData("plenary"))
    qtbot.mouseClick(page.online_button, Qt.MouseButton.LeftButton)
    assert page.online_dialog is None  # the PIN first
    assert page.pin_pad.isVisible()
    qtbot.keyClicks(page.pin_pad.entry, STAFF_PIN)
    qtbot.keyClick(page.pin_pad.entry, Qt.Key.Key_Return)
    dialog = page.online_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def rows(dialog):
    m = dialog.lines_model
    return {m.data(m.index(r, m.PARTICIPANT)): [m.data(m.index(r, c))
                                                 for c in range(m.columnCount())]
            for r in range(m.rowCount())}


def test_pick_preview_record_and_decide(qtbot, page, reception, admission, report):
    store = reception.store
    with switch_language("fr"):
        dialog = open_dialog(qtbot, page)
        wait_for(qtbot, dialog, admission)
        assert dialog.session.currentData() == "plenary"  # the session the dashboard shows
        assert dialog.threshold.value() == 50
        assert dialog.needed.text() == "de la session : 90 min sur 180"
        assert "Choisissez le rapport" in dialog.heading.text()
        assert not dialog.apply_button.isEnabled()

        # pick the file: the dry run, nothing written
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, admission)
        assert dialog.file.text() == str(report)
        assert dialog.heading.text() == ("Rien n'est encore écrit. Voici ce qu'importer "
                                         "participants_85123456789.csv enregistrerait :")
        summary = dialog.summary.text()
        assert summary.startswith("Zoom « Plénière d'ouverture » : 5 participants, "
                                  "4 présents en ligne, 1 trop court.")
        assert "3 présences seront enregistrées" in summary
        lines = rows(dialog)
        assert lines["Hélène Ndayishimiye"][2:] == ["oui", "par le nom", "Hélène Ndayishimiye",
                                                    "sera enregistrée"]
        smith = lines["John Smith <john.smith@ilo.example>"]
        assert smith[1] == "155" and smith[3:5] == ["par le nom", "John Smith"]
        assert lines["Amina Wanjiru <amina@kemri.example>"][3:] == [
            "en ligne seulement (nouveau)", "Amina Wanjiru", "sera enregistrée"]
        assert lines["Kouadio N."][3:] == ["incertaine", "? Kouadio N'Guessan",
                                           "attend votre décision"]
        assert lines["Visiteur 7"][1:] == ["20", "non", "pas sur la liste", "",
                                           "rien (trop court)"]
        assert not [c for c in store.checkins() if c.method is Method.ONLINE]

        # a stricter threshold: John Smith's 155 minutes still count, Kouadio's 120 not
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.threshold.setValue(75)
        wait_for(qtbot, dialog, admission)
        assert dialog.needed.text() == "de la session : 135 min sur 180"
        assert rows(dialog)["Kouadio N."][2] == "non"
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.threshold.setValue(50)
        wait_for(qtbot, dialog, admission)

        # record
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, admission)
        assert dialog.heading.text() == "participants_85123456789.csv est importé."
        assert "3 présences enregistrées maintenant" in dialog.summary.text()
        assert not dialog.apply_button.isEnabled()
        online = {c.attendee_id for c in store.checkins() if c.method is Method.ONLINE}
        amina = next(a for a in store.attendees() if a.last_name == "Wanjiru")
        assert online == {"p1", "p4", amina.id}
        assert amina.origin == "online"

        # the uncertain match waits below, with its candidate
        assert dialog.reviews_caption.text().startswith(
            "Correspondances &incertaines pour cette session (1)")
        assert dialog.reviews_model.rowCount() == 1
        assert dialog.candidate.currentText().startswith("Kouadio N'Guessan (MUGEF-CI, "
                                                         "Côte d'Ivoire) — ")
        with qtbot.waitSignal(dialog.decided, timeout=10000):
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, admission)
        assert dialog.review_message.text() == (
            "Kouadio N. est Kouadio N'Guessan : présence en ligne enregistrée.")
        assert dialog.reviews_model.rowCount() == 0
        assert dialog.reviews_caption.text() == (
            "Correspondances incertaines pour cette session : aucune")
        assert {c.attendee_id for c in store.checkins()
                if c.method is Method.ONLINE} == {"p1", "p2", "p4", amina.id}

    # the dashboard counts them, each once: p1 was online only (no entry yet)
    dialog.close()
    page.wait_idle()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.refresh()
    figures = page.figures
    plenary = next(f for f in figures.sessions if f.session.id == "plenary")
    assert (plenary.arrived, plenary.on_site, plenary.online) == (4, 0, 4)
    assert page.online_dialog is None


def test_reject_makes_an_online_only_attendee(qtbot, page, reception, admission):
    store = reception.store
    with switch_language("fr"):
        dialog = open_dialog(qtbot, page)
        wait_for(qtbot, dialog, admission)
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.pick_file()
        wait_for(qtbot, dialog, admission)
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            dialog.apply()
        wait_for(qtbot, dialog, admission)
        with qtbot.waitSignal(dialog.decided, timeout=10000):
            qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, admission)
        made = next(a for a in store.attendees() if a.first_name == "Kouadio"
                    and a.id != "p2")
        assert made.origin == "online"
        assert dialog.review_message.text() == (
            "Kouadio N. n'est personne de la liste : désormais participant en ligne "
            "seulement, Kouadio N..")
        assert not [c for c in store.checkins(attendee_id="p2")]


def test_a_file_that_is_not_a_report(qtbot, page, reception, admission, tmp_path):
    other = tmp_path / "inscrits.csv"
    other.write_text("Nom;Prénom\nNdayishimiye;Hélène\n", encoding="utf-8")
    page.choose_report = lambda parent: other
    with switch_language("fr"):
        dialog = open_dialog(qtbot, page)
        wait_for(qtbot, dialog, admission)
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.pick_file()
        wait_for(qtbot, dialog, admission)
        assert dialog.heading.text() == "inscrits.csv ne peut pas être importé."
        assert "Zoom, Microsoft Teams or Webex" in dialog.summary.text()
        assert not dialog.apply_button.isEnabled()


def test_teams_report_for_another_session(qtbot, reception, admission, tmp_path):
    """Opened on its own (as the desk does), the session chosen in the dialog."""
    path = teams_tsv(tmp_path / "Attendance report.csv",
                     [("Hélène Ndayishimiye", "", local(12, 0), local(14, 0))], french=True)
    dialog = OnlineImportDialog(reception, admission, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    with switch_language("fr"):
        wait_for(qtbot, dialog, admission)
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.session.setCurrentIndex(dialog.session.findData("workshop-a"))
        wait_for(qtbot, dialog, admission)
        assert dialog.plan.report.platform.label == "Microsoft Teams"
        assert rows(dialog)["Hélène Ndayishimiye"][2] == "oui"  # 120 of 120 minutes


def test_a_new_threshold_plans_again_without_reading_the_file_again(qtbot, reception, admission,
                                                                    report, monkeypatch):
    """The report is read once for a file and a session; choosing the file again reads it."""
    from checkin.online import attendance

    reads: list[str] = []
    read_for = attendance.read_for
    monkeypatch.setattr(attendance, "read_for",
                        lambda store, path, session, **kw: reads.append(session.id)
                        or read_for(store, path, session, **kw))
    dialog = OnlineImportDialog(reception, admission, session_id="plenary", path=report)
    qtbot.addWidget(dialog)
    with switch_language("fr"):
        wait_for(qtbot, dialog, admission)
        assert reads == ["plenary"]
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.threshold.setValue(75)
        wait_for(qtbot, dialog, admission)
        assert rows(dialog)["Kouadio N."][2] == "non"
        assert reads == ["plenary"]
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.set_path(report)
        wait_for(qtbot, dialog, admission)
        assert reads == ["plenary", "plenary"]


def test_the_matcher_reasons_in_french(qtbot, reception, admission):
    dialog = OnlineImportDialog(reception, admission)
    qtbot.addWidget(dialog)
    with switch_language("fr"):
        assert why_words("2 people have this name") == "2 personnes portent ce nom"
        assert why_words("one name in common: kouadio") == \
            "un nom en commun : kouadio"
        assert why_words("similar spelling") == "orthographe proche"
    dialog.close()
    admission.wait(5000)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_dialog_fits_the_screen(qtbot, reception, admission, report, language):
    """1366 × 768, with a report read and an uncertain match to decide."""
    dialog = OnlineImportDialog(reception, admission, session_id="plenary", path=report)
    qtbot.addWidget(dialog)
    with switch_language(language):
        dialog.show()
        wait_for(qtbot, dialog, admission)
        dialog.apply()
        wait_for(qtbot, dialog, admission)
        assert dialog.reviews_model.rowCount() == 1
        for size in (dialog.minimumSizeHint(), dialog.sizeHint(), dialog.size()):
            assert size.width() <= 1366 and size.height() <= 740, size
        assert dialog.candidate.isVisible() and dialog.confirm_button.isVisible()
        # every Alt+letter of the dialog leads to one place only
        from PySide6.QtWidgets import QAbstractButton, QLabel

        keys = [w.text().lower().split("&")[1][:1]
                for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
                if w.isVisible() and "&" in w.text().replace("&&", "")]
        assert len(keys) >= 9 and len(keys) == len(set(keys)), keys


def test_in_the_whole_window_nothing_is_written_on_the_gui_thread(qapp, qtbot, small_event,
                                                                   tmp_path, report, qm_dir):
    """The station's window (language fr): dashboard → PIN → import, record, confirm; the
    GUI thread's connection writes nothing; the new online-only attendee is then found by
    the desk's search, marked."""
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="fr")
    try:
        desk, store = station.desk, station.store
        dashboard = desk.dashboard
        dashboard.choose_report = lambda parent: report
        seen: list[str] = []
        store.watch_writes(seen.append)
        station.window.show_page(dashboard)
        with qtbot.waitSignal(dashboard.refreshed, timeout=5000):
            dashboard.scope.setCurrentIndex(dashboard.scope.findData("plenary"))
        qtbot.mouseClick(dashboard.online_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dashboard.pin_pad.entry, WINDOW_PIN)
        qtbot.keyClick(dashboard.pin_pad.entry, Qt.Key.Key_Return)
        dialog = dashboard.online_dialog
        wait_for(qtbot, dialog, station.admission)
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, station.admission)
        assert dialog.windowTitle() == ("Présence en ligne : importer un rapport des "
                                        "participants")
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, station.admission)
        with qtbot.waitSignal(dialog.decided, timeout=10000):
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, dialog, station.admission)
        dialog.close()
        station.admission.wait(5000)
        dashboard.wait_idle()
        qtbot.wait(50)
        assert [c for c in store.checkins() if c.method is Method.ONLINE]
        assert not [sql for sql in seen if not sql.lstrip().lower().startswith("select")], seen
        store.watch_writes(None)
        # the desk's search finds the online-only attendee the import made
        search = desk.search_page
        station.window.show_page(search)
        search.set_session("plenary")
        qtbot.keyClicks(search.query, "wanjiru")
        qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
        m = search.model
        assert m.data(m.index(0, 3)) == "Participant · en ligne seulement"
        assert m.data(m.index(0, 4)) == "En ligne ✔ (pas dans la salle)"
        search.wait_idle()
    finally:
        store.watch_writes(None)
        close(station)

