"""QR decoders behind one small interface, with no Qt.

One class per library (zxing-cpp, zbar through pyzbar, OpenCV's two QR detectors), each
taking a grayscale frame and answering a list of :class:`Detection`. A library that cannot be
loaded (pyzbar without the libzbar shared library, say) raises :class:`DecoderUnavailable` when
its decoder is made; :func:`build_chain` logs a warning and goes on with the next one, so the
station keeps scanning with whatever is installed.

:data:`DEFAULT_ORDER` is the verdict of ``bench/bench_decode.py`` (see ``docs/scanning.md``):
zxing-cpp reads the most frames, and is by far the fastest, so it goes first in the
chain for one picture, followed by zxing-cpp on a sharpened frame (blurred and far badges)
and zbar, which reads some partly covered badges that zxing-cpp misses; OpenCV is the last
resort where neither library loads. A camera's frames go through the scheduler of
:mod:`checkin.scanner.scheduler` instead, which runs the same libraries on a budget.
"""

from __future__ import annotations

import abc
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

Outline = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Detection:
    """A code read in a frame: its text and its corners in frame pixels (clockwise)."""

    text: str
    outline: Outline


class DecoderUnavailable(RuntimeError):
    """A decoding library (or the system library it wraps) is not installed here."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"The {name} QR decoder is not available on this machine: {reason}")
        self.name = name
        self.reason = reason


class Decoder(abc.ABC):
    """Reads QR codes in a grayscale frame (2-D ``uint8`` array, any size)."""

    #: short identifier, used by settings, logs and the benchmark
    name: str = ""
    #: words for the settings page
    label: str = ""

    @abc.abstractmethod
    def decode(self, gray: np.ndarray) -> list[Detection]:
        """Every QR code found in ``gray``; an empty list when there is none."""

    def reset(self) -> None:  # noqa: B027 (a hook: most decoders keep no state)
        """Forget what earlier frames taught (a decoder that keeps state between the frames
        of one camera does; a new source starts afresh)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def to_gray(image: np.ndarray) -> np.ndarray:
    """A frame as OpenCV gives it (BGR, BGRA or already gray) as one 8-bit channel."""
    if image.ndim == 2:
        return image
    import cv2

    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(image, code)


def _outline(points: Iterable[Sequence[float]]) -> Outline:
    return tuple((int(round(float(x))), int(round(float(y)))) for x, y in points)


def _text(raw: bytes | str) -> str | None:
    """The payload as text, or None for binary data that no badge of ours carries."""
    if isinstance(raw, str):
        return raw or None
    try:
        return raw.decode("utf-8") or None
    except UnicodeDecodeError:
        return None


