"""Where the packaged files and the user's data live.

Packaged files (``resources/``: sounds, fonts, icons, demo data, the self-test's badge photo;
``translations/``: the compiled ``.qm`` files) are found with :mod:`importlib.resources`,
anchored on the ``checkin`` package, by one function, :func:`packaged`:

- in an installed wheel they are the package data ``checkin/resources`` and
  ``checkin/translations`` (pyproject.toml maps the top-level folders there);
- in the PyInstaller bundle the spec puts them at the same package path, ``checkin/resources``
  and ``checkin/translations`` under the bundle's ``_internal``;
- in a source checkout (``PYTHONPATH=.`` or an editable install) the package has no such
  folder: they are the top-level ``resources/`` and ``translations/`` beside it.

:func:`resource` and :func:`translations_dir` are the two ways the code asks for them.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

import platformdirs

APP_NAME = "checkin"
#: the folders of packaged files, as the ``checkin`` package carries them
PACKAGED = ("resources", "translations")


@functools.cache
def packaged(folder: str) -> Path:
    """The folder ``resources`` or ``translations``, wherever this installation keeps it."""
    if folder not in PACKAGED:
        raise ValueError(f"not a packaged folder: {folder!r}")
    package = importlib.resources.files("checkin")
    inside = package / folder  # an installed wheel, the bundle
    if inside.is_dir():
        return Path(str(inside))
    return Path(str(package)).parent / folder  # a source checkout: beside the package


def resource(*parts: str) -> Path:
    """A file under ``resources/``."""
    return packaged("resources").joinpath(*parts)


def translations_dir() -> Path:
    return packaged("translations")


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "checkin.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"
