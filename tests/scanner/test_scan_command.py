"""``checkin scan`` end to end: a video file or typed lines in, codes and outcomes out."""

from __future__ import annotations

import io

from checkin.cli import main
from checkin.scanner import corpus
from checkin.scanner.corpus import Category


def video_of(tmp_path, tokens, badge_video):
    frames = [
        corpus.make_frame(Category.CLEAN, (640, 480), i, token=token)
        for i, token in enumerate(tokens)
    ]
    return badge_video(tmp_path / "desk.avi", frames)


def test_prints_each_code_once(tmp_path, capsys, door_video, door_frames):
    assert main(["--db", str(tmp_path / "x.db"), "scan", "--source", str(door_video),
                 "--fast"]) == 0
    out, err = capsys.readouterr()
    assert out.split() == [f.expected for f in door_frames]
    assert "ended" in err


def test_admits_each_code_into_the_session(tmp_path, capsys, small_event, badge_video):
    helene, elodie = small_event.attendee("p1"), small_event.attendee("p3")
    stranger = "TST25-0000000000000000"
    path = video_of(tmp_path, [helene.token, elodie.token, stranger], badge_video)
    db = small_event.path
    assert main(["--db", str(db), "scan", "--source", str(path), "--fast",
                 "--session", "plenary"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(helene.token) and "Ndayishimiye" in lines[0]
    assert lines[1].startswith(elodie.token)
    assert lines[2].startswith(stranger)
    entries = small_event.entries("p1", "plenary")
    assert len(entries) == 1 and entries[0].method.value == "camera"
    assert small_event.entries("p3", "plenary") == []


def test_unknown_session_is_one_line_and_exit_1(tmp_path, capsys, small_event, door_video):
    db = tmp_path / "station.db"
    assert main(["--db", str(db), "scan", "--source", str(door_video),
                 "--session", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope" in err


def test_missing_video_is_one_line_and_exit_1(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "x.db"), "scan", "--source",
                 str(tmp_path / "nope.mp4")]) == 1
    err = capsys.readouterr().err
    assert err == f"checkin: The video file {tmp_path / 'nope.mp4'} does not exist.\n"


def test_usb_scanner_in_the_terminal_with_azerty_repair(tmp_path, capsys, monkeypatch,
                                                        small_event, typed_on_azerty):
    john, wu = small_event.attendee("p4"), small_event.attendee("p5")
    typed = f"{typed_on_azerty(john.token)}\n\n{wu.token.lower()}\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert main(["--db", str(tmp_path / "station.db"), "scan", "--source", "keyboard",
                 "--session", "plenary"]) == 0
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 2 and "Smith" in lines[0] and "Li" in lines[1]
    assert "layout" in err
    assert [e.method.value for e in small_event.entries("p4", "plenary")] == ["scanner"]


def test_usb_scanner_without_session_prints_codes(tmp_path, capsys, monkeypatch,
                                                  typed_on_azerty):
    monkeypatch.setattr("sys.stdin", io.StringIO(typed_on_azerty("IMC25-AB7FVY6D2APXGZS0")))
    assert main(["--db", str(tmp_path / "x.db"), "scan", "--source", "-"]) == 0
    assert capsys.readouterr().out == "IMC25-AB7FVY6D2APXGZS0\n"


def test_the_terminal_gets_only_printable_echo(tmp_path, small_event):
    """What a hostile "scanner" types (escape sequences, NUL, bytes that are not UTF-8, a
    1 MB line) is never sent to the terminal as it is: escapes are shown as text, the long
    line is refused in one sentence, and the next badge is still read and admitted."""
    import subprocess
    import sys
    from pathlib import Path

    helene = small_event.attendee("p1")
    typed = (b"\x1b[2J\x1b]0;owned\x07IMC25\n"
             b"TST25-\x00\x00\x9b31m\n"
             b"\xff\xfe\xc3\x28 not utf-8\n"
             + b"A" * 1_000_000 + b"\n"
             + helene.token.encode() + b"\n")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "checkin", "--db", str(small_event.path), "scan", "--source",
         "keyboard", "--session", "plenary"],
        input=typed, capture_output=True, timeout=60,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert not any(c in out for c in "\x1b\x00\x07\x9b"), out
    lines = out.splitlines()
    assert lines[0].startswith("\\x1b[2J\\x1b]0;owned\\x07IMC25")
    assert lines[1].startswith("TST25-\\x00\\x00")
    assert len(lines) == 4 and lines[3].startswith(helene.token) and "Ndayishimiye" in lines[3]
    assert max(len(line) for line in lines) < 400
    assert "a line of 1,000,000 characters is not a badge" in done.stderr.decode()
    assert len(small_event.entries("p1", "plenary")) == 1


