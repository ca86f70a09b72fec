"""Interpretation receivers in the window: lend and take back at the desk or the door, the list
of those still out (behind the staff PIN, with the phone to call), numbering, importing, the
end of the day's export and the label stickers.

:class:`ReceiverDesk` is the one controller: a badge read (camera, USB scanner, typed) makes
its person the one a receiver is for; a receiver's label read next lends it to them; a label
read with nobody waiting takes the receiver back. At the door the person is the last one the
door admitted, so "badge, then receiver" works there too, and a receiver's label never
reaches the check-in decision (:mod:`checkin.receiver_codes`). Every read and write runs on
the window's writer thread (:meth:`checkin.ui.admission.Admission.run`); the pages only show
the typed answers (:class:`checkin.receivers.LendResult`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin import receivers
from checkin.model import AdmitResult, Attendee, Outcome, Receiver
from checkin.receiver_codes import ReceiverNumberError, normalise, read_label
from checkin.receivers import LendOutcome, LendResult
from checkin.reception import NoEvent, Reception
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange, SpokenLabel
from checkin.ui.pin import PinPad, StaffPin

log = logging.getLogger(__name__)

WAIT_SECONDS = 120  # a badge read waits this long for its receiver
COLOURS = {"green": ("#e8f5e9", "#1b5e20"), "amber": ("#fff8e1", "#8a5a00"),
           "red": ("#ffebee", "#b71c1c"), "idle": ("#f5f5f5", "#424242")}


@dataclass(frozen=True)
class Waiting:
    """The person a receiver is for, since when (``time.monotonic``)."""

    attendee: Attendee
    since: float


class ReceiverDesk(QObject):
    """Lends and takes back receivers for the pages, on the writer thread."""

    #: a LendResult: something was lent, taken back, or refused
    answered = Signal(object)
    #: the person a receiver is for changed (an Attendee, or None)
    waiting_changed = Signal(object)
    #: a code was neither a badge nor a receiver here (the code as given)
    unknown = Signal(str)

    def __init__(self, reception: Reception, admission: Admission, *,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        super().__init__(parent)
        self.reception = reception
        self.admission = admission
        self.clock = clock
        self.lending = receivers.Lending(
            reception.store, lambda code: reception.badge_holder(code)[1],
            clock=reception.clock)
        self.waiting: Waiting | None = None

    # --- who it is for ----------------------------------------------------------------------

    def person(self) -> Attendee | None:
        if self.waiting is None:
            return None
        if self.clock() - self.waiting.since > WAIT_SECONDS:
            self.forget()
            return None
        return self.waiting.attendee

    def offer(self, attendee: Attendee | None) -> None:
        """The next receiver read is for ``attendee`` (None: for nobody)."""
        self.waiting = Waiting(attendee, self.clock()) if attendee is not None else None
        self.waiting_changed.emit(attendee)

    def forget(self) -> None:
        if self.waiting is not None:
            self.waiting = None
            self.waiting_changed.emit(None)

    @Slot(object)
    def door_admitted(self, result: AdmitResult) -> None:
        """At the door, the person just let in (or already in) is the one a receiver read
        next is for; an exit or a refusal is nobody."""
        if result.attendee is not None and result.outcome in (
                Outcome.ACCEPTED, Outcome.REENTRY, Outcome.ALREADY_IN):
            self.offer(result.attendee)
        else:
            self.forget()

    # --- reading codes ----------------------------------------------------------------------

    def submit(self, code: str) -> None:
        """A code read or typed: a badge (its person waits for a receiver), a receiver's label
        or number (lent to the person waiting, else taken back)."""
        code = code.strip()
        if not code:
            return
        person = self.person()
        lending, reception = self.lending, self.reception

        def job() -> tuple[str, object]:
            number = read_label(code)
            if number is None:
                try:
                    _parsed, holder = reception.badge_holder(code)
                except NoEvent:
                    holder = None
                if holder is not None:
                    return "person", holder
                found = lending.find(code)
                if found is None:
                    return "unknown", code
                number = found.id
            if person is not None:
                return "result", lending.lend(number, attendee_id=person.id)
            return "result", lending.give_back(number)

        self.admission.run(job, on_done=self._read)

    def lend(self, receiver_id: str, attendee_id: str, *, take_back: bool = False,
             second: bool = False) -> None:
        """The buttons of an answer: take it back from the other person first, or lend a
        second one."""
        lending = self.lending
        self.admission.run(lambda: ("result", lending.lend(
            receiver_id, attendee_id=attendee_id, take_back=take_back, second=second)),
            on_done=self._read)

    def give_back(self, receiver_id: str) -> None:
        lending = self.lending
        self.admission.run(lambda: ("result", lending.give_back(receiver_id)),
                           on_done=self._read)

    def _read(self, answer: tuple[str, object]) -> None:
        kind, value = answer
        if kind == "person":
            assert isinstance(value, Attendee)
            self.offer(value)
        elif kind == "unknown":
            self.unknown.emit(str(value))
        else:
            assert isinstance(value, LendResult)
            if value.outcome.done:
                self.forget()
            self.answered.emit(value)


class ReceiverWords(QObject):
    """The words of each answer, for the page and the door's banner (one place)."""

    def say(self, result: LendResult, time_text: Callable[[object], str]) -> tuple[str, str]:
        o, number = result.outcome, result.receiver_id
        who = result.attendee.full_name if result.attendee else ""
        holder = result.holder.full_name if result.holder else (
            result.loan.attendee_id if result.loan else "")
        since = time_text(result.loan.lent_at) if result.loan else ""
        if o is LendOutcome.LENT:
            detail = self.tr("Taken back from %1 first.").replace("%1", holder) \
                if result.holder is not None else ""
            return self.tr("%1 lent to %2").replace("%1", number).replace("%2", who), detail
        if o is LendOutcome.RETURNED:
            return (self.tr("%1 returned").replace("%1", number),
                    self.tr("It was lent to %1 since %2.").replace("%1", who or "?")
                    .replace("%2", since))
        if o is LendOutcome.LENT_TO_OTHER:
            return (self.tr("%1 is already lent to someone else").replace("%1", number),
                    self.tr("%1 holds it since %2. Take it back first, or give %3 another "
                            "receiver.").replace("%1", holder).replace("%2", since)
                    .replace("%3", who))
        if o is LendOutcome.ALREADY_THEIRS:
            return (self.tr("%1 already holds %2").replace("%1", who).replace("%2", number),
                    self.tr("Nothing recorded. Scan the receiver alone to take it back."))
        if o is LendOutcome.HOLDS_ANOTHER:
            return (self.tr("%1 already holds a receiver").replace("%1", who),
                    self.tr("%1 holds %2: take that one back first, or lend this one too.")
                    .replace("%1", who).replace("%2", ", ".join(result.held)))
        if o is LendOutcome.NOT_LENT:
            return (self.tr("%1 is not lent out").replace("%1", number),
                    self.tr("Nothing to take back. To lend it, scan the badge first."))
        if o is LendOutcome.UNKNOWN_RECEIVER and result.candidates:
            return (self.tr("Which receiver: %1?").replace("%1", " / ".join(result.candidates)),
                    self.tr("Several receivers have this number: type the whole number."))
        if o is LendOutcome.UNKNOWN_RECEIVER:
            return (self.tr("Unknown receiver: %1").replace("%1", number or result.code),
                    self.tr("It is not in this station's list of receivers."))
        return (self.tr("Unknown badge"), self.tr("Nothing lent."))

    def unknown(self, code: str) -> tuple[str, str]:
        shown = code if len(code) <= 40 else code[:40] + "…"
        return (self.tr("Neither a badge nor a receiver: %1").replace("%1", shown),
                self.tr("Scan the badge, then the receiver's label, or type its number."))


