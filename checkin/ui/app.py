"""Start the window: open the station database, assemble the pages, start the camera.

:func:`build_station` puts the pieces together from core objects that the caller made (the
tests, the screenshots and the benchmarks call it with their own store and clock);
:func:`main` is what ``checkin`` with no sub-command runs, through :class:`Launcher`: the
first screen when the station's database is empty (:mod:`checkin.ui.first_screen`), then the
window.

The camera source is, in order: the ``source`` argument, the ``CHECKIN_SOURCE`` environment
variable, the ``scanner/source`` preference, camera 0. A video file or a stream URL works as
well as a device index, so the demo can run on a recorded video.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from checkin import paths
from checkin.reception import NoEvent, Reception
from checkin.store import Store, StoreError
from checkin.ui.admission import Admission
from checkin.ui.door_mode import DoorMode
from checkin.ui.i18n import DEFAULT_LANGUAGE, Translations
from checkin.ui.main_window import MainWindow
from checkin.ui.pin import StaffPin
from checkin.ui.scan_page import ScanPage
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner

if TYPE_CHECKING:  # each loaded when it is made: OpenCV, the desk pages, the sync worker…
    from checkin.scanner.camera import CameraController
    from checkin.ui.backups import AutoBackup
    from checkin.ui.desk import DeskPages
    from checkin.ui.first_screen import FirstScreen
    from checkin.ui.receivers_page import ReceiverDesk, ReceiversPage
    from checkin.ui.scanner_input import ScannerInput
    from checkin.ui.sync_runner import SyncRunner

log = logging.getLogger(__name__)

DEMO_PIN = "2025"  # the demo database's staff PIN, said in the README; never a real one


@dataclass
class Station:
    """The window and what it runs on, for whoever needs to reach a piece (tests, scripts)."""

    store: Store
    reception: Reception
    settings: QSettings
    translations: Translations
    admission: Admission  # the window's writer: every admit and every write goes through it
    sounds: Sounds
    staff_pin: StaffPin
    scan_page: ScanPage
    window: MainWindow
    door_mode: DoorMode
    camera: CameraController | None = None
    scanner_input: ScannerInput | None = None
    desk: DeskPages | None = None  # search, walk-in, dashboard…
    sync: SyncRunner | None = None  # once started
    backups: AutoBackup | None = None  # main() starts its timer
    receivers_page: ReceiversPage | None = None
    receiver_desk: ReceiverDesk | None = None

    @property
    def tasks(self) -> TaskRunner:
        """The writer thread's runner (:attr:`admission` owns it)."""
        return self.admission.runner

    def set_language(self, language: str) -> None:
        self.translations.set_language(language)
        self.settings.setValue("language", self.translations.language)
        self.window.set_language_shown(self.translations.language)

    def connect_camera(self, camera) -> None:
        """Show this controller's frames and status, and admit the codes it reads."""
        self.camera = camera
        camera.frame_ready.connect(self.scan_page.camera_view.show_frame)
        camera.code_read.connect(self._camera_code)
        camera.status_changed.connect(self.scan_page.camera_view.set_status)
        camera.status_changed.connect(self.window.set_camera_status)

    def _camera_code(self, code: str) -> None:
        if not self.pairing_code(code) and not self.receivers_code(code):
            self.scan_page.submit_camera_code(code)

    def receivers_code(self, code: str) -> bool:
        """On the receivers page every code read (a badge, a receiver's label) is the
        page's: badge then receiver lends it, a receiver alone comes back. True if the page
        took it. (Elsewhere a receiver's label goes to the scan page, which lends or takes
        back without a check-in.)"""
        page = self.receivers_page
        if page is None or self.door_mode.active or self.window.current_page() is not page:
            return False
        page.submit(code)
        return True

    def pairing_code(self, code: str) -> bool:
        """A hub's pairing QR code shown to the camera or the scanner goes to the settings'
        pairing box, not to the door (where it would be an unknown badge). True if it was
        one and the box took it."""
        desk = self.desk
        box = desk.pairing_box if desk is not None else None
        if desk is None or box is None or self.door_mode.active \
                or not code.startswith("checkin://pair"):
            return False
        self.window.show_page(desk.settings_page)
        box.offer_code(code)
        return True

    def start_sync(self, engine_factory, *, interval_ms: int | None = None):
        """Run the sync engine (made by ``engine_factory()`` on the sync worker) in the
        background; its status shows in the status bar and on the dashboard, and what it
        pulls reaches the pages."""
        from checkin.ui.sync_runner import INTERVAL_MS, SyncRunner

        runner = SyncRunner(engine_factory, interval_ms=interval_ms or INTERVAL_MS, parent=self.window)
        runner.status_changed.connect(self.window.set_sync_status)
        if self.desk is not None:
            runner.status_changed.connect(self.desk.dashboard.set_sync_status)
        runner.list_changed.connect(self._list_changed)
        runner.checkins_pulled.connect(self.scan_page.refresh_counter)
        self.sync = runner
        runner.start()
        return runner

    def use_sync_source(self, config) -> None:
        """Settings saved a new source: the status bar names it at once, and the sync
        worker changes to it now rather than at the next launch."""
        self.window.show_sync_source(config)
        if self.sync is not None:
            self.sync.restart()

    def _list_changed(self) -> None:
        self.scan_page.reload_sessions()
        try:
            self.window.tz = self.reception.event.tz
        except NoEvent:
            pass

    def start_camera(self, source) -> None:
        if self.camera is not None:
            self.camera.start(source)

    def shutdown(self) -> None:
        if self.desk is not None and self.desk.hub_page is not None:
            self.desk.hub_page.service.stop()
        if self.desk is not None and self.desk.pairing_box is not None:
            self.desk.pairing_box.stop_browsing()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self.camera is not None:
            self.camera.stop()
        if self.scanner_input is not None:
            self.scanner_input.uninstall()
        self.admission.wait(5000)
        self.translations.uninstall()


