"""Every window test starts in the same language: a test that switched the window to English
(``station.set_language("en")``) must not leave the default locale English for the tests after
it (the pages take their language from it, :func:`checkin.ui.i18n.current_language`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

_START = QLocale()


@pytest.fixture(autouse=True)
def _default_locale_back():
    yield
    QLocale.setDefault(_START)
