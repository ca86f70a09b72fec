"""The programme in Settings: import it from a spreadsheet, and add, edit or remove sessions
by hand, behind the staff PIN.

The sessions are checked by :func:`checkin.programme.make_session`, the same function the
file import calls, so a session typed here and one read from a spreadsheet are refused for the
same reasons (no name, an end before the start, an unknown category…); each problem shows
beside its field. Saving and removing run on the station's writer thread
(:func:`checkin.programme.save_session`, :func:`~checkin.programme.remove_session`), which
also queues the change for the sync source. A session that has check-ins cannot be removed:
the box says so, and why, instead of offering the button.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.model import Category, Event, Session
from checkin.reception import ReceptionError
from checkin.store import Store, StoreError
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange, current_language
from checkin.ui.labels import category_label, set_accessible_name
from checkin.ui.pin import PinPad, StaffPin

EDIT_PURPOSE = "edit_programme"


def _field_error() -> QLabel:
    label = QLabel()
    label.setObjectName("field_error")
    label.setStyleSheet("color: #b71c1c;")
    label.setWordWrap(True)
    label.hide()
    return label


class SessionDialog(RetranslatesOnLanguageChange, QDialog):
    """One session's fields. ``checked_session()`` returns the checked :class:`Session`, or
    None after showing each problem beside its field."""

    def __init__(self, event: Event, taken_ids: set[str], session: Session | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("session_dialog")
        self.conference = event
        self.taken_ids = set(taken_ids)
        self.editing = session
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}

        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(64)
        self.name_fr = QLineEdit()
        self.name_en = QLineEdit()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.room = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.category_boxes: dict[Category, QCheckBox] = {}
        categories = QWidget()
        grid = QGridLayout(categories)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, category in enumerate(Category):
            box = QCheckBox()
            box.setObjectName(f"session_category_{category.value}")
            self.category_boxes[category] = box
            grid.addWidget(box, i // 3, i % 3)
        self.registration = QCheckBox()
        self.reentry = QCheckBox()

        form = QFormLayout()
        rows = (("id", self.id_edit), ("name_fr", self.name_fr), ("name_en", self.name_en),
                ("day", self.day), ("start", self.start), ("end", self.end),
                ("room", self.room), ("capacity", self.capacity),
                ("categories", categories))
        for name, widget in rows:
            widget.setObjectName(widget.objectName() or f"session_{name}")
            caption, error = QLabel(), _field_error()
            caption.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, column)
            self.captions[name], self.errors[name] = caption, error
        form.addRow(self.registration)
        form.addRow(self.reentry)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("session_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.result_session: Session | None = None
        self._fill(session)
        self.retranslate_ui()

    def _fill(self, session: Session | None) -> None:
        event = self.conference
        if session is None:
            self.day.setDate(QDate(event.start_date.year, event.start_date.month,
                                   event.start_date.day))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(10, 0))
            return
        start, end = event.local(session.starts_at), event.local(session.ends_at)
        self.id_edit.setText(session.id)
        self.id_edit.setReadOnly(True)  # check-ins and registrations refer to it
        self.name_fr.setText(session.name_fr)
        self.name_en.setText(session.name_en if session.name_en != session.name_fr else "")
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self._end_day = end.date() if end.date() != start.date() else None
        self.room.setText(session.room)
        self.capacity.setValue(session.capacity or 0)
        for value, box in self.category_boxes.items():
            box.setChecked(value in session.categories)
        self.registration.setChecked(session.registration_required)
        self.reentry.setChecked(session.allow_multiple_entries)

    def checked_session(self) -> Session | None:
        from checkin.programme import SessionInvalid, make_session, new_session_id

        for label in self.errors.values():
            label.clear()
            label.hide()
        self.message.clear()
        day = self.day.date()
        start, end = self.start.time(), self.end.time()
        given_id = self.id_edit.text().strip()
        name = self.name_fr.text().strip() or self.name_en.text().strip()
        session_id = given_id
        if not session_id:
            # Made from the name; with no name either, only the missing name is reported.
            session_id = new_session_id(name, self.taken_ids) if name else "session"
        if self.editing is None and given_id and given_id in self.taken_ids:
            self._show("id", self.tr("This id is taken by another session of the programme."))
            return None
        end_day = getattr(self, "_end_day", None)
        try:
            session = make_session(
                self.conference, session_id=session_id,
                name_fr=self.name_fr.text(), name_en=self.name_en.text(),
                day=date(day.year(), day.month(), day.day()),
                start=time(start.hour(), start.minute()), end=time(end.hour(), end.minute()),
                end_day=end_day, room=self.room.text(), capacity=self.capacity.value() or None,
                categories=[v for v, box in self.category_boxes.items() if box.isChecked()],
                registration_required=self.registration.isChecked(),
                allow_multiple_entries=self.reentry.isChecked(),
                # pretix's two flags are not in this form: an edit keeps them as they are
                allow_entry_after_exit=(self.editing.allow_entry_after_exit
                                        if self.editing else True),
                accept_unpaid=bool(self.editing and self.editing.accept_unpaid),
            )
        except SessionInvalid as invalid:
            for problem in invalid.problems:
                self._show(problem.field, self._words(problem.field, problem.message))
            return None
        return session

    def _words(self, name: str, message: str) -> str:
        """The core's problem in the window's language."""
        if name == "id":
            return self.tr("An id cannot hold a comma, a semicolon or a '|', nor be longer "
                           "than 64 characters.")
        if name in ("name_fr", "name_en"):
            if "too long" in message:
                return self.tr("This name is too long.")
            return self.tr("The session needs a name, in French or in English.")
        if name == "end":
            return self.tr("It ends before it starts.")
        if name == "room":
            return self.tr("This is too long.")
        if name == "categories":
            return self.tr("Unknown category.")
        if name == "capacity":
            return self.tr("This capacity is not possible.")
        return message

    def _show(self, name: str, text: str) -> None:
        label = self.errors.get(name)
        if label is None:
            self.message.setText(text)
            return
        label.setText(text)
        label.show()

    @Slot()
    def _on_save(self) -> None:
        session = self.checked_session()
        if session is not None:
            self.result_session = session
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit the session") if self.editing
                            else self.tr("A new session"))
        words = {
            "id": self.tr("&Id"), "name_fr": self.tr("Name in &French"),
            "name_en": self.tr("Name in &English"), "day": self.tr("&Day"),
            "start": self.tr("&Start"), "end": self.tr("E&nd"), "room": self.tr("&Room"),
            "capacity": self.tr("&Capacity"), "categories": self.tr("&Who may enter"),
        }
        for name, text in words.items():
            self.captions[name].setText(text)
        for widget, name in ((self.id_edit, "id"), (self.name_fr, "name_fr"),
                             (self.name_en, "name_en"), (self.day, "day"),
                             (self.start, "start"), (self.end, "end"), (self.room, "room"),
                             (self.capacity, "capacity")):
            set_accessible_name(widget, words[name].replace("&", ""))
        self.id_edit.setPlaceholderText(self.tr("made from the name if empty"))
        self.name_en.setPlaceholderText(self.tr("the French name if empty"))
        self.capacity.setSpecialValueText(self.tr("no limit"))
        for value, box in self.category_boxes.items():
            box.setText(category_label(value))
        self.captions["categories"].setToolTip(self.tr("None ticked: everyone may enter."))
        self.registration.setText(self.tr("Only people &registered for it (a workshop)"))
        self.reentry.setText(self.tr("Re-entry &allowed (a second scan is green)"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))


class ProgrammeBox(RetranslatesOnLanguageChange, QGroupBox):
    """Settings' "Programme" box: import, and the session editor behind the staff PIN."""

    sessions_changed = Signal()
    imported = Signal(object)  # the ProgrammeReport written

    def __init__(self, store: Store, pin: StaffPin, admission: Admission, *,
                 choose_file: Callable[[QWidget], Path | None] | None = None,
                 ask_confirm: Callable[[QWidget, str], bool] | None = None,
                 choose_save: Callable[[QWidget], Path | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("programme_box")
        self.choose_save = choose_save or ProgrammeBox._ask_save
        self.store = store
        self.admission = admission
        self.choose_file = choose_file or ProgrammeBox._ask_file
        self.ask_confirm = ask_confirm or ProgrammeBox._confirm
        self.unlocked = False
        self.sessions: list[tuple[Session, int]] = []  # with their check-in counts
        self.conference: Event | None = None
        self.import_dialog = None
        self.editor: SessionDialog | None = None
        self._select_after: str | None = None

        self.import_button = QPushButton()
        self.import_button.setObjectName("import_programme")
        self.import_button.clicked.connect(self.import_programme)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_programme")
        self.export_button.clicked.connect(self.export_programme)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("programme_sessions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_session())
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("programme_unlock")
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.add_button = QPushButton()
        self.add_button.setObjectName("session_add")
        self.add_button.clicked.connect(self.add_session)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("session_edit")
        self.edit_button.clicked.connect(self.edit_session)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("session_remove")
        self.remove_button.clicked.connect(self.remove_session)
        self.message = QLabel()
        self.message.setObjectName("programme_message")
        self.message.setWordWrap(True)
        self.pin_pad = PinPad(pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.import_status, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.pin_pad, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()
        self._show_buttons()

    # --- the list ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the programme and its check-in counts (on the writer thread, in order after
        any write queued before)."""
        store = self.store

        def read():
            return store.event(), [(s, store.checkin_count(s.id)) for s in store.sessions()]

        self.admission.run(read, on_done=self._on_loaded, on_error=self._on_failed)

    def _on_loaded(self, loaded) -> None:
        self.conference, self.sessions = loaded
        selected = self._select_after or getattr(self.selected(), "id", None)
        self._select_after = None
        self._fill()
        if selected is not None:
            self.select(selected)
        self._show_buttons()

    def _fill(self) -> None:
        language = current_language()
        event = self.conference
        self.table.setRowCount(len(self.sessions))
        for row, (session, count) in enumerate(self.sessions):
            start = event.local(session.starts_at) if event else session.starts_at
            end = event.local(session.ends_at) if event else session.ends_at
            who = ", ".join(category_label(c) for c in session.categories)
            if session.registration_required:
                who = " · ".join(w for w in (who, self.tr("registered only")) if w)
            who = who or self.tr("everyone")
            cells = (
                start.strftime("%d/%m/%Y"),
                f"{start:%H:%M}–{end:%H:%M}",
                session.name(language),
                session.room,
                str(session.capacity) if session.capacity else "",
                who,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, session.id)
                if column == 2 and count:
                    item.setToolTip(self.tr("%n check-in(s)", "", count))
                self.table.setItem(row, column, item)

    def selected(self) -> Session | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sessions) and self.table.selectionModel().hasSelection():
            return self.sessions[row][0]
        return None

    def select(self, session_id: str) -> None:
        for row, (session, _count) in enumerate(self.sessions):
            if session.id == session_id:
                self.table.selectRow(row)
                return

    def _count(self, session_id: str) -> int:
        return next((n for s, n in self.sessions if s.id == session_id), 0)

    def _show_buttons(self) -> None:
        session = self.selected()
        self.unlock_button.setVisible(not self.unlocked)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(self.unlocked)
        self.add_button.setEnabled(self.conference is not None)
        self.edit_button.setEnabled(session is not None)
        used = self._count(session.id) if session is not None else 0
        self.remove_button.setEnabled(session is not None and not used)
        if self.unlocked and session is not None and used:
            self.remove_button.setToolTip(self.tr(
                "%n check-in(s) in this session: it stays in the programme, so that its "
                "attendance stays whole.", "", used))
        else:
            self.remove_button.setToolTip("")

    # --- the PIN -----------------------------------------------------------------------------

    @Slot()
    def ask_unlock(self) -> None:
        self.message.clear()
        self.pin_pad.ask(EDIT_PURPOSE)

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == EDIT_PURPOSE:
            self.unlocked = True
            self._show_buttons()

    def lock(self) -> None:
        """Ask the PIN again next time (Settings was left)."""
        self.unlocked = False
        if self.pin_pad.isVisible():
            self.pin_pad.cancel()
        self._show_buttons()

    # --- editing -----------------------------------------------------------------------------

    def _taken(self) -> set[str]:
        return {s.id for s in self.store.sessions(removed=True)}

    @Slot()
    def add_session(self) -> SessionDialog | None:
        if not self.unlocked or self.conference is None:
            return None
        return self._open_editor(self.conference, None)

    @Slot()
    def edit_session(self) -> SessionDialog | None:
        session = self.selected()
        if not self.unlocked or session is None or self.conference is None:
            return None
        return self._open_editor(self.conference, session)

    def _open_editor(self, conference: Event, session: Session | None) -> SessionDialog:
        dialog = SessionDialog(conference, self._taken(), session, self)
        dialog.accepted.connect(lambda: self._save(dialog.result_session))
        self.editor = dialog
        dialog.open()
        return dialog

    def _save(self, session: Session | None) -> None:
        if session is None:
            return
        from checkin.programme import save_session

        store = self.store
        self.message.setText(self.tr("Saving…"))
        self.admission.run(save_session, store, session,
                       on_done=lambda warnings: self._on_saved(session, warnings),
                       on_error=self._on_failed)

    def _on_saved(self, session: Session, warnings: list[str]) -> None:
        text = self.tr("“%1” is saved.").replace("%1", session.name(current_language()))
        overlapping = [w for w in warnings if w.startswith("overlaps")]
        if overlapping:
            text += " " + self.tr("Warning: another session is in the same room at the same "
                                  "time.")
        if any("outside" in w for w in warnings):
            text += " " + self.tr("Warning: this day is outside the conference's days.")
        self.message.setText(text)
        self.sessions_changed.emit()
        self._select_after = session.id
        self.load()

    @Slot()
    def remove_session(self) -> None:
        session = self.selected()
        if not self.unlocked or session is None:
            return
        name = session.name(current_language())
        used = self._count(session.id)
        if used:
            self.message.setText(self.tr(
                "“%1” cannot be removed: %n check-in(s) were made in it, and removing it "
                "would take them out of the attendance. Change its times or its name "
                "instead.", "", used).replace("%1", name))
            return
        if not self.ask_confirm(self, self.tr("Remove “%1” from the programme?")
                                .replace("%1", name)):
            return
        from checkin.programme import remove_session

        self.admission.run(remove_session, self.store, session.id,
                       on_done=lambda _gone: self._on_removed(name),
                       on_error=self._on_failed)

    def _on_removed(self, name: str) -> None:
        self.message.setText(self.tr("“%1” is removed from the programme.").replace("%1", name))
        self.sessions_changed.emit()
        self.load()

    def _on_failed(self, error: BaseException) -> None:
        from checkin.programme import SessionInUse

        if isinstance(error, SessionInUse):
            self.message.setText(self.tr(
                "This session cannot be removed: check-ins were made in it (perhaps just "
                "now, at another door)."))
            self.load()
            return
        if not isinstance(error, (StoreError, ReceptionError, OSError)):
            raise error
        self.message.setText(self.tr("Not saved: %1").replace("%1", str(error)))
        self.load()

    # --- import ------------------------------------------------------------------------------

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The programme"), "", self.tr("Spreadsheets (*.csv *.xlsx)"))
        return Path(name) if name else None

    def _ask_save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the programme"), self.tr("programme.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        return Path(name) if name else None

    @Slot()
    def export_programme(self) -> None:
        """The programme as a spreadsheet that the import reads back unchanged (to share it,
        or correct it in Excel and import it again)."""
        path = self.choose_save(self)
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        from checkin.programme import export_programme

        self.message.setText(self.tr("Exporting…"))
        self.admission.run(export_programme, self.store, path, language=current_language(),
                           on_done=lambda written: self.message.setText(
                               self.tr("Saved: %1").replace("%1", str(written))),
                           on_error=self._on_failed)

    @staticmethod
    def _confirm(parent: QWidget, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, parent.windowTitle() or "Check-in", question)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def import_programme(self):
        path = self.choose_file(self)
        if path is None:
            return None
        from checkin.ui.import_dialog import PROGRAMME, ImportDialog

        dialog = ImportDialog(self.store, path, self, kind=PROGRAMME, admission=self.admission)
        dialog.imported.connect(self._on_imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _on_imported(self, report) -> None:
        from checkin.ui.import_dialog import count_lines

        counts = count_lines(report)
        self.import_status.setText(
            self.tr("Last import: %1 new, %2 updated.").replace("%1", str(counts["new"]))
            .replace("%2", str(counts["updated"])))
        self.imported.emit(report)
        self.sessions_changed.emit()
        self.load()

    # --- languages ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Programme"))
        self.import_button.setText(self.tr("Import the &programme…"))
        self.export_button.setText(self.tr("E&xport the programme…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Time"), self.tr("Session"), self.tr("Room"),
            self.tr("Capacity"), self.tr("Who may enter")])
        self.table.setAccessibleName(self.tr("Sessions of the programme"))
        self.unlock_button.setText(self.tr("&Edit the sessions (staff PIN)…"))
        self.add_button.setText(self.tr("&Add a session…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.remove_button.setText(self.tr("&Remove"))
        if self.sessions:
            self._fill()
        self._show_buttons()
