"""Dates and times as organisers write them in a spreadsheet, French first.

``03/02/2025``, ``3/2/25``, ``3 févr. 2025``, ``lundi 3 février 2025``, ``2025-02-03``,
``3-févr.-25`` (Excel's French display), ``February 3, 2025``, an Excel date cell (read as
``2025-02-03``) or its serial number (``45691``); ``8h30``, ``8 h``, ``08:30``, ``8:30``,
``08:30:00``, ``2:30 PM``, an Excel time cell (``08:30:00``, or the fraction of a day it
holds); a start and an end in one cell, with any dash or a word between them (``08:30–10:30``,
``8h30 à 10h30``, ``de 8h30 à 10h30``, ``9:00 to 10:30``).

Slashed dates are read day first, as in France and most of Africa; a date written without a
year takes the year given by the caller (the event's). Everything that is not understood
raises :class:`WhenError` with the text that was not, never a guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from checkin.model import fold


class WhenError(ValueError):
    """A date or time that cannot be read; the message quotes it."""


_MONTHS = {
    # French and English, full and abbreviated (accents folded, dots dropped)
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2, "february": 2, "febr": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "apr": 4, "april": 4, "av": 4,
    "mai": 5, "may": 5,
    "juin": 6, "jun": 6, "june": 6,
    "juillet": 7, "juil": 7, "jul": 7, "july": 7,
    "aout": 8, "aou": 8, "aug": 8, "august": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lun", "mer", "jeu", "ven", "sam", "dim",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2053~"  # - ‐ ‑ ‒ – — ― − ⁓ ~


def _clean(text: object) -> str:
    return " ".join(str(text or "").replace("\u00a0", " ").replace("\u202f", " ").split())


def _year(y: int, text: str) -> int:
    if y < 100:
        return 2000 + y
    if 1900 <= y <= 2200:
        return y
    raise WhenError(f"{text!r}: the year {y} is not plausible")


def _make_date(y: int, m: int, d: int, text: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise WhenError(f"{text!r} is not a date (day {d}, month {m})") from None


def parse_date(text: object, *, year: int | None = None) -> date:
    """A day, as written in a cell; ``year`` for a date written without one."""
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    raw = _clean(text)
    if not raw:
        raise WhenError("the date is empty")
    # ISO, as Excel date cells come out of the spreadsheet reader (maybe with a midnight)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", raw)
    if m:
        return _make_date(_year(int(m[1]), raw), int(m[2]), int(m[3]), raw)
    # 03/02/2025, 3/2/25, 03.02.2025, 03-02-2025, 3/2 (day first)
    m = re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?", raw)
    if m:
        y = _year(int(m[3]), raw) if m[3] else year
        if y is None:
            raise WhenError(f"{raw!r} has no year")
        return _make_date(y, int(m[2]), int(m[1]), raw)
    # 2025/02/03
    m = re.fullmatch(r"(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})", raw)
    if m:
        return _make_date(_year(int(m[1]), raw), int(m[2]), int(m[3]), raw)
    # an Excel serial number (a date cell exported as its number)
    m = re.fullmatch(r"(\d{5})(?:\.0+)?", raw)
    if m and 30000 <= int(m[1]) <= 80000:
        return _EXCEL_EPOCH + timedelta(days=int(m[1]))
    # words: "lundi 3 février 2025", "3 févr. 2025", "3-févr.-25", "1er mars", "February 3, 2025"
    words = [w for w in re.split(r"[\s,./\-]+", fold(raw)) if w]
    words = [w for w in words if w not in _WEEKDAYS and w not in ("le", "the", "of", "de")]
    day = month = found_year = None
    for w in words:
        w = re.sub(r"(?<=\d)(er|e|eme|st|nd|rd|th)$", "", w)
        if w.isdigit():
            n = int(w)
            if day is None and 1 <= n <= 31 and len(w) <= 2 and month is None:
                day = n
            elif day is None and month is not None and 1 <= n <= 31 and len(w) <= 2:
                day = n  # "February 3, 2025"
            elif found_year is None and (len(w) == 4 or (len(w) == 2 and day is not None)):
                found_year = _year(n, raw)
            else:
                raise WhenError(f"{raw!r} is not a date")
        elif w in _MONTHS and month is None:
            month = _MONTHS[w]
        else:
            raise WhenError(f"{raw!r} is not a date")
    if day is None or month is None:
        raise WhenError(f"{raw!r} is not a date")
    y = found_year if found_year is not None else year
    if y is None:
        raise WhenError(f"{raw!r} has no year")
    return _make_date(y, month, day, raw)


_TIME = re.compile(
    r"(?P<h>\d{1,2})\s*(?:(?P<sep>[h:.])\s*(?P<m>\d{2})?(?:\s*:\s*(?P<s>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<ampm>[ap]\.?\s*m\.?)?",
    re.IGNORECASE,
)


def parse_time(text: object) -> time:
    """A time of day: ``8h30``, ``8 h``, ``08:30``, ``8:30:00``, ``14.30``, ``2:30 PM``, an
    Excel time (``08:30:00``, ``1899-12-30T08:30:00`` or the day fraction ``0.354166…``)."""
    if isinstance(text, datetime):
        return text.time().replace(second=0, microsecond=0)
    if isinstance(text, time):
        return text.replace(second=0, microsecond=0)
    raw = _clean(text)
    if not raw:
        raise WhenError("the time is empty")
    # an Excel time cell that kept its dummy day
    m = re.fullmatch(r"(?:1899-12-3[01]|1900-01-0[01])[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)", raw)
    if m:
        raw = m[1]
    # the fraction of a day Excel stores for a time
    m = re.fullmatch(r"0?\.\d{3,}|0\.\d+", raw)
    if m:
        minutes = round(float(raw) * 24 * 60)
        if 0 <= minutes < 24 * 60:
            return time(minutes // 60, minutes % 60)
    m = _TIME.fullmatch(raw)
    if not m or (m["sep"] is None and m["ampm"] is None and len(m["h"]) > 2):
        raise WhenError(f"{raw!r} is not a time")
    if m["sep"] is None and m["ampm"] is None:
        raise WhenError(f"{raw!r} is not a time (write 8h30 or 08:30)")
    if m["sep"] == "." and m["m"] is None:
        raise WhenError(f"{raw!r} is not a time")
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            raise WhenError(f"{raw!r} is not a time")
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    if hour == 24 and minute == 0:
        return time(23, 59)
    if hour > 23 or minute > 59:
        raise WhenError(f"{raw!r} is not a time")
    return time(hour, minute)


_BETWEEN = r"\s(?:a|à|au|to|til|until|jusqu'a|jusqu’à)\s"  # "8h30 à 10h30", "9:00 to 10:30"
_RANGE = re.compile(
    r"^(?:de\s+|from\s+)?(?P<a>.+?)\s*(?:[" + re.escape(_DASHES) + r"]|" + _BETWEEN + r")\s*(?P<b>.+)$",
    re.IGNORECASE,
)


def parse_time_range(text: object) -> tuple[time, time]:
    """A start and an end in one cell: ``08:30–10:30``, ``8h30 - 10h``, ``de 8h30 à 10h30``."""
    raw = _clean(text)
    m = _RANGE.match(raw)
    if not m:
        raise WhenError(f"{raw!r} is not a time range (write 08:30–10:30)")
    return parse_time(m["a"]), parse_time(m["b"])


def is_time_range(text: object) -> bool:
    try:
        parse_time_range(text)
    except WhenError:
        return False
    return True


def split_datetime(text: object, *, year: int | None = None) -> tuple[date | None, str]:
    """A cell that may hold a day and a time (``03/02/2025 08:30``, an Excel date-and-time
    ``2025-02-03T08:30:00``): the day (or None) and the rest, still to be read as a time."""
    raw = _clean(text)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)", raw)
    if m and not m[1].startswith(("1899-12-3", "1900-01-0")):
        return parse_date(m[1]), m[2]
    m = re.fullmatch(r"(\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?)\s+(?:a\s+|à\s+)?(.+)", raw)
    if m:
        try:
            return parse_date(m[1], year=year), m[2]
        except WhenError:
            pass
    return None, raw
