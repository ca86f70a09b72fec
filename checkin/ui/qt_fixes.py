"""Work-arounds for defects of the Qt binding in use, applied once at import.

PySide6 6.12.0 on CPython 3.11: ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it, so every emit made from Python code drops one reference that ``True`` never
got back. ``True`` has a few hundred references at start-up: after some hundreds of emits the
interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False" (a door
scanning for ten minutes would crash). From CPython 3.12 ``True`` and ``False`` are immortal
and the defect is harmless; before that, we give them a reference count so large that no
number of emits can exhaust it. A queued signal with an ``object`` argument does the same to
``None`` when it carries None (the camera's "no outline"), so None gets the same margin.
``tests/ui/test_qt_fixes.py`` fails if the defect comes back
unprotected.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_MARGIN = 1 << 40  # a trillion emits


def protect_singletons() -> bool:
    """Make True, False and None practically immortal on CPython < 3.12 (whether it did)."""
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    for value in (True, False, None):
        # ob_refcnt is the first field of every object on CPython (non-debug builds).
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < _MARGIN:
            count.value += _MARGIN
    return True


protect_singletons()
