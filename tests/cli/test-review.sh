#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-review.sh CLI
#
# Drives `framewright-cli review` (add, list, set-status) the way a reviewer would, and the
# export's report of what NSX JSON leaves out. Prints TAP. Needs FW_DATA_DIR (data/); it
# defaults to a path relative to this script.

set -u

. "$(dirname "$0")/cli-lib.sh"

sample=${FW_DATA_DIR:-$here/../../data}/samples/radiologic-technologists.fwk

if [ ! -r "$sample" ]; then
  echo "1..0 # SKIP the sample is not at $sample"
  exit 0
fi

task_text="Position imaging equipment and adjust controls to set exposure time and distance, according to specification of examination."

# --- add --------------------------------------------------------------------------------------

run review add "$sample" --item task:22807 --kind outdated --proposed "Position digital imaging equipment." \
  --rationale "Film cassettes are gone" --evidence src-wef-skills-taxonomy --reviewer 'Ada, "QA"' \
  -o "$tmp/one.fwk"
check "review add exits 0" status_is 0
check "review add prints the new id, cr- and 12 hex digits" \
  grep -qE '^cr-[0-9a-f]{12}$' "$tmp/stdout"
task_id=$(cat "$tmp/stdout")
check "review add writes the correction into the .fwk" file_has "$tmp/one.fwk" "\"id\": \"$task_id\""
check "the correction records what the reviewer saw" file_has "$tmp/one.fwk" "\"current\": \"$task_text\""

cp "$tmp/one.fwk" "$tmp/all.fwk"
for item in "title:3D Technologist" "technology:Medical software" "work-style:Dependability" \
            job-zone new-task "statement:st-5fe39ec469f6"; do
  run review add "$tmp/all.fwk" --item "$item" --kind other --proposed "4" --rationale "why" \
    --reviewer Bo -o "$tmp/all.fwk"
  check "review add --item $item exits 0" status_is 0
done
run review add "$tmp/all.fwk" --item "title:3D Technologist" --kind wrong-occupation --proposed "" \
  --rationale "another occupation" -o "$tmp/all.fwk"
check "review add with an empty proposal (remove the item) exits 0" status_is 0

# The ids are random and the section is ordered by id.
grep -o '"id": "cr-[0-9a-f]*"' "$tmp/all.fwk" > "$tmp/ids"
check "eight corrections in the file" test "$(wc -l < "$tmp/ids")" -eq 8
check "the corrections section is ordered by id" sh -c "sort -c '$tmp/ids'"

run import "$tmp/all.fwk" -o "$tmp/resaved.fwk"
check "a .fwk with corrections re-saves byte-identical" cmp -s "$tmp/resaved.fwk" "$tmp/all.fwk"

# --- add: errors leave the output alone -------------------------------------------------------

cp "$tmp/one.fwk" "$tmp/kept.fwk"
add_fails ()
{
  what=$1
  message=$2
  shift 2
  run review add "$tmp/one.fwk" "$@" -o "$tmp/kept.fwk"
  check "review add $what exits 2" status_is 2
  check "review add $what says: $message" stderr_has "$message"
  check "review add $what leaves the output as it was" cmp -s "$tmp/kept.fwk" "$tmp/one.fwk"
  run review add "$tmp/one.fwk" "$@" -o "$tmp/never.fwk"
  check "review add $what creates no output" test ! -e "$tmp/never.fwk"
}
add_fails "with an unknown task" "one.fwk: error: no Task “99999”" \
  --item task:99999 --kind outdated --proposed x --rationale y
add_fails "with an unknown title" "no Related Title “Astronaut”" \
  --item title:Astronaut --kind outdated --proposed x --rationale y
add_fails "with an unknown item type" "unknown item “colour:red”" \
  --item colour:red --kind outdated --proposed x --rationale y
add_fails "with a value for the job zone" "takes no value" \
  --item job-zone:3 --kind outdated --proposed 4 --rationale y
add_fails "with an unknown kind" "unknown kind “wrong”" \
  --item task:22807 --kind wrong --proposed x --rationale y
add_fails "without --rationale" "missing --rationale" \
  --item task:22807 --kind outdated --proposed x
