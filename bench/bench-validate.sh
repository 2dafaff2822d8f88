#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-validate.sh [BUILDDIR]
#
# Generates one NSX export per O*NET occupation (1,016 files) into a temporary directory, then
# times, side by side on the same files, one process each:
#   - framewright-cli validate CORPUS/*.json            (the full rule catalogue)
#   - npx ajv validate -s nsx-1.0.schema.json -d 'CORPUS/*.json'   (JSON Schema only)
#   - the same ajv without npx, straight from node_modules/.bin
# and prints the ratios. BUILDDIR defaults to _build (the one ./dev uses).
#
# ajv-cli is the one tests/schema installs (npm ci in tests/schema). "npx ajv" is the
# comparison the validation issue asks for; npx's own start-up costs about half a second, so
# the ratio against the bare ajv binary is printed too, as the stricter figure.
#
# Uses hyperfine when it is installed (apt-get install hyperfine), else the median of RUNS
# (default 5) wall-clock runs of each command. The O*NET data comes from ../shared/onet, or
# from ONET_DIR.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${1:-$top/_build}
case "$build" in
  /*) ;;
  *) build=$(pwd)/$build ;;
esac

cli=$build/src/cli/framewright-cli
schema=$top/data/schemas/nsx-1.0.schema.json
schema_dir=$top/tests/schema
ajv=$schema_dir/node_modules/.bin/ajv
onet=${ONET_DIR:-$top/../shared/onet}
runs=${RUNS:-5}

die ()
{
  echo "bench-validate.sh: $*" >&2
  exit 2
}

[ -x "$cli" ] || die "no $cli; build first (meson compile -C $build)"
[ -x "$ajv" ] || die "no ajv-cli; run: (cd tests/schema && npm ci --no-audit --no-fund)"
[ -d "$onet" ] || die "no O*NET data in $onet; set ONET_DIR"
command -v node >/dev/null 2>&1 || die "node is not installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/fw-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT TERM
corpus=$work/corpus
mkdir "$corpus"

python3 "$here/gen-corpus.py" "$onet" "$corpus" >/dev/null 2>&1 || die "gen-corpus.py failed"
n_files=$(find "$corpus" -name '*.json' | wc -l)

fw_command="'$cli' validate '$corpus'/*.json > /dev/null"
# ajv needs draft 2020-12 and the formats plugin (the schema checks exportedAt as date-time).
ajv_command="cd '$schema_dir' && '$ajv' validate --spec=draft2020 -c ajv-formats -s '$schema' -d '$corpus/*.json' > /dev/null 2>&1"
npx_command="cd '$schema_dir' && npx --no-install ajv validate --spec=draft2020 -c ajv-formats -s '$schema' -d '$corpus/*.json' > /dev/null 2>&1"

# Both must accept the corpus, or the timings compare different work.
sh -c "$fw_command" || [ $? -eq 1 ] || die "framewright-cli could not read the corpus"
sh -c "$ajv_command" || die "ajv rejected the corpus"

echo "corpus: $n_files NSX exports from $onet"
echo "processors: $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"

# The median wall-clock time of $runs runs of a shell command, in seconds.
median_seconds ()
{
  i=0
  : > "$work/times"
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s.%N)
    sh -c "$1" || true
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f\n", b - a }' >> "$work/times"
    i=$((i + 1))
  done
  sort -n "$work/times" | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] }'
  rm -f "$work/times"
}

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/hyperfine.json" \
    -n framewright-cli "$fw_command" -n "npx ajv" "$npx_command" -n ajv "$ajv_command"
  median ()
  {
    python3 -c 'import json, sys
print("%.3f" % json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$work/hyperfine.json" "$1"
  }
  fw_time=$(median 0)
  npx_time=$(median 1)
  ajv_time=$(median 2)
  rm -f "$work/hyperfine.json"
else
  sh -c "$fw_command" || true   # warm the page cache
  fw_time=$(median_seconds "$fw_command")
  npx_time=$(median_seconds "$npx_command")
  ajv_time=$(median_seconds "$ajv_command")
fi

echo
echo "medians over $runs runs, $n_files files:"
printf '  %-42s %8s s\n' "framewright-cli validate (all rules)" "$fw_time"
printf '  %-42s %8s s\n' "npx ajv validate (JSON Schema)" "$npx_time"
printf '  %-42s %8s s\n' "ajv validate, without npx" "$ajv_time"
awk -v fw="$fw_time" -v npx="$npx_time" -v ajv="$ajv_time" 'BEGIN {
  printf "ratio: framewright-cli is %.1fx as fast as npx ajv-cli (goal: 5x)\n", npx / fw
  printf "       and %.1fx as fast as the bare ajv binary\n", ajv / fw
}'
