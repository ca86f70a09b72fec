"""The bundle's library surgery (scripts/bundle_trim.py), tried on this environment's own wheels:
the shim that gives OpenCV numpy's OpenBLAS computes what OpenCV's own does, the AVIF stub
leaves PNG and JPEG alone, Qt's thinned ICU data sorts and names as the whole one does, and
only libraries nothing needs are left out. The bundle's self-test then runs them for real
(scripts/bundle-self-test.sh)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import bundle_trim  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(
        shutil.which(tool) for tool in ("cc", "nm", "readelf")),
    reason="Linux with a C compiler and binutils")

CV2 = Path(cv2.__file__).parent
SITE = CV2.parent


def one(pattern: str) -> Path:
    found = sorted(SITE.glob(pattern))
    if not found:
        pytest.skip(f"no {pattern} in this environment")
    return found[0]


def run_with(preload: Path, code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LD_PRELOAD": str(preload), "QT_QPA_PLATFORM": "offscreen",
           "LD_DEBUG": "bindings", "LD_DEBUG_OUTPUT": str(preload.parent / "bindings")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)


def bound_to(preload: Path, symbol: str) -> bool:
    """Whether cv2 took ``symbol`` from the preloaded library (the loader's own account)."""
    logs = "".join(p.read_text(errors="replace") for p in preload.parent.glob("bindings.*"))
    return re.search(rf"cv2[^\n]*to {re.escape(str(preload))} \[0\]: normal symbol `{symbol}'",
                     logs) is not None


LINEAR_ALGEBRA = """
import cv2, numpy as np
rng = np.random.default_rng(7)
out = {}
for dt in (np.float32, np.float64):
    a = rng.standard_normal((7, 7)).astype(dt); b = rng.standard_normal((7, 3)).astype(dt)
    spd = (a @ a.T + 7 * np.eye(7)).astype(dt)
    tall = rng.standard_normal((11, 4)).astype(dt); y = rng.standard_normal((11, 1)).astype(dt)
    n = dt.__name__
    out['lu', n] = cv2.solve(a, b, flags=cv2.DECOMP_LU)[1]
    out['cholesky', n] = cv2.solve(spd, b, flags=cv2.DECOMP_CHOLESKY)[1]
    out['qr', n] = cv2.solve(tall, y, flags=cv2.DECOMP_QR)[1]
    out['svd', n] = cv2.solve(tall, y, flags=cv2.DECOMP_SVD)[1]
    out['singular values', n] = cv2.SVDecomp(tall)[0]
    out['inverse', n] = cv2.invert(a, flags=cv2.DECOMP_LU)[1]
    out['gemm', n] = cv2.gemm(tall, tall, 1.0, None, 0.0, flags=cv2.GEMM_1_T)
    out['numpy lu', n] = np.linalg.solve(a, b)
    out['numpy cholesky', n] = np.linalg.solve(spd, b)
    out['numpy lstsq', n] = np.linalg.lstsq(tall, y, rcond=None)[0]
    out['numpy singular values', n] = np.linalg.svd(tall, compute_uv=False)
    out['numpy inverse', n] = np.linalg.inv(a)
    out['numpy gemm', n] = tall.T @ tall
src = np.float32([[0, 0], [1, 0], [1, 1], [0, 1]])
dst = np.float32([[0, 0], [2, 0.1], [2.2, 2], [0, 1.9]])
out['perspective'] = cv2.perspectiveTransform(src[None], cv2.getPerspectiveTransform(src, dst))[0]
out['perspective wanted'] = dst
np.save(OUT, np.array([out], dtype=object), allow_pickle=True)
"""


def test_the_blas_shim_gives_opencv_numpys_openblas_and_the_same_answers(tmp_path):
    original = one("opencv_python*.libs/libopenblas*.so")
    numpy_blas = one("numpy.libs/libscipy_openblas*.so")
    shim, why = bundle_trim.replace_library(
        original, [next(CV2.glob("cv2*.so"))], ROOT / "scripts" / "cv2_blas_shim.c", tmp_path,
        [str(numpy_blas), f"-Wl,-rpath,{numpy_blas.parent}"])
    assert shim is not None, why
    assert bundle_trim.soname(shim) == bundle_trim.soname(original)
    out = tmp_path / "results.npy"
    done = run_with(shim, f"OUT = {str(out)!r}\n" + LINEAR_ALGEBRA)
    assert done.returncode == 0, done.stderr[-2000:]
    for symbol in ("sgesv_", "dgesdd_", "cblas_dgemm"):
        assert bound_to(shim, symbol), symbol
    got = np.load(out, allow_pickle=True)[0]
    for name in ("float32", "float64"):
        tol = 1e-3 if name == "float32" else 1e-9
        pairs = [("lu", "numpy lu"), ("cholesky", "numpy cholesky"), ("qr", "numpy lstsq"),
                 ("svd", "numpy lstsq"), ("inverse", "numpy inverse"), ("gemm", "numpy gemm")]
        for ours, numpys in pairs:
            np.testing.assert_allclose(got[ours, name], got[numpys, name], rtol=tol, atol=tol,
                                       err_msg=f"{ours} {name}")
        np.testing.assert_allclose(got["singular values", name].ravel(),
                                   got["numpy singular values", name], rtol=tol, atol=tol)
    np.testing.assert_allclose(got["perspective"], got["perspective wanted"], atol=1e-4)


def test_a_shim_missing_a_symbol_opencv_needs_is_refused(tmp_path):
    original = one("opencv_python*.libs/libopenblas*.so")
    partial = tmp_path / "partial.c"
    partial.write_text("void sgesv_(void) {}\n")
    new, why = bundle_trim.replace_library(original, [next(CV2.glob("cv2*.so"))], partial,
                                           tmp_path / "out")
    assert new is None and "lacks" in why


def test_the_avif_stub_leaves_png_and_jpeg_to_opencv(tmp_path):
    original = one("opencv_python*.libs/libavif*.so*")
    stub, why = bundle_trim.replace_library(
        original, [next(CV2.glob("cv2*.so"))], ROOT / "scripts" / "cv2_avif_stub.c", tmp_path)
    assert stub is not None, why
    badge = ROOT / "resources" / "selftest" / "badge.jpg"
    done = run_with(stub, f"""
import cv2, numpy as np
image = cv2.imread({str(badge)!r})
print('jpeg', image.shape)
for ext in ('.png', '.jpg'):
    ok, data = cv2.imencode(ext, image)
    print(ext, ok, cv2.imdecode(data, cv2.IMREAD_COLOR).shape)
fake = np.frombuffer(b'\\x00\\x00\\x00\\x1cftypavif' + bytes(200), np.uint8)
print('avif read', cv2.imdecode(fake, cv2.IMREAD_COLOR))
print('avif written', cv2.imencode('.avif', image)[0])
""")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:5] == [
        "jpeg (480, 640, 3)", ".png True (480, 640, 3)", ".jpg True (480, 640, 3)",
        "avif read None", "avif written False"]
    assert bound_to(stub, "avifDecoderCreate")