def build_station(
    app: QApplication,
    store: Store,
    reception: Reception,
    settings: QSettings,
    *,
    camera=True,
    scanner_input=True,
    muted: bool | None = None,
    desk: bool = True,
    translations_dir: Path | None = None,
    translations: Translations | None = None,
) -> Station:
    """Assemble the window on these core objects.

    ``camera``: True makes the default camera controller (not started), False none, or pass
    a :class:`~checkin.scanner.camera.CameraController` of your own. ``scanner_input``: the
    same for the USB scanner filter, installed on the application.
    """
    if translations is None:  # the first screen hands over its own, already installed
        translations = Translations(app, folder=translations_dir)
    translations.set_language(str(settings.value("language", DEFAULT_LANGUAGE)))
    admission = Admission(reception)
    if muted is None:
        muted = str(settings.value("sounds/muted", "false")).lower() == "true"
    sounds = Sounds(muted=muted)
    staff_pin = StaffPin(store, run=admission.run)
    scan_page = ScanPage(store, reception, admission, sounds, staff_pin)
    window = MainWindow(scan_page, station_name=store.station_name)
    try:
        window.tz = reception.event.tz
    except NoEvent:  # no event yet
        pass
    admission.setParent(window)
    sounds.setParent(window)
    window.set_sounds(sounds)
    window.set_language_shown(translations.language)
    door = DoorMode(window, staff_pin)
    station = Station(store, reception, settings, translations, admission, sounds, staff_pin,
                      scan_page, window, door)
    if str(store.path) != ":memory:":
        from checkin.ui.backups import AutoBackup

        station.backups = AutoBackup(store, settings, parent=window)
    window.language_chosen.connect(station.set_language)
    sounds.muted_changed.connect(lambda m: settings.setValue("sounds/muted", m))

    if camera is True:
        camera = _make_camera(window)
    if camera:
        station.connect_camera(camera)
    if scanner_input is True:
        scanner_input = _make_scanner_input(window, reception)
    if scanner_input:
        station.scanner_input = scanner_input
        scanner_input.code_scanned.connect(lambda code: _scanned(station, code))
        scanner_input.scanner_seen.connect(window.set_scanner_seen)
        scanner_input.install(app)
    if desk:
        from checkin.ui.desk import install_desk_pages

        station.desk = install_desk_pages(station)
    return station


