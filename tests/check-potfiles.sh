#!/bin/sh
# Every source or UI file with a translatable string must be listed in po/POTFILES.in, and every
# listed file must exist. Prints TAP.
set -u
top=${1:-$(dirname "$0")/..}
cd "$top" || exit 2

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort -u)
found=$( (grep -lE '\b_\(|N_\(|C_\(|ngettext' -r src --include=*.c --include=*.h; \
          grep -l 'translatable="yes"' -r ui --include=*.ui; \
          ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null) | sort -u)

n=0
fail=0
for f in $found; do
  n=$((n + 1))
  if printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "ok $n - $f is in po/POTFILES.in"
  else
    echo "not ok $n - $f has translatable strings but is missing from po/POTFILES.in"
    fail=1
  fi
done
for f in $listed; do
  n=$((n + 1))
  if [ -f "$f" ]; then
    echo "ok $n - listed file $f exists"
  else
    echo "not ok $n - po/POTFILES.in lists $f, which does not exist"
    fail=1
  fi
done
echo "1..$n"
exit $fail
