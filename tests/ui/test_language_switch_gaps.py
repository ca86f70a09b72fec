"""Issue 15, item 12: everything visible follows a live language switch: Settings' language
choice, the re-entry list, messages written before the switch, and Qt's own file dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from tests.ui.window_fixtures import qm_dir, station  # noqa: F401 (fixtures)


def test_settings_follow_the_language_chosen_anywhere(qtbot, station):
    settings = station.desk.settings_page
    station.window.show_page(settings)
    qtbot.wait(20)
    screen, reentry = settings.screen_box, settings.reentry_box
    station.set_language("en")
    assert screen.language_choice.currentText() == "English"
    assert any("Opening plenary" in reentry.reentry_list.item(i).text()
               for i in range(reentry.reentry_list.count()))
    station.set_language("fr")  # from the window's own picker, not from Settings
    assert screen.language_choice.currentText() == "Français"
    names = [reentry.reentry_list.item(i).text() for i in range(reentry.reentry_list.count())]
    assert any("Plénière d'ouverture" in n for n in names)
    assert not any("Opening plenary" in n for n in names)


def test_a_message_written_before_the_switch_is_said_again(qtbot, station):
    panel = station.desk.attendee_panel
    panel.message.say(lambda: panel.tr("Badge sent to the printer."))
    assert panel.message.text() == "Badge envoyé à l'imprimante."
    station.set_language("en")
    assert panel.message.text() == "Badge sent to the printer."
    station.set_language("fr")
    assert panel.message.text() == "Badge envoyé à l'imprimante."


def test_qts_file_dialog_speaks_the_windows_language(qtbot, station):
    def labels():
        dialog = QFileDialog(station.window)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        dialog.deleteLater()
        return texts

    french = labels()
    assert french["lookInLabel"].replace("\xa0", " ") == "&Voir dans :"
    assert french["fileTypeLabel"].replace("\xa0", " ") == "Fichiers de &type :"
    assert french["fileNameLabel"].replace("\xa0", " ") == "&Nom de fichier :"
    station.set_language("en")
    english = labels()
    assert english["lookInLabel"] == "&Look in:"
    station.set_language("fr")
