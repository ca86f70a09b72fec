"""Print one badge on the spot: through the system print dialog (QPrinter), or saved as PDF.

The badge is the image the core renderer draws at 300 dpi (:mod:`checkin.badges.render`),
put on a page of exactly the badge's size with no margins, so a label or card printer prints
it at its real size and an A4 printer prints it at the top-left corner, ready to cut. A
badge printed or saved is marked printed in the store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMarginsF, QObject, QRect, QSizeF, QStandardPaths, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from checkin.atomic import atomic_path
from checkin.badges import BadgeFormat, BadgeRenderer, BadgeStyle
from checkin.model import Attendee
from checkin.store import Store

METRES_PER_INCH = 0.0254


def to_qimage(image: Image.Image, dpi: int) -> QImage:
    """A Pillow RGB image as a QImage that owns its pixels and knows its resolution."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    qimage = QImage(rgb.tobytes(), width, height, width * 3, QImage.Format.Format_RGB888).copy()
    dots = round(dpi / METRES_PER_INCH)
    qimage.setDotsPerMeterX(dots)
    qimage.setDotsPerMeterY(dots)
    return qimage


def page_layout(fmt: BadgeFormat) -> QPageLayout:
    """A page the size of the badge, in its own orientation, without margins."""
    width, height = fmt.size_mm
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, fmt.value,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    # A landscape badge on a page defined landscape: Qt keeps the size as given.
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def paper_layout(fmt: BadgeFormat) -> QPageLayout:
    """The paper a badge of ``fmt`` is printed on alone: its own size for an A6 or a card
    (a badge holder, a card or label printer), A4 for the A4 sheet formats (the badge at the
    top-left corner, ready to cut). Never the printer's default (US Letter on many systems)."""
    if fmt in (BadgeFormat.A4_4, BadgeFormat.A4_8):
        return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                           QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return page_layout(fmt)


def documents_folder() -> Path:
    """The user's documents folder, where a badge saved as PDF goes first."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def pdf_name(attendee: Attendee) -> str:
    """``badge_Ndayishimiye_Helene.pdf``: ASCII, safe on every file system."""
    from checkin.reports.names import slug  # no fpdf: names only

    parts = [slug(attendee.last_name, limit=30), slug(attendee.first_name, limit=30)]
    return "_".join(["badge", *[p for p in parts if p]]) + ".pdf"


class PrintError(Exception):
    """The badge could not be printed; the message says why, in the window's language."""


def paint(printer: QPrinter, image: QImage, fmt: BadgeFormat) -> bool:
    """Draw the badge at its physical size from the page's top-left corner; False when
    the printer cannot start (offline, no such file)."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dots_per_mm = printer.resolution() / 25.4
        width, height = fmt.size_mm
        target = QRect(0, 0, round(width * dots_per_mm), round(height * dots_per_mm))
        painter.drawImage(target, image)
    finally:
        painter.end()
    return True


class BadgePrinting(QObject):
    """Renders a person's badge from the event's settings and prints or saves it.

    ``dialog_factory`` makes the print dialog (the system's by default; tests pass a
    stand-in, since a real dialog waits for a person). Failures raise :class:`PrintError`,
    or :class:`checkin.atomic.WriteError` when saving a PDF.
    """

    badge_printed = Signal(str)  # attendee id

    def __init__(
        self,
        store: Store,
        fmt: BadgeFormat = BadgeFormat.A6,
        *,
        dialog_factory: Callable[[QPrinter, QWidget | None], QDialog] = QPrintDialog,
        run: Callable | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        #: the window's writer (:meth:`checkin.ui.admission.Admission.run`) that marks a badge
        #: printed; None: marked in place (tests, scripts)
        self.run = run
        self.format = fmt
        self.dialog_factory = dialog_factory

    def set_format(self, fmt: BadgeFormat) -> None:
        self.format = fmt

    def image(self, attendee: Attendee) -> QImage:
        event = self.store.event()
        if event is None:
            raise PrintError(self.tr("No event in this database: import an attendee list first."))
        renderer = BadgeRenderer(BadgeStyle.from_event(event, self.store.path.parent), self.format)
        return to_qimage(renderer.render(attendee), renderer.dpi)

    def prepare(self, printer: QPrinter, attendee: Attendee) -> None:
        printer.setDocName(attendee.full_name)
        printer.setPageLayout(paper_layout(self.format))

    def print_to(self, printer: QPrinter, attendee: Attendee) -> None:
        """Print on an already chosen printer, without asking."""
        self.prepare(printer, attendee)
        self._paint(printer, attendee)
        self._printed(attendee)

    def print_with_dialog(self, attendee: Attendee, parent: QWidget | None = None) -> bool:
        """Ask where to print (a printer, or a file); returns whether it was printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare(printer, attendee)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # No printer on this computer: the dialog offers a file; in the documents
            # folder, named for the badge (it offered the home folder).
            printer.setOutputFileName(str(documents_folder() / pdf_name(attendee)))
        dialog = self.dialog_factory(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        # The dialog may have put the printer's default paper back (US Letter): the badge
        # format decides the paper.
        printer.setPageLayout(paper_layout(self.format))
        self._paint(printer, attendee)
        self._printed(attendee)
        return True

    def save_pdf(self, attendee: Attendee, path: Path | str) -> Path:
        """The badge alone as a PDF of its own size, written atomically."""
        with atomic_path(path) as temp:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(temp))
            self.prepare(printer, attendee)
            self._paint(printer, attendee)
        self._printed(attendee)
        return Path(path)

    def _paint(self, printer: QPrinter, attendee: Attendee) -> None:
        if not paint(printer, self.image(attendee), self.format):
            raise PrintError(self.tr("The printer could not be started: check it is on and "
                                     "connected, then try again."))

    def _printed(self, attendee: Attendee) -> None:
        if self.run is None:
            self.store.mark_badges_printed([attendee.id])
            self.badge_printed.emit(attendee.id)
        else:
            self.run(self.store.mark_badges_printed, [attendee.id],
                     on_done=lambda _none: self.badge_printed.emit(attendee.id))
