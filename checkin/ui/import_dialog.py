"""Importing a spreadsheet, the attendee list or the programme: the line-by-line report first,
then confirm.

The dialog runs the core's import as a *dry run* and shows what would happen to every line
(new, updated with each field's "from → to", unchanged, skipped, refused and why) before
anything is written. "Import" then runs it for real; when some lines are refused the import
writes nothing, so the dialog offers either to fix the file, or (after a second look) to
import the good lines only. For the attendee list, "blank cells clear stored values" (off by
default) decides what an empty e-mail or phone cell does to a person already here; changing
it runs the dry run again, so the report always shows what the button will do.

Both the dry run and the write run on the window's writer thread
(:class:`~checkin.ui.admission.Admission`), never on the GUI thread: the dry run of a long list
takes a moment, and it must see the writes queued before it. This is a setup task done the day
before, so a dialog is fine here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.reception import Reception
from checkin.store import Store, StoreError
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange
from checkin.ui.table_models import ImportLinesModel, field_change_words

ATTENDEES, PROGRAMME = "attendees", "programme"


def run_import(kind: str, store: Store, path: Path, *, dry_run: bool,
               accept_partial: bool = False, blank_clears: bool = False):
    """The core's import of ``kind``, on whatever thread calls it (the writer thread)."""
    if kind == PROGRAMME:  # all or nothing: a programme with a hole is not a programme
        from checkin.programme import import_programme

        return import_programme(store, path, dry_run=dry_run)
    from checkin.importer import import_file

    return import_file(store, path, dry_run=dry_run, accept_partial=accept_partial,
                       blank_clears=blank_clears)


def count_lines(report) -> dict[str, int]:
    """How many lines of each action, by the action's word; "new" for a new person or
    session (the attendee report says "taken")."""
    counts = dict.fromkeys(("new", "updated", "unchanged", "removed", "kept", "skipped",
                            "refused"), 0)
    for line in report.lines:
        key = "new" if line.action.value == "taken" else line.action.value
        counts[key] = counts.get(key, 0) + 1
    return counts


def _known_failures() -> tuple[type[BaseException], ...]:
    from checkin.import_columns import ImportFileError

    return (ImportFileError, StoreError, OSError)


