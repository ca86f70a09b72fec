"""The crash dialog and the log file: an uncaught error is logged and told without stopping the
door, and no e-mail or phone number ever reaches the log, after a whole session of use through
the command line and the window."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from checkin import logs
from checkin.ui.crash import CrashReporter
from tests.ui.window_fixtures import close, make_station, qm_dir, scan  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]

EMAILS = ("helene.ndayi@mutuelle.bi", "amina.o+conf@example.org")
PHONES = ("+257 79 12 34 56", "+257-61-000-111")


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("CHECKIN_LOG_DIR", str(folder))
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_checkin", False):
            root.removeHandler(handler)
            handler.close()


def test_redact_masks_emails_and_phones_and_keeps_the_rest():
    line = ("search 'helene.ndayi@mutuelle.bi' +257 79 12 34 56 (0)22 21 45 67 token "
            "TST25-4K7M-Q2RZ-88AB at 2025-02-03T09:10:00+02:00 id p1 1500 people, "
            "on 2025-02-03 09:10:00 or 03/02/2025")
    out = logs.redact(line)
    assert "mutuelle.bi" not in out and "79 12 34" not in out and "22 21 45" not in out
    assert "[phone]" in out and "[e-mail]" in out
    for kept in ("TST25-4K7M-Q2RZ-88AB", "2025-02-03T09:10:00+02:00", "id p1", "1500 people",
                 "2025-02-03 09:10:00", "03/02/2025"):
        assert kept in out


def test_setup_writes_a_rotating_file_with_tracebacks_redacted(log_dir):
    path = logs.setup(verbose=False, console=False)
    assert path == log_dir / logs.FILE_NAME
    try:
        raise ValueError(f"no such person: {EMAILS[0]} / {PHONES[0]}")
    except ValueError:
        logging.getLogger("checkin.test").exception("lookup failed for %s", EMAILS[1])
    text = path.read_text("utf-8")
    assert "ValueError" in text and "lookup failed" in text and "Traceback" in text
    for secret in EMAILS + PHONES:
        assert secret not in text


def test_an_uncaught_error_shows_a_non_modal_dialog_and_the_door_goes_on(
        qapp, qtbot, small_event, tmp_path, qm_dir, log_dir):
    path = logs.setup(console=False)
    station = make_station(qapp, qtbot, small_event, tmp_path, qm_dir, language="fr")
    crash = CrashReporter(path, station.window)
    crash.install()
    try:
        try:
            raise RuntimeError(f"boom while mailing {EMAILS[0]}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: crash.box is not None and crash.box.isVisible())
        box = crash.box
        assert not box.isModal()
        assert str(path) in box.informativeText()
        assert "RuntimeError" in box.informativeText()
        assert EMAILS[0] not in box.informativeText()
        assert QApplication.activeModalWidget() is None

        # An error on a worker thread reaches the same dialog, counted, not a second one.
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: crash.count == 2)
        assert crash.box is box

        # The door still scans behind the dialog.
        person = small_event.attendee("p1")
        result = scan(qtbot, station, person.token)
        assert result.admitted
        assert small_event.checkins(attendee_id="p1")

        text = path.read_text("utf-8")
        assert "RuntimeError" in text and "ZeroDivisionError" in text
        assert EMAILS[0] not in text
        box.close()
        qtbot.waitUntil(lambda: crash.box is None)
    finally:
        crash.uninstall()
        close(station)


def _cli(args, db: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checkin", "-v", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_no_email_or_phone_in_the_log_after_a_session_of_use(tmp_path, log_dir):
    """Import people with contacts, search them by e-mail and phone, check them in, export,
    print badges, sync against nothing, all with --verbose; then read the whole log."""
    env = {**os.environ, "CHECKIN_LOG_DIR": str(log_dir), "PYTHONPATH": str(ROOT)}
    sheet = tmp_path / "inscrits.csv"
    sheet.write_text(
        "id;prénom;nom;organisation;pays;catégorie;e-mail;téléphone\n"
        f"a1;Hélène;Ndayishimiye;Mutuelle;Burundi;participant;{EMAILS[0]};{PHONES[0]}\n"
        f"a2;Amina;Ouédraogo;MASMUT;Burkina Faso;speaker;{EMAILS[1]};{PHONES[1]}\n"
        "a3;bad;row;;;nonsense-category;not-an-email;12\n",
        encoding="utf-8")
    db = tmp_path / "station.db"
    steps = [
        ["event", "new", "--code", "LOG26", "--title-fr", "Essai", "--title-en", "Trial",
         "--timezone", "Africa/Bujumbura", "--start", "2026-03-10", "--end", "2026-03-11"],
        ["import", str(sheet), "--dry-run"],
        ["import", str(sheet)],
        ["search", EMAILS[0]],
        ["search", PHONES[1]],
        ["search", "ndayi"],
        ["stats"],
        ["badges", "--out", str(tmp_path / "badges.pdf")],
        ["export", "--help"],
        ["source", "hub", "http://127.0.0.1:9/", "--token", "x" * 40],
        ["sync"],
    ]
    outputs = []
    for step in steps:
        done = _cli(step, db, env)
        outputs.append((step, done.returncode, done.stderr))
        assert "Traceback" not in done.stderr, (step, done.stderr)
    logfile = log_dir / logs.FILE_NAME
    assert logfile.exists(), outputs
    text = "\n".join(p.read_text("utf-8") for p in sorted(log_dir.glob("checkin.log*")))
    assert text.strip(), "the session logged nothing"
    for secret in EMAILS + PHONES:
        assert secret not in text, f"{secret!r} is in the log"
    digits = [p.replace(" ", "").replace("-", "") for p in PHONES]
    for number in digits:
        assert number not in text.replace(" ", "").replace("-", "")
