"""Nothing half-written under a final name: failed writes, a full disk, bad paths."""

from __future__ import annotations

import errno
import os

import pytest

from checkin import atomic
from checkin.atomic import WriteError, atomic_write, ensure_folder, write_bytes
from checkin.reports import exports
from checkin.reports.data import load_attendance


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_write_and_replace(tmp_path):
    target = tmp_path / "out.bin"
    write_bytes(target, b"one")
    write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert leftovers(tmp_path) == []
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_failure_inside_the_block_leaves_nothing(tmp_path):
    target = tmp_path / "report.csv"
    with pytest.raises(RuntimeError):
        with atomic_write(target, "w", encoding="utf-8") as handle:
            handle.write("half a line")
            raise RuntimeError("the export crashed")
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_failure_keeps_the_previous_file(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("the good old version")
    with pytest.raises(RuntimeError):
        with atomic_write(target, "w", encoding="utf-8") as handle:
            handle.write("new and broken")
            raise RuntimeError
    assert target.read_text() == "the good old version"


class FullDisk:
    """A file whose writes fail as on a full disk, after accepting a few bytes."""

    def __init__(self, real):
        self.real = real
        self.written = 0

    def write(self, data):
        if self.written + len(data) > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()


@pytest.fixture
def full_disk(monkeypatch):
    real_open = atomic._open_temp
    monkeypatch.setattr(atomic, "_open_temp", lambda *a: FullDisk(real_open(*a)))


def test_full_disk_is_one_sentence_and_leaves_nothing(tmp_path, full_disk):
    target = tmp_path / "big.bin"
    with pytest.raises(WriteError) as caught:
        write_bytes(target, b"x" * 100_000)
    assert str(caught.value) == (
        f"The disk is full: free some space and try again; {target} was not written."
    )
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_full_disk_during_a_real_export(attended, tmp_path, full_disk):
    data = load_attendance(attended)
    for name in ("a.csv", "a.xlsx"):
        with pytest.raises(WriteError, match="disk is full"):
            exports.export_attendance(data, tmp_path / name)
        assert not (tmp_path / name).exists()
    assert leftovers(tmp_path) == []


def test_bad_paths(tmp_path):
    with pytest.raises(WriteError, match="The folder does not exist"):
        write_bytes(tmp_path / "missing" / "x.pdf", b"%PDF")
    with pytest.raises(WriteError, match="is a folder"):
        write_bytes(tmp_path, b"%PDF")
    (tmp_path / "file").write_text("")
    with pytest.raises(WriteError, match="exists and is not a folder"):
        ensure_folder(tmp_path / "file")
    with pytest.raises(WriteError, match="not a folder|does not exist"):
        write_bytes(tmp_path / "file" / "x.pdf", b"%PDF")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="Permission denied"):
            write_bytes(folder / "x.pdf", b"%PDF")
    finally:
        folder.chmod(0o700)


def test_explain_gives_a_sentence_per_error():
    for code, words in (
        (errno.ENOSPC, "disk is full"),
        (errno.EACCES, "Permission denied"),
        (errno.EROFS, "read-only"),
        (errno.ENAMETOOLONG, "too long"),
    ):
        assert words in str(atomic.explain(OSError(code, os.strerror(code)), "/x/y.pdf"))
