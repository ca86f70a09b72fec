"""The event's few fields as a form: code, titles in French and English, the venue's time
zone, first and last days, venue.

The form only gathers and shows: :func:`checkin.events.make_event` checks the fields (the
same checks as ``checkin event new``), and each problem it finds is shown beside its field,
in the window's language. Used by the first screen of an empty station, and by Settings to
edit the event later.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.model import Event
from checkin.ui.i18n import RetranslatesOnLanguageChange
from checkin.ui.labels import set_accessible_name

# checkin.events (and the programme and spreadsheet readers behind it) loads with the first
# form shown, not with the window: Settings makes its conference box at every launch.

FALLBACK_TIMEZONE = "Africa/Bujumbura"
FIELDS = ("code", "title_fr", "title_en", "timezone", "start_date", "end_date", "venue")


def machine_timezone() -> str:
    """This computer's IANA zone (Qt names it on Windows too), or Bujumbura's when the
    computer does not say or only says UTC (a laptop nobody set up)."""
    from checkin.events import check_timezone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    if not name or name in ("UTC", "Etc/UTC", "GMT") or check_timezone(name):
        return FALLBACK_TIMEZONE
    return name


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class EventForm(RetranslatesOnLanguageChange, QWidget):
    """``checked_event()`` returns the checked :class:`Event`, or None after showing what is wrong."""

    # something was typed: the caller may clear a message of its own
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("event_form")
        self.event_id: str | None = None  # kept by an edit
        self.code_locked = False  # people have badges: the code cannot change
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.title_fr = QLineEdit()
        self.title_en = QLineEdit()
        for line in (self.title_fr, self.title_en):
            line.setMaxLength(300)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        from checkin.events import timezones

        self.timezone.addItems(timezones())
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.timezone.setCurrentText(machine_timezone())
        start = _qdate(today or date.today())
        self.start_date = QDateEdit(start)
        self.end_date = QDateEdit(start)
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        # A one-day event by default: moving the first day moves the last while they match.
        self.start_date.dateChanged.connect(self._follow_start)
        self._start = start
        self.venue = QLineEdit()
        self.venue.setMaxLength(200)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name, widget in zip(FIELDS, (self.code, self.title_fr, self.title_en,
                                         self.timezone, self.start_date, self.end_date,
                                         self.venue), strict=False):
            widget.setObjectName(f"event_{name}")
            caption, error = QLabel(), QLabel()
            caption.setBuddy(widget)
            error.setObjectName("field_error")
            error.setStyleSheet("color: #b71c1c;")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, column)
            self.captions[name], self.errors[name], self.inputs[name] = caption, error, widget
            signal = getattr(widget, "textEdited", None) or getattr(widget, "dateChanged", None)
            if signal is not None:
                signal.connect(lambda *_a, n=name: self._clear(n))
        self.timezone.currentTextChanged.connect(lambda _t: self._clear("timezone"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("event_hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.retranslate_ui()

    # --- values ------------------------------------------------------------------------------

    def set_event(self, event: Event, *, code_locked: bool = False) -> None:
        """Show an event to edit; ``code_locked`` when people already have badges."""
        self.event_id = event.id
        self.code.setText(event.code)
        self.code_locked = code_locked
        self.code.setReadOnly(code_locked)
        self.title_fr.setText(event.title_fr)
        self.title_en.setText(event.title_en)
        self.timezone.setCurrentText(event.timezone)
        self.start_date.blockSignals(True)
        self.start_date.setDate(_qdate(event.start_date))
        self._start = self.start_date.date()
        self.start_date.blockSignals(False)
        self.end_date.setDate(_qdate(event.end_date))
        self.venue.setText(event.venue)
        for line in (self.code, self.title_fr, self.title_en, self.venue):
            line.setCursorPosition(0)  # a long title shows its beginning
        for name in FIELDS:
            self._clear(name)
        self.retranslate_ui()

    def values(self) -> dict:
        return {
            "code": self.code.text(),
            "title_fr": self.title_fr.text(),
            "title_en": self.title_en.text(),
            "timezone": self.timezone.currentText(),
            "start_date": _pydate(self.start_date.date()),
            "end_date": _pydate(self.end_date.date()),
            "venue": self.venue.text(),
        }

    def checked_event(self) -> Event | None:
        """The checked event; None when a field is wrong (each message is then shown)."""
        from checkin.events import EventInvalid, make_event

        for name in FIELDS:
            self._clear(name)
        try:
            return make_event(**self.values(), event_id=self.event_id)
        except EventInvalid as invalid:
            self.show_problems(invalid)
            return None

    def show_problems(self, invalid) -> None:
        """Each problem of a :class:`checkin.events.EventInvalid` beside its field."""
        first = None
        for problem in invalid.problems:
            name = problem.field if problem.field in self.errors else "code"
            label = self.errors[name]
            label.setText(self._words(problem.field, problem.message))
            label.setToolTip(problem.message)  # the core's own words, for a bug report
            label.show()
            first = first or name
        if first is not None:
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def _words(self, name: str, message: str) -> str:
        """The problem in the window's language; the core says it in English."""
        if name == "code":
            if "cannot change" in message:
                return self.tr("The code cannot change once people have badges: every badge "
                               "carries it.")
            return self.tr("2 to 12 letters or digits, without spaces (e.g. IMC26).")
        if name in ("title_fr", "title_en"):
            if "too long" in message:
                return self.tr("This title is too long.")
            return self.tr("Give the conference a title, in French or in English.")
        if name == "timezone":
            return self.tr("Unknown time zone: choose one from the list (e.g. "
                           "Africa/Bujumbura).")
        if name == "end_date":
            if self.end_date.date() < self.start_date.date():
                return self.tr("The last day is before the first.")
            return self.tr("More than a year between the first and last days: check them.")
        if name == "start_date":
            return self.tr("The first day is missing.")
        return self.tr("This is too long.")

    def _clear(self, name: str) -> None:
        self.errors[name].clear()
        self.errors[name].hide()
        self.edited.emit()

    def _follow_start(self, start: QDate) -> None:
        if self.end_date.date() == self._start or self.end_date.date() < start:
            self.end_date.setDate(start)
        self._start = start

    # --- languages ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        words = {
            "code": self.tr("Event &code"),
            "title_fr": self.tr("Title in &French"),
            "title_en": self.tr("Title in &English"),
            "timezone": self.tr("&Time zone"),
            "start_date": self.tr("&First day"),
            "end_date": self.tr("&Last day"),
            "venue": self.tr("&Venue"),
        }
        for name, text in words.items():
            self.captions[name].setText(text)
            set_accessible_name(self.inputs[name], text.replace("&", ""))
        self.code.setPlaceholderText(self.tr("e.g. IMC26"))
        self.code.setToolTip(self.tr("Printed at the start of every badge code; it cannot "
                                     "change once badges are printed."))
        self.title_fr.setPlaceholderText(self.tr("e.g. Conférence internationale de la "
                                                 "mutualité"))
        self.title_en.setPlaceholderText(self.tr("e.g. International Mutualist Conference "
                                                 "(the French title if empty)"))
        self.venue.setPlaceholderText(self.tr("e.g. Hôtel Club du Lac Tanganyika, Bujumbura"))
        self.hint.setText(self.tr("The code cannot change once badges are printed.")
                          if not self.code_locked else
                          self.tr("People have badges already: the code stays as it is."))