def test_printable_escapes_what_a_terminal_would_obey():
    from checkin.commands.scan import printable

    assert printable("IMC25-AB7F") == "IMC25-AB7F"
    assert printable("Élodie N'Guessan") == "Élodie N'Guessan"
    assert printable("a\x1b[2Jb\x00\u202e\udcff") == "a\\x1b[2Jb\\x00\\u202e\\udcff"
    assert printable("z" * 500) == "z" * 80 + "…"


def test_a_stream_that_freezes_and_reconnects_counts_the_badge_once(door_frames):
    """A real MJPEG stream on 127.0.0.1: badge A for half a second, then the phone freezes
    for longer than the cool-down and drops the connection; the command reconnects, badge A
    is still in front of it, then badge B comes. A is printed once, not on each reconnect."""
    import argparse
    import http.server
    import socketserver
    import threading
    import time

    import cv2

    from checkin.commands.scan import _camera_codes

    badge_a, badge_b = door_frames[0], door_frames[1]
    jpeg = {k: cv2.imencode(".jpg", f.image)[1].tobytes() for k, f in (("a", badge_a),
                                                                       ("b", badge_b))}
    connections = []

    class Phone(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            connections.append(time.monotonic())
            first = len(connections) == 1
            self.send_response(200)
            self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
            self.end_headers()
            plan = ["a"] * 15 if first else ["a"] * 15 + ["b"] * 30
            try:
                for key in plan:
                    data = jpeg[key]
                    self.wfile.write(b"--frame\r\nContent-Type: image/jpeg\r\n"
                                     b"Content-Length: %d\r\n\r\n" % len(data) + data + b"\r\n")
                    time.sleep(1 / 30)
                if first:
                    time.sleep(2.5)  # frozen, badge A still in view, then the Wi-Fi drops
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Phone)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/video"
    args = argparse.Namespace(source=url, decoder=None, cooldown=1.0, repeats=1, fast=False)
    codes = []
    started = time.monotonic()
    generator = _camera_codes(args)
    try:
        for code, _ in generator:
            codes.append(code)
            if code == badge_b.expected or time.monotonic() - started > 30:
                break
    finally:
        generator.close()
        server.shutdown()
        server.server_close()
    assert len(connections) >= 2, "the stream never reconnected"
    assert codes == [badge_a.expected, badge_b.expected]


