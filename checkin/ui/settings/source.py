"""Settings: where the attendee list comes from (a spreadsheet, with the line-by-line report
before anything is written) and where this station syncs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from checkin.reception import Reception
from checkin.ui.admission import Admission
from checkin.ui.settings import SettingsBox


class SourceBox(SettingsBox):
    attendees_imported = Signal(object)  # ImportReport
    sync_source_saved = Signal(object)  # SourceConfig

    def __init__(self, reception: Reception, admission: Admission, *,
                 choose_file: Callable[[QWidget], Path | None] | None = None, parent=None):
        super().__init__(parent)
        self.reception = reception
        self.store = reception.store
        self.admission = admission
        self.choose_file = choose_file or SourceBox._ask_file
        self.import_dialog = None  # the last ImportDialog, for tests and the window
        source = QFormLayout(self)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_spreadsheet")
        self.import_button.clicked.connect(self.import_spreadsheet)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        source.addRow(self.import_button, self.import_status)
        self.sync_caption = QLabel()
        self.sync_kind = QComboBox()
        self.sync_kind.setObjectName("sync_kind")
        for kind in ("none", "hub", "pretix"):
            self.sync_kind.addItem(kind, kind)
        self.sync_kind.currentIndexChanged.connect(lambda _i: self._show_sync_fields())
        self.sync_caption.setBuddy(self.sync_kind)
        source.addRow(self.sync_caption, self.sync_kind)
        self.sync_fields: dict[str, tuple[QLabel, QLineEdit]] = {}
        for key in ("url", "organizer", "event", "token"):
            caption, editor = QLabel(), QLineEdit()
            editor.setObjectName(f"sync_{key}")
            if key == "token":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            caption.setBuddy(editor)
            self.sync_fields[key] = (caption, editor)
            source.addRow(caption, editor)
        self.sync_save = QPushButton()
        self.sync_save.clicked.connect(self.save_sync_source)
        self.sync_message = QLabel()
        self.sync_message.setWordWrap(True)
        source.addRow(self.sync_save, self.sync_message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Attendee list and sync"))
        self.import_button.setText(self.tr("&Import the attendee list…"))
        self.sync_caption.setText(self.tr("S&ync with"))
        for i, label in enumerate((self.tr("Nothing (this station only)"),
                                   self.tr("The venue's sync server"), self.tr("pretix"))):
            self.sync_kind.setItemText(i, label)
        captions = {"url": self.tr("Server &address"), "organizer": self.tr("pretix &organiser"),
                    "event": self.tr("pretix &event"), "token": self.tr("Access &token")}
        for key, (caption, editor) in self.sync_fields.items():
            caption.setText(captions[key])
            editor.setAccessibleName(captions[key].replace("&", ""))
        self.sync_fields["token"][1].setPlaceholderText(self.tr("kept in the system keyring"))
        self.sync_save.setText(self.tr("Save the sync source"))
        self.sync_kind.setAccessibleName(self.tr("Sync with"))

    # --- the sync source -----------------------------------------------------------------

    def load(self) -> None:
        try:
            from checkin.sync.config import load_source
        except ImportError:
            self.setEnabled(True)
            return
        config = load_source(self.store)
        self.sync_kind.setCurrentIndex(max(0, self.sync_kind.findData(config.kind.value)))
        self.sync_fields["url"][1].setText(config.url)
        self.sync_fields["organizer"][1].setText(config.organizer)
        self.sync_fields["event"][1].setText(config.event)
        self._show_sync_fields()

    def _show_sync_fields(self) -> None:
        kind = self.sync_kind.currentData()
        for key, (caption, editor) in self.sync_fields.items():
            visible = kind != "none" and (kind == "pretix" or key in ("url", "token"))
            caption.setVisible(visible)
            editor.setVisible(visible)

    @Slot()
    def save_sync_source(self) -> None:
        from checkin.sync.base import SourceConfig, SourceKind
        from checkin.sync.config import ConfigError, save_source

        text = {key: editor.text().strip() for key, (_c, editor) in self.sync_fields.items()}
        config = SourceConfig(kind=SourceKind(self.sync_kind.currentData()), url=text["url"],
                              organizer=text["organizer"], event=text["event"])

        def done(_none) -> None:
            self.sync_fields["token"][1].clear()
            self.sync_message.setText(self.tr("Saved."))
            self.sync_source_saved.emit(config)

        def failed(error: BaseException) -> None:
            if not isinstance(error, (ConfigError, OSError)):
                raise error
            self.sync_message.setText(str(error))

        self.admission.run(save_source, self.store, config, text["token"] or None,
                           on_done=done, on_error=failed)

    # --- spreadsheet import --------------------------------------------------------------

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attendee list"), "", self.tr("Spreadsheets (*.csv *.xlsx)"))
        return Path(name) if name else None

    @Slot()
    def import_spreadsheet(self):
        path = self.choose_file(self)
        if path is None:
            return None
        from checkin.ui.import_dialog import ImportDialog  # the importer loads on first use

        dialog = ImportDialog(self.store, path, self, admission=self.admission)
        dialog.imported.connect(self._on_imported)
        self.import_dialog = dialog
        dialog.open()  # window-modal, returns at once: the report is read, then confirmed
        return dialog

    def _on_imported(self, report) -> None:
        self.reception.refresh()
        self.import_status.setText(self.tr("Last import: %1 new, %2 updated.")
                                   .replace("%1", str(report.taken))
                                   .replace("%2", str(report.updated)))
        self.attendees_imported.emit(report)
