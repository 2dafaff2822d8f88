#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every libFuzzer target for a fixed time and prints TAP.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default: $FW_FUZZ_SECONDS, else 60). TARGET is fwk, nsx, json, fwmap,
# page-text, page-html, case or csv (default: all). Environment:
#   FW_FUZZ_BUILD    build directory, set up with clang if needed (default: _build-fuzz)
#   FW_FUZZ_BIN_DIR  take ready-built fuzz-* programs from here instead of building
#   FW_FUZZ_JOBS     how many targets run at the same time (default 1)
#   FW_SHARED_DIR    the shared samples (default: ../shared beside the source tree)
#
# Seeds come from tests/data/**, data/samples and the shared samples. An input that makes a
# target crash, leak, time out or run out of memory is copied to
# tests/data/fuzz-crashes/TARGET/, where tests/core/test-fuzz-regressions.c replays it.

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-${FW_FUZZ_SECONDS:-60}}
[ $# -gt 0 ] && shift
build=${FW_FUZZ_BUILD:-$top/_build-fuzz}
shared=${FW_SHARED_DIR:-$top/../shared}
jobs=${FW_FUZZ_JOBS:-1}
crashes="$top/tests/data/fuzz-crashes"

case "$seconds" in
  ''|*[!0-9]*) echo "run-fuzzers: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac

if [ $# -gt 0 ]; then
  targets="$*"
else
  targets="fwk nsx json fwmap page-text page-html case csv"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/fw-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# Per target: the seed file name patterns and the longest input worth trying.
seed_patterns ()
{
  case "$1" in
    fwk) echo "*.fwk *.json" ;;
    nsx|json) echo "*.json *.fwk" ;;
    fwmap) echo "*.fwmap *.json" ;;
    page-text) echo "*.txt" ;;
    page-html) echo "*.html *.htm *.xhtml" ;;
    case) echo "*.json" ;;
    csv) echo "*.csv" ;;
  esac
}

max_len ()
{
  case "$1" in
    page-html) echo 200000 ;;
    *) echo 65536 ;;
  esac
}

dictionary ()
{
  for d in "$here/$1.dict" "$here/fuzz-$1.dict"; do
    if [ -f "$d" ]; then
      echo "$d"
      return
    fi
  done
}

collect_seeds ()
{
  name=$1
  dest=$2
  mkdir -p "$dest"
  for pattern in $(seed_patterns "$name"); do
    for dir in "$top/tests/data" "$top/data/samples" "$shared/samples"; do
      [ -d "$dir" ] || continue
      find "$dir" -type f -name "$pattern" ! -path "*/fuzz-crashes/*" -size -1000k \
        -exec cp {} "$dest/" \; 2>/dev/null
    done
  done
  # Earlier findings first in line: they must stay fixed.
  if [ -d "$crashes/$name" ]; then
    find "$crashes/$name" -type f -exec cp {} "$dest/" \; 2>/dev/null
  fi
}

build_targets ()
{
  if [ -n "${FW_FUZZ_BIN_DIR:-}" ]; then
    bindir=$FW_FUZZ_BIN_DIR
    return 0
  fi
  bindir="$build/tests/fuzz"
  if [ ! -f "$build/build.ninja" ]; then
    CC=${CC:-clang} meson setup "$build" "$top" -Dfuzzing=true -Dapp=false -Db_lundef=false \
      >"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; return 1; }
  fi
  wanted=""
  for name in $targets; do
    wanted="$wanted fuzz-$name"
  done
  [ -z "$wanted" ] && return 0
  # shellcheck disable=SC2086
  meson compile -C "$build" $wanted >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; return 1; }
}

# Runs one target; leaves its verdict in $work/NAME.result.
run_target ()
{
  name=$1
  program="$bindir/fuzz-$name"
  corpus="$work/corpus-$name"
  artifacts="$work/artifacts-$name"
  log="$work/$name.log"
  result="$work/$name.result"

  if [ ! -x "$program" ]; then
    echo "skip not built" >"$result"
    return
  fi

  collect_seeds "$name" "$corpus"
  mkdir -p "$artifacts"
  dict=$(dictionary "$name")

  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/lsan.supp:print_suppressions=0} \
  G_DEBUG=fatal-criticals \
  FW_DATA_DIR="$top/data" \
    "$program" -max_total_time="$seconds" -max_len="$(max_len "$name")" -rss_limit_mb=2048 \
      -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      ${dict:+-dict="$dict"} "$corpus" >"$log" 2>&1
  status=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
            -o -name 'oom-*' \) | head -n 1)

  if [ -n "$found" ] || [ "$status" -ne 0 ]; then
    kept=""
    if [ -n "$found" ]; then
      mkdir -p "$crashes/$name"
      cp "$found" "$crashes/$name/"
      kept="tests/data/fuzz-crashes/$name/$(basename "$found")"
    fi
    echo "fail ${execs:-0} ${cov:-0} ${ft:-0} exit status $status${kept:+, input $kept}" >"$result"
  else
    echo "pass ${execs:-0} ${cov:-0} ${ft:-0}" >"$result"
  fi
}

report ()
{
  number=$1
  name=$2
  read -r verdict execs cov ft rest <"$work/$name.result"
  case "$verdict" in
    skip)
      # A requested target that does not exist is a failure, not a silent gap in coverage.
      echo "not ok $number - fuzz $name: fuzz-$name is not built"
      ;;
    pass)
      echo "ok $number - fuzz $name ($execs execs, cov $cov)"
      echo "# fuzz $name: ft $ft, corpus $(find "$work/corpus-$name" -type f | wc -l) inputs"
      ;;
    *)
      echo "not ok $number - fuzz $name ($execs execs, cov $cov): $rest"
      tail -n 60 "$work/$name.log" | sed 's/^/# /'
      failed=1
      ;;
  esac
}

count=0
for name in $targets; do
  count=$((count + 1))
done

echo "1..$count"

if ! build_targets; then
  number=0
  for name in $targets; do
    number=$((number + 1))
    echo "not ok $number - fuzz $name: the fuzz targets did not build"
  done
  exit 1
fi

failed=0
running=0
for name in $targets; do
  run_target "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait
    running=0
  fi
done
wait

number=0
for name in $targets; do
  number=$((number + 1))
  report "$number" "$name"
done

exit "$failed"