def test_a_damaged_video_ends_in_one_sentence_and_exit_1(tmp_path, door_frames, badge_video):
    """A badge video with a stretch of its middle overwritten, read by the real command in a
    process of its own (FFmpeg writes to descriptor 2 itself): the badges before the damage
    are printed, then one sentence with the time of the damage, exit 1; none of FFmpeg's
    "[mjpeg @ 0x…]" lines reach the terminal, and -v shows them through logging."""
    import subprocess
    import sys
    from pathlib import Path

    path = badge_video(tmp_path / "door.avi", door_frames * 2, hold=6, gap=3)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + len(data) // 6] = bytes(range(256)) * (len(data) // 6 // 256) + \
        bytes(len(data) // 6 % 256)
    damaged = tmp_path / "damaged.avi"
    damaged.write_bytes(bytes(data))
    root = Path(__file__).resolve().parents[2]
    env = {"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def scan(*extra):
        return subprocess.run(
            [sys.executable, "-m", "checkin", *extra, "--db", str(tmp_path / "x.db"), "scan",
             "--source", str(damaged), "--fast"],
            capture_output=True, text=True, timeout=120, env=env)

    done = scan()
    assert done.returncode == 1
    err = done.stderr.strip().splitlines()
    assert err[-1].startswith("checkin: damaged.avi: the file is damaged after ")
    assert " s (" in err[-1] and "pictures read" in err[-1]
    assert not any("@ 0x" in line or line.startswith("[mjpeg") for line in err), err
    assert len(err) <= 2, err  # "[live] …" and the sentence
    assert done.stdout.split()[:4] == [f.expected for f in door_frames]
    verbose = scan("-v")
    # checkin scan decodes an MJPEG file's pictures itself, to grayscale (issue 14), so
    # FFmpeg may have nothing to say; whatever it says goes through logging, never raw.
    # (test_native_messages_are_logged_and_counted checks the routing itself.)
    assert "damaged after" in verbose.stderr
    assert "@ 0x" not in verbose.stderr


def test_native_messages_are_logged_and_counted(caplog):
    import logging
    import os

    from checkin.scanner.native_log import native_messages

    with caplog.at_level(logging.INFO, logger="checkin.scanner.native"):
        with native_messages() as native:
            os.write(2, b"[mjpeg @ 0x55d0c0ffee] bad vlc\n[h264 @ 0x1] no frame!\n")
    assert native.count == 2 and native.first == "[mjpeg] bad vlc"
    assert [r.getMessage() for r in caplog.records] == ["[mjpeg] bad vlc", "[h264] no frame!"]


def _video(path, pieces, size=(640, 480)):
    """A 30 fps video made of (frame or None for the empty door, how many frames) pieces."""
    blank = corpus.make_frame(Category.NEGATIVE, size, 998).image

    def images():
        for frame, count in pieces:
            yield from [blank if frame is None else frame.image] * count

    return corpus.write_video(images(), path, fps=30)


def test_real_time_path_plays_the_video_at_its_own_speed(tmp_path, capsys, door_frames,
                                                        door_video):
    """Without --fast a file is paced like a camera (frames dropped while busy): it takes
    the video's own duration and still gives every badge once."""
    import time

    import cv2

    capture = cv2.VideoCapture(str(door_video))
    duration = capture.get(cv2.CAP_PROP_FRAME_COUNT) / capture.get(cv2.CAP_PROP_FPS)
    capture.release()
    started = time.monotonic()
    assert main(["--db", str(tmp_path / "x.db"), "scan", "--source", str(door_video),
                 "--stats"]) == 0
    took = time.monotonic() - started
    out, err = capsys.readouterr()
    assert out.split() == [f.expected for f in door_frames]
    assert took >= 0.9 * duration
    assert "[stats] decoded" in err and "ended" in err


def test_a_badge_shown_again_after_the_cool_down_counts_again(tmp_path, capsys, small_event):
    helene = small_event.attendee("p1")
    badge = corpus.make_frame(Category.CLEAN, (640, 480), 0, token=helene.token)
    # Shown 0.3 s, away 1.2 s, shown again 0.3 s.
    path = _video(tmp_path / "again.avi", [(badge, 9), (None, 36), (badge, 9), (None, 3)])
    db = str(small_event.path)
    assert main(["--db", db, "scan", "--source", str(path), "--cooldown", "0.6"]) == 0
    assert capsys.readouterr().out.split() == [helene.token, helene.token]
    # Within the cool-down it is one scan.
    assert main(["--db", db, "scan", "--source", str(path), "--cooldown", "3"]) == 0
    assert capsys.readouterr().out.split() == [helene.token]
    # Admitted through the command: the second showing is the door's 'already checked in'.
    assert main(["--db", db, "scan", "--source", str(path), "--cooldown", "0.6",
                 "--session", "plenary"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith(helene.token) for line in lines)
    assert len(small_event.entries("p1", "plenary")) == 1
    assert lines[0] != lines[1]  # accepted, then refused as already in


def test_stats_in_fast_mode_decode_every_frame(tmp_path, capsys, door_video):
    assert main(["--db", str(tmp_path / "x.db"), "scan", "--source", str(door_video),
                 "--fast", "--stats"]) == 0
    err = capsys.readouterr().err
    assert "dropped 0, at most 0 in a row" in err
