#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-map.sh CLI
#
# Drives `framewright-cli map` (the CLI's path is the first argument) the way a program
# director would, and prints TAP. Needs FW_TEST_DATA (tests/data) and FW_DATA_DIR (data);
# both default to paths relative to this script.

set -u

. "$(dirname "$0")/cli-lib.sh"

data=${FW_TEST_DATA:-$here/../data}/map
samples=${FW_DATA_DIR:-$here/../../data}/samples
FW_TEST_DATA_TEXT=${FW_TEST_DATA:-$here/../data}/text

stderr_is ()
{
  [ "$(cat "$tmp/stderr")" = "$1" ]
}

json_value ()
{
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"
}

# The framework sits beside the maps, so that the maps refer to it as "fw.fwk".
mkdir -p "$tmp/maps"
cp "$samples/radiologic-technologists.fwk" "$tmp/maps/fw.fwk"
cd "$tmp" || exit 2

# --- map new ----------------------------------------------------------------------------------

run map new maps/fw.fwk --program "$data/radiography-program.csv" \
  --mappings "$data/radiography-mappings.csv" --name "Radiography AAS" --accreditor JRCERT \
  -o maps/rad.fwmap
check "map new exits 0" status_is 0
check "map new prints nothing on success" test ! -s "$tmp/stderr"
check "map new writes the map" test -s maps/rad.fwmap
check "the map refers to its framework by a relative path" \
  test "$(json_value maps/rad.fwmap "d['framework']['path']")" = "fw.fwk"
check "the map records the framework's SOC code" \
  test "$(json_value maps/rad.fwmap "d['framework']['soc']")" = "29-2034.00"
check "the map holds ten courses" test "$(json_value maps/rad.fwmap "len(d['courses'])")" = 10
check "the map holds the eighteen mappings" \
  test "$(json_value maps/rad.fwmap "len(d['mappings'])")" = 18
check "per-course outcome ids are qualified" \
  test "$(json_value maps/rad.fwmap "d['courses'][1]['outcomes'][0]['id']")" = "RAD110:CLO1"

run map new maps/fw.fwk --program "$data/radiography-program.csv" -o maps/again.fwmap \
  --mappings "$data/radiography-mappings.csv" --name "Radiography AAS" --accreditor JRCERT
check "map new is deterministic" cmp -s maps/again.fwmap maps/rad.fwmap

run map new maps/fw.fwk --program "$data/canvas-outcomes.csv" -o maps/canvas.fwmap
check "map new reads a Canvas outcomes CSV" status_is 0
check "Canvas groups become courses" \
  test "$(json_value maps/canvas.fwmap "[c['code'] for c in d['courses']]")" = "['rad101', 'rad110']"

run map new maps/fw.fwk --program "$data/moodle-framework.csv" --from moodle-csv \
  -o maps/moodle.fwmap
check "map new reads a Moodle competency framework CSV" status_is 0
check "the Moodle framework names the program" \
  test "$(json_value maps/moodle.fwmap "d['program']['name']")" = "Radiography AAS"

run map new maps/fw.fwk --program "$data/program-semicolon-bom.csv" -o maps/semi.fwmap
check "map new reads a ;-separated program with a byte order mark" status_is 0

# --- map report -------------------------------------------------------------------------------

run map report maps/rad.fwmap
check "map report exits 0" status_is 0
check "the text report counts the program" stdout_has "10 courses, 18 outcomes, 18 mappings"
check "the text report names the sequence problem" \
  stdout_has "(mastered in RAD110, introduced in RAD140)"

run map report maps/rad.fwmap --format json -o report.json
check "map report --format json -o exits 0" status_is 0
check "the JSON report has exactly its seven keys" \
  test "$(json_value report.json "','.join(d)")" = \
    "coverage,gaps,neverMastered,sequence,redundant,unmappedOutcomes,stale"
check "the JSON report lists the redundant statement" \
  test "$(json_value report.json "[x['statement'] for x in d['redundant']]")" = "['st-b4d9ac005e2e']"
