"""The scan page: camera preview, the session at this door, the answer card, the counter and
the last scans.

Every code, whatever brought it (camera, USB scanner, typed by hand), goes through
:meth:`ScanPage.submit_code`. The decision and the durable write run on the window's writer
thread (:class:`~checkin.ui.admission.Admission`); the card is shown from its answer, so what
the volunteer sees is already on disk, and the window never waits for the disk. Nothing here
opens a dialog: the staff PIN is
asked by an inline keypad beside the card, and scanning goes on while it is open.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import occupancy, receiver_codes
from checkin.model import AdmitResult, Direction, Method, Session
from checkin.reception import NoEvent, Reception, ReceptionError
from checkin.store import Store, StoreError
from checkin.ui import theme
from checkin.ui.admission import Admission
from checkin.ui.camera_view import CameraView
from checkin.ui.i18n import RetranslatesOnLanguageChange, current_language, format_time
from checkin.ui.pin import PinPad, StaffPin
from checkin.ui.result_card import ResultCard, paint_icon
from checkin.ui.sounds import Sounds

log = logging.getLogger(__name__)

RECENT = 10
COUNTER_REFRESH_MS = 10_000  # other doors' arrivals come in through sync
SESSION_FOLLOW_MS = 30_000  # while on "current session", follow the clock
QUICK_AHEAD = timedelta(hours=1)  # sessions starting this soon get a one-click button
QUICK_MAX = 4


CHIP_ONE_LINE = 30  # characters: a longer session name goes on two lines in its chip


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (after a dash when there is one)."""
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    dash = text.find(" – ")
    if dash > 0 and abs(dash + 2 - middle) < len(text) // 4:
        cut = dash + 2
    else:
        cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut].rstrip() + "\n" + text[cut + 1:].lstrip()


@dataclass(frozen=True)
class RecentScan:
    result: AdmitResult
    at: datetime
    undone: bool = False


@functools.lru_cache(maxsize=8)
def outcome_icon(colour: str, size: int = 20) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(theme.CARD[colour].background))
    paint_icon(QPainter(pixmap), QRectF(0, 0, size, size), colour,
               QColor(theme.CARD[colour].accent))
    return QIcon(pixmap)