def _frame_style(colour: str) -> str:
    background, ink = COLOURS.get(colour, COLOURS["idle"])
    return (f"QFrame#receiver_card {{ background: {background}; border: 3px solid {ink};"
            f" border-radius: 8px; }} QLabel {{ color: {ink}; background: transparent; }}")


class ReceiverBanner(RetranslatesOnLanguageChange, QFrame):
    """At the door, above the answer card: the receiver's answer, and who a receiver read
    next would be lent to."""

    def __init__(self, desk: ReceiverDesk, tz_of: Callable[[], object], parent=None):
        super().__init__(parent)
        self.setObjectName("receiver_card")
        self.desk = desk
        self.words = ReceiverWords(self)
        self.tz_of = tz_of
        self.text = QLabel()
        self.text.setObjectName("receiver_banner_text")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.text.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        self._last: LendResult | None = None
        desk.answered.connect(self.show_result)
        self.hide()

    def _time(self, moment) -> str:
        tz = self.tz_of()
        return (moment.astimezone(tz) if tz else moment.astimezone()).strftime("%H:%M")

    @Slot(object)
    def show_result(self, result: LendResult) -> None:
        self._last = result
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        if self._last is None:
            return
        headline, detail = self.words.say(self._last, self._time)
        self.text.setText(f"{headline}. {detail}" if detail else headline)
        self.setStyleSheet(_frame_style(self._last.colour))