check "the JSON report lists the unmapped outcomes" \
  test "$(json_value report.json "[x['outcome'] for x in d['unmappedOutcomes']]")" = \
    "['RAD101:CLO3', 'RAD250:CLO3']"

run map report maps/rad.fwmap --format json --redundant 2
check "--redundant 2 finds a second redundant statement" \
  stdout_has '"statement": "st-ca52feaeba47"'

run map report maps/rad.fwmap --format csv
check "the CSV matrix has a column per course" \
  test "$(head -n 1 "$tmp/stdout" | tr -d '\r')" = \
    "statement_id,level,headline,RAD101,RAD110,RAD120,RAD130,RAD140,RAD210,RAD220,RAD230,RAD240,RAD250"
check "the CSV matrix has I/R/M cells" \
  stdout_has "st-b4d9ac005e2e,level:emerging,Patient positioning on the examining table,,I,,R,,,M,M,M,"

for published in xlsx xhtml pdf; do
  run map report maps/rad.fwmap --format "$published" -o "report.$published"
  check "map report --format $published exits 0" status_is 0
  check "map report --format $published writes its file" test -s "report.$published"
done
run map report maps/rad.fwmap --format csv --paper letter -o report.paper
check "--paper with another format than pdf exits 2" status_is 2
check "--paper with another format writes nothing" test ! -e report.paper

run map report maps/rad.fwmap --format yaml
check "an unknown report format exits 2" status_is 2

run map report "$data/radiography.fwmap" --format json
check "a committed map finds its framework relative to itself" status_is 0
check "the committed map reports the sequence problem" stdout_has '"introducedIn": "RAD140"'

# --- stale statements -------------------------------------------------------------------------

cp "$data/radiologic-technologists-changed.fwk" maps/fw.fwk
run map report maps/rad.fwmap --format json
check "a changed framework still opens the map" status_is 0
check "edited statements are flagged" \
  stderr_has "mapped statement st-ca52feaeba47 (Radiation safety devices and shielding equipment) was edited"
check "moved statements are flagged" stderr_has "st-f0ff1533789a (Physician imaging requests and written orders) was moved"
check "removed statements are flagged, their mappings kept" \
  stderr_has "st-78e3a0653126 (Comprehensive radiation safety programs) is no longer in the framework; its mappings are kept"
cp "$tmp/stdout" stale.json
check "the JSON report lists the three stale statements" \
  test "$(json_value stale.json "[x['statement'] + ':' + x['reasons'][0] for x in d['stale']]")" = \
    "['st-78e3a0653126:missing', 'st-ca52feaeba47:edited', 'st-f0ff1533789a:moved']"
cp "$samples/radiologic-technologists.fwk" maps/fw.fwk

run map report maps/rad.fwmap --framework "$data/radiologic-technologists-changed.fwk"
check "--framework overrides the map's framework" stderr_has "is no longer in the framework"

# --- map set and unset ------------------------------------------------------------------------

run map set maps/rad.fwmap RAD250:CLO3 st-d1b4c28acc3a M --note "Capstone" --by ana \
  --at 2026-05-01T10:00:00Z -o maps/set.fwmap
check "map set exits 0" status_is 0
check "map set adds the mapping" \
  test "$(json_value maps/set.fwmap "[m['depth'] + m['mappedBy'] for m in d['mappings'] if m['outcome'] == 'RAD250:CLO3']")" = "['Mana']"
check "map set fingerprints the statement" \
  test "$(json_value maps/set.fwmap "'st-d1b4c28acc3a' in [s['id'] for s in d['statements']]")" = True

run map unset maps/set.fwmap RAD250:CLO3 st-d1b4c28acc3a -o maps/unset.fwmap
check "map unset exits 0" status_is 0
check "set then unset gives back the same file" cmp -s maps/unset.fwmap maps/rad.fwmap

