"""The fixed moment the core tests run at (imported by name: every conftest.py is a module
called ``conftest``, so shared values live in a module of their own)."""

from datetime import UTC, datetime, timezone

# Inside the small event's first session: 3 Feb 2025, 09:30 in Bujumbura.
NOW = datetime(2025, 2, 3, 7, 30, tzinfo=UTC)
