#!/bin/sh
# Start-up to a visible window: Framewright with the sample framework open, against a bare
# libadwaita window, side by side on this machine. Both programs quit right after their first
# frame is drawn (FW_EXIT_AFTER_FIRST_FRAME=1). Prints both means and their ratio; the goal is
# 1.2 and the limit 1.5.
#
#   bench/bench-startup.sh [BUILD_DIR] [SAMPLE] [RUNS]
#
# Without a display it starts one with xvfb-run. Uses hyperfine when installed, else a loop.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build}
sample=${2:-$top/data/samples/radiologic-technologists.fwk}
runs=${3:-20}
app="$build/src/app/framewright"
bare="$build/bench/bare-window"

for program in "$app" "$bare"; do
  if [ ! -x "$program" ]; then
    echo "bench-startup: $program is missing; build first (meson compile -C $build)" >&2
    exit 2
  fi
done

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${FW_BENCH_IN_X:-}" ]; then
  FW_BENCH_IN_X=1 exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$0" "$build" "$sample" "$runs"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Same conditions for both: private data and settings, no portals, no accessibility bus.
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export GSETTINGS_BACKEND=memory ADW_DISABLE_PORTAL=1 GTK_USE_PORTAL=0 GTK_A11Y=none NO_AT_BRIDGE=1
export GSETTINGS_SCHEMA_DIR="$build/data"
export FW_EXIT_AFTER_FIRST_FRAME=1

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 3 --runs "$runs" --export-json "$scratch/times.json" \
    --command-name bare "$bare" \
    --command-name framewright "$app $sample" >&2
  set -- $(python3 -c '
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print("%.4f %.4f" % (r["bare"], r["framewright"]))' "$scratch/times.json")
  bare_s=$1 app_s=$2
else
  # Interleaved runs, so that a slow moment of the machine hits both alike.
  bare_ns=0 app_ns=0
  i=0
  while [ $i -lt $((runs + 2)) ]; do
    t0=$(date +%s%N); "$bare" >/dev/null 2>&1; t1=$(date +%s%N)
    "$app" "$sample" >/dev/null 2>&1; t2=$(date +%s%N)
    if [ $i -ge 2 ]; then
      bare_ns=$((bare_ns + t1 - t0)) app_ns=$((app_ns + t2 - t1))
    fi
    i=$((i + 1))
  done
  bare_s=$(awk "BEGIN { printf \"%.4f\", $bare_ns / $runs / 1e9 }")
  app_s=$(awk "BEGIN { printf \"%.4f\", $app_ns / $runs / 1e9 }")
fi

ratio=$(awk "BEGIN { printf \"%.2f\", $app_s / $bare_s }")
echo "bare libadwaita window: ${bare_s} s"
echo "framewright + sample:   ${app_s} s"
echo "ratio: ${ratio} (goal 1.2, limit 1.5)"
awk "BEGIN { exit !($ratio <= 1.5) }"
