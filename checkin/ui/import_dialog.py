"""Importing the attendee list: the line-by-line report first, then confirm.

The dialog runs :func:`checkin.importer.import_file` as a *dry run* and shows what would
happen to every line (new, updated, unchanged, skipped, refused and why) before anything is
written. "Import" then runs it for real; when some lines are refused the importer writes
nothing, so the dialog offers either to fix the file, or (after a second look) to import the
good lines only. This is a setup task done the day before, so a dialog is fine here. The dry
run only reads; the import itself runs on the window's writer thread
(:class:`~checkin.ui.admission.Admission`), and the dialog shows its report when it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.importer import ImportFileError, ImportReport, import_file
from checkin.reception import Reception
from checkin.store import Store, StoreError
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange
from checkin.ui.table_models import ImportLinesModel


class ImportDialog(RetranslatesOnLanguageChange, QDialog):
    imported = Signal(object)  # the ImportReport of the import that was written

    def __init__(self, store: Store, path: str | Path, parent: QWidget | None = None, *,
                 admission: Admission | None = None):
        super().__init__(parent)
        self.store = store
        self.admission = admission if admission is not None else Admission(Reception(store), self)
        self._writing = False
        self.path = Path(path)
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.error = ""
        self._build()
        self.retranslate_ui()
        self.run_preview()

    def _build(self) -> None:
        self.setObjectName("import_dialog")
        self.resize(820, 560)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.model = ImportLinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("import_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.heading.setBuddy(self.table)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_confirm")
        self.import_button.clicked.connect(self.confirm)
        self.partial_button = QPushButton()
        self.partial_button.setObjectName("import_partial")
        self.partial_button.clicked.connect(self.confirm_partial)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.partial_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import the attendee list"))
        self.table.setAccessibleName(self.tr("What happens to each line"))
        self.import_button.setText(self.tr("&Import"))
        self.partial_button.setText(self.tr("Import the &good lines only"))
        self.close_button.setText(self.tr("&Close") if self.report else self.tr("&Cancel"))
        self.model.retranslate()
        self._show_state()

    # --- the two steps -----------------------------------------------------------------------

    def run_preview(self) -> None:
        """The dry run: the report of every line, nothing written."""
        try:
            self.preview = import_file(self.store, self.path, dry_run=True)
            self.error = ""
        except (ImportFileError, StoreError, OSError) as error:
            self.preview, self.error = None, str(error)
        self.model.set_rows(self.preview.lines if self.preview else ())
        self._show_state()

    @Slot()
    def confirm(self) -> None:
        self._write(accept_partial=False)

    @Slot()
    def confirm_partial(self) -> None:
        self._write(accept_partial=True)

    def _write(self, *, accept_partial: bool) -> None:
        if self.preview is None or self.report is not None or self._writing:
            return
        self._writing = True
        self.import_button.setEnabled(False)
        self.partial_button.setEnabled(False)
        self.admission.run(import_file, self.store, self.path, accept_partial=accept_partial,
                           on_done=self._written, on_error=self._not_written)

    def _not_written(self, error: BaseException) -> None:
        self._writing = False
        self.partial_button.setEnabled(True)
        if not isinstance(error, (ImportFileError, StoreError, OSError)):
            raise error  # a bug: the crash dialog, not a sentence
        self.error = str(error)
        self._show_state()

    def _written(self, report: ImportReport) -> None:
        self._writing = False
        self.report = report
        self.model.set_rows(report.lines)
        self._show_state()
        if report.committed:
            self.imported.emit(report)

    def _figures(self, report: ImportReport) -> str:
        return (
            self.tr("%1 new, %2 updated, %3 unchanged, %4 refused, %5 skipped")
            .replace("%1", str(report.taken)).replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged)).replace("%4", str(report.refused))
            .replace("%5", str(report.skipped))
        )

    def _show_state(self) -> None:
        name = self.path.name
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
            self.heading.clear()
            self.summary.clear()
            return
        preview = self.preview
        self.heading.setText(self.tr(
            "Nothing is written yet. Here is what importing %1 would do, line by line:"
        ).replace("%1", name))
        text = self._figures(preview)
        if preview.refused:
            text += "\n" + self.tr(
                "Refused lines block the import, so that the list stays whole: correct the "
                "file and import it again, or import the good lines only.")
        self.summary.setText(text)
        self.import_button.setEnabled(preview.refused == 0)
        can_partial = preview.refused > 0 and (preview.taken + preview.updated) > 0
        self.partial_button.setVisible(can_partial)
        if preview.refused:
            first = next(i for i, line in enumerate(preview.lines)
                         if line in preview.refusals)
            self.table.selectRow(first)
            self.table.scrollTo(self.model.index(first, 0))
        elif self.import_button.isEnabled():
            self.import_button.setDefault(True)
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
