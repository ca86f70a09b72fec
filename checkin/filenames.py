"""File names made from people's and sessions' names, safe on every system the stations run.

Windows is the strictest: no ``< > : " / \\ | ? *`` nor control characters, no name ending in
a dot or a space, no device names (``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM1``…``COM9``,
``LPT1``…``LPT9``, with or without an extension), and paths past 260 characters fail in many
programs. Accents are kept apart from that rule on purpose where they are safe (NTFS, ext4 and
APFS store them), but :func:`ascii_name` is there for the files people e-mail or put on old
USB sticks (certificates, bundles).
"""

from __future__ import annotations

import re
import unicodedata

# Windows' reserved device names, compared without the extension and case-insensitively.
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
    | {f"COM{c}" for c in "¹²³"} | {f"LPT{c}" for c in "¹²³"}
)
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
# One component of a path: well below the 255 of most file systems, so that a folder, a date
# and a suffix still fit in Windows' 260-character paths.
MAX_COMPONENT = 120


def safe_name(text: str, *, fallback: str = "file", max_length: int = MAX_COMPONENT) -> str:
    """``text`` as one file or folder name that every system accepts: forbidden characters
    become ``-``, runs of separators and spaces fold, no trailing dot or space, no reserved
    device name, at most ``max_length`` characters (cut at a word where one is near)."""
    name = unicodedata.normalize("NFC", str(text))
    name = FORBIDDEN.sub("-", name)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"-{2,}", "-", name).strip(" .-")
    if len(name) > max_length:
        cut = name[:max_length]
        space = max(cut.rfind(" "), cut.rfind("-"), cut.rfind("_"))
        name = (cut[:space] if space > max_length * 2 // 3 else cut).rstrip(" .-")
    if not name:
        name = fallback
    stem = name.split(".", 1)[0].strip().upper()
    if stem in RESERVED:
        name = f"_{name}"
    return name


def ascii_name(text: str, *, fallback: str = "x", max_length: int = MAX_COMPONENT) -> str:
    """``text`` in plain ASCII letters, digits and ``-`` (``Élodie N'Guessan`` →
    ``Elodie-N-Guessan``), then made safe as :func:`safe_name` does."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^A-Za-z0-9-]+", "-", plain).strip("-")
    return safe_name(plain, fallback=fallback, max_length=max_length)
