"""The window: PySide6 widgets, models and workers. The only package that imports Qt, with the
camera worker."""

from checkin.ui import qt_fixes  # noqa: F401 (applied at import: see its docstring)
