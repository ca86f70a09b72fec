#!/bin/sh
# A local pretix (from PyPI, on PostgreSQL where installed, no Redis) with the test event, on 127.0.0.1, to try
# `checkin source pretix` by hand. The first run installs and migrates it (a few minutes);
# it prints the URL, organizer, event and API token, and stops with Ctrl-C.
#   scripts/pretix-server.sh [DATA_DIR]
cd "$(dirname "$0")/.." || exit 1
exec .venv/bin/python tests/sync/pretix_server.py serve "$@"
