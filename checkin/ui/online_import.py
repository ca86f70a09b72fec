"""Importing an online platform's participants report (Zoom, Microsoft Teams, Webex) for a
session: pick the file, the session and the threshold, read what the import would do, then
record it; and decide the uncertain matches, this report's and earlier ones'.

Each choice runs the core's dry run again (:func:`checkin.online.attendance.plan_import`,
nothing written), so the table always shows what the button will write: who was matched by
e-mail or by name, who becomes an online-only attendee, who stayed too short, and who is
uncertain. "Record" then plans again and applies in one transaction. The uncertain matches
wait in the station's database until the organiser confirms one of the candidates or rejects
them all (the participant then becomes an online-only attendee).

Everything that reads the report or touches the database runs on the window's writer thread
(:class:`~checkin.ui.admission.Admission`): the report readers are imported there too, not
when the window opens. The dashboard opens this dialog behind the staff PIN.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.model import Attendee, Session
from checkin.online.records import ReviewStatus
from checkin.reception import NoEvent, Reception
from checkin.store import StoreError
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange, SpokenLabel, current_language
from checkin.ui.table_models import _RecordModel


def _known_failures() -> tuple[type[BaseException], ...]:
    from checkin.online.attendance import OnlineError
    from checkin.online.readers import ReportError

    return (ReportError, OnlineError, StoreError, OSError)


class MatchWords(QObject):
    """The matcher's reasons (:mod:`checkin.online.matching`, English) in the window's
    language."""

    def why(self, text: str) -> str:
        found = re.fullmatch(r"(\d+) people have this e-mail address", text)
        if found:
            return self.tr("%n people have this e-mail address", "", int(found.group(1)))
        found = re.fullmatch(r"(\d+) people have this name", text)
        if found:
            return self.tr("%n people have this name", "", int(found.group(1)))
        found = re.fullmatch(r"(\d+) possible people", text)
        if found:
            return self.tr("%n possible people", "", int(found.group(1)))
        found = re.fullmatch(r"names in common: (.+)", text)
        if found:
            return self.tr("names in common: %1").replace("%1", found.group(1))
        found = re.fullmatch(r"one name in common: (.+)", text)
        if found:
            return self.tr("one name in common: %1").replace("%1", found.group(1))
        fixed = {"same e-mail": self.tr("same e-mail"), "same name": self.tr("same name"),
                 "similar spelling": self.tr("similar spelling")}
        return fixed.get(text, text)


def why_words(text: str) -> str:
    return MatchWords().why(text)


def _who(person: Attendee) -> str:
    origin = ", ".join(part for part in (person.organisation, person.country) if part)
    return f"{person.full_name} ({origin})" if origin else person.full_name


class OnlineLinesModel(_RecordModel):
    """One participant of the report per row, and what the import does with them."""

    PARTICIPANT, MINUTES, PRESENT, MATCH, ATTENDEE, WRITTEN = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.applied = False

    def headers(self) -> Sequence[str]:
        return [self.tr("Participant"), self.tr("Minutes"), self.tr("Present"),
                self.tr("Matched"), self.tr("Registrant"), self.tr("Recorded")]

    def how_words(self, how: str) -> str:
        return {
            "email": self.tr("by e-mail"),
            "name": self.tr("by name"),
            "decided": self.tr("as decided before"),
            "kept": self.tr("online only (known)"),
            "uncertain": self.tr("uncertain"),
            "new": self.tr("online only (new)"),
            "below": self.tr("not on the list"),
        }.get(how, how)

    def written_words(self, line) -> str:
        if line.checkin is not None:
            return self.tr("recorded") if self.applied else self.tr("will be recorded")
        if line.already:
            return self.tr("already recorded")
        if line.how == "uncertain" and line.present:
            return self.tr("waits for your decision")
        return self.tr("nothing (too short)") if not line.present else "—"

    def cell(self, line, column: int, role):
        p = line.participant
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PARTICIPANT:
                shown = f"{p.name} <{p.email}>" if p.email else p.name
                joined_as = [n for n in p.names if n != p.name]
                if joined_as:  # Zoom: renamed in the meeting; matched by the first name
                    shown += " " + self.tr("(joined as %1)").replace("%1", joined_as[0])
                return shown
            if column == self.MINUTES:
                return f"{p.minutes:g}"
            if column == self.PRESENT:
                return self.tr("yes") if p.present else self.tr("no")
            if column == self.MATCH:
                return self.how_words(line.how)
            if column == self.ATTENDEE:
                if line.attendee is not None:
                    return line.attendee.full_name
                return " / ".join(f"? {person.full_name}" for person, _why in line.candidates)
            if column == self.WRITTEN:
                return self.written_words(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MATCH \
                and line.how == "uncertain":
            from PySide6.QtGui import QColor

            return QColor("#b26a00")
        return None


class ReviewsModel(_RecordModel):
    """The uncertain matches waiting for a decision, for the session chosen."""

    NUMBER, PARTICIPANT, MINUTES, REASON = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> Sequence[str]:
        return [self.tr("No."), self.tr("Participant"), self.tr("Minutes"), self.tr("Why")]

    def cell(self, review, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(review.id)
            if column == self.PARTICIPANT:
                return f"{review.name} <{review.email}>" if review.email else review.name
            if column == self.MINUTES:
                return f"{review.minutes:g}"
            if column == self.REASON:
                return why_words(review.reason)
        return None


class OnlineImportDialog(RetranslatesOnLanguageChange, QDialog):
    """The report of an online meeting, imported for one session."""

    previewed = Signal(object)  # the dry run's plan (None when the file cannot be read)
    imported = Signal(object)  # the plan written
    decided = Signal(object)  # a decision on an uncertain match
    changed = Signal()  # something was written: the figures are to be refreshed

    def __init__(self, reception: Reception, admission: Admission, *,
                 session_id: str | None = None, path: str | Path | None = None,
                 choose_file: Callable[[QWidget], Path | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.reception = reception
        self.store = reception.store
        self.admission = admission
        self.choose_file = choose_file or self._ask_file
        self.path: Path | None = Path(path) if path else None
        self.plan = None  # the dry run shown, or the import written
        # the report as read for (file, session): a new threshold plans again without reading
        # the file again; choosing a file reads it afresh
        self._read: tuple[tuple[Path, str], object] | None = None
        self.written = False
        self.error = ""
        self.working = False
        self.reviews: list = []
        self.people: dict[str, Attendee] = {}  # the candidates of the uncertain matches
        self._generation = 0  # a newer dry run makes an older answer moot
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_preview)
        self._build()
        self._fill_sessions(session_id)
        self.retranslate_ui()
        self.run_preview(session_threshold=True)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("online_import_dialog")
        self.resize(1040, 680)
        self.file_caption = QLabel()
        self.file = QLineEdit()
        self.file.setObjectName("online_file")
        self.file.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("online_choose")
        self.choose_button.clicked.connect(self.pick_file)
        self.file_caption.setBuddy(self.choose_button)
        self.session_caption = QLabel()
        self.session = QComboBox()
        self.session.setObjectName("online_session")
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session.setMinimumContentsLength(30)
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.session_caption.setBuddy(self.session)
        self.threshold_caption = QLabel()
        self.threshold = QSpinBox()
        self.threshold.setObjectName("online_threshold")
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.valueChanged.connect(lambda _v: self._timer.start())
        self.threshold_caption.setBuddy(self.threshold)
        self.needed = QLabel()
        self.needed.setObjectName("online_needed")
        grid = QGridLayout()
        grid.addWidget(self.file_caption, 0, 0)
        grid.addWidget(self.file, 0, 1, 1, 3)
        grid.addWidget(self.choose_button, 0, 4)
        grid.addWidget(self.session_caption, 1, 0)
        grid.addWidget(self.session, 1, 1)
        grid.addWidget(self.threshold_caption, 1, 2)
        row = QHBoxLayout()
        row.addWidget(self.threshold)
        row.addWidget(self.needed, 1)
        grid.addLayout(row, 1, 3, 1, 2)
        grid.setColumnStretch(1, 1)

        self.heading = QLabel()
        self.heading.setObjectName("online_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("online_summary")
        self.summary.setWordWrap(True)
        self.lines_model = OnlineLinesModel(self)
        self.lines = _table(self.lines_model, "online_lines")
        header = self.lines.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (OnlineLinesModel.PARTICIPANT, OnlineLinesModel.ATTENDEE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.heading.setBuddy(self.lines)

        self.reviews_caption = QLabel()
        self.reviews_caption.setObjectName("online_reviews_caption")
        self.reviews_model = ReviewsModel(self)
        self.reviews_view = _table(self.reviews_model, "online_reviews")
        self.reviews_view.setMaximumHeight(130)
        self.reviews_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_candidates())
        self.reviews_caption.setBuddy(self.reviews_view)
        self.candidate_caption = QLabel()
        self.candidate = QComboBox()
        self.candidate.setObjectName("online_candidate")
        self.candidate.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.candidate.setMinimumContentsLength(28)
        self.candidate_caption.setBuddy(self.candidate)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("online_confirm")
        self.confirm_button.clicked.connect(self.confirm_match)
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("online_reject")
        self.reject_button.clicked.connect(self.reject_match)
        decide = QHBoxLayout()
        decide.addWidget(self.candidate_caption)
        decide.addWidget(self.candidate, 1)
        decide.addWidget(self.confirm_button)
        decide.addWidget(self.reject_button)
        self.review_message = SpokenLabel()
        self.review_message.setObjectName("online_review_message")
        self.review_message.setWordWrap(True)

        self.apply_button = QPushButton()
        self.apply_button.setObjectName("online_apply")
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.reviews_caption)
        layout.addWidget(self.reviews_view)
        layout.addLayout(decide)
        layout.addWidget(self.review_message)
        layout.addLayout(buttons)

    def _fill_sessions(self, chosen: str | None) -> None:
        """Every session, by its start; the one asked for, else the last one that started
        (the meeting that just ended), else the first."""
        self.session.blockSignals(True)
        self.session.clear()
        sessions = sorted(self.store.sessions(), key=lambda s: (s.starts_at, s.id))
        language = current_language()
        try:
            tz = self.reception.event.tz
        except NoEvent:
            tz = None
        for s in sessions:
            self.session.addItem(self._session_text(s, tz, language), s.id)
        if chosen is None:
            now = self.reception.clock()
            started = [s for s in sessions if s.starts_at <= now]
            chosen = started[-1].id if started else (sessions[0].id if sessions else None)
        index = self.session.findData(chosen) if chosen else -1
        self.session.setCurrentIndex(max(0, index))
        self.session.blockSignals(False)

    @staticmethod
    def _session_text(session: Session, tz, language: str) -> str:
        start = session.starts_at.astimezone(tz) if tz else session.starts_at
        return f"{start:%d/%m %H:%M} — {session.name(language)}"

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Online attendance: import a participants report"))
        self.file_caption.setText(self.tr("&Report"))
        self.file.setPlaceholderText(self.tr("Zoom, Microsoft Teams or Webex participants "
                                             "report (CSV or Excel)"))
        self.file.setAccessibleName(self.tr("Participants report"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.session_caption.setText(self.tr("&Session"))
        self.threshold_caption.setText(self.tr("Present &from"))
        self.threshold.setAccessibleName(self.tr("Present from this share of the session"))
        self.lines.setAccessibleName(self.tr("Participants of the report"))
        self.reviews_view.setAccessibleName(self.tr("Uncertain matches"))
        self.candidate_caption.setText(self.tr("&This is"))
        self.confirm_button.setText(self.tr("C&onfirm"))
        self.reject_button.setText(self.tr("&Nobody on the list"))
        self.reject_button.setToolTip(self.tr(
            "None of the candidates: the participant becomes an online-only attendee."))
        self.apply_button.setText(self.tr("Record the &attendance"))
        self.close_button.setText(self.tr("&Close") if self.written else self.tr("&Cancel"))
        self.lines_model.retranslate()
        self.reviews_model.retranslate()
        language = current_language()
        try:
            tz = self.reception.event.tz
        except NoEvent:
            tz = None
        for i in range(self.session.count()):
            session = self.store.session(self.session.itemData(i))
            if session is not None:
                self.session.setItemText(i, self._session_text(session, tz, language))
        self._show_needed()
        self._show_state()
        self._show_reviews()

    # --- choices --------------------------------------------------------------------------------

    def chosen_session(self) -> Session | None:
        session_id = self.session.currentData()
        return self.store.session(session_id) if session_id else None

    @Slot()
    def pick_file(self) -> None:
        path = self.choose_file(self)
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path = Path(path)
        self._read = None
        self.written = False
        self.run_preview()

    def _session_chosen(self, _index: int) -> None:
        self.written = False
        self.run_preview(session_threshold=True)

    def _set_threshold(self, percent: float) -> None:
        """The session's own threshold (kept by an earlier import), else the default."""
        self.threshold.blockSignals(True)
        self.threshold.setValue(round(percent))
        self.threshold.blockSignals(False)
        self._show_needed()

    def _show_needed(self) -> None:
        session = self.chosen_session()
        if session is None:
            self.needed.clear()
            return
        length = (session.ends_at - session.starts_at).total_seconds() / 60
        minutes = round(length * self.threshold.value() / 100)
        self.needed.setText(self.tr("of the session: %1 min of %2")
                            .replace("%1", str(minutes)).replace("%2", f"{length:g}"))

    # --- the dry run, the import, the decisions (on the writer thread) --------------------------

    @Slot()
    def run_preview(self, session_threshold: bool = False) -> None:
        """What importing the report would do, nothing written; and the matches waiting.
        ``session_threshold``: a session was chosen, so its own threshold first."""
        self._timer.stop()
        self._show_needed()
        session = self.chosen_session()
        self._generation += 1
        generation = self._generation
        store, path, percent = self.store, self.path, float(self.threshold.value())
        if session is None:
            self.plan, self.error = None, ""
            self._show_state()
            return
        self.working = True
        self.written = False
        self._show_state()

        key = (path, session.id) if path is not None else None
        read = self._read[1] if self._read is not None and self._read[0] == key else None

        def dry_run():
            from checkin.online.attendance import plan_import, read_for, threshold_for

            threshold = threshold_for(store, session.id) if session_threshold else percent
            report = plan = None
            if path is not None:
                report = read or read_for(store, path, session)
                plan = plan_import(store, report, session, threshold)
            return (plan, report, threshold, *_waiting(store, session.id))

        self.admission.run(dry_run,
                           on_done=lambda answer: self._on_previewed(generation, key, answer),
                           on_error=lambda error: self._on_failed(generation, error))

    def _on_previewed(self, generation: int, key, answer) -> None:
        if generation != self._generation:
            return
        plan, report, threshold, self.reviews, self.people = answer
        if report is not None:
            self._read = (key, report)
        self._set_threshold(threshold)
        self.working = False
        self.plan, self.error = plan, ""
        self.lines_model.applied = False
        self.lines_model.set_rows(plan.lines if plan is not None else ())
        self._show_state()
        self._show_reviews()
        if plan is not None or self.path is None:
            self.previewed.emit(plan)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if not isinstance(error, _known_failures()):
            raise error
        if generation != self._generation:
            return
        self.working = False
        self.plan, self.error = None, str(error)
        self.lines_model.set_rows(())
        self._show_state()
        self.previewed.emit(None)

    @Slot()
    def apply(self) -> None:
        """Plan again and write it, in one transaction; the threshold is kept for the
        session."""
        session = self.chosen_session()
        if self.plan is None or self.written or self.working or session is None:
            return
        self.working = True
        self._show_state()
        self._generation += 1
        generation = self._generation
        store, report, percent = self.store, self.plan.report, float(self.threshold.value())

        def write():
            from checkin.online.attendance import apply, plan_import, set_threshold, threshold_for

            plan = apply(store, plan_import(store, report, session, percent))
            if threshold_for(store, session.id) != percent:
                set_threshold(store, session.id, percent)
            return (plan, *_waiting(store, session.id))

        self.admission.run(write, on_done=lambda answer: self._on_written(generation, answer),
                           on_error=lambda error: self._on_failed(generation, error))

    def _on_written(self, generation: int, answer) -> None:
        plan, self.reviews, self.people = answer
        self.working = False
        self.written = True
        self.plan, self.error = plan, ""
        self.lines_model.applied = True
        self.lines_model.set_rows(plan.lines)
        self.retranslate_ui()
        self.imported.emit(plan)
        self.changed.emit()

    @Slot()
    def confirm_match(self) -> None:
        review = self.current_review()
        attendee_id = self.candidate.currentData()
        if review is None or not attendee_id or self.working:
            return
        self._decide(review, "confirm", attendee_id)

    @Slot()
    def reject_match(self) -> None:
        review = self.current_review()
        if review is None or self.working:
            return
        self._decide(review, "reject", None)

    def _decide(self, review, verb: str, attendee_id: str | None) -> None:
        self.working = True
        self._show_state()
        store, session_id = self.store, review.session_id

        def decide():
            from checkin.online.attendance import confirm, reject

            decision = (confirm(store, review.id, attendee_id) if verb == "confirm"
                        else reject(store, review.id))
            return (decision, *_waiting(store, session_id))

        self.admission.run(decide, on_done=self._on_decided,
                           on_error=lambda error: self._on_decide_failed(error))

    def _on_decided(self, answer) -> None:
        decision, self.reviews, self.people = answer
        self.working = False
        review, person = decision.review, decision.attendee

        def words() -> str:
            if review.status is not ReviewStatus.CONFIRMED:
                text = self.tr("%1 is nobody on the list: now an online-only attendee, %2.")
            elif decision.checkin is not None:
                text = self.tr("%1 is %2: online attendance recorded.")
            else:
                text = self.tr("%1 is %2: nothing more to record.")
            return text.replace("%1", review.name).replace("%2", person.full_name)

        self.review_message.say(words)
        self._show_state()
        self._show_reviews()
        self.decided.emit(decision)
        self.changed.emit()
        if self.plan is not None and not self.written:
            self.run_preview()  # the table says what the decision changed

    def _on_decide_failed(self, error: BaseException) -> None:
        if not isinstance(error, _known_failures()):
            raise error
        self.working = False
        self.review_message.say(lambda: str(error))
        self._show_state()

    def current_review(self):
        index = self.reviews_view.currentIndex()
        return self.reviews_model.record(index.row()) if index.isValid() else None

    # --- what the dialog says -------------------------------------------------------------------

    def _show_state(self) -> None:
        self.apply_button.setEnabled(self.plan is not None and not self.written
                                     and not self.working and not self.error)
        self.close_button.setText(self.tr("&Close") if self.written else self.tr("&Cancel"))
        self.file.setText(str(self.path) if self.path else "")
        if self.path is None:
            self.heading.setText(self.tr("Choose the participants report the platform gives "
                                         "after the meeting."))
            self.summary.setText(self.tr(
                "Zoom: Reports → Usage → Participants (CSV). Teams: the meeting's attendance "
                "report (CSV or Excel). Webex: the meeting's attendee report. People count as "
                "present online from the share of the session chosen here."))
            return
        name = self.path.name
        if self.error:
            self.heading.setText(self.tr("%1 cannot be imported.").replace("%1", name))
            self.summary.setText(self.error)
            return
        if self.plan is None:
            self.heading.setText(self.tr("Reading %1…").replace("%1", name))
            self.summary.clear()
            return
        plan = self.plan
        if self.written:
            self.heading.setText(self.tr("%1 is imported.").replace("%1", name))
        else:
            self.heading.setText(self.tr("Nothing is written yet. Here is what importing %1 "
                                         "would record:").replace("%1", name))
        self.summary.setText(self._figures(plan))

    def _figures(self, plan) -> str:
        report = plan.report
        source = report.platform.label + (f" « {report.title} »" if report.title else "")
        count = {how: len(plan.with_how(how)) for how in
                 ("email", "name", "decided", "kept", "uncertain", "new", "below")}
        recorded = sum(1 for line in plan.lines if line.checkin is not None)
        already = sum(1 for line in plan.lines if line.already)
        waiting = sum(1 for line in plan.lines if line.how == "uncertain" and line.present)
        parts = [
            self.tr("%1: %n participant(s)", "", len(plan.lines)).replace("%1", source),
            self.tr("%n present online", "", len(plan.present)),
            self.tr("%n too short", "", len(plan.below)),
        ]
        lines = [", ".join(parts) + "."]
        matched = [
            self.tr("%n by e-mail", "", count["email"]) if count["email"] else "",
            self.tr("%n by name", "", count["name"] + count["decided"])
            if count["name"] + count["decided"] else "",
            (self.tr("%n online-only attendee(s) made", "", count["new"]) if self.written
             else self.tr("%n online-only attendee(s) to make", "", count["new"]))
            if count["new"] else "",
            self.tr("%n online only, known", "", count["kept"]) if count["kept"] else "",
            self.tr("%n uncertain", "", count["uncertain"]) if count["uncertain"] else "",
        ]
        if any(matched):
            lines.append(self.tr("Matched: %1.").replace("%1", ", ".join(m for m in matched
                                                                          if m)))
        if self.written:
            lines.append(self.tr("%n attendance(s) recorded now", "", recorded) + ", " +
                         self.tr("%n already there", "", already) + ".")
        else:
            lines.append(self.tr("%n attendance(s) will be recorded", "", recorded) + ", " +
                         self.tr("%n already there", "", already) + ".")
        if waiting:
            lines.append(self.tr("%n uncertain match(es) wait for your decision, below.", "",
                                 waiting))
        if report.refused:
            lines.append(self.tr("%n line(s) of the file not read: %1", "",
                                 len(report.refused)).replace(
                "%1", "; ".join(f"{r.line}: {r.reason}" for r in report.refused[:3])))
        return "\n".join(lines)

    def _show_reviews(self) -> None:
        chosen = self.current_review()
        self.reviews_model.set_rows(self.reviews)
        count = len(self.reviews)
        if count:
            self.reviews_caption.setText(self.tr(
                "&Uncertain matches for this session (%n): choose who each participant is",
                "", count))
        else:
            self.reviews_caption.setText(self.tr("Uncertain matches for this session: none"))
        row = 0
        if chosen is not None:
            row = next((i for i, r in enumerate(self.reviews) if r.id == chosen.id), 0)
        if count:
            self.reviews_view.selectRow(row)
        for widget in (self.reviews_view, self.candidate_caption, self.candidate,
                       self.confirm_button, self.reject_button):
            widget.setVisible(bool(count))
        self._show_candidates()

    def _show_candidates(self) -> None:
        review = self.current_review()
        self.candidate.clear()
        if review is not None:
            for attendee_id, why in review.candidates:
                person = self.people.get(attendee_id)
                shown = _who(person) if person is not None else attendee_id
                self.candidate.addItem(f"{shown} — {why_words(why)}", attendee_id)
        enabled = review is not None and not self.working
        self.candidate.setEnabled(enabled)
        self.confirm_button.setEnabled(enabled and self.candidate.count() > 0)
        self.reject_button.setEnabled(enabled)

    def _ask_file(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Participants report"), "",
            self.tr("Participants reports (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        return Path(name) if name else None


def _waiting(store, session_id: str) -> tuple[list, dict[str, Attendee]]:
    """The uncertain matches of the session still waiting, and their candidates."""
    from checkin.online.attendance import pending

    reviews = pending(store, session_id)
    ids = {attendee_id for review in reviews for attendee_id, _why in review.candidates}
    people = {a.id: a for a in store.attendees(ids)} if ids else {}
    return reviews, people


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
