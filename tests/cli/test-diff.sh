#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-diff.sh CLI
#
# The revision verbs driven as a user (and git) would drive them: diff, show, merge and
# git-setup, then merges in real git repositories through the driver git-setup configures.
# Needs FW_DATA_DIR (the samples) and python3; the git part needs git. Prints TAP.

set -u

. "$(dirname "$0")/cli-lib.sh"

data=${FW_DATA_DIR:-$here/../../data}
sample=$data/samples/radiologic-technologists.fwk
edit="python3 $here/fw-edit-fwk.py"

# --- diff ---------------------------------------------------------------------------------------

cp "$sample" "$tmp/old.fwk"
cp "$sample" "$tmp/new.fwk"
$edit "$tmp/new.fwk" \
  "set:levels.developing.statements.2.body=apply consistently and verify adherence." \
  "insert:levels.developing.statements.0=Room readiness checks — perform before the first patient." \
  "delete:levels.advanced.statements.3" \
  "move:levels.emerging.statements.9>levels.proficient.statements.0" \
  "set:framework.version=v.26.11"

run diff "$tmp/old.fwk" "$tmp/old.fwk"
check "diff of a file with itself exits 0" status_is 0
check "diff of equal files prints nothing" test ! -s "$tmp/stdout"

run diff "$tmp/old.fwk" "$tmp/new.fwk"
check "diff of different files exits 1" status_is 1
check "diff text starts like a unified diff" stdout_has "--- $tmp/old.fwk"
check "diff names an added statement by path and id" stdout_has "@@ levels.developing[0] st-"
check "diff reports the edited body" stdout_has " edited: body"
check "diff shows the old words" stdout_has "— implement consistently and verify adherence for"
check "diff shows the new words" stdout_has "+Radiation protection protocols and compliance documentation — apply consistently and verify adherence."
check "diff reports the removed statement" stdout_has "@@ levels.advanced[3] st-"
check "diff reports the move to another level" stdout_has "moved: level (was levels.emerging[9])"
check "diff reports the version" stdout_has "@@ framework.version edited: version @@"
check "diff to a pipe has no colour by default" stdout_lacks "$(printf '\033')"

run diff --color always "$tmp/old.fwk" "$tmp/new.fwk"
check "diff --color always colours the changed words" \
  stdout_has "$(printf '\033[1;30;42m')apply"
run diff --color never "$tmp/old.fwk" "$tmp/new.fwk"
check "diff --color never has no escapes" stdout_lacks "$(printf '\033')"

run diff --format json "$tmp/old.fwk" "$tmp/new.fwk"
check "diff --format json exits 1" status_is 1
check "diff --format json is JSON with a list of changes" python3 -c '
import json, sys
changes = json.load(open(sys.argv[1]))["changes"]
edited = [c for c in changes if c["kind"] == "edited" and c["subject"] == "statement"]
assert len(edited) == 1, edited
assert edited[0]["fields"] == ["body"] and edited[0]["id"].startswith("st-")
assert edited[0]["path"] == "levels.developing[3]" and edited[0]["old"] != edited[0]["new"]
assert {c["kind"] for c in changes} == {"added", "removed", "edited", "moved"}
' "$tmp/stdout"

run diff --format xhtml "$tmp/old.fwk" "$tmp/new.fwk"
check "diff --format xhtml exits 1" status_is 1
if command -v xmllint > /dev/null 2>&1; then
  check "diff --format xhtml is well-formed XML" xmllint --noout "$tmp/stdout"
else
  ok "# SKIP xmllint is not installed"
fi
check "the XHTML report marks inserted words" stdout_has "<ins>apply</ins>"

# Two NSX exports of one framework: ids derive from text and position, so matching is by text.
run export "$tmp/old.fwk" --to nsx-json -o "$tmp/old.json" --exported-at 2026-05-15T12:00:00Z --force
run export "$tmp/new.fwk" --to nsx-json -o "$tmp/new.json" --exported-at 2026-11-15T12:00:00Z --force
run diff "$tmp/old.json" "$tmp/new.json"
check "diff of two NSX exports exits 1" status_is 1
check "NSX: the edited statement is matched by text, not removed and added" \
  stdout_has "@@ levels.developing[3] st-"
