"""The answer to a scan, big enough to read from two metres: green, amber or red.

:class:`ResultCard` shows one :class:`~checkin.model.AdmitResult` until the next one or until
its hold time runs out, then goes back to "ready". Colour is never the only signal: each
answer has its own icon (a tick, an exclamation mark, a cross) and a headline in words. A
refusal says why and what to do next; when staff may override it, the card offers the button
that asks for the PIN.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checkin.model import AdmitResult, Language, Outcome
from checkin.ui import theme
from checkin.ui.labels import category_label, outcome_words

# How long an answer stays before the card says "ready" again, by colour (ms).
HOLD_MS = {"green": 5000, "attention": 12000, "amber": 9000, "red": 12000, "exit": 5000}
FLASH_MS = 400  # how long a new answer flashes
FLASH_STEP_MS = 40

# The greeting is in the attendee's own language, not the window's: the volunteer reads the
# name, the visitor reads the greeting. So these are data, not strings to translate.
GREETINGS = {
    "fr": "Bienvenue !",
    "en": "Welcome!",
    "es": "¡Bienvenido!",
    "pt": "Bem-vindo!",
    "ar": "أهلا وسهلا",
    "sw": "Karibu!",
    "rn": "Kaze neza !",
}


def greeting(language: str) -> str:
    return GREETINGS.get((language or Language.FR).lower()[:2], GREETINGS[Language.EN])


class OutcomeIcon(QWidget):
    """A disc with a tick, an exclamation mark or a cross, drawn (no font needed)."""

    def __init__(self, size: int = 112, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = "idle"
        self.colour = QColor("#ffffff")
        self.setFixedSize(size, size)

    def set_kind(self, kind: str, colour: QColor) -> None:
        self.kind, self.colour = kind, colour
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        paint_icon(QPainter(self), QRectF(self.rect()), self.kind, self.colour)


def paint_icon(painter: QPainter, rect: QRectF, kind: str, colour: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                 side, side).adjusted(3, 3, -3, -3)
    w = box.width()
    pen = QPen(colour, max(2.0, w * 0.11), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(QPen(colour, max(2.0, w * 0.07)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(box)
    painter.setPen(pen)

    def at(x: float, y: float) -> QPointF:
        return QPointF(box.x() + x * w, box.y() + y * w)

    if kind in ("green", "attention"):
        path = QPainterPath(at(0.27, 0.52))
        path.lineTo(at(0.44, 0.69))
        path.lineTo(at(0.74, 0.34))
        painter.drawPath(path)
    elif kind == "amber":
        painter.drawLine(at(0.5, 0.24), at(0.5, 0.58))
        painter.drawPoint(at(0.5, 0.76))
    elif kind == "exit":  # an arrow out of the room
        painter.drawLine(at(0.26, 0.5), at(0.72, 0.5))
        path = QPainterPath(at(0.54, 0.32))
        path.lineTo(at(0.74, 0.5))
        path.lineTo(at(0.54, 0.68))
        painter.drawPath(path)
    elif kind == "red":
        painter.drawLine(at(0.32, 0.32), at(0.68, 0.68))
        painter.drawLine(at(0.68, 0.32), at(0.32, 0.68))
    else:  # idle: a small QR-like square, "show a badge"
        painter.setPen(QPen(colour, max(2.0, w * 0.06)))
        painter.drawRect(QRectF(at(0.3, 0.3), at(0.7, 0.7)))
        painter.drawRect(QRectF(at(0.4, 0.4), at(0.5, 0.5)))
    painter.end()


def fit_font(label: QLabel, width: int, largest: int, smallest: int, lines: int = 2) -> None:
    """The largest pixel size at which the label's text fits ``width`` in at most ``lines``
    lines (a long name wraps once rather than shrinking to nothing)."""
    text = label.text()
    font = label.font()
    size = largest
    while size > smallest:
        font.setPixelSize(size)
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(text) <= width:
            break  # one line: as big as allowed
        box = metrics.boundingRect(0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), text)
        if size <= largest * 0.8 and box.height() <= lines * metrics.lineSpacing() \
                and box.width() <= width:
            break  # two lines at a size still far larger than the smallest
        size -= 4
    font.setPixelSize(max(size, smallest))
    label.setFont(font)


def _label(name: str, size: int, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class ResultCard(QFrame):
    """Shows the last answer. ``show_result`` is the only way in; ``override_requested`` asks
    the page for the PIN; ``painted`` fires once after a new answer is on screen (benchmark)."""

    override_requested = Signal(object)  # the refused AdmitResult
    painted = Signal()
    went_idle = Signal()

    NAME_MAX_PX = 96
    NAME_MIN_PX = 40
    ATTENTION_FRAME_PX = 18

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("result_card")
        self.setAccessibleName(self.tr("Answer to the last scan"))
        self.result: AdmitResult | None = None
        self.colour = "idle"
        self.tz: tzinfo | None = None
        self.event_settings: dict = {}
        self.station_id = ""
        self.idle_hint = ""
        self.exit_door = False  # the door records exits: the ready card says so
        self._paint_pending = False
        self._hold = QTimer(self, singleShot=True)
        self._hold.timeout.connect(self.show_idle)
        # Each new answer is numbered and flashes briefly: two red cards in a row would
        # otherwise look the same, and nothing would show that the second scan happened.
        self.answers = 0
        self.flash = 0.0  # 1.0 just after an answer, fading to 0
        self._flash_timer = QTimer(self, interval=FLASH_STEP_MS)
        self._flash_timer.timeout.connect(self._fade)
        self.answer_number = QLabel()
        self.answer_number.setObjectName("answer_number")
        self.answer_number.setTextFormat(Qt.TextFormat.PlainText)
        font = self.answer_number.font()
        font.setPixelSize(20)
        font.setBold(True)
        self.answer_number.setFont(font)

        self.icon = OutcomeIcon()
        self.headline = _label("headline", 44, bold=True)
        self.name = _label("name", self.NAME_MAX_PX, bold=True)
        self.details = _label("details", 28)
        self.category = QLabel()
        self.category.setObjectName("category")
        self.category.setTextFormat(Qt.TextFormat.PlainText)
        self.greeting = _label("greeting", 36, wrap=False)
        self.greeting.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.info = _label("info", 30, bold=True)
        # the note for the door, in large type on an amber band (attention)
        self.note = _label("note", 40, bold=True)
        self.note.setAutoFillBackground(True)
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.ATTENTION_NOTE.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.ATTENTION_NOTE.text))
        self.note.setPalette(palette)
        self.note.setContentsMargins(16, 8, 16, 8)
        self.advice = _label("advice", 22)
        self.override_button = QPushButton()
        self.override_button.setObjectName("override_button")
        self.override_button.setMinimumHeight(48)
        self.override_button.clicked.connect(self._ask_override)
        self.override_button.setStyleSheet(
            "QPushButton { font-size: 20px; font-weight: bold; padding: 8px 20px;"
            " background: #ffffff; color: #1a1a1a; border-radius: 6px; }")
        self._text_labels = (self.headline, self.name, self.details, self.greeting, self.info,
                             self.advice, self.answer_number)
        # shown only when the answer has something to put in them
        self._optional = (self.name, self.details, self.category, self.greeting, self.note,
                          self.info, self.advice, self.override_button,
                          self.answer_number)
        self._shown_colour = ""
        self._chip_colour = ""

        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1)
        chips = QHBoxLayout()
        chips.setSpacing(24)
        chips.addWidget(self.category)
        chips.addWidget(self.greeting)
        chips.addStretch()
        # The answer's number sits low on the right: the headline keeps the card's width.
        chips.addWidget(self.answer_number, 0, Qt.AlignmentFlag.AlignBottom)
        actions = QHBoxLayout()
        actions.addWidget(self.override_button)
        actions.addStretch()
        self._column = layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addLayout(chips)
        layout.addWidget(self.note)
        layout.addWidget(self.info)
        layout.addWidget(self.advice)
        layout.addLayout(actions)
        layout.addStretch()
        self.show_idle()

    # --- what the page calls ----------------------------------------------------------------

    def set_context(self, tz: tzinfo, station_id: str = "", event_settings: dict | None = None
                    ) -> None:
        """The event's time zone, this station's id (to say "at this door") and the event's
        badge settings (category colours)."""
        self.tz, self.station_id = tz, station_id
        if event_settings is not None:
            self.event_settings = event_settings

    def set_idle_hint(self, text: str) -> None:
        """What the ready card says under its headline: the session this door checks into."""
        self.idle_hint = text
        if self.colour == "idle":
            self._render()

    def set_exit_door(self, exit_door: bool) -> None:
        self.exit_door = exit_door
        if self.colour == "idle":
            self._render()

    def show_result(self, result: AdmitResult, *, hold_ms: int | None = None) -> None:
        self.result = result
        self.colour = result.colour
        self._new_answer()
        self._render()
        self._paint_pending = True
        self.update()
        self._hold.start(hold_ms if hold_ms is not None else HOLD_MS[self.colour])

    def _new_answer(self) -> None:
        self.answers += 1
        self.flash = 1.0
        self._flash_timer.start()

    @Slot()
    def _fade(self) -> None:
        self.flash = max(0.0, self.flash - FLASH_STEP_MS / FLASH_MS)
        if self.flash <= 0.0:
            self._flash_timer.stop()
        self.update()

    def show_error(self, message: str, *, advice: str | None = None) -> None:
        """A failure to record (disk full, database locked, no session): red, never silent."""
        self.result = None
        self.colour = "red"
        self._new_answer()
        self._render()
        self._show_answer_number()
        self.headline.setText(self.tr("Not recorded"))
        self.info.setText(message)
        self.info.show()
        if advice is None:
            advice = self.tr("Call the organisers' technician; meanwhile write the names down "
                             "on paper.")
        self.advice.setText(advice)
        self.advice.show()
        self._paint_pending = True
        self.update()
        self._hold.start(HOLD_MS["red"])

    @Slot()
    def show_idle(self) -> None:
        was_showing = self.result is not None
        self.result = None
        self.colour = "idle"
        self._hold.stop()
        self._render()
        if was_showing:
            self.went_idle.emit()

    def hold(self) -> None:
        """Keep the answer on screen (while staff type the PIN for an override)."""
        self._hold.stop()

    # --- drawing ----------------------------------------------------------------------------

    def _apply_colours(self) -> None:
        # The background is painted by paintEvent and the text colour set on each label's
        # palette: changing a style sheet per scan would re-polish the whole card (tens of ms).
        if self._shown_colour == self.colour:
            return
        self._shown_colour = self.colour
        colours = theme.CARD[self.colour]
        for label in self._text_labels:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
            label.setPalette(palette)
        self.icon.set_kind(self.colour, QColor(colours.accent))
        self.update()

    def _render(self) -> None:
        self._apply_colours()
        # Each label's visibility is set once, at the end, and only changes when it must:
        # hiding every label and showing it again cost most of the GUI thread's time per scan
        # (a show re-polishes the widget and re-lays out the card).
        shown: set[QWidget] = set()
        self._fill(self.result, shown)
        if self.result is not None:
            self._show_answer_number()
            shown.add(self.answer_number)
        for widget in self._optional:
            widget.setVisible(widget in shown)

    def _show_answer_number(self) -> None:
        self.answer_number.setText(self.tr("Scan %1").replace("%1", str(self.answers)))
        self.answer_number.show()

    def _fill(self, result: AdmitResult | None, shown: set[QWidget]) -> None:
        """Set the texts for this answer (None: ready) and add the labels it uses to
        ``shown``; the headline and the icon are always there."""
        if result is None:
            self.headline.setText(self.tr("Exit ➜ show a badge to record leaving")
                                  if self.exit_door
                                  else self.tr("Ready: show a badge to the camera"))
            fit_font(self.headline, self._text_width() - self.icon.width() - 20, 40, 26)
            self.info.setText(self.tr("Or scan it with the scanner, or type its code."))
            shown.add(self.info)
            if self.idle_hint:
                self.advice.setText(self.tr("Checking in to: %1").replace("%1", self.idle_hint))
                shown.add(self.advice)
            return
        said = outcome_words(result, tz=self.tz, station_id=self.station_id)
        self.headline.setText(said.headline)
        headline_width = self._text_width() - self.icon.width() - 20
        fit_font(self.headline, headline_width, 44, 30)
        if said.note:
            self.note.setText(said.note)
            shown.add(self.note)
        person = result.attendee
        if person is not None:
            self._set_name(person.full_name)
            shown.add(self.name)
            where = " — ".join(p for p in (person.organisation, person.country) if p)
            if where:
                self.details.setText(where)
                shown.add(self.details)
            self._set_category(person.category)
            shown.add(self.category)
            if result.admitted and result.outcome is not Outcome.EXIT:
                self.greeting.setText(greeting(person.language))
                shown.add(self.greeting)
        info, advice = said.explanation, said.advice
        if info:
            self.info.setText(info)
            shown.add(self.info)
        if advice:
            self.advice.setText(advice)
            shown.add(self.advice)
        if result.override_allowed and person is not None:
            self.override_button.setText(self.tr("Staff override (PIN)…"))
            shown.add(self.override_button)
        # One sentence for a screen reader: the answer, the person, the reason.
        spoken = [self.headline.text(), person.full_name if person else "", said.note, info]
        self.setAccessibleDescription(". ".join(p for p in spoken if p))

    def _set_name(self, text: str) -> None:
        self.name.setText(text)
        self._fit_name()

    def _fit_name(self) -> None:
        fit_font(self.name, self._text_width(), self.NAME_MAX_PX, self.NAME_MIN_PX)

    def _text_width(self) -> int:
        margins = self._column.contentsMargins()
        return max(200, self.width() - margins.left() - margins.right())

    def _set_category(self, category: str) -> None:
        colour = theme.category_colour(category, self.event_settings)
        self.category.setText(category_label(category))
        if colour.name() == self._chip_colour:
            return
        self._chip_colour = colour.name()
        self.category.setStyleSheet(
            f"background: {colour.name()}; color: white; font-size: 24px; font-weight: bold;"
            " padding: 6px 16px; border-radius: 6px; border: 2px solid white;"
        )

    @Slot()
    def _ask_override(self) -> None:
        if self.result is not None:
            self.hold()
            self.override_requested.emit(self.result)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.name.isVisible():
            self._fit_name()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.CARD[self.colour].background))
        painter.drawRoundedRect(QRectF(self.rect()), 10, 10)
        if self.colour == "attention":
            frame = self.ATTENTION_FRAME_PX
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(theme.ATTENTION_FRAME), frame))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(frame / 2, frame / 2,
                                                                 -frame / 2, -frame / 2), 10, 10)
        if self.flash > 0:
            # The new answer flashes: a white veil and a thick frame fading in FLASH_MS.
            painter.setBrush(QColor(255, 255, 255, int(150 * self.flash)))
            painter.drawRoundedRect(QRectF(self.rect()), 10, 10)
            pen = QPen(QColor(theme.CARD[self.colour].accent), 10 * self.flash)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(5, 5, -5, -5), 10, 10)
        painter.end()
        if self._paint_pending:
            self._paint_pending = False
            self.painted.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