class ScanPage(RetranslatesOnLanguageChange, QWidget):
    #: an answer is on the card (after the write, when there was one)
    result_shown = Signal(object)
    #: the session this door checks into changed (a Session)
    session_changed = Signal(object)
    #: the arrived / expected counter was refreshed (arrived, expected)
    counter_changed = Signal(int, int)
    #: the people in the room now were counted (an occupancy.Occupancy)
    occupancy_changed = Signal(object)
    #: an interpretation receiver's label was read here (the code, as read)
    receiver_read = Signal(str)

    #: what this door records: entries, exits, or either with a switch (a station setting)
    DOOR_KINDS = ("entry", "exit", "switch")

    def __init__(
        self,
        store: Store,
        reception: Reception,
        admission: Admission,
        sounds: Sounds,
        staff_pin: StaffPin,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("scan_page")
        self.store = store
        self.reception = reception
        self.admission = admission
        admission.arrivals_changed.connect(self._on_arrivals_changed)
        self.sounds = sounds
        self.session: Session | None = None
        self.follow_clock = True
        self.door_mode = False
        self.recent: list[RecentScan] = []
        self.arrived = self.expected = 0
        self._override_method = Method.CAMERA
        self._last_method = Method.CAMERA
        self._override_target: AdmitResult | None = None
        self._override_direction = Direction.ENTRY
        self.occupancy: occupancy.Occupancy | None = None
        kind = store.get_setting("door_kind", "switch")
        self.door_kind = kind if kind in self.DOOR_KINDS else "switch"
        self.direction = Direction.EXIT if self.door_kind == "exit" else Direction.ENTRY

        # top bar: session and counter
        self.session_caption = QLabel()
        self.session_picker = QComboBox()
        self.session_picker.setObjectName("session_picker")
        self.session_picker.setMinimumContentsLength(24)
        self.session_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_picker.activated.connect(self._on_session_picked)
        self.now_button = QPushButton()
        self.now_button.clicked.connect(self.follow_current_session)
        self.session_title = QLabel()  # door mode: the session's name, not a picker
        self.session_title.setObjectName("session_title")
        self.counter = QLabel("–")
        self.counter.setObjectName("counter")
        self.counter_caption = QLabel()
        self.counter_caption.setObjectName("counter_caption")
        counter_box = QVBoxLayout()
        counter_box.setSpacing(0)
        counter_box.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        counter_box.addWidget(self.counter_caption, 0, Qt.AlignmentFlag.AlignRight)
        # in the room now / capacity: amber from 90 %, red "room full" at 100 %
        self.occupancy_label = QLabel()
        self.occupancy_label.setObjectName("occupancy")
        self.occupancy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.occupancy_label.hide()
        # entry or exit door
        self.door_kind_picker = QComboBox()
        self.door_kind_picker.setObjectName("door_kind")
        self.door_kind_picker.activated.connect(self._on_door_kind_picked)
        self.direction_button = QPushButton()
        self.direction_button.setObjectName("direction_button")
        self.direction_button.setCheckable(True)
        self.direction_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.direction_button.toggled.connect(self._on_direction_toggled)
        top = QHBoxLayout()
        top.addWidget(self.session_caption)
        top.addWidget(self.session_picker, 1)
        top.addWidget(self.now_button)
        top.addWidget(self.session_title, 1)
        top.addStretch()
        top.addLayout(counter_box)
        # One click to another session: those running now or starting within the hour.
        self.quick_row = QWidget()
        self.quick_layout = QHBoxLayout(self.quick_row)
        self.quick_layout.setContentsMargins(0, 0, 0, 0)
        self.quick_caption = QLabel()
        self.quick_buttons: list[QPushButton] = []

        # left column: preview, manual entry, recent scans
        self.camera_view = CameraView()
        self.camera_view.status_shown.connect(self._show_left)
        self.manual_entry = QLineEdit()
        self.manual_entry.setObjectName("manual_entry")
        self.manual_entry.setMaxLength(200)
        self.manual_entry.returnPressed.connect(self._submit_manual)
        self.manual_button = QPushButton()
        self.manual_button.clicked.connect(self._submit_manual)
        manual = QHBoxLayout()
        manual.addWidget(self.manual_entry, 1)
        manual.addWidget(self.manual_button)
        self.recent_caption = QLabel()
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_scans")
        self.recent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_list.setFixedHeight(10 * 21 + 6)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        self.left = QWidget()
        left = QVBoxLayout(self.left)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.camera_view, 1)
        left.addLayout(manual)
        left.addWidget(self.recent_caption)
        left.addWidget(self.recent_list)
        left.addWidget(self.undo_button)
        self.left.setMinimumWidth(300)
        self.left.setMaximumWidth(460)

        self.card = ResultCard()
        self.card.override_requested.connect(self._ask_override)
        self.pin_pad = PinPad(staff_pin)
        self.pin_pad.setFixedWidth(250)
        self.pin_pad.unlocked.connect(self._on_pin_unlocked)
        self.pin_pad.cancelled.connect(self._on_pin_cancelled)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.left, 2)
        body.addWidget(self.card, 5)
        body.addWidget(self.pin_pad, 0, Qt.AlignmentFlag.AlignTop)
        self._column = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        door_row = QHBoxLayout()
        door_row.addWidget(self.door_kind_picker)
        door_row.addWidget(self.direction_button)
        door_row.addStretch()
        door_row.addWidget(self.occupancy_label)
        layout.addLayout(door_row)
        layout.addWidget(self.quick_row)
        layout.addLayout(body, 1)

        self._counter_timer = QTimer(self, interval=COUNTER_REFRESH_MS)
        self._counter_timer.timeout.connect(self.refresh_counter)
        self._counter_timer.start()
        self._follow_timer = QTimer(self, interval=SESSION_FOLLOW_MS)
        self._follow_timer.timeout.connect(self._follow_tick)
        self._follow_timer.start()

        self.retranslate_ui()
        self.reload_sessions()
        self.set_door_mode(False)

    # --- the session at this door -----------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        return self.session.id if self.session else None

    def reload_sessions(self) -> None:
        """Fill the picker (after an import or a pull) and pick the current session."""
        self.reception.refresh()
        try:  # the event may have just arrived (first pull, first import)
            event = self.reception.event
            self.card.set_context(event.tz, self.store.station_id, event.badge_settings)
        except NoEvent:
            pass
        self._sessions = self.store.sessions()
        self._fill_picker()
        if self.follow_clock or self.session is None:
            self.follow_current_session()
        else:
            self.set_session(self.session.id)

    def _fill_picker(self) -> None:
        language = current_language()
        tz = self._tz()
        self.session_picker.blockSignals(True)
        self.session_picker.clear()
        for s in self._sessions:
            start = format_time(s.starts_at, tz, language, with_date=True)
            end = format_time(s.ends_at, tz, language)
            self.session_picker.addItem(f"{start}–{end} · {s.name(language)}", s.id)
        if self.session is not None:
            self.session_picker.setCurrentIndex(self.session_picker.findData(self.session.id))
        self.session_picker.blockSignals(False)

    def _tz(self):
        try:
            return self.reception.event.tz
        except NoEvent:
            return None

    @Slot()
    def follow_current_session(self) -> None:
        self.follow_clock = True
        current = self.reception.current_session() if self._sessions else None
        self._select(current)

    def set_session(self, session_id: str) -> None:
        """Check into this session from now on (the volunteer chose it)."""
        chosen = next((s for s in self._sessions if s.id == session_id), None)
        current = self.reception.current_session() if self._sessions else None
        self.follow_clock = chosen is not None and current is not None and chosen.id == current.id
        self._select(chosen)

    @Slot(int)
    def _on_session_picked(self, index: int) -> None:
        self.set_session(self.session_picker.itemData(index))

    @Slot()
    def _follow_tick(self) -> None:
        if self.follow_clock and self._sessions:
            current = self.reception.current_session()
            if current is not None and current.id != self.session_id:
                self.check_out_ended_sessions()
                self._select(current)

    def check_out_ended_sessions(self) -> None:
        """Everyone still inside a session that has ended is checked out (pretix's
        auto-checkout), on the writer thread, so the next session in the room starts right."""
        store, now = self.store, self.reception.clock()

        def job() -> int:
            return sum(len(occupancy.check_out_everyone(store, s, now))
                       for s in occupancy.ended_sessions_with_people(store, now))

        self.admission.run(job, on_done=lambda _n: self.refresh_counter(),
                           on_error=lambda error: log.warning("auto-checkout failed: %s", error))

    def _select(self, session: Session | None) -> None:
        changed = session != self.session
        self.session = session
        index = self.session_picker.findData(session.id) if session else -1
        self.session_picker.setCurrentIndex(index)
        self._show_session_title()
        self.refresh_counter()
        if changed:
            # The answer on the card was for the previous session: never leave it under the
            # new one's name.
            if self.card.result is not None or self.card.colour != "idle":
                self.card.show_idle()
            self.session_changed.emit(session)

    def _fill_quick_sessions(self) -> None:
        """Buttons for the sessions running now or starting within the hour."""
        for button in self.quick_buttons:
            button.deleteLater()
        self.quick_buttons = []
        while self.quick_layout.count():
            self.quick_layout.takeAt(0)
        now = self.reception.clock()
        soon = [s for s in self._sessions
                if s.starts_at - QUICK_AHEAD <= now < s.ends_at][:QUICK_MAX]
        if self.session is not None and self.session not in soon:
            soon.append(self.session)
        self.quick_row.setVisible(len(soon) > 1 and not self.door_mode)
        self.quick_layout.addWidget(self.quick_caption)
        language = current_language()
        for session in soon:
            name = session.name(language)
            # The whole name, on two lines when it is long: a chip cut in the middle
            # ("Salon des intervenants et officiels – jo…") does not say which day it is.
            button = QPushButton(two_lines(name) if len(name) > CHIP_ONE_LINE else name)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setCheckable(True)
            button.setChecked(session == self.session)
            button.setObjectName("quick_session")
            button.clicked.connect(lambda _=False, sid=session.id: self.set_session(sid))
            self.quick_layout.addWidget(button)
            self.quick_buttons.append(button)
        self.quick_layout.addStretch()

    def _show_session_title(self) -> None:
        language = current_language()
        if self.session is None:
            self.session_title.setText(self.tr("No session: import the programme first."))
        else:
            self.session_title.setText(self.session.name(language))
        self.card.set_idle_hint(self.session_title.text())
        self.now_button.setEnabled(not self.follow_clock)
        self._fill_quick_sessions()

    # --- the counter ------------------------------------------------------------------------

    @Slot()
    def refresh_counter(self) -> None:
        session = self.session
        if session is None:
            self._show_counter(0, 0)
            return
        store = self.store

        def count() -> tuple[str, int, int, occupancy.Occupancy | None]:
            # who is in the room is shown against a capacity only: without one, no replay of
            # the session's movements after every scan
            inside = occupancy.occupancy(store, session) if session.capacity is not None else None
            return session.id, store.arrived(session.id), store.expected(session), inside

        # Counted on the writer thread, behind the check-ins queued before.
        self.admission.run(count, on_done=self._on_counted, on_error=self._on_count_failed)

    def _on_count_failed(self, error: BaseException) -> None:
        # The counter keeps its last figures; a locked or full disk is said by the next scan.
        if isinstance(error, StoreError):
            log.warning("the counter was not refreshed: %s", error)
        else:
            log.error("the counter could not be computed", exc_info=error)

    def _on_counted(self, counted: tuple) -> None:
        session_id, arrived, expected, figure = counted
        if session_id == self.session_id:
            self._show_counter(arrived, expected)
            self._show_occupancy(figure)

    @Slot(str, int)
    def _on_arrivals_changed(self, session_id: str, arrived: int) -> None:
        # After an admit or an undo, from this page or the desk's.
        if session_id == self.session_id:
            self._show_counter(arrived, max(self.expected, arrived))
            self.refresh_counter()  # the people inside, behind the write just made

    def _show_occupancy(self, figure: occupancy.Occupancy | None) -> None:
        self.occupancy = figure
        if figure is None or figure.capacity is None:
            self.occupancy_label.hide()
            return
        numbers = f"{figure.inside} / {figure.capacity}"
        level = figure.level
        if level == "full":
            text = self.tr("Room full: %1").replace("%1", numbers)
            style = "background: #b71c1c; color: white;"
        elif level == "warning":
            text = self.tr("Nearly full: %1 in the room").replace("%1", numbers)
            style = "background: #f5b301; color: #1a1a1a;"
        else:
            text = self.tr("In the room: %1").replace("%1", numbers)
            style = "background: #eceff1; color: #263238;"
        size = 26 if self.door_mode else 15
        self.occupancy_label.setText(text)
        self.occupancy_label.setStyleSheet(
            f"{style} font-size: {size}px; font-weight: bold; padding: 4px 12px;"
            " border-radius: 6px;")
        self.occupancy_label.setAccessibleName(text)
        self.occupancy_label.show()
        self.occupancy_changed.emit(figure)

    # --- entry or exit ----------------------------------------------------------------------

    def set_door_kind(self, kind: str) -> None:
        """An entry door, an exit door, or a door that switches (kept for this station)."""
        if kind not in self.DOOR_KINDS:
            raise ValueError(kind)
        self.door_kind = kind
        store = self.store
        self.admission.run(store.set_setting, "door_kind", kind,
                           on_error=lambda error: log.warning("door kind not kept: %s", error))
        self.set_direction(Direction.EXIT if kind == "exit" else Direction.ENTRY)

    def set_direction(self, direction: Direction) -> None:
        """Record entries or exits from now on (an entry or exit door: only its own)."""
        if self.door_kind != "switch":
            direction = Direction.EXIT if self.door_kind == "exit" else Direction.ENTRY
        changed = direction is not self.direction
        self.direction = direction
        if changed and self.card.colour != "idle":
            self.card.show_idle()  # the last answer was an entry (or an exit): not this door's
        self._show_direction()

    @Slot(int)
    def _on_door_kind_picked(self, index: int) -> None:
        self.set_door_kind(self.door_kind_picker.itemData(index))

    @Slot(bool)
    def _on_direction_toggled(self, exit_: bool) -> None:
        self.set_direction(Direction.EXIT if exit_ else Direction.ENTRY)

    def _show_direction(self) -> None:
        exit_ = self.direction is Direction.EXIT
        self.direction_button.blockSignals(True)
        self.direction_button.setChecked(exit_)
        self.direction_button.blockSignals(False)
        self.direction_button.setVisible(self.door_kind == "switch")
        self.door_kind_picker.setCurrentIndex(self.door_kind_picker.findData(self.door_kind))
        if exit_:
            self.direction_button.setText(self.tr("Recording: EXITS ➜ (switch to entries)"))
            style = "background: #0d47a1; color: white;"
        else:
            self.direction_button.setText(self.tr("Recording: entries (switch to exits)"))
            style = ""
        self.direction_button.setStyleSheet(
            f"QPushButton {{ {style} font-weight: bold; padding: 6px 12px; }}")
        self.manual_button.setText(self.tr("Check out") if exit_ else self.tr("Check in"))
        self.card.set_exit_door(exit_)

    def _show_counter(self, arrived: int, expected: int) -> None:
        self.arrived, self.expected = arrived, expected
        self.counter.setText(f"{arrived} / {expected}")
        self.counter_changed.emit(arrived, expected)

    # --- scanning ---------------------------------------------------------------------------

    @Slot(str)
    def submit_code(self, code: str, method: Method = Method.CAMERA) -> None:
        """Decide on a code and show the answer; returns at once (the work is queued). An
        interpretation receiver's label is no badge: it goes to :attr:`receiver_read` (lent
        to the person just admitted, or taken back), never to the check-in decision."""
        if receiver_codes.is_label(code):
            self.receiver_read.emit(code)
            return
        session = self.session
        if session is None:
            self.card.show_error(self.tr("No session is chosen at this door."),
                                 advice=self.tr("Import the programme, or choose the session "
                                                "in the list at the top."))
            return
        self._last_method = method
        self.admission.admit(session.id, code=code, method=method, direction=self.direction,
                             on_done=self.show_result, on_error=self._on_failed)

    @Slot(str)
    def submit_camera_code(self, code: str) -> None:
        self.submit_code(code, Method.CAMERA)

    @Slot(str)
    def submit_scanner_code(self, code: str) -> None:
        self.submit_code(code, Method.SCANNER)

    @Slot()
    def _submit_manual(self) -> None:
        code = self.manual_entry.text().strip()
        self.manual_entry.clear()
        if code:
            self.submit_code(code, Method.MANUAL)

    def show_result(self, result: AdmitResult) -> None:
        """Show an answer on the card, with its sound, in the list of last scans. Other pages
        (search at the desk) call it with the result of their own admit."""
        if self.pin_pad.purpose == "override":
            self.pin_pad.cancel()  # the override was for the previous badge
        self.card.show_result(result)
        self.sounds.play_result(result)
        self.recent.insert(0, RecentScan(result, self.reception.clock()))
        del self.recent[RECENT:]
        self._fill_recent()
        self.result_shown.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.sounds.play("red")
        if isinstance(error, (StoreError, ReceptionError)):
            self.card.show_error(str(error.args[0] if error.args else error))
            return
        # A bug, not a known failure: the log gets the traceback, the door a red card.
        log.error("a check-in failed", exc_info=error)
        self.card.show_error(self.tr("Unexpected error: %1").replace("%1", repr(error)))

    # --- last scans and undo ----------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_list.clear()
        tz = self._tz()
        language = current_language()
        for entry in self.recent:
            result = entry.result
            who = result.attendee.full_name if result.attendee else self.tr("Unknown badge")
            when = result.checkin.at if result.checkin else entry.at
            text = f"{format_time(when, tz or when.tzinfo, language)}  {who}"
            if entry.undone:
                text += "  " + self.tr("(undone)")
            item = QListWidgetItem(outcome_icon(result.colour), text)
            if entry.undone:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
            self.recent_list.addItem(item)
        self._show_undo()

    def last_checkin(self) -> RecentScan | None:
        """The last check-in made at this station and not undone: what "undo" undoes, even
        when an amber or red answer came after it (those recorded nothing)."""
        return next((e for e in self.recent
                     if e.result.checkin is not None and not e.undone), None)

    def _show_undo(self) -> None:
        entry = self.last_checkin()
        checkin = entry.result.checkin if entry is not None else None  # set: see last_checkin
        self.undo_button.setEnabled(checkin is not None)
        if entry is None or checkin is None:
            self.undo_button.setText(self.tr("Undo the last check-in"))
            self.undo_button.setToolTip(self.tr("No check-in to undo at this station yet."))
            return
        who = entry.result.attendee.full_name if entry.result.attendee else "?"
        if checkin.direction is Direction.EXIT:
            self.undo_button.setText(self.tr("Undo the exit: %1").replace("%1", who))
        else:
            self.undo_button.setText(self.tr("Undo the check-in: %1").replace("%1", who))
        self.undo_button.setToolTip(self.tr("The last check-in at this station, at %1")
                                    .replace("%1", format_time(checkin.at,
                                                               self._tz() or entry.at.tzinfo,
                                                               current_language())))

    @Slot()
    def undo_last(self) -> None:
        entry = self.last_checkin()
        checkin = entry.result.checkin if entry is not None else None  # set: see last_checkin
        if entry is None or checkin is None:
            return
        self.undo_button.setEnabled(False)

        def done(_checkin) -> None:
            for i, e in enumerate(self.recent):
                if e is entry:
                    self.recent[i] = replace(e, undone=True)
            self._fill_recent()
            if self.card.result is entry.result:
                self.card.show_idle()

        self.admission.undo(checkin.uuid, on_done=done, on_error=self._on_failed)

    # --- staff override ---------------------------------------------------------------------

    @Slot(object)
    def _ask_override(self, result: AdmitResult) -> None:
        self._override_target = result
        self._override_method = self._last_method
        self._override_direction = (result.checkin.direction if result.checkin is not None
                                    else self.direction)
        self.pin_pad.ask("override")

    @Slot(str)
    def _on_pin_unlocked(self, purpose: str) -> None:
        if purpose != "override" or self._override_target is None:
            return
        target, self._override_target = self._override_target, None
        if target.attendee is None or target.session is None:
            return
        self.admission.admit(target.session.id, attendee_id=target.attendee.id,
                             method=self._override_method, override=True,
                             direction=self._override_direction,
                             on_done=self.show_result, on_error=self._on_failed)

    @Slot()
    def _on_pin_cancelled(self) -> None:
        self._override_target = None

    # --- door mode and languages ------------------------------------------------------------

    def set_door_mode(self, on: bool) -> None:
        """Door mode shows only the preview, the card and the counter."""
        self.door_mode = on
        for widget in (self.session_caption, self.session_picker, self.now_button,
                       self.manual_entry, self.manual_button, self.recent_caption,
                       self.recent_list, self.undo_button):
            widget.setVisible(not on)
        self.session_title.setVisible(on)
        self.quick_row.setVisible(not on and len(self.quick_buttons) > 1)
        self._show_left()
        self._fit_left()
        self.session_title.setStyleSheet(
            f"font-size: {24 if on else 15}px; font-weight: bold; color: #263238;")
        # Door mode: the counter is read from across the doorway too.
        self.counter.setStyleSheet("font-size: 44px;" if on else "")
        # the kind of door is set outside door mode; a switching door keeps its switch
        self.door_kind_picker.setVisible(not on)
        self._show_occupancy(self.occupancy)

    @Slot()
    @Slot(object)
    def _show_left(self, *_status) -> None:
        """In door mode the left column is only the camera: with no camera it goes, and the
        card takes the screen (a black third with "no camera" helps nobody at the door)."""
        self.left.setVisible(not self.door_mode or self.camera_view.has_camera)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit_left()  # the window's style sheet (its fonts) applies once the page is in it

    def reserve_bottom(self, height: int) -> None:
        """Keep ``height`` px free at the page's foot (door mode's leave button)."""
        self._column.setContentsMargins(12, 10, 12, 10 + height)

    def _fit_left(self) -> None:
        """The left column is wide enough for the typed-code field to show its whole hint
        beside its button, in every language (the hint was cut at 1366 px)."""
        self.manual_entry.ensurePolished()  # the style sheet's font is the one shown
        self.manual_button.ensurePolished()
        hint = self.manual_entry.placeholderText()
        entry = self.manual_entry.fontMetrics().horizontalAdvance(hint) + 28
        self.manual_entry.setMinimumWidth(entry)
        needed = entry + self.manual_button.sizeHint().width() + 12
        on = self.door_mode
        self.left.setMaximumWidth(max(560 if on else 460, needed))
        self.left.setMinimumWidth(460 if on else max(300, needed))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Scan"))
        self.session_caption.setText(self.tr("Session:"))
        self.session_picker.setAccessibleName(self.tr("Session checked into at this door"))
        self.now_button.setText(self.tr("Current session"))
        self.now_button.setToolTip(self.tr("Follow the clock: the session running now"))
        self.counter_caption.setText(self.tr("arrived / expected"))
        self.manual_entry.setPlaceholderText(self.tr("Badge code typed by hand"))
        self.manual_entry.setAccessibleName(self.tr("Badge code"))
        self.door_kind_picker.blockSignals(True)
        self.door_kind_picker.clear()
        self.door_kind_picker.addItem(self.tr("Entry door"), "entry")
        self.door_kind_picker.addItem(self.tr("Exit door"), "exit")
        self.door_kind_picker.addItem(self.tr("Entry and exit (switch)"), "switch")
        self.door_kind_picker.setAccessibleName(self.tr("What this door records"))
        self.door_kind_picker.blockSignals(False)
        self._show_direction()
        self._show_occupancy(self.occupancy)
        self._fit_left()
        self.recent_caption.setText(self.tr("Last scans"))
        self.quick_caption.setText(self.tr("Now and soon:"))
        if hasattr(self, "_sessions"):
            self._fill_picker()
            self._show_session_title()
            self._fill_recent()