check "NSX: exactly one statement added" test "$(grep -c ' added @@' "$tmp/stdout")" -eq 1
check "NSX: exactly one statement removed" test "$(grep -c ' removed @@' "$tmp/stdout")" -eq 1
run diff "$tmp/old.fwk" "$tmp/old.json"
check "a .fwk compares with its NSX export" test "$status" -le 1

echo "not json" > "$tmp/garbage.json"
run diff "$tmp/old.fwk" "$tmp/garbage.json"
check "diff with unreadable input exits 2" status_is 2
check "diff names the bad file with a location" stderr_has "$tmp/garbage.json:1:"
run diff "$tmp/old.fwk" "$tmp/missing.fwk"
check "diff with a missing file exits 2" status_is 2
run diff "$tmp/old.fwk"
check "diff with one file exits 2" status_is 2
run diff --format yaml "$tmp/old.fwk" "$tmp/new.fwk"
check "diff with an unknown format exits 2" status_is 2
run diff --color sometimes "$tmp/old.fwk" "$tmp/new.fwk"
check "diff with an unknown --color exits 2" status_is 2
run diff - - < "$tmp/old.fwk"
check "diff refuses standard input twice" status_is 2
"$cli" diff - "$tmp/new.fwk" < "$tmp/old.fwk" > "$tmp/stdout" 2> "$tmp/stderr"
status=$?
check "diff reads OLD from standard input" status_is 1

# --- show ---------------------------------------------------------------------------------------

run show "$tmp/old.fwk"
check "show exits 0" status_is 0
check "show prints a statement a line" \
  stdout_has "Patient positioning on the examining table — perform with guidance"
check "show names each section" stdout_has "[levels.developing: Developing / Mid-level / Established]"
cp "$tmp/stdout" "$tmp/show1"
run show "$tmp/old.fwk"
check "show is stable" cmp -s "$tmp/stdout" "$tmp/show1"
run show "$tmp/garbage.json"
check "show of bad input exits 2" status_is 2
run show
check "show without input exits 2" status_is 2

# --- merge --------------------------------------------------------------------------------------

cp "$sample" "$tmp/base.fwk"
cp "$sample" "$tmp/ours.fwk"
cp "$sample" "$tmp/theirs.fwk"
$edit "$tmp/ours.fwk" "set:levels.emerging.statements.0.headline=Imaging controls"
$edit "$tmp/theirs.fwk" "set:levels.emerging.statements.0.body=adjust as directed."
run merge "$tmp/base.fwk" "$tmp/ours.fwk" "$tmp/theirs.fwk" -o "$tmp/merged.fwk"
check "merge of two fields of one statement exits 0" status_is 0
run show "$tmp/merged.fwk"
check "the merged file holds both edits" stdout_has "Imaging controls — adjust as directed."

$edit "$tmp/theirs.fwk" "set:levels.emerging.statements.0.headline=Equipment controls"
cp "$tmp/ours.fwk" "$tmp/merged.fwk"
run merge "$tmp/base.fwk" "$tmp/ours.fwk" "$tmp/theirs.fwk" -o "$tmp/merged.fwk"
check "merge with a true conflict exits 1" status_is 1
check "merge names the conflict on stderr" stderr_has "conflict: levels.emerging st-"
run validate "$tmp/merged.fwk"
check "the conflicted file still loads, and validate fails on it" status_is 1
check "validate reports the conflict with the statement id" stdout_has "FW-MRG-001"
check "the conflict message has both values" stdout_has "ours \"Imaging controls\", theirs \"Equipment controls\""

