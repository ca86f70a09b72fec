"""A hundred SIGKILLs on a station admitting badges: nothing acknowledged is lost, nothing is
doubled, the file stays sound (see :mod:`tests.kill_storm`; more kills in
``bench/bench_kill_storm.py``)."""

from __future__ import annotations

import signal

import pytest

from tests.kill_storm import make_station, storm

KILLS = 100


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_a_hundred_kills_lose_and_double_nothing(tmp_path):
    path = tmp_path / "station.db"
    make_station(path)
    report = storm(path, KILLS, seed=2025)
    print(report.line())
    assert report.kills == KILLS and not report.problems, report.problems
    assert report.acknowledged > KILLS  # the kills fell among real work
    assert report.kills_before_ready > 0  # and some during the open (WAL recovery)
    assert report.lost == 0
    assert report.doubled == 0
    assert report.integrity == "ok"
    assert report.on_disk >= report.acknowledged
