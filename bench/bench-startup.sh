#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up to a visible window: Framewright with the sample framework open, against a bare
# libadwaita window (bench/bare-window.c), side by side on this machine. Both programs quit
# right after their first frame is drawn (FW_EXIT_AFTER_FIRST_FRAME=1) and report when that
# was; bench-startup.py interleaves the runs and prints the medians and their ratio. The goal
# is 1.2 and the limit 1.5; the exit status is 1 above the limit.
#
#   bench/bench-startup.sh [BUILD_DIR] [SAMPLE] [RUNS]
#
# Without a display it starts one with xvfb-run; without a session bus, one with
# dbus-run-session (both programs register on it, as they would on a desktop).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build}
sample=${2:-$top/data/samples/radiologic-technologists.fwk}
runs=${3:-20}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$0" "$build" "$sample" "$runs"
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null 2>&1; then
  exec dbus-run-session -- "$0" "$build" "$sample" "$runs"
fi
exec python3 "$top/bench/bench-startup.py" "$build" "$sample" "$runs"