cp "$tmp/ours.fwk" "$tmp/untouched.fwk"
run merge "$tmp/base.fwk" "$tmp/garbage.json" "$tmp/theirs.fwk" -o "$tmp/untouched.fwk"
check "merge with bad input exits 2" status_is 2
check "a failed merge leaves the output alone" cmp -s "$tmp/untouched.fwk" "$tmp/ours.fwk"
run merge "$tmp/base.fwk" "$tmp/ours.fwk" "$tmp/theirs.fwk"
check "merge without -o exits 2" status_is 2
run merge "$tmp/base.fwk" "$tmp/ours.fwk" -o "$tmp/x.fwk"
check "merge with two inputs exits 2" status_is 2
check "merge with two inputs writes nothing" test ! -e "$tmp/x.fwk"

# --- git ----------------------------------------------------------------------------------------

if ! command -v git > /dev/null 2>&1; then
  echo "1..$n # SKIP the git part: git is not installed"
  [ "$failed" -eq 0 ]
  exit
fi

export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp" GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.org \
  GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.org

run git-setup "$tmp"
check "git-setup outside a repository exits 2" status_is 2
check "git-setup says why" stderr_has "not in a git repository"

# new_repo DIR SETUP: a repository with the sample committed on main.
new_repo ()
{
  mkdir -p "$1"
  git -C "$1" init -q -b main
  cp "$sample" "$1/f.fwk"
  if [ "$2" = yes ]; then
    "$cli" git-setup --command "$cli" "$1" > /dev/null
    git -C "$1" add .gitattributes
  fi
  git -C "$1" add f.fwk
  git -C "$1" commit -q -m base
}

# branches DIR THEIRS-EDITS -- OURS-EDITS: commit each side's edits on a branch of its own,
# "theirs" and main, and try to merge theirs into main.
branches ()
{
  dir=$1
  shift
  git -C "$dir" checkout -q -b theirs
  while [ "$1" != "--" ]; do $edit "$dir/f.fwk" "$1"; shift; done
  shift
  git -C "$dir" commit -q -a -m theirs
  git -C "$dir" checkout -q main
  for e in "$@"; do $edit "$dir/f.fwk" "$e"; done
  git -C "$dir" commit -q -a -m ours
  git -C "$dir" merge -q -m merge theirs > "$tmp/stdout" 2> "$tmp/stderr"
  status=$?
}

adjacent="set:levels.developing.statements.4.headline=Patient monitoring"
adjacent2="set:levels.developing.statements.4.body=recognise distress early."
add_ours="insert:levels.developing.statements.10=Beta checks — run beta checks weekly."
add_theirs="insert:levels.developing.statements.10=Alpha checks — run alpha checks daily."

new_repo "$tmp/plain" no
branches "$tmp/plain" "$adjacent" "$add_theirs" -- "$adjacent2" "$add_ours"
check "plain git conflicts on adjacent-line edits and same-place additions" test "$status" -ne 0

new_repo "$tmp/repo" yes
check "git-setup writes the attributes line" \
  grep -qxF "*.fwk merge=framewright diff=framewright" "$tmp/repo/.gitattributes"
check "git-setup sets the merge driver" \
  test "$(git -C "$tmp/repo" config merge.framewright.driver)" = "$cli merge %O %A %B -o %A"
check "git-setup sets the textconv" \
  test "$(git -C "$tmp/repo" config diff.framewright.textconv)" = "$cli show"
run git-setup --command "$cli" "$tmp/repo"
check "git-setup run again exits 0" status_is 0
check "git-setup writes the attributes line once" \
  test "$(grep -c '^\*\.fwk merge=framewright' "$tmp/repo/.gitattributes")" -eq 1
check "git-setup writes the map attributes line once" \
  test "$(grep -c '^\*\.fwmap merge=framewright' "$tmp/repo/.gitattributes")" -eq 1

branches "$tmp/repo" "$adjacent" "$add_theirs" -- "$adjacent2" "$add_ours"
check "the driver merges adjacent-line edits and same-place additions cleanly" status_is 0
run show "$tmp/repo/f.fwk"
check "the merged statement has both sides' fields" \
  stdout_has "Patient monitoring — recognise distress early."
