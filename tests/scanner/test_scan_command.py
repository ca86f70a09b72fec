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
