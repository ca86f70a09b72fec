"""The live camera preview with the detected code outlined, and the camera's state in words.

The worker sends frames as ``QImage`` copies and the outline in the frame's own pixel
coordinates; this widget only keeps the newest frame and draws it scaled, so a slow paint
never queues frames. With no frame (no camera, lost camera) it says so in the middle of the
picture, in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


class CameraView(QWidget):
    """Paints the newest preview frame, the code's outline, and a message when there is none."""

    #: the camera's state changed (the status object, or None: no camera at all)
    status_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("camera_view")
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.image: QImage | None = None
        self.outline: tuple | None = None
        self.status = None
        self.message, self.live = self.status_words(None)
        self.frames_shown = 0

    def status_words(self, status) -> tuple[str, bool]:
        """The camera status as a short sentence in the window's language, and whether the
        camera works. ``status`` is a :class:`checkin.scanner.sources.SourceStatus` or None
        (no camera at all)."""
        name = getattr(getattr(status, "state", None), "value", "")
        if name == "live":
            return self.tr("Camera on"), True
        if name == "opening":
            return self.tr("Opening the camera…"), False
        if name == "lost":
            return self.tr("Camera lost: reconnecting…"), False
        if name == "ended":
            return self.tr("Camera stopped"), False
        return self.tr("No camera detected: use the USB scanner or type the code."), False

    @Slot(QImage, object)
    def show_frame(self, image: QImage, outline) -> None:
        self.image = image
        self.outline = tuple(outline) if outline else None
        self.frames_shown += 1
        self.update()

    @Slot(object)
    def set_status(self, status) -> None:
        self.status = status
        self.message, self.live = self.status_words(status)
        if not self.live and getattr(getattr(status, "state", None), "value", "") != "ended":
            self.image = None  # a frozen last picture would look like a working camera
        self.update()
        self.status_shown.emit(status)

    @property
    def has_camera(self) -> bool:
        """A camera is there or coming (on, opening, reconnecting); not when none was found."""
        name = getattr(getattr(self.status, "state", None), "value", "")
        return name in ("live", "opening", "lost") or self.image is not None

    def _target(self, image: QImage) -> QRectF:
        w, h = self.width(), self.height()
        iw, ih = image.width(), image.height()
        scale = min(w / iw, h / ih)
        return QRectF((w - iw * scale) / 2, (h - ih * scale) / 2, iw * scale, ih * scale)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101417"))
        if self.image is not None and not self.image.isNull():
            target = self._target(self.image)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(target, self.image)
            if self.outline:
                scale = target.width() / self.image.width()
                polygon = QPolygonF([QPointF(target.x() + x * scale, target.y() + y * scale)
                                     for x, y in self.outline])
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor("#00e676"), 4))
                painter.drawPolygon(polygon)
        else:
            font = QFont()
            font.setPixelSize(18)
            painter.setFont(font)
            painter.setPen(QColor("#eceff1"))
            painter.drawText(self.rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.message)
        painter.end()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.message, self.live = self.status_words(self.status)
            self.update()
        super().changeEvent(event)
