"""Badges: a QR code, the name and the category colour, rendered with Pillow at 300 dpi
(:mod:`.render`), laid out from the event's settings (:mod:`.layout`), and gathered into
printable PDF sheets (:mod:`.sheets`).

The names below are loaded on first use, so that the command line, which only needs the
formats to build its options, does not pay for Pillow, qrcode and fpdf2 at every start.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "BadgeFormat": "checkin.badges.layout",
    "BadgeStyle": "checkin.badges.layout",
    "ErrorCorrection": "checkin.badges.layout",
    "BadgeRenderer": "checkin.badges.render",
    "qr_image": "checkin.badges.render",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'checkin.badges' has no attribute {name!r}")
