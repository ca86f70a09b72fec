"""Video files written from the corpus, shared by the source, worker and command tests."""

from __future__ import annotations

import http.server
import socketserver
import threading
import time

import cv2
import pytest
from keyboard_layouts import typed_on_azerty

from checkin.scanner import corpus
from checkin.scanner.corpus import Category


@pytest.fixture(name="typed_on_azerty", scope="session")
def typed_on_azerty_fixture():
    return typed_on_azerty


def badge_video(path, frames, *, hold=4, gap=3, size=(640, 480), seed=0):
    """A video where each of ``frames`` is held ``hold`` frames, then ``gap`` empty frames:
    one appearance of each badge. Returns the path."""
    blank = corpus.make_frame(Category.NEGATIVE, size, 999, seed).image

    def images():
        for frame in frames:
            yield from [frame.image] * hold
            yield from [blank] * gap

    return corpus.write_video(images(), path, fps=30)


@pytest.fixture(name="badge_video")
def badge_video_fixture():
    return badge_video


@pytest.fixture(scope="session")
def door_frames():
    """Four badges a camera reads, at 640×480, from different categories."""
    return [
        corpus.make_frame(category, (640, 480), index)
        for category, index in [
            (Category.CLEAN, 0),
            (Category.ROTATION, 1),
            (Category.NOISE, 2),
            (Category.JPEG, 0),
        ]
    ]


@pytest.fixture(scope="session")
def door_video(tmp_path_factory, door_frames):
    return badge_video(tmp_path_factory.mktemp("video") / "door.avi", door_frames)


class _MjpegHandler(http.server.BaseHTTPRequestHandler):
    """Serves the server's JPEG frames as a multipart MJPEG stream, as a phone IP camera app
    does, then closes the connection (the phone's Wi-Fi dropping)."""

    def do_GET(self):  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
        self.end_headers()
        try:
            for data in self.server.jpegs:
                self.wfile.write(
                    b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n"
                    % len(data) + data + b"\r\n"
                )
                time.sleep(0.01)
        except OSError:
            pass  # the reader went away

    def log_message(self, *args):
        pass


@pytest.fixture
def mjpeg_stream(door_frames):
    """A real HTTP server on 127.0.0.1 streaming the door frames (each held 5 frames); its
    URL."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _MjpegHandler)
    server.daemon_threads = True
    server.jpegs = [
        cv2.imencode(".jpg", frame.image)[1].tobytes() for frame in door_frames for _ in range(5)
    ]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/video"
    server.shutdown()
    server.server_close()
