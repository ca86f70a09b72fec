"""One person at the desk: details, badge QR, every check-in, and what staff can do about it.

Actions: check in to the current session (the same reception call as a scan, method
"search"), undo a check-in (an event of its own, the row stays and is struck through),
override a refusal with the staff PIN, reprint the badge, and correct the contact details or
the spelling of the name. A correction is saved with ``outbox=True``: a local change that sync
pushes later.

Every write (the check-in, the undo, the correction, the badge marked printed) runs on the
window's writer thread through :class:`~checkin.ui.admission.Admission`; the panel shows the
answer when it comes back.

The PIN is asked on an inline keypad (never a blocking dialog). Printing goes through the
``print_badge`` callable given to the constructor (the window passes the badges-and-reports
printer; tests pass a recorder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import tokens
from checkin.model import AdmitResult, Attendee, Method
from checkin.online.records import is_online_only
from checkin.reception import NoEvent, Reception
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange, SpokenLabel, current_language, format_time
from checkin.ui.labels import category_label, language_label, outcome_words, status_label
from checkin.ui.pin import PinPad, StaffPin
from checkin.ui.qr import qr_pixmap
from checkin.ui.table_models import CheckinHistoryModel, RecordRole
from checkin.walkins import Field, Problem, WalkInForm, validate

QR_SIDE = 132


class AttendeePanel(RetranslatesOnLanguageChange, QWidget):
    """Details and actions for one attendee; ``show_attendee(id)`` fills it."""

    checked_in = Signal(object)  # AdmitResult
    undone = Signal(str)  # check-in uuid
    attendee_saved = Signal(object)  # the corrected Attendee
    badge_printed = Signal(str)  # attendee id
    closed = Signal()

    def __init__(
        self,
        reception: Reception,
        pin: StaffPin,
        *,
        print_badge: Callable[[Attendee, QWidget], bool] | None = None,
        admission: Admission | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.reception = reception
        self.admission = admission if admission is not None else Admission(reception, self)
        self.store = reception.store
        self.pin = pin
        self.print_badge = print_badge
        self.attendee: Attendee | None = None
        self.session_id: str | None = None
        self.last_result: AdmitResult | None = None
        self._build()
        self.retranslate_ui()
        self._update_actions()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("attendee_panel")
        self.name = QLabel()
        self.name.setObjectName("attendee_name")
        self.name.setWordWrap(True)
        font = self.name.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.name.setFont(font)
        self.qr = QLabel()
        self.qr.setFixedSize(QR_SIDE + 8, QR_SIDE + 8)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.token = QLabel()
        self.token.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # details, shown as labels; the correctable ones have an editor beside them
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("organisation", "country", "category", "language", "email", "phone",
                    "reg_no", "status", "door_note", "badge", "receiver"):
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            self.form.addRow(caption, value)

        self.editors: dict[str, QLineEdit] = {}
        self.edit_box = QWidget()
        edit_form = QFormLayout(self.edit_box)
        self.edit_captions: dict[str, QLabel] = {}
        for key in ("first_name", "last_name", "email", "phone"):
            caption, editor = QLabel(), QLineEdit()
            editor.setObjectName(f"edit_{key}")
            caption.setBuddy(editor)
            self.edit_captions[key], self.editors[key] = caption, editor
            edit_form.addRow(caption, editor)
        self.edit_error = QLabel()
        self.edit_error.setObjectName("form_error")
        self.edit_error.setWordWrap(True)
        edit_form.addRow(self.edit_error)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_edits)
        self.cancel_edit_button = QPushButton()
        self.cancel_edit_button.clicked.connect(self.cancel_edits)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch()
        edit_buttons.addWidget(self.cancel_edit_button)
        edit_buttons.addWidget(self.save_button)
        edit_form.addRow(edit_buttons)
        self.edit_box.hide()

        self.history_title = QLabel()
        self.history = CheckinHistoryModel(parent=self)
        self.history_view = QTableView()
        self.history_view.setObjectName("checkin_history")
        self.history_view.setModel(self.history)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_title.setBuddy(self.history_view)
        self.history_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )

        self.message = SpokenLabel()
        self.message.setObjectName("panel_message")
        self.message.setWordWrap(True)
        self.checkin_button = QPushButton()
        self.checkin_button.setObjectName("panel_checkin")
        self.checkin_button.clicked.connect(self.check_in)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_selected)
        self.override_button = QPushButton()
        self.override_button.clicked.connect(self.ask_override)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.start_editing)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.closed)
        # Two rows of three: room for a language with longer words than English.
        actions = QGridLayout()
        for i, button in enumerate((self.checkin_button, self.undo_button,
                                    self.override_button, self.reprint_button,
                                    self.edit_button, self.close_button)):
            actions.addWidget(button, i // 3, i % 3)

        self.pin_pad = PinPad(self.pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)

        top = QHBoxLayout()
        details = QVBoxLayout()
        details.addWidget(self.name)
        details.addLayout(self.form)
        top.addLayout(details, 1)
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr)
        qr_column.addWidget(self.token)
        qr_column.addStretch()
        top.addLayout(qr_column)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.edit_box)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.pin_pad)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_view, 1)
        order = [self.checkin_button, self.undo_button, self.override_button,
                 self.reprint_button, self.edit_button, self.close_button, self.history_view]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Attendee"))
        captions = {
            "organisation": self.tr("Organisation"),
            "country": self.tr("Country"),
            "category": self.tr("Category"),
            "language": self.tr("Language"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "reg_no": self.tr("Registration no."),
            "status": self.tr("Registration"),
            "door_note": self.tr("Note for the door"),
            "badge": self.tr("Badge printed"),
            "receiver": self.tr("Interpretation receiver"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        edit_captions = {
            "first_name": self.tr("&First name"),
            "last_name": self.tr("&Last name"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("&Phone"),
        }
        for key, text in edit_captions.items():
            self.edit_captions[key].setText(text)
            self.editors[key].setAccessibleName(text.replace("&", ""))
        self.history_title.setText(self.tr("&Check-ins, all sessions"))
        self.history_view.setAccessibleName(self.tr("Check-ins of this person"))
        self.qr.setAccessibleName(self.tr("Badge QR code"))
        self.checkin_button.setText(self.tr("Check &in"))
        self.undo_button.setText(self.tr("&Undo check-in"))
        self.override_button.setText(self.tr("&Override (PIN)…"))
        self.reprint_button.setText(self.tr("&Reprint badge…"))
        self.edit_button.setText(self.tr("Co&rrect details…"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_edit_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Back to search"))
        self.history.language = current_language()
        self.history.retranslate()
        self._show_details()

    # --- content -----------------------------------------------------------------------

    @Slot(str)
    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self._update_actions()

    @Slot(str)
    def show_attendee(self, attendee_id: str) -> None:
        self.attendee = self.store.attendee(attendee_id)
        self.last_result = None
        self.message.clear()
        self.cancel_edits()
        self.pin_pad.cancel()
        self._show_details()
        self._load_history()
        self._update_actions()

    def _show_details(self) -> None:
        a = self.attendee
        if a is None:
            self.name.setText(self.tr("Nobody chosen"))
            for value in self.values.values():
                value.clear()
            self.qr.clear()
            self.token.clear()
            return
        self.name.setText(a.full_name)
        status = status_label(a.status)
        note = a.door_note.strip()
        if a.attention:
            note = "⚠ " + (note or self.tr("Attention at the door"))
        printed = self.tr("not yet")
        if a.badge_printed_at is not None:
            tz = self._tz()
            moment = a.badge_printed_at.astimezone(tz) if tz else a.badge_printed_at
            printed = moment.strftime("%d/%m %H:%M")
        if is_online_only(a):  # made from a meeting's participants report
            status = self.tr("%1 · online only (not on the registration list)") \
                .replace("%1", status)
        values = {
            "organisation": a.organisation,
            "country": a.country,
            "category": category_label(a.category),
            "language": language_label(a.language),
            "email": a.email,
            "phone": a.phone,
            "reg_no": a.reg_no,
            "status": status,
            "door_note": note,
            "badge": printed,
            "receiver": self._receivers(a),
        }
        for key, text in values.items():
            self.values[key].setText(text or "—")
        self.qr.setPixmap(qr_pixmap(a.token, QR_SIDE))
        self.token.setText(tokens.grouped(a.token))

    def _receivers(self, a) -> str:
        """The interpretation receivers this person holds, since when (a read)."""
        from checkin.receivers import held_by

        tz = self._tz()
        return ", ".join(
            self.tr("%1 (since %2)").replace("%1", loan.receiver_id).replace(
                "%2", (loan.lent_at.astimezone(tz) if tz else loan.lent_at).strftime("%H:%M"))
            for loan in held_by(self.store, a.id))

    def _tz(self):
        try:
            return self.reception.event.tz
        except NoEvent:
            return None

    def _load_history(self) -> None:
        if self.attendee is None:
            self.history.set_rows([])
            return
        self.history.set_history(
            self.store.checkins(attendee_id=self.attendee.id), self.store.sessions(), self._tz()
        )

    def _selected_checkin(self):
        rows = self.history_view.selectionModel().selectedRows()
        return self.history.data(rows[0], RecordRole) if rows else None

    def _undo_target(self):
        """The check-in "undo" undoes: the history row chosen, else the person's last valid
        check-in (no need to find and click it first)."""
        chosen = self._selected_checkin()
        if chosen is not None:
            return None if chosen.voided else chosen
        valid = [self.history.data(self.history.index(row, 0), RecordRole)
                 for row in range(self.history.rowCount())]
        valid = [c for c in valid if c is not None and not c.voided]
        return max(valid, key=lambda c: c.at) if valid else None

    def _update_actions(self) -> None:
        have = self.attendee is not None
        self.checkin_button.setEnabled(have and bool(self.session_id))
        target = self._undo_target() if have else None
        self.undo_button.setEnabled(target is not None)
        if target is None:
            self.undo_button.setToolTip(self.tr("No check-in to undo for this person."))
        else:
            session = self.store.session(target.session_id)
            name = session.name(current_language()) if session else target.session_id
            self.undo_button.setToolTip(
                self.tr("Undoes the check-in to %1 at %2 (or choose another row)")
                .replace("%1", name)
                .replace("%2", format_time(target.at, self._tz() or target.at.tzinfo,
                                           current_language())))
        self.override_button.setEnabled(
            have and self.last_result is not None and self.last_result.override_allowed
        )
        self.reprint_button.setEnabled(have and self.print_badge is not None)
        self.edit_button.setEnabled(have)

    # --- actions -------------------------------------------------------------------------

    @Slot()
    def check_in(self, *, override: bool = False) -> None:
        """Check the person into the session; the answer shows when it is on disk."""
        if self.attendee is None or not self.session_id:
            return
        self.admission.admit(self.session_id, attendee_id=self.attendee.id,
                             method=Method.SEARCH, override=override,
                             on_done=self._on_admitted, on_error=self._on_failed)

    def _on_admitted(self, result: AdmitResult) -> None:
        self.last_result = result
        self.message.say(lambda: self._describe(result))
        self._load_history()
        self._update_actions()
        self.checked_in.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.message.say(lambda: self.tr("Not recorded: %1").replace("%1", str(error)))

    def _describe(self, result: AdmitResult) -> str:
        said = outcome_words(result, tz=self._tz(), station_id=self.store.station_id)
        parts = [said.headline + ".", said.note, said.explanation, said.advice]
        return " ".join(p for p in parts if p)

    @Slot()
    def undo_selected(self) -> None:
        chosen = self._undo_target()
        if chosen is None:
            return
        self.undo_button.setEnabled(False)

        def done(_checkin) -> None:
            self.message.say(lambda:
                self.tr("Check-in undone. It stays in the history, struck through."))
            self._load_history()
            self._update_actions()
            self.undone.emit(chosen.uuid)

        self.admission.undo(chosen.uuid, on_done=done, on_error=self._on_failed)

    @Slot()
    def ask_override(self) -> None:
        if self.last_result is None or not self.last_result.override_allowed:
            return
        self.pin_pad.ask("override")

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == "override":
            self.check_in(override=True)

    @Slot()
    def reprint(self) -> None:
        if self.attendee is None or self.print_badge is None:
            return
        person = self.attendee.id
        if not self.print_badge(self.attendee, self):
            return

        def done(_none) -> None:
            if self.attendee is not None and self.attendee.id == person:
                self.attendee = self.store.attendee(person)
                self._show_details()
            self.message.say(lambda: self.tr("Badge sent to the printer."))
            self.badge_printed.emit(person)

        self.admission.run(self.store.mark_badges_printed, [person], on_done=done,
                           on_error=self._on_failed)

    # --- corrections ---------------------------------------------------------------------

    @Slot()
    def start_editing(self) -> None:
        if self.attendee is None:
            return
        for key, editor in self.editors.items():
            editor.setText(getattr(self.attendee, key))
        self.edit_error.clear()
        self.edit_box.show()
        self.editors["first_name"].setFocus()

    @Slot()
    def cancel_edits(self) -> None:
        self.edit_box.hide()
        self.edit_error.clear()

    @Slot()
    def save_edits(self) -> bool:
        a = self.attendee
        if a is None:
            return False
        values = {key: editor.text().strip() for key, editor in self.editors.items()}
        problems = validate(
            WalkInForm(values["first_name"], values["last_name"], a.organisation, a.country,
                       a.category, a.language, values["email"], values["phone"])
        )
        # An imported person may have no contact at all; only what was typed is checked.
        problems = tuple(p for p in problems if p.problem is not Problem.NO_CONTACT)
        if problems:
            self.edit_error.setText(self._problem_text(problems[0].field))
            return False
        corrected = replace(a, first_name=values["first_name"], last_name=values["last_name"],
                            email=values["email"], phone=values["phone"])
        self.cancel_edits()
        if corrected == a:
            return True

        def done(_none) -> None:
            saved = self.store.attendee(a.id)
            if self.attendee is not None and self.attendee.id == a.id:
                self.attendee = saved
                self._show_details()
            self.message.say(lambda: self.tr("Saved here; sent to the server at the next sync."))
            self.attendee_saved.emit(saved)

        # A local change that sync pushes later (outbox=True).
        self.admission.run(self.store.upsert_attendees, [corrected], outbox=True,
                           on_done=done, on_error=self._on_failed)
        return True

    def _problem_text(self, field: Field) -> str:
        return {
            Field.FIRST_NAME: self.tr("The first name is needed."),
            Field.LAST_NAME: self.tr("The last name is needed."),
            Field.EMAIL: self.tr("This e-mail address does not look right."),
            Field.PHONE: self.tr("This phone number does not look right."),
        }.get(field, self.tr("Please check the details."))
