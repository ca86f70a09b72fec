"""Colours and the style sheet of the window, in one place.

The three answer colours are chosen to be told apart by people with the common colour-vision
deficiencies when paired with their icons and words (the colour is never the only signal),
and to keep white or black text at a contrast ratio of at least 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from checkin.badges.layout import DEFAULT_CATEGORY_COLOURS, FALLBACK_COLOUR


@dataclass(frozen=True)
class CardColours:
    background: str
    text: str
    accent: str  # the icon's disc


CARD = {
    "green": CardColours("#1b6e34", "#ffffff", "#ffffff"),
    "amber": CardColours("#f5b301", "#1a1a1a", "#1a1a1a"),
    "red": CardColours("#b71c1c", "#ffffff", "#ffffff"),
    "idle": CardColours("#263238", "#eceff1", "#90a4ae"),
    # an exit: blue with an arrow, never read as an entry from across the doorway
    "exit": CardColours("#0d47a1", "#ffffff", "#ffffff"),
    # accepted, and the door must read a note: green inside an amber frame
    "attention": CardColours("#1b6e34", "#ffffff", "#ffffff"),
}
ATTENTION_FRAME = "#f5b301"  # the amber of "amber", around the green
ATTENTION_NOTE = CardColours("#f5b301", "#1a1a1a", "#1a1a1a")  # the note's own band

def category_colour(category: str, event_settings: dict | None = None) -> QColor:
    """The colour of the category's band on the printed badge, so the card matches it."""
    custom = (event_settings or {}).get("category_colours") or {}
    return QColor(custom.get(category) or DEFAULT_CATEGORY_COLOURS.get(category)
                  or FALLBACK_COLOUR)


STYLE = """
QMainWindow, QWidget#scan_page { background: #eceff1; }
QListWidget#navigation { background: #263238; color: #eceff1; border: none;
    font-size: 16px; padding-top: 8px; }
QListWidget#navigation::item { padding: 12px 14px; }
QListWidget#navigation::item:selected { background: #37474f; border-left: 4px solid #4fc3f7; }
QLabel#counter { font-size: 26px; font-weight: bold; color: #263238; }
QLabel#counter_caption { font-size: 13px; color: #546e7a; }
QComboBox#session_picker { font-size: 16px; padding: 4px 8px; min-height: 30px; }
QPushButton { font-size: 14px; padding: 6px 12px; }
QPushButton#override_button, QPushButton#undo_button { font-size: 16px; }
QPushButton#quick_session { font-size: 13px; padding: 3px 10px; }
QPushButton#quick_session:checked { background: #263238; color: #ffffff; }
QLineEdit#manual_entry { font-size: 16px; padding: 4px 6px; }
QListWidget#recent_scans { font-size: 14px; background: #ffffff; }
QWidget#pin_pad { background: #ffffff; border: 2px solid #263238; border-radius: 8px; }
QWidget#pin_pad QPushButton { font-size: 22px; min-height: 44px; min-width: 48px; }
QWidget#pin_pad QLineEdit { font-size: 26px; padding: 4px; }
QLabel#pin_title { font-size: 17px; font-weight: bold; color: #263238; }
QLabel#pin_message { font-size: 15px; color: #b71c1c; }
QStatusBar QLabel { padding: 0 8px; }
"""