check "both additions are kept, ours first" python3 -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
beta = lines.index("Beta checks — run beta checks weekly.")
alpha = lines.index("Alpha checks — run alpha checks daily.")
assert alpha == beta + 1, (beta, alpha)
' "$tmp/stdout"
git -C "$tmp/repo" diff HEAD~1 HEAD -- f.fwk > "$tmp/stdout" 2> "$tmp/stderr"
check "git diff reads the file through show" stdout_has "+Alpha checks — run alpha checks daily."

new_repo "$tmp/conflict" yes
branches "$tmp/conflict" "set:levels.proficient.statements.1.body=theirs body." -- \
  "set:levels.proficient.statements.1.body=ours body."
check "a true conflict stops the merge" test "$status" -ne 0
check "the conflicted file has no conflict markers" \
  test "$(grep -c '^<<<<<<<' "$tmp/conflict/f.fwk")" -eq 0
run validate "$tmp/conflict/f.fwk"
check "the conflicted file loads and fails validation" status_is 1
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["levels"]["proficient"]["statements"][1]["id"])' "$tmp/conflict/f.fwk")
check "validate names the conflicted statement" stdout_has "merge conflict on statement $id (body)"
run show "$tmp/conflict/f.fwk"
check "the conflicted file keeps ours" stdout_has " — ours body."

new_repo "$tmp/deleted" yes
branches "$tmp/deleted" "delete:levels.advanced.statements.2" -- \
  "set:levels.advanced.statements.2.body=edited while deleted."
check "an edit against a delete stops the merge" test "$status" -ne 0
run validate "$tmp/deleted/f.fwk"
check "validate reports the edit against the delete" stdout_has "(statement): ours"
run show "$tmp/deleted/f.fwk"
check "the edited statement is kept" stdout_has " — edited while deleted."

# Reviewers' corrections: each branch adds one, theirs changes the status of one both had.
# review_add DIR ITEM PROPOSED: adds an open correction to DIR/f.fwk and prints its id.
review_add ()
{
  "$cli" review add "$1/f.fwk" --item "$2" --kind missing --proposed "$3" \
    --rationale "Seen in practice." --reviewer Test -o "$1/f.fwk"
}

corrections_base ()
{
  new_repo "$1" yes
  shared=$(review_add "$1" job-zone 4)
  git -C "$1" commit -q -a -m "a correction"
  git -C "$1" checkout -q -b theirs
}

merge_theirs ()
{
  git -C "$1" merge -q -m merge theirs > "$tmp/stdout" 2> "$tmp/stderr"
  status=$?
}

corrections_base "$tmp/corrections"
theirs_added=$(review_add "$tmp/corrections" new-task "Operate digital imaging systems.")
"$cli" review set-status "$tmp/corrections/f.fwk" "$shared" accepted -o "$tmp/corrections/f.fwk"
git -C "$tmp/corrections" commit -q -a -m theirs
git -C "$tmp/corrections" checkout -q main
ours_added=$(review_add "$tmp/corrections" new-task "Verify patient identity.")
git -C "$tmp/corrections" commit -q -a -m ours
merge_theirs "$tmp/corrections"
check "the driver merges corrections added on both branches and a status change" status_is 0
run review list --format json "$tmp/corrections/f.fwk"
check "the merge keeps all three corrections, in id order, with theirs' status" python3 -c '
import json, sys
corrections = json.load(open(sys.argv[1]))["corrections"]
ids = [c["id"] for c in corrections]
assert ids == sorted(sys.argv[2:]), ids
status = {c["id"]: c["status"] for c in corrections}
assert status[sys.argv[2]] == "accepted", status
' "$tmp/stdout" "$shared" "$theirs_added" "$ours_added"
run validate "$tmp/corrections/f.fwk"
check "the merged corrections record no conflict" sh -c '! grep -q "merge conflict" "$1"' sh \
  "$tmp/stdout"

