"""Settings' "Conference" box: the event's code, titles, time zone, days and venue, changed in
the window behind the staff PIN.

The same form as the first screen (:class:`~checkin.ui.event_form.EventForm`), checked by the
same core (:func:`checkin.events.edit_event`, run on the writer thread): the code stays as it
is once people have badges, and sessions that now fall outside the conference's days are
said, not refused.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checkin.model import Event
from checkin.store import StoreError
from checkin.ui.admission import Admission
from checkin.ui.event_form import EventForm
from checkin.ui.pin import PinPad, StaffPin
from checkin.ui.settings import SettingsBox

SAVE_PURPOSE = "edit_event"


class EventBox(SettingsBox):
    #: the event was saved (an Event): titles, time zone and days may have changed
    event_changed = Signal(object)

    def __init__(self, store, pin: StaffPin, admission: Admission,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("event_box")
        self.store = store
        self.admission = admission
        self.conference: Event | None = None
        self.form: EventForm | None = None  # made by the first load(): see _form()
        self.save_button = QPushButton()
        self.save_button.setObjectName("event_save")
        self.save_button.clicked.connect(self.ask_save)
        self.message = QLabel()
        self.message.setObjectName("event_message")
        self.message.setWordWrap(True)
        self.pin_pad = PinPad(pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        self._column = layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.pin_pad)
        self.retranslate_ui()
        self._show()

    def _form(self) -> EventForm:
        """The form, made when Settings is first shown (it loads the time zones and the
        event checks; the window's launch need not)."""
        if self.form is None:
            self.form = EventForm()
            self._column.insertWidget(0, self.form)
        return self.form

    def load(self) -> None:
        """Read the event (after the writes queued before) and show it."""
        self._form()
        store = self.store
        self.admission.run(lambda: (store.event(), store.count_attendees()),
                           on_done=self._on_loaded)

    def _on_loaded(self, loaded) -> None:
        self.conference, people = loaded
        if self.conference is not None:
            self._form().set_event(self.conference, code_locked=people > 0)
        self._show()

    def _show(self) -> None:
        if self.form is not None:
            self.form.setEnabled(self.conference is not None)
        self.save_button.setEnabled(self.conference is not None)

    @Slot()
    def ask_save(self) -> None:
        self.message.clear()
        if self._form().checked_event() is None:  # said beside each field: no PIN asked for
            return
        self.pin_pad.ask(SAVE_PURPOSE)

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        if purpose == SAVE_PURPOSE:
            self.save()

    def save(self) -> None:
        """Write the form's fields (the PIN was given)."""
        from checkin.events import edit_event

        form = self._form()
        values = form.values()
        if form.code_locked:
            values.pop("code")
        self.message.setText(self.tr("Saving…"))
        self.admission.run(edit_event, self.store, **values, on_done=self._on_saved,
                           on_error=self._on_failed)

    def _on_saved(self, answer) -> None:
        event, warnings = answer
        self.conference = event
        text = self.tr("The conference is saved.")
        if warnings:
            text += " " + self.tr("%n session(s) now outside the conference's days: check "
                                  "the programme.", "", len(warnings))
        self.message.setText(text)
        self.event_changed.emit(event)
        self.load()

    def _on_failed(self, error: BaseException) -> None:
        from checkin.events import EventInvalid
        from checkin.reception import NoEvent

        if isinstance(error, EventInvalid):
            self.message.clear()
            self._form().show_problems(error)
            return
        if not isinstance(error, (StoreError, NoEvent, OSError)):
            raise error
        self.message.setText(self.tr("Not saved: %1").replace("%1", str(error)))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Conference"))
        self.save_button.setText(self.tr("Save the conference (staff PIN)…"))
