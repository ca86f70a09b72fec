"""Which packages and files a wheel of Check-in carries (the rest is in pyproject.toml).

The packaged files stay in the top-level folders resources/ and translations/ of the checkout;
a wheel carries them as the package data checkin/resources and checkin/translations, where
checkin.paths.packaged() finds them with importlib.resources (the PyInstaller spec puts them at
the same package path). Every package under checkin/ and every folder under resources/ is found
here, so a new one needs no listing (tests/test_packaged_files.py builds a wheel and checks).
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
RESOURCE_PACKAGES = ["checkin.resources"] + sorted(
    "checkin.resources." + ".".join(folder.relative_to(HERE / "resources").parts)
    for folder in (HERE / "resources").rglob("*") if folder.is_dir())

setup(
    packages=find_packages(include=["checkin", "checkin.*"]) + RESOURCE_PACKAGES
    + ["checkin.translations"],
    package_dir={"checkin.resources": "resources", "checkin.translations": "translations"},
    package_data={**{package: ["*"] for package in RESOURCE_PACKAGES},
                  "checkin.translations": ["*.qm"]},
)
