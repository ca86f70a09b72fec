"""Words for the core's codes (categories, methods, languages) in the current language.

One place for them, so that the result card, the tables and the forms say the same thing.
``QCoreApplication.translate`` is written out in full in each call: pyside6-lupdate only
recognises it that way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.model import Method


def category_label(value: str) -> str:
    """A category as shown to people, in the current language."""
    labels = {
        "participant": QCoreApplication.translate("Category", "Participant"),
        "speaker": QCoreApplication.translate("Category", "Speaker"),
        "organiser": QCoreApplication.translate("Category", "Organiser"),
        "press": QCoreApplication.translate("Category", "Press"),
        "official": QCoreApplication.translate("Category", "Official"),
        "staff": QCoreApplication.translate("Category", "Staff"),
    }
    return labels.get(value, value.capitalize())


def method_label(method: Method) -> str:
    labels = {
        Method.CAMERA: QCoreApplication.translate("Method", "Camera"),
        Method.SCANNER: QCoreApplication.translate("Method", "Scanner"),
        Method.SEARCH: QCoreApplication.translate("Method", "Search"),
        Method.WALK_IN: QCoreApplication.translate("Method", "Walk-in"),
        Method.MANUAL: QCoreApplication.translate("Method", "Code typed"),
    }
    return labels.get(method, method.value)


def language_label(code: str) -> str:
    labels = {
        "fr": QCoreApplication.translate("Language", "French"),
        "en": QCoreApplication.translate("Language", "English"),
    }
    return labels.get(code, code)
