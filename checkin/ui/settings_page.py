"""Station settings: name, data source, camera (with a live test), decoder, language, sounds,
re-entry per session and the staff PIN.

Where each thing is kept: what belongs to the station and must travel with its database
(station name, sync source, re-entry per session, the PIN's hash) is in the database; what is
a preference of this laptop's screen (language, sounds, camera, decoder) is in ``QSettings``
(the keys the window reads at start: ``language``, ``sounds/muted``, ``scanner/source``,
``scanner/decoder``). Each change is applied at once and announced by a signal, so the
window can follow without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkin.reception import Reception
from checkin.ui.admission import Admission
from checkin.ui.camera_view import CameraView
from checkin.ui.i18n import LANGUAGES, RetranslatesOnLanguageChange
from checkin.ui.pin import MIN_LENGTH, PinPad, StaffPin
from checkin.ui.session_editor import ProgrammeBox
from checkin.ui.labels import language_label

LANGUAGE_KEY = "language"
MUTED_KEY = "sounds/muted"
SOURCE_KEY = "scanner/source"
DECODER_KEY = "scanner/decoder"
AUTO_DECODER = "auto"


def _default_cameras():
    from checkin.scanner.sources import list_cameras

    return list_cameras()


def _default_decoders():
    from checkin.scanner.decoders import available_decoders

    return available_decoders()


def _default_camera_factory(decoder: str):
    from checkin.scanner.camera import CameraController
    from checkin.scanner.decoders import make_decoder
    from checkin.scanner.scheduler import door_decoder
    from checkin.scanner.validator import ScanValidator

    chosen = door_decoder() if decoder == AUTO_DECODER else make_decoder(decoder)
    return CameraController(chosen, ScanValidator())


class SettingsPage(RetranslatesOnLanguageChange, QWidget):
    station_renamed = Signal(str)
    language_chosen = Signal(str)
    sounds_muted = Signal(bool)
    camera_source_chosen = Signal(object)  # an int (device) or a str (file, URL)
    decoder_chosen = Signal(str)
    attendees_imported = Signal(object)  # ImportReport
    sessions_changed = Signal()
    sync_source_saved = Signal(object)  # SourceConfig
    pin_changed = Signal()

    def __init__(
        self,
        reception: Reception,
        pin: StaffPin,
        settings: QSettings,
        *,
        cameras: Callable[[], list] = _default_cameras,
        decoders: Callable[[], list] = _default_decoders,
        camera_factory: Callable[[str], object] = _default_camera_factory,
        choose_file: Callable[[QWidget], Path | None] | None = None,
        admission: Admission | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.reception = reception
        self.admission = admission if admission is not None else Admission(reception, self)
        self.store = reception.store
        self.pin = pin
        self.settings = settings
        self.list_cameras = cameras
        self.list_decoders = decoders
        self.camera_factory = camera_factory
        self.choose_file = choose_file or SettingsPage._ask_file
        self.choose_programme = choose_file  # None: the programme box asks with its own title
        self.camera = None  # the controller of a running test
        self.import_dialog = None  # the last ImportDialog, for tests and the window
        self.codes_read: list[str] = []
        self._loaded = False  # filled when first shown: listing cameras and decoders costs
        self._build()
        self.retranslate_ui()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("settings_page")
        inner = QWidget()
        column = QVBoxLayout(inner)

        # station
        self.station_box = QGroupBox()
        form = QFormLayout(self.station_box)
        self.station_caption = QLabel()
        self.station_name = QLineEdit()
        self.station_name.setObjectName("station_name")
        self.station_name.setMaxLength(80)
        self.station_name.editingFinished.connect(self.save_station_name)
        self.station_caption.setBuddy(self.station_name)
        form.addRow(self.station_caption, self.station_name)
        column.addWidget(self.station_box)

        # data source: spreadsheet import, sync source
        self.source_box = QGroupBox()
        source = QFormLayout(self.source_box)
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
        column.addWidget(self.source_box)

        # the programme: import, and the session editor behind the staff PIN
        self.programme_box = ProgrammeBox(self.store, self.pin, self.admission,
                                          choose_file=self.choose_programme)
        self.programme_box.sessions_changed.connect(self._on_programme_changed)
        column.addWidget(self.programme_box)

        # camera and decoder
        self.camera_box = QGroupBox()
        camera = QFormLayout(self.camera_box)
        self.camera_caption = QLabel()
        self.camera_choice = QComboBox()
        self.camera_choice.setObjectName("camera_choice")
        self.camera_choice.activated.connect(lambda _i: self.save_camera())
        self.camera_caption.setBuddy(self.camera_choice)
        camera.addRow(self.camera_caption, self.camera_choice)
        self.other_source_caption = QLabel()
        self.other_source = QLineEdit()
        self.other_source.setObjectName("camera_other_source")
        self.other_source.editingFinished.connect(self.save_camera)
        self.other_source_caption.setBuddy(self.other_source)
        camera.addRow(self.other_source_caption, self.other_source)
        self.decoder_caption = QLabel()
        self.decoder_choice = QComboBox()
        self.decoder_choice.setObjectName("decoder_choice")
        self.decoder_choice.activated.connect(lambda _i: self.save_decoder())
        self.decoder_caption.setBuddy(self.decoder_choice)
        camera.addRow(self.decoder_caption, self.decoder_choice)
        self.test_button = QPushButton()
        self.test_button.setObjectName("camera_test")
        self.test_button.setCheckable(True)
        self.test_button.toggled.connect(self._on_test_toggled)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        camera.addRow(self.test_button, self.test_result)
        self.preview = CameraView()
        self.preview.setMinimumSize(320, 200)
        self.preview.hide()
        camera.addRow(self.preview)
        column.addWidget(self.camera_box)

        # language and sounds
        self.screen_box = QGroupBox()
        screen = QFormLayout(self.screen_box)
        self.language_caption = QLabel()
        self.language_choice = QComboBox()
        self.language_choice.setObjectName("language_choice")
        for code in LANGUAGES:
            self.language_choice.addItem(code, code)
        self.language_choice.activated.connect(lambda _i: self.save_language())
        self.language_caption.setBuddy(self.language_choice)
        screen.addRow(self.language_caption, self.language_choice)
        self.sounds = QCheckBox()
        self.sounds.setObjectName("sounds_on")
        self.sounds.toggled.connect(self.save_sounds)
        screen.addRow(self.sounds)
        column.addWidget(self.screen_box)

        # re-entry per session
        self.reentry_box = QGroupBox()
        reentry = QVBoxLayout(self.reentry_box)
        self.reentry_help = QLabel()
        self.reentry_help.setWordWrap(True)
        self.reentry_list = QListWidget()
        self.reentry_list.setObjectName("reentry_sessions")
        self.reentry_list.itemChanged.connect(self._on_reentry_changed)
        self.reentry_help.setBuddy(self.reentry_list)
        reentry.addWidget(self.reentry_help)
        reentry.addWidget(self.reentry_list)
        column.addWidget(self.reentry_box)

        # staff PIN
        self.pin_box = QGroupBox()
        pin_layout = QVBoxLayout(self.pin_box)
        self.pin_state = QLabel()
        self.change_pin_button = QPushButton()
        self.change_pin_button.setObjectName("change_pin")
        self.change_pin_button.clicked.connect(self.ask_change_pin)
        self.pin_pad = PinPad(self.pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)
        self.new_pin_box = QWidget()
        new_pin = QFormLayout(self.new_pin_box)
        self.new_pin_caption, self.repeat_pin_caption = QLabel(), QLabel()
        self.new_pin, self.repeat_pin = QLineEdit(), QLineEdit()
        for editor, caption in ((self.new_pin, self.new_pin_caption),
                                (self.repeat_pin, self.repeat_pin_caption)):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
            editor.setMaxLength(12)
            caption.setBuddy(editor)
            new_pin.addRow(caption, editor)
        self.repeat_pin.returnPressed.connect(self.save_new_pin)
        self.save_pin_button = QPushButton()
        self.save_pin_button.clicked.connect(self.save_new_pin)
        new_pin.addRow(self.save_pin_button)
        self.new_pin_box.hide()
        self.pin_message = QLabel()
        self.pin_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.pin_state, 1)
        row.addWidget(self.change_pin_button)
        pin_layout.addLayout(row)
        pin_layout.addWidget(self.pin_pad)
        pin_layout.addWidget(self.new_pin_box)
        pin_layout.addWidget(self.pin_message)
        column.addWidget(self.pin_box)
        column.addStretch()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.station_box.setTitle(self.tr("This station"))
        self.station_caption.setText(self.tr("Station &name"))
        self.station_name.setPlaceholderText(self.tr("e.g. Auditorium – door A"))
        self.source_box.setTitle(self.tr("Attendee list and sync"))
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
        self.camera_box.setTitle(self.tr("Camera"))
        self.camera_caption.setText(self.tr("&Camera"))
        self.other_source_caption.setText(self.tr("&Or a video file / stream URL"))
        self.other_source.setPlaceholderText(self.tr("http://phone.local:8080/video"))
        self.decoder_caption.setText(self.tr("QR &decoder"))
        self.test_button.setText(self.tr("Stop the &test") if self.test_button.isChecked()
                                 else self.tr("&Test the camera"))
        self.screen_box.setTitle(self.tr("Screen and sound"))
        self.language_caption.setText(self.tr("&Language"))
        for i in range(self.language_choice.count()):
            self.language_choice.setItemText(i, language_label(self.language_choice.itemData(i)))
        self.sounds.setText(self.tr("&Sounds on each scan"))
        self.reentry_box.setTitle(self.tr("Re-entry"))
        self.reentry_help.setText(self.tr(
            "Ticked sessions let people in again after they left (a second scan is green, "
            "not amber):"))
        self.pin_box.setTitle(self.tr("Staff PIN"))
        self.change_pin_button.setText(self.tr("Change the staff &PIN…"))
        self.new_pin_caption.setText(self.tr("&New PIN"))
        self.repeat_pin_caption.setText(self.tr("&Repeat it"))
        self.save_pin_button.setText(self.tr("Save the new PIN"))
        for widget, name in (
            (self.camera_choice, self.tr("Camera")),
            (self.decoder_choice, self.tr("QR decoder")),
            (self.language_choice, self.tr("Language")),
            (self.reentry_list, self.tr("Sessions that allow re-entry")),
            (self.new_pin, self.tr("New PIN")),
            (self.repeat_pin, self.tr("Repeat the new PIN")),
            (self.station_name, self.tr("Station name")),
            (self.sync_kind, self.tr("Sync with")),
            (self.other_source, self.tr("Video file or stream URL")),
        ):
            widget.setAccessibleName(name)
        if self._loaded:
            self._fill_cameras()
            self._fill_decoders()
        self._show_pin_state()

    # --- loading -----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Show what is stored (after an import or a pull, too)."""
        self._loaded = True
        self.station_name.setText(self.store.station_name)
        language = str(self.settings.value(LANGUAGE_KEY, LANGUAGES[0]))
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(language)))
        muted = str(self.settings.value(MUTED_KEY, "false")).lower() == "true"
        self.sounds.blockSignals(True)
        self.sounds.setChecked(not muted)
        self.sounds.blockSignals(False)
        self._fill_cameras()
        self._fill_decoders()
        self._fill_sessions()
        self.programme_box.load()
        self._load_sync()
        self._show_pin_state()

    def _fill_cameras(self) -> None:
        source = str(self.settings.value(SOURCE_KEY, "0"))
        self.camera_choice.blockSignals(True)
        self.camera_choice.clear()
        try:
            found = self.list_cameras()
        except Exception:  # noqa: BLE001 - a driver failing to list must not break settings
            found = []
        for info in found:
            self.camera_choice.addItem(f"{info.index}: {info.name}", str(info.index))
        if not found:
            self.camera_choice.addItem(self.tr("No camera found"), "")
        index = self.camera_choice.findData(source)
        self.camera_choice.setCurrentIndex(max(0, index))
        self.camera_choice.blockSignals(False)
        if not source.isdigit() and source:
            self.other_source.setText(source)

    def _fill_decoders(self) -> None:
        chosen = str(self.settings.value(DECODER_KEY, AUTO_DECODER))
        self.decoder_choice.blockSignals(True)
        self.decoder_choice.clear()
        self.decoder_choice.addItem(self.tr("Automatic (best available)"), AUTO_DECODER)
        try:
            infos = self.list_decoders()
        except Exception:  # noqa: BLE001
            infos = []
        for info in infos:
            label = info.label if info.available else self.tr("%1 (not available: %2)") \
                .replace("%1", info.label).replace("%2", info.reason)
            self.decoder_choice.addItem(label, info.name)
            if not info.available:
                item = self.decoder_choice.model().item(self.decoder_choice.count() - 1)
                item.setEnabled(False)
        self.decoder_choice.setCurrentIndex(max(0, self.decoder_choice.findData(chosen)))
        self.decoder_choice.blockSignals(False)

    def _fill_sessions(self) -> None:
        self.reentry_list.blockSignals(True)
        self.reentry_list.clear()
        language = str(self.settings.value(LANGUAGE_KEY, LANGUAGES[0]))
        for session in self.store.sessions():
            item = QListWidgetItem(session.name(language))
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if session.reentry
                               else Qt.CheckState.Unchecked)
            self.reentry_list.addItem(item)
        self.reentry_list.blockSignals(False)

    def _load_sync(self) -> None:
        try:
            from checkin.sync.config import load_source
        except ImportError:
            self.source_box.setEnabled(True)
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

    # --- saving --------------------------------------------------------------------------

    @Slot()
    def save_station_name(self) -> None:
        name = self.station_name.text().strip()
        if name and name != self.store.station_name:
            self.admission.run(self.store.set_station_name, name,
                               on_done=lambda _none: self.station_renamed.emit(
                                   self.store.station_name))

    @Slot()
    def save_language(self) -> None:
        language = self.language_choice.currentData()
        self.settings.setValue(LANGUAGE_KEY, language)
        self.language_chosen.emit(language)

    @Slot(bool)
    def save_sounds(self, on: bool) -> None:
        self.settings.setValue(MUTED_KEY, "false" if on else "true")
        self.sounds_muted.emit(not on)

    @Slot()
    def save_camera(self) -> None:
        other = self.other_source.text().strip()
        value = other or self.camera_choice.currentData() or "0"
        if str(self.settings.value(SOURCE_KEY, "")) == value:
            return
        self.settings.setValue(SOURCE_KEY, value)
        self.camera_source_chosen.emit(int(value) if value.isdigit() else value)

    @Slot()
    def save_decoder(self) -> None:
        name = self.decoder_choice.currentData()
        self.settings.setValue(DECODER_KEY, name)
        self.decoder_chosen.emit(name)

    def _on_reentry_changed(self, item: QListWidgetItem) -> None:
        session = self.store.session(item.data(Qt.ItemDataRole.UserRole))
        if session is None:
            return
        allowed = item.checkState() == Qt.CheckState.Checked
        if session.reentry != allowed:
            def done(_none) -> None:
                self.reception.refresh()  # the decision reads the new policy at once
                self.sessions_changed.emit()

            self.admission.run(self.store.upsert_sessions, [replace(session, reentry=allowed)],
                               origin="station", on_done=done)

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

    # --- spreadsheet import ------------------------------------------------------------------

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

    def _on_programme_changed(self) -> None:
        self.reception.refresh()  # the door decides with the new programme at once
        self._fill_sessions()
        self.sessions_changed.emit()

    def _on_imported(self, report) -> None:
        self.reception.refresh()
        self._fill_sessions()
        self.programme_box.load()
        self.import_status.setText(self.tr("Last import: %1 new, %2 updated.")
                                   .replace("%1", str(report.taken))
                                   .replace("%2", str(report.updated)))
        self.attendees_imported.emit(report)

    # --- camera test -------------------------------------------------------------------------

    def _on_test_toggled(self, on: bool) -> None:
        if on:
            self.start_camera_test()
        else:
            self.stop_camera_test()
        self.retranslate_ui()

    def start_camera_test(self) -> None:
        self.stop_camera_test()
        other = self.other_source.text().strip()
        source = other or self.camera_choice.currentData() or "0"
        source = int(source) if source.isdigit() else source
        self.codes_read = []
        try:
            self.camera = self.camera_factory(self.decoder_choice.currentData() or AUTO_DECODER)
        except Exception as error:  # noqa: BLE001 - a missing library: say so, keep the page
            self.test_result.setText(self.tr("The camera cannot start: %1").replace(
                "%1", str(error)))
            return
        self.camera.frame_ready.connect(self.preview.show_frame)
        self.camera.status_changed.connect(self.preview.set_status)
        self.camera.code_read.connect(self._on_test_code)
        self.preview.show()
        self.test_result.setText(self.tr("Show a badge to the camera."))
        self.camera.start(source)

    def stop_camera_test(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
            self.camera = None
        self.preview.hide()

    def _on_test_code(self, code: str) -> None:
        self.codes_read.append(code)
        self.test_result.setText(self.tr("Read: %1").replace("%1", code))

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.test_button.isChecked():
            self.test_button.setChecked(False)  # never leave the camera taken by the test
        self.programme_box.lock()  # the PIN again at the next visit
        super().hideEvent(event)

    # --- staff PIN -----------------------------------------------------------------------

    def _show_pin_state(self) -> None:
        self.pin_state.setText(self.tr("A staff PIN is set.") if self.pin.is_set
                               else self.tr("No staff PIN yet: choose one before the doors open."))

    @Slot()
    def ask_change_pin(self) -> None:
        self.pin_message.clear()
        if not self.pin.is_set:
            self._open_new_pin()
            return
        self.pin_pad.ask("change_pin")

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == "change_pin":
            self._open_new_pin()

    def _open_new_pin(self) -> None:
        self.new_pin.clear()
        self.repeat_pin.clear()
        self.new_pin_box.show()
        self.new_pin.setFocus()

    @Slot()
    def save_new_pin(self) -> bool:
        first, second = self.new_pin.text().strip(), self.repeat_pin.text().strip()
        if first != second:
            self.pin_message.setText(self.tr("The two PINs differ."))
            return False
        if len(first) < MIN_LENGTH or not first.isdigit():
            self.pin_message.setText(self.tr("At least %n digits.", "", MIN_LENGTH))
            return False
        self.new_pin_box.hide()

        def done(_none) -> None:
            self.pin_message.setText(self.tr("The new staff PIN is saved."))
            self._show_pin_state()
            self.pin_changed.emit()

        self.admission.run(self.pin.set, first, on_done=done)
        return True