class ReceiversPage(RetranslatesOnLanguageChange, QWidget):
    """The receivers page (see the module's docstring)."""

    #: receivers were numbered or imported (how many)
    receivers_added = Signal(int)

    OUT_COLUMNS = ("receiver", "name", "organisation", "phone", "lent_at", "station")

    def __init__(self, reception: Reception, desk: ReceiverDesk, pin: StaffPin,
                 admission: Admission, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("receivers_page")
        self.reception = reception
        self.store = reception.store
        self.desk = desk
        self.admission = admission
        self.words = ReceiverWords(self)
        self.unlocked = False
        self.rows: list[receivers.OutRow] = []
        self.tally: receivers.Tally | None = None
        self._last: tuple[str, object] | None = None  # ("result", r) / ("unknown", code)
        self.choose_path: Callable[[str, str], Path | None] = self._ask_path
        self.choose_file: Callable[[], Path | None] = self._ask_file

        # --- lending (anyone) ---
        self.title = QLabel()
        self.title.setObjectName("page_title")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("receiver_entry")
        self.entry.setMaxLength(200)
        self.entry.returnPressed.connect(self._submit_typed)
        self.entry_button = QPushButton()
        self.entry_button.setObjectName("receiver_entry_button")
        self.entry_button.clicked.connect(self._submit_typed)
        self.waiting = QLabel()
        self.waiting.setObjectName("receiver_waiting")
        self.waiting.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("receiver_cancel")
        self.cancel_button.clicked.connect(desk.forget)
        self.card = QFrame()
        self.card.setObjectName("receiver_card")
        self.card.setMinimumHeight(240)  # a wrapped headline and its detail, never clipped
        self.headline = QLabel()
        self.headline.setObjectName("receiver_headline")
        self.headline.setWordWrap(True)
        big = self.headline.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.headline.setFont(big)
        self.detail = QLabel()
        self.detail.setObjectName("receiver_detail")
        self.detail.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setObjectName("receiver_action")
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        card = QVBoxLayout(self.card)
        card.addWidget(self.headline)
        card.addWidget(self.detail)
        card.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        card.addStretch()
        self.counts = QLabel()
        self.counts.setObjectName("receiver_counts")

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.entry_button)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.cancel_button)
        left = QVBoxLayout()
        left.addWidget(self.explain)
        left.addLayout(entry_row)
        left.addLayout(waiting_row)
        left.addWidget(self.card, 3)
        left.addWidget(self.counts)
        left.addStretch(1)

        # --- the staff's side (PIN) ---
        self.out_caption = QLabel()
        self.out_caption.setObjectName("receivers_out_caption")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("receivers_unlock")
        self.unlock_button.clicked.connect(self._toggle_lock)
        self.table = QTableWidget(0, len(self.OUT_COLUMNS))
        self.table.setObjectName("receivers_out")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the organisation
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)  # the station
        header.resizeSection(5, 120)
        self.table.setWordWrap(False)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("receivers_locked")
        self.locked_note.setWordWrap(True)
        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        for suffix in ("csv", "xlsx", "pdf"):
            button = QPushButton()
            button.setObjectName(f"receivers_export_{suffix}")
            button.clicked.connect(lambda _=False, s=suffix: self.export(s))
            self.export_buttons[suffix] = button
            exports.addWidget(button)
        exports.addStretch()
        self.count_caption = QLabel()
        self.count = QSpinBox()
        self.count.setObjectName("receivers_count")
        self.count.setRange(1, receivers.MAX_RECEIVERS)
        self.count.setValue(60)
        self.count_caption.setBuddy(self.count)
        self.prefix = QLineEdit("R")
        self.prefix.setObjectName("receivers_prefix")
        self.prefix.setMaxLength(8)
        self.prefix.setFixedWidth(60)
        self.add_button = QPushButton()
        self.add_button.setObjectName("receivers_add")
        self.add_button.clicked.connect(self.add_numbered)
        self.import_button = QPushButton()
        self.import_button.setObjectName("receivers_import")
        self.import_button.clicked.connect(self.import_list)
        self.labels_button = QPushButton()
        self.labels_button.setObjectName("receivers_labels")
        self.labels_button.clicked.connect(self.print_labels)
        self.print_button = QPushButton()
        self.print_button.setObjectName("receivers_print")
        self.print_button.clicked.connect(self.print_stickers)
        #: makes the print dialog (the system's; tests pass a stand-in)
        self.dialog_factory: Callable[[QPrinter, QWidget | None], QDialog] = QPrintDialog
        manage = QHBoxLayout()
        manage.addWidget(self.count_caption)
        manage.addWidget(self.count)
        manage.addWidget(self.prefix)
        manage.addWidget(self.add_button)
        manage.addWidget(self.import_button)
        manage.addStretch()
        labels = QHBoxLayout()
        labels.addWidget(self.labels_button)
        labels.addWidget(self.print_button)
        labels.addStretch()
        self.message = SpokenLabel()
        self.message.setObjectName("receivers_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin_pad = PinPad(pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)
        self.staff = QWidget()
        staff = QVBoxLayout(self.staff)
        staff.setContentsMargins(0, 0, 0, 0)
        staff.addWidget(self.table, 1)
        staff.addLayout(exports)
        staff.addLayout(manage)
        staff.addLayout(labels)
        right = QVBoxLayout()
        top_right = QHBoxLayout()
        top_right.addWidget(self.out_caption, 1)
        top_right.addWidget(self.unlock_button)
        right.addLayout(top_right)
        right.addWidget(self.locked_note)
        right.addWidget(self.staff, 1)
        right.addWidget(self.pin_pad)
        right.addWidget(self.message)
        self.pin_pad.hide()

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 4)
        body.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

        # a badge read waits WAIT_SECONDS for its receiver: the line says when it no longer does
        self._tick = QTimer(self)
        self._tick.setInterval(5000)
        self._tick.timeout.connect(self._show_waiting)
        desk.answered.connect(self._answered)
        desk.unknown.connect(self._unknown)
        desk.waiting_changed.connect(lambda _p: self._show_waiting())
        self.retranslate_ui()
        self._show_lock()
        self._show_card()

    # --- words --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Receivers"))
        self.title.setText(self.tr("Interpretation receivers"))
        self.explain.setText(self.tr(
            "To lend: scan the badge, then the receiver's label (or type its number). To take "
            "a receiver back: scan it alone."))
        self.entry.setPlaceholderText(self.tr("Badge code or receiver number (R012)"))
        self.entry.setAccessibleName(self.tr("Badge or receiver"))
        self.entry_button.setText(self.tr("&OK"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.out_caption.setText(self.tr("Still out"))
        self.locked_note.setText(self.tr(
            "Who still holds a receiver, with the phone number to call, is shown to staff "
            "only."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Receiver"), self.tr("Name"), self.tr("Organisation"), self.tr("Phone"),
            self.tr("Lent at"), self.tr("Station")])
        self.table.setAccessibleName(self.tr("Receivers not returned"))
        self.export_buttons["csv"].setText(self.tr("Export (CSV)"))
        self.export_buttons["xlsx"].setText(self.tr("Export (Excel)"))
        self.export_buttons["pdf"].setText(self.tr("Export (PDF)"))
        self.count_caption.setText(self.tr("&Number"))
        self.prefix.setAccessibleName(self.tr("Letters before the number"))
        self.add_button.setText(self.tr("&Add"))
        self.import_button.setText(self.tr("&Import a list…"))
        self.labels_button.setText(self.tr("&Labels (PDF)…"))
        self.print_button.setText(self.tr("&Print labels…"))
        self._show_lock()
        self._show_waiting()
        self._show_card()
        self._show_counts()

    def _time(self, moment) -> str:
        try:
            tz = self.reception.event.tz
        except NoEvent:
            tz = None
        return (moment.astimezone(tz) if tz else moment.astimezone()).strftime("%H:%M")

    # --- lending ------------------------------------------------------------------------

    def submit(self, code: str) -> None:
        """A code from the camera, the USB scanner or the field."""
        self.desk.submit(code)

    def _submit_typed(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if text:
            self.submit(text)

    def _show_waiting(self) -> None:
        person = self.desk.person()
        if person is None:
            self.waiting.setText(self.tr("Waiting for a badge or a receiver."))
            self.cancel_button.hide()
            return
        who = person.full_name + (f" ({person.organisation})" if person.organisation else "")
        self.waiting.setText(self.tr("For %1: now scan the receiver's label, or type its "
                                     "number.").replace("%1", who))
        self.cancel_button.show()

    @Slot(object)
    def _answered(self, result: LendResult) -> None:
        self._last = ("result", result)
        self._show_card()
        self.refresh()

    @Slot(str)
    def _unknown(self, code: str) -> None:
        self._last = ("unknown", code)
        self._show_card()

    def _show_card(self) -> None:
        self.action_button.hide()
        if self._last is None:
            self.headline.setText(self.tr("Ready"))
            self.detail.setText("")
            self.card.setStyleSheet(_frame_style("idle"))
            return
        kind, value = self._last
        if kind == "unknown":
            headline, detail = self.words.unknown(str(value))
            colour = "red"
        else:
            assert isinstance(value, LendResult)
            headline, detail = self.words.say(value, self._time)
            colour = value.colour
            action = {
                LendOutcome.LENT_TO_OTHER: self.tr("Take it back and lend it to %1"),
                LendOutcome.HOLDS_ANOTHER: self.tr("Lend it to %1 too"),
                LendOutcome.ALREADY_THEIRS: self.tr("Take it back from %1"),
            }.get(value.outcome)
            if action and value.attendee is not None:
                self.action_button.setText(action.replace("%1", value.attendee.full_name))
                self.action_button.show()
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.card.setStyleSheet(_frame_style(colour))

    def _act(self) -> None:
        if self._last is None or self._last[0] != "result":
            return
        result = self._last[1]
        assert isinstance(result, LendResult)
        if result.attendee is None:
            return
        if result.outcome is LendOutcome.LENT_TO_OTHER:
            self.desk.lend(result.receiver_id, result.attendee.id, take_back=True)
        elif result.outcome is LendOutcome.HOLDS_ANOTHER:
            self.desk.lend(result.receiver_id, result.attendee.id, second=True)
        elif result.outcome is LendOutcome.ALREADY_THEIRS:
            self.desk.give_back(result.receiver_id)
        self.action_button.hide()

    # --- figures and the list behind the PIN -------------------------------------------

    def refresh(self) -> None:
        """Counts for everyone; the list of those out only once unlocked. Read on the
        writer thread, after the writes queued before."""
        store, unlocked = self.store, self.unlocked

        def read() -> tuple[receivers.Tally, list[receivers.OutRow]]:
            return receivers.tally(store), receivers.not_returned(store) if unlocked else []

        self.admission.run(read, on_done=self._refreshed)

    def _refreshed(self, answer: tuple[receivers.Tally, list[receivers.OutRow]]) -> None:
        self.tally, rows = answer
        self.rows = rows if self.unlocked else []
        self._show_counts()
        self._fill_table()

    def _show_counts(self) -> None:
        t = self.tally
        if t is None:
            self.counts.setText("")
        elif not t.receivers:
            self.counts.setText(self.tr("No receivers yet: number them or import a list "
                                        "(staff)."))
        else:
            self.counts.setText(self.tr("Receivers: %1 — out: %2 — here: %3").replace(
                "%1", str(t.receivers)).replace("%2", str(t.out)).replace(
                "%3", str(t.available)))

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (row.receiver, row.name, row.organisation, row.phone or "—",
                      self._time(row.lent_at), row.station)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _toggle_lock(self) -> None:
        if self.unlocked:
            self.lock()
        else:
            self.pin_pad.ask("receivers:unlock")

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == "receivers:unlock":
            self.unlocked = True
            self._show_lock()
            self.refresh()

    def lock(self) -> None:
        """Hide the list again (leaving the page does it too)."""
        self.unlocked = False
        self.rows = []
        self._fill_table()
        self._show_lock()

    def _show_lock(self) -> None:
        self.staff.setVisible(self.unlocked)
        self.locked_note.setVisible(not self.unlocked)
        self.unlock_button.setText(self.tr("&Hide") if self.unlocked
                                   else self.tr("&Show (staff PIN)"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._show_waiting()
        self.refresh()
        self.entry.setFocus()
        self._tick.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._tick.stop()
        self.lock()
        super().hideEvent(event)

    # --- the staff's actions ------------------------------------------------------------

    def add_numbered(self) -> None:
        if not self.unlocked:
            return
        try:
            prefix = normalise(self.prefix.text()) if self.prefix.text().strip() else ""
        except ReceiverNumberError:
            self.message.say(lambda: self.tr("Letters and digits only before the number, "
                                             "e.g. R."))
            return
        count, store = self.count.value(), self.store
        self.admission.run(receivers.add_numbered, store, count, prefix,
                           on_done=self._added, on_error=self._failed)

    def _added(self, made: list) -> None:
        if made:
            first, last, n = made[0].id, made[-1].id, len(made)
            self.message.say(lambda: self.tr("Receivers added: %1 (%2 to %3).").replace(
                "%1", str(n)).replace("%2", first).replace("%3", last))
            self.receivers_added.emit(n)
        self.refresh()

    def import_list(self) -> None:
        if not self.unlocked:
            return
        path = self.choose_file()
        if path is None:
            return
        store = self.store

        def job() -> tuple[receivers.ReceiverList, int]:
            found = receivers.read_list(path, store)
            if found.refused:
                return found, 0
            return found, receivers.import_list(store, found)

        self.admission.run(job, on_done=self._imported, on_error=self._failed)

    def _imported(self, answer: tuple[receivers.ReceiverList, int]) -> None:
        found, taken = answer
        refused = found.refused
        if refused:
            lines = "; ".join(f"{line.line}: {line.message}" for line in refused[:5])
            self.message.say(lambda: self.tr("Nothing imported; refused lines: %1 (%2).")
                             .replace("%1", str(len(refused))).replace("%2", lines))
            return
        self.message.say(lambda: self.tr("Receivers imported or changed: %1.").replace(
            "%1", str(taken)))
        self.receivers_added.emit(taken)
        self.refresh()

    def print_labels(self) -> None:
        if not self.unlocked:
            return
        path = self.choose_path(self.tr("Receivers' labels"), "pdf")
        if path is None:
            return
        store = self.store

        def job() -> Path:
            from checkin.badges.receivers import write_labels_pdf

            everyone = receivers.sorted_receivers(store.receivers())
            event = store.event()
            return write_labels_pdf(everyone, path,
                                    event_code=event.code if event else "").path

        self.admission.run(job, on_done=self._saved, on_error=self._failed)

    def print_stickers(self) -> None:
        """The stickers of every receiver through the system print dialog (a printer, or a
        file), 24 to an A4 page at the places of the PDF sheet."""
        if not self.unlocked:
            return
        everyone = receivers.sorted_receivers(self.store.receivers())
        if not everyone:
            self.message.say(lambda: self.tr("No receivers yet: number them or import a "
                                             "list (staff)."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Receivers' labels"))
        dialog = self.dialog_factory(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            code = self.reception.event.code
        except NoEvent:
            code = ""
        if paint_stickers(printer, everyone, code):
            count = len(everyone)
            self.message.say(lambda: self.tr("Labels sent to the printer: %1.").replace(
                "%1", str(count)))
        else:
            self.message.say(lambda: self.tr("The printer could not be started: check it is "
                                             "on and connected, then try again."))

    def export(self, suffix: str) -> None:
        if not self.unlocked:
            return
        path = self.choose_path(self.tr("Receivers not returned"), suffix)
        if path is None:
            return
        store, clock = self.store, self.reception.clock

        def job() -> Path:
            from checkin.reports import catalogue
            from checkin.reports.data import load_attendance

            return catalogue.write("receivers-out", load_attendance(store, now=clock()),
                                   store, path)

        self.admission.run(job, on_done=self._saved, on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.message.say(lambda: self.tr("Saved: %1").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        from checkin.reports.errors import ExportError
        from checkin.spreadsheet import SpreadsheetError
        from checkin.store import StoreError

        if not isinstance(error, (OSError, ExportError, SpreadsheetError, StoreError,
                                  ReceiverNumberError)):
            raise error
        text = str(error)
        self.message.say(lambda: self.tr("Not done: %1").replace("%1", text))

    def _ask_path(self, title: str, suffix: str) -> Path | None:
        from checkin.ui.dashboard import documents_folder

        names = {"csv": self.tr("CSV (*.csv)"), "xlsx": self.tr("Excel (*.xlsx)"),
                 "pdf": self.tr("PDF (*.pdf)")}
        word = "etiquettes-recepteurs" if title == self.tr("Receivers' labels") \
            else "recepteurs-non-rendus"
        suggested = documents_folder() / f"{word}.{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), names[suffix])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _ask_file(self) -> Path | None:
        from checkin.ui.dashboard import documents_folder

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("A list of receivers"), str(documents_folder()),
            self.tr("Spreadsheets (*.csv *.xlsx)"))
        return Path(name) if name else None


def paint_stickers(printer: QPrinter, stickers: list[Receiver], event_code: str = "") -> bool:
    """Draw the stickers on A4 pages, each at its physical size and place; False when the
    printer cannot start."""
    from PySide6.QtCore import QMarginsF, QRect
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter

    from checkin.badges.receivers import SHEET, STICKER_MM, StickerRenderer, sticker_origin
    from checkin.ui.printing import to_qimage

    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        renderer = StickerRenderer(event_code)
        dots = printer.resolution() / 25.4
        width, height = STICKER_MM
        for n, receiver in enumerate(stickers):
            slot = n % SHEET.per_page
            if slot == 0 and n:
                printer.newPage()
            x, y = sticker_origin(slot)
            target = QRect(round(x * dots), round(y * dots), round(width * dots),
                           round(height * dots))
            painter.drawImage(target, to_qimage(renderer.render(receiver), renderer.dpi))
    finally:
        painter.end()
    return True


def install(station) -> ReceiversPage:
    """Add the receivers page to a :class:`checkin.ui.app.Station`'s window and wire the
    door: a badge the door admits is the person a receiver read next is for, and a receiver's
    label read at the door lends or takes back (the banner above the answer card says
    which), never a check-in."""
    desk = ReceiverDesk(station.reception, station.admission, parent=station.window)
    page = ReceiversPage(station.reception, desk, station.staff_pin, station.admission)
    station.window.add_page(page)
    scan_page = station.scan_page

    def tz():
        try:
            return station.reception.event.tz
        except NoEvent:
            return None

    banner = ReceiverBanner(desk, tz)
    layout = scan_page.layout()
    layout.insertWidget(max(0, layout.count() - 1), banner)
    station.admission.admitted.connect(desk.door_admitted)
    station.admission.admitted.connect(lambda _result: banner.hide())
    # the door's and the desk's sound for each answer: green, amber or red
    desk.answered.connect(lambda result: station.sounds.play(result.colour))
    desk.unknown.connect(lambda _code: station.sounds.play("red"))
    scan_page.receiver_read.connect(desk.submit)
    scan_page.receiver_banner = banner
    station.receivers_page = page
    station.receiver_desk = desk
    return page
