"""Station settings: one group box per concern, each in its own module of
:mod:`checkin.ui.settings` (station name, the conference, attendee list and sync, camera and
decoder, screen and sound, re-entry per session, staff PIN) and the programme
(:mod:`checkin.ui.session_editor`). This page lays them out in a scrolling column,
loads them when first shown and passes their signals on, so the window connects to the page.

Add a group box with :meth:`SettingsPage.add_box`. The boxes' widgets are reachable from the
page by their names as well (``page.station_name`` is ``page.station_box.station_name``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from checkin.reception import Reception
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange
from checkin.ui.pin import StaffPin
from checkin.ui.session_editor import ProgrammeBox
from checkin.ui.settings import (  # noqa: F401 (the keys, for the window)
    AUTO_DECODER,
    DECODER_KEY,
    LANGUAGE_KEY,
    MUTED_KEY,
    SOURCE_KEY,
    SettingsBox,
)
from checkin.ui.settings.camera import (
    CameraBox,
    default_camera_factory,
    default_cameras,
    default_decoders,
)
from checkin.ui.settings.event import EventBox
from checkin.ui.settings.funders import FundersBox
from checkin.ui.settings.pin import PinBox
from checkin.ui.settings.reentry import ReentryBox
from checkin.ui.settings.screen import ScreenBox
from checkin.ui.settings.source import SourceBox
from checkin.ui.settings.station import StationBox

if TYPE_CHECKING:
    from checkin.scanner.camera import CameraController
    from checkin.ui.settings.backup import BackupBox


class SettingsPage(RetranslatesOnLanguageChange, QWidget):
    station_renamed = Signal(str)
    language_chosen = Signal(str)
    sounds_muted = Signal(bool)
    camera_source_chosen = Signal(object)  # an int (device) or a str (file, URL)
    decoder_chosen = Signal(str)
    attendees_imported = Signal(object)  # ImportReport
    sessions_changed = Signal()
    event_changed = Signal(object)  # Event: titles, time zone or days changed
    sync_source_saved = Signal(object)  # SourceConfig
    pin_changed = Signal()

    def __init__(
        self,
        reception: Reception,
        pin: StaffPin,
        settings: QSettings,
        *,
        cameras: Callable[[], list] = default_cameras,
        decoders: Callable[[], list] = default_decoders,
        camera_factory: Callable[[str], CameraController] = default_camera_factory,
        choose_file: Callable[[QWidget], Path | None] | None = None,
        choose_image: Callable[[QWidget], Path | None] | None = None,
        admission: Admission | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("settings_page")
        self.reception = reception
        self.store = reception.store
        self.pin = pin
        self.settings = settings
        self.admission = admission if admission is not None else Admission(reception, self)
        self._loaded = False  # filled when first shown: listing cameras and decoders costs
        self.boxes: list = []  # SettingsBox, or any group box with a load()
        self.backup_box: BackupBox | None = None  # with a database file (checkin.ui.desk adds it)

        inner = QWidget()
        self._column = QVBoxLayout(inner)
        self._column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.station_box = self.add_box(StationBox(self.store, self.admission))
        # the conference itself, behind the staff PIN
        self.event_box = self.add_box(EventBox(self.store, pin, self.admission))
        self.source_box = self.add_box(
            SourceBox(reception, self.admission, choose_file=choose_file))
        # the programme: import, and the session editor behind the staff PIN
        self.programme_box = self.add_box(
            ProgrammeBox(self.store, pin, self.admission, choose_file=choose_file))
        self.camera_box = self.add_box(CameraBox(settings, cameras=cameras, decoders=decoders,
                                                 camera_factory=camera_factory))
        self.screen_box = self.add_box(ScreenBox(settings))
        self.reentry_box = self.add_box(ReentryBox(reception, self.admission, settings))
        self.pin_box = self.add_box(PinBox(pin, self.admission))
        self.funders_box = self.add_box(
            FundersBox(self.store, self.admission, choose_image=choose_image))

        # the widgets of the page before it was split, reachable by their names
        self._aliased = (self.station_box, self.source_box, self.camera_box,
                         self.screen_box, self.reentry_box, self.pin_box)
        self.station_box.station_renamed.connect(self.station_renamed)
        self.source_box.attendees_imported.connect(self.attendees_imported)
        self.source_box.attendees_imported.connect(lambda _report: self.reentry_box.load())
        self.source_box.attendees_imported.connect(lambda _report: self.programme_box.load())
        self.programme_box.sessions_changed.connect(self._on_programme_changed)
        self.event_box.event_changed.connect(self._on_event_changed)
        self.source_box.sync_source_saved.connect(self.sync_source_saved)
        self.camera_box.camera_source_chosen.connect(self.camera_source_chosen)
        self.camera_box.decoder_chosen.connect(self.decoder_chosen)
        self.screen_box.language_chosen.connect(self.language_chosen)
        self.screen_box.sounds_muted.connect(self.sounds_muted)
        self.reentry_box.sessions_changed.connect(self.sessions_changed)
        self.pin_box.pin_changed.connect(self.pin_changed)
        self.retranslate_ui()

    def add_box(self, box):
        """Add a group box (a :class:`~checkin.ui.settings.SettingsBox`, or any widget with a
        ``load()``) below the others; its ``load()`` runs when the page is shown."""
        self._column.insertWidget(self._column.count() - 1, box)
        self.boxes.append(box)
        if self._loaded:
            box.load()
        return box

    def __getattr__(self, name: str):
        # The boxes' widgets by their names, as on the page before it was split in boxes.
        if not name.startswith("__"):
            for box in self.__dict__.get("_aliased", ()):
                if name in box.__dict__:
                    return box.__dict__[name]
        raise AttributeError(name)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Show what is stored (after an import or a pull, too)."""
        self._loaded = True
        for box in self.boxes:
            box.load()

    # the page's own actions, kept for the window and the tests
    def save_sync_source(self) -> None:
        self.source_box.save_sync_source()

    def import_spreadsheet(self):
        return self.source_box.import_spreadsheet()

    def stop_camera_test(self) -> None:
        self.camera_box.stop_camera_test()

    def _on_event_changed(self, event) -> None:
        self.reception.refresh()  # the door reads the new time zone and days at once
        self.programme_box.load()
        self.event_changed.emit(event)

    def _on_programme_changed(self) -> None:
        self.reception.refresh()  # the door decides with the new programme at once
        self.reentry_box.load()
        self.sessions_changed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.camera_box.hide_test()  # never leave the camera taken by the test
        self.programme_box.lock()  # the PIN again at the next visit
        super().hideEvent(event)
