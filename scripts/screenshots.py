"""Screenshots of the reception window for docs/, taken from the real application under Xvfb.

    .venv/bin/python scripts/screenshots.py            # starts its own Xvfb at 1366x768
    .venv/bin/python scripts/screenshots.py new-event  # only docs/new-event.md's
    .venv/bin/python scripts/screenshots.py receivers  # only the receivers' (README)
    .venv/bin/python scripts/screenshots.py online     # only the online attendance's (README)

The script starts an X server of its own (Xvfb, on the first free display from :99), then runs
itself again inside it with the ``xcb`` platform: a fresh demo database, the demo clock (3 Feb
2025, 09:10, the opening plenary), a badge in front of the "camera" (a rendered badge pushed
to the preview), and real scans through the same call as the camera's. Each state is saved
as a PNG in docs/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
WIDTH, HEIGHT = 1366, 768


def start_xvfb() -> tuple[subprocess.Popen, str]:
    for number in range(99, 120):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        display = f":{number}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, display
            if server.poll() is not None:
                break
            time.sleep(0.05)
        server.terminate()
    raise SystemExit("no free display for Xvfb (is it installed? apt-get install xvfb)")


def parent() -> int:
    server, display = start_xvfb()
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   CHECKIN_SCREENSHOTS_CHILD="1", CHECKIN_NO_MDNS="1")
        return subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode
    finally:
        server.terminate()
        server.wait(5)


# --- inside the X server ----------------------------------------------------------------------

def child() -> int:
    import numpy as np
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from checkin.badges.layout import BadgeStyle
    from checkin.badges.render import BadgeRenderer
    from checkin.demo import build_demo, demo_clock
    from checkin.reception import Reception
    from checkin.scanner.decoders import default_decoder, to_gray
    from checkin.scanner.sources import SourceState, SourceStatus
    from checkin.store import Store
    from checkin.ui.app import DEMO_PIN, build_station

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
    DOCS.mkdir(exist_ok=True)
    if sys.argv[1:] == ["new-event"]:
        new_event_shots(app, tmp)
        return 0
    store = Store(tmp / "demo.db")
    build_demo(store)
    reception = Reception(store, clock=demo_clock())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "fr")
    station = build_station(app, store, reception, settings, camera=False,
                            scanner_input=False, muted=True)
    station.staff_pin.set(DEMO_PIN, min_length=len(DEMO_PIN))
    window, page = station.window, station.scan_page
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()

    def settle(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str) -> None:
        settle(450)  # past a new answer's flash (result_card.FLASH_MS)
        pixmap = app.primaryScreen().grabWindow(0)
        pixmap.save(str(DOCS / f"{name}.png"))
        print(f"docs/{name}.png")

    def scan(code: str) -> None:
        loop = QEventLoop()
        page.result_shown.connect(loop.quit)
        page.submit_code(code)
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
        page.result_shown.disconnect(loop.quit)

    # A badge held in front of the camera: the real badge drawing in a grey scene.
    opening = "d1-opening"
    people = store.attendees()
    arrived = {c.attendee_id for c in store.checkins(session_id=opening, include_voided=False)}
    fresh = [a for a in people if a.id not in arrived and not a.cancelled
             and a.category == "participant"]
    french = next(a for a in fresh if a.language == "fr" and len(a.full_name) > 18)
    english = next(a for a in fresh if a.language == "en")
    renderer = BadgeRenderer(BadgeStyle.from_event(reception.event))

    def show_badge(attendee) -> None:
        badge = renderer.render(attendee).convert("RGB")
        scale = 440 / badge.height
        badge = badge.resize((int(badge.width * scale), 440))
        scene = np.full((480, 640, 3), 96, np.uint8)
        left = (640 - badge.width) // 2
        scene[20:460, left:left + badge.width] = np.asarray(badge)[:, :, ::-1]
        found = default_decoder().decode(to_gray(scene))
        outline = found[0].outline if found else None
        image = QImage(scene.data, 640, 480, 640 * 3, QImage.Format.Format_BGR888).copy()
        page.camera_view.show_frame(image, outline)

    live = SourceStatus(SourceState.LIVE, "camera 0 is live.")
    page.camera_view.set_status(live)
    window.set_camera_status(live)
    window.set_scanner_seen()

    DOCS.mkdir(exist_ok=True)
    if sys.argv[1:] == ["receivers"]:
        receivers_shots(station, shot, settle, scan, french, english)
        station.shutdown()
        store.close()
        return 0
    if sys.argv[1:] == ["online"]:
        online_shots(station, shot, settle)
        station.shutdown()
        store.close()
        return 0
    shot("scan-ready-fr")
    show_badge(french)
    scan(french.token)
    shot("scan-fr")  # green, in French
    scan(french.token)
    shot("card-amber")
    scan("IMC25-0000000000000000")
    shot("card-red")
    page.set_session("d1-lounge")
    scan(french.token)
    shot("card-red-override")
    page.card.override_button.click()
    shot("override-pin")
    page.pin_pad.cancel()
    page.follow_current_session()

    station.set_language("en")
    show_badge(english)
    scan(english.token)
    shot("scan-en")

    station.set_language("fr")
    station.door_mode.enter()
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    show_badge(english)
    page.card.show_idle()
    scan(english.token)  # already in: amber at the door
    shot("door-mode-amber")
    other = next(a for a in fresh if a not in (french, english) and a.language == "fr")
    show_badge(other)
    scan(other.token)
    shot("door-mode")
    # No camera at this door: the card takes the screen, "leave" stays below it (issue 15).
    none = SourceStatus(SourceState.UNAVAILABLE, "no camera")
    page.camera_view.set_status(none)
    scan(other.token)
    shot("door-mode-no-camera")
    page.camera_view.set_status(live)
    show_badge(other)
    station.door_mode.request_leave()
    shot("door-mode-pin")
    for _ in range(5):  # a volunteer trying PINs: the keypad locks and counts down
        page.pin_pad.entry.setText("000000")
        page.pin_pad.submit()
    shot("door-mode-lockout-fr")
    station.set_language("en")
    shot("door-mode-lockout-en")
    station.set_language("fr")
    station.store.set_setting("staff_pin_lockout", None)
    station.door_mode.leave()
    if station.desk is not None:
        desk_shots(station, shot, settle)
        receivers_shots(station, shot, settle, scan, french, english)
        online_shots(station, shot, settle)
    station.shutdown()
    store.close()
    new_event_shots(app, tmp)
    return 0


def receivers_shots(station, shot, settle, scan, french, english) -> None:
    """Interpretation receivers (README): 60 numbered, a few lent, the list of those out
    behind the PIN, one already lent to someone else, in French and English; and the door
    lending one to the person it just let in."""
    from checkin import receivers

    store, page = station.store, station.receivers_page
    desk = station.receiver_desk
    if not store.receivers():
        receivers.add_numbered(store, 60)
    people = [a for a in store.attendees() if a.phone and not a.cancelled
              and a not in (french, english)][:5]

    def read(code: str) -> None:
        station.receivers_code(code)
        station.admission.wait(5000)
        settle(150)

    station.window.show_page(page)
    for person, number in zip(people, ("R004", "R011", "R017", "R023", "R038"), strict=False):
        read(person.token)
        read(f"checkin://receiver/{number}")
    page.pin_pad.ask("receivers:unlock")
    page.pin_pad.entry.setText(DEMO_PIN_FOR_SHOTS)
    page.pin_pad.submit()
    settle(400)
    shot("receivers-fr")
    read(french.token)
    read("checkin://receiver/R011")  # already lent to someone else
    shot("receivers-taken-fr")
    station.set_language("en")
    settle(300)
    shot("receivers-en")
    station.set_language("fr")
    desk.forget()
    page.lock()
    station.window.show_page(station.scan_page)
    station.door_mode.enter()
    scan(english.token)
    station.scan_page.submit_code("CHECKIN://RECEIVER/R052")
    station.admission.wait(5000)
    shot("receivers-door-fr")
    station.door_mode.leave()


DEMO_PIN_FOR_SHOTS = "2025"  # checkin.ui.app.DEMO_PIN, the demo's


def online_shots(station, shot, settle) -> None:
    """Online attendance (README): the dashboard's import of the demo's Zoom report of the
    opening plenary (docs/examples/), its dry run, then recorded with the uncertain matches
    to decide, in French and English; and the dashboard, on site and online side by side."""
    d, window = station.desk, station.window
    dashboard = d.dashboard
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    station.set_language("fr")
    window.show_page(dashboard)
    dashboard.scope.setCurrentIndex(dashboard.scope.findData("d1-opening"))
    settle(600)

    def wait() -> None:
        station.admission.wait(10000)
        settle(300)
        dialog = dashboard.online_dialog
        while dialog is not None and dialog.working:
            settle(100)

    dialog = dashboard.open_online_import()
    wait()
    # where an organiser keeps the file they downloaded, not this checkout's path
    downloads = Path(tempfile.gettempdir()) / "Téléchargements"
    downloads.mkdir(exist_ok=True)
    report = downloads / "online-zoom-d1-opening.csv"
    report.write_bytes((DOCS / "examples" / "online-zoom-d1-opening.csv").read_bytes())
    dialog.set_path(report)
    wait()
    shot("online-import-fr")
    station.set_language("en")
    settle(300)
    shot("online-import-en")
    station.set_language("fr")
    dialog.apply()
    wait()
    shot("online-import-done-fr")
    dialog.close()
    settle(300)
    dashboard.refresh()
    settle(1200)
    shot("dashboard-online-fr")


def hub_shots(station, d, language: str, shot, settle) -> None:
    """The organiser's hub page, started on 127.0.0.1 with two stations and a pairing QR code
    on screen; and the station's side, Settings → Join the venue's hub."""
    from checkin.hub import tokens
    from checkin.hub.service import HubService

    page = d.hub_page
    if not page.service.running:
        page.service = HubService(station.store, port=0, host="127.0.0.1", announce=False,
                                  tls_folder=Path(tempfile.mkdtemp(prefix="checkin-hub-")))
        page.service.start()
        for name, role in (("Auditorium – porte A", "door"), ("Accueil", "desk")):
            if not any(t.name == name for t in tokens.list_tokens(station.store)):
                tokens.add(station.store, name, role)
    page._show_state()
    page.name_edit.setText("Auditorium – porte B")
    page._paired(page.service.new_pairing("Auditorium – porte B", "door",
                                          hosts=["192.168.1.10"]))
    station.window.show_page(page)
    settle(300)
    shot(f"hub-{language}")
    box = d.pairing_box
    station.window.show_page(d.settings_page)
    from PySide6.QtWidgets import QScrollArea

    scroll = d.settings_page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(box)
    settle(300)
    shot(f"pairing-{language}")


def new_event_shots(app, tmp: Path) -> None:
    """docs/new-event.md: a new conference from an empty station to the first green scan,
    through the first screen, the two imports (docs/examples/) and the scan page; then the
    session editor in Settings. French, and the main steps in English too."""
    from PySide6.QtCore import QDate, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QScrollArea

    from checkin.store import Store
    from checkin.ui.app import Launcher

    examples = DOCS / "examples"
    files = {"programme": examples / "programme-imc26.csv",
             "attendees": examples / "inscrits-imc26.csv"}

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(condition, ms: int = 10_000) -> None:
        for _ in range(ms // 50):
            if condition():
                return
            settle(50)
        raise SystemExit("screenshots: the window did not get there in time")

    def shot(name: str) -> None:
        settle()
        app.primaryScreen().grabWindow(0).save(str(DOCS / f"{name}.png"))
        print(f"docs/{name}.png")

    for language in ("fr", "en"):
        store = Store(tmp / f"new-event-{language}.db")
        settings = QSettings(str(tmp / f"new-event-{language}.ini"),
                             QSettings.Format.IniFormat)
        settings.setValue("language", language)
        launcher = Launcher(app, store, settings, camera=False, scanner_input=False,
                            muted=True)
        launcher.start()
        screen = launcher.first_screen
        screen.choose_file = lambda parent, kind: files[kind]
        screen.setGeometry(0, 0, WIDTH, HEIGHT)
        shot(f"new-event-first-{language}")

        screen.new_button.click()
        form = screen.form
        form.code.setText("IMC26")
        form.title_fr.setText("Conférence internationale de la mutualité 2026")
        form.title_en.setText("International Mutualist Conference 2026")
        form.start_date.setDate(QDate(2026, 3, 10))
        form.end_date.setDate(QDate(2026, 3, 11))
        form.venue.setText("Hôtel Club du Lac Tanganyika, Bujumbura")
        shot(f"new-event-form-{language}")
        screen.create_button.click()
        wait(lambda: screen.pages.currentWidget() is screen.next_page)

        for kind in ("programme", "attendees"):
            button = (screen.next_page.programme_button if kind == "programme"
                      else screen.next_page.attendees_button)
            button.click()
            dialog = screen.import_dialog
            wait(lambda: dialog.preview is not None)
            dialog.setGeometry(150, 90, 1066, 560)
            if kind == "programme":
                dialog.table.selectRow(2)
            shot(f"new-event-{kind}-{language}")
            dialog.import_button.click()
            wait(lambda: dialog.report is not None)
            dialog.close()
        wait(lambda: screen.next_page.attendees > 0)
        # A week later, a corrected list: what changes, from what to what, before writing.
        files["attendees"] = examples / "inscrits-imc26-v2.csv"
        screen.next_page.attendees_button.click()
        dialog = screen.import_dialog
        wait(lambda: dialog.preview is not None)
        dialog.setGeometry(150, 90, 1066, 560)
        dialog.table.selectRow(0)
        shot(f"new-event-reimport-{language}")
        dialog.reject()
        files["attendees"] = examples / "inscrits-imc26.csv"
        shot(f"new-event-next-{language}")

        screen.next_page.open_button.click()
        wait(lambda: launcher.station is not None)
        station = launcher.station
        window, page = station.window, station.scan_page
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        opening = next(s for s in store.sessions() if s.name_fr == "Plénière d'ouverture")
        page.set_session(opening.id)
        person = next(a for a in store.attendees() if a.first_name == "Hélène")
        page.manual_entry.setText(person.token)
        page.manual_entry.returnPressed.emit()
        wait(lambda: page.card.colour == "green")
        shot(f"new-event-scan-{language}")

        settings_page = station.desk.settings_page
        window.show_page(settings_page)
        wait(lambda: settings_page.event_box.conference is not None)
        settle()
        scroll = settings_page.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(settings_page.event_box.y() - 8)
        shot(f"new-event-conference-{language}")
        box = settings_page.programme_box
        wait(lambda: box.table.rowCount() == 6)
        settle()
        scroll.verticalScrollBar().setValue(box.y() - 8)  # the programme box at the top
        station.staff_pin.set("202603")
        box.unlocked = True  # as after the staff PIN
        box.load()
        wait(lambda: box.add_button.isVisible())
        box.select(next(s.id for s in store.sessions() if s.name_fr.startswith("Atelier A")))
        shot(f"new-event-sessions-{language}")
        box.edit_session()
        box.editor.move(380, 120)
        shot(f"new-event-session-dialog-{language}")
        box.editor.reject()
        launcher.close()
        store.close()


def sheets(station, d) -> None:
    """The funders' sheets the dashboard writes, as PDF, to look at (issue 15): the plenary's
    attendance sheet with a funder's logo and signatory, and the empty sign-in sheet of a
    workshop; written to a temporary folder (the path is printed), not to docs/."""
    from PIL import Image, ImageDraw

    from checkin.reports.sheet import SETTING_LOGO, SETTING_ROLE, SETTING_SIGNATORY
    from checkin.ui.dashboard import standard_exports

    store = station.store
    logo = Path(tempfile.mkdtemp(prefix="checkin-logo-")) / "funder.png"
    image = Image.new("RGB", (480, 180), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((6, 6, 474, 174), outline=(0, 84, 147), width=10)
    draw.text((150, 75), "FUNDER / BAILLEUR", fill=(0, 84, 147))
    image.save(logo)
    store.set_setting(SETTING_LOGO, str(logo))
    store.set_setting(SETTING_SIGNATORY, "Dr Jeanine Niyonzima")
    store.set_setting(SETTING_ROLE, "Coordinatrice du programme PASS")
    actions = {a.key: a for a in standard_exports(store, station.reception.clock)}
    session = d.dashboard.store.session("d1-opening")
    out = logo.parent
    actions["session_pdf"].run(out / "sheet-present-fr.pdf", session.id)
    actions["signin_pdf"].run(out / "sheet-signin-fr.pdf", "d1-ws-absorption")
    actions["session_pdf"].run(out / "sheet-all-fr.pdf", None)
    for key in (SETTING_LOGO, SETTING_SIGNATORY, SETTING_ROLE):
        store.set_setting(key, None)
    print(f"{out}/sheet-present-fr.pdf, sheet-signin-fr.pdf, sheet-all-fr.pdf")


def desk_shots(station, shot, settle) -> None:
    """The desk and organisers' pages (issue 6), in French then English."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from checkin.walkins import Field

    d, window = station.desk, station.window
    window.setGeometry(0, 0, WIDTH, HEIGHT)  # as it was before door mode
    session = station.scan_page.session_id
    arrived = {c.attendee_id for c in station.store.checkins(session_id=session)}
    waiting = [a for a in station.store.attendees() if a.id not in arrived and not a.cancelled
               and a.organisation and a.category == "participant"]
    for language, person in (("fr", waiting[3]), ("en", waiting[-3])):
        station.set_language(language)
        window.show_page(d.search_page)
        d.search_page.query.setText(f"{person.last_name[:5]} {person.first_name[:2]}")
        settle(600)
        for _ in range(d.search_page.model.rowCount()):  # arrows, as at the desk
            QTest.keyClick(d.search_page.query, Qt.Key.Key_Down)
            if d.search_page.selected_id() == person.id:
                break
        QTest.keyClick(d.search_page.query, Qt.Key.Key_Return)
        shot(f"search-{language}")
        d.search_page.query.clear()
        known = person
        d.attendee_panel.show_attendee(known.id)
        window.show_page(d.attendee_panel)
        d.attendee_panel.history_view.selectRow(0)
        shot(f"attendee-{language}")
        window.show_page(d.walkin_page)
        d.walkin_page.clear()
        for field, text in ((Field.FIRST_NAME, known.first_name),
                            (Field.LAST_NAME, known.last_name),
                            (Field.ORGANISATION, known.organisation),
                            (Field.EMAIL, "walk-in@example.org")):
            d.walkin_page.inputs[field].setText(text)
        d.walkin_page.save()  # the same name in the same organisation: the warning
        shot(f"walkin-duplicate-{language}")
        d.walkin_page.clear()
        window.show_page(d.dashboard)
        settle(800)
        shot(f"dashboard-{language}")
        if language == "fr":  # the PIN pad of an export: the page scrolls, the window stays
            d.dashboard.ask_export("session_pdf")
            settle(300)
            shot("dashboard-pin-fr")
            d.dashboard.pin_pad.cancel()
            sheets(station, d)
        window.show_page(d.settings_page)
        shot(f"settings-{language}")
        hub_shots(station, d, language, shot, settle)

    # A pseudo-locale, every string 40 % longer: a layout that cuts text off shows it here.
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
            return f"[{source}{'~' * (len(source) * 4 // 10)}]" if source else source

        def isEmpty(self):  # noqa: N802
            return False

    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    for name, page in (("search", d.search_page), ("attendee", d.attendee_panel),
                       ("walkin", d.walkin_page), ("dashboard", d.dashboard),
                       ("settings", d.settings_page)):
        window.show_page(page)
        shot(f"pseudo-{name}")
    QCoreApplication.removeTranslator(pseudo)
    station.set_language("fr")


if __name__ == "__main__":
    sys.exit(child() if os.environ.get("CHECKIN_SCREENSHOTS_CHILD") else parent())
