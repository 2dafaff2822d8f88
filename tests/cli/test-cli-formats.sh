#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-formats.sh CLI
#
# The CASE 1.0 and CSV family from the command line: export --help lists every format, each
# export is deterministic and gated like NSX, a refused or failed export leaves the old file,
# CASE and CSV round trips give the same bytes, OpenSALT packages import with warnings, and
# import --from csv --into updates a framework. Prints TAP.

set -u

. "$(dirname "$0")/cli-lib.sh"

data=${FW_TEST_DATA:-$here/../data}
top=${FW_SOURCE_ROOT:-$here/../..}
sample=$top/data/samples/radiologic-technologists.fwk

# --- export --help lists every format, one line each ---------------------------------------

run export --help
check "export --help exits 0" status_is 0
for format in nsx-json fwk case-1.0 csv canvas-csv moodle-csv; do
  check "export --help lists $format on a line of its own" \
    grep -qE "^  $format +[A-Za-z0-9]" "$tmp/stdout"
done
check "export --help names --case-base-uri" stdout_has "--case-base-uri"

# --- every writer: deterministic, gated, atomic --------------------------------------------

for format in case-1.0 csv canvas-csv moodle-csv; do
  run export "$sample" --to "$format" -o "$tmp/a.$format"
  check "export --to $format exits 0" status_is 0
  run export "$sample" --to "$format" -o "$tmp/b.$format"
  check "export --to $format gives the same bytes twice" cmp -s "$tmp/a.$format" "$tmp/b.$format"

  printf 'keep me\n' > "$tmp/existing.$format"
  run export "$data/native/invalid.fwk" --to "$format" -o "$tmp/existing.$format"
  check "export --to $format of a framework with errors exits 1" status_is 1
  check "a refused $format export leaves the old file" \
    test "$(cat "$tmp/existing.$format")" = "keep me"
  run export "$data/native/invalid.fwk" --to "$format" -o "$tmp/forced.$format" --force
  check "export --to $format --force exports anyway" test -s "$tmp/forced.$format"

  run export "$data/bad/truncated.json" --to "$format" -o "$tmp/existing.$format"
  check "a failed $format export exits 2 and leaves the old file" \
    test "$status" -eq 2 -a "$(cat "$tmp/existing.$format")" = "keep me"

  # FW_FAULT_INJECT is a test hook, honoured only in builds with the test_hooks option on.
  if [ "${FW_TEST_HOOKS:-1}" = 1 ]; then
    FW_FAULT_INJECT=save-write "$cli" export "$sample" --to "$format" \
      -o "$tmp/existing.$format" > "$tmp/stdout" 2> "$tmp/stderr"
    status=$?
    check "a $format export whose write fails exits 2 and leaves the old file" \
      test "$status" -eq 2 -a "$(cat "$tmp/existing.$format")" = "keep me"
  fi
done

run export "$sample" --to case-1.0 --case-base-uri "not a uri" -o "$tmp/x.json"
check "a --case-base-uri that is no URI is a usage error" status_is 2
check "a usage error creates no file" test ! -e "$tmp/x.json"

run export "$sample" --to case-1.0 --case-base-uri https://case.example.org/case -o "$tmp/base.json"
check "--case-base-uri sets the uri of every item" \
  grep -qF '"uri": "https://case.example.org/case/CFItems/' "$tmp/base.json"

cat > "$tmp/profile.json" <<'PROFILE'
{ "name": "district", "extends": "nsx-1.0", "caseBaseUri": "https://district.example.org/case/" }
PROFILE
run export "$sample" --to case-1.0 --profile "$tmp/profile.json" -o "$tmp/profile-case.json"
check "a profile's caseBaseUri sets the uri base" \
  grep -qF '"uri": "https://district.example.org/case/CFDocuments/' "$tmp/profile-case.json"

# --- CASE: round trip and other tools' packages ---------------------------------------------

run import "$tmp/a.case-1.0" -o "$tmp/from-case.fwk"
check "import of our CASE package (detected) exits 0 without warnings" \
  test "$status" -eq 0 -a ! -s "$tmp/stderr"
run export "$tmp/from-case.fwk" --to case-1.0 -o "$tmp/again.case-1.0" --force
check "CASE export → import → export gives the same bytes" \
  cmp -s "$tmp/again.case-1.0" "$tmp/a.case-1.0"

for package in "$data"/case/SequenceNumberFramework.json "$data"/case/what-standards-could-be.json; do
  name=$(basename "$package")
  run import "$package" --from case-1.0 -o "$tmp/$name.fwk"
  check "import of OpenSALT's $name exits 0" status_is 0
  check "import of $name reports what it left out" stderr_has "warning: item"
done
check "what-standards-could-be.json: the tolerated date-times are reported" \
  stderr_has "CFDocument has no RFC 3339 lastChangeDateTime; tolerated"
check "what-standards-could-be.json: precedes associations are reported" \
  stderr_has "“precedes” associations have no place in a framework"

# --- CSV: round trip and updates -------------------------------------------------------------

run import "$tmp/a.csv" --from csv -o "$tmp/from-csv.fwk"
check "import --from csv exits 0" status_is 0
run export "$tmp/from-csv.fwk" --to csv -o "$tmp/again.csv" --force
check "CSV export → import → export gives the same bytes" cmp -s "$tmp/again.csv" "$tmp/a.csv"

run import "$tmp/a.canvas-csv" --from canvas-csv -o "$tmp/x.fwk"
check "import --from canvas-csv is refused (write only)" status_is 2
check "the refused import creates no file" test ! -e "$tmp/x.fwk"

# One body edited, one row deleted, one new row citing an unknown source.
awk -F, 'NR == 2 { sub(/clinical radiology department/, "radiology suite") }
         NR == 4 { next }
         { print }
         END { printf "new-row-1,level,,advanced,11,Imaging research,contribute to studies.,src-nowhere\r\n" }' \
  "$tmp/a.csv" > "$tmp/edited.csv"
cp "$sample" "$tmp/target.fwk"
run import "$tmp/edited.csv" --from csv --into "$tmp/target.fwk"
check "import --into exits 0" status_is 0
check "import --into counts what it did" stdout_has "1 added, 1 changed, 1 missing from the spreadsheet"
check "import --into lists the unknown citation" stdout_has "new-row-1: src-nowhere"
check "import --into applies the changed text" grep -qF "radiology suite" "$tmp/target.fwk"
check "import --into keeps the missing statement" grep -qF "st-ca52feaeba47" "$tmp/target.fwk"
check "import --into gives the framework an identifier" grep -qF '"id": "' "$tmp/target.fwk"
check "import --into records the last change" grep -qF '"lastModified": "' "$tmp/target.fwk"

run import "$tmp/edited.csv" --from csv --into "$tmp/target.fwk" --delete-missing -o "$tmp/pruned.fwk"
check "--delete-missing removes the missing statement" \
  test "$status" -eq 0 -a -s "$tmp/pruned.fwk"
check "--delete-missing: the statement is gone" sh -c "! grep -qF st-ca52feaeba47 '$tmp/pruned.fwk'"

run import "$tmp/edited.csv" --into "$tmp/target.fwk"
check "--into without --from csv is a usage error" status_is 2
run import "$tmp/edited.csv" --from csv --delete-missing -o "$tmp/y.fwk"
check "--delete-missing without --into is a usage error" status_is 2

echo "1..$n"
[ "$failed" -eq 0 ]
