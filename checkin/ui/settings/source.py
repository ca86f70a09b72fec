"""Settings: where the attendee list comes from (a spreadsheet, with the line-by-line report
before anything is written) and where this station syncs.

The sync form is built from the registry of sources (:data:`checkin.sync.sources.SOURCES`):
one choice per kind, and for the chosen kind the options it shows in a form, plus the token
when it needs one. Saving loads the stored source, changes what the form shows and saves it
back (:func:`checkin.sync.config.update_source`), so an option the form does not show (a
hub's CA file or timeout, set with ``checkin source``) is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from checkin.reception import Reception
from checkin.sync.base import SourceKind
from checkin.sync.sources import SOURCES, SourceConfig, SourceType
from checkin.ui.admission import Admission
from checkin.ui.settings import SettingsBox
from checkin.ui.tasks import TaskRunner

TOKEN = "token"  # the editor of the token, for the kinds that need one


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
        for kind in SOURCES:
            self.sync_kind.addItem(kind.value, kind.value)
        self.sync_kind.currentIndexChanged.connect(lambda _i: self._show_sync_fields())
        self.sync_caption.setBuddy(self.sync_kind)
        source.addRow(self.sync_caption, self.sync_kind)
        self.sync_fields: dict[str, tuple[QLabel, QLineEdit]] = {}
        keys = dict.fromkeys(o.key for t in SOURCES.values() for o in t.form_options)
        if any(t.needs_token for t in SOURCES.values()):
            keys[TOKEN] = None
        for key in keys:
            caption, editor = QLabel(), QLineEdit()
            editor.setObjectName(f"sync_{key}")
            if key == TOKEN:
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            caption.setBuddy(editor)
            self.sync_fields[key] = (caption, editor)
            source.addRow(caption, editor)
        self.sync_save = QPushButton()
        self.sync_save.clicked.connect(self.save_sync_source)
        self.sync_message = QLabel()
        self.sync_message.setWordWrap(True)
        source.addRow(self.sync_save, self.sync_message)
        # after a failed test: keep it anyway (a station set up before the network is there)
        self.sync_save_anyway = QPushButton()
        self.sync_save_anyway.setObjectName("sync_save_anyway")
        self.sync_save_anyway.clicked.connect(self.save_sync_source_anyway)
        self.sync_save_anyway.hide()
        source.addRow(self.sync_save_anyway)
        # the address and token are tested off the GUI thread and off the writer thread
        self._probes = TaskRunner(threads=1, parent=self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Attendee list and sync"))
        self.import_button.setText(self.tr("&Import the attendee list…"))
        self.sync_caption.setText(self.tr("S&ync with"))
        kinds = {"none": self.tr("Nothing (this station only)"),
                 "hub": self.tr("The venue's sync server"), "pretix": self.tr("pretix"),
                 "files": self.tr("A folder or USB stick")}
        for i in range(self.sync_kind.count()):
            kind = self.sync_kind.itemData(i)
            self.sync_kind.setItemText(i, kinds.get(kind, kind))
        captions = {"url": self.tr("Server &address"), "organizer": self.tr("pretix &organiser"),
                    "event": self.tr("pretix &event"), "folder": self.tr("&Folder"),
                    TOKEN: self.tr("Access &token")}
        for key, (caption, editor) in self.sync_fields.items():
            caption.setText(captions.get(key, key))
            editor.setAccessibleName(captions.get(key, key).replace("&", ""))
        self.sync_fields[TOKEN][1].setPlaceholderText(self.tr("kept in the system keyring"))
        self.sync_fields["folder"][1].setPlaceholderText(self.tr("e.g. E:\\checkin on a USB stick"))
        self.sync_save.setText(self.tr("Test and save the sync source"))
        self.sync_save_anyway.setText(self.tr("Save it anyway"))
        self.sync_kind.setAccessibleName(self.tr("Sync with"))

    # --- the sync source -----------------------------------------------------------------

    def load(self) -> None:
        from checkin.sync.config import load_source  # the sync machinery: not at launch

        config = load_source(self.store)
        self.sync_kind.setCurrentIndex(max(0, self.sync_kind.findData(config.kind.value)))
        for option in SOURCES[config.kind].form_options:
            self.sync_fields[option.key][1].setText(config.get(option.key))
        self._show_sync_fields()

    def _chosen(self) -> SourceType:
        return SOURCES[SourceKind(self.sync_kind.currentData())]

    def _show_sync_fields(self) -> None:
        chosen = self._chosen()
        shown = {o.key for o in chosen.form_options} | ({TOKEN} if chosen.needs_token else set())
        for key, (caption, editor) in self.sync_fields.items():
            caption.setVisible(key in shown)
            editor.setVisible(key in shown)

    @Slot()
    def save_sync_source(self) -> None:
        """Test the address and token (pretix, hub) first, as ``checkin source`` does, and
        save only a source that answers."""
        self._save_source(check=True)

    @Slot()
    def save_sync_source_anyway(self) -> None:
        """After a failed test: save without it (set up before the network is there)."""
        self._save_source(check=False)

    def _save_source(self, *, check: bool) -> None:
        from checkin.sync.config import ConfigError, load_source, update_source

        chosen = self._chosen()
        changes = {o.key: self.sync_fields[o.key][1].text().strip()
                   for o in chosen.form_options}
        token = self.sync_fields[TOKEN][1].text().strip() if chosen.needs_token else ""
        self.sync_save_anyway.hide()

        from checkin.sync.config import web_address

        typed = dict(changes)
        for option in chosen.form_options:
            if option.kind == "url" and changes.get(option.key):
                try:  # 192.168.1.10:8765 → http://192.168.1.10:8765, tested and saved so
                    changes[option.key] = web_address(changes[option.key])
                except ConfigError:
                    self.sync_message.setText(self.tr(
                        "%1 is not a server address: write it as http://192.168.1.10:8765 "
                        "(the hub's address and port), or https://… for pretix.")
                        .replace("%1", changes[option.key]))
                    return

        def done(config: SourceConfig) -> None:
            self.sync_fields[TOKEN][1].clear()
            completed = [config.get(key) for key, value in typed.items()
                         if value and config.get(key) != value]
            for option in chosen.form_options:  # show what was kept, completed
                self.sync_fields[option.key][1].setText(config.get(option.key))
            if completed:
                self.sync_message.setText(
                    self.tr("Saved. The address had no http:// or https://: it is %1.")
                    .replace("%1", completed[0]))
            else:
                self.sync_message.setText(self.tr("Saved."))
            self.sync_source_saved.emit(config)

        def failed(error: BaseException) -> None:
            if not isinstance(error, (ConfigError, OSError)):
                raise error
            self.sync_message.setText(str(error))

        def save(kept: str = "") -> None:
            self.admission.run(update_source, self.store, chosen.kind, changes,
                               token or kept or None, on_done=done, on_error=failed)

        if not check or chosen.kind not in (SourceKind.PRETIX, SourceKind.HUB):
            save()
            return
        stored = load_source(self.store)
        base = stored if stored.kind is chosen.kind else SourceConfig.of(chosen.kind)
        config = base.changed(changes)
        tested_token = token
        if not tested_token:  # the token kept for this source, when the form leaves it blank
            from checkin.sync import secrets
            from checkin.sync.config import token_key

            for kept in (config, stored):  # this address's, or the one saved before
                try:
                    tested_token = secrets.load_token(token_key(self.store, kept)) or ""
                except secrets.SecretError:
                    tested_token = ""
                if tested_token:
                    break

        def tested(probe) -> None:
            if probe.ok:
                self.sync_message.setText(probe.message)
                save(tested_token)  # kept under the new address too, when it changed
                return
            self.sync_message.setText(self.tr("Not saved: %1").replace("%1", probe.message))
            self.sync_save_anyway.show()

        from checkin.sync.probe import check_source

        self.sync_message.setText(self.tr("Testing the address and the token…"))
        self._probes.run(check_source, config, tested_token,
                         timeout=min(10.0, float(config.get("timeout") or 10)),
                         on_done=tested, on_error=failed)

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
