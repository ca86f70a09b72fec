#!/bin/sh
# Run the bundle's self-test as a machine without Python would: an empty environment (no
# virtual environment, no PYTHONPATH, a PATH of system folders only), a fresh home folder.
#   scripts/bundle-self-test.sh [dist/checkin]
set -eu
bundle="${1:-dist/checkin}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    "$bundle/checkin" --self-test