class ZxingDecoder(Decoder):
    """zxing-cpp: the wheel carries the library, so it needs nothing from the system."""

    name = "zxing"
    label = "zxing-cpp"

    def __init__(self, *, try_downscale: bool = True, sharpen: bool = False):
        try:
            import zxingcpp
        except ImportError as error:
            raise DecoderUnavailable(self.label, str(error)) from error
        self._zxing = zxingcpp
        self._formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        self._try_downscale = try_downscale
        # An unsharp mask first: it brings back the module edges of a blurred or far badge
        # that the plain pass misses, for under a millisecond.
        self.sharpen = sharpen
        if sharpen:
            self.label = "zxing-cpp, sharpened"

    def decode(self, gray: np.ndarray) -> list[Detection]:
        return self.read(gray, errors=False)[0]

    def read(
        self, gray: np.ndarray, *, errors: bool = True
    ) -> tuple[list[Detection], list[tuple[int, int, int, int]]]:
        """The codes read, and the boxes (x, y, width, height) of symbols zxing-cpp found but
        could not read: where a costlier decoder is worth trying."""
        if self.sharpen:
            import cv2

            gray = cv2.addWeighted(gray, 1.8, cv2.GaussianBlur(gray, (0, 0), 2.0), -0.8, 0)
        results = self._zxing.read_barcodes(
            gray,
            formats=self._formats,
            try_rotate=True,
            try_downscale=self._try_downscale,
            try_invert=False,  # badges are printed dark on light; halves the work
            return_errors=errors,
        )
        found, failed = [], []
        for result in results:
            p = result.position
            corners = ((c.x, c.y) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
            text = _text(result.text) if result.valid else None
            if text is None:
                outline = _outline(corners)
                xs, ys = [x for x, _ in outline], [y for _, y in outline]
                box = (max(0, min(xs)), max(0, min(ys)), max(xs) - min(xs), max(ys) - min(ys))
                if box[2] > 4 and box[3] > 4:
                    failed.append(box)
                continue
            found.append(Detection(text, _outline(corners)))
        return found, failed

    def __repr__(self) -> str:
        return f"ZxingDecoder(sharpen={self.sharpen})"


class ZbarDecoder(Decoder):
    """zbar through pyzbar; needs the libzbar shared library from the system."""

    name = "zbar"
    label = "ZBar (pyzbar)"

    def __init__(self, *, max_width: int | None = None):
        try:
            from pyzbar import pyzbar
        except (ImportError, OSError) as error:  # pyzbar raises ImportError without libzbar
            raise DecoderUnavailable(self.label, str(error)) from error
        self._pyzbar = pyzbar
        self._symbols = [pyzbar.ZBarSymbol.QRCODE]
        # zbar's time grows with the pixels; on a shrunk frame it is a cheap second opinion.
        self.max_width = max_width
        if max_width:
            self.label = f"{self.label} ≤{max_width} px"

    def decode(self, gray: np.ndarray) -> list[Detection]:
        scale = 1.0
        if self.max_width and gray.shape[1] > self.max_width:
            import cv2

            scale = self.max_width / gray.shape[1]
            gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        gray = np.ascontiguousarray(gray)
        found = []
        for result in self._pyzbar.decode(gray, symbols=self._symbols):
            text = _text(result.data)
            if text is None:
                continue
            points = ((p.x / scale, p.y / scale) for p in result.polygon)
            found.append(Detection(text, _outline(points)))
        return found

    def __repr__(self) -> str:
        return f"ZbarDecoder(max_width={self.max_width})"


class OpenCVDecoder(Decoder):
    """OpenCV's QR detectors: the ArUco-based one first (better on small, tilted codes),
    the classic one when it finds nothing."""

    name = "opencv"
    label = "OpenCV"

    def __init__(self, *, aruco: bool = True, classic: bool = True):
        try:
            import cv2
        except ImportError as error:
            raise DecoderUnavailable(self.label, str(error)) from error
        self._detectors: list[cv2.QRCodeDetector | cv2.QRCodeDetectorAruco] = []
        if aruco and hasattr(cv2, "QRCodeDetectorAruco"):
            self._detectors.append(cv2.QRCodeDetectorAruco())
        if classic or not self._detectors:
            self._detectors.append(cv2.QRCodeDetector())

    def decode(self, gray: np.ndarray) -> list[Detection]:
        for detector in self._detectors:
            try:
                ok, texts, points, _ = detector.detectAndDecodeMulti(gray)
            except Exception:  # noqa: BLE001 - OpenCV asserts on odd frames; a miss, not a crash
                log.debug("OpenCV QR detector failed on a frame", exc_info=True)
                continue
            if not ok or points is None:
                continue
            found = [
                Detection(text, _outline(corners))
                for text, corners in zip(texts, points, strict=False)
                if text
            ]
            if found:
                return found
        return []


class DecoderChain(Decoder):
    """Tries its decoders in order and answers with the first that finds something."""

    name = "chain"

    def __init__(self, decoders: Sequence[Decoder]):
        if not decoders:
            raise DecoderUnavailable("chain", "no QR decoding library could be loaded")
        self.decoders = tuple(decoders)
        self.label = " → ".join(d.label for d in self.decoders)

    def decode(self, gray: np.ndarray) -> list[Detection]:
        for decoder in self.decoders:
            found = decoder.decode(gray)
            if found:
                return found
        return []

    def __repr__(self) -> str:
        return f"DecoderChain({list(self.decoders)!r})"


DECODERS: dict[str, type[Decoder]] = {
    ZxingDecoder.name: ZxingDecoder,
    ZbarDecoder.name: ZbarDecoder,
    OpenCVDecoder.name: OpenCVDecoder,
}

#: the order of preference measured by bench/bench_decode.py, best first
DEFAULT_ORDER: tuple[str, ...] = ("zxing", "zbar", "opencv")
#: ``ZbarDecoder(max_width=...)`` of earlier chains; kept for the benchmark's comparison
FALLBACK_MAX_WIDTH = 640


def make_decoder(name: str, **options) -> Decoder:
    """One decoder by its short name; raises DecoderUnavailable or KeyError."""
    return DECODERS[name](**options)


def build_chain(names: Iterable[str]) -> DecoderChain:
    """A chain of the named decoders that load here, skipping (with a warning) those that
    don't."""
    decoders: list[Decoder] = []
    for name in names:
        try:
            decoders.append(make_decoder(name))
        except DecoderUnavailable as error:
            log.warning("%s; trying the next decoder", error)
    return DecoderChain(decoders)


def default_decoder() -> DecoderChain:
    """The decoder for one picture (a printed badge, a photo), made of what is installed.

    zxing-cpp; when it finds nothing, zxing-cpp again on the picture sharpened, then zbar at
    full resolution (see docs/scanning.md for the figures). Without zxing-cpp: zbar, then
    OpenCV. A camera uses :func:`checkin.scanner.scheduler.door_decoder` instead, which spends
    the costly links only where and when a code is likely.
    """
    try:
        decoders: list[Decoder] = [ZxingDecoder(), ZxingDecoder(sharpen=True)]
    except DecoderUnavailable as error:
        log.warning("%s; falling back on zbar and OpenCV", error)
        return build_chain(("zbar", "opencv"))
    try:
        decoders.append(ZbarDecoder())
    except DecoderUnavailable as error:
        log.warning("%s; zxing-cpp alone", error)
    return DecoderChain(decoders)


@dataclass(frozen=True)
class DecoderInfo:
    """One known decoder as the settings page lists it."""

    name: str
    label: str
    available: bool
    reason: str = ""  # why it is not available, in words


def available_decoders() -> list[DecoderInfo]:
    """Every known decoder, in the order of preference, and whether it loads here."""
    rows = []
    for name in DEFAULT_ORDER:
        cls = DECODERS[name]
        try:
            cls()
        except DecoderUnavailable as error:
            rows.append(DecoderInfo(name, cls.label, False, error.reason))
        else:
            rows.append(DecoderInfo(name, cls.label, True))
    return rows