corrections_base "$tmp/status"
"$cli" review set-status "$tmp/status/f.fwk" "$shared" rejected -o "$tmp/status/f.fwk"
git -C "$tmp/status" commit -q -a -m theirs
git -C "$tmp/status" checkout -q main
"$cli" review set-status "$tmp/status/f.fwk" "$shared" accepted -o "$tmp/status/f.fwk"
git -C "$tmp/status" commit -q -a -m ours
git -C "$tmp/status" show "HEAD:f.fwk" > "$tmp/status-ours.fwk"
git -C "$tmp/status" show "theirs:f.fwk" > "$tmp/status-theirs.fwk"
git -C "$tmp/status" show "HEAD~1:f.fwk" > "$tmp/status-base.fwk"
merge_theirs "$tmp/status"
check "a status changed two ways stops the merge" test "$status" -ne 0
run merge "$tmp/status-base.fwk" "$tmp/status-ours.fwk" "$tmp/status-theirs.fwk" \
  -o "$tmp/status-merged.fwk"
check "merge of a status changed two ways exits 1" status_is 1
check "merge names the correction's conflict on stderr" stderr_has "conflict: corrections $shared (status)"
run validate "$tmp/status/f.fwk"
check "the file with the correction's conflict fails validation" status_is 1
check "validate names the correction's conflict" stdout_has "merge conflict on $shared (status): ours"
check "validate gives both statuses" python3 -c '
import sys
line = [l for l in open(sys.argv[1], encoding="utf-8") if sys.argv[2] in l][0]
assert line.index("accepted") < line.index("rejected"), line
' "$tmp/stdout" "$shared"
run review list --format json "$tmp/status/f.fwk"
check "the conflicted correction keeps ours" stdout_has '"status": "accepted"'

# --- curriculum maps (.fwmap) ------------------------------------------------------------------

map=$here/../data/map/radiography.fwmap
editmap="python3 $here/fw-edit-fwmap.py"
cp "$map" "$tmp/old.fwmap"
cp "$map" "$tmp/new.fwmap"
$editmap "$tmp/new.fwmap" "program:name=Radiography AS" "course:RAD300,Capstone" \
  "outcome:RAD300,RAD300:CLO1,Integrate the program." "text:RAD101:CLO2=Apply shielding." \
  "map:RAD110:CLO1,st-5fe39ec469f6,M" "map:RAD101:CLO1,st-f0ff1533789a,M" \
  "unmap:RAD101:CLO1,st-ae82ce593bbd"
run diff "$tmp/old.fwmap" "$tmp/old.fwmap"
check "diff of a map with itself exits 0" status_is 0
run diff "$tmp/old.fwmap" "$tmp/new.fwmap"
check "diff of two maps exits 1" status_is 1
check "map diff shows the program field" stdout_has "~ program.name name: “Radiography AAS” → “Radiography AS”"
check "map diff shows the added course" stdout_has "+ courses[10] RAD300: Capstone"
check "map diff shows the added outcome" stdout_has "+ courses[RAD300].outcomes[0] RAD300:CLO1: Integrate the program."
check "map diff shows the edited outcome" stdout_has "RAD101:CLO2 text:"
check "map diff shows the added mapping" stdout_has "+ mappings RAD110:CLO1 -> st-5fe39ec469f6: M"
check "map diff shows the removed mapping" stdout_has "- mappings RAD101:CLO1 -> st-ae82ce593bbd: R"
check "map diff shows the depth change" stdout_has "~ mappings RAD101:CLO1 -> st-f0ff1533789a depth: “I” → “M”"
run diff --format json "$tmp/old.fwmap" "$tmp/new.fwmap"
check "map diff --format json exits 1" status_is 1
check "map diff json is JSON with 7 changes" python3 -c \
  'import json,sys; assert len(json.load(open(sys.argv[1]))["changes"]) == 7' "$tmp/stdout"
cp "$map" "$tmp/map-without-extension"
run diff "$tmp/map-without-extension" "$tmp/new.fwmap"
check "a map is recognised by its content" stdout_has "+ courses[10] RAD300: Capstone"
run diff "$tmp/old.fwmap" "$tmp/garbage.json"
check "map diff with bad input exits 2" status_is 2
run show "$tmp/old.fwmap"
check "show of a map exits 0" status_is 0
check "show of a map lists mappings" stdout_has "map RAD101:CLO1 -> st-f0ff1533789a: I (Quiz 2)"
check "show of a map lists courses" stdout_has "course RAD101: Introduction to Radiography"

