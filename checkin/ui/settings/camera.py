"""Settings: the camera (a device, a video file or a stream URL), the QR decoder, and a live
test through the real camera worker. Preferences of this laptop (``QSettings``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton

from checkin.ui.camera_view import CameraView
from checkin.ui.settings import AUTO_DECODER, DECODER_KEY, SOURCE_KEY, SettingsBox

if TYPE_CHECKING:  # OpenCV is loaded when a camera is made
    from checkin.scanner.camera import CameraController


def default_cameras():
    from checkin.scanner.sources import list_cameras

    return list_cameras()


def default_decoders():
    from checkin.scanner.decoders import available_decoders

    return available_decoders()


def default_camera_factory(decoder: str) -> CameraController:
    from checkin.scanner.camera import CameraController
    from checkin.scanner.decoders import make_decoder
    from checkin.scanner.scheduler import door_decoder
    from checkin.scanner.validator import ScanValidator

    chosen = door_decoder() if decoder == AUTO_DECODER else make_decoder(decoder)
    return CameraController(chosen, ScanValidator())


class CameraBox(SettingsBox):
    camera_source_chosen = Signal(object)  # an int (device) or a str (file, URL)
    decoder_chosen = Signal(str)

    def __init__(
        self,
        settings: QSettings,
        *,
        cameras: Callable[[], list] = default_cameras,
        decoders: Callable[[], list] = default_decoders,
        camera_factory: Callable[[str], CameraController] = default_camera_factory,
        parent=None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.list_cameras = cameras
        self.list_decoders = decoders
        self.camera_factory = camera_factory
        self.camera: CameraController | None = None  # the controller of a running test
        self.codes_read: list[str] = []
        self._loaded = False
        camera = QFormLayout(self)
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Camera"))
        self.camera_caption.setText(self.tr("&Camera"))
        self.other_source_caption.setText(self.tr("&Or a video file / stream URL"))
        self.other_source.setPlaceholderText(self.tr("http://phone.local:8080/video"))
        self.decoder_caption.setText(self.tr("QR &decoder"))
        self.test_button.setText(self.tr("Stop the &test") if self.test_button.isChecked()
                                 else self.tr("&Test the camera"))
        self.camera_choice.setAccessibleName(self.tr("Camera"))
        self.decoder_choice.setAccessibleName(self.tr("QR decoder"))
        self.other_source.setAccessibleName(self.tr("Video file or stream URL"))
        if self._loaded:
            self._fill_cameras()
            self._fill_decoders()

    def load(self) -> None:
        self._loaded = True
        self._fill_cameras()
        self._fill_decoders()

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
            model = self.decoder_choice.model()  # a combo box's own: a QStandardItemModel
            if not info.available and isinstance(model, QStandardItemModel):
                item = model.item(self.decoder_choice.count() - 1)
                if item is not None:
                    item.setEnabled(False)
        self.decoder_choice.setCurrentIndex(max(0, self.decoder_choice.findData(chosen)))
        self.decoder_choice.blockSignals(False)

    # --- saving --------------------------------------------------------------------------

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

    # --- the live test -------------------------------------------------------------------

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
            camera = self.camera_factory(self.decoder_choice.currentData() or AUTO_DECODER)
        except Exception as error:  # noqa: BLE001 - a missing library: say so, keep the page
            self.test_result.setText(self.tr("The camera cannot start: %1").replace(
                "%1", str(error)))
            return
        self.camera = camera
        camera.frame_ready.connect(self.preview.show_frame)
        camera.status_changed.connect(self.preview.set_status)
        camera.status_changed.connect(self._on_test_status)
        camera.code_read.connect(self._on_test_code)
        self.preview.show()
        self.test_result.setText(self.tr("Opening the camera…"))
        camera.start(source)

    @Slot(object)
    def _on_test_status(self, status) -> None:
        """The sentence under the test follows the camera: "show a badge" only when there is
        a picture to show it to; otherwise why not, in the same words as the preview."""
        if self.codes_read:
            return  # "Read: …" stays: the test succeeded
        state = getattr(getattr(status, "state", None), "value", "")
        if state == "live":
            self.test_result.setText(self.tr("Show a badge to the camera."))
        else:
            self.test_result.setText(self.preview.status_words(status)[0])

    def stop_camera_test(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
            self.camera = None
        self.preview.hide()

    def _on_test_code(self, code: str) -> None:
        self.codes_read.append(code)
        self.test_result.setText(self.tr("Read: %1").replace("%1", code))

    def hide_test(self) -> None:
        if self.test_button.isChecked():
            self.test_button.setChecked(False)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.hide_test()  # never leave the camera taken by the test
        super().hideEvent(event)
