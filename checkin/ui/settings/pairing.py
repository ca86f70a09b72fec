"""Settings: join the venue's hub with its pairing QR code, and the hubs heard on this network.

Show the organiser's QR code to the camera (or the USB scanner), or paste its text, and press
Pair: the station checks the hub's certificate against the code, gets its own token (kept in
the keyring) and its name, and syncs from then on (:func:`checkin.sync.pairing.pair`). The
list below shows the hubs announcing themselves on the network (DNS-SD), so that nobody has to
find or type an address.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QPushButton

from checkin.hub.announce import HubBrowser, mdns_allowed
from checkin.reception import Reception
from checkin.ui.admission import Admission
from checkin.ui.settings import SettingsBox

log = logging.getLogger(__name__)

PREFIX = "checkin://pair"


class PairingBox(SettingsBox):
    paired = Signal(object)  # checkin.sync.pairing.PairResult
    hubs_found = Signal(object)  # list[FoundHub], from the browser's thread (queued)

    def __init__(self, reception: Reception, admission: Admission, *, browse: bool = True,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("pairing_box")
        self.store = reception.store
        self.admission = admission
        self.browse = browse
        self._browser: HubBrowser | None = None
        form = QFormLayout(self)
        self.help = QLabel()
        self.help.setWordWrap(True)
        form.addRow(self.help)
        self.code_caption = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("pairing_code")
        self.code.returnPressed.connect(self.pair)
        self.code_caption.setBuddy(self.code)
        form.addRow(self.code_caption, self.code)
        self.pair_button = QPushButton()
        self.pair_button.setObjectName("pairing_pair")
        self.pair_button.clicked.connect(self.pair)
        self.message = QLabel()
        self.message.setObjectName("pairing_message")
        self.message.setWordWrap(True)
        form.addRow(self.pair_button, self.message)
        self.found_caption = QLabel()
        self.found = QListWidget()
        self.found.setObjectName("pairing_found")
        self.found.setMaximumHeight(70)
        form.addRow(self.found_caption, self.found)
        self.hubs_found.connect(self._show_hubs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Join the venue's hub"))
        self.help.setText(self.tr(
            "Show the pairing QR code from the organiser's hub page to the camera, or paste "
            "its text here, then press Pair. Nothing to type."))
        self.code_caption.setText(self.tr("Pairing &code"))
        self.code.setPlaceholderText(self.tr("checkin://pair?… (from the QR code)"))
        self.pair_button.setText(self.tr("&Pair"))
        self.found_caption.setText(self.tr("Hubs on this network"))
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.found.setAccessibleName(self.tr("Hubs on this network"))
        self._show_hubs(self._browser.found if self._browser else [])

    @Slot(str)
    def offer_code(self, text: str) -> None:
        """A pairing code read by the camera or the scanner: fill it in and pair."""
        self.code.setText(text.strip())
        self.pair()

    @Slot()
    def pair(self) -> None:
        from checkin.sync.pairing import PairingCode, PairingError

        text = self.code.text().strip()
        try:
            PairingCode.parse(text)
        except PairingError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Pairing…"))
        self.pair_button.setEnabled(False)
        from checkin.sync.pairing import pair

        self.admission.run(pair, self.store, text, on_done=self._paired, on_error=self._failed)

    def _paired(self, result) -> None:
        self.pair_button.setEnabled(True)
        self.code.clear()
        self.message.setText(self.tr("Paired: this station is “%1” and syncs with %2.")
                             .replace("%1", result.name).replace("%2", result.url))
        self.paired.emit(result)

    def _failed(self, error: BaseException) -> None:
        from checkin.sync.pairing import PairingError

        self.pair_button.setEnabled(True)
        if not isinstance(error, PairingError):
            raise error
        self.message.setText(str(error))

    # --- hubs heard on the network --------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.browse and self._browser is None and mdns_allowed():
            try:
                browser = self._browser = HubBrowser(self.hubs_found.emit)
                browser.start()
            except Exception as error:  # noqa: BLE001 - no multicast here: the list stays empty
                log.info("not listening for hubs: %s", error)
                self._browser = None

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.stop_browsing()
        super().hideEvent(event)

    def stop_browsing(self) -> None:
        if self._browser is not None:
            self._browser.stop()
            self._browser = None

    @Slot(object)
    def _show_hubs(self, hubs) -> None:
        self.found.clear()
        if not hubs:
            self.found.addItem(self.tr("None heard yet (the hub may be stopped, or this "
                                       "network may not carry announcements)."))
            return
        for hub in hubs:
            tls = self.tr("certificate %1…").replace("%1", hub.fingerprint[:8]) if hub.tls \
                else self.tr("no TLS")
            self.found.addItem(f"{hub.name} — {', '.join(hub.urls)} ({tls})")
