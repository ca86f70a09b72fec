"""One place for the bugs: an uncaught exception is logged and told, and the door goes on.

Known failures (no camera, disk full, offline…) are handled where they happen and said in the
page that met them; whatever escapes reaches :class:`CrashReporter`, installed as
``sys.excepthook`` and ``threading.excepthook``. It writes the traceback to the log file (which
holds no personal data: :mod:`checkin.logs`) and shows a small window that says what happened
and where the log is. That window is not modal: the event loop, the camera and the USB scanner
keep running behind it, and further errors while it is open are counted in it, not stacked.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.logs import redact

log = logging.getLogger("checkin.crash")


class CrashReporter(QObject):
    """Installs itself as the excepthook; errors from any thread reach the GUI thread by a
    queued signal, since a worker must never touch a widget."""

    # what happened, in one line (exception type and its first line, redacted)
    crashed = Signal(str)

    def __init__(self, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.log_file = log_file
        self._window = parent
        self._box: QMessageBox | None = None
        self._count = 0
        self._previous_hooks: tuple[Any, Any] | None = None  # sys and threading hooks
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_window(self, window: QWidget) -> None:
        """Show the dialog over ``window`` from now on."""
        self._window = window

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self._previous_hooks is not None:
                self._previous_hooks[0](kind, value, tb)
            return
        log.error("uncaught %s", kind.__name__, exc_info=(kind, value, tb))
        first = str(value).strip().splitlines()[0] if str(value).strip() else ""
        summary = redact(f"{kind.__name__}: {first}" if first else kind.__name__)[:300]
        self.crashed.emit(summary)

    def _thread_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @property
    def count(self) -> int:
        """How many errors the open window has told (0 when none is open)."""
        return self._count

    @property
    def box(self) -> QMessageBox | None:
        return self._box

    @Slot(str)
    def _show(self, summary: str) -> None:
        if self._box is not None and self._box.isVisible():
            self._count += 1
            self._box.setInformativeText(self._details(summary))
            return
        self._count = 1
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setWindowTitle(self.tr("Check-in: unexpected error"))
        box.setText(self.tr("Something went wrong inside Check-in. Scanning goes on: the "
                            "check-ins already shown are saved."))
        box.setInformativeText(self._details(summary))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        if self.log_file is not None:
            folder = box.addButton(self.tr("Open the log folder"),
                                   QMessageBox.ButtonRole.ActionRole)
            folder.clicked.disconnect()  # keep the box open after opening the folder
            folder.clicked.connect(self.open_log_folder)
        box.finished.connect(self._closed)
        self._box = box
        box.show()

    def _details(self, summary: str) -> str:
        where = (self.tr("The details are in the log file:\n%1").replace(
            "%1", str(self.log_file)) if self.log_file is not None
            else self.tr("No log file could be written on this computer."))
        more = (self.tr("(%n error(s) so far)", "", self._count) if self._count > 1 else "")
        return "\n\n".join(part for part in (summary, where, more) if part)

    @Slot()
    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    @Slot()
    def _closed(self) -> None:
        self._count = 0
        if self._box is not None:
            self._box.deleteLater()
            self._box = None
