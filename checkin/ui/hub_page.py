"""The hub page, on the organiser's laptop: start and stop the venue's hub, see its stations
(last contact, check-ins still waiting on them), pair a new station by QR code, revoke one.

The hub serves this station's own database (:class:`checkin.hub.service.HubService`), over
HTTPS with its own certificate, and announces itself on the network. Starting, pairing and
revoking write to the database, so they run on the window's writer thread; each of them asks
for the staff PIN first, since they hand out or take away access to the attendee list.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.hub.service import HubService
from checkin.ui.admission import Admission
from checkin.ui.i18n import RetranslatesOnLanguageChange
from checkin.ui.pin import PinPad, StaffPin
from checkin.ui.qr import qr_pixmap

log = logging.getLogger(__name__)

REFRESH_MS = 5000
QR_PIXELS = 260


class HubPage(RetranslatesOnLanguageChange, QWidget):
    hub_started = Signal(str)  # its first URL
    hub_stopped = Signal()
    station_paired = Signal(str)  # the pairing code's text, while it is valid

    COLUMNS = ("name", "role", "contact", "waiting", "state")

    def __init__(self, service: HubService, pin: StaffPin, admission: Admission, *,
                 tz=None, parent=None):
        super().__init__(parent)
        self.setObjectName("hub_page")
        self.service = service
        self.pin = pin
        self.admission = admission
        self.tz = tz
        self.code_text = ""
        self._expires_at: datetime | None = None
        self.pin_pad = PinPad(pin)
        self.pin_pad.unlocked.connect(self._on_unlocked)

        self.title = QLabel()
        self.title.setObjectName("page_title")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("hub_start")
        self.start_button.clicked.connect(lambda: self.pin_pad.ask("hub:start"))
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("hub_stop")
        self.stop_button.clicked.connect(lambda: self.pin_pad.ask("hub:stop"))
        self.status = QLabel()
        self.status.setObjectName("hub_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("hub_stations")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("hub_revoke")
        self.revoke_button.clicked.connect(self._ask_revoke)

        self.name_caption = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("hub_pair_name")
        self.name_caption.setBuddy(self.name_edit)
        self.role = QComboBox()
        self.role.setObjectName("hub_pair_role")
        for role in ("door", "desk", "organiser"):
            self.role.addItem(role, role)
        self.pair_button = QPushButton()
        self.pair_button.setObjectName("hub_pair")
        self.pair_button.clicked.connect(self._ask_pair)
        self.qr = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.qr.setObjectName("hub_pair_qr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.hide()
        self.code_label = QLabel()
        self.code_label.setObjectName("hub_pair_text")
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("hub_message")
        self.message.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        controls.addWidget(self.status, 1)
        pair_row = QHBoxLayout()
        pair_row.addWidget(self.name_caption)
        pair_row.addWidget(self.name_edit, 1)
        pair_row.addWidget(self.role)
        pair_row.addWidget(self.pair_button)
        pairing = QVBoxLayout()
        pairing.addLayout(pair_row)
        pairing.addWidget(self.code_label)
        pairing.addStretch()
        bottom = QHBoxLayout()
        bottom.addLayout(pairing, 1)
        bottom.addWidget(self.qr)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(self.pin_pad)
        self.pin_pad.hide()

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.retranslate_ui()
        self._show_state()

    # --- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hub"))
        self.title.setText(self.tr("Venue hub"))
        self.explain.setText(self.tr(
            "Run the hub on the organiser's laptop: the other stations of the venue sync "
            "with it over the local network, even with no internet. Pair each station by "
            "showing it a QR code."))
        self.start_button.setText(self.tr("&Start the hub"))
        self.stop_button.setText(self.tr("S&top the hub"))
        self.revoke_button.setText(self.tr("&Revoke the selected station"))
        self.name_caption.setText(self.tr("New station:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Auditorium – door A"))
        self.pair_button.setText(self.tr("&Pair a station…"))
        self.name_edit.setAccessibleName(self.tr("New station's name"))
        self.role.setAccessibleName(self.tr("New station's role"))
        self.table.setAccessibleName(self.tr("Stations of this hub"))
        roles = {"door": self.tr("door"), "desk": self.tr("desk"),
                 "organiser": self.tr("organiser")}
        for i in range(self.role.count()):
            self.role.setItemText(i, roles[self.role.itemData(i)])
        self.table.setHorizontalHeaderLabels([
            self.tr("Station"), self.tr("Role"), self.tr("Last contact"),
            self.tr("Waiting"), self.tr("State")])
        self._show_state()
        self.refresh()

    def _show_state(self) -> None:
        running = self.service.running
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        if running:
            fingerprint = self.service.certificate.fingerprint if self.service.certificate \
                else ""
            pretty = " ".join(fingerprint[i:i + 4] for i in range(0, 16, 4))
            self.status.setText(self.tr("Running at %1 (certificate %2…)").replace(
                "%1", ", ".join(self.service.urls())).replace("%2", pretty))
        else:
            self.status.setText(self.tr("Stopped: the stations work offline until it runs."))
        self._show_code()

    def _show_code(self) -> None:
        expires = self._expires_at  # set with the code
        if not self.code_text or expires is None:
            self.code_label.setText("")
            self.qr.hide()
            return
        if QDateTime.currentDateTimeUtc().toSecsSinceEpoch() >= expires.timestamp():
            self.code_text = ""
            self.qr.hide()
            self.code_label.setText(self.tr("The pairing code has expired: make a new one."))
            return
        local = expires.astimezone(self.tz) if self.tz else expires.astimezone()
        self.code_label.setText(self.tr(
            "Show this QR code to the new station (Settings → Join the venue's hub), or "
            "paste this text there. It works once, until %1:\n%2").replace(
                "%1", local.strftime("%H:%M")).replace("%2", self.code_text))
        self.qr.show()

    # --- stations ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        try:
            rows = self.service.stations()
        except Exception as error:  # noqa: BLE001 - a read failed: say it, keep the page
            log.warning("hub stations not read: %s", error)
            return
        selected = self.selected_token()
        self.table.setRowCount(len(rows))
        roles = {"door": self.tr("door"), "desk": self.tr("desk"),
                 "organiser": self.tr("organiser")}
        for r, row in enumerate(rows):
            contact = "—"
            if row.last_contact is not None:
                when = row.last_contact.astimezone(self.tz) if self.tz else \
                    row.last_contact.astimezone()
                contact = when.strftime("%d/%m %H:%M:%S")
            values = (row.name, roles.get(row.role, row.role), contact, str(row.waiting),
                      self.tr("revoked") if row.revoked else self.tr("active"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.token_id)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            if row.token_id == selected:
                self.table.selectRow(r)
        self._show_code()

    def selected_token(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else ""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)

    # --- actions, each behind the PIN ----------------------------------------------------

    def _ask_pair(self) -> None:
        if not " ".join(self.name_edit.text().split()):
            self.message.setText(self.tr("Name the new station first, e.g. Auditorium – "
                                         "door A."))
            self.name_edit.setFocus()
            return
        self.pin_pad.ask("hub:pair")

    def _ask_revoke(self) -> None:
        if not self.selected_token():
            self.message.setText(self.tr("Choose the station to revoke in the list first."))
            return
        self.pin_pad.ask("hub:revoke")

    @Slot(str)
    def _on_unlocked(self, purpose: str) -> None:
        actions = {"hub:start": self.start_hub, "hub:stop": self.stop_hub,
                   "hub:pair": self.pair_station, "hub:revoke": self.revoke_selected}
        if purpose in actions:
            actions[purpose]()

    def start_hub(self) -> None:
        self.message.setText(self.tr("Starting the hub…"))
        self.start_button.setEnabled(False)
        self.admission.run(self.service.start, on_done=self._started,
                           on_error=self._start_failed)

    def _started(self, _result=None) -> None:
        self.message.setText("")
        self._show_state()
        self.refresh()
        self.hub_started.emit(self.service.urls()[0])

    def _start_failed(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error
        self.message.setText(self.tr("The hub did not start: %1").replace(
            "%1", str(error.strerror or error)))
        self._show_state()

    def stop_hub(self) -> None:
        self.admission.run(self.service.stop, on_done=self._stopped)

    def _stopped(self, _result=None) -> None:
        self._show_state()
        self.hub_stopped.emit()

    def pair_station(self) -> None:
        name = " ".join(self.name_edit.text().split())
        role = str(self.role.currentData())
        self.admission.run(self.service.new_pairing, name, role, on_done=self._paired,
                           on_error=self._pair_failed)

    def _paired(self, made) -> None:
        enrolment, text = made
        self.code_text = text
        self._expires_at = enrolment.expires_at
        self.qr.setPixmap(qr_pixmap(text, QR_PIXELS))
        self.message.setText("" if self.service.running else self.tr(
            "The hub is stopped: start it before the station scans this code."))
        self._show_code()
        self.station_paired.emit(text)

    def _pair_failed(self, error: BaseException) -> None:
        from checkin.hub.pairing import PairingError

        if not isinstance(error, PairingError):
            raise error
        self.message.setText(str(error))

    def revoke_selected(self) -> None:
        token_id = self.selected_token()
        if token_id:
            self.admission.run(self.service.revoke, token_id, on_done=lambda _r: self.refresh())
