"""Packaged files (resources/, translations/) are found by one importlib.resources lookup,
checkin.paths.packaged(), in a source checkout as in an installed wheel; the bundle puts them
at the wheel's package path and its self-test (scripts/bundle-self-test.sh) checks it there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checkin import paths, selftest

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_finds_the_top_level_folders():
    assert paths.packaged("resources") == ROOT / "resources"
    assert paths.translations_dir() == ROOT / "translations"
    assert paths.resource("sounds", "accepted.wav") == ROOT / "resources" / "sounds" / "accepted.wav"
    for folder, names in selftest.REQUIRED_FILES.items():
        for name in names:
            assert (paths.packaged(folder) / name).is_file(), f"{folder}/{name}"
    with pytest.raises(ValueError):
        paths.packaged("tests")


@pytest.mark.slow
def test_an_installed_wheel_finds_its_package_data(tmp_path):
    """Built from this checkout and installed into a folder of its own: the same lookup finds
    the files inside the installed package, not in the checkout."""
    source = tmp_path / "source"  # a copy: pip builds in the tree, and leaves build/ there
    ignore = shutil.ignore_patterns("__pycache__", "*.ts")
    for name in ("checkin", "resources", "translations"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
         "--wheel-dir", str(tmp_path / "wheel"), str(source)],
        capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheel").glob("checkin-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, files in selftest.REQUIRED_FILES.items():
        for name in files:
            assert f"checkin/{folder}/{name}" in names
    # every package and every packaged file, with none listed by hand (setup.py finds them)
    for init in (ROOT / "checkin").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            assert f"checkin/{path.relative_to(ROOT).as_posix()}" in names
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "--quiet",
         "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from checkin import paths, selftest;"
        "print(paths.packaged('resources')); print(paths.translations_dir());"
        "print(selftest._files(None))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", probe, str(target)], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    resources, translations, files_line = done.stdout.splitlines()
    assert Path(resources) == target / "checkin" / "resources"
    assert Path(translations) == target / "checkin" / "translations"
    assert f"found in {target / 'checkin'}" in files_line
