#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-library.sh CLI
#
# The library verbs of the built framewright-cli (its path is the first argument): index,
# search, and validate on folders, driven as a user would, on a folder holding the sample
# framework and the shared NSX export. Prints TAP. The index goes to a private cache.

set -u

. "$(dirname "$0")/cli-lib.sh"

XDG_CACHE_HOME=$tmp/cache
export XDG_CACHE_HOME

shared=${FW_SHARED_DIR:-$here/../../../shared}
data_dir=${FW_DATA_DIR:-$here/../../data}

# json_check EXPRESSION: a Python expression over `r`, the parsed results list.
json_check ()
{
  python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
r = d["results"]
sys.exit(0 if eval(sys.argv[2]) else 1)' "$tmp/stdout" "$1"
}

lib=$tmp/library
mkdir -p "$lib/nested"
cp "$data_dir/samples/radiologic-technologists.fwk" "$lib/radiologic.fwk"
cp "$shared/samples/nsx-export-radiologic-technologists.json" "$lib/nested/export.json"
cp "$data_dir/samples/radiologic-technologists.fwk" "$lib/nested/copy.fwk"

# index
run index "$lib"
check "index: exits 0 when every file is read" status_is 0
check "index: says how many frameworks it indexed" stdout_has "3 frameworks indexed"
db=$(ls "$XDG_CACHE_HOME"/framewright/library-*.db 2>/dev/null | head -n 1)
check "index: the index is in \$XDG_CACHE_HOME/framewright" test -s "$db"

run index "$lib" --rebuild
check "index --rebuild: builds it again" status_is 0

run index "$tmp/missing"
check "index: a missing folder is an error (2)" status_is 2
check "index: names the folder" stderr_has "$tmp/missing: error:"

# search
run search radiographs "$lib"
check "search: a match exits 0" status_is 0
check "search: another form of the word matches, marked" stdout_has "**radiographic**"
check "search: names the file" stdout_has "$lib/radiologic.fwk"

run search patients "$lib" --format json --limit 3
check "search --format json: exits 0" status_is 0
check "search --format json: every member of every result" json_check \
  'len(r) == 3 and all(set(x) == {"file", "soc", "title", "section", "level", "id", "headline", "body", "snippet", "score"} for x in r)'
check "search --format json: best first" json_check \
  'all(r[i]["score"] >= r[i + 1]["score"] for i in range(len(r) - 1))'
check "search --format json: snippets mark the words" json_check \
  'all("**" in x["snippet"] for x in r)'

run search "patient* level:advanced" "$lib" --format json --limit 0
check "search: a prefix with a level filter keeps only that level" json_check \
  'len(r) > 0 and all(x["level"] == "advanced" for x in r)'

run search "safety section:durable soc:29-*" "$lib" --format json --limit 0
check "search: section and soc filters" json_check \
  'len(r) > 0 and all(x["section"] == "durable" and x["soc"].startswith("29-") for x in r)'

run search "radiographs zone:1" "$lib" --format json
check "search: nothing matches, exit 1" status_is 1
check "search: no match is an empty list in JSON" json_check 'r == []'

run search "level:expert" "$lib"
check "search: an unknown filter value is an error (2)" status_is 2
check "search: says which value" stderr_has "unknown value “expert” for level"

run search radiographs
check "search: without DIR is a usage error (2)" status_is 2

run search '"unclosed NEAR( AND' "$lib"
check "search: FTS5 syntax in the query is text, not an error" status_is 1

run search radiographs "$lib" --format yaml
check "search: an unknown --format is a usage error (2)" status_is 2

# An edit is found by the next search, without an index run.
python3 - "$lib/radiologic.fwk" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("radiographic", "axolotlographic", 1))
PY
touch -d '+1 minute' "$lib/radiologic.fwk"
run search axolotlographic "$lib"
check "search: an edited file is read again" status_is 0

