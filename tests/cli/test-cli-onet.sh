#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-onet.sh CLI
#
# The O*NET verbs of the built framewright-cli (its path is the first argument), new and
# occupations, and --onet on the verbs that use O*NET data, driven as a user would. Prints
# TAP. Uses the bundled release (FW_ONET_DATA_DIR).

set -u

. "$(dirname "$0")/cli-lib.sh"

XDG_CACHE_HOME=$tmp/cache
export XDG_CACHE_HOME
first_line_is () { [ "$(head -n 1 "$1")" = "$2" ]; }
lines_are () { [ "$(wc -l < "$1")" -eq "$2" ]; }
is_json () { python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1"; }
json_is ()
{
  python3 -c 'import json, sys
data = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}

# --- occupations ------------------------------------------------------------------------------

run occupations "x-ray tech"
check "occupations \"x-ray tech\" exits 0" status_is 0
check "occupations \"x-ray tech\" lists 29-2034.00 first, with the matching alternate title" \
  first_line_is "$tmp/stdout" \
  "29-2034.00  Radiologic Technologists and Technicians  (Job Zone 3)  ≈ X-Ray Tech"

run occupations x-ray tech
check "the words of a query may come as separate arguments" \
  first_line_is "$tmp/stdout" \
  "29-2034.00  Radiologic Technologists and Technicians  (Job Zone 3)  ≈ X-Ray Tech"

run occupations
check "occupations without a query lists all 1,016" lines_are "$tmp/stdout" 1016

run occupations 29-2034
check "an exact code comes first" first_line_is "$tmp/stdout" \
  "29-2034.00  Radiologic Technologists and Technicians  (Job Zone 3)"

run occupations 17-3029
check "an occupation without a job zone says so" stdout_has "17-3029.00  Engineering Technologists and Technicians, Except Drafters, All Other  (no job zone)"

run occupations nurse --format json --limit 2
check "occupations --format json exits 0" status_is 0
check "--format json writes a JSON array of --limit entries" \
  json_is "$tmp/stdout" 'len(data) == 2 and data[0]["match"] == "title"'
check "the JSON entries hold code, title and job zone" \
  json_is "$tmp/stdout" 'all(set(e) >= {"code", "title", "jobZone", "match"} for e in data)'

run occupations "x-ray tech" --format json --limit 1
check "a JSON entry that matched by alternate title names it" \
  json_is "$tmp/stdout" 'data[0]["code"] == "29-2034.00" and data[0]["alternateTitle"] == "X-Ray Tech"'

run occupations zzzqqqxx
check "occupations that finds nothing exits 1" status_is 1
check "occupations that finds nothing prints nothing" test ! -s "$tmp/stdout"

run occupations nurse --format xml
check "an unknown --format is a usage error (2)" status_is 2
run occupations nurse --limit -1
check "a negative --limit is a usage error (2)" status_is 2

# --- new --------------------------------------------------------------------------------------

run new 29-2034.00 -o "$tmp/radiology.fwk"
check "new 29-2034.00 exits 0" status_is 0
check "new prints nothing on success" test ! -s "$tmp/stderr"
check "new writes a .fwk with the occupation" grep -qF '"soc": "29-2034.00"' "$tmp/radiology.fwk"
check "the .fwk holds the tasks with ids and types" \
  grep -qF '"id": "22807"' "$tmp/radiology.fwk"
check "the .fwk cites the O*NET release" grep -qF '"citations": [' "$tmp/radiology.fwk"

run info "$tmp/radiology.fwk"
check "the new framework reads back (info exits 0)" status_is 0

run validate "$tmp/radiology.fwk"
check "a new framework has errors still to fix (validate exits 1)" status_is 1
check "validate shows the empty levels as counts to reach" stdout_has "has no statements yet: 0 / 10"
check "validate reports no unused O*NET source" sh -c "! grep -qF FW-CIT-003 '$tmp/stdout'"

run new 29-2034 -o -
check "new SOC (without .00) -o - writes to stdout" stdout_has '"soc": "29-2034.00"'

echo "keep me" > "$tmp/existing.fwk"
run new 29-2034.01 -o "$tmp/existing.fwk"
check "an unknown code exits 2" status_is 2
check "an unknown code says so" first_line_is "$tmp/stderr" "error: unknown O*NET-SOC code “29-2034.01”"
check "an unknown code lists close matches" stderr_has "  29-2034.00  Radiologic Technologists and Technicians"
check "at most three close matches" test "$(grep -c '^  [0-9]' "$tmp/stderr")" -le 3
check "an unknown code leaves the output alone" grep -qxF "keep me" "$tmp/existing.fwk"

run new nonsense -o "$tmp/nonsense.fwk"
check "a malformed code exits 2" status_is 2
check "a malformed code says so" first_line_is "$tmp/stderr" "error: unknown O*NET-SOC code “nonsense”"
check "a malformed code writes nothing" test ! -e "$tmp/nonsense.fwk"

run new 29-2034.00 --to nsx-json -o "$tmp/radiology.json"
check "new --to nsx-json is refused while validation finds errors (1)" status_is 1
check "the refusal says why" stderr_has "export refused"
check "a refused new writes nothing" test ! -e "$tmp/radiology.json"

run new 29-2034.00 --to nsx-json --force -o "$tmp/radiology.json"
check "new --to nsx-json --force exits 0" status_is 0
check "new --to nsx-json --force writes NSX JSON" is_json "$tmp/radiology.json"

run new 29-2034.00 --to csv -o "$tmp/x.csv"
check "new --to an unknown format is a usage error (2)" status_is 2

( cd "$tmp" && "$cli" new 47-2152 > stdout 2> stderr; echo $? > status )
check "new without -o writes SOC.fwk" test -s "$tmp/47-2152.00.fwk"
cp "$tmp/47-2152.00.fwk" "$tmp/first.fwk"
( cd "$tmp" && "$cli" new 47-2152 > stdout 2> stderr; echo $? > status )
check "new without -o does not replace an existing SOC.fwk (2)" test "$(cat "$tmp/status")" -eq 2
check "the existing SOC.fwk is unchanged" cmp -s "$tmp/47-2152.00.fwk" "$tmp/first.fwk"

run new
check "new without a SOC is a usage error (2)" status_is 2

# --- --onet -----------------------------------------------------------------------------------

release=$tmp/db_31_0_text
mkdir "$release"
printf 'O*NET-SOC Code\tTitle\tDescription\r\n47-2152.00\tPlumbers\tFix pipes.\r\n' \
  > "$release/Occupation Data.txt"
printf 'O*NET-SOC Code\tTask ID\tTask\tTask Type\r\n47-2152.00\t90001\tFix pipes.\tCore\r\n' \
  > "$release/Task Statements.txt"

run new 47-2152.00 --onet "$release" -o "$tmp/plumber.fwk"
check "new --onet DIR exits 0" status_is 0
check "new --onet DIR takes the tasks of that release" grep -qF '"id": "90001"' "$tmp/plumber.fwk"
check "new --onet DIR records the release the folder's name gives" \
  grep -qF '"version": "31.0"' "$tmp/plumber.fwk"

mv "$release" "$tmp/plain"
release=$tmp/plain
run new 47-2152.00 --onet "$release" -o "$tmp/plumber2.fwk"
check "a folder that names no release is warned about" stderr_has "--onet-release"
run new 47-2152.00 --onet "$release" --onet-release 31.2 -o "$tmp/plumber3.fwk"
check "--onet-release names the release recorded" grep -qF '"version": "31.2"' "$tmp/plumber3.fwk"
check "--onet-release leaves no warning" test ! -s "$tmp/stderr"

run new 29-2034.00 --onet "$release" -o "$tmp/absent.fwk"
check "a code the other release lacks is unknown (2)" status_is 2
check "and nothing is written" test ! -e "$tmp/absent.fwk"

run occupations --onet "$release"
check "occupations --onet DIR lists that release" lines_are "$tmp/stdout" 1

run new 29-2034.00 --onet "$tmp/no-such-folder" -o "$tmp/none.fwk"
check "--onet with a folder that is no release exits 2" status_is 2
check "--onet with a folder that is no release says so" stderr_has "not an O*NET release folder"
run new 29-2034.00 --onet-release 30.0 -o "$tmp/none.fwk"
check "--onet-release without --onet is a usage error (2)" status_is 2

# The task ids of the bundled release are unknown to the other one: --onet switches the check.
run validate "$tmp/radiology.fwk"
check "validate finds the bundled task ids" sh -c "! grep -qF FW-ONT-003 '$tmp/stdout'"
run validate --onet "$release" "$tmp/radiology.fwk"
check "validate --onet DIR checks task ids against that release" stdout_has "FW-ONT-003"

echo "1..$n"
[ "$failed" -eq 0 ]