def test_icu_keeps_french_english_and_what_they_share():
    items = ["fr.res", "fr_CA.res", "en_GB.res", "de.res", "coll/de__PHONEBOOK.res",
             "coll/root.res", "coll/ucadata.icu", "res_index.res", "pool.res", "zone/pool.res",
             "zone/ja.res", "ibm-1252_P100-2000.cnv", "cnvalias.icu", "translit/root.res",
             "brkitr/cjdict.dict", "supplementalData.res", "yue_Hant_HK.res", "ast.res",
             "zone/fr.res", "region/en.res", "curr/fr.res", "unit/en.res", "lang/pool.res"]
    assert sorted(bundle_trim.icu_items_to_remove(items, ["fr", "en"])) == [
        "ast.res", "brkitr/cjdict.dict", "coll/de__PHONEBOOK.res", "curr/fr.res", "de.res",
        "ibm-1252_P100-2000.cnv", "lang/pool.res", "translit/root.res", "unit/en.res",
        "yue_Hant_HK.res", "zone/ja.res"]


QT_LOCALE = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone, QDate, QTime
names = ["Zoé", "élodie", "Émile", "eric", "Ève", "zacharie", "Œdipe", "Çédric", "cedric"]
for language in ("fr_FR", "en_GB"):
    print(sorted(names, key=QCollator(QLocale(language)).sortKey))
winter = QDateTime(QDate(2026, 1, 15), QTime(12, 0))
paris = QTimeZone(b"Europe/Paris")
for language in ("fr", "en"):
    print(paris.displayName(winter, QTimeZone.NameType.LongName, QLocale(language)))