add_fails "without --item" "missing --item" --kind outdated --proposed x --rationale y
add_fails "with evidence not in the registry" "no source “nowhere”" \
  --item task:22807 --kind outdated --proposed x --rationale y --evidence nowhere
add_fails "of a new task without text" "needs the proposed task text" \
  --item new-task --kind missing --proposed "" --rationale y
run review add "$tmp/missing.fwk" --item task:22807 --kind outdated --proposed x --rationale y \
  -o "$tmp/never.fwk"
check "review add of a missing input exits 2" status_is 2
check "review add of a missing input creates no output" test ! -e "$tmp/never.fwk"

# --- list -------------------------------------------------------------------------------------

run review list "$tmp/all.fwk"
check "review list exits 0" status_is 0
check "review list shows each correction's id" stdout_has "$task_id  open  outdated  task:22807"
check "review list names list items by their text" stdout_has "title:3D Technologist"

run review list "$tmp/all.fwk" --reviewer Bo
check "review list --reviewer keeps that reviewer's corrections" \
  test "$(grep -c '^cr-' "$tmp/stdout")" -eq 6

run review list "$tmp/all.fwk" --format csv
check "review list --format csv exits 0" status_is 0
printf 'O*NET-SOC Code,Occupation,Element,Item ID,Current,Proposed,Kind,Rationale,Evidence,Reviewer,Status,Created,Updated\r\n' > "$tmp/header"
check "the CSV header names O*NET's columns, with CRLF" \
  sh -c "head -n 1 '$tmp/stdout' | cmp -s - '$tmp/header'"
check "the CSV has one row per correction" test "$(wc -l < "$tmp/stdout")" -eq 9
check "the CSV quotes fields with commas and doubles quotes (RFC 4180)" \
  stdout_has ',"Ada, ""QA""",open,'
check "the CSV row names the task by its O*NET id" \
  stdout_has '29-2034.00,Radiologic Technologists and Technicians,Task,22807,"Position imaging'
check "every CSV line ends with CRLF" \
  test "$(grep -c "$(printf '\r')\$" "$tmp/stdout")" -eq 9

run review list "$tmp/all.fwk" --format json --status open --kind wrong-occupation
check "review list --format json exits 0" status_is 0
check "the JSON names the item by type and id" stdout_has '"type": "title"'
check "the JSON keeps only the filtered corrections" test "$(grep -c '"id": "cr-' "$tmp/stdout")" -eq 1

run review list "$tmp/all.fwk" --status accepted
check "review list --status accepted lists none of the open corrections" test ! -s "$tmp/stdout"

run review list "$tmp/all.fwk" --format xml
check "review list --format xml exits 2" status_is 2
run review list "$tmp/all.fwk" --status done
check "review list --status done exits 2" status_is 2
check "review list --status done names the statuses" stderr_has "use open, accepted, rejected"

# --- set-status -------------------------------------------------------------------------------

run review set-status "$tmp/one.fwk" "$task_id" accepted --note "Agreed, see the 2025 survey" \
  --reviewer Cy -o "$tmp/accepted.fwk"
check "review set-status exits 0" status_is 0
run review list "$tmp/accepted.fwk"
check "the status is now accepted" stdout_has "$task_id  accepted  outdated"
check "the note is in the thread" file_has "$tmp/accepted.fwk" '"text": "Agreed, see the 2025 survey"'
check "the note's author is the --reviewer" file_has "$tmp/accepted.fwk" '"author": "Cy"'

run validate "$tmp/accepted.fwk"
check "an accepted, unapplied correction is flagged (FW-COR-003)" stdout_has "FW-COR-003"

run review set-status "$tmp/one.fwk" "$task_id" accepted --apply -o "$tmp/applied.fwk"
check "review set-status --apply exits 0" status_is 0
check "the proposal replaced the task text" file_has "$tmp/applied.fwk" '"text": "Position digital imaging equipment."'
check "the correction records that it was applied" file_has "$tmp/applied.fwk" '"applied": true'
run validate "$tmp/applied.fwk"
check "an applied correction is not flagged" sh -c "! grep -q FW-COR '$tmp/stdout'"