run map set maps/rad.fwmap RAD110:CLO1 st-b4d9ac005e2e reinforced --at 2026-05-01T10:00:00Z \
  -o maps/rad.fwmap
check "map set may write over its input" status_is 0
check "map set changes an existing depth" \
  test "$(json_value maps/rad.fwmap "[m['depth'] for m in d['mappings'] if m['outcome'] == 'RAD110:CLO1']")" = "['R']"

# --- errors: exit 2, nothing written ----------------------------------------------------------

cp maps/rad.fwmap before.fwmap

run map set maps/rad.fwmap RAD999:CLO1 st-b4d9ac005e2e M -o maps/rad.fwmap
check "an unknown outcome exits 2" status_is 2
check "an unknown outcome is named" stderr_is "maps/rad.fwmap: error: no outcome “RAD999:CLO1” in the program"

run map set maps/rad.fwmap CLO1 st-b4d9ac005e2e M -o maps/rad.fwmap
check "an ambiguous outcome exits 2" status_is 2
check "an ambiguous outcome asks for the qualified form" stderr_has "write it as COURSE:CLO1"

run map set maps/rad.fwmap RAD110:CLO1 st-nothing M -o maps/rad.fwmap
check "an unknown statement exits 2" status_is 2
check "an unknown statement is named" stderr_is "maps/rad.fwmap: error: no statement “st-nothing” in the framework"

run map set maps/rad.fwmap RAD110:CLO1 st-b4d9ac005e2e Q -o maps/rad.fwmap
check "a bad depth exits 2" status_is 2
check "a bad depth is named" stderr_is "maps/rad.fwmap: error: expected a depth of I, R or M, got “Q”"

run map unset maps/rad.fwmap RAD250:CLO3 st-b4d9ac005e2e -o maps/rad.fwmap
check "unsetting a mapping that does not exist exits 2" status_is 2
check "failed edits leave the map as it was" cmp -s maps/rad.fwmap before.fwmap

for broken in depth statement outcome ambiguous mappings-column; do
  run map new maps/fw.fwk --program "$data/radiography-program.csv" \
    --mappings "$data/broken-$broken.csv" -o "maps/broken-$broken.fwmap"
  check "map new with broken mappings ($broken) exits 2" status_is 2
  check "map new with broken mappings ($broken) writes nothing" test ! -e "maps/broken-$broken.fwmap"
done
run map new maps/fw.fwk --program "$data/radiography-program.csv" \
  --mappings "$data/broken-depth.csv" -o maps/x.fwmap
check "a bad depth in a CSV is located" \
  stderr_is "$data/broken-depth.csv:2:29: error: expected a depth of I, R or M (or Introduced, Reinforced, Mastered), got “X”"

run map new maps/fw.fwk --program "$data/broken-missing-column.csv" -o maps/x.fwmap
check "a program CSV without an outcome_id column exits 2" status_is 2
check "the missing column is located" \
  stderr_is "$data/broken-missing-column.csv:1:1: error: missing column “outcome_id”"

run map new maps/fw.fwk --program "$data/radiography-program.csv" --from excel -o maps/x.fwmap
check "an unknown --from exits 2" status_is 2
check "no map is written after failures" test ! -e maps/x.fwmap

# --- map suggest and map coverage -------------------------------------------------------------

run map suggest maps/rad.fwmap --top 2 --format json
check "map suggest exits 0" status_is 0
cp "$tmp/stdout" suggest.json
check "map suggest lists every outcome" \
  test "$(json_value suggest.json "len(d['outcomes'])")" = 18
check "map suggest gives --top suggestions an outcome" \
  test "$(json_value suggest.json "len(d['outcomes'][0]['suggestions'])")" = 2
check "a suggestion has its statement, level, headline, score and depth" \
  test "$(json_value suggest.json "sorted(d['outcomes'][0]['suggestions'][0])")" = \
    "['depth', 'headline', 'level', 'matched', 'score', 'statement']"
