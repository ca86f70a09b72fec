"""What checkin.spec does to the bundle's shared libraries on Linux, beyond PyInstaller's filters.

- :func:`prune_orphans`: a library PyInstaller collected only because a plugin or module that
  the spec then left out needed it (GTK's stack for the GTK theme plugin, FFmpeg for Qt
  Multimedia's FFmpeg plugin) is dropped too: only what a kept binary still needs stays.
- :func:`strip_debug`: debug information and symbol tables are removed from the libraries built
  with them (libpython, the standard library's extension modules, cryptography, Pillow…), but
  never from a library that auditwheel patched (the ``*.libs`` folders of the wheels and what
  links to them): ``strip`` rewrites such files into something the loader refuses.

Both read ELF files with binutils' ``readelf``/``strip``; without them (not Linux) they do nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def dynamic(path: Path) -> tuple[list[str], str]:
    """The libraries an ELF file needs (DT_NEEDED) and its RUNPATH/RPATH."""
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True,
                         check=False).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    runpath = " ".join(re.findall(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[([^\]]+)\]", out))
    return needed, runpath


def sections(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True,
                         check=False).stdout
    return set(re.findall(r"\]\s+(\.\S+)", out))


def prune_orphans(binaries: Iterable[tuple], roots: re.Pattern[str]) -> tuple[list, list]:
    """Split PyInstaller's binaries (dest, source, typecode) into kept and dropped.

    A binary is kept when it sits in a package or plugin folder (its destination has a
    folder), when its name matches ``roots`` (libraries loaded by name at run time: libpython,
    libzbar through ctypes…), or when a kept binary needs it, directly or not."""
    entries = list(binaries)
    if shutil.which("readelf") is None:
        return entries, []
    by_name = {Path(dest).name: (dest, source, kind) for dest, source, kind in entries}
    keep: set[str] = set()
    todo = [dest for dest, _source, _kind in entries
            if "/" in dest.replace("\\", "/") or roots.search(Path(dest).name)]
    while todo:
        dest = todo.pop()
        if dest in keep:
            continue
        keep.add(dest)
        source = next(s for d, s, _k in entries if d == dest)
        if is_elf(Path(source)):
            for name in dynamic(Path(source))[0]:
                if name in by_name and by_name[name][0] not in keep:
                    todo.append(by_name[name][0])
    kept = [entry for entry in entries if entry[0] in keep]
    dropped = [entry for entry in entries if entry[0] not in keep]
    return kept, dropped


def patched_by_auditwheel(path: Path, needed: list[str], runpath: str) -> bool:
    """A library of a wheel's ``*.libs`` folder, or a module that links to one."""
    if any(part.endswith(".libs") for part in path.parts):
        return True
    # auditwheel renames what it grafts: libfoo-<8 hex digits>.so…
    return ".libs" in runpath or any(re.search(r"-[0-9a-f]{8}\.so", name) for name in needed)


def strip_debug(folder: Path, skip: Iterable[Path] = ()) -> list[tuple[Path, int]]:
    """Strip the ELF files under ``folder`` that carry debug information or a symbol table.
    Returns (file, bytes saved) for each file stripped."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return []
    skipped = {Path(p).resolve() for p in skip}
    done = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or path.resolve() in skipped or not is_elf(path):
            continue
        names = sections(path)
        if not any(n.startswith(".debug") or n == ".symtab" for n in names):
            continue
        needed, runpath = dynamic(path)
        if patched_by_auditwheel(path, needed, runpath):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        done.append((path, before - path.stat().st_size))
    return done
