#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-review-check.sh CLI
#
# Drives `framewright-cli review check` and `review update` the way a reviewer would: the
# sample against the bundled release, planted faults, a newer release, and their errors. Prints
# TAP. Needs FW_DATA_DIR (data/) and FW_ONET_DATA_DIR; FW_DATA_DIR defaults to a path relative
# to this script.

set -u

. "$(dirname "$0")/cli-lib.sh"

sample=${FW_DATA_DIR:-$here/../../data}/samples/radiologic-technologists.fwk

if [ ! -r "$sample" ]; then
  echo "1..0 # SKIP the sample is not at $sample"
  exit 0
fi

fixtures=$here/../data/review
planted=$fixtures/planted.fwk
newer=$fixtures/release-31

stderr_lacks ()
{
  ! grep -qF -- "$1" "$tmp/stderr"
}

# --- check: the sample against the bundled release ---------------------------------------------

run review check "$sample"
check "review check on the sample exits 1 (it differs from the bundled release)" status_is 1
check "the text report names the release" stdout_has "Checked against O*NET 30.0"
check "the sample's related title that no occupation lists" \
  stdout_has "title:Radiologic Technologist: inaccurate:"
check "the sample's technology the release lacks" \
  stdout_has "technology:Object or component oriented development software: outdated:"
check "the sample's work styles of a newer layout" stdout_has "work-style:Cautiousness: outdated:"
check "four findings, no task among them" sh -c "grep -q ': 4 findings' '$tmp/stdout' && ! grep -q '^task:' '$tmp/stdout'"
check "the tasks not included are listed apart" stdout_has "22 tasks of the release are not included:"

run review check "$sample" --format json
check "review check --format json exits 1" status_is 1
check "the JSON names the release" stdout_has '"release": "30.0'
check "the JSON lists the findings" stdout_has '"type": "work-style"'
check "the JSON lists the tasks not included" stdout_has '"notIncluded": ['
check "the JSON is valid" python3 -c "import json,sys; d=json.load(open('$tmp/stdout')); assert len(d['findings']) == 4 and len(d['notIncluded']) == 22"

run review check "$fixtures/agree.fwk"
check "a framework that agrees with the release exits 0, tasks not included or not" status_is 0
check "and reports no finding" stdout_has ": 0 findings"

# --- check: planted faults ---------------------------------------------------------------------

run review check "$planted" --format json
check "review check on planted faults exits 1" status_is 1
check "a task whose text differs" python3 -c "
import json
d = json.load(open('$tmp/stdout'))
got = {(f['item']['type'], f['item'].get('id') if f['item']['type'] == 'task' else f['item']['value'], f['kind']) for f in d['findings']}
want = {('job-zone', '4', 'outdated'), ('occupation', 'Radiographers', 'outdated'),
        ('task', '22807', 'outdated'), ('task', '22804', 'inaccurate'), ('task', '99999', 'outdated'),
        ('task', '15239', 'wrong-occupation'),
        ('title', 'Cardiovascular Radiologic Technologist', 'wrong-occupation'),
        ('title', 'Film Developer Wizard', 'inaccurate'), ('technology', 'Darkroom software', 'outdated'),
        ('work-style', 'Empathy', 'outdated')}
assert got == want, got
"
check "a task of another occupation names it" stdout_has "belongs to 29-2033.00 Nuclear Medicine Technologists"

# --- check --annotate -------------------------------------------------------------------------

run review check "$planted" --annotate --reviewer "Ana" -o "$tmp/annotated.fwk"
check "review check --annotate exits 1 (findings)" status_is 1
check "it says how many corrections it added" stderr_has "added 9 open corrections"
run review list "$tmp/annotated.fwk" --format json
check "the annotated copy has nine open corrections" python3 -c "
import json
d = json.load(open('$tmp/stdout'))
assert len(d['corrections']) == 9 and all(c['status'] == 'open' and c['reviewer'] == 'Ana' for c in d['corrections'])
assert any(c['item']['id'] == '22807' and c['kind'] == 'outdated' for c in d['corrections'])
"
run review check "$tmp/annotated.fwk" --annotate -o "$tmp/twice.fwk"
check "a second --annotate adds nothing to items that carry a correction" stderr_has "added 0 open corrections"

