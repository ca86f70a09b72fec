"""A QR code as a pixmap: the attendee panel's badge code, the hub page's pairing code."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap


def qr_pixmap(text: str, side: int) -> QPixmap:
    """A QR code drawn module by module (crisp at any size, no image library round trip)."""
    import qrcode  # on the first person shown: nothing else at launch needs it (~14 ms)

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    scale = max(1, side // n)
    image = QImage(n * scale, n * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)
