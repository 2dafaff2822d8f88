#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-library.sh [BUILDDIR] [CORPUS]: the library index on the 1,016-framework corpus:
# bench-library (first index, warm update, search per keystroke), then whole
# `framewright-cli search` processes on the warm index (goal: under 50 ms each).

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build}
corpus=${2:-}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-library.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ -z "$corpus" ]; then
  corpus=$tmp/corpus
  python3 "$top/bench/gen-corpus.py" "$top/data/onet" "$corpus" >/dev/null
fi

"$build/bench/bench-library" "$corpus" 5

XDG_CACHE_HOME=$tmp/cache
export XDG_CACHE_HOME
cli=$build/src/cli/framewright-cli
"$cli" index "$corpus" >/dev/null

for query in radiographs '"patient positioning"' 'safety level:advanced' 'soc:29-* equipment'; do
  python3 - "$cli" "$query" "$corpus" <<'PY'
import subprocess, sys, time
cli, query, corpus = sys.argv[1:]
times = []
for _ in range(20):
    start = time.perf_counter()
    subprocess.run([cli, "search", query, corpus, "--limit", "20"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"cli search {query!r:28} median {times[len(times) // 2]:7.1f} ms  "
      f"min {times[0]:7.1f} ms  max {times[-1]:7.1f} ms")
PY
done
