"""The desk and organisers' pages, added to the reception window and wired to it.

:func:`install_desk_pages` makes the search page, the attendee panel, the walk-in form, the
dashboard and the settings page from the station's core objects, adds them to the window's
navigation and connects them: the door's session is theirs, a search result opens the
panel, any check-in refreshes the dashboard and the door's counter, settings apply at once.

Badges are printed through :class:`checkin.ui.printing.BadgePrinting` (the system print
dialog, which also offers "print to PDF").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from checkin.model import Attendee
from checkin.search import Search
from checkin.store import Store
from checkin.ui.attendee_panel import AttendeePanel
from checkin.ui.dashboard import DashboardPage, standard_exports
from checkin.ui.search_page import SearchPage
from checkin.ui.settings_page import AUTO_DECODER, DECODER_KEY, SettingsPage
from checkin.ui.walkin import WalkInPage

if TYPE_CHECKING:  # loaded when made (the hub's, the printer's imports cost at launch)
    from checkin.ui.hub_page import HubPage
    from checkin.ui.printing import BadgePrinting
    from checkin.ui.settings.pairing import PairingBox

log = logging.getLogger(__name__)


def decoder_named(name: str):
    """The decoder a preference names ("auto": the door's scheduler)."""
    from checkin.scanner.decoders import make_decoder
    from checkin.scanner.scheduler import door_decoder

    return door_decoder() if name == AUTO_DECODER else make_decoder(name)


@dataclass
class DeskPages:
    search: Search
    search_page: SearchPage
    attendee_panel: AttendeePanel
    walkin_page: WalkInPage
    dashboard: DashboardPage
    settings_page: SettingsPage
    pairing_box: PairingBox | None = None
    hub_page: HubPage | None = None


def dialog_printer(store: Store, parent=None, run=None):
    """``print_badge(attendee, parent) -> bool`` through the system print dialog (a printer,
    or a PDF file), with the badges-and-reports renderer (:mod:`checkin.ui.printing`)."""
    made: list[BadgePrinting] = []  # the printer helper, made on the first badge (its imports cost at launch)

    def print_badge(attendee: Attendee, where: QWidget) -> bool:
        from checkin.ui.printing import BadgePrinting, PrintError

        if not made:
            made.append(BadgePrinting(store, run=run, parent=parent))
        try:
            return made[0].print_with_dialog(attendee, where)
        except (PrintError, OSError) as error:
            log.warning("badge of %s not printed: %s", attendee.id, error)
            return False

    return print_badge


def install_desk_pages(station, *, print_badge=None) -> DeskPages:
    """Make the desk pages for a :class:`checkin.ui.app.Station` and add them to its window.
    ``print_badge(attendee, parent) -> bool`` defaults to the system print dialog."""
    store, reception, pin = station.store, station.reception, station.staff_pin
    window, scan_page = station.window, station.scan_page
    if print_badge is None:
        print_badge = dialog_printer(store, window, station.admission.run)

    search = Search(store)
    admission = station.admission
    search_page = SearchPage(reception, search, pin=pin, admission=admission)
    panel = AttendeePanel(reception, pin, print_badge=print_badge, admission=admission)
    walkin = WalkInPage(reception, print_badge=print_badge, admission=admission)
    dashboard = DashboardPage(
        reception, pin, exports=standard_exports(store, reception.clock), admission=admission)
    settings_page = SettingsPage(reception, pin, station.settings, admission=admission)
    if station.backups is not None:
        from PySide6.QtWidgets import QApplication

        from checkin.ui.settings.backup import BackupBox

        backup_box = settings_page.backup_box = settings_page.add_box(
            BackupBox(station.backups, admission))
        # The window cannot swap its open database: it quits, the next start restores.
        backup_box.restore_scheduled.connect(lambda _copy: QApplication.quit())
    from checkin.hub.service import HubService
    from checkin.reception import NoEvent
    from checkin.ui.hub_page import HubPage
    from checkin.ui.settings.pairing import PairingBox

    pairing_box = settings_page.add_box(PairingBox(reception, admission))
    try:
        tz = reception.event.tz
    except NoEvent:
        tz = None
    hub_page = HubPage(HubService(store), pin, admission, tz=tz)
    for page in (search_page, walkin, panel, dashboard, settings_page, hub_page):
        window.add_page(page)
    from checkin.ui.receivers_page import install as install_receivers

    install_receivers(station)
    pages = DeskPages(search, search_page, panel, walkin, dashboard, settings_page,
                      pairing_box, hub_page)

    # the door's session is the desk's
    def follow(session) -> None:
        session_id = session.id if session is not None else None
        for page in (search_page, panel, walkin):
            page.set_session(session_id)

    scan_page.session_changed.connect(follow)
    follow(scan_page.session)

    # search → details → back; a walk-in asked for from the search
    def open_panel(attendee_id: str) -> None:
        panel.show_attendee(attendee_id)
        window.show_page(panel)

    def back_to_search() -> None:
        window.show_page(search_page)
        search_page.focus_search()

    search_page.attendee_opened.connect(open_panel)
    panel.closed.connect(back_to_search)
    search_page.walkin_requested.connect(lambda: window.show_page(walkin))

    # every check-in, wherever made, shows in the figures
    def checked_in(*_args) -> None:
        scan_page.refresh_counter()
        dashboard.refresh()

    # A scan is answered while the scan page is on screen, so the dashboard is hidden then:
    # recomputing every figure per scan would compete with the next admit for nothing.
    scan_page.result_shown.connect(dashboard.refresh_if_shown)
    for signal in (search_page.checked_in, panel.checked_in, panel.undone, walkin.checked_in):
        signal.connect(checked_in)

    # settings take effect at once
    settings_page.language_chosen.connect(station.set_language)
    settings_page.sounds_muted.connect(station.sounds.set_muted)
    settings_page.station_renamed.connect(window.set_station_name)
    settings_page.sync_source_saved.connect(station.use_sync_source)
    settings_page.camera_source_chosen.connect(station.start_camera)

    # the decoder preference: used from the first start, and a change restarts the camera
    def use_decoder(name: str, restart: bool) -> None:
        camera = station.camera
        if camera is None or not name:
            return
        try:
            camera.decoder = decoder_named(name)
        except Exception as error:  # noqa: BLE001 - a library missing here: keep the current
            log.warning("decoder %s not available: %s", name, error)
            return
        if restart and camera.is_running() and camera.source is not None:
            camera.start(camera.source)

    use_decoder(str(station.settings.value(DECODER_KEY, AUTO_DECODER)), restart=False)
    settings_page.decoder_chosen.connect(lambda name: use_decoder(name, restart=True))

    def list_changed(*_args) -> None:
        reception.refresh()
        scan_page.reload_sessions()
        search_page.refresh()
        dashboard.refresh()

    settings_page.attendees_imported.connect(list_changed)
    dashboard.online_imported.connect(list_changed)  # online-only attendees, to be found
    settings_page.sessions_changed.connect(list_changed)
    settings_page.event_changed.connect(list_changed)
    settings_page.event_changed.connect(lambda event: setattr(window, "tz", event.tz))

    search_page.prepare_index()
    return pages