def application(argv: list[str]) -> QApplication:
    """The running QApplication, else a new one made with ``argv``."""
    app = QApplication.instance()
    if app is None:
        return QApplication(argv)
    assert isinstance(app, QApplication)  # this program shows widgets: never a bare core app
    return app


def _scanned(station: Station, code: str) -> None:
    if station.pairing_code(code) or station.receivers_code(code):
        return
    # A badge scanned while another page is shown still answers at the door's card.
    if not station.door_mode.active and station.window.current_page() is not \
            station.scan_page:
        station.window.show_page(station.scan_page)
    station.scan_page.submit_scanner_code(code)


def _make_camera(parent):
    try:
        from checkin.scanner.camera import CameraController
        from checkin.scanner.scheduler import door_decoder
        from checkin.scanner.validator import ScanValidator
    except ImportError as error:  # a bundle without OpenCV: scanner and typing still work
        log.warning("no camera support: %s", error)
        return None
    return CameraController(door_decoder(), ScanValidator(), parent=parent)


def _make_scanner_input(parent, reception: Reception):
    try:
        from checkin.ui.scanner_input import ScannerInput
    except ImportError as error:
        log.warning("no USB scanner support: %s", error)
        return None
    scanner = ScannerInput(parent=parent)
    try:
        scanner.set_event_code(reception.event.code)
    except NoEvent:
        pass
    return scanner


def camera_source(source=None, settings: QSettings | None = None):
    """The source to open: argument, environment, preference, else camera 0."""
    value = source if source is not None else os.environ.get("CHECKIN_SOURCE")
    if value is None and settings is not None:
        value = settings.value("scanner/source")
    if value is None or value == "":
        return 0
    text = str(value)
    return int(text) if text.isdigit() else text


def open_briefly(store: Store, settings_file: Path, *, seconds: float = 0.5) -> str:
    """Open the whole window on ``store`` for a moment and close it (``checkin --self-test``);
    returns what was seen, or raises AssertionError when the window did not show."""
    app = application(["checkin-self-test"])
    before = set(app.topLevelWidgets())
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    station = build_station(app, store, Reception(store), settings, camera=False,
                            scanner_input=False, muted=True)
    try:
        station.window.show()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        if not station.window.isVisible():
            raise AssertionError("the window did not show")
        size = station.window.size()
        sounds = station.sounds.check()
        return (f"the window opened ({app.platformName()}, {size.width()}×{size.height()}); "
                f"{sounds}")
    finally:
        station.shutdown()
        station.window.close()
        # Nothing of this window may outlive its (temporary) database: delete every top-level
        # widget it made, now, not at some later turn of the event loop.
        for widget in set(app.topLevelWidgets()) - before:
            widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def open_store(db: Path | None, demo: bool) -> Store:
    path = Path(db) if db is not None else (paths.demo_db_path() if demo else
                                            paths.default_db_path())
    fresh = not path.exists()
    store = Store(path)
    if demo and fresh:
        from checkin.demo import build_demo

        build_demo(store)
    if demo and not store.get_setting("staff_pin"):
        # The README publishes it; a real station's new PIN needs six digits.
        StaffPin(store).set(DEMO_PIN, min_length=len(DEMO_PIN))
    return store


def is_empty(store: Store) -> bool:
    """No event, no session, nobody, and no sync source: nothing says what this station is
    for yet, so it opens on the first screen (:mod:`checkin.ui.first_screen`). A station that
    chose a hub stays out of it while its first pull has not arrived."""
    if store.event() is not None or store.sessions() or store.count_attendees():
        return False
    return (store.get_setting("sync.source") or "none") == "none"


