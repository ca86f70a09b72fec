"""The organisers' dashboard: who is here, per session, over time, by category and country, the
state of each station and any double entry (:mod:`checkin.ui.double_entries`); exports behind
the staff PIN.

Figures come from :func:`checkin.reports.stats.dashboard`, computed on a worker thread. ``refresh()``
is cheap to call after every scan: while one computation runs, further calls only mark the
figures stale, and one more run follows. A timer refreshes the page while it is shown, so
check-ins pulled from other stations appear too.

Exports (attendance, matrix, no-shows, PDF sheets…) are :class:`ExportAction` objects given to
the constructor; :func:`standard_exports` builds them from :mod:`checkin.reports`. Each asks
for the staff PIN first (the list holds personal data), then a file name, then runs on the
worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.model import utcnow
from checkin.reception import NoEvent, Reception
from checkin.reports import stats
from checkin.reports.names import report_file_name
from checkin.ui.admission import Admission
from checkin.ui.double_entries import DoubleEntriesModel, fit_columns
from checkin.ui.i18n import RetranslatesOnLanguageChange, SpokenLabel, current_language
from checkin.ui.pin import PinPad, StaffPin
from checkin.ui.table_models import (
    GroupFiguresModel,
    SessionFiguresModel,
    StationsModel,
)
from checkin.ui.tasks import TaskRunner

REFRESH_MS = 10_000


@dataclass(frozen=True)
class ExportAction:
    """One export button. ``key`` names it (labels are translated by the dashboard);
    ``run(path, session_id)`` writes the file, off the GUI thread, for the session the
    dashboard shows (None: all sessions)."""

    key: str
    suffix: str  # "csv", "xlsx", "pdf"
    run: Callable[[Path, str | None], object]


def standard_exports(store, clock: Callable[[], datetime] | None = None) -> list[ExportAction]:
    """The exports of :mod:`checkin.reports`, when it is there, for the session the
    dashboard shows. ``clock`` is the station's (the demo runs on its own): no-shows count
    only sessions that have started by then, and the sheets say when they were made.

    The reports (fpdf, openpyxl) are imported when an export runs, not when the window
    opens: they cost seconds of launch on a cheap laptop (bench/bench_window.py)."""
    import importlib.util

    if importlib.util.find_spec("checkin.reports") is None:
        return []  # a build without the reports: the dashboard still shows figures
    clock = clock or utcnow

    from checkin.reports.catalogue import REPORTS  # names and writers, not the writers' code

    def load(session_id: str | None):
        from checkin.reports.data import load_attendance

        data = load_attendance(store, now=clock())
        session = data.session(session_id) if session_id else None
        if session_id and session is None:
            raise ValueError(f"No session {session_id!r}.")
        return data, session

    def data_report(key: str, per_session: bool):
        def run(path: Path, session_id: str | None):
            from checkin.reports import catalogue

            data, session = load(session_id)
            return catalogue.write(key, data, store, path,
                                   session=session if per_session else None)

        return run

    def sheet_pdf(kind: str):
        def run(path: Path, session_id: str | None):
            from checkin.reports import sheet

            data, session = load(session_id)
            options = sheet.SheetOptions.from_store(
                store, kind=sheet.SheetKind(kind), produced_at=data.as_of)
            if session is None:  # "all sessions": one sheet per session
                return sheet.sessions_sheet_pdf(data, data.sessions, path, options)
            return sheet.session_sheet_pdf(data, session, path, options)
        return run

    actions = [ExportAction(f"{r.key}_{suffix}", suffix, data_report(r.key, r.per_session))
               for r in REPORTS for suffix in r.offered]
    return [*actions, ExportAction("session_pdf", "pdf", sheet_pdf("present")),
            ExportAction("signin_pdf", "pdf", sheet_pdf("sign-in"))]


def documents_folder() -> Path:
    """The user's documents folder (Qt knows it on every system), where exports go first."""
    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ArrivalsChart(QWidget):
    """Arrivals per 15 minutes as bars, local times under them, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("arrivals_chart")
        self.buckets: tuple[stats.Bucket, ...] = ()
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a reader can read it

    def set_buckets(self, buckets: Sequence[stats.Bucket]) -> None:
        self.buckets = tuple(buckets)
        self._describe()
        self.update()

    def _describe(self) -> None:
        if not self.buckets:
            self.setAccessibleDescription(self.tr("No arrivals yet."))
            return
        peak = max(self.buckets, key=lambda b: b.count)
        total = sum(b.count for b in self.buckets)
        self.setAccessibleDescription(
            self.tr("%n arrival(s); the busiest quarter hour was %1 with %2.", "", total)
            .replace("%1", peak.start.strftime("%H:%M"))
            .replace("%2", str(peak.count))
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        left, bottom, top = metrics.horizontalAdvance("0000") + 8, metrics.height() + 8, 8
        area = QRectF(left, top, self.width() - left - 8, self.height() - top - bottom)
        painter.setPen(text_colour)
        if not self.buckets:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet"))
            return
        peak = max(1, max(b.count for b in self.buckets))
        painter.drawText(QRectF(0, top - 4, left - 6, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, str(peak))
        painter.drawText(QRectF(0, area.bottom() - metrics.height(), left - 6, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, "0")
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        width = area.width() / len(self.buckets)
        label_every = max(1, int(metrics.horizontalAdvance("00:00 ") / max(width, 1)) + 1)
        bar = QColor("#2e7d32")
        for i, bucket in enumerate(self.buckets):
            height = area.height() * bucket.count / peak
            rect = QRectF(area.left() + i * width + 1, area.bottom() - height,
                          max(1.0, width - 2), height)
            painter.fillRect(rect, bar)
            if i % label_every == 0:
                painter.drawText(
                    QRectF(area.left() + i * width, area.bottom() + 2,
                           width * label_every, metrics.height()),
                    Qt.AlignmentFlag.AlignLeft, bucket.start.strftime("%H:%M"))
        painter.end()


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class DashboardPage(RetranslatesOnLanguageChange, QWidget):
    refreshed = Signal(object)  # DashboardFigures
    online_imported = Signal()  # online attendance or online-only attendees were written
    exported = Signal(str, object)  # export key, the path written
    export_failed = Signal(str, str)  # export key, the reason

    def __init__(
        self,
        reception: Reception,
        pin: StaffPin,
        *,
        exports: Sequence[ExportAction] = (),
        choose_path: Callable[[QWidget, str, str], Path | None] | None = None,
        refresh_ms: int = REFRESH_MS,
        admission: Admission | None = None,
        choose_report: Callable[[QWidget], Path | None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.reception = reception
        self.store = reception.store
        self.pin = pin
        self.exports = list(exports)
        self.choose_path = choose_path or DashboardPage._ask_path
        # the window's writer: the online import writes through it
        self.admission = admission if admission is not None else Admission(reception, self)
        self.choose_report = choose_report  # None: the dialog asks with the system's
        self.online_dialog = None  # the online import, while open
        self.figures: stats.DashboardFigures | None = None
        self.suggested_name = ""  # the default name of the export being asked for
        self.last_sync: datetime | None = None
        self._runner = TaskRunner(threads=1, parent=self)
        self._busy = False
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate_ui()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("dashboard_page")
        self.title = QLabel()
        self.title.setObjectName("page_title")
        # a room that went past its capacity (doors offline together), from what is known
        self.overshoot = QLabel()
        self.overshoot.setObjectName("dashboard_overshoot")
        self.overshoot.setWordWrap(True)
        self.overshoot.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.overshoot.hide()
        self.total = QLabel()
        self.total.setObjectName("dashboard_total")
        font = self.total.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.total.setFont(font)
        # on site and online side by side, once somebody attended online
        self.online_total = QLabel()
        self.online_total.setObjectName("dashboard_online")
        self.online_total.setWordWrap(True)
        self.online_total.hide()
        self.scope_caption = QLabel()
        self.scope = QComboBox()
        self.scope.setObjectName("dashboard_scope")
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(24)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope_caption.setBuddy(self.scope)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.updated = QLabel()
        # check-ins the hub keeps aside (unknown person or session): shown only when some are
        self.quarantine_note = QLabel()
        self.quarantine_note.setWordWrap(True)
        self.quarantine_note.hide()

        self.sessions_model = SessionFiguresModel(parent=self)
        self.categories_model = GroupFiguresModel("category", self)
        self.countries_model = GroupFiguresModel("country", self)
        self.stations_model = StationsModel(parent=self)
        self.sessions_view = _table(self.sessions_model, "dashboard_sessions")
        self.categories_view = _table(self.categories_model, "dashboard_categories")
        self.countries_view = _table(self.countries_model, "dashboard_countries")
        self.stations_view = _table(self.stations_model, "dashboard_stations")
        self.doubles_model = DoubleEntriesModel(parent=self)
        self.doubles_view = _table(self.doubles_model, "dashboard_doubles")
        fit_columns(self.doubles_view)
        self.doubles_view.hide()  # shown only when there is a double entry
        self.chart = ArrivalsChart()
        self.captions = {key: QLabel() for key in
                         ("sessions", "chart", "categories", "countries", "stations",
                          "doubles")}
        self.captions["doubles"].setObjectName("dashboard_doubles_caption")
        for key, view in (("sessions", self.sessions_view), ("chart", self.chart),
                          ("categories", self.categories_view),
                          ("countries", self.countries_view),
                          ("stations", self.stations_view),
                          ("doubles", self.doubles_view)):
            self.captions[key].setBuddy(view)

        self.export_caption = QLabel()
        self.export_buttons: dict[str, QPushButton] = {}
        exports_row = QGridLayout()
        # Up to four buttons two by two; more go three to a row, to keep the page's height.
        per_row = 3 if len(self.exports) > 4 else 2
        exports_row.addWidget(self.export_caption, 0, 0, 1, per_row)
        for i, action in enumerate(self.exports):
            button = QPushButton()
            button.setObjectName(f"export_{action.key}")
            button.clicked.connect(lambda _=False, key=action.key: self.ask_export(key))
            self.export_buttons[action.key] = button
            exports_row.addWidget(button, 1 + i // per_row, i % per_row)
        # online attendance: a meeting's participants report, imported behind the PIN
        self.online_button = QPushButton()
        self.online_button.setObjectName("online_import")
        self.online_button.clicked.connect(self.ask_online_import)
        self.export_message = SpokenLabel()
        self.export_message.setWordWrap(True)
        self.pin_pad = PinPad(self.pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.scope_caption)
        top.addWidget(self.scope)
        top.addWidget(self.refresh_button)
        top.addWidget(self.online_button)
        grid = QGridLayout()
        grid.addWidget(self.captions["sessions"], 0, 0)
        grid.addWidget(self.sessions_view, 1, 0)
        grid.addWidget(self.captions["chart"], 0, 1)
        grid.addWidget(self.chart, 1, 1)
        grid.addWidget(self.captions["categories"], 2, 0)
        grid.addWidget(self.categories_view, 3, 0)
        grid.addWidget(self.captions["countries"], 2, 1)
        grid.addWidget(self.countries_view, 3, 1)
        # Double entries share the stations' row: one line beside their caption when there
        # are none, the right half of the row when there are some (see _show_doubles).
        grid.addWidget(self.captions["stations"], 4, 0)
        grid.addWidget(self.captions["doubles"], 4, 1)
        grid.addWidget(self.stations_view, 5, 0, 1, 2)
        grid.addWidget(self.doubles_view, 5, 1)
        self.grid = grid
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.total)
        layout.addWidget(self.online_total)
        layout.addWidget(self.overshoot)
        layout.addWidget(self.updated)
        layout.addWidget(self.quarantine_note)
        layout.addLayout(grid, 1)
        layout.addLayout(exports_row)
        layout.addWidget(self.export_message)
        layout.addWidget(self.pin_pad)
        order = [self.scope, self.refresh_button, self.online_button, self.sessions_view, self.chart,
                 self.categories_view, self.countries_view, self.stations_view,
                 self.doubles_view, *self.export_buttons.values()]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self._fill_scope()

    def _fill_scope(self) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All sessions"), None)
        language = current_language()
        for session in self.store.sessions():
            self.scope.addItem(session.name(language), session.id)
        index = self.scope.findData(chosen) if chosen else 0
        self.scope.setCurrentIndex(max(0, index))
        self.scope.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))
        self.title.setText(self.tr("Who is here"))
        self.scope_caption.setText(self.tr("&Show"))
        self.scope.setAccessibleName(self.tr("Session shown"))
        self.refresh_button.setText(self.tr("&Refresh"))
        captions = {
            "sessions": self.tr("Per &session"),
            "chart": self.tr("&Arrivals per quarter hour"),
            "categories": self.tr("By &category"),
            "countries": self.tr("By c&ountry"),
            "stations": self.tr("S&tations"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.sessions_view.setAccessibleName(self.tr("Arrivals per session"))
        self.chart.setAccessibleName(self.tr("Arrivals per quarter hour"))
        self.categories_view.setAccessibleName(self.tr("Arrivals by category"))
        self.countries_view.setAccessibleName(self.tr("Arrivals by country"))
        self.stations_view.setAccessibleName(self.tr("Stations and their sync"))
        self.doubles_view.setAccessibleName(self.tr("Double entries"))
        self.export_caption.setText(self.tr("Export (staff PIN):"))
        self.online_button.setText(self.tr("Online attendance: import a report…"))
        self.online_button.setToolTip(self.tr(
            "The participants report of Zoom, Microsoft Teams or Webex, for one session "
            "(staff PIN)"))
        labels = {
            "attendance_csv": self.tr("Attendance (CSV)"),
            "workbook_xlsx": self.tr("Everything (Excel)"),
            "noshows_csv": self.tr("No-shows (CSV)"),
            "session_pdf": self.tr("Attendance sheet (PDF)"),
            "signin_pdf": self.tr("Empty sign-in sheet (PDF)"),
            "doubles_csv": self.tr("Double entries (CSV)"),
            "receivers-out_csv": self.tr("Receivers not returned (CSV)"),
            "receivers-out_pdf": self.tr("Receivers not returned (PDF)"),
        }
        for key, button in self.export_buttons.items():
            button.setText(labels.get(key, key))
        self.scope.setItemText(0, self.tr("All sessions"))
        self.sessions_model.language = current_language()
        self.doubles_model.language = current_language()
        for model in (self.sessions_model, self.categories_model, self.countries_model,
                      self.stations_model, self.doubles_model):
            model.retranslate()
        self._show_totals()
        self._show_online()
        self._show_doubles()
        self._show_overshoot()
        self.chart._describe()

    # --- live refresh ----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fill_scope()
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)

    @Slot()
    @Slot(object)
    def refresh(self, *_ignored) -> None:
        """Recompute the figures (after a scan, a pull, a timer tick)."""
        if self._busy:
            self._stale = True
            return
        self._busy = True
        session_id = self.scope.currentData()
        try:
            event = self.reception.event
        except NoEvent:
            self._busy = False
            return
        last_sync = self.last_sync
        now = self.reception.clock()  # the station's clock (the demo runs on its own)
        self._runner.run(
            lambda: stats.dashboard(self.store, event, session_id=session_id,
                                    last_sync=last_sync, now=now),
            on_done=self._on_figures,
            on_error=self._on_error,
        )

    @Slot(object)
    def set_sync_status(self, status) -> None:
        """The sync engine's :class:`~checkin.sync.base.SyncStatus`: its last success is this
        station's last contact; a pull may have brought other stations' check-ins."""
        self.last_sync = getattr(status, "last_success", None)
        self.refresh_if_shown()

    @Slot()
    @Slot(object)
    def refresh_if_shown(self, *_ignored) -> None:
        """Refresh only while on screen: hidden, the figures would be thrown away, and
        showing the page refreshes them anyway (``showEvent``)."""
        if self.isVisible():
            self.refresh()

    def _on_figures(self, figures: stats.DashboardFigures) -> None:
        self._busy = False
        self.figures = figures
        tz = self.reception.event.tz
        self.stations_model.tz = tz
        self.sessions_model.set_rows(figures.sessions)
        self._place_online_columns()
        self.categories_model.set_rows(figures.categories)
        self.countries_model.set_rows(figures.countries)
        self.stations_model.set_rows(figures.stations)
        self.doubles_model.tz = tz
        self.doubles_model.set_rows(figures.doubles)
        self.chart.set_buckets(figures.arrivals)
        self._show_totals()
        self._show_online()
        self._show_doubles()
        self._show_overshoot()
        self.refreshed.emit(figures)
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_error(self, error: BaseException) -> None:
        self._busy = False
        self.updated.setText(self.tr("Figures not updated: %1").replace("%1", str(error)))

    def _show_totals(self) -> None:
        f = self.figures
        if f is None:
            self.total.setText(self.tr("Counting…"))
            self.updated.clear()
            return
        if self.scope.currentData():
            text = self.tr("%n person arrived of %1 expected", "", f.total_arrived)
        else:
            text = self.tr("%n person arrived of %1 registered", "", f.total_arrived)
        self.total.setText(text.replace("%1", str(f.total_attendees)))
        moment = f.computed_at.astimezone(self.reception.event.tz)
        self.updated.setText(self.tr("Updated at %1").replace("%1", moment.strftime("%H:%M:%S")))
        if f.quarantined:
            self.quarantine_note.setText(self.tr(
                "The hub keeps %n check-in(s) aside: the person or the session they name is "
                "not on the hub yet.", "", f.quarantined))
        self.quarantine_note.setVisible(bool(f.quarantined))

    def _place_online_columns(self) -> None:
        """On site and online beside "Arrived" (the model keeps them last); the sessions'
        table then takes more of the width, the chart less."""
        online = self.sessions_model.online
        self.grid.setColumnStretch(0, 3 if online else 1)
        self.grid.setColumnStretch(1, 2 if online else 1)
        if not online:
            return
        header = self.sessions_view.horizontalHeader()
        for place, column in enumerate((SessionFiguresModel.ON_SITE, SessionFiguresModel.ONLINE)):
            wanted = SessionFiguresModel.ARRIVED + 1 + place
            if header.visualIndex(column) != wanted:
                header.moveSection(header.visualIndex(column), wanted)

    def _show_online(self) -> None:
        f = self.figures
        online = f is not None and f.any_online
        # the chart counts the doors: say so once the figures beside it count online too
        self.captions["chart"].setText(self.tr("&Arrivals on site per quarter hour") if online
                                       else self.tr("&Arrivals per quarter hour"))
        if f is None or not online:
            self.online_total.hide()
            return
        text = self.tr("On site: %1 · online: %2 · both ways: %3 (once in the total)")
        self.online_total.setText(text.replace("%1", str(f.total_on_site))
                                  .replace("%2", str(f.total_online))
                                  .replace("%3", str(f.total_both)))
        self.online_total.show()

    def _show_overshoot(self) -> None:
        over = [f for f in (self.figures.sessions if self.figures else ()) if f.overshoot]
        if not over:
            self.overshoot.hide()
            return
        language = current_language()
        said = [self.tr("%1: %2 over capacity (peak %3 for %4 seats)")
                .replace("%1", f.session.name(language)).replace("%2", str(f.overshoot))
                .replace("%3", str(f.peak)).replace("%4", str(f.session.capacity))
                for f in over]
        self.overshoot.setText(
            self.tr("Rooms past capacity, from the check-ins synced to this station: %1")
            .replace("%1", "; ".join(said)))
        self.overshoot.show()

    def _show_doubles(self) -> None:
        count = len(self.figures.doubles) if self.figures is not None else 0
        caption = self.captions["doubles"]
        if count:
            caption.setText(self.tr("&Double entries (%1)").replace("%1", str(count)))
        elif self.figures is None:
            caption.clear()
        else:
            caption.setText(self.tr("Double entries: none"))
        if count and self.doubles_view.isHidden():
            self.grid.addWidget(self.stations_view, 5, 0, 1, 1)  # moved: half the row
            self.doubles_view.show()
        elif not count and not self.doubles_view.isHidden():
            self.doubles_view.hide()
            self.grid.addWidget(self.stations_view, 5, 0, 1, 2)

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self._runner.wait(msecs)

    # --- exports, behind the PIN ----------------------------------------------------------

    @Slot(str)
    def ask_export(self, key: str) -> None:
        self.export_message.clear()
        self.pin_pad.ask(f"export:{key}")

    @Slot()
    def ask_online_import(self) -> None:
        self.export_message.clear()
        self.pin_pad.ask("online_import")

    def open_online_import(self):
        """The online import dialog, for the session shown (or the last one that began)."""
        from checkin.ui.online_import import OnlineImportDialog

        if self.online_dialog is not None:
            self.online_dialog.raise_()
            return self.online_dialog
        dialog = OnlineImportDialog(self.reception, self.admission,
                                    session_id=self.scope.currentData(),
                                    choose_file=self.choose_report, parent=self)
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.online_imported)
        dialog.finished.connect(self._online_closed)
        self.online_dialog = dialog
        dialog.open()
        return dialog

    def _online_closed(self, _result: int) -> None:
        if self.online_dialog is not None:
            self.online_dialog.deleteLater()
        self.online_dialog = None

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == "online_import":
            self.open_online_import()
            return
        if not purpose.startswith("export:"):
            return
        key = purpose.partition(":")[2]
        action = next((a for a in self.exports if a.key == key), None)
        if action is None:
            return
        session_id = self.scope.currentData()  # what the organiser is looking at
        self.suggested_name = self.file_name_for(action, session_id)
        path = self.choose_path(self, self.export_buttons[key].text(), action.suffix)
        if path is None:
            return
        self.export_message.say(lambda: self.tr("Exporting…"))
        self._runner.run(
            action.run, Path(path), session_id,
            on_done=lambda written: self._on_exported(key, written or path),
            on_error=lambda error: self._on_export_failed(key, error),
        )

    def file_name_for(self, action: ExportAction, session_id: str | None) -> str:
        """What the file holds and when: ``presences_2025-02-03_pleniere-ouverture.csv``
        (a session's file is dated by its day; the others by the station's today)."""
        session = self.store.session(session_id) if session_id else None
        event = self.reception.event
        now = self.reception.clock().astimezone(event.tz)
        day = session.starts_at.astimezone(event.tz).date() if session is not None else None
        return report_file_name(action.key, action.suffix, made_on=now.date(),
                                session=session, session_day=day)

    def _ask_path(self, title: str, suffix: str) -> Path | None:
        filters = {
            "csv": self.tr("CSV (*.csv)"),
            "xlsx": self.tr("Excel (*.xlsx)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        suggested = documents_folder() / (self.suggested_name or f"export.{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested),
                                              filters.get(suffix, ""))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _on_exported(self, key: str, path) -> None:
        self.export_message.say(lambda: self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(key, path)

    def _on_export_failed(self, key: str, error: BaseException) -> None:
        self.export_message.say(lambda: self.tr("Export failed: %1").replace("%1", str(error)))
        self.export_failed.emit(key, str(error))

