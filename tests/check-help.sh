#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The user help: every page is valid Mallard, reachable from the index, links only to pages
# that exist, and is installed (listed in help/meson.build). Prints TAP.
set -u

top=$1
help="$top/help"
n=0
failed=0

result ()
{
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failed=1
  fi
}

if ! command -v yelp-check >/dev/null 2>&1; then
  echo "1..0 # SKIP yelp-check (yelp-tools) is not installed"
  exit 0
fi

for dir in "$help"/*/; do
  dir=${dir%/}
  [ -d "$dir" ] || continue
  lang=$(basename "$dir")
  if [ "$lang" = C ]; then
    pages="$dir"/*.page
  else
    # A translation is a folder of .po files; yelp builds its pages at install time.
    continue
  fi
  out=$(cd "$dir" && yelp-check validate ./*.page 2>&1)
  result $? "help/$lang: every page is valid Mallard${out:+: $out}"
  orphans=$(cd "$dir" && yelp-check orphans . 2>&1)
  [ -z "$orphans" ]
  result $? "help/$lang: every page is reachable from the index${orphans:+: $orphans}"
  broken=$(cd "$dir" && yelp-check links . 2>&1)
  [ -z "$broken" ]
  result $? "help/$lang: every link names a page that exists${broken:+: $broken}"
  for page in $pages; do
    name=$(basename "$page")
    grep -q "'$name'" "$help/meson.build"
    result $? "help/$lang/$name is installed (listed in help/meson.build)"
  done
done

echo "1..$n"
exit $failed
