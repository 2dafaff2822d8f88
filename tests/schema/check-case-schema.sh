#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-case-schema.sh SCHEMA VALID-FILE... -- INVALID-FILE...
#
# Validates CASE 1.0 packages against 1EdTech's CFPackage JSON schema (as OpenSALT ships it)
# with ajv-cli: every file before "--" must validate, every file after it must be rejected,
# which proves that the schema is really applied. The schema uses keywords and formats that
# ajv's strict mode refuses, hence --strict=false. Prints TAP; skips without ajv (see
# check-schema.sh).

set -u

[ $# -ge 2 ] || { echo "usage: $0 SCHEMA FILE... [-- FILE...]" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
schema=$1
shift
ajv="$here/node_modules/.bin/ajv"

if ! command -v node >/dev/null 2>&1 \
   || [ ! -x "$ajv" ] || [ ! -d "$here/node_modules/ajv-formats" ]; then
  echo "1..0 # SKIP ajv-cli not installed"
  exit 0
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/check-case.XXXXXX") || exit 2
trap 'rm -rf "$tmpdir"' EXIT

count=0
for f in "$@"; do
  [ "$f" = "--" ] || count=$((count + 1))
done
echo "1..$count"

n=0
failed=0
expect=valid
for f in "$@"; do
  if [ "$f" = "--" ]; then
    expect=invalid
    continue
  fi
  n=$((n + 1))
  # ajv picks its parser by the file's extension: give it a .json name.
  cp "$f" "$tmpdir/package.json"
  (cd "$here" && "$ajv" validate --strict=false -c ajv-formats --errors=line \
     -s "$schema" -d "$tmpdir/package.json") > "$tmpdir/out" 2>&1
  status=$?
  name=$(basename "$f")
  if [ "$expect" = valid ] && [ "$status" -eq 0 ]; then
    echo "ok $n - $name validates"
  elif [ "$expect" = invalid ] && [ "$status" -eq 1 ]; then
    echo "ok $n - $name is rejected"
  else
    echo "not ok $n - $name: expected $expect, ajv exited $status"
    sed 's/^/# /' "$tmpdir/out"
    failed=$((failed + 1))
  fi
done

[ "$failed" -eq 0 ]
