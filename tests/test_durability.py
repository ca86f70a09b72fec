"""A check-in acknowledged is on disk: the process killed (SIGKILL) right after the admit
call returns loses nothing.

The child process admits badges one after another and prints each check-in's uuid as soon as
``admit`` returns; the test kills it the moment it has read some of them, while the child is
already busy with the next one, then opens the database afresh.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from checkin.store import Store

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from checkin.reception import Reception
    from checkin.store import Store

    store = Store(sys.argv[1])
    reception = Reception(store, clock=lambda: datetime(2025, 2, 3, 7, 30, tzinfo=timezone.utc))
    print("ready", flush=True)
    for code in sys.argv[2:] * 1000:  # again and again: "already in" after the first round
        session = "speakers" if code.endswith("!") else "plenary"
        result = reception.admit(code.rstrip("!"), session)
        if result.checkin is not None:
            print(result.checkin.uuid, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
@pytest.mark.parametrize("acknowledged", [1, 3])
def test_checkins_survive_sigkill(small_event, tmp_path, acknowledged):
    # Four people the plenary admits; p2 is a speaker and may re-enter the lounge, so the
    # child keeps writing check-ins there until it is killed.
    codes = [small_event.attendee(p).token for p in ("p1", "p4", "p5")]
    lounge = small_event.attendee("p2").token
    small_event.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    child = subprocess.Popen(
        [sys.executable, str(script), str(small_event.path), *codes, lounge + "!"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        seen = [child.stdout.readline().strip() for _ in range(acknowledged)]
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    reopened = Store(small_event.path)
    try:
        for uuid in seen:
            checkin = reopened.checkin(uuid)
            assert checkin is not None, f"acknowledged check-in {uuid} lost"
            assert not checkin.voided
        outbox = {r["ref"] for r in reopened.query("select ref from outbox where kind = 'checkin'")}
        assert set(seen) <= outbox
        # Every check-in on disk has its outbox row: they were one transaction.
        on_disk = {r["uuid"] for r in reopened.query("select uuid from checkins")}
        assert on_disk == outbox
        assert reopened.query("pragma integrity_check")[0]["integrity_check"] == "ok"
    finally:
        reopened.close()