cp "$map" "$tmp/ours.fwmap"
cp "$map" "$tmp/theirs.fwmap"
$editmap "$tmp/ours.fwmap" "map:RAD101:CLO1,st-f0ff1533789a,M"
$editmap "$tmp/theirs.fwmap" "map:RAD101:CLO1,st-f0ff1533789a,R"
run merge "$map" "$tmp/ours.fwmap" "$tmp/theirs.fwmap" -o "$tmp/merged.fwmap"
check "map merge with a depth changed two ways exits 1" status_is 1
check "map merge names the conflict" stderr_has "merged.fwmap: merge conflict on mapping RAD101:CLO1 -> st-f0ff1533789a (depth): ours “M”, theirs “R”; kept ours"
run show "$tmp/merged.fwmap"
check "the conflicted map keeps ours" stdout_has "map RAD101:CLO1 -> st-f0ff1533789a: M"
check "the conflict is recorded in the map" stdout_has 'conflict RAD101:CLO1 -> st-f0ff1533789a depth: ours "M", theirs "R"'
run map validate "$tmp/merged.fwmap" --framework "$sample"
check "map validate of the conflicted map exits 1" status_is 1
check "map validate names the mapping and both depths" stdout_has "merged.fwmap: error[FW-MRG-001] mappings: merge conflict on mapping RAD101:CLO1 -> st-f0ff1533789a (depth): ours “M”, theirs “R”"
check "map validate counts the conflicts" stderr_has "merged.fwmap: 1 merge conflict to resolve"
run validate "$tmp/merged.fwmap"
check "validate of a map checks it as map validate does" status_is 1
check "validate of a map names the conflict" stdout_has "error[FW-MRG-001] mappings: merge conflict on mapping RAD101:CLO1"
run map report "$tmp/merged.fwmap" --framework "$sample"
check "map report still reads the conflicted map" status_is 0
check "map report warns of the conflict" stderr_has "the map records 1 merge conflict"
run map validate "$map"
check "map validate of a map without conflicts exits 0" status_is 0
check "map validate of a map without conflicts is silent" test ! -s "$tmp/stderr" -a ! -s "$tmp/stdout"
$editmap "$tmp/merged.fwmap" "map:RAD110:CLO1,st-5fe39ec469f6,M"
run diff "$map" "$tmp/merged.fwmap" --format xhtml
check "map diff --format xhtml exits 1" status_is 1
if command -v xmllint > /dev/null 2>&1; then
  check "map diff --format xhtml is well-formed XML" xmllint --noout "$tmp/stdout"
else
  ok "# SKIP xmllint is not installed"
fi
check "map diff xhtml heads the mappings" stdout_has "<h2>Mappings</h2>"
check "map diff xhtml marks the new depth" stdout_has "<ins>M</ins>"
check "map diff xhtml lists the recorded conflict" stdout_has "<h2>Merge Conflicts</h2>"
run merge "$map" "$tmp/ours.fwmap" "$tmp/garbage.json" -o "$tmp/never.fwmap"
check "map merge with bad input exits 2" status_is 2
check "a failed map merge writes nothing" test ! -e "$tmp/never.fwmap"