class ImportDialog(RetranslatesOnLanguageChange, QDialog):
    imported = Signal(object)  # the report of the import that was written
    previewed = Signal(object)  # the dry run's report (None when the file cannot be read)

    def __init__(self, store: Store, path: str | Path, parent: QWidget | None = None, *,
                 kind: str = ATTENDEES, admission: Admission | None = None):
        super().__init__(parent)
        self.store = store
        self.admission = admission if admission is not None else Admission(Reception(store), self)
        self._writing = False
        self.path = Path(path)
        self.kind = kind
        self.admission = admission if admission is not None else Admission(Reception(store), self)
        self.preview = None
        self.report = None
        self.error = ""
        self.working = False
        self._build()
        self.retranslate_ui()
        self.run_preview()

    def _build(self) -> None:
        self.setObjectName("import_dialog")
        self.resize(980, 600)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.blank_clears = QCheckBox()
        self.blank_clears.setObjectName("import_blank_clears")
        self.blank_clears.setChecked(False)
        self.blank_clears.setVisible(self.kind == ATTENDEES)
        self.blank_clears.toggled.connect(lambda _on: self.run_preview())
        self.model = ImportLinesModel(self, programme=self.kind == PROGRAMME)
        self.table = QTableView()
        self.table.setObjectName("import_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if self.kind == PROGRAMME:  # the day and times as read, right after the name
            header.moveSection(ImportLinesModel.WHEN, ImportLinesModel.REASON)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.heading.setBuddy(self.table)
        # the selected line in full: every field that changes, from what to what
        self.detail = QLabel()
        self.detail.setObjectName("import_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(40)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_confirm")
        self.import_button.clicked.connect(self.confirm)
        self.partial_button = QPushButton()
        self.partial_button.setObjectName("import_partial")
        self.partial_button.clicked.connect(self.confirm_partial)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.blank_clears)
        buttons.addStretch()
        buttons.addWidget(self.partial_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import the programme") if self.kind == PROGRAMME
                            else self.tr("Import the attendee list"))
        self.table.setAccessibleName(self.tr("What happens to each line"))
        self.blank_clears.setText(self.tr("&Blank cells clear stored values"))
        self.blank_clears.setToolTip(self.tr(
            "Off: an empty cell keeps what this station has (an e-mail, a phone). On: the "
            "file is the truth, and an empty cell erases the stored value."))
        self.import_button.setText(self.tr("&Import"))
        self.partial_button.setText(self.tr("Import the &good lines only"))
        self.close_button.setText(self.tr("&Close") if self.report else self.tr("&Cancel"))
        self.model.retranslate()
        self._show_state()
        self._show_detail()

    # --- the two steps -----------------------------------------------------------------------

    def run_preview(self) -> None:
        """The dry run on the writer thread: the report of every line, nothing written."""
        if self.report is not None:
            return
        self.working = True
        self._show_state()
        clears, kind, store, path = self.blank_clears.isChecked(), self.kind, self.store, \
            self.path

        def dry_run():
            report = run_import(kind, store, path, dry_run=True, blank_clears=clears)
            names = {s.id: s for s in store.sessions(removed=True)}
            return report, store.event(), names

        self.admission.run(dry_run, on_done=self._on_previewed,
                           on_error=self._on_preview_failed)

    def _on_previewed(self, answer) -> None:
        preview, event, sessions = answer
        self.model.tz = event.tz if event is not None else None
        self.model.sessions = sessions  # a person's workshops named, not by their ids
        self.working = False
        self.preview, self.error = preview, ""
        self.model.set_rows(preview.lines)
        self._show_state()
        self.previewed.emit(preview)

    def _on_preview_failed(self, error: BaseException) -> None:
        if not isinstance(error, _known_failures()):
            raise error
        self.working = False
        self.preview, self.error = None, str(error)
        self.model.set_rows(())
        self._show_state()
        self.previewed.emit(None)

    @Slot()
    def confirm(self) -> None:
        self._write(accept_partial=False)

    @Slot()
    def confirm_partial(self) -> None:
        self._write(accept_partial=True)

    def _write(self, *, accept_partial: bool) -> None:
        if self.preview is None or self.report is not None or self.working:
            return
        self.working = True
        self._show_state()
        self.admission.run(run_import, self.kind, self.store, self.path, dry_run=False,
                       accept_partial=accept_partial,
                       blank_clears=self.blank_clears.isChecked(),
                       on_done=self._on_written, on_error=self._on_write_failed)

    def _on_written(self, report) -> None:
        self.working = False
        self.report = report
        self.model.set_rows(report.lines)
        self.retranslate_ui()
        if report.committed:
            self.imported.emit(report)

    def _on_write_failed(self, error: BaseException) -> None:
        if not isinstance(error, _known_failures()):
            raise error
        self.working = False
        self.error = str(error)
        self._show_state()

    # --- what the dialog says ----------------------------------------------------------------

    def _figures(self, report) -> str:
        n = count_lines(report)
        if self.kind == PROGRAMME:
            # one plural per figure, a session being feminine in French
            text = ", ".join((
                self.tr("%n new session(s)", "", n["new"]),
                self.tr("%n updated", "sessions", n["updated"]),
                self.tr("%n unchanged", "sessions", n["unchanged"]),
                self.tr("%n refused", "sessions", n["refused"]),
                self.tr("%n skipped", "lines", n["skipped"])))
            if n["removed"]:
                text += "\n" + self.tr("%n session(s) no longer in the file: removed from the "
                                       "programme.", "", n["removed"])
            if n["kept"]:
                text += "\n" + self.tr("%n session(s) no longer in the file but with "
                                       "check-ins: kept.", "", n["kept"])
            pending = len(getattr(report, "workshops_pending", ()) or ())
            if pending:
                text += "\n" + self.tr("%n person(s) registered for workshops this programme "
                                       "does not have.", "", pending)
            resolved = getattr(report, "workshops_resolved", 0)
            if resolved:
                text += "\n" + self.tr("The workshops of %n person(s) are now known.", "",
                                       resolved)
        else:
            text = ", ".join((
                self.tr("%n new", "people", n["new"]),
                self.tr("%n updated", "people", n["updated"]),
                self.tr("%n unchanged", "people", n["unchanged"]),
                self.tr("%n refused", "people", n["refused"]),
                self.tr("%n skipped", "lines", n["skipped"])))
        warned = sum(1 for line in report.lines if getattr(line, "warnings", ()))
        if warned:
            text += "\n" + self.tr("%n warning(s): taken, but have a look.", "", warned)
        return text

    def _show_state(self) -> None:
        name = self.path.name
        busy = self.working
        self.blank_clears.setEnabled(not busy and self.report is None)
        if self.error:
            self.heading.setText(self.tr("%1 cannot be imported.").replace("%1", name))
            self.summary.setText(self.error)
            self.import_button.setEnabled(False)
            self.partial_button.hide()
            return
        if self.report is not None:
            if self.report.committed:
                self.heading.setText(self.tr("%1 is imported.").replace("%1", name))
            else:
                self.heading.setText(self.tr("%1 was not imported.").replace("%1", name))
            self.summary.setText(self._figures(self.report))
            self.import_button.setEnabled(False)
            self.partial_button.hide()
            self.close_button.setText(self.tr("&Close"))
            return
        if self.preview is None:
            self.heading.setText(self.tr("Reading %1…").replace("%1", name))
            self.summary.clear()
            self.import_button.setEnabled(False)
            self.partial_button.hide()
            return
        preview = self.preview
        self.heading.setText(self.tr(
            "Nothing is written yet. Here is what importing %1 would do, line by line:"
        ).replace("%1", name))
        text = self._figures(preview)
        counts = count_lines(preview)
        if preview.refused and self.kind == PROGRAMME:
            text += "\n" + self.tr(
                "Refused lines block the import, so that the programme stays whole: correct "
                "the file and import it again.")
        elif preview.refused:
            text += "\n" + self.tr(
                "Refused lines block the import, so that the list stays whole: correct the "
                "file and import it again, or import the good lines only.")
        if counts["updated"] and self.kind == ATTENDEES:
            text += "\n" + (self.tr("Blank cells erase what is stored.")
                            if self.blank_clears.isChecked() else
                            self.tr("Blank cells keep what is stored."))
        self.summary.setText(text)
        self.import_button.setEnabled(preview.refused == 0 and not busy)
        can_partial = (self.kind == ATTENDEES and preview.refused > 0
                       and (counts["new"] + counts["updated"]) > 0)
        self.partial_button.setVisible(can_partial)
        self.partial_button.setEnabled(not busy)
        if busy:
            return
        if preview.refused:
            first = next(i for i, line in enumerate(preview.lines)
                         if line in preview.refusals)
            self.table.selectRow(first)
            self.table.scrollTo(self.model.index(first, 0))
        elif self.import_button.isEnabled():
            self.import_button.setDefault(True)
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_detail(self) -> None:
        """The selected line in full, in the window's language."""
        index = self.table.currentIndex()
        line = self.model.record(index.row()) if index.isValid() else None
        if line is None:
            self.detail.clear()
            return
        row = index.row()
        columns = [ImportLinesModel.ACTION, ImportLinesModel.NAME, ImportLinesModel.REASON]
        if self.kind == PROGRAMME:
            columns.insert(2, ImportLinesModel.WHEN)
        words = [self.model.data(self.model.index(row, column)) or "" for column in columns]
        head = (self.tr("Line %1: %2").replace("%1", str(line.line))
                .replace("%2", " — ".join(w for w in words if w)))
        changes = list(getattr(line, "changes", ()) or ())
        warnings = [self.tr("Warning: %1").replace("%1", self.model.warning_words(w))
                    for w in (getattr(line, "warnings", ()) or ())]
        kept = self.model.kept_words(line)
        self.detail.setText("\n".join([head, *(field_change_words(c, self.model.sessions)
                                               for c in changes),
                                       *([kept] if kept else []), *warnings]))
