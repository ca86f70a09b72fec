#!/bin/sh
# Run the bundle's self-test as a machine without Python would: an empty environment (no
# virtual environment, no PYTHONPATH, a PATH of system folders only), a fresh home folder.
# - The packaged files must be found inside the bundle (checkin/resources under _internal, by
#   the same importlib.resources lookup as in a checkout), never in a checkout nearby.
# - Where PulseAudio is installed, a private server with a null output runs for the test, and
#   the door's sounds must load on it (the bundle has Qt Multimedia without its FFmpeg).
#   scripts/bundle-self-test.sh [dist/checkin]
set -eu
bundle="$(cd "${1:-dist/checkin}" && pwd)"
home="$(mktemp -d)"
pulse_pid=""
trap '[ -z "$pulse_pid" ] || kill "$pulse_pid" 2>/dev/null; rm -rf "$home"' EXIT
audio=""
if command -v pulseaudio >/dev/null 2>&1; then
    mkdir -m 700 "$home/run"
    socket="$home/run/pulse-native"
    XDG_RUNTIME_DIR="$home/run" HOME="$home" pulseaudio --daemonize=no -n --exit-idle-time=-1 \
        --load=module-null-sink --load="module-native-protocol-unix socket=$socket" \
        --log-target=stderr 2>/dev/null &
    pulse_pid=$!
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -S "$socket" ] && break; sleep 0.5; done
    [ -S "$socket" ] && audio="PULSE_SERVER=unix:$socket"
fi
status=0
# shellcheck disable=SC2086  # $audio is one word or none
out="$(cd "$home" && env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen \
    LANG=C.UTF-8 $audio "$bundle/checkin" --self-test)" || status=$?
printf '%s\n' "$out"
[ "$status" -eq 0 ] || exit "$status"
if ! printf '%s\n' "$out" | grep -q "^ok   files .* found in $bundle/_internal/checkin "; then
    echo "bundle-self-test: the packaged files were not found inside $bundle" >&2
    exit 1
fi
if [ -n "$audio" ] && ! printf '%s\n' "$out" | grep -q "sounds ready on"; then
    echo "bundle-self-test: the sounds did not load on PulseAudio's null output" >&2
    exit 1
fi
