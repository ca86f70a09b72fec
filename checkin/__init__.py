"""Check-in: offline-first reception for conferences.

The package root holds the core (no Qt): the model, the store, the check-in decision,
import, search, reports and the sync engine. The window lives in ``checkin.ui``.
"""

__version__ = "0.1.0"
