"""``python -m checkin``: the same as the ``checkin`` command (also the bundle's entry)."""

import sys

from checkin.cli import main

sys.exit(main())
