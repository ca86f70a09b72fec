"""``checkin hub`` in a process of its own on 127.0.0.1, for the tests that kill it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_hub(db, port: int, env: dict | None = None, timeout: float = 30) -> subprocess.Popen:
    """The hub serving ``db`` on 127.0.0.1:``port``, once it answers its health check."""
    process = subprocess.Popen(
        [sys.executable, "-m", "checkin.cli", "hub", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=env if env is not None else {**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    process.wait(timeout=10)
    raise AssertionError("the hub process did not start")
