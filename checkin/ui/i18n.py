"""Languages of the window: Qt's own strings and ours, switched live.

``Translations.set_language("en")`` removes the installed translators and installs the new
pair: Qt's ``qtbase_<lang>`` (standard buttons, context menus) then ``checkin_<lang>`` from
``translations/``. Installing a translator sends every widget a ``LanguageChange`` event;
each of our widgets answers it with ``retranslate_ui()``, so nothing needs a restart.

Times are shown in the event's time zone and in the chosen language's format
(:func:`format_time`): "09:42" in French, "9:42 AM" in English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QLabel, QWidget

from checkin import paths
from checkin.model import Language

log = logging.getLogger(__name__)

LANGUAGES = tuple(Language)
DEFAULT_LANGUAGE = Language.FR


class Translations(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, parent: QObject | None = None, *,
                 folder: Path | None = None):
        super().__init__(parent)
        self.app = app
        self.folder = Path(folder) if folder is not None else paths.translations_dir()
        self._installed: list[QTranslator] = []
        self.language = ""

    def set_language(self, language: str) -> None:
        language = Language(language) if language in LANGUAGES else DEFAULT_LANGUAGE
        if language == self.language:
            return
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        # Qt's own words (file dialogs, standard buttons), then ours.
        qt = self._qt_translator(language)
        if qt is not None:
            self._installed.append(qt)
        elif language != Language.EN:  # Qt ships no English: its source strings are English
            log.warning("Qt's own translation for %s not found in %s", language,
                        ", ".join(qt_translation_folders()))
        translator = QTranslator(self)
        if translator.load(f"checkin_{language}", str(self.folder)):
            self._installed.append(translator)
        else:
            log.warning("translation checkin_%s not found in %s", language, self.folder)
        QLocale.setDefault(QLocale(language))
        self.language = language
        # Installed last-in first-searched: ours must win over Qt's, so install Qt's first.
        for translator in self._installed:
            self.app.installTranslator(translator)
        # Qt posts LanguageChange; deliver it now so the switch shows in this very frame.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(language)


    def _qt_translator(self, language: str) -> QTranslator | None:
        """``qtbase_<lang>`` (or the older ``qt_<lang>``) from the first folder that has it."""
        for folder in qt_translation_folders():
            for name in (f"qtbase_{language}", f"qt_{language}"):
                translator = QTranslator(self)
                if translator.load(name, folder):
                    return translator
        return None

    def uninstall(self) -> None:
        """Remove our translators (back to the source strings) and the default locale that
        set_language chose (back to the system's): a window closed in English must not leave
        English times and session names to the next one (the tests open many in a row)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = ""
        QLocale.setDefault(QLocale.system())


def qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured folder, then PySide6's own
    (``PySide6/Qt/translations``, ``PySide6/translations``), which is where a pip-installed
    or bundled PySide6 keeps them when Qt's configured path points elsewhere."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations")]
    seen: list[str] = []
    for folder in folders:
        if folder and folder not in seen and Path(folder).is_dir():
            seen.append(folder)
    return seen


# What the mixin below is mixed into, for the type checker; at run time it stays a plain
# class in front of the Qt one (two Qt bases in one class are not allowed).
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class RetranslatesOnLanguageChange(_Widget):
    """Mixin for a widget with a ``retranslate_ui()``: calls it on every ``LanguageChange``.
    List it before the Qt base class (``class Page(RetranslatesOnLanguageChange, QWidget)``)
    so that its ``changeEvent`` is the one Qt calls."""

    if TYPE_CHECKING:
        def retranslate_ui(self) -> None: ...  # each widget's own

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SpokenLabel(QLabel):
    """A label whose text is a sentence of the window: ``say(lambda: self.tr(...))`` shows it
    and says it again in the new language on every switch, so a message written before the
    switch ("Badge envoyé à l'imprimante.") never stays in the old language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: Callable[[], str] | None = None

    def say(self, words: Callable[[], str]) -> None:
        self._words = words
        self.setText(words())

    def clear(self) -> None:
        self._words = None
        super().clear()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and self._words is not None:
            self.setText(self._words())
        super().changeEvent(event)


def format_time(moment: datetime, tz: tzinfo | None, language: str, *,
                with_date: bool = False) -> str:
    """A UTC moment as the volunteer reads it: in the event's zone (None: this computer's),
    in their language."""
    local = moment.astimezone(tz)
    locale = QLocale(language)
    text = locale.toString(QTime(local.hour, local.minute, local.second),
                           QLocale.FormatType.ShortFormat)
    if with_date:
        day = locale.toString(QDate(local.year, local.month, local.day), "d MMMM")
        text = f"{day} {text}"
    return text


def current_language() -> Language:
    """The language the window shows now (from the default locale that set_language sets)."""
    return Language.EN if QLocale().language() == QLocale.Language.English else Language.FR