cp "$tmp/one.fwk" "$tmp/kept.fwk"
run review set-status "$tmp/one.fwk" cr-000000000000 accepted -o "$tmp/kept.fwk"
check "review set-status of an unknown id exits 2" status_is 2
check "review set-status of an unknown id names it" stderr_has 'one.fwk: error: no correction “cr-000000000000”'
check "review set-status of an unknown id leaves the output alone" cmp -s "$tmp/kept.fwk" "$tmp/one.fwk"
run review set-status "$tmp/one.fwk" "$task_id" done -o "$tmp/kept.fwk"
check "review set-status with an unknown status exits 2" status_is 2
check "review set-status with an unknown status leaves the output alone" cmp -s "$tmp/kept.fwk" "$tmp/one.fwk"
run review set-status "$tmp/one.fwk" "$task_id" rejected --apply -o "$tmp/kept.fwk"
check "review set-status --apply without accepted exits 2" status_is 2
run review set-status "$tmp/one.fwk" "$task_id" -o "$tmp/kept.fwk"
check "review set-status without STATUS exits 2" status_is 2
run review frobnicate "$tmp/one.fwk"
check "an unknown review command exits 2" status_is 2
run review --help
check "review --help exits 0 and lists the commands" sh -c "[ $status -eq 0 ] && grep -q set-status '$tmp/stdout'"

# --- rules and exports ------------------------------------------------------------------------

run review add "$sample" --item task:22807 --kind outdated --proposed x --rationale " " -o "$tmp/bare.fwk"
run validate "$tmp/bare.fwk"
check "a correction without rationale is flagged (FW-COR-002)" stdout_has "FW-COR-002"

run rules --markdown
check "rules --markdown lists the correction rules" stdout_has "### FW-COR-003"

run export "$tmp/all.fwk" --to nsx-json --force -o "$tmp/all.json"
check "export to NSX JSON exits 0" status_is 0
check "the NSX export leaves the corrections out" sh -c "! grep -q cr- '$tmp/all.json'"
check "export names the corrections it leaves out" stderr_has "no place for the corrections (8)"
check "export names the durable skills it leaves out" stderr_has "no place for the durable skills"
check "export names the evidence pack it leaves out" stderr_has "no place for the evidence pack"
check "export names the O*NET enrichment it leaves out" stderr_has "no place for the O*NET enrichment"
check "export names the AI-fluency statements it leaves out" stderr_has "no place for the AI-fluency statements"

stderr_lacks ()
{
  ! grep -qF -- "$1" "$tmp/stderr"
}

# Every format names what it leaves out, and only that.
run export "$tmp/all.fwk" --to csv --force -o "$tmp/all.csv"
check "CSV names the evidence pack it leaves out" stderr_has "CSV has no place for the evidence pack"
check "CSV names the sources registry it leaves out" stderr_has "CSV has no place for the sources registry"
check "CSV names the occupation details it leaves out" stderr_has "CSV has no place for the occupation and framework details"
check "CSV keeps the citations and durable skills" sh -c "! grep -qE 'citations|durable' '$tmp/stderr'"
run export "$tmp/all.fwk" --to canvas-csv --force -o "$tmp/all-canvas.csv"
check "Canvas CSV names the citations it leaves out" stderr_has "Canvas CSV has no place for the citations of"
run export "$tmp/all.fwk" --to case-1.0 --force -o "$tmp/all-case.json"
check "CASE names the corrections it leaves out" stderr_has "CASE 1.0 has no place for the corrections (8)"
check "CASE keeps the task anchors" stderr_lacks "task anchors"
run export "$tmp/all.fwk" --to xlsx --force -o "$tmp/all.xlsx"
check "XLSX names the corrections it leaves out" stderr_has "XLSX has no place for the corrections (8)"
check "XLSX keeps the evidence pack" stderr_lacks "evidence pack"
run export "$tmp/all.fwk" --to pdf --force -o "$tmp/all.pdf"
check "PDF names the corrections it leaves out" stderr_has "PDF has no place for the corrections (8)"
check "PDF keeps the durable skills and O*NET" sh -c "! grep -qE 'durable|O\*NET enrichment' '$tmp/stderr'"

run export "$tmp/all.fwk" --to fwk -o "$tmp/all-again.fwk"
check "an export to .fwk drops nothing and says nothing" test ! -s "$tmp/stderr"

echo "1..$n"
[ "$failed" -eq 0 ]
