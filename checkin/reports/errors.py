"""The reports' own error, in a module light enough for the command line to import early."""


class ExportError(ValueError):
    """An export asked for in a way that cannot work (a file type we do not write…)."""
