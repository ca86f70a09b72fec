"""Words for the core's codes (categories, methods, languages, the door's answers) in the
current language.

One place for them, so that the result card, the tables and the forms say the same thing.
``QCoreApplication.translate`` is written out in full in each call: pyside6-lupdate only
recognises it that way.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.model import AdmitResult, Language, Method, RegistrationStatus, category_words
from checkin.outcome_words import Words, words
from checkin.ui.i18n import current_language, format_time


def category_label(value: str) -> str:
    """A category as shown to people, in the current language: the words of
    :data:`checkin.model.CATEGORY_LABELS`, which the exports and badges print too."""
    french, english = category_words(value)
    return english if current_language() == Language.EN else french


def method_label(method: Method) -> str:
    labels = {
        Method.CAMERA: QCoreApplication.translate("Method", "Camera"),
        Method.SCANNER: QCoreApplication.translate("Method", "Scanner"),
        Method.SEARCH: QCoreApplication.translate("Method", "Search"),
        Method.WALK_IN: QCoreApplication.translate("Method", "Walk-in"),
        Method.MANUAL: QCoreApplication.translate("Method", "Code typed"),
        Method.AUTO: QCoreApplication.translate("Method", "Automatic exit"),
        Method.ONLINE: QCoreApplication.translate("Method", "Online"),
    }
    return labels.get(method, method.value)


def status_label(status: RegistrationStatus) -> str:
    labels = {
        RegistrationStatus.CONFIRMED: QCoreApplication.translate("Status", "Confirmed"),
        RegistrationStatus.PENDING: QCoreApplication.translate(
            "Status", "Not paid / not confirmed"),
        RegistrationStatus.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
        RegistrationStatus.BLOCKED: QCoreApplication.translate("Status", "Blocked"),
    }
    return labels[status]


def language_label(code: str) -> str:
    labels: dict[str, str] = {
        Language.FR: QCoreApplication.translate("Language", "French"),
        Language.EN: QCoreApplication.translate("Language", "English"),
    }
    return labels.get(code, code)


def _outcome_text(text: str) -> str:
    # The texts are marked in checkin/outcome_words.py with QT_TRANSLATE_NOOP("Outcome", …).
    return QCoreApplication.translate("Outcome", text)


def outcome_words(
    result: AdmitResult,
    *,
    tz: tzinfo | None = None,
    station_id: str = "",
) -> Words:
    """The words of :mod:`checkin.outcome_words` for this answer, in the window's language,
    times in the event's zone ``tz``."""
    language = current_language()

    def when(moment: datetime) -> str:
        zone = tz or moment.tzinfo
        today = datetime.now(zone).date() == moment.astimezone(zone).date()
        return format_time(moment, zone, language, with_date=not today)

    return words(result, translate=_outcome_text, when=when, language=language,
                 category_label=category_label, station_id=station_id)


def set_accessible_name(widget: QWidget, name: str) -> None:
    """Name a control and the line edit inside it (an editable combo box, a date, time or
    number field), so a screen reader says the same for both."""
    widget.setAccessibleName(name)
    for inner in widget.findChildren(QLineEdit):
        inner.setAccessibleName(name)


def percent_text(share: float, language: str) -> str:
    """A share (0.414) as a rate in the language's way: "41 %" in French (a narrow no-break
    space), "41%" in English."""
    value = round(share * 100)
    return f"{value}\u202f%" if language == Language.FR else f"{value}%"
