"""Badges: a QR code, the name and the category colour, rendered with Pillow at 300 dpi
(:mod:`.render`), laid out from the event's settings (:mod:`.layout`), and gathered into
printable PDF sheets (:mod:`.sheets`)."""

from checkin.badges.layout import BadgeFormat, BadgeStyle, ErrorCorrection
from checkin.badges.render import BadgeRenderer, qr_image

__all__ = ["BadgeFormat", "BadgeRenderer", "BadgeStyle", "ErrorCorrection", "qr_image"]
