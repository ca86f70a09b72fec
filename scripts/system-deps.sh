#!/bin/sh
# System libraries the Python packages need but do not ship: zbar for pyzbar, and what Qt
# needs to draw offscreen, under Xvfb and on a desktop, and to play sounds. That is all
# `make run` installs.
# With --tools (`make test`, `make bundle`), also the tools the tests and the bundle need:
# Xvfb and poppler's pdftoppm (screenshots, PDFs as pictures), PulseAudio (a null output for
# the sounds check and the bundle's self-test), binutils, gcc and ICU's tools (the bundle's
# trimming, see scripts/bundle_trim.py), PostgreSQL (the database the tests' real pretix runs
# on, tests/sync/pretix_server.py).
# On Debian/Ubuntu as root they are installed; elsewhere we say what is missing.
PACKAGES="libzbar0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
libxcb-randr0 libxcb-shape0 libpulse0 libasound2"
if [ "$1" = "--tools" ]; then
    PACKAGES="$PACKAGES xvfb poppler-utils openssl pulseaudio binutils gcc icu-devtools postgresql"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    case "$(uname -s)" in
        Linux) echo "system-deps: not a Debian system; install zbar (libzbar0) and Qt's xcb libraries with your package manager." ;;
        Darwin) echo "system-deps: on macOS run: brew install zbar" ;;
    esac
    exit 0
fi
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing >/dev/null
else
    echo "system-deps: please install:$missing"
    echo "    sudo apt-get install$missing"
fi
