"""The camera worker: frames → decoder → validator → signals, on a thread of its own.

:class:`CameraWorker` is a long-lived worker: a ``QObject`` moved to a ``QThread``, whose
``run`` slot loops until :meth:`CameraWorker.stop` is called or a video file ends. A grabber
thread (:class:`~checkin.scanner.sources.Grabber`) reads the source and keeps only the newest
frame, so frames that arrive while the decoder is busy are dropped, never queued. The worker
never touches a widget: it emits the preview frame with the outline of the code it found, each
validated code, and the source's status; the window draws them.

:class:`CameraController` owns the thread and the worker: ``start(source)``, ``stop()`` (also
called when the application quits) and ``switch_source(source)``.

This is the only module of :mod:`checkin.scanner` that imports Qt.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from checkin.scanner.decoders import Decoder, Outline, to_gray
from checkin.scanner.sources import (
    Frame,
    FrameSource,
    Grabber,
    SourceSpec,
    SourceState,
    SourceStatus,
    parse_source,
)
from checkin.scanner.validator import ScanValidator

log = logging.getLogger(__name__)


# How long the loop waits for a frame before looking at the stop flag again.
_POLL_S = 0.05


def to_qimage(image: np.ndarray) -> QImage:
    """A deep copy of an OpenCV frame as a QImage (safe to send to another thread)."""
    image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    if image.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
    elif image.shape[2] == 4:
        fmt = QImage.Format.Format_ARGB32
    else:
        fmt = QImage.Format.Format_BGR888
    return QImage(image.data, width, height, image.strides[0], fmt).copy()


class CameraWorker(QObject):
    """Reads one source, decodes, validates; lives on its own QThread.

    ``source`` is a device index, a video file path or a stream URL. ``realtime`` plays a
    video file at its own frame rate (default: yes, like a camera); ``drop_frames`` (default:
    yes) drops frames that arrive while the decoder is busy. Tests set both to False so that
    every frame of a file is decoded.
    """

    #: a preview frame and the outline of the code seen in it (tuple of (x, y)) or None
    frame_ready = Signal(QImage, object)
    #: a validated code: one per appearance of a badge
    code_read = Signal(str)
    #: the source's state changed (a :class:`~checkin.scanner.sources.SourceStatus`)
    status_changed = Signal(object)
    #: the loop is over (stopped, or the video file ended)
    finished = Signal()

    def __init__(
        self,
        source: int | str | SourceSpec,
        decoder: Decoder,
        validator: ScanValidator,
        *,
        realtime: bool = True,
        drop_frames: bool = True,
        preview_fps: float = 30.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.spec = parse_source(source)
        self.decoder = decoder
        self.validator = validator
        self.realtime = realtime
        self.drop_frames = drop_frames
        # Previews at most this often (0: every frame); a frame with a code always shows.
        self.preview_interval_s = 1.0 / preview_fps if preview_fps > 0 else 0.0
        self._stop = threading.Event()
        self._grabber: Grabber | None = None
        #: frame arrival → code_read emission, in ms, for the last validated codes
        self.latencies_ms: deque[float] = deque(maxlen=1000)
        self.frames_decoded = 0

    @Slot()
    def run(self) -> None:
        source = FrameSource(self.spec, realtime=self.realtime and not self.spec.live)
        grabber = Grabber(source, drop=self.drop_frames)
        self._grabber = grabber
        self.decoder.reset()  # a scheduler's motion and rotation start afresh per source
        last_preview = 0.0
        try:
            if not self._stop.is_set():
                grabber.start()
            while not self._stop.is_set():
                item = grabber.next(timeout=_POLL_S)
                if item is None:
                    if grabber.finished:
                        break
                    continue
                self.validator.follow(item)  # a freeze and a reconnection count no badge twice
                if not isinstance(item, Frame):
                    self.status_changed.emit(item)
                    continue
                outline = self._process(item)
                now = time.monotonic()
                # 20 % slack: a 30 fps camera's frames arrive a little early or late, and a
                # strict limit at 30 fps would skip every early one.
                if outline is not None or now - last_preview >= 0.8 * self.preview_interval_s:
                    last_preview = now
                    self.frame_ready.emit(to_qimage(item.image), outline)
        except Exception:  # noqa: BLE001 - the window must learn the loop died, not freeze
            log.exception("the camera worker failed")
            self.status_changed.emit(
                SourceStatus(
                    SourceState.UNAVAILABLE,
                    f"Reading {self.spec.label} failed unexpectedly; see the log.",
                )
            )
        finally:
            grabber.stop()
            # The source's last words (stopped, ended) come after the loop's last look.
            while (item := grabber.next(timeout=0)) is not None:
                if not isinstance(item, Frame):
                    self.status_changed.emit(item)
            self._grabber = None
            self.finished.emit()

    def _process(self, frame: Frame) -> Outline | None:
        try:
            detections = self.decoder.decode(to_gray(frame.image))
        except Exception:  # noqa: BLE001 - one bad frame must not stop the door
            log.exception("decoding a frame failed")
            return None
        self.frames_decoded += 1
        for detection in detections:
            code = self.validator.offer(detection.text)
            if code is not None:
                self.latencies_ms.append((time.monotonic() - frame.arrived) * 1000.0)
                self.code_read.emit(code)
        return detections[0].outline if detections else None

    @Slot()
    def stop(self) -> None:
        """Ask the loop to end. Thread-safe: call it directly from the window's thread (a
        queued call would wait behind the loop it is meant to stop)."""
        self._stop.set()
        grabber = self._grabber
        if grabber is not None:
            grabber.stop(timeout=0)


class CameraController(QObject):
    """Creates the thread and the worker, starts them, and stops them cleanly.

    Its signals repeat the current worker's, so the window connects once and keeps its
    connections when the source changes.
    """

    frame_ready = Signal(QImage, object)
    code_read = Signal(str)
    status_changed = Signal(object)
    #: the worker's loop ended by itself (a video file ended) or after stop()
    stopped = Signal()

    def __init__(
        self,
        decoder: Decoder,
        validator: ScanValidator,
        *,
        realtime: bool = True,
        drop_frames: bool = True,
        preview_fps: float = 30.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.decoder = decoder
        self.validator = validator
        self.realtime = realtime
        self.drop_frames = drop_frames
        self.preview_fps = preview_fps
        self._thread: QThread | None = None
        self._worker: CameraWorker | None = None
        self.source: SourceSpec | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def worker(self) -> CameraWorker | None:
        """The current worker (None once its loop has ended)."""
        return self._worker

    def is_running(self) -> bool:
        return self._thread is not None

    @Slot(object)
    def start(self, source: int | str | SourceSpec) -> CameraWorker:
        """Start reading ``source`` (stopping the current one first)."""
        self.stop()
        self.source = parse_source(source)
        # The thread is the controller's child so that dropping a Python reference never
        # destroys a running thread; deleteLater frees it once it has finished.
        thread = QThread(self)
        thread.setObjectName(f"camera {self.source.label}")
        worker = CameraWorker(
            self.source,
            self.decoder,
            self.validator,
            realtime=self.realtime,
            drop_frames=self.drop_frames,
            preview_fps=self.preview_fps,
        )
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        # The worker is a parentless Python object: Python frees it, on this thread, once the
        # controller forgets it after its thread has finished. No deleteLater on it: Qt 6
        # emits QThread.finished before it runs the worker thread's deferred deletes, so a
        # deleteLater there raced the reference dropped here and freed the worker twice (a
        # rare crash seen in the test suite). The thread is the controller's child and lives
        # on this thread, so its own deleteLater is safe.
        thread.finished.connect(self._on_thread_finished)
        thread.finished.connect(thread.deleteLater)
        worker.frame_ready.connect(self.frame_ready)
        worker.code_read.connect(self.code_read)
        worker.status_changed.connect(self.status_changed)
        self._thread, self._worker = thread, worker
        thread.start()
        return worker

    @Slot(object)
    def switch_source(self, source: int | str | SourceSpec) -> CameraWorker:
        return self.start(source)

    @Slot()
    def stop(self, wait_ms: int = 8000) -> None:
        """Stop the worker and wait for its thread (the window calls this when it closes)."""
        thread, worker = self._thread, self._worker
        if worker is not None:
            worker.stop()
        if thread is not None:
            thread.quit()
            if not thread.wait(wait_ms):
                log.warning("the camera thread did not stop within %d ms", wait_ms)
            # Deliver what the worker said last (its final status, a code read just before)
            # before saying it stopped.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self._on_thread_finished(thread)

    def _on_thread_finished(self, thread: QThread | None = None) -> None:
        finished = thread if isinstance(thread, QThread) else self.sender()
        if finished is not self._thread or self._thread is None:
            return
        self._thread = self._worker = None
        self.stopped.emit()