check "the ALARA outcome is suggested the shielding statement" \
  test "$(json_value suggest.json "[o for o in d['outcomes'] if o['outcome'] == 'RAD120:CLO1'][0]['suggestions'][0]['statement'] in ('st-ca52feaeba47', 'st-6a32ad37e541', 'st-e4e238f05906')")" = True
check "an outcome of the first course is suggested at I" \
  test "$(json_value suggest.json "d['outcomes'][0]['suggestions'][0]['depth']")" = I
check "scores are between 0 and 1" \
  test "$(json_value suggest.json "all(0 < s['score'] <= 1 for o in d['outcomes'] for s in o['suggestions'])")" = True

run map suggest maps/rad.fwmap
check "map suggest prints text by default" stdout_has "RAD120:CLO1  RAD120  Apply ALARA principles"
check "the text names the matched words" stdout_has "(matched: "

run map suggest maps/rad.fwmap --top 0
check "--top 0 exits 2" status_is 2
run map suggest maps/rad.fwmap --format yaml
check "an unknown suggest format exits 2" status_is 2
run map suggest missing.fwmap
check "a missing map exits 2" status_is 2
check "a missing map is named" stderr_has "missing.fwmap"

cat > posting.txt <<'POSTING'
Imaging Technician

Responsibilities:
  • Utilize PACS and RIS to archive and retrieve imaging studies.
  2. Drive a forklift in the warehouse on weekends.
POSTING
run map coverage maps/fw.fwk posting.txt --format json --top 2
check "map coverage exits 0" status_is 0
cp "$tmp/stdout" coverage.json
check "map coverage cuts the posting into its two requirements" \
  test "$(json_value coverage.json "[r['text'] for r in d['requirements']]")" = \
    "['Utilize PACS and RIS to archive and retrieve imaging studies.', 'Drive a forklift in the warehouse on weekends.']"
check "the PACS requirement is covered by the PACS statement" \
  test "$(json_value coverage.json "(d['requirements'][0]['covered'], d['requirements'][0]['matches'][0]['statement'])")" = \
    "(True, 'st-a2975e9be6b2')"
check "the forklift requirement is not covered" \
  test "$(json_value coverage.json "d['requirements'][1]['covered']")" = False
check "a match has its statement, level, headline and score" \
  test "$(json_value coverage.json "sorted(d['requirements'][0]['matches'][0])")" = \
    "['headline', 'level', 'matched', 'score', 'statement']"

run map coverage maps/fw.fwk "$FW_TEST_DATA_TEXT/job-posting-imaging-technician.txt"
check "map coverage reads a real posting" status_is 0
check "the text lists uncovered requirements with their line" \
  stdout_has "job-posting-imaging-technician.txt:74: NOT COVERED BLS Certification: Current Basic Life Support"
check "the text counts the requirements" stdout_has "requirements,"

printf 'Operate \377 equipment\n' > bad.txt
run map coverage maps/fw.fwk bad.txt
check "a posting that is not UTF-8 exits 2" status_is 2
check "the bad byte is located" stderr_has "bad.txt:1:9: error: "
run map coverage maps/fw.fwk missing.txt
check "a missing posting exits 2" status_is 2
run map coverage maps/fw.fwk
check "map coverage without TEXT-FILE exits 2" status_is 2

printf '{"format": "framewright-map",' > truncated.fwmap
run map report truncated.fwmap
check "a truncated map exits 2" status_is 2
check "a truncated map is reported with a location" stderr_has "truncated.fwmap:1:30: error: "

run map report
check "map report without MAP exits 2" status_is 2
run map frobnicate
check "an unknown map command exits 2" status_is 2
run map --help
check "map --help exits 0" status_is 0
check "map --help lists the verbs" stdout_has "framewright-cli map unset MAP OUTCOME STATEMENT -o OUT"
check "map --help lists suggest and coverage" stdout_has "framewright-cli map coverage FRAMEWORK TEXT-FILE"

echo "1..$n"
[ "$failed" -eq 0 ]
