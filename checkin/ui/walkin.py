"""Walk-in registration at the desk: a short form, a duplicate warning, then badge and check-in.

Save checks the form (:func:`checkin.walkins.validate`, each problem shown beside its field),
then looks for someone who seems to be here already (:func:`checkin.walkins.find_duplicates`).
If there is one, the page says so and offers that person instead (checked in as found by
search), or to register a new person anyway. Registering creates the attendee with a fresh
badge token (a local change sync pushes later), checks them into the session, and prints the
badge through the ``print_badge`` callable (the system print dialog, or a PDF). The writes
run on the window's writer thread (:class:`~checkin.ui.admission.Admission`); the page shows
the answer when they are on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.model import AdmitResult, Attendee, Category, Language, Method
from checkin.reception import NoEvent, Reception
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange, SpokenLabel
from checkin.ui.labels import category_label, language_label, outcome_words
from checkin.walkins import (
    DuplicateMatch,
    Field,
    FieldProblem,
    MatchReason,
    Problem,
    WalkInForm,
    WalkInResult,
    find_duplicates,
    validate,
)

TEXT_FIELDS = (Field.FIRST_NAME, Field.LAST_NAME, Field.ORGANISATION, Field.COUNTRY,
               Field.EMAIL, Field.PHONE)


class WalkInPage(RetranslatesOnLanguageChange, QWidget):
    registered = Signal(object)  # WalkInResult
    checked_in = Signal(object)  # AdmitResult, for the walk-in or the existing person chosen
    existing_chosen = Signal(str)  # attendee id of the person offered instead

    def __init__(
        self,
        reception: Reception,
        *,
        print_badge: Callable[[Attendee, QWidget], bool] | None = None,
        admission: Admission | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.reception = reception
        self.admission = admission if admission is not None else Admission(reception, self)
        self.store = reception.store
        self.print_badge = print_badge
        self.session_id: str | None = None
        self.matches: list[DuplicateMatch] = []
        self.last_result: WalkInResult | None = None
        self._build()
        self.retranslate_ui()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("walkin_page")
        self.title = QLabel()
        self.title.setObjectName("page_title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.inputs: dict[Field, QLineEdit] = {}
        self.captions: dict[Field, QLabel] = {}
        self.errors: dict[Field, QLabel] = {}
        for field in (*TEXT_FIELDS[:4], Field.CATEGORY, Field.LANGUAGE, *TEXT_FIELDS[4:]):
            caption = QLabel()
            error = QLabel()
            error.setObjectName("form_error")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            editor: QComboBox | QLineEdit
            if field is Field.CATEGORY:
                editor = self.category = QComboBox()
                for c in Category:
                    editor.addItem(c.value, c.value)
            elif field is Field.LANGUAGE:
                editor = self.language = QComboBox()
                for language in Language:
                    editor.addItem(language.value, language.value)
            else:
                editor = QLineEdit()
                editor.setMaxLength(200)
                self.inputs[field] = editor
            editor.setObjectName(f"walkin_{field.value}")
            caption.setBuddy(editor)
            self.captions[field], self.errors[field] = caption, error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            form.addRow(caption, column)
        self.inputs[Field.EMAIL].setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.inputs[Field.PHONE].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        for line_edit in self.inputs.values():
            line_edit.returnPressed.connect(self.save)

        # the duplicate warning, shown only when someone seems to be here already
        self.duplicate_box = QWidget()
        self.duplicate_box.setObjectName("duplicate_warning")
        self.duplicate_title = QLabel()
        self.duplicate_title.setWordWrap(True)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setMaximumHeight(120)
        self.duplicate_list.itemActivated.connect(lambda _item: self.use_existing())
        self.duplicate_title.setBuddy(self.duplicate_list)
        self.use_existing_button = QPushButton()
        self.use_existing_button.setObjectName("use_existing")
        self.use_existing_button.clicked.connect(self.use_existing)
        self.register_anyway_button = QPushButton()
        self.register_anyway_button.setObjectName("register_anyway")
        self.register_anyway_button.clicked.connect(self.register_anyway)
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.use_existing_button)
        dup_buttons.addWidget(self.register_anyway_button)
        dup_buttons.addStretch()
        dup_layout = QVBoxLayout(self.duplicate_box)
        dup_layout.addWidget(self.duplicate_title)
        dup_layout.addWidget(self.duplicate_list)
        dup_layout.addLayout(dup_buttons)
        self.duplicate_box.hide()

        self.message = SpokenLabel()
        self.message.setObjectName("walkin_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("walkin_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch()
        order = [self.inputs[Field.FIRST_NAME], self.inputs[Field.LAST_NAME],
                 self.inputs[Field.ORGANISATION], self.inputs[Field.COUNTRY], self.category,
                 self.language, self.inputs[Field.EMAIL], self.inputs[Field.PHONE],
                 self.duplicate_list, self.use_existing_button, self.register_anyway_button,
                 self.clear_button, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.inputs[Field.FIRST_NAME])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Walk-in"))
        self.title.setText(self.tr("Register a walk-in"))
        self.intro.setText(self.tr(
            "For a person who is not on the list. Saving prints the badge and checks them "
            "into the current session."))
        captions = {
            Field.FIRST_NAME: self.tr("&First name"),
            Field.LAST_NAME: self.tr("&Last name"),
            Field.ORGANISATION: self.tr("&Organisation"),
            Field.COUNTRY: self.tr("C&ountry"),
            Field.CATEGORY: self.tr("Ca&tegory"),
            Field.LANGUAGE: self.tr("Lan&guage"),
            Field.EMAIL: self.tr("&E-mail"),
            Field.PHONE: self.tr("&Phone"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
            editor = self.inputs.get(field) or (
                self.category if field is Field.CATEGORY else self.language)
            editor.setAccessibleName(text.replace("&", ""))
        for i in range(self.category.count()):
            self.category.setItemText(i, category_label(self.category.itemData(i)))
        for i in range(self.language.count()):
            self.language.setItemText(i, language_label(self.language.itemData(i)))
        self.inputs[Field.EMAIL].setPlaceholderText(self.tr("an e-mail or a phone is needed"))
        self.save_button.setText(self.tr("&Save, print badge and check in"))
        self.clear_button.setText(self.tr("&Clear the form"))
        self.use_existing_button.setText(self.tr("&Yes, it is this person: check them in"))
        self.register_anyway_button.setText(self.tr("&No, register a new person"))
        self.duplicate_list.setAccessibleName(self.tr("People already on the list"))
        if self.matches:
            self._show_matches()

    # --- state ---------------------------------------------------------------------------

    @Slot(str)
    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id

    def form(self) -> WalkInForm:
        text = {field: editor.text() for field, editor in self.inputs.items()}
        return WalkInForm(
            first_name=text[Field.FIRST_NAME],
            last_name=text[Field.LAST_NAME],
            organisation=text[Field.ORGANISATION],
            country=text[Field.COUNTRY],
            category=self.category.currentData(),
            language=self.language.currentData(),
            email=text[Field.EMAIL],
            phone=text[Field.PHONE],
        )

    @Slot()
    def clear(self) -> None:
        for editor in self.inputs.values():
            editor.clear()
        self.category.setCurrentIndex(0)
        self.language.setCurrentIndex(0)
        self._show_problems(())
        self._hide_matches()
        self.inputs[Field.FIRST_NAME].setFocus()

    # --- saving --------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Check, look for the same person, then register (or ask first)."""
        self.message.clear()
        problems = validate(self.form())
        self._show_problems(problems)
        if problems:
            return
        if not self.session_id:
            self.message.say(lambda: self.tr("Choose the session first."))
            return
        self.matches = find_duplicates(self.store, self.form())
        if self.matches:
            self._show_matches()
            return
        self._register(self.session_id)

    @Slot()
    def register_anyway(self) -> None:
        self._hide_matches()
        if not validate(self.form()) and self.session_id:
            self._register(self.session_id)

    @Slot()
    def use_existing(self) -> None:
        item = self.duplicate_list.currentItem() or self.duplicate_list.item(0)
        if item is None or not self.session_id:
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        self._hide_matches()

        def done(result: AdmitResult) -> None:
            self.message.say(lambda: self._outcome_text(result, result.attendee))
            self.existing_chosen.emit(person)
            self.checked_in.emit(result)
            self.clear_form_fields()

        self.admission.admit(self.session_id, attendee_id=person, method=Method.SEARCH,
                             on_done=done, on_error=self._on_failed)

    def _register(self, session_id: str) -> None:
        self.save_button.setEnabled(False)  # one person per click, even on a slow disk
        self.admission.register_walk_in(self.form(), session_id,
                                        on_done=self._on_registered, on_error=self._on_failed)

    def _on_registered(self, result: WalkInResult) -> None:
        self.last_result = result
        self.save_button.setEnabled(True)
        printed = self.print_badge is not None and bool(self.print_badge(result.attendee, self))
        if printed:
            self.admission.run(self.store.mark_badges_printed, [result.attendee.id],
                               on_done=lambda _none: self._registered(result, True),
                               on_error=self._on_failed)
        else:
            self._registered(result, False)

    def _registered(self, result: WalkInResult, printed: bool) -> None:
        def text() -> str:
            said = self._outcome_text(result.admission, result.attendee)
            if self.print_badge is not None and not printed:
                said += " " + self.tr(
                    "The badge was not printed: reprint it from the person's details.")
            return said

        self.message.say(text)
        self.registered.emit(result)
        self.checked_in.emit(result.admission)
        self.clear_form_fields()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.say(lambda: self.tr("Not recorded: %1").replace("%1", str(error)))

    def clear_form_fields(self) -> None:
        for editor in self.inputs.values():
            editor.clear()
        self.inputs[Field.FIRST_NAME].setFocus()

    def _outcome_text(self, result: AdmitResult, attendee: Attendee | None) -> str:
        name = attendee.full_name if attendee else ""
        said = outcome_words(result, tz=self._tz(), station_id=self.store.station_id)
        if result.admitted:
            text = self.tr("%1 is registered and checked in.").replace("%1", name)
        else:
            text = self.tr("%1 is registered.").replace("%1", name)
        parts = [text, said.headline + ".", said.note, said.explanation]
        if result.override_allowed:
            parts.append(self.tr("Staff may override from the person's details."))
        return " ".join(p for p in parts if p)

    def _tz(self):
        try:
            return self.reception.event.tz
        except NoEvent:
            return None

    # --- showing problems and matches -----------------------------------------------------

    def _show_problems(self, problems: tuple[FieldProblem, ...]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for p in problems:
            label = self.errors[p.field]
            label.setText(self._problem_text(p.problem))
            label.show()
        if problems:
            first = problems[0].field
            widget = self.inputs.get(first) or (
                self.category if first is Field.CATEGORY else self.language)
            widget.setFocus()

    def _problem_text(self, problem: Problem) -> str:
        return {
            Problem.MISSING: self.tr("Needed."),
            Problem.TOO_LONG: self.tr("Too long."),
            Problem.BAD_EMAIL: self.tr("This e-mail address does not look right."),
            Problem.BAD_PHONE: self.tr("This phone number does not look right."),
            Problem.NO_CONTACT: self.tr("Give an e-mail or a phone number."),
            Problem.UNKNOWN_CATEGORY: self.tr("Choose a category."),
            Problem.UNKNOWN_LANGUAGE: self.tr("Choose a language."),
        }[problem]

    def _show_matches(self) -> None:
        self.duplicate_title.setText(self.tr(
            "This person seems to be on the list already. Is it one of these?"))
        self.duplicate_list.clear()
        for m in self.matches:
            reason = {
                MatchReason.SAME_EMAIL: self.tr("same e-mail"),
                MatchReason.SAME_PHONE: self.tr("same phone"),
                MatchReason.SIMILAR_NAME: self.tr("similar name, same organisation"),
            }[m.reason]
            a = m.attendee
            item = QListWidgetItem(f"{a.full_name} — {a.organisation} ({reason})")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.duplicate_list.addItem(item)
        self.duplicate_list.setCurrentRow(0)
        self.duplicate_box.show()
        self.use_existing_button.setFocus()

    def _hide_matches(self) -> None:
        self.matches = []
        self.duplicate_list.clear()
        self.duplicate_box.hide()