def open_or_recover(db: Path | None, demo: bool, settings: QSettings,
                    *, ask=None) -> Store | None:
    """The station's store, after a restore a previous run scheduled; a damaged database
    gets a message that offers the last backup, a newer one a message to update this
    station. None when nothing can be opened (the message was shown)."""
    from checkin import backup
    from checkin.store import DamagedDatabase

    path = Path(db) if db is not None else (paths.demo_db_path() if demo else
                                            paths.default_db_path())
    ask = ask or _ask
    try:
        backup.restore_scheduled(path)
    except (StoreError, OSError) as error:
        ask("error", str(error), None)
    while True:
        try:
            return open_store(db, demo)
        except DamagedDatabase as error:
            from checkin.ui.backups import remembered_folder

            try:
                copies = backup.list_backups(path, remembered_folder(settings, path))
            except StoreError:
                copies = []
            newest = copies[0] if copies else None
            if not ask("damaged", str(error), newest) or newest is None:
                return None
            try:
                backup.restore(path, newest.path)
            except StoreError as failed:
                ask("error", str(failed), None)
                return None
        except StoreError as error:
            print(f"checkin: {error}", file=sys.stderr)
            ask("error", str(error), None)
            return None


def _ask(kind: str, message: str, newest) -> bool:
    """The messages of :func:`open_or_recover`, before any window: True to restore."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    translations = Translations(application(sys.argv[:1]))
    translations.set_language(str(QSettings().value("language", DEFAULT_LANGUAGE)))
    try:
        box = QMessageBox()
        box.setWindowTitle(QCoreApplication.translate("open_or_recover", "Check-in"))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(message)
        if kind != "damaged":
            box.exec()
            return False
        if newest is not None:
            more = QCoreApplication.translate(
                "open_or_recover", "Scanning is refused on a damaged database. The last "
                "backup is from %1; the damaged file will be kept aside.").replace(
                    "%1", f"{newest.taken_at.astimezone():%Y-%m-%d %H:%M}")
        else:
            more = QCoreApplication.translate(
                "open_or_recover", "Scanning is refused on a damaged database, and no backup "
                "of it was found. Ask for help, or start with another database (--db).")
        box.setInformativeText(more)
        restore = None
        if newest is not None:
            restore = box.addButton(QCoreApplication.translate(
                "open_or_recover", "Restore the last backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("open_or_recover", "Quit"),
                      QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return restore is not None and box.clickedButton() is restore
    finally:
        translations.uninstall()


class Launcher(QObject):
    """Opens a station: the first screen when its database is empty (see
    :mod:`checkin.ui.first_screen`), then the reception window.

    ``station_ready`` carries the :class:`Station` once the window is built; ``store`` is then
    the store it runs on (the demo's, when the first screen chose the demo). ``clock`` is
    the reception's clock (the demo's own clock is used for the demo); ``build_options`` go
    to :func:`build_station`.
    """

    station_ready = Signal(object)

    def __init__(self, app: QApplication, store: Store, settings: QSettings, *,
                 clock=None, demo_path: Path | None = None,
                 translations_dir: Path | None = None, **build_options):
        super().__init__()
        self.app = app
        self.store = store
        self.settings = settings
        self.clock = clock
        self.demo_path = demo_path
        self.build_options = build_options
        self.translations = Translations(app, folder=translations_dir)
        self.translations.set_language(str(settings.value("language", DEFAULT_LANGUAGE)))
        # the first screen's writer (the event, the source, the imports, the demo's build)
        self.admission = Admission(Reception(store), self)
        self.first_screen: FirstScreen | None = None
        self.station: Station | None = None

    def start(self) -> None:
        if not is_empty(self.store):
            self._open(self.store, self.clock)
            return
        from checkin.ui.first_screen import FirstScreen  # only for an empty station

        screen = FirstScreen(self.store, self.translations, self.settings,
                             admission=self.admission)
        screen.finished.connect(self._on_chosen)
        self.first_screen = screen
        screen.show()

    def _on_chosen(self, choice: str) -> None:
        from checkin.ui.first_screen import DEMO

        if choice != DEMO:
            # A new database names its station on first use (a write): on the writer, too.
            store = self.store
            self.admission.run(lambda: store.station_name,
                               on_done=lambda _name: self._open(store, self.clock))
            return
        path = self.demo_path

        def build() -> Store:  # 1,500 people: on the writer thread, not the window's
            store = open_store(path, demo=True)
            _ = store.station_name  # named here, not by the window's first look at it
            return store

        def opened(store: Store) -> None:
            from checkin.demo import demo_clock

            self.store = store
            self._open(store, demo_clock())

        self.admission.run(build, on_done=opened, on_error=self._demo_failed)

    def _demo_failed(self, error: BaseException) -> None:
        if not isinstance(error, (StoreError, OSError)):
            raise error
        if self.first_screen is not None:
            self.first_screen.demo_failed(error)

    def close(self) -> None:
        """Close whichever is open, first screen or station, and remove the translators."""
        if self.first_screen is not None:
            self.first_screen.close()
            self.first_screen = None
        if self.station is not None:
            self.station.shutdown()  # uninstalls the translators it was handed
            self.station.window.close()
        else:
            self.translations.uninstall()
        self.admission.wait(5000)

    def _open(self, store: Store, clock) -> None:
        reception = Reception(store, **({"clock": clock} if clock is not None else {}))
        station = build_station(self.app, store, reception, self.settings,
                                translations=self.translations, **self.build_options)
        self.station = station
        if self.first_screen is not None:
            self.first_screen.close()
            self.first_screen.deleteLater()
            self.first_screen = None
        self.station_ready.emit(station)


def main(db: Path | None = None, demo: bool = False, source=None) -> int:
    started = time.monotonic()
    from checkin import logs

    log_file = logs.setup(verbose=logging.getLogger().level == logging.DEBUG)
    app = application(sys.argv[:1])
    app.setWindowIcon(QIcon(str(paths.resource("icons", "checkin.png"))))
    app.setOrganizationName("checkin")
    app.setApplicationName("Check-in")
    settings = QSettings()
    store = open_or_recover(db, demo, settings)
    if store is None:
        return 1
    clock = None
    if demo:
        from checkin.demo import demo_clock

        clock = demo_clock()
    from checkin.ui.crash import CrashReporter

    crash = CrashReporter(log_file)  # from the first screen on; the window is its parent later
    crash.install()
    app.aboutToQuit.connect(crash.uninstall)
    launcher = Launcher(app, store, settings, clock=clock)

    def ready(station: Station) -> None:
        crash.set_window(station.window)
        station.window.showMaximized()
        QTimer.singleShot(200, station.sounds.preload)  # the audio device, once on screen
        opened = station.store

        def sync_engine():  # on the sync worker: its imports (HTTP, keyring) cost no launch
            from checkin.sync.config import make_engine

            return make_engine(opened)

        QTimer.singleShot(500, lambda: station.start_sync(sync_engine))
        if station.backups is not None:
            station.backups.start()  # a copy every few minutes…
            app.aboutToQuit.connect(station.backups.take_and_wait)  # …and the last on quit
        app.aboutToQuit.connect(station.shutdown)
        if opened is not store:
            app.aboutToQuit.connect(opened.close)
        # The camera opens once the window is on screen: opening a device can take a second.
        QTimer.singleShot(0, lambda: station.start_camera(camera_source(source, settings)))
        if os.environ.get("CHECKIN_EXIT_WHEN_READY"):  # the launch benchmark
            def report() -> None:
                print(f"READY {time.monotonic() - started:.3f}", flush=True)
                QTimer.singleShot(300, app.quit)  # let the camera thread start first

            QTimer.singleShot(0, report)

    launcher.station_ready.connect(ready)
    app.aboutToQuit.connect(store.close)
    launcher.start()
    return app.exec()
