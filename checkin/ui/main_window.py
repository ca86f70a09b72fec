"""The main window: a navigation column, the pages, a tool row and the status bar.

Adding a page (for the desk engineers)::

    page = SearchPage(store, reception, scan_page=window.scan_page)   # your constructor
    window.add_page(page)            # or window.add_page(page, icon=QIcon(...))

The navigation shows ``page.windowTitle()``: set it in your page's ``retranslate_ui()`` (called
on ``QEvent.LanguageChange`` when the page derives from
:class:`checkin.ui.i18n.RetranslatesOnLanguageChange`) and the navigation follows the language
by itself. Pages receive
the core objects they need in their own constructors; the window only holds what it shows
(``window.scan_page`` is the scan page, ``window.show_page(page)`` brings one to the front).
The status bar has a slot for sync: ``window.set_sync_status(status)`` with the sync engine's
status object (anything with a ``text`` / ``message`` attribute, or ``str()``-able) or None.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.model import Language
from checkin.ui import theme
from checkin.ui.i18n import LANGUAGES, RetranslatesOnLanguageChange, current_language, format_time
from checkin.ui.scan_page import ScanPage

if TYPE_CHECKING:
    from checkin.sync.base import SyncStatus

LANGUAGE_NAMES = {Language.FR: "Français", Language.EN: "English"}  # each in its own language, on purpose

NAVIGATION_MIN_WIDTH = 170  # px: fits "Tableau de bord" at the default font


class MainWindow(RetranslatesOnLanguageChange, QMainWindow):
    #: the volunteer asked for door mode (the door-mode controller answers)
    door_mode_requested = Signal()
    #: the volunteer chose a language ("fr" or "en")
    language_chosen = Signal(str)

    def __init__(self, scan_page: ScanPage, *, station_name: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setStyleSheet(theme.STYLE)
        self.scan_page = scan_page
        self._pages: list[QWidget] = []

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_MIN_WIDTH)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.currentRowChanged.connect(self._on_navigation)
        # A click (or Enter) on a page's name hands the keyboard to that page (its focus
        # proxy: the search field, the walk-in's first name), so the clerk can type at once;
        # arrow keys still walk the list without leaving it.
        self.navigation.itemClicked.connect(self._focus_current_page)
        self.navigation.itemActivated.connect(self._focus_current_page)
        self.pages = QStackedWidget()

        # the tool row: door mode, sound, language
        self.door_button = QPushButton()
        self.door_button.setObjectName("door_button")
        self.door_button.clicked.connect(self.door_mode_requested)
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.language_picker = QComboBox()
        for code in LANGUAGES:
            self.language_picker.addItem(LANGUAGE_NAMES[code], code)
        self.language_picker.activated.connect(
            lambda i: self.language_chosen.emit(self.language_picker.itemData(i)))
        self.tools = QWidget()
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(12, 6, 12, 0)
        tools.addStretch()
        tools.addWidget(self.mute_button)
        tools.addWidget(self.language_picker)
        tools.addWidget(self.door_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.tools)
        right_layout.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        # status bar: camera, USB scanner, sync, station
        self.camera_status = QLabel()
        self.scanner_status = QLabel()
        self.sync_status = QLabel()
        self.station_label = QLabel(station_name)
        bar = self.statusBar()
        bar.addWidget(self.camera_status)
        bar.addWidget(self.scanner_status)
        bar.addWidget(self.sync_status, 1)
        bar.addPermanentWidget(self.station_label)
        self._scanner_seen = False
        self._sync: SyncStatus | None = None
        self._sync_source = ""  # where the source syncs with, once one is chosen
        self.sounds = None
        self.tz: tzinfo | None = None  # the event's time zone, for the times in the status bar

        self.add_page(scan_page)
        self.retranslate_ui()
        self.resize(1366, 768)

    # --- pages ------------------------------------------------------------------------------

    def add_page(self, page: QWidget, title: str | None = None, icon: QIcon | None = None):
        """Add a page to the navigation; its label is ``page.windowTitle()`` and follows it."""
        if title:
            page.setWindowTitle(title)
        item = QListWidgetItem(icon or QIcon(), page.windowTitle())
        self.navigation.addItem(item)
        # Each page sits in a scroll area: a page that needs more room than the screen has
        # (a PIN pad opened under the exports, a longer language) scrolls instead of
        # pushing the window past the screen, where its buttons could not be reached.
        holder = QScrollArea()
        holder.setObjectName("page_holder")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(page)
        self.pages.addWidget(holder)
        self._pages.append(page)
        page.windowTitleChanged.connect(lambda text, item=item: self._retitle(item, text))
        self._fit_navigation()
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        return page

    def _retitle(self, item: QListWidgetItem, text: str) -> None:
        item.setText(text)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """As wide as the longest page title in the current language (never cut), at least
        the usual width so the column does not jump between languages of similar length."""
        wanted = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12
        self.navigation.setFixedWidth(max(NAVIGATION_MIN_WIDTH, wanted))

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self._pages.index(page))

    def current_page(self) -> QWidget | None:
        index = self.pages.currentIndex()
        return self._pages[index] if 0 <= index < len(self._pages) else None

    @staticmethod
    def bring_into_view(widget: QWidget) -> None:
        """Scroll ``widget``'s page so that it shows (a PIN pad opened at a page's foot)."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget, 0, 0)

    @Slot(int)
    def _on_navigation(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.pages.setCurrentIndex(row)

    @Slot()
    def _focus_current_page(self, *_item) -> None:
        page = self.current_page()
        if page is not None:
            page.setFocus(Qt.FocusReason.MouseFocusReason)

    # --- chrome for door mode ---------------------------------------------------------------

    def set_chrome_visible(self, visible: bool) -> None:
        """Hide the navigation, tools and status bar (door mode) or show them again."""
        self.navigation.setVisible(visible)
        self.tools.setVisible(visible)
        self.statusBar().setVisible(visible)
        if not visible:
            self.show_page(self.scan_page)

    # --- status bar -------------------------------------------------------------------------

    @Slot(object)
    def set_camera_status(self, status) -> None:
        text, live = self.scan_page.camera_view.status_words(status)
        self.camera_status.setText(("● " if live else "○ ") + text)
        self.camera_status.setToolTip(getattr(status, "message", "") or "")

    @Slot()
    def set_scanner_seen(self) -> None:
        self._scanner_seen = True
        self._show_scanner()

    def _show_scanner(self) -> None:
        if self._scanner_seen:
            self.scanner_status.setText("● " + self.tr("USB scanner seen"))
        else:
            self.scanner_status.setText("○ " + self.tr("No USB scanner seen yet"))

    @Slot(object)
    def set_sync_status(self, status) -> None:
        """Show the sync engine's :class:`~checkin.sync.base.SyncStatus` (None: no source)."""
        self._sync = status
        self._show_sync()

    @Slot(object)
    def show_sync_source(self, config) -> None:
        """A source was just saved in Settings: say which at once, before its first cycle
        answers (it said "Sync: none" for minutes)."""
        kind = getattr(getattr(config, "kind", None), "value", "none")
        if kind == "none":
            self._sync_source = ""
            self.set_sync_status(None)
            return
        where = config.get("url") or config.get("folder") or kind
        self._sync_source = where
        self._sync = None
        self.sync_status.setText("● " + self.tr("Sync: %1, connecting…").replace("%1", where))
        self.sync_status.setToolTip(where)

    def _show_sync(self) -> None:
        status = self._sync
        if status is None and self._sync_source:
            self.sync_status.setText(
                "● " + self.tr("Sync: %1, connecting…").replace("%1", self._sync_source))
            return
        state = getattr(getattr(status, "state", None), "value", "disabled")
        if status is None or state == "disabled":
            self.sync_status.setText("○ " + self.tr("Sync: none (this station works alone)"))
            self.sync_status.setToolTip("")
            return
        language = current_language()
        parts = []
        if state == "online":
            parts.append("● " + self.tr("Sync: online"))
        elif state == "syncing":
            parts.append("● " + self.tr("Sync: in progress…"))
        elif state == "offline":
            parts.append("○ " + self.tr("Sync: offline, this station goes on alone"))
        else:
            parts.append("○ " + self.tr("Sync: error"))
        pending = int(getattr(status, "pending", 0) or 0)
        if pending:
            parts.append(self.tr("%n waiting to be sent", "", pending))
        last = getattr(status, "last_success", None)
        if last is not None:
            when = format_time(last, self.tz or last.tzinfo, language)
            parts.append(self.tr("last at %1").replace("%1", when))
        self.sync_status.setText(" · ".join(parts))
        self.sync_status.setToolTip(str(getattr(status, "reason", "") or ""))

    def set_station_name(self, name: str) -> None:
        self.station_label.setText(name)

    def set_sounds(self, sounds) -> None:
        self.sounds = sounds
        self.mute_button.setChecked(sounds.muted)
        sounds.muted_changed.connect(self.mute_button.setChecked)  # muted from Settings too
        self._show_mute()

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        if self.sounds is not None:
            self.sounds.set_muted(muted)
        self._show_mute()

    def _show_mute(self) -> None:
        muted = self.mute_button.isChecked()
        self.mute_button.setText(self.tr("Sound: off") if muted else self.tr("Sound: on"))

    def set_language_shown(self, language: str) -> None:
        self.language_picker.setCurrentIndex(self.language_picker.findData(language))

    # --- languages --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check-in: reception"))
        self.door_button.setText(self.tr("Door mode"))
        self.door_button.setToolTip(self.tr("Full screen, scanning only; leaving asks for the "
                                            "staff PIN"))
        self.language_picker.setAccessibleName(self.tr("Language"))
        self.navigation.setAccessibleName(self.tr("Pages"))
        self._show_mute()
        self._show_scanner()
        self._show_sync()
        self.set_camera_status(self.scan_page.camera_view.status)