# --- check: errors ----------------------------------------------------------------------------

run review check "$fixtures/unknown-occupation.fwk"
check "an occupation the release lacks exits 2" status_is 2
check "and names it" stderr_has "occupation “99-9999.00” is not in O*NET release 30.0"
run review check "$tmp/missing.fwk"
check "a missing input exits 2" status_is 2
run review check "$sample" --format csv
check "an unknown format exits 2" status_is 2
run review check "$sample" --annotate
check "--annotate without -o exits 2" status_is 2
run review check "$sample" -o "$tmp/never.fwk"
check "-o without --annotate exits 2 and writes nothing" sh -c "[ $status -eq 2 ] && [ ! -e '$tmp/never.fwk' ]"
run review check "$sample" --onet "$tmp/nowhere"
check "an --onet folder that is not a release exits 2" status_is 2
printf '{"format": "framewright", "formatVersion": ' > "$tmp/truncated.fwk"
run review check "$tmp/truncated.fwk"
check "a truncated framework exits 2 with its location" sh -c "[ $status -eq 2 ] && grep -q 'truncated.fwk:1:' '$tmp/stderr'"

# --- update -----------------------------------------------------------------------------------

run review update "$planted" --onet "$newer" --dry-run
check "review update --dry-run exits 0" status_is 0
check "the preview shows a reworded task" stdout_has "reworded task:22807:"
check "the preview shows a removed task" stdout_has "removed task:22816:"
check "the preview flags the statement anchored to it" stdout_has "flagged statement:st-5fe39ec469f6"
check "the preview shows the new title" stdout_has "renamed occupation: Radiographers → Radiologic Technologists"
check "the preview points at --add-tasks" stdout_has "1 task of the release is not included (see --add-tasks)"

run review update "$planted" --onet "$newer" --add-tasks -o "$tmp/updated.fwk"
check "review update exits 0" status_is 0
check "the new task is added" stdout_has "added task:99001:"
check "the update writes the reworded task" file_has "$tmp/updated.fwk" "Position digital imaging equipment and set exposure factors"
check "the statement keeps its anchor" file_has "$tmp/updated.fwk" '"22816"'
run review check "$tmp/updated.fwk" --onet "$newer"
check "the updated framework agrees with the newer release" status_is 0
run review list "$tmp/updated.fwk"
check "the flag is an open correction of the statement" stdout_has "open  outdated  statement:st-5fe39ec469f6"

run review update "$fixtures/agree.fwk" --onet "${FW_ONET_DATA_DIR:-$here/../../data/onet}" -o "$tmp/same.fwk"
check "an update with nothing to do says so" stdout_has "Nothing to update."

echo '{}' > "$tmp/kept.fwk"
cp "$tmp/kept.fwk" "$tmp/kept-before.fwk"
run review update "$fixtures/unknown-occupation.fwk" --onet "$newer" -o "$tmp/kept.fwk"
check "an update of an occupation the release lacks exits 2" status_is 2
check "and leaves the output alone" cmp -s "$tmp/kept.fwk" "$tmp/kept-before.fwk"
run review update "$planted" -o "$tmp/never.fwk"
check "review update without --onet exits 2" sh -c "[ $status -eq 2 ] && [ ! -e '$tmp/never.fwk' ]"
run review update "$planted" --onet "$newer"
check "review update without -o or --dry-run exits 2" status_is 2
run review update "$planted" --onet "$newer" --dry-run -o "$tmp/never.fwk"
check "--dry-run with -o exits 2" sh -c "[ $status -eq 2 ] && [ ! -e '$tmp/never.fwk' ]"

echo "1..$n"
[ "$failed" -eq 0 ]
