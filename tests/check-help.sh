#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The user help: every page is valid Mallard, reachable from the index, links only to pages
# that exist, and is installed (listed in help/meson.build). Every translation listed in
# help/LINGUAS translates every message of the current pages, none fuzzy, and its pages, built
# with itstool as gnome.yelp builds them at install time, are valid Mallard too. Prints TAP.
#
# check-help.sh SOURCE_ROOT WORK_DIR   (WORK_DIR receives the template and translated pages)
set -u

top=$1
work=${2:-}
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

# The pages in the order help/meson.build installs them, as gnome.yelp passes them to itstool.
c_pages=$(sed -n "s/^ *'\([a-z0-9-]*\.page\)',\$/\1/p" "$help/meson.build")

# Builds the pages of translation $1 into $work/$1, as gnome.yelp does at install time.
build_translation ()
{
  mkdir -p "$work/$1" &&
    msgfmt -o "$work/$1.mo" "$help/$1/$1.po" &&
    (cd "$help/C" && itstool -m "$work/$1.mo" -l "$1" -o "$work/$1/" $c_pages)
}

dirs="$help/C"
if [ -n "$work" ] && command -v itstool >/dev/null 2>&1 && command -v msgcmp >/dev/null 2>&1; then
  rm -rf "$work"
  mkdir -p "$work"
  (cd "$help/C" && itstool -o "$work/help.pot" $c_pages)
  for lang in $(sed 's/#.*//' "$help/LINGUAS"); do
    po="$help/$lang/$lang.po"
    # msgcmp counts neither untranslated nor fuzzy messages as translated.
    missing=$(msgcmp "$po" "$work/help.pot" 2>&1)
    result $? "help/$lang: every message of the pages is translated, none fuzzy${missing:+: $missing}"
    # itstool keeps the English text, with only a warning, where a translation's markup is broken.
    out=$(build_translation "$lang" 2>&1) && [ -z "$out" ]
    result $? "help/$lang: the translated pages build with itstool, markup intact${out:+: $out}"
    dirs="$dirs $work/$lang"
  done
else
  echo "# itstool, msgcmp or the work folder missing: translations not checked"
fi

for dir in $dirs; do
  lang=$(basename "$dir")
  pages="$dir"/*.page
  out=$(cd "$dir" && yelp-check validate ./*.page 2>&1)
  result $? "help/$lang: every page is valid Mallard${out:+: $out}"
  orphans=$(cd "$dir" && yelp-check orphans . 2>&1)
  [ -z "$orphans" ]
  result $? "help/$lang: every page is reachable from the index${orphans:+: $orphans}"
  broken=$(cd "$dir" && yelp-check links . 2>&1)
  [ -z "$broken" ]
  result $? "help/$lang: every link names a page that exists${broken:+: $broken}"
  [ "$lang" = C ] || continue
  for page in $pages; do
    name=$(basename "$page")
    grep -q "'$name'" "$help/meson.build"
    result $? "help/$lang/$name is installed (listed in help/meson.build)"
  done
done

echo "1..$n"
exit $failed
