"""Where frames come from: a camera, a video file or a stream URL, through OpenCV.

:class:`FrameSource` opens an OpenCV ``VideoCapture`` for a :class:`SourceSpec` and yields
:class:`Frame` objects, reporting its state as a :class:`SourceStatus` in words a volunteer can
act on. A camera that is missing or held by another program is UNAVAILABLE; one that stops
giving frames is LOST; both are retried by themselves with a growing back-off, so unplugging
and plugging the webcam back is all it takes. A video file plays once and ENDS.

:class:`Grabber` reads a source on a thread of its own and hands over only the newest frame:
while the decoder is busy, older frames are dropped, never queued, so the picture never lags
behind the door. No Qt here: the window's worker (:mod:`checkin.scanner.camera`) and the
``checkin scan`` command share this code.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)


class SourceKind(enum.Enum):
    DEVICE = "device"
    FILE = "file"
    URL = "url"


class SourceState(enum.Enum):
    OPENING = "opening"
    LIVE = "live"
    LOST = "lost"  # was giving frames, stopped: reconnecting
    UNAVAILABLE = "unavailable"  # cannot be opened (missing, busy, bad file): retrying or not
    ENDED = "ended"  # a video file reached its end, or the source was stopped


@dataclass(frozen=True)
class SourceStatus:
    state: SourceState
    message: str
    retry_in_s: float | None = None  # when the next attempt is due, if one is


@dataclass(frozen=True)
class SourceSpec:
    kind: SourceKind
    value: int | str

    @property
    def label(self) -> str:
        if self.kind is SourceKind.DEVICE:
            return f"camera {self.value}"
        if self.kind is SourceKind.FILE:
            return Path(str(self.value)).name
        return _hide_password(str(self.value))

    @property
    def live(self) -> bool:
        return self.kind is not SourceKind.FILE


@dataclass(frozen=True)
class Frame:
    image: np.ndarray  # BGR or grayscale, as OpenCV gives it
    arrived: float  # time.monotonic() when the frame came out of the capture
    index: int  # position in the source since it was opened


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str


def parse_source(spec: int | str | os.PathLike | SourceSpec) -> SourceSpec:
    """A device index (``0``, ``"1"``), a URL (``rtsp://…``, ``http://phone:8080/video``) or a
    path to a video file."""
    if isinstance(spec, SourceSpec):
        return spec
    if isinstance(spec, int):
        return SourceSpec(SourceKind.DEVICE, spec)
    text = os.fspath(spec).strip()
    if text.isdigit():
        return SourceSpec(SourceKind.DEVICE, int(text))
    if "://" in text:
        return SourceSpec(SourceKind.URL, text)
    return SourceSpec(SourceKind.FILE, text)


def _hide_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest.split("/", 1)[0]:
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url


class Capture(Protocol):
    """The part of ``cv2.VideoCapture`` we use; tests pass a stand-in for a camera."""

    def isOpened(self) -> bool: ...  # noqa: N802 - OpenCV's name
    def read(self) -> tuple[bool, np.ndarray | None]: ...
    def grab(self) -> bool: ...
    def set(self, prop: int, value: float) -> bool: ...
    def get(self, prop: int) -> float: ...
    def release(self) -> None: ...


def ffmpeg_off() -> bool:
    """Whether OpenCV's FFmpeg backend is switched off: in the Linux bundle, which carries no
    FFmpeg for OpenCV (scripts/pyi_rth_checkin.py)."""
    return os.environ.get("OPENCV_VIDEOIO_PRIORITY_FFMPEG") == "0"


class MjpegHttpCapture:
    """An MJPEG stream over HTTP (``multipart/x-mixed-replace``, what a phone's "IP camera"
    app serves), read without FFmpeg: each picture is cut out of the stream between its JPEG
    start and end markers and decoded by OpenCV's own JPEG reader. Used where OpenCV's FFmpeg
    is off (:func:`ffmpeg_off`); elsewhere OpenCV reads such a stream itself."""

    MAX_PICTURE = 16 * 1024 * 1024

    def __init__(self, url: str, *, timeout_s: float = 5.0):
        import httpx

        self._buffer = b""
        self._chunks: Iterator[bytes] | None = None
        self._client = httpx.Client(timeout=timeout_s, follow_redirects=True)
        self._response = None
        try:
            self._response = self._client.send(self._client.build_request("GET", url),
                                               stream=True)
            kind = self._response.headers.get("content-type", "").lower()
            if self._response.status_code == 200 and ("multipart" in kind or "jpeg" in kind):
                self._chunks = self._response.iter_bytes()
            else:
                log.warning("%s answers %s (%s), not an MJPEG stream", _hide_password(url),
                            self._response.status_code, kind or "no content type")
        except httpx.HTTPError as error:
            log.warning("opening %s failed: %s", _hide_password(url), error)
        if self._chunks is None:
            self.release()

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
        return self._chunks is not None

    def read(self) -> tuple[bool, np.ndarray | None]:
        import cv2

        picture = self._next_picture()
        if picture is None:
            return False, None
        image = cv2.imdecode(np.frombuffer(picture, np.uint8), cv2.IMREAD_COLOR)
        return image is not None, image

    def grab(self) -> bool:
        return self._next_picture() is not None

    def set(self, prop: int, value: float) -> bool:
        return False

    def get(self, prop: int) -> float:
        return 0.0

    def release(self) -> None:
        self._chunks = None
        if self._response is not None:
            self._response.close()
            self._response = None
        self._client.close()

    def _next_picture(self) -> bytes | None:
        import httpx

        while self._chunks is not None:
            start = self._buffer.find(b"\xff\xd8")
            if start >= 0:
                end = self._buffer.find(b"\xff\xd9", start + 2)
                if end >= 0:
                    picture, self._buffer = self._buffer[start:end + 2], self._buffer[end + 2:]
                    return picture
                self._buffer = self._buffer[start:]
                if len(self._buffer) > self.MAX_PICTURE:  # no end in sight: not JPEG pictures
                    self._buffer = b""
            else:
                self._buffer = self._buffer[-1:]
            try:
                self._buffer += next(self._chunks)
            except (StopIteration, httpx.HTTPError):
                self.release()
        return None


def open_capture(spec: SourceSpec) -> Capture:
    """An OpenCV capture for ``spec``, with short timeouts on network streams."""
    import cv2

    if spec.kind is SourceKind.DEVICE:
        if sys.platform == "win32":
            backend = cv2.CAP_DSHOW
        elif sys.platform.startswith("linux"):
            backend = cv2.CAP_V4L2
        else:
            backend = cv2.CAP_ANY
        # A missing camera makes OpenCV print warnings at every retry; our status says it in
        # words instead.
        level = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
        try:
            capture = cv2.VideoCapture(int(spec.value), backend)
        finally:
            cv2.utils.logging.setLogLevel(level)
        if capture.isOpened():
            # A small driver buffer: frames must be fresh, not a second old.
            capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        return capture
    if spec.kind is SourceKind.URL:
        if ffmpeg_off() and str(spec.value).lower().startswith(("http://", "https://")):
            return MjpegHttpCapture(str(spec.value))
        params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, 5000, cv2.CAP_PROP_READ_TIMEOUT_MSEC, 5000]
        return cv2.VideoCapture(str(spec.value), cv2.CAP_ANY, params)
    return cv2.VideoCapture(str(spec.value))


DEFAULT_BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0)


class FrameSource:
    """Frames from one source, with its state reported through ``on_status``.

    ``realtime`` paces a video file at its own frame rate, as a camera would deliver it (the
    default for files is False: as fast as the reader takes them).
    """

    def __init__(
        self,
        spec: int | str | os.PathLike | SourceSpec,
        *,
        on_status: Callable[[SourceStatus], None] | None = None,
        backoff_s: Sequence[float] = DEFAULT_BACKOFF_S,
        realtime: bool = False,
        opener: Callable[[SourceSpec], Capture] = open_capture,
        clock: Callable[[], float] = time.monotonic,
        gray: bool = False,
    ):
        self.spec = parse_source(spec)
        # A reader that only decodes (``checkin scan``) asks for grayscale: an MJPEG file's
        # pictures are then decoded straight to their brightness, without the colour planes,
        # a third of the work (bench/bench_door.py). The window wants colour for its preview.
        self.gray = gray
        self.on_status = on_status or (lambda status: None)
        self.backoff_s = tuple(backoff_s) or (1.0,)
        self.realtime = realtime
        self.opener = opener
        self.clock = clock
        self.status = SourceStatus(SourceState.OPENING, f"Opening {self.spec.label}…")
        #: frames of a file played in real time that were skipped to keep up
        self.late_skipped = 0

    def _report(self, status: SourceStatus) -> None:
        if status != self.status:
            log.info("%s: %s", self.spec.label, status.message)
        self.status = status
        self.on_status(status)

    def _open(self) -> Capture | None:
        try:
            capture = self.opener(self.spec)
        except Exception as error:  # noqa: BLE001 - a driver error is a status, not a crash
            log.warning("opening %s failed: %s", self.spec.label, error)
            return None
        if not capture.isOpened():
            capture.release()
            return None
        return capture

    def _unavailable_message(self) -> str:
        if self.spec.kind is SourceKind.DEVICE:
            return (
                f"Camera {self.spec.value} cannot be opened: it is missing, unplugged or "
                "used by another program."
            )
        # The Linux bundle switches OpenCV's FFmpeg off (scripts/pyi_rth_checkin.py): it reads
        # cameras, MJPEG .avi files and MJPEG streams over HTTP, no other video or stream.
        without_ffmpeg = ffmpeg_off()
        if self.spec.kind is SourceKind.URL:
            if without_ffmpeg and not str(self.spec.value).lower().startswith("http"):
                return (f"The stream {self.spec.label} cannot be read here: this installation "
                        "reads MJPEG streams over HTTP (a phone's IP camera app), not this one.")
            if without_ffmpeg:
                return (f"The stream {self.spec.label} does not answer as an MJPEG stream: "
                        "check the address, the Wi-Fi and the app's video format.")
            return f"The stream {self.spec.label} does not answer: check the address and Wi-Fi."
        if not Path(str(self.spec.value)).exists():
            return f"The video file {self.spec.value} does not exist."
        if without_ffmpeg:
            return (f"The video file {self.spec.value} cannot be read here: this installation "
                    "reads MJPEG .avi videos only.")
        return f"The video file {self.spec.value} cannot be read as a video."

    def frames(self, stop: threading.Event | None = None) -> Iterator[Frame]:
        """Yield frames until the file ends or ``stop`` is set; reconnect live sources."""
        stop = stop or threading.Event()
        attempt = 0
        index = 0
        while not stop.is_set():
            self._report(SourceStatus(SourceState.OPENING, f"Opening {self.spec.label}…"))
            capture = self._open()
            if capture is None:
                if not self.spec.live:
                    self._report(
                        SourceStatus(SourceState.UNAVAILABLE, self._unavailable_message())
                    )
                    return
                delay = self.backoff_s[min(attempt, len(self.backoff_s) - 1)]
                attempt += 1
                self._report(
                    SourceStatus(
                        SourceState.UNAVAILABLE,
                        self._unavailable_message() + f" Trying again in {delay:g} s.",
                        retry_in_s=delay,
                    )
                )
                stop.wait(delay)
                continue
            damaged = ""
            try:
                got_any = False
                period = self._frame_period(capture)
                packets = self.gray and self._jpeg_packets(capture)
                started = self.clock()
                read_here = 0
                while not stop.is_set():
                    if period and got_any and self.clock() - (started + index * period) > period:
                        # More than a frame late (a starved machine): a camera would have
                        # moved on, so the file does too, and plays in real time. grab()
                        # skips the colour conversion; the frame counts as dropped.
                        if capture.grab():
                            read_here += 1
                            index += 1
                            self.late_skipped += 1
                            continue
                    ok, image = capture.read()
                    if packets and ok and image is not None:
                        image = _decode_gray(image)
                    if not ok or image is None:
                        if got_any and not self.spec.live:
                            damaged = self._damage(capture, read_here)
                        break
                    read_here += 1
                    if not got_any:
                        got_any = True
                        attempt = 0
                        started = self.clock()
                        self._report(SourceStatus(SourceState.LIVE, f"{self.spec.label} is live."))
                    if period:
                        due = started + index * period
                        wait = due - self.clock()
                        if wait > 0 and stop.wait(wait):
                            break
                    yield Frame(image, self.clock(), index)
                    index += 1
            finally:
                capture.release()
            if stop.is_set():
                break
            if not self.spec.live:
                if damaged:
                    self._report(SourceStatus(SourceState.UNAVAILABLE, damaged))
                elif got_any:
                    self._report(SourceStatus(SourceState.ENDED, f"{self.spec.label} ended."))
                else:
                    self._report(
                        SourceStatus(SourceState.UNAVAILABLE, self._unavailable_message())
                    )
                return
            delay = self.backoff_s[min(attempt, len(self.backoff_s) - 1)]
            attempt += 1
            if got_any:
                message = (
                    f"{self.spec.label} stopped sending pictures. Reconnecting in {delay:g} s."
                )
                self._report(SourceStatus(SourceState.LOST, message, retry_in_s=delay))
            else:
                # Opened but not one picture: on Linux, a camera another program holds.
                message = self._unavailable_message() + f" Trying again in {delay:g} s."
                self._report(SourceStatus(SourceState.UNAVAILABLE, message, retry_in_s=delay))
            stop.wait(delay)
        self._report(SourceStatus(SourceState.ENDED, f"{self.spec.label} stopped."))

    def _damage(self, capture: Capture, frames_read: int) -> str:
        """A sentence when a video file stopped giving pictures before its announced end
        (a cut or damaged file; FFmpeg said why on stderr), else ""."""
        import cv2

        try:
            count = float(capture.get(cv2.CAP_PROP_FRAME_COUNT) or 0.0)
            fps = float(capture.get(cv2.CAP_PROP_FPS) or 0.0)
        except Exception:  # noqa: BLE001 - a stand-in or a driver without the property
            return ""
        # Containers estimate their length; a few pictures short is not damage.
        if count <= 0 or frames_read >= count - max(2.0, count * 0.02):
            return ""
        seconds = frames_read / fps if 1.0 <= fps <= 240.0 else frames_read / 30.0
        return (f"{self.spec.label}: the file is damaged after {seconds:.0f} s "
                f"({frames_read} of {count:.0f} pictures read).")

    def _jpeg_packets(self, capture: Capture) -> bool:
        """Switch an MJPEG file's capture to handing over each picture's JPEG data, which
        :func:`_decode_gray` decodes; False (and nothing changed) for anything else."""
        if self.spec.kind is not SourceKind.FILE:
            return False
        import cv2

        try:
            fourcc = int(capture.get(cv2.CAP_PROP_FOURCC)).to_bytes(4, "little")
            return fourcc.upper() == b"MJPG" and bool(capture.set(cv2.CAP_PROP_FORMAT, -1))
        except Exception:  # noqa: BLE001 - a stand-in or a backend without the property
            return False

    def _frame_period(self, capture: Capture) -> float:
        if self.spec.live or not self.realtime:
            return 0.0
        import cv2

        fps = capture.get(cv2.CAP_PROP_FPS) or 0.0
        return 1.0 / fps if 1.0 <= fps <= 240.0 else 1.0 / 30.0


def _decode_gray(packet: np.ndarray) -> np.ndarray | None:
    """One MJPEG picture's JPEG data decoded to grayscale (None when it is not a picture)."""
    import cv2

    return cv2.imdecode(packet.reshape(-1), cv2.IMREAD_GRAYSCALE)


class Grabber:
    """Reads a :class:`FrameSource` on its own thread and hands over the newest frame.

    :meth:`next` returns the source's statuses in order and, between them, only the most
    recent frame: a frame that arrives while the previous one is still waiting replaces it
    (counted in :attr:`dropped`). With ``drop=False`` (tests, benchmarks on a file) the reader
    waits instead, so every frame is processed.
    """

    def __init__(self, source: FrameSource, *, drop: bool = True):
        self.source = source
        self.drop = drop
        self.dropped = 0
        self._items: deque[Frame | SourceStatus] = deque()
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._done = False
        self._thread: threading.Thread | None = None
        self._forward_status = source.on_status
        source.on_status = self._push_status

    def start(self) -> None:
        thread = threading.Thread(
            target=self._run, name=f"grabber {self.source.spec.label}", daemon=True
        )
        thread.start()
        # Published only once started: a stop() from another thread in between must not
        # join a thread that has not started ("cannot join thread before it is started").
        self._thread = thread

    def stop(self, timeout: float | None = 6.0) -> None:
        """Ask the reader to stop and wait for it (a network read may take its timeout)."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def finished(self) -> bool:
        """The source is over and everything it gave has been taken."""
        with self._cond:
            return self._done and not self._items

    def next(self, timeout: float | None = None) -> Frame | SourceStatus | None:
        """The next status or the newest frame; None on timeout, on stop or at the end."""
        with self._cond:
            if not self._cond.wait_for(
                lambda: self._items or self._done or self._stop.is_set(), timeout
            ):
                return None
            if not self._items:
                return None
            item = self._items.popleft()
            self._cond.notify_all()
            return item

    def _push_status(self, status: SourceStatus) -> None:
        with self._cond:
            self._items.append(status)
            self._cond.notify_all()
        self._forward_status(status)

    def _push_frame(self, frame: Frame) -> None:
        with self._cond:
            if self.drop:
                if self._items and isinstance(self._items[-1], Frame):
                    self._items.pop()
                    self.dropped += 1
            else:
                self._cond.wait_for(
                    lambda: not any(isinstance(i, Frame) for i in self._items)
                    or self._stop.is_set()
                )
            self._items.append(frame)
            self._cond.notify_all()

    def _run(self) -> None:
        try:
            for frame in self.source.frames(self._stop):
                self._push_frame(frame)
        except Exception:  # noqa: BLE001 - never let a driver bug kill the station silently
            log.exception("reading %s failed", self.source.spec.label)
            self._push_status(
                SourceStatus(
                    SourceState.UNAVAILABLE,
                    f"{self.source.spec.label} failed unexpectedly; see the log.",
                )
            )
        finally:
            with self._cond:
                self._done = True
                self._cond.notify_all()


def list_cameras(max_index: int = 8, *, sysfs: Path = Path("/sys/class/video4linux"),
                 platform: str = sys.platform) -> list[CameraInfo]:
    """The cameras this machine offers, for the settings page.

    On Linux the video4linux devices are listed by name without opening them (opening a camera
    another program uses would disturb it); elsewhere indexes are probed until one fails.
    """
    if platform.startswith("linux"):
        cameras = []
        for entry in sorted(sysfs.glob("video*"), key=lambda p: int(p.name[5:] or 0)):
            index = int(entry.name[5:] or 0)
            try:
                name = (entry / "name").read_text(encoding="utf-8").strip()
            except OSError:
                name = entry.name
            # Each webcam has a second node for metadata; index 0 of the interface is the
            # picture one.
            try:
                interface = int((entry / "index").read_text().strip())
            except (OSError, ValueError):
                interface = 0
            if interface == 0:
                cameras.append(CameraInfo(index, name or f"Camera {index}"))
        return cameras
    cameras = []
    for index in range(max_index):
        capture = open_capture(SourceSpec(SourceKind.DEVICE, index))
        try:
            if not capture.isOpened():
                break
            cameras.append(CameraInfo(index, f"Camera {index}"))
        finally:
            capture.release()
    return cameras
