"""Fixtures for the hub's own tests: its database (the small event) and the hub running in a
thread on a free port of 127.0.0.1."""

from __future__ import annotations

import pytest

from checkin.hub.server import ThreadedHub


@pytest.fixture
def hub_store(small_event):
    return small_event


@pytest.fixture
def hub(hub_store):
    with ThreadedHub(hub_store) as running:
        yield running