# A damaged cache is rebuilt, not trusted.
printf 'garbage, not a database' > "$db"
run search axolotlographic "$lib"
check "search: a damaged cache is rebuilt" status_is 0

# A file that cannot be read is listed with its error.
printf '{"framework": ' > "$lib/broken.json"
run index "$lib"
check "index: an unreadable file makes it exit 2" status_is 2
check "index: lists the file with its error" stderr_has "$lib/broken.json:1:"
check "index: counts it" stdout_has "1 file could not be read"
run search axolotlographic "$lib"
check "search: lists it too, and still searches the rest" sh -c \
  "[ $status -eq 0 ] && grep -qF '$lib/broken.json' '$tmp/stderr'"

# validate on folders
run validate "$lib/nested" "$lib/radiologic.fwk"
check "validate DIR: reads the files under the folder" stdout_has "$lib/nested/copy.fwk:"
check "validate DIR: and the files named" stdout_has "$lib/radiologic.fwk:"
run validate "$lib"
check "validate DIR: an unreadable file under it exits 2" status_is 2
check "validate DIR: names it" stderr_has "$lib/broken.json:1:"
mkdir "$tmp/empty"
run validate "$tmp/empty"
check "validate DIR: a folder without frameworks is an error (2)" status_is 2

# replace
rlib=$tmp/replace
mkdir -p "$rlib/nested"
cp "$data_dir/samples/radiologic-technologists.fwk" "$rlib/a.fwk"
cp "$shared/samples/nsx-export-radiologic-technologists.json" "$rlib/nested/b.json"
cp "$rlib/a.fwk" "$tmp/a.before"
cp "$rlib/nested/b.json" "$tmp/b.before"

run replace "patient" "client" "$rlib" --dry-run
check "replace --dry-run: exits 0 when something would change" status_is 0
check "replace --dry-run: lists the old text" stdout_has "  - "
check "replace --dry-run: and the new" stdout_has "  + "
check "replace --dry-run: in both files" sh -c \
  "grep -qF '$rlib/a.fwk: ' '$tmp/stdout' && grep -qF '$rlib/nested/b.json: ' '$tmp/stdout'"
check "replace --dry-run: writes nothing" sh -c \
  "cmp -s '$rlib/a.fwk' '$tmp/a.before' && cmp -s '$rlib/nested/b.json' '$tmp/b.before'"

printf '{"framework": ' > "$rlib/broken.json"
run replace "patient" "client" "$rlib"
check "replace: a file that cannot be read is an error (2)" status_is 2
check "replace: names it" stderr_has "$rlib/broken.json:1:"
check "replace: and writes nothing at all" sh -c \
  "cmp -s '$rlib/a.fwk' '$tmp/a.before' && cmp -s '$rlib/nested/b.json' '$tmp/b.before'"
rm "$rlib/broken.json"

run replace "patient" "client" "$rlib"
check "replace: exits 0 when it replaced" status_is 0
check "replace: the .fwk holds the old text less often" sh -c \
  "[ \$(grep -o patient '$rlib/a.fwk' | wc -l) -lt \$(grep -o patient '$tmp/a.before' | wc -l) ]"
check "replace: the new text is found" sh -c "'$cli' search client '$rlib' > /dev/null 2>&1"
run info "$rlib/nested/b.json"
check "replace: the NSX file still reads" status_is 0
run validate "$rlib"
check "replace: both files still read" sh -c "[ $status -ne 2 ]"

run replace "patient" "client" "$rlib"
check "replace: nothing left to replace exits 1" status_is 1
check "replace: says so" stderr_has "occurs in no statement"

run replace "" "x" "$rlib"
check "replace: an empty OLD is a usage error (2)" status_is 2
run replace "a" "b" "$rlib/a.fwk"
check "replace: a file for DIR is a usage error (2)" status_is 2

echo "1..$n"
[ "$failed" -eq 0 ]
