"""The pretix backend against a real pretix server from PyPI on 127.0.0.1.

The server (``pretix_server.py`` beside this file) is installed, migrated and seeded once per
machine and started once per test session; every test here uses people and lists of its own,
so they can share it. What the tests assert on the pretix side they read back through
pretix's own API.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

import pretix_server
from checkin.model import Direction, Method, NotAdmittedReason, Outcome, to_iso
from checkin.reception import Reception
from checkin.store import Store
from checkin.sync import config as sync_config
from checkin.sync.base import AuthError, ItemOutcome, SourceConfig, SourceKind, SyncState
from checkin.sync.engine import SyncEngine
from checkin.sync.pretix import (
    PretixBackend,
    PretixReason,
    attendee_id,
    outcome_for,
    session_id,
)
from tests_conftest_clock import NOW  # noqa: F401  (placeholder replaced below)
