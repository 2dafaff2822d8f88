#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-schema.sh SCHEMA FILE...
#
# Validates each FILE against the JSON Schema (draft 2020-12) SCHEMA with ajv-cli, then checks
# that the schema rejects a set of deliberately broken documents, each for the intended reason.
# Prints TAP. Exits 0 when every test passes, 1 when one fails, 2 on a usage error.
#
# ajv-cli comes from this directory's package.json; install it first with
#   npm ci --no-audit --no-fund        (run in tests/schema)
# Without node or the installed packages the script prints "1..0 # SKIP" and exits 0, which is
# how a TAP test reports a skip to meson (meson counts a non-zero status as a failure for TAP).

set -u

usage ()
{
  echo "usage: $0 SCHEMA FILE..." >&2
  exit 2
}

absolute_path ()
{
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$(pwd)" "$1" ;;
  esac
}

[ $# -ge 2 ] || usage

here=$(cd "$(dirname "$0")" && pwd)
schema=$(absolute_path "$1")
shift

if [ ! -r "$schema" ]; then
  echo "$0: cannot read schema $schema" >&2
  exit 2
fi

# The ajv that "npx --no-install ajv" would run, called directly: npx adds most of a second to
# every call and warns about the user's npm configuration on stderr.
ajv="$here/node_modules/.bin/ajv"

if ! command -v node >/dev/null 2>&1 \
   || [ ! -x "$ajv" ] || [ ! -d "$here/node_modules/ajv-formats" ]; then
  echo "1..0 # SKIP ajv-cli not installed"
  exit 0
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/check-schema.XXXXXX") || exit 2
trap 'rm -rf "$tmpdir"' EXIT
trap 'exit 1' HUP INT TERM

# Keep the list of files in a file, one absolute path a line, so that names with spaces survive.
: > "$tmpdir/files"
for f in "$@"; do
  absolute_path "$f" >> "$tmpdir/files"
done

cd "$here" || exit 2

# --- broken documents ------------------------------------------------------------------------

# A small valid export. Every broken document below is this one with a single defect.
cat > "$tmpdir/base.json" <<'EOF'
{
  "schemaVersion": "1.0",
  "exportedAt": "2026-05-15T12:39:10.144Z",
  "occupation": {
    "soc": "29-2034.00",
    "title": "Radiologic Technologists and Technicians",
    "group": "Healthcare Practitioners & Technical",
    "sector": "62",
    "jobZone": 3,
    "jobZoneInferred": false
  },
  "framework": {
    "version": "v.26.05",
    "description": "",
    "contextCovered": "Hospital radiology departments and outpatient imaging centers.",
    "levels": {
      "emerging": {
        "label": "Emerging",
        "statements": [
          "Patient positioning \u2014 perform with guidance from a senior technologist.",
          "Radiation shielding \u2014 apply under supervision to protect patients and staff."
        ]
      },
      "developing": {
        "label": "Developing",
        "statements": [
          "Image quality \u2014 evaluate routine studies and repeat suboptimal images."
        ]
      },
      "proficient": {
        "label": "Proficient",
        "statements": [
          "Complex examinations \u2014 perform autonomously, adapting technique to the patient."
        ]
      },
      "advanced": {
        "label": "Advanced",
        "statements": [
          "Radiologic technologist teams \u2014 mentor and evaluate staff across modalities."
        ]
      }
    }
  },
  "sources": {
    "onet": "v30.2 (CC BY 4.0)",
    "crosswalk": "https://skillscrosswalk.com",
    "generator": "Framewright"
  },
  "attribution": "Framewright test data"
}
EOF

# Each entry: file name, description, a change to the document, and the instance path and
# keyword of the error the schema must report, so a document rejected for the wrong reason
# (say, a typo in the test itself) does not count as a pass.
cat > "$tmpdir/mutate.js" <<'EOF'
"use strict";
const fs = require("fs");
const path = require("path");
const dir = process.argv[2];
const base = JSON.parse(fs.readFileSync(path.join(dir, "base.json"), "utf8"));
const L = (d) => d.framework.levels;
const cases = [
  ["jobzone-string", "jobZone given as the string \"3\"",
   (d) => { d.occupation.jobZone = "3"; }, "/occupation/jobZone", "type"],
  ["soc-missing", "occupation without soc",
   (d) => { delete d.occupation.soc; }, "/occupation", "required"],
  ["statements-not-array", "statements given as a string, not an array",
   (d) => { L(d).developing.statements = "Image quality \u2014 evaluate studies."; },
   "/framework/levels/developing/statements", "type"],
  ["statement-no-em-dash", "statement with a hyphen instead of an em dash",
   (d) => { L(d).emerging.statements[1] = "Radiation shielding - apply under supervision."; },
   "/framework/levels/emerging/statements/1", "pattern"],
  ["statement-dash-unspaced", "statement with an em dash but no spaces around it",
   (d) => { L(d).emerging.statements[0] = "Patient positioning\u2014perform with guidance."; },
   "/framework/levels/emerging/statements/0", "pattern"],
  ["statement-empty", "empty statement",
   (d) => { L(d).advanced.statements.push(""); },
   "/framework/levels/advanced/statements/1", "minLength"],
  ["extra-level", "a fifth level key, expert",
   (d) => { L(d).expert = { label: "Expert", statements: [] }; },
   "/framework/levels", "additionalProperties"],
  ["level-missing", "levels without advanced",
   (d) => { delete L(d).advanced; }, "/framework/levels", "required"],
  ["level-label", "proficient level labelled Skilled",
   (d) => { L(d).proficient.label = "Skilled"; }, "/framework/levels/proficient/label", "const"],
  ["level-extra-key", "level object with an unknown key",
   (d) => { L(d).emerging.notes = ""; }, "/framework/levels/emerging", "additionalProperties"],
  ["jobzone-range", "jobZone 6",
   (d) => { d.occupation.jobZone = 6; }, "/occupation/jobZone", "maximum"],
  ["jobzone-inferred-string", "jobZoneInferred given as the string \"false\"",
   (d) => { d.occupation.jobZoneInferred = "false"; }, "/occupation/jobZoneInferred", "type"],
  ["soc-short", "soc without the .00 suffix",
   (d) => { d.occupation.soc = "29-2034"; }, "/occupation/soc", "pattern"],
  ["version-format", "version without the v. prefix",
   (d) => { d.framework.version = "26.05"; }, "/framework/version", "pattern"],
  ["schema-version", "schemaVersion 1.1",
   (d) => { d.schemaVersion = "1.1"; }, "/schemaVersion", "const"],
  ["exported-at-offset", "exportedAt with a +02:00 offset instead of Z",
   (d) => { d.exportedAt = "2026-05-15T14:39:10.144+02:00"; }, "/exportedAt", "pattern"],
  ["sources-generator", "sources without generator",
   (d) => { delete d.sources.generator; }, "/sources", "required"],
  ["extra-top-level", "unknown top-level key",
   (d) => { d.comment = "x"; }, "", "additionalProperties"],
];
for (const [name, description, change, instancePath, keyword] of cases) {
  const doc = JSON.parse(JSON.stringify(base));
  change(doc);
  const file = path.join(dir, `broken-${name}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  process.stdout.write([file, description, instancePath, keyword].join("|") + "\n");
}
EOF

if ! node "$tmpdir/mutate.js" "$tmpdir" > "$tmpdir/cases"; then
  echo "Bail out! could not write the broken documents"
  exit 1
fi

# --- running ajv -----------------------------------------------------------------------------

# One ajv run costs about half a second, most of it start-up, and a corpus has a thousand files,
# so files are validated in batches: validate_batch LIST runs ajv once on every file named in
# LIST, and result FILE then looks up what that run said about FILE.

validate_batch ()
{
  list=$1
  set --
  while IFS= read -r f; do
    set -- "$@" -d "$f"
  done < "$list"
  "$ajv" validate --spec=draft2020 -c ajv-formats --errors=line \
    -s "$schema" "$@" > "$tmpdir/batch-out" 2>&1
}

# Returns 0 if FILE is valid and 1 if it is invalid, and leaves ajv's report on it in
# $tmpdir/out. ajv stops at the first file that is not JSON and so reports nothing on the rest
# of its batch; those files get a run of their own, whose status (2 on such errors) is returned.
result ()
{
  if grep -Fqx "$1 valid" "$tmpdir/batch-out"; then
    printf '%s valid\n' "$1" > "$tmpdir/out"
    return 0
  elif grep -Fqx "$1 invalid" "$tmpdir/batch-out"; then
    grep -Fx -A1 "$1 invalid" "$tmpdir/batch-out" > "$tmpdir/out"
    return 1
  fi
  "$ajv" validate --spec=draft2020 -c ajv-formats --errors=line \
    -s "$schema" -d "$1" > "$tmpdir/out" 2>&1
}

n_files=$(wc -l < "$tmpdir/files")
n_cases=$(wc -l < "$tmpdir/cases")
echo "1..$((n_files + 1 + n_cases))"

n=0
failed=0

pass ()
{
  echo "ok $n - $1"
}

# Reports a failure, with ajv's report as TAP diagnostics.
fail ()
{
  echo "not ok $n - $1"
  sed 's/^/# /' "$tmpdir/out"
  failed=$((failed + 1))
}

batch_size=200
i=0
while [ "$i" -lt "$n_files" ]; do
  sed -n "$((i + 1)),$((i + batch_size))p" "$tmpdir/files" > "$tmpdir/batch"
  validate_batch "$tmpdir/batch"
  while IFS= read -r f; do
    n=$((n + 1))
    if result "$f"; then
      pass "$(basename "$f") validates"
    else
      fail "$(basename "$f") validates"
    fi
  done < "$tmpdir/batch"
  i=$((i + batch_size))
done

{
  echo "$tmpdir/base.json"
  cut -d '|' -f 1 "$tmpdir/cases"
} > "$tmpdir/batch"
validate_batch "$tmpdir/batch"

n=$((n + 1))
if result "$tmpdir/base.json"; then
  pass "unbroken test document validates"
else
  fail "unbroken test document validates"
fi

# "|" rather than a tab separates the fields: read merges runs of white-space separators, which
# would lose the empty instance path of the document root.
while IFS='|' read -r file description instance_path keyword; do
  n=$((n + 1))
  result "$file"
  status=$?
  expected="\"instancePath\":\"$instance_path\",\"schemaPath\":\"[^\"]*\",\"keyword\":\"$keyword\""
  if [ "$status" -eq 1 ] && grep -q "$expected" "$tmpdir/out"; then
    pass "rejects $description"
  elif [ "$status" -eq 0 ]; then
    fail "rejects $description (it was accepted)"
  else
    fail "rejects $description (expected a \"$keyword\" error at \"$instance_path\")"
  fi
done < "$tmpdir/cases"

[ "$failed" -eq 0 ]
