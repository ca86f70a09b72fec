"""The desk's search: find a person in a few keystrokes and check them in by hand.

Every keystroke searches (there is no button). While searches are fast (a few milliseconds,
the usual case with the in-memory index) they run in place, which is quicker than any thread
hop; the first search, any slow one, and any that must first take in a large change to the
list run on a worker thread of their own, so typing never waits for the index. Only the
latest text counts: while one search runs, further keystrokes replace each other and the last
one runs next. Each result row says whether the person is already in the current session.

Keyboard-only flow: type; the arrow keys move in the results while the cursor stays in the
search field (so typing goes on); Enter checks the selected person into the current session
through :meth:`checkin.reception.Reception.admit_attendee`, the same decision as a scan, and
the answer is shown on the same result card as a scan's. Ctrl+Enter (or a double click) opens
the person's details.
"""

from __future__ import annotations

import time
from datetime import UTC

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.model import AdmitResult, Method
from checkin.reception import NoEvent, Reception
from checkin.reports.stats import OnlineMarks, arrived_among, online_among
from checkin.search import Search
from checkin.store import StoreError
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange
from checkin.ui.pin import PinPad, StaffPin
from checkin.ui.result_card import ResultCard
from checkin.ui.table_models import RecordRole, SearchResultsModel, attendee_id
from checkin.ui.tasks import TaskRunner

RESULT_LIMIT = 50
IN_PLACE_BUDGET_MS = 8.0  # searches this fast run on the GUI thread; slower ones on a thread
_MOVE_KEYS: dict[int, int] = {  # QKeyEvent.key() is a plain int
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}