print(QLocale("fr").toUpper("élève"), QLocale("fr").toString(1234567.5, "f", 1))
"""


@pytest.mark.skipif(not (shutil.which("icupkg") and shutil.which("genccode")),
                    reason="ICU's tools (icu-devtools)")
def test_qt_with_the_thinned_icu_data_answers_as_with_the_whole(tmp_path):
    import PySide6

    original = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
    if original is None:
        pytest.skip("this PySide6 carries no ICU")
    thinned, why = bundle_trim.filter_icu_data(original, tmp_path, ["fr", "en"])
    assert thinned is not None, why
    assert thinned.stat().st_size < original.stat().st_size / 3
    whole = subprocess.run([sys.executable, "-c", QT_LOCALE], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    thin = run_with(thinned, QT_LOCALE)
    assert thin.returncode == 0, thin.stderr[-2000:]
    assert thin.stdout == whole.stdout
    assert "heure normale d’Europe centrale" in thin.stdout
    assert "Could not create collator" not in thin.stderr


def test_only_libraries_nothing_kept_needs_are_left_out(tmp_path):
    def library(name: str, needs: list[str]) -> Path:
        source = tmp_path / f"{name}.c"
        source.write_text(f"int {name.split('.')[0].replace('-', '_')}(void) {{ return 1; }}\n")
        out = tmp_path / name
        subprocess.run(["cc", "-shared", "-fPIC", "-o", str(out), f"-Wl,-soname,{name}",
                        str(source), f"-L{tmp_path}", "-Wl,--no-as-needed",
                        *[f"-l:{need}" for need in needs]], check=True)
        return out

    base = library("libbase.so.1", [])
    used = library("libused.so.1", ["libbase.so.1"])
    orphan = library("liborphan.so.1", [])
    module = library("module.cpython-311-x86_64-linux-gnu.so", ["libused.so.1"])
    grafted = library("libgrafted-0123abcd.so.2", [])
    entries = [("pkg/module.cpython-311-x86_64-linux-gnu.so", str(module), "EXTENSION"),
               ("libused.so.1", str(used), "BINARY"), ("libbase.so.1", str(base), "BINARY"),
               ("liborphan.so.1", str(orphan), "BINARY"),
               ("pkg.libs/libgrafted-0123abcd.so.2", str(grafted), "BINARY"),
               ("libzbar.so.0", str(orphan), "BINARY")]
    kept, dropped = bundle_trim.prune_orphans(entries, re.compile(r"^libzbar"))
    assert sorted(d for d, *_ in dropped) == ["liborphan.so.1", "pkg.libs/libgrafted-0123abcd.so.2"]
    assert {d for d, *_ in kept} == {"pkg/module.cpython-311-x86_64-linux-gnu.so", "libused.so.1",
                                     "libbase.so.1", "libzbar.so.0"}


def test_a_stubbed_library_loads_under_its_versions_and_aborts_when_called(tmp_path):
    """A library with versioned functions (as FFmpeg's), a user of two of them, then the stub:
    the user still loads (names and versions found), and a call says what was called, then
    aborts."""
    (tmp_path / "real.c").write_text("int av_one(void) { return 1; }\n"
                                     "int av_two(void) { return 2; }\n"
                                     "int av_three(void) { return 3; }\n")
    (tmp_path / "real.map").write_text("LIBAV_62 { global: av_one; av_two; av_three; local: *; };\n")
    real = tmp_path / "libav-0123abcd.so.62"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(real), "-Wl,-soname,libav-0123abcd.so.62",
                    f"-Wl,--version-script={tmp_path / 'real.map'}", str(tmp_path / "real.c")],
                   check=True)
    (tmp_path / "user.c").write_text("int av_one(void); int av_two(void);\n"
                                     "int use_one(void) { return av_one(); }\n"
                                     "int use_two(void) { return av_two(); }\n")
    user = tmp_path / "user.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(user), str(tmp_path / "user.c"),
                    str(real), "-Wl,-rpath,$ORIGIN/stub"], check=True)
    stub, why = bundle_trim.stub_library(real, [user], tmp_path / "stub",
                                         "left out of this bundle (%s was called)")
    assert stub is not None, why
    assert why == "2 functions, each aborting"
    assert bundle_trim.symbols(stub, defined=True) >= {"av_one", "av_two"}
    assert "av_three" not in bundle_trim.symbols(stub, defined=True)
    assert "LIBAV_62" in subprocess.run(["readelf", "-V", str(stub)], capture_output=True,
                                        text=True).stdout
    code = f"import ctypes; lib = ctypes.CDLL({str(user)!r}); print('loaded', flush=True); lib.use_two()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout == "loaded\n"
    assert "left out of this bundle (av_two was called)" in done.stderr
    assert done.returncode == -6  # SIGABRT


def test_a_patched_library_is_stripped_only_if_it_still_loads(tmp_path, monkeypatch):
    folder = tmp_path / "dist" / "pkg.libs"
    folder.mkdir(parents=True)
    (tmp_path / "lib.c").write_text("int answer(void) { return 42; }\n")
    library = folder / "libanswer-0123abcd.so.1"
    subprocess.run(["cc", "-g", "-shared", "-fPIC", "-o", str(library), str(tmp_path / "lib.c")],
                   check=True)
    original = library.read_bytes()
    monkeypatch.setattr(bundle_trim, "loads", lambda path: False)  # as numpy's OpenBLAS
    assert bundle_trim.strip_debug(tmp_path / "dist") == []
    assert library.read_bytes() == original
    assert sorted(p.name for p in folder.iterdir()) == [library.name]
    monkeypatch.undo()
    ((path, saved),) = bundle_trim.strip_debug(tmp_path / "dist")
    assert path == library and saved > 0 and ".debug_info" not in bundle_trim.sections(library)
    assert bundle_trim.loads(library)
