"""Frame sources: real video files; a stand-in capture for cameras that vanish and return."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from checkin.scanner.sources import (
    Frame,
    FrameSource,
    Grabber,
    SourceKind,
    SourceSpec,
    SourceState,
    SourceStatus,
    list_cameras,
    parse_source,
)


@pytest.mark.parametrize(
    "spec, kind, value",
    [
        (0, SourceKind.DEVICE, 0),
        ("2", SourceKind.DEVICE, 2),
        ("rtsp://cam.local/live", SourceKind.URL, "rtsp://cam.local/live"),
        ("http://192.168.1.5:8080/video", SourceKind.URL, "http://192.168.1.5:8080/video"),
        ("videos/door.mp4", SourceKind.FILE, "videos/door.mp4"),
    ],
)
def test_parse_source(spec, kind, value):
    assert parse_source(spec) == SourceSpec(kind, value)


def test_a_password_in_a_url_is_not_shown():
    assert "secret" not in parse_source("rtsp://admin:secret@cam/live").label


def test_video_file_plays_then_ends(door_video):
    statuses = []
    source = FrameSource(door_video, on_status=statuses.append)
    frames = list(source.frames())
    assert len(frames) == 4 * 7
    assert [f.index for f in frames] == list(range(28))
    assert all(f.image.shape == (480, 640, 3) for f in frames)
    assert [s.state for s in statuses] == [SourceState.OPENING, SourceState.LIVE,
                                           SourceState.ENDED]


def test_missing_file_is_unavailable_in_words(tmp_path):
    statuses = []
    frames = list(FrameSource(tmp_path / "nope.avi", on_status=statuses.append).frames())
    assert frames == []
    assert statuses[-1].state is SourceState.UNAVAILABLE
    assert "does not exist" in statuses[-1].message


def test_a_file_that_is_not_a_video(tmp_path):
    path = tmp_path / "notes.avi"
    path.write_text("not a video")
    statuses = []
    assert list(FrameSource(path, on_status=statuses.append).frames()) == []
    assert statuses[-1].state is SourceState.UNAVAILABLE


class FakeCamera:
    """A camera that is missing for the first ``missing`` attempts, then gives ``frames``
    frames per connection and drops out."""

    def __init__(self, missing=2, frames=3):
        self.missing = missing
        self.frames = frames
        self.opened = 0
        self.attempts = 0

    def open(self, spec):
        self.attempts += 1
        return _Capture(self, ok=self.attempts > self.missing)


class _Capture:
    def __init__(self, camera, ok):
        self.camera, self.ok, self.left = camera, ok, camera.frames
        if ok:
            camera.opened += 1

    def isOpened(self):  # noqa: N802
        return self.ok

    def read(self):
        if self.left == 0:
            return False, None
        self.left -= 1
        return True, np.zeros((4, 4, 3), np.uint8)

    def get(self, prop):
        return 30.0

    def release(self):
        self.ok = False


def test_camera_missing_then_lost_reconnects_with_backoff():
    camera = FakeCamera(missing=2, frames=3)
    statuses = []
    stop = threading.Event()
    source = FrameSource(0, on_status=statuses.append, opener=camera.open,
                         backoff_s=(0.001, 0.002, 0.004))
    frames = []
    for frame in source.frames(stop):
        frames.append(frame)
        if len(frames) == 6:
            stop.set()
    states = [s.state for s in statuses]
    assert states[:5] == [SourceState.OPENING, SourceState.UNAVAILABLE, SourceState.OPENING,
                          SourceState.UNAVAILABLE, SourceState.OPENING]
    assert SourceState.LOST in states and states[-1] is SourceState.ENDED
    unavailable = [s for s in statuses if s.state is SourceState.UNAVAILABLE]
    assert [s.retry_in_s for s in unavailable] == [0.001, 0.002]  # growing back-off
    assert "used by another program" in unavailable[0].message
    lost = next(s for s in statuses if s.state is SourceState.LOST)
    assert lost.retry_in_s == 0.001  # a camera that worked starts the back-off again
    assert camera.opened == 2 and len(frames) == 6


def test_a_camera_held_by_another_program_is_unavailable_not_lost():
    """On Linux a busy camera opens but gives no picture."""
    camera = FakeCamera(missing=0, frames=0)
    statuses = []
    stop = threading.Event()

    def report(status):
        statuses.append(status)
        if len(statuses) >= 4:
            stop.set()

    source = FrameSource(1, on_status=report, opener=camera.open, backoff_s=(0.001, 0.002))
    assert list(source.frames(stop)) == []
    assert [s.state for s in statuses][:4] == [SourceState.OPENING, SourceState.UNAVAILABLE,
                                                SourceState.OPENING, SourceState.UNAVAILABLE]
    assert "used by another program" in statuses[1].message
    assert [statuses[1].retry_in_s, statuses[3].retry_in_s] == [0.001, 0.002]


def test_a_crashing_driver_is_a_status_not_a_crash():
    def explode(spec):
        raise RuntimeError("driver bug")

    statuses = []
    stop = threading.Event()

    def report(status):
        statuses.append(status)
        if len(statuses) >= 4:
            stop.set()

    source = FrameSource(0, on_status=report, opener=explode, backoff_s=(0.001,))
    assert list(source.frames(stop)) == []
    assert [s.state for s in statuses][:2] == [SourceState.OPENING, SourceState.UNAVAILABLE]


def test_grabber_drops_frames_while_the_consumer_is_busy(door_video):
    grabber = Grabber(FrameSource(door_video), drop=True)
    grabber.start()
    got = []
    stop_waiting = threading.Event()
    while not grabber.finished:
        item = grabber.next(timeout=1.0)
        if isinstance(item, Frame):
            got.append(item.index)
            stop_waiting.wait(0.02)  # a slow decoder
    grabber.stop()
    assert got == sorted(got) and got[-1] == 27  # in order, and the newest is never lost
    assert grabber.dropped > 0 and len(got) + grabber.dropped == 28


def test_grabber_without_dropping_hands_over_every_frame_and_every_status(door_video):
    grabber = Grabber(FrameSource(door_video), drop=False)
    grabber.start()
    items = []
    while not grabber.finished:
        item = grabber.next(timeout=1.0)
        if item is not None:
            items.append(item)
    grabber.stop()
    frames = [i.index for i in items if isinstance(i, Frame)]
    states = [i.state for i in items if isinstance(i, SourceStatus)]
    assert frames == list(range(28))
    assert states == [SourceState.OPENING, SourceState.LIVE, SourceState.ENDED]
    assert isinstance(items[-1], SourceStatus)


def test_grabber_stops_on_a_camera_that_never_comes():
    camera = FakeCamera(missing=10**9)
    grabber = Grabber(FrameSource(0, opener=camera.open, backoff_s=(0.01,)))
    grabber.start()
    assert isinstance(grabber.next(timeout=1.0), SourceStatus)
    grabber.stop(timeout=2.0)
    assert not grabber._thread.is_alive()


def test_list_cameras_reads_video4linux_by_name(tmp_path):
    """The Linux listing on a made-up /sys/class/video4linux: the picture node of each webcam
    by its name, in index order (video10 after video2); a webcam's metadata node (interface
    1) left out; a device with no readable name listed by its node's name."""

    def device(node: str, name: str | None, interface: str | None) -> None:
        folder = tmp_path / node
        folder.mkdir()
        if name is not None:
            (folder / "name").write_text(name + "\n")
        if interface is not None:
            (folder / "index").write_text(interface + "\n")

    device("video0", "Integrated Webcam", "0")
    device("video1", "Integrated Webcam", "1")  # the same webcam's metadata node
    device("video10", "Capture card", "0")
    device("video2", "USB Camera", "0")
    device("video3", None, "garbage")  # no name, an unreadable index: still a camera
    cameras = list_cameras(sysfs=tmp_path, platform="linux")
    assert [(c.index, c.name) for c in cameras] == [
        (0, "Integrated Webcam"), (2, "USB Camera"), (3, "video3"), (10, "Capture card")]
    assert list_cameras(sysfs=tmp_path / "none", platform="linux") == []  # no video4linux


