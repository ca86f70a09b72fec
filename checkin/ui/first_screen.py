"""The first screen of a station whose database is empty: what is this station for?

Four choices, each a page of its own:

- **a new conference**: a short form (:class:`~checkin.ui.event_form.EventForm`), then the
  programme and the attendee list, imported with their line-by-line reports;
- **join the venue's hub**: its address and a token, tried at once (one sync cycle), so a
  typing mistake shows here and not later as "offline";
- **connect to pretix**: the same for a pretix event;
- **open the demo**: the demo conference, in a database of its own (this station's stays
  empty, and the first screen comes back at the next start).

Every write (the event, the source, the imports) runs on the writer thread of an
:class:`~checkin.ui.admission.Admission`; the window only shows what came back. When a
choice is complete the screen emits :attr:`FirstScreen.finished` with it, and the launcher
(:class:`checkin.ui.app.Launcher`) opens the reception window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.model import Event
from checkin.reception import Reception
from checkin.store import Store, StoreError
from checkin.ui.admission import Admission
from checkin.ui.event_form import EventForm
from checkin.ui.i18n import (
    LANGUAGES,
    RetranslatesOnLanguageChange,
    Translations,
    current_language,
)
from checkin.ui.labels import language_label

if TYPE_CHECKING:
    from checkin.ui.import_dialog import ImportDialog

NEW_EVENT, HUB, PRETIX, DEMO = "event", "hub", "pretix", "demo"

STYLE = """
QWidget#first_screen { background: #eceff1; }
QLabel#first_title { font-size: 26px; font-weight: bold; color: #263238; }
QLabel#first_lead { font-size: 15px; color: #37474f; }
QPushButton#choice { text-align: left; padding: 14px 18px; background: #ffffff;
    border: 1px solid #b0bec5; border-radius: 8px; }