class SearchPage(RetranslatesOnLanguageChange, QWidget):
    """Search field, results table, check-in by Enter.

    The answer shows on a :class:`~checkin.ui.result_card.ResultCard`, the scan page's own
    card class, under the results (pass ``card`` to use another instance). A refusal that staff
    may override asks for the staff PIN on an inline keypad, then admits with ``override``.
    ``admission`` is the window's writer (:class:`~checkin.ui.admission.Admission`), so that
    check-ins made here queue behind the scans; a page made alone gets one of its own.
    """

    checked_in = Signal(object)  # AdmitResult, whatever the outcome
    attendee_opened = Signal(str)  # attendee id: show the details panel
    walkin_requested = Signal()
    results_shown = Signal(str, int)  # the text searched, how many rows

    def __init__(
        self,
        reception: Reception,
        search: Search,
        *,
        pin: StaffPin | None = None,
        card: ResultCard | None = None,
        admission: Admission | None = None,
        limit: int = RESULT_LIMIT,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.reception = reception
        self.search = search
        self.card = card if card is not None else ResultCard()
        self.card.set_context(self._event_tz(), reception.store.station_id)
        self.pin = pin
        self._override_for: str | None = None
        self.admission = admission if admission is not None else Admission(reception, self)
        self.limit = limit
        self.session_id: str | None = None
        self._runner = TaskRunner(threads=1, parent=self)
        self._busy = False
        self._pending: str | None = None
        self._shown_text = ""
        self._recent_ms: float | None = None  # unknown until a search ran: use the thread
        self._build()
        self.retranslate_ui()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("search_page")
        self.title = QLabel()
        self.title.setObjectName("page_title")
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._on_text_changed)
        self.query.installEventFilter(self)
        self.title.setBuddy(self.query)

        self.model = SearchResultsModel(self)
        self.table = QTableView()
        self.table.setObjectName("search_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(SearchResultsModel.NAME, 240)
        header.resizeSection(SearchResultsModel.ORGANISATION, 240)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)

        self.status = QLabel()
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.checkin_button = QPushButton()
        self.checkin_button.setObjectName("search_checkin")
        self.checkin_button.clicked.connect(self.check_in_selected)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.open_selected)
        self.walkin_button = QPushButton()
        self.walkin_button.clicked.connect(self.walkin_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.walkin_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.query)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.card)
        self.card.override_requested.connect(self._on_override_requested)
        self.pin_pad: PinPad | None = None
        if self.pin is not None:
            self.pin_pad = PinPad(self.pin)
            self.pin_pad.unlocked.connect(self._on_unlocked)
            self.pin_pad.cancelled.connect(self._on_pin_cancelled)
            layout.addWidget(self.pin_pad)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.walkin_requested)
        self.setTabOrder(self.query, self.table)
        self.setTabOrder(self.table, self.checkin_button)
        self.setTabOrder(self.checkin_button, self.details_button)
        self.setTabOrder(self.details_button, self.walkin_button)
        self.setFocusProxy(self.query)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.title.setText(self.tr("&Find a person"))
        self.query.setPlaceholderText(
            self.tr("Name, organisation, country, e-mail, phone or registration number")
        )
        self.query.setAccessibleName(self.tr("Search attendees"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.checkin_button.setText(self.tr("Check in (Enter)"))
        self.checkin_button.setAccessibleName(self.tr("Check the selected person in"))
        self.details_button.setText(self.tr("Details (Ctrl+Enter)"))
        self.walkin_button.setText(self.tr("New walk-in (Ctrl+N)"))
        self.model.retranslate()
        self._show_status()

    # --- the session -------------------------------------------------------------------

    @Slot(str)
    def set_session(self, session_id: str | None) -> None:
        """The session Enter checks into; the "already in" column follows it."""
        if session_id == self.session_id:
            return
        self.session_id = session_id
        self.refresh()

    @Slot()
    def focus_search(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    @Slot()
    def refresh(self) -> None:
        """Search the current text again (after a check-in, an import, a sync pull)."""
        self._request(self.query.text())

    def prepare_index(self) -> None:
        """Bring the search index up to date now, on the search thread (at launch, so that the
        first keystroke does not pay for it)."""
        self._runner.run(self.search.refresh)

    # --- searching, off the GUI thread -----------------------------------------------------

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self._request(text)

    def _request(self, text: str) -> None:
        if self._busy:
            self._pending = text  # only the latest keystroke matters
            return
        self._busy = True
        session_id = self.session_id
        if self._fast_enough():
            # Within budget: answer in place, saving the two thread hops (each can wait a
            # whole GIL switch interval, 5 ms, on a busy machine).
            try:
                found = self._find(text, session_id)
            except Exception as error:  # noqa: BLE001 - shown in the status line
                self._on_failed(text, error)
                return
            self._on_found(text, found)
            return
        self._runner.run(
            self._find,
            text,
            session_id,
            on_done=lambda found: self._on_found(text, found),
            on_error=lambda error: self._on_failed(text, error),
        )

    def _find(self, text: str, session_id: str | None):
        """The hits, and which of them are already in the session (on the search thread, or
        in place when searches are known to be fast)."""
        started = time.perf_counter()
        hits = self.search.search(text, self.limit) if text.strip() else []
        present: set[str] = set()
        online = OnlineMarks()
        if hits:
            ids = [h.attendee_id for h in hits]
            if session_id:
                present = arrived_among(self.reception.store, session_id, ids)
            online = online_among(self.reception.store, session_id, ids)
        elapsed = (time.perf_counter() - started) * 1000
        # A slow outlier counts at once; fast answers bring the average down slowly.
        recent = self._recent_ms
        self._recent_ms = elapsed if recent is None or elapsed > recent else (
            0.8 * recent + 0.2 * elapsed)
        return hits, present, online

    def _fast_enough(self) -> bool:
        """Search in place only when recent searches were well within budget and the index
        has nothing to take in (a rebuild after a large import runs on the search thread)."""
        if self._recent_ms is None or self._recent_ms > IN_PLACE_BUDGET_MS:
            return False
        try:
            return self.search.is_current()
        except StoreError:  # a locked database: let the search thread deal with it
            return False

    def _on_found(self, text: str, found) -> None:
        self._busy = False
        if self._pending is not None:
            pending, self._pending = self._pending, None
            if pending != text:
                self._request(pending)
                return
        hits, present, online = found
        previous = self.selected_id()
        self._shown_text = text
        self.model.set_results(hits, present, online)
        self._restore_selection(previous)
        self._show_status()
        self.results_shown.emit(text, len(hits))

    def _on_failed(self, text: str, error: BaseException) -> None:
        self._busy = False
        self.status.setText(self.tr("Search failed: %1").replace("%1", str(error)))
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._request(pending)

    def _restore_selection(self, previous: str | None) -> None:
        rows = self.model.rowCount()
        target = None
        for row in range(rows):
            if previous and attendee_id(self.model.record(row)) == previous:
                target = row
                break
        if target is None and rows == 1:
            target = 0  # a single hit is the one meant: Enter takes it
        if target is not None:
            self._select_row(target)

    def _show_status(self) -> None:
        if not self.query.text().strip():
            self.status.setText(self.tr("Type a few letters: results appear as you type."))
        elif self.model.rowCount() == 0:
            self.status.setText(self.tr("No one found. Check the spelling, or register a walk-in."))
        else:
            self.status.setText(
                self.tr("%n person(s) found. Arrows to choose, Enter to check in.", "",
                        self.model.rowCount())
            )

    # --- keyboard ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if ctrl:
                    self.open_selected()
                else:
                    self.check_in_selected()
                return True
            if watched is self.query and key in _MOVE_KEYS:
                self.move_selection(_MOVE_KEYS[key])
                return True
            if watched is self.query and key == Qt.Key.Key_Escape and self.query.text():
                self.query.clear()
                return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().hasSelection():
            row = 0 if step > 0 else rows - 1
        else:
            row = max(0, min(rows - 1, current.row() + step))
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.data(rows[0], RecordRole)
        return attendee_id(record) if record is not None else None

    # --- actions -------------------------------------------------------------------------

    @Slot()
    def open_selected(self) -> None:
        chosen = self.selected_id()
        if chosen:
            self.attendee_opened.emit(chosen)

    @Slot()
    def check_in_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            self.status.setText(self.tr("Choose a person with the arrow keys first."))
            return
        if not self.session_id:
            self.status.setText(self.tr("Choose the session first."))
            return
        self.check_in(chosen)

    def check_in(self, person_id: str, *, override: bool = False) -> None:
        """Check a person into the current session, as a scan would."""
        session_id = self.session_id
        if not session_id:
            self.status.setText(self.tr("Choose the session first."))
            return
        self.admission.admit(session_id, attendee_id=person_id, method=Method.SEARCH,
                             override=override, on_done=self._on_admitted,
                             on_error=self._on_failed_admit)

    def _on_admitted(self, result: AdmitResult) -> None:
        self.card.show_result(result)
        self.checked_in.emit(result)
        self.refresh()  # the "already in" column
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)
        self.query.selectAll()  # the next name typed replaces this one

    def _on_failed_admit(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not recorded: %1").replace("%1", str(error)))

    # --- override with the staff PIN -------------------------------------------------------

    @Slot(object)
    def _on_override_requested(self, result: AdmitResult) -> None:
        if result.attendee is None or not result.override_allowed:
            return
        if self.pin_pad is None:
            self.status.setText(self.tr("Overrides need the staff PIN, which is not available here."))
            return
        self._override_for = result.attendee.id
        self.pin_pad.ask("override")

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        person, self._override_for = self._override_for, None
        if purpose == "override" and person:
            self.check_in(person, override=True)

    @Slot()
    def _on_pin_cancelled(self) -> None:
        self._override_for = None
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def _event_tz(self):
        try:
            return self.reception.event.tz
        except NoEvent:  # no event yet: times shown in UTC until an import
            return UTC

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Tests and shutdown: let the search thread finish."""
        return self._runner.wait(msecs)
