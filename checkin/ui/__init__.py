"""The window: PySide6 widgets, models and workers. The only package that imports Qt, with the
camera worker."""