def test_stream_url_reads_a_phone_camera_and_reconnects_when_it_drops(mjpeg_stream):
    """A real MJPEG stream over HTTP: 20 frames, then the connection closes → LOST, and the
    source reconnects by itself."""
    statuses = []
    stop = threading.Event()
    source = FrameSource(mjpeg_stream, on_status=statuses.append, backoff_s=(0.05,))
    frames = []
    for frame in source.frames(stop):
        frames.append(frame)
        if len(frames) >= 30:
            stop.set()
    states = [s.state for s in statuses]
    assert states[:4] == [SourceState.OPENING, SourceState.LIVE, SourceState.LOST,
                          SourceState.OPENING]
    assert states.count(SourceState.LIVE) == 2 and states[-1] is SourceState.ENDED
    assert frames[0].image.shape == (480, 640, 3)
    assert [f.index for f in frames] == list(range(30))  # numbering goes on across reconnects


def test_a_file_in_real_time_skips_the_frames_it_is_late_for(door_video):
    """On a starved machine a file played in real time moves on as a camera would: the frames
    it is more than a frame late for are skipped (grabbed, not converted), never shown late."""
    import cv2

    capture = cv2.VideoCapture(str(door_video))
    total = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
    capture.release()
    now = [0.0]

    def slow_clock():
        now[0] += 0.05  # every look at the clock finds 1.5 frames gone by
        return now[0]

    source = FrameSource(str(door_video), realtime=True, clock=slow_clock)
    indexes = [frame.index for frame in source.frames()]
    assert source.late_skipped > 0
    assert len(indexes) + source.late_skipped == total
    assert indexes == sorted(set(indexes)) and indexes[0] == 0
    # Played as fast as it comes (not real time), nothing is skipped.
    plain = FrameSource(str(door_video), realtime=False, clock=slow_clock)
    assert [frame.index for frame in plain.frames()] == list(range(total))
    assert plain.late_skipped == 0


def test_a_gray_reader_gets_an_mjpeg_file_as_grayscale_pictures(door_video):
    """checkin scan asks for grayscale: the MJPEG file's pictures come decoded straight to
    their brightness, the same picture as a colour decode turned gray."""
    import cv2
    import numpy as np

    gray = [f.image for f in FrameSource(str(door_video), gray=True).frames()]
    colour = [f.image for f in FrameSource(str(door_video)).frames()]
    assert len(gray) == len(colour) == 28
    assert gray[0].ndim == 2 and gray[0].shape == colour[0].shape[:2]
    for g, c in zip(gray, colour, strict=False):
        difference = np.abs(g.astype(int) - cv2.cvtColor(c, cv2.COLOR_BGR2GRAY).astype(int))
        assert difference.mean() < 2.0