# Two branches each add mappings: git's line merge conflicts (both append at the end of the
# mappings list); the driver joins them.
for setup in yes no; do
  dir=$tmp/map-$setup
  mkdir -p "$dir"
  git -C "$dir" init -q -b main
  cp "$map" "$dir/m.fwmap"
  if [ $setup = yes ]; then
    "$cli" git-setup --command "$cli" "$dir" > /dev/null
    git -C "$dir" add .gitattributes
  fi
  git -C "$dir" add m.fwmap
  git -C "$dir" commit -q -m base
  git -C "$dir" checkout -q -b theirs
  $editmap "$dir/m.fwmap" "map:RAD110:CLO2,st-b4d9ac005e2e,I"
  git -C "$dir" commit -q -a -m theirs
  git -C "$dir" checkout -q main
  $editmap "$dir/m.fwmap" "map:RAD110:CLO1,st-5fe39ec469f6,M"
  git -C "$dir" commit -q -a -m ours
  git -C "$dir" merge -q -m merge theirs > "$tmp/stdout" 2> "$tmp/stderr"
  status=$?
  if [ $setup = yes ]; then
    check "git-setup registers maps" grep -qxF "*.fwmap merge=framewright diff=framewright" "$dir/.gitattributes"
    check "git merges two branches that add mappings" status_is 0
    run show "$dir/m.fwmap"
    check "the merged map keeps our mapping" stdout_has "map RAD110:CLO1 -> st-5fe39ec469f6: M"
    check "the merged map keeps their mapping" stdout_has "map RAD110:CLO2 -> st-b4d9ac005e2e: I"
    git -C "$dir" diff HEAD~1 HEAD > "$tmp/stdout" 2> "$tmp/stderr"
    check "git diff of a map reads as text" stdout_has "+map RAD110:CLO2 -> st-b4d9ac005e2e: I"
  else
    check "without the driver git conflicts on the same additions" test "$status" -ne 0
  fi
done

# map_branches DIR THEIRS-EDITS -- OURS-EDITS: a repository set up by git-setup with the map
# committed on main, each side's edits committed on a branch of its own, theirs merged into main.
map_branches ()
{
  dir=$1
  shift
  mkdir -p "$dir"
  git -C "$dir" init -q -b main
  cp "$map" "$dir/m.fwmap"
  "$cli" git-setup --command "$cli" "$dir" > /dev/null
  git -C "$dir" add .gitattributes m.fwmap
  git -C "$dir" commit -q -m base
  git -C "$dir" checkout -q -b theirs
  while [ "$1" != "--" ]; do $editmap "$dir/m.fwmap" "$1"; shift; done
  shift
  git -C "$dir" commit -q -a -m theirs
  git -C "$dir" checkout -q main
  for e in "$@"; do $editmap "$dir/m.fwmap" "$e"; done
  git -C "$dir" commit -q -a -m ours
  git -C "$dir" merge -q -m merge theirs > "$tmp/stdout" 2> "$tmp/stderr"
  status=$?
}

map_branches "$tmp/map-depths" "map:RAD101:CLO1,st-f0ff1533789a,R" -- \
  "map:RAD110:CLO1,st-5fe39ec469f6,M"
check "git merges depth changes of different mappings" status_is 0
run show "$tmp/map-depths/m.fwmap"
check "the merged map has their depth" stdout_has "map RAD101:CLO1 -> st-f0ff1533789a: R"
check "the merged map has our depth" stdout_has "map RAD110:CLO1 -> st-5fe39ec469f6: M"
check "a clean map merge records no conflict" test "$(grep -c '^conflict ' "$tmp/stdout")" -eq 0

map_branches "$tmp/map-conflict" "map:RAD101:CLO1,st-f0ff1533789a,R" -- \
  "map:RAD101:CLO1,st-f0ff1533789a,M"
check "one mapping's depth changed two ways stops the merge" test "$status" -ne 0
check "the driver names the conflict" stderr_has "merge conflict on mapping RAD101:CLO1 -> st-f0ff1533789a (depth)"
check "the conflicted map has no conflict markers" \
  test "$(grep -c '^<<<<<<<' "$tmp/map-conflict/m.fwmap")" -eq 0
run show "$tmp/map-conflict/m.fwmap"
check "the conflicted map loads and keeps ours" stdout_has "map RAD101:CLO1 -> st-f0ff1533789a: M"
run map validate "$tmp/map-conflict/m.fwmap" --framework "$sample"
check "map validate fails on the merged map" status_is 1
check "map validate reports the conflict" stdout_has "error[FW-MRG-001] mappings: merge conflict on mapping RAD101:CLO1 -> st-f0ff1533789a (depth): ours “M”, theirs “R”"

echo "1..$n"
[ "$failed" -eq 0 ]
