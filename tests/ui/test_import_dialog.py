"""The import dialog on a re-import: each updated person shows each field that changes, from
what to what, before anything is written; a blank cell keeps what is stored unless "blank
cells clear stored values" is ticked, and ticking it shows the erasures first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.ui.admission import Admission
from checkin.ui.i18n import Translations
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.table_models import ImportLinesModel
from tests.ui.window_fixtures import qm_dir  # noqa: F401 (fixture)

FIRST = (
    "Nom;Prénom;Organisation;Pays;E-mail;Téléphone\n"
    "Bigirimana;Claude;MFP;Burundi;claude@example.bi;+257 22 00 00 01\n"
    "Irakoze;Aline;PAMUSAB;Burundi;aline@example.bi;+257 22 00 00 02\n"
)
# The same list a week later: Claude's phone changed, his e-mail cell left blank; Aline as
# she was.
AGAIN = (
    "Nom;Prénom;Organisation;Pays;E-mail;Téléphone\n"
    "Bigirimana;Claude;MFP;Burundi;;+257 79 00 00 09\n"
    "Irakoze;Aline;PAMUSAB;Burundi;aline@example.bi;+257 22 00 00 02\n"
)


@pytest.fixture
def french(qapp, qm_dir):
    translations = Translations(qapp, folder=qm_dir)
    translations.set_language("fr")
    yield translations
    translations.uninstall()


@pytest.fixture
def admission(reception):
    admission = Admission(reception)
    yield admission
    admission.wait(5000)


def open_dialog(qtbot, store, admission, path) -> ImportDialog:
    dialog = ImportDialog(store, path, admission=admission)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.error))
    assert not dialog.error, dialog.error
    return dialog


def line(dialog, first_name: str) -> dict:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.record(row).name.startswith(first_name):
            return {"action": model.data(model.index(row, ImportLinesModel.ACTION)),
                    "changes": model.data(model.index(row, ImportLinesModel.CHANGES)),
                    "row": row}
    raise AssertionError(f"no line for {first_name}")


def claude(store):
    return next(a for a in store.attendees() if a.first_name == "Claude")


def test_a_re_import_shows_each_change_and_never_erases_unseen(qtbot, small_event, admission,
                                                               tmp_path, french):
    store = small_event
    first, again = tmp_path / "inscrits.csv", tmp_path / "inscrits-v2.csv"
    first.write_text(FIRST, "utf-8-sig")
    again.write_text(AGAIN, "utf-8-sig")
    dialog = open_dialog(qtbot, store, admission, first)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()

    dialog = open_dialog(qtbot, store, admission, again)
    assert not dialog.blank_clears.isChecked()  # off by default
    shown = line(dialog, "Claude")
    assert shown["action"] == "mis à jour"
    assert "téléphone : +257 22 00 00 01 → +257 79 00 00 09" in shown["changes"]
    assert "e-mail :" not in shown["changes"]
    assert "vide dans le fichier, gardé : e-mail" in shown["changes"]
    assert line(dialog, "Aline")["action"] == "inchangé"
    assert "gardent" in dialog.summary.text()
    dialog.table.selectRow(shown["row"])
    assert "téléphone : +257 22 00 00 01 → +257 79 00 00 09" in dialog.detail.text()

    # ticked: the dry run is made again, and the erasure shows before anything is written
    dialog.blank_clears.setChecked(True)
    qtbot.waitUntil(lambda: "e-mail : claude@example.bi → (vide)" in
                    line(dialog, "Claude")["changes"])
    assert "effacent" in dialog.summary.text()
    assert claude(store).email == "claude@example.bi"  # still a dry run

    # unticked again and imported: the phone changes, the e-mail stays
    dialog.blank_clears.setChecked(False)
    qtbot.waitUntil(lambda: "e-mail :" not in line(dialog, "Claude")["changes"])
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    person = claude(store)
    assert (person.email, person.phone) == ("claude@example.bi", "+257 79 00 00 09")


def test_blanks_clear_when_the_organiser_says_so(qtbot, small_event, admission, tmp_path,
                                                french):
    store = small_event
    first, again = tmp_path / "inscrits.csv", tmp_path / "inscrits-v2.csv"
    first.write_text(FIRST, "utf-8-sig")
    again.write_text(AGAIN, "utf-8-sig")
    dialog = open_dialog(qtbot, store, admission, first)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()
    dialog = open_dialog(qtbot, store, admission, again)
    dialog.blank_clears.setChecked(True)
    qtbot.waitUntil(lambda: "(vide)" in line(dialog, "Claude")["changes"])
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert claude(store).email == ""
    assert not dialog.blank_clears.isEnabled()  # done: nothing more to decide


def test_a_programme_re_import_shows_each_session_change(qtbot, small_event, admission,
                                                        tmp_path, french):
    """The small event's programme exported, one room changed, imported again: the report
    says which session changes, from which room to which, before anything is written."""
    from checkin.programme import export_programme
    from checkin.ui.import_dialog import PROGRAMME

    store = small_event
    path = export_programme(store, tmp_path / "programme.csv")
    text = path.read_text("utf-8-sig").replace(";Auditorium;", ";Salle Tanganyika;")
    path.write_text(text, "utf-8-sig")
    dialog = ImportDialog(store, path, admission=admission, kind=PROGRAMME)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.error))
    assert not dialog.error, dialog.error
    model = dialog.model
    rows = {model.record(r).session_id: (model.data(model.index(r, ImportLinesModel.ACTION)),
                                         model.data(model.index(r, ImportLinesModel.CHANGES)))
            for r in range(model.rowCount())}
    assert rows["plenary"] == ("mise à jour", "salle : Auditorium → Salle Tanganyika")
    assert rows["workshop-a"][0] == "inchangée"
    assert not dialog.blank_clears.isVisible()  # a programme has no such choice
    assert store.session("plenary").room == "Auditorium"  # nothing written yet
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.session("plenary").room == "Salle Tanganyika"
