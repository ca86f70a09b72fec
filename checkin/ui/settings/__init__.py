"""The settings page's group boxes, one module each; :mod:`checkin.ui.settings_page` lays
them out.

Adding a group box (for whoever adds a setting)::

    class BackupBox(SettingsBox):           # a QGroupBox with load() and retranslate_ui()
        ...
    page.add_box(BackupBox(...))            # after the others; load() runs when shown

Where each thing is kept: what belongs to the station and must travel with its database
(station name, sync source, re-entry per session, the PIN's hash) is in the database, written
through the window's writer (:class:`~checkin.ui.admission.Admission`); what is a preference
of this laptop's screen (language, sounds, camera, decoder) is in ``QSettings`` under the keys
below, which the window reads at start. Each change applies at once and is announced by a
signal, so the window follows without a restart.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox

from checkin.ui.i18n import RetranslatesOnLanguageChange

LANGUAGE_KEY = "language"
MUTED_KEY = "sounds/muted"
SOURCE_KEY = "scanner/source"
DECODER_KEY = "scanner/decoder"
AUTO_DECODER = "auto"


class SettingsBox(RetranslatesOnLanguageChange, QGroupBox):
    """One group box of the settings page."""

    def load(self) -> None:
        """Show what is stored: when the page is first shown, after an import or a pull."""

    def retranslate_ui(self) -> None:
        """Set every visible word (on each language change)."""
