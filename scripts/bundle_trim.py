"""What checkin.spec does to the bundle's shared libraries on Linux, beyond PyInstaller's filters.

- :func:`prune_orphans`: a library PyInstaller collected only because a plugin or module that
  the spec then left out needed it (GTK's stack for the GTK theme plugin, FFmpeg for Qt
  Multimedia's FFmpeg plugin) is dropped too: only what a kept binary still needs stays.
- :func:`replace_library`: a library of OpenCV's wheel is replaced by a small one of ours under
  the same name: its OpenBLAS by a shim onto numpy's (cv2_blas_shim.c), its libavif by a stub
  (cv2_avif_stub.c).
- :func:`stub_library`: OpenCV's FFmpeg (whose backend the bundle switches off) replaced by
  stubs that only carry the names OpenCV links to, each aborting should it ever be called.
- :func:`filter_icu_data`: Qt's ICU data (32 MB: every language's collation, names, charset
  converters) rebuilt with only French and English (and what every language shares).
- :func:`strip_debug`: debug information and symbol tables are removed from the libraries built
  with them (libpython, the standard library's extension modules, cryptography, Pillow…), but
  never from a library that auditwheel patched (the ``*.libs`` folders of the wheels and what
  links to them) unless the loader still takes the stripped copy: ``strip`` rewrites some of
  them into something it refuses.

They read ELF files with binutils (``readelf``, ``nm``, ``strip``) and compile with ``cc``;
without them (not Linux) they do nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
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


def symbols(path: Path, *, defined: bool) -> set[str]:
    """The dynamic symbols an ELF file defines, or the ones it needs from elsewhere."""
    out = subprocess.run(["nm", "-D", "--defined-only" if defined else "--undefined-only",
                          str(path)], capture_output=True, text=True, check=False).stdout
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}


def soname(path: Path) -> str:
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True,
                         check=False).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return found.group(1) if found else path.name


def replace_library(original: Path, users: Iterable[Path], source: Path, out_dir: Path,
                    link: Iterable[str] = ()) -> tuple[Path | None, str]:
    """Compile ``source`` (C) into a library with ``original``'s name that takes its place.

    Returns (the new library, "") — or (None, why not) when there is no C compiler, or when the
    new library lacks a symbol that one of ``users`` takes from ``original`` (a newer wheel
    calling more of it): then the original stays."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("nm") is None:
        return None, "no C compiler"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", str(target),
                    f"-Wl,-soname,{soname(original)}", str(source), *link], check=True)
    provided = symbols(target, defined=True)
    wanted = set().union(*(symbols(user, defined=False) for user in users))
    missing = sorted(wanted & symbols(original, defined=True) - provided)
    if missing:
        return None, f"{source.name} lacks {', '.join(missing[:5])}"
    return target, ""


def prune_orphans(binaries: Iterable[tuple], roots: re.Pattern[str]) -> tuple[list, list]:
    """Split PyInstaller's binaries (dest, source, typecode) into kept and dropped.

    A binary is kept when it sits in a package or plugin folder (its destination has a
    folder, other than a wheel's ``*.libs``, which only holds what its modules link to), when
    its name matches ``roots`` (libraries loaded by name at run time: libpython, libzbar
    through ctypes…), or when a kept binary needs it, directly or not."""
    entries = list(binaries)
    if shutil.which("readelf") is None:
        return entries, []
    by_name = {Path(dest).name: (dest, source, kind) for dest, source, kind in entries
               if kind != "SYMLINK"}
    keep: set[str] = set()

    def root(dest: str) -> bool:
        folders = Path(dest.replace("\\", "/")).parent.parts
        return (bool(folders) and not any(f.endswith(".libs") for f in folders)) or bool(
            roots.search(Path(dest).name))

    todo = [dest for dest, _source, kind in entries if kind == "SYMLINK" or root(dest)]
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


def loads(path: Path) -> bool:
    """Whether the dynamic loader takes ``path`` (in its own folder, so that its RUNPATH finds
    its neighbours), tried in a separate Python process."""
    code = "import ctypes, sys; ctypes.CDLL(sys.argv[1])"
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          check=False).returncode == 0