QPushButton#choice:hover, QPushButton#choice:focus { border: 2px solid #0277bd; }
QLabel#choice_title { font-size: 18px; font-weight: bold; color: #263238; }
QLabel#choice_text { font-size: 13px; color: #546e7a; }
QLabel#step_title { font-size: 20px; font-weight: bold; color: #263238; }
QLabel#step_message { font-size: 14px; }
"""


class ChoiceButton(QPushButton):
    """A big button with a title and a sentence under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("choice")
        self.title = QLabel()
        self.title.setObjectName("choice_title")
        self.text_label = QLabel()
        self.text_label.setObjectName("choice_text")
        self.text_label.setWordWrap(True)
        self._column = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.text_label)
        for label in (self.title, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # As tall as its words at the width it gets: a longer translation wraps to one more
        # line and the button grows, instead of cutting the sentence.
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)

    def set_words(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text_label.setText(text)
        if self.width() > 0:  # new words, maybe one more line
            self.setMinimumHeight(self.heightForWidth(self.width()))
        self.setAccessibleName(title.replace("&", ""))
        self.setAccessibleDescription(text)

    def sizeHint(self):  # noqa: N802 (Qt override): as tall as the words in it
        return self._column.sizeHint()

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        return self._column.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._column.totalHeightForWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The stacked pages do not pass height-for-width on: ask for the height directly.
        wanted = self.heightForWidth(event.size().width())
        if wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.setMinimumHeight(self.heightForWidth(self.width()))


class SourcePage(RetranslatesOnLanguageChange, QWidget):
    """The hub's or pretix's address and token; ``config()`` and ``token()`` read them."""

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.failed = False  # the last try to connect was saved but did not connect
        self.title = QLabel()
        self.title.setObjectName("step_title")
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        self.fields: dict[str, tuple[QLabel, QLineEdit]] = {}
        form = QFormLayout()
        # the options the source registry shows in a form (as Settings does), and its token
        from checkin.sync.base import SourceKind
        from checkin.sync.sources import SOURCES

        source = SOURCES[SourceKind(kind)]
        self.pairing = None  # the hub's pairing code: replaces the address and the token
        self.pairing_caption = QLabel()
        if kind == HUB:
            self.pairing = QLineEdit()
            self.pairing.setObjectName("hub_pairing")
            self.pairing_caption.setBuddy(self.pairing)
            form.addRow(self.pairing_caption, self.pairing)
            self.or_label = QLabel()
            form.addRow(self.or_label)
        keys = [o.key for o in source.form_options] + (["token"] if source.needs_token else [])
        for key in keys:
            caption, editor = QLabel(), QLineEdit()
            editor.setObjectName(f"{kind}_{key}")
            if key == "token":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            caption.setBuddy(editor)
            self.fields[key] = (caption, editor)
            form.addRow(caption, editor)
        self.message = QLabel()
        self.message.setObjectName("step_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate_ui()

    def text(self, key: str) -> str:
        return self.fields[key][1].text().strip() if key in self.fields else ""

    def config(self):
        from checkin.sync.base import SourceKind
        from checkin.sync.sources import SourceConfig

        return SourceConfig.of(SourceKind(self.kind),
                               **{key: self.text(key) for key in self.fields if key != "token"})

    def pairing_code(self) -> str:
        return self.pairing.text().strip() if self.pairing is not None else ""

    def missing(self) -> str | None:
        """The first empty field's key, or None (none is missing with a pairing code)."""
        if self.pairing_code():
            return None
        return next((key for key in self.fields if not self.text(key)), None)

    def retranslate_ui(self) -> None:
        captions = {"url": self.tr("Server &address"), "organizer": self.tr("pretix &organiser"),
                    "event": self.tr("pretix &event"), "token": self.tr("Access &token")}
        for key, (caption, editor) in self.fields.items():
            caption.setText(captions.get(key, key))
            editor.setAccessibleName(captions.get(key, key).replace("&", ""))
        if self.pairing is not None:
            self.pairing_caption.setText(self.tr("&Pairing code"))
            self.pairing.setAccessibleName(self.tr("Pairing code"))
            self.pairing.setPlaceholderText(self.tr(
                "checkin://pair?… from the organiser's hub page (paste it, or scan it)"))
            self.or_label.setText(self.tr("or, without a pairing code:"))
        if self.kind == HUB:
            self.title.setText(self.tr("Join the venue's hub"))
            self.lead.setText(self.tr(
                "The hub is the computer that serves the conference to every door on the "
                "venue's network. Type the address and the token that its screen shows (or "
                "that the organisers gave you)."))
            self.fields["url"][1].setPlaceholderText(self.tr("http://192.168.1.10:8765"))
        else:
            self.title.setText(self.tr("Connect to pretix"))
            self.lead.setText(self.tr(
                "The station reads the event, its check-in lists and the attendees from "
                "pretix, and checks people in offline as pretix would. The token is an API "
                "token of a pretix team with access to the event."))
            self.fields["url"][1].setPlaceholderText(self.tr("https://pretix.eu"))
            self.fields["organizer"][1].setPlaceholderText(self.tr("the organiser's short name"))
            self.fields["event"][1].setPlaceholderText(self.tr("the event's short name"))
        self.fields["token"][1].setPlaceholderText(self.tr("kept in the system keyring"))


class NextStepsPage(RetranslatesOnLanguageChange, QWidget):
    """After the event is made: import the programme, then the attendee list."""

    import_requested = Signal(str)  # "programme" or "attendees"
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("step_title")
        self.title.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        self.programme_button = QPushButton()
        self.programme_button.setObjectName("first_import_programme")
        self.programme_button.clicked.connect(lambda: self.import_requested.emit("programme"))
        self.programme_status = QLabel()
        self.programme_status.setWordWrap(True)
        self.attendees_button = QPushButton()
        self.attendees_button.setObjectName("first_import_attendees")
        self.attendees_button.clicked.connect(lambda: self.import_requested.emit("attendees"))
        self.attendees_status = QLabel()
        self.attendees_status.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("first_open_window")
        self.open_button.clicked.connect(self.done)
        self.later = QLabel()
        self.later.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.programme_button, self.programme_status)
        form.addRow(self.attendees_button, self.attendees_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.later)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addStretch()
        self.conference: Event | None = None
        self.sessions = self.attendees = 0
        self.retranslate_ui()

    def show_counts(self, sessions: int, attendees: int) -> None:
        self.sessions, self.attendees = sessions, attendees
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.conference is not None:
            self.title.setText(self.tr("%1 is ready.").replace(
                "%1", self.conference.title(current_language())))
        self.lead.setText(self.tr(
            "Now the programme (the sessions: day, times, room, who may enter) and the "
            "attendee list, from the spreadsheets you have (CSV or Excel, French or English "
            "headers). Each import shows what it will do, line by line, before anything is "
            "written."))
        self.programme_button.setText(self.tr("Import the &programme…"))
        self.attendees_button.setText(self.tr("Import the &attendee list…"))
        self.programme_status.setText(
            self.tr("%n session(s) in the programme.", "", self.sessions) if self.sessions
            else self.tr("No session yet."))
        self.attendees_status.setText(
            self.tr("%n person(s) on the list.", "", self.attendees) if self.attendees
            else self.tr("Nobody on the list yet."))
        self.later.setText(self.tr(
            "Both can be imported again later, from Settings: a new version of a file "
            "updates what is there."))
        self.open_button.setText(self.tr("&Open the reception window"))


class FirstScreen(RetranslatesOnLanguageChange, QWidget):
    """What an empty station is for. Emits :attr:`finished` with ``"event"``, ``"hub"``,
    ``"pretix"`` or ``"demo"``."""

    finished = Signal(str)

    def __init__(
        self,
        store: Store,
        translations: Translations,
        settings: QSettings,
        *,
        admission: Admission | None = None,
        choose_file: Callable[[QWidget, str], Path | None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("first_screen")
        self.setStyleSheet(STYLE)
        self.store = store
        self.translations = translations
        self.settings = settings
        # the writer thread: the event, the source, the imports (no write on the GUI thread)
        self.admission = admission if admission is not None else Admission(Reception(store), self)
        self.choose_file = choose_file or FirstScreen._ask_file
        self.conference: Event | None = None
        self.import_dialog: ImportDialog | None = None  # the last import dialog, for tests
        self.busy = False
        self._build()
        self.retranslate_ui()
        self.resize(1366, 768)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("first_title")
        self.language = QComboBox()
        self.language.setObjectName("first_language")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            self.translations.language or LANGUAGES[0])))
        self.language.activated.connect(self._on_language)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.language)

        # the four choices
        self.choices = QWidget()
        self.lead = QLabel()
        self.lead.setObjectName("first_lead")
        self.lead.setWordWrap(True)
        self.new_button = ChoiceButton()
        self.hub_button = ChoiceButton()
        self.pretix_button = ChoiceButton()
        self.demo_button = ChoiceButton()
        for button, name in ((self.new_button, "first_new"), (self.hub_button, "first_hub"),
                             (self.pretix_button, "first_pretix"),
                             (self.demo_button, "first_demo")):
            button.setObjectName("choice")
            button.setProperty("choice", name)
        self.demo_button.clicked.connect(self.open_demo)
        self.choice_message = QLabel()
        self.choice_message.setObjectName("step_message")
        self.choice_message.setWordWrap(True)
        column = QVBoxLayout(self.choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lead)
        column.addSpacing(10)
        for button in (self.new_button, self.hub_button, self.pretix_button, self.demo_button):
            column.addWidget(button)
        column.addWidget(self.choice_message)
        column.addStretch()

        # a new conference
        self.event_page = QWidget()
        self.event_title = QLabel()
        self.event_title.setObjectName("step_title")
        self.event_lead = QLabel()
        self.event_lead.setWordWrap(True)
        self.form = EventForm()
        self.event_message = QLabel()
        self.event_message.setObjectName("step_message")
        self.event_message.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("first_create_event")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_event)
        column = QVBoxLayout(self.event_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.event_title)
        column.addWidget(self.event_lead)
        column.addWidget(self.form)
        column.addWidget(self.event_message)
        column.addStretch()

        # hub, pretix
        self.hub_page = SourcePage(HUB)
        self.pretix_page = SourcePage(PRETIX)
        self.new_button.clicked.connect(lambda: self._show(self.event_page))
        self.hub_button.clicked.connect(lambda: self._show(self.hub_page))
        self.pretix_button.clicked.connect(lambda: self._show(self.pretix_page))
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("first_connect")
        self.connect_button.clicked.connect(self.connect_source)
        self.anyway_button = QPushButton()
        self.anyway_button.setObjectName("first_continue_anyway")
        self.anyway_button.clicked.connect(self._continue_anyway)

        # after the event: programme and attendees
        self.next_page = NextStepsPage()
        self.next_page.import_requested.connect(self.open_import)
        self.next_page.done.connect(lambda: self.finished.emit(NEW_EVENT))

        self.pages = QStackedWidget()
        for page in (self.choices, self.event_page, self.hub_page, self.pretix_page,
                     self.next_page):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(lambda _i: self._show_buttons())

        self.back_button = QPushButton()
        self.back_button.setObjectName("first_back")
        self.back_button.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.anyway_button)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.create_button)

        # A column of reading width in the middle of the screen, whatever its size.
        middle = QWidget()
        middle.setMaximumWidth(760)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addSpacing(6)
        column.addWidget(self.pages)
        column.addSpacing(10)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch()
        outer.addWidget(middle, 8)
        outer.addStretch()
        self._show_buttons()

    def _show(self, page: QWidget) -> None:
        self.choice_message.clear()
        self.pages.setCurrentWidget(page)
        if page is self.event_page:
            self.form.code.setFocus()
        elif isinstance(page, SourcePage):
            page.message.clear()
            page.fields["url"][1].setFocus()

    def _show_buttons(self) -> None:
        page = self.pages.currentWidget()
        self.back_button.setVisible(page in (self.event_page, self.hub_page, self.pretix_page))
        self.create_button.setVisible(page is self.event_page)
        source = isinstance(page, SourcePage)
        self.connect_button.setVisible(source)
        self.anyway_button.setVisible(isinstance(page, SourcePage) and page.failed)
        for button in (self.create_button, self.connect_button, self.anyway_button,
                       self.back_button):
            button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choices.setEnabled(not busy)
        self._show_buttons()

    @Slot()
    def back(self) -> None:
        if not self.busy:
            self.pages.setCurrentWidget(self.choices)

    # --- languages ---------------------------------------------------------------------------

    @Slot(int)
    def _on_language(self, index: int) -> None:
        language = self.language.itemData(index)
        self.translations.set_language(language)
        self.settings.setValue("language", self.translations.language)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check-in: a new station"))
        self.heading.setText(self.tr("Welcome to Check-in"))
        self.language.setAccessibleName(self.tr("Language"))
        self.lead.setText(self.tr(
            "This station has no conference yet. What is it for?"))
        self.new_button.set_words(
            self.tr("A new conference"),
            self.tr("You organise it: give it a code, a title and its days, then import the "
                    "programme and the attendee list from your spreadsheets."))
        self.hub_button.set_words(
            self.tr("Join the venue's hub"),
            self.tr("Another computer at the venue serves the conference: this station "
                    "receives the programme and the list from it, and shares its scans."))
        self.pretix_button.set_words(
            self.tr("Connect to pretix"),
            self.tr("The registrations are in pretix: the station reads the event and the "
                    "attendees from it and sends the check-ins back."))
        self.demo_button.set_words(
            self.tr("Open the demo"),
            self.tr("A sample conference (Bujumbura, February 2025) with 1,500 attendees, to "
                    "try every page. It has its own file: this station stays empty."))
        self.event_title.setText(self.tr("A new conference"))
        self.event_lead.setText(self.tr(
            "A few fields; the programme and the attendees come next. All of it can be "
            "changed later in Settings."))
        self.create_button.setText(self.tr("&Create the conference"))
        self.connect_button.setText(self.tr("&Connect"))
        self.anyway_button.setText(self.tr("Keep it and &continue offline"))
        self.anyway_button.setToolTip(self.tr(
            "The station keeps this source and tries again in the background."))
        self.back_button.setText(self.tr("&Back"))

    # --- a new conference --------------------------------------------------------------------

    @Slot()
    def create_event(self) -> None:
        if self.busy:
            return
        event = self.form.checked_event()
        if event is None:
            return

        def write() -> Event:
            from checkin.events import create_event

            return create_event(self.store, event)

        self.event_message.clear()
        self._set_busy(True)
        self.admission.run(write, on_done=self._on_event_created, on_error=self._on_event_failed)

    def _on_event_created(self, event: Event) -> None:
        self._set_busy(False)
        self.conference = event
        self.next_page.conference = event
        self.next_page.show_counts(0, 0)
        self.pages.setCurrentWidget(self.next_page)
        self.next_page.programme_button.setFocus()

    def _on_event_failed(self, error: BaseException) -> None:
        from checkin.events import EventExists, EventInvalid

        self._set_busy(False)
        if isinstance(error, EventInvalid):
            self.form.show_problems(error)
        elif isinstance(error, EventExists):
            self.event_message.setText(self.tr(
                "This database holds a conference already: close this window and start "
                "Check-in again to open it."))
        elif isinstance(error, (StoreError, OSError)):
            self.event_message.setText(self.tr("The conference could not be saved: %1")
                                       .replace("%1", str(error)))
        else:
            raise error

    # --- imports after the event -------------------------------------------------------------

    def _ask_file(self, kind: str) -> Path | None:
        title = (self.tr("The programme") if kind == "programme"
                 else self.tr("The attendee list"))
        name, _ = QFileDialog.getOpenFileName(self, title, "",
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        return Path(name) if name else None

    @Slot(str)
    def open_import(self, kind: str):
        path = self.choose_file(self, kind)
        if path is None:
            return None
        from checkin.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, path, self, kind=kind, admission=self.admission)
        dialog.imported.connect(lambda _report: self._count())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _count(self) -> None:
        self.admission.run(lambda: (len(self.store.sessions()), self.store.count_attendees()),
                       on_done=lambda counts: self.next_page.show_counts(*counts))

    # --- hub, pretix -------------------------------------------------------------------------

    @Slot()
    def connect_source(self) -> None:
        page = self.pages.currentWidget()
        if self.busy or not isinstance(page, SourcePage):
            return
        missing = page.missing()
        if missing is not None:
            page.message.setText(self.tr("Fill in every field: %1 is empty.").replace(
                "%1", page.fields[missing][0].text().replace("&", "")))
            page.fields[missing][1].setFocus()
            return
        config, token = page.config(), page.text("token")
        store = self.store
        code = page.pairing_code()

        def connect():
            from checkin.sync.config import make_engine, save_source

            if code:  # the organiser's QR code: the address, the certificate and a token
                from checkin.sync.pairing import pair

                pair(store, code)
            else:
                save_source(store, config, token)
            engine = make_engine(store)
            try:
                return engine.cycle(force=True)
            finally:
                engine.close()

        page.message.setText(self.tr("Connecting to %1…").replace(
            "%1", config.get("url") or self.tr("the hub")))
        self._set_busy(True)
        self.admission.run(connect, on_done=lambda report: self._on_connected(page, report),
                       on_error=lambda error: self._on_connect_failed(page, error))

    def _on_connected(self, page: SourcePage, report) -> None:
        from checkin.sync.base import SyncState

        self._set_busy(False)
        state = report.status.state
        if state is SyncState.ONLINE:
            page.failed = False
            page.fields["token"][1].clear()  # it is in the keyring now
            page.message.setText(self.tr("Connected: %n person(s) received.", "",
                                         report.pulled_attendees))
            self.finished.emit(page.kind)
            return
        # The token stays typed: correcting the address alone must not mean typing it again.
        page.failed = True
        if state is SyncState.OFFLINE:
            why = self.tr("the server cannot be reached. Check the address, and that this "
                          "computer is on the venue's network.")
        else:
            why = self.tr("the server refused or answered nonsense. Check the token (and, "
                          "for pretix, the organiser and the event).")
        page.message.setText(self.tr(
            "Saved, but %1\nOr keep this source: the station tries again in the background.")
            .replace("%1", why))
        page.message.setToolTip(report.status.reason or "")  # the sync engine's own words
        self._show_buttons()

    def _on_connect_failed(self, page: SourcePage, error: BaseException) -> None:
        from checkin.sync.config import ConfigError

        self._set_busy(False)
        from checkin.sync.pairing import PairingError

        if not isinstance(error, (ConfigError, StoreError, OSError, PairingError)):
            raise error
        page.failed = False
        page.message.setText(self.tr("Not saved: %1").replace("%1", str(error)))
        self._show_buttons()

    @Slot()
    def _continue_anyway(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, SourcePage) and not self.busy:
            self.finished.emit(page.kind)

    # --- the demo ----------------------------------------------------------------------------

    @Slot()
    def open_demo(self) -> None:
        if self.busy:
            return
        self.choice_message.setText(self.tr("Preparing the demo conference…"))
        self._set_busy(True)
        self.finished.emit(DEMO)

    def demo_failed(self, error: BaseException) -> None:
        """The launcher could not open the demo (disk full…): say so, stay here."""
        self._set_busy(False)
        self.choice_message.setText(self.tr("The demo cannot be opened: %1")
                                    .replace("%1", str(error)))
