#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-validate.sh [BUILDDIR]
#
# Generates one NSX export per O*NET occupation (1,016 files) into a temporary directory, then
# times, on the same files, one process each:
#   - framewright-cli validate CORPUS/*.json            (the full rule catalogue)
#   - ajv validate -s nsx-1.0.schema.json -d 'CORPUS/*.json'   (JSON Schema only)
# ajv runs straight from tests/schema/node_modules/.bin, without npx, whose own start-up
# costs about half a second: the comparison is with ajv at its fastest.
#
# bench-validate.py does the timing: RUNS (default 10) paired runs after a warm-up, each with
# both processors (wall time) and pinned to one (taskset -c 0; CPU time from wait4), and prints
# min / median / max and the ratios. BUILDDIR defaults to _build (the one ./dev uses). The
# O*NET data comes from ../shared/onet, or from ONET_DIR.

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
runs=${RUNS:-10}

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

# Both must accept the corpus, or the timings compare different work.
"$cli" validate "$corpus"/*.json > /dev/null || [ $? -eq 1 ] || die "framewright-cli could not read the corpus"
(cd "$schema_dir" && "$ajv" validate --spec=draft2020 -c ajv-formats -s "$schema" \
   -d "$corpus/*.json" > /dev/null 2>&1) || die "ajv rejected the corpus"
command -v taskset >/dev/null 2>&1 || die "taskset (util-linux) is not installed"

echo "corpus: $n_files NSX exports from $onet"
python3 "$here/bench-validate.py" "$cli" "$ajv" "$schema" "$schema_dir" "$corpus" "$runs"
