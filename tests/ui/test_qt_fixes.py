"""The binding's defect that would crash a busy door: thousands of emits must be harmless.

PySide6 6.12.0 loses a reference to True on every emit() and to None on every queued signal
carrying it; on CPython 3.11 the process aborts ("bool_dealloc") after a few hundred. The
version is excluded in pyproject.toml; these tests fail if a binding with the defect is
installed again."""

from __future__ import annotations

import subprocess
import sys
import textwrap

EMITS = textwrap.dedent("""
    import sys
    {prelude}
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    app = QCoreApplication([])
    class Source(QObject):
        happened = Signal(int)
    source = Source()
    source.happened.connect(lambda i: None)
    for i in range(20000):
        source.happened.emit(i)
    print("survived")
""")


def run(prelude: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", EMITS.format(prelude=prelude)],
                          capture_output=True, text=True, timeout=60)


def test_twenty_thousand_emits_do_not_crash_with_the_window_package_loaded():
    done = run("import checkin.ui")
    assert done.returncode == 0, done.stderr[-800:]
    assert "survived" in done.stdout


QUEUED_NONE = textwrap.dedent("""
    import threading, time
    import checkin.ui
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    app = QCoreApplication([])
    class Relay(QObject):
        finished = Signal(int, object, object)
    relay = Relay()
    got = []
    relay.finished.connect(lambda i, result, error: got.append(i))
    def work():
        for i in range(20000):
            relay.finished.emit(i, None, None)
    threading.Thread(target=work).start()
    started = time.time()
    while len(got) < 20000 and time.time() - started < 50:
        app.processEvents()
    print("survived", len(got))
""")


def test_queued_signals_carrying_none_do_not_crash():
    done = subprocess.run([sys.executable, "-c", QUEUED_NONE], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-800:]
    assert "survived 20000" in done.stdout
