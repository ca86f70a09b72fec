"""Where OpenCV's FFmpeg is off (the Linux bundle), an MJPEG stream over HTTP (a phone's "IP
camera" app) is read by MjpegHttpCapture: served here by a real HTTP server on 127.0.0.1, in
multipart/x-mixed-replace parts, through the door's own FrameSource and decoder chain."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import cv2
import pytest

from checkin.scanner.decoders import default_decoder, to_gray
from checkin.scanner.sources import (
    FrameSource,
    MjpegHttpCapture,
    SourceState,
    open_capture,
    parse_source,
)

BADGE = Path(__file__).resolve().parents[2] / "resources" / "selftest" / "badge.jpg"
TOKEN = "IMC25-SELF-TEST-BADGE"


@pytest.fixture
def phone():
    """A phone's IP camera app: /video streams 6 pictures of the badge, /text is not video."""
    picture = cv2.imencode(".jpg", cv2.imread(str(BADGE)))[1].tobytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            if self.path != "/video":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html>settings page</html>")
                return
            self.send_response(200)
            self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
            self.end_headers()
            for _ in range(6):
                self.wfile.write(b"--frame\r\nContent-Type: image/jpeg\r\n"
                                 + f"Content-Length: {len(picture)}\r\n\r\n".encode()
                                 + picture + b"\r\n")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_without_ffmpeg_a_phone_stream_reaches_the_decoder(phone, monkeypatch):
    monkeypatch.setenv("OPENCV_VIDEOIO_PRIORITY_FFMPEG", "0")
    capture = open_capture(parse_source(f"{phone}/video"))
    assert isinstance(capture, MjpegHttpCapture) and capture.isOpened()
    capture.release()
    stop = threading.Event()
    source = FrameSource(f"{phone}/video", backoff_s=(0.05,))
    decoder = default_decoder()
    read = 0
    for count, frame in enumerate(source.frames(stop), start=1):
        assert frame.image.shape == (480, 640, 3)
        read += TOKEN in [d.text for d in decoder.decode(to_gray(frame.image))]
        if count == 6:
            stop.set()
    assert read == 6


def test_a_page_that_is_not_a_stream_is_not_opened(phone, monkeypatch):
    monkeypatch.setenv("OPENCV_VIDEOIO_PRIORITY_FFMPEG", "0")
    capture = MjpegHttpCapture(f"{phone}/text")
    assert not capture.isOpened()
    assert capture.read() == (False, None)
    unavailable = []
    stop = threading.Event()

    def seen(status):
        if status.state is SourceState.UNAVAILABLE:
            unavailable.append(status.message)
            stop.set()

    source = FrameSource(f"{phone}/text", backoff_s=(0.05,), on_status=seen)
    assert list(source.frames(stop)) == []
    assert "does not answer as an MJPEG stream" in unavailable[0]


def test_without_ffmpeg_an_rtsp_stream_is_said_unreadable_here(monkeypatch):
    monkeypatch.setenv("OPENCV_VIDEOIO_PRIORITY_FFMPEG", "0")
    source = FrameSource("rtsp://127.0.0.1:9/live", opener=lambda spec: MjpegHttpCapture(
        "http://127.0.0.1:9/"))
    assert "not this one" in source._unavailable_message()
