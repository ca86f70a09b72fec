"""Printing one badge through QPrinter, offscreen: to a PDF file (QPrinter's PdfFormat), read
back with pypdf, the badge image taken out and its QR code decoded."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from checkin.badges import BadgeFormat
from checkin.scanner.decoders import default_decoder
from checkin.ui.printing import BadgePrinting, page_layout

MM = 72 / 25.4


def read_badge(path):
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    size_mm = (float(page.mediabox.width) / MM, float(page.mediabox.height) / MM)
    (image,) = page.images
    return size_mm, Image.open(io.BytesIO(image.data))


def decoded(image: Image.Image) -> set[str]:
    return {d.text for d in default_decoder().decode(np.asarray(image.convert("L")))}


@pytest.mark.parametrize("fmt", [BadgeFormat.A6, BadgeFormat.CARD])
def test_save_as_pdf_at_the_badge_size(qapp, small_event, tmp_path, fmt):
    printing = BadgePrinting(small_event, fmt)
    hélène = small_event.attendee("p1")
    path = printing.save_pdf(hélène, tmp_path / "badge.pdf")
    (width, height), image = read_badge(path)
    assert (round(width), round(height)) == tuple(round(v) for v in fmt.size_mm)
    assert image.size == fmt.size_px()  # the 300 dpi render, not resampled
    assert decoded(image) == {hélène.token}
    assert small_event.attendee("p1").badge_printed_at is not None
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_print_to_a_chosen_printer(qapp, qtbot, small_event, tmp_path):
    printing = BadgePrinting(small_event, BadgeFormat.CARD)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    kouadio = small_event.attendee("p2")
    with qtbot.waitSignal(printing.badge_printed) as signal:
        printing.print_to(printer, kouadio)
    assert signal.args == ["p2"]
    _, image = read_badge(tmp_path / "printed.pdf")
    assert decoded(image) == {kouadio.token}


class StandInDialog:
    """The system print dialog's place in a test: answers as told, and records the printer
    it was given (which the test points at a PDF file, as "print to file" would)."""

    answer = QDialog.DialogCode.Accepted
    target = None

    def __init__(self, printer, parent):
        self.printer = printer

    def exec(self):
        if self.answer == QDialog.DialogCode.Accepted:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(self.target))
        return self.answer


def test_dialog_accepted_prints_and_marks(qapp, small_event, tmp_path):
    StandInDialog.answer, StandInDialog.target = QDialog.DialogCode.Accepted, tmp_path / "d.pdf"
    printing = BadgePrinting(small_event, BadgeFormat.A6, dialog_factory=StandInDialog)
    assert printing.print_with_dialog(small_event.attendee("p4")) is True
    _, image = read_badge(tmp_path / "d.pdf")
    assert decoded(image) == {small_event.attendee("p4").token}
    assert small_event.attendee("p4").badge_printed_at is not None


def test_dialog_cancelled_prints_nothing(qapp, small_event, tmp_path):
    StandInDialog.answer, StandInDialog.target = QDialog.DialogCode.Rejected, tmp_path / "d.pdf"
    printing = BadgePrinting(small_event, BadgeFormat.A6, dialog_factory=StandInDialog)
    assert printing.print_with_dialog(small_event.attendee("p4")) is False
    assert not (tmp_path / "d.pdf").exists()
    assert small_event.attendee("p4").badge_printed_at is None


def test_page_layout_has_no_margins():
    layout = page_layout(BadgeFormat.CARD)
    size = layout.fullRect()
    assert (round(size.width()), round(size.height())) == (86, 54)
    margins = layout.margins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (0, 0, 0, 0)


class LetterDialog(StandInDialog):
    """A dialog that, like the system's on a US-set machine, puts Letter paper back, and
    remembers the file name it was offered."""

    offered = None

    def exec(self):
        LetterDialog.offered = self.printer.outputFileName()
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        return super().exec()


@pytest.mark.parametrize("fmt,paper", [(BadgeFormat.A6, (105, 148)),
                                       (BadgeFormat.CARD, (86, 54)),
                                       (BadgeFormat.A4_4, (210, 297))])
def test_the_paper_comes_from_the_badge_format_and_the_file_goes_to_documents(
        qapp, small_event, tmp_path, monkeypatch, fmt, paper):
    """Issue 15, item 9: never US Letter with the badge in a corner, never /root/Name.pdf."""
    from checkin.ui import printing as printing_module

    monkeypatch.setattr(printing_module, "documents_folder", lambda: tmp_path / "Documents")
    LetterDialog.answer, LetterDialog.target = QDialog.DialogCode.Accepted, tmp_path / "b.pdf"
    printing = BadgePrinting(small_event, fmt, dialog_factory=LetterDialog)
    assert printing.print_with_dialog(small_event.attendee("p1")) is True
    page = PdfReader(tmp_path / "b.pdf").pages[0]
    size_mm = (round(float(page.mediabox.width) * 25.4 / 72),
               round(float(page.mediabox.height) * 25.4 / 72))
    assert size_mm == paper
    if LetterDialog.offered:  # no printer here: the dialog offered a file
        assert LetterDialog.offered == str(tmp_path / "Documents" /
                                           "badge_ndayishimiye_helene.pdf")
