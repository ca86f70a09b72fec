"""Where the bundled files and the user's data live.

``resources/`` and ``translations/`` sit beside the ``checkin`` package, both in a source
checkout (editable install) and in the PyInstaller bundle, whose spec copies them there; so
one rule finds them everywhere, with no special case for the frozen application.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "checkin"
ROOT = Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under ``resources/``."""
    return ROOT.joinpath("resources", *parts)


def translations_dir() -> Path:
    return ROOT / "translations"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "checkin.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"