def strip_debug(folder: Path, skip: Iterable[Path] = ()) -> list[tuple[Path, int]]:
    """Strip the ELF files under ``folder`` that carry debug information or a symbol table.

    A file auditwheel patched (see :func:`patched_by_auditwheel`) is stripped on a copy, and
    the copy kept only if the loader still takes it: ``strip`` makes some of them unloadable
    (numpy's OpenBLAS: "ELF load command address/offset not page-aligned").
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
        before = path.stat().st_size
        needed, runpath = dynamic(path)
        if patched_by_auditwheel(path, needed, runpath):
            trial = path.with_name(path.name + ".stripped")
            subprocess.run(["strip", "--strip-unneeded", "-o", str(trial), str(path)], check=True)
            original = path.with_name(path.name + ".original")
            path.rename(original)
            trial.rename(path)
            if loads(path):
                original.unlink()
            else:
                path.unlink()
                original.rename(path)
                continue
        else:
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        done.append((path, before - path.stat().st_size))
    return done


# A locale's own resource in ICU's data: fr.res, coll/fr_CA.res, coll/de__PHONEBOOK.res…
_ICU_LOCALE = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_ICU_SHARED = {"root.res", "res_index.res", "pool.res"}
# ICU services Qt does not call (it breaks text, names languages, currencies and units, spells
# numbers with its own code and CLDR tables): transliteration, break iteration and its
# dictionaries, display names of languages, currencies and units, rule-based number formats.
_ICU_UNUSED_TREES = {"translit", "brkitr", "lang", "curr", "unit", "rbnf"}


def icu_items_to_remove(items: Iterable[str], languages: Iterable[str]) -> list[str]:
    """What of ICU's data Qt does not need for ``languages``: the other languages' locale data
    (collation, regions, time zone names), the legacy charset converters (*.cnv: Qt and the
    application use UTF-8 and Latin-1, which ICU has built in) and the services Qt does not
    call (_ICU_UNUSED_TREES). Shared data (root, pools, indexes, the collation table, Unicode
    properties and normalization, time zones) stays."""
    keep = set(languages)
    remove = []
    for item in items:
        name = item.rsplit("/", 1)[-1]
        locale = _ICU_LOCALE.match(name)
        if (name.endswith(".cnv") or item.split("/", 1)[0] in _ICU_UNUSED_TREES
                or (locale and name not in _ICU_SHARED and locale["language"] not in keep)):
            remove.append(item)
    return remove


def filter_icu_data(original: Path, out_dir: Path, languages: Iterable[str]) -> tuple[Path | None, str]:
    """A libicudata of ``original``'s name with only what :func:`icu_items_to_remove` keeps.

    ICU's data is one package (a .dat image) behind the symbol icudtNN_dat: it is cut out of
    the library, thinned with ICU's own ``icupkg``, turned back into a library with ICU's
    ``genccode`` and the C compiler. Returns (None, why) when a tool is missing."""
    tools = {name: shutil.which(name) for name in ("icupkg", "genccode", "cc", "nm")}
    if not all(tools.values()):
        return None, "missing " + ", ".join(n for n, found in tools.items() if not found)
    out = subprocess.run(["readelf", "-W", "--dyn-syms", str(original)], capture_output=True,
                         text=True, check=True).stdout
    found = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+"
                      r"(icudt\d+)_dat\b", out)
    if not found:
        return None, "no icudtNN_dat symbol"
    address, size, section, entry = (int(found[1], 16), int(found[2], 0), int(found[3]),
                                     found[4])
    sections_out = subprocess.run(["readelf", "-W", "-S", str(original)], capture_output=True,
                                  text=True, check=True).stdout
    header = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections_out)
    if not header:
        return None, "section of icudtNN_dat not found"
    offset = address - int(header[1], 16) + int(header[2], 16)
    with open(original, "rb") as handle:
        handle.seek(offset)
        data = handle.read(size)
    package = f"{entry}l"  # the package's own name: little-endian, ASCII
    for sub in ("in", "out"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    source, thinned = out_dir / "in" / f"{package}.dat", out_dir / "out" / f"{package}.dat"
    source.write_bytes(data)
    items = subprocess.run([tools["icupkg"], "-l", str(source)], capture_output=True, text=True,
                           check=True).stdout.split()
    remove = icu_items_to_remove(items, languages)
    listing = out_dir / "remove.txt"
    listing.write_text("\n".join(remove) + "\n", encoding="ascii")
    subprocess.run([tools["icupkg"], "-r", str(listing), str(source), str(thinned)], check=True,
                   capture_output=True)
    subprocess.run([tools["genccode"], "-q", "-e", entry, "-a", "gcc", "-d", str(out_dir / "out"),
                    str(thinned)], check=True, capture_output=True)
    target = out_dir / original.name
    subprocess.run([tools["cc"], "-shared", "-Wa,--noexecstack", "-o", str(target),
                    f"-Wl,-soname,{soname(original)}", str(out_dir / "out" / f"{package}_dat.S")],
                   check=True)
    if f"{entry}_dat" not in symbols(target, defined=True):
        return None, f"{entry}_dat missing from the rebuilt library"
    return target, f"{len(items) - len(remove)} of {len(items)} items kept"


def stub_library(original: Path, users: Iterable[Path], out_dir: Path,
                 message: str) -> tuple[Path | None, str]:
    """A library of ``original``'s name that only has the functions ``users`` take from it,
    each of which prints ``message`` (with its own name) and aborts: for a library whose code
    the bundle disables (OpenCV's FFmpeg backend, off by OPENCV_VIDEOIO_PRIORITY_FFMPEG=0 in
    the bundle's runtime hook), so that it is never called. The users' symbol versions
    (LIBAVCODEC_62…) are kept. Returns (None, why) when a user takes data, not a function."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("nm") is None:
        return None, "no C compiler"
    defined = subprocess.run(["readelf", "-W", "--dyn-syms", str(original)], capture_output=True,
                             text=True, check=True).stdout
    kinds = {m[2].split("@")[0]: m[1] for m in re.finditer(
        r"\s(FUNC|OBJECT|IFUNC|TLS|NOTYPE)\s+(?:GLOBAL|WEAK)\s+\w+\s+\d+\s+(\S+)", defined)}
    wanted: dict[str, str] = {}  # name -> the version a user asks for ("" if none)
    for user in users:
        out = subprocess.run(["readelf", "-W", "--dyn-syms", str(user)], capture_output=True,
                             text=True, check=True).stdout
        for m in re.finditer(r"\sUND\s+([^\s@]+)(?:@(\S+))?", out):
            if m[1] in kinds:
                wanted[m[1]] = m[2] or ""
    data = sorted(name for name in wanted if kinds[name] not in ("FUNC", "IFUNC"))
    if data:
        return None, f"data symbols {', '.join(data[:5])}"
    out_dir.mkdir(parents=True, exist_ok=True)
    source = out_dir / f"{original.name}.c"
    quoted = message.replace("\\", "\\\\").replace('"', '\\"')
    lines = ["#include <stdio.h>", "#include <stdlib.h>",
             "static void missing(const char *name) {",
             f'    fprintf(stderr, "{quoted}\\n", name);', "    abort();", "}"]
    lines += [f'void {name}(void) {{ missing("{name}"); }}' for name in sorted(wanted)]
    source.write_text("\n".join(lines) + "\n", encoding="ascii")
    versions: dict[str, list[str]] = {}
    for name, version in wanted.items():
        versions.setdefault(version, []).append(name)
    unversioned = versions.pop("", [])
    link = []
    if versions:  # the users ask for LIBAVCODEC_62…: the stub defines those versions
        if unversioned:  # a name asked without a version binds to its default one
            versions[min(versions)] += unversioned
        script = out_dir / f"{original.name}.map"
        script.write_text("".join(f"{version} {{ global: {'; '.join(sorted(names))}; }};\n"
                                  for version, names in sorted(versions.items())),
                          encoding="ascii")
        link = [f"-Wl,--version-script={script}"]
    target = out_dir / original.name
    subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", str(target),
                    f"-Wl,-soname,{soname(original)}", str(source), *link], check=True)
    return target, f"{len(wanted)} functions, each aborting"
