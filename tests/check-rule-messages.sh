#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-rule-messages.sh [SOURCE-ROOT]
#
# The validator's messages and hints are shown to people, so they must reach translators: every
# rule file is in po/POTFILES.in, xgettext finds its messages, and no message or hint is passed
# to _fw_report () or _fw_report_statement () without N_(). Prints TAP.
set -u
top=${1:-$(dirname "$0")/..}
cd "$top" || exit 2

if ! command -v xgettext > /dev/null 2>&1; then
  echo "1..0 # SKIP xgettext is not installed"
  exit 0
fi

n=0
fail=0

ok ()
{
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok ()
{
  n=$((n + 1))
  echo "not ok $n - $1"
  fail=1
}

rule_files=$(ls src/core/validate/fw-rules-*.c)

for f in $rule_files; do
  if grep -qxF "$f" po/POTFILES.in; then
    ok "$f is in po/POTFILES.in"
  else
    not_ok "$f is missing from po/POTFILES.in"
  fi
done

# Only the message and hint arguments, and only when they are bare string literals: a literal
# wrapped in N_() is no longer an argument of the call itself.
# xgettext takes one argument position per keyword, hence a pass for hints and one for messages.
unmarked=$( (xgettext -k --keyword=_fw_report:7 --keyword=_fw_report_statement:5 \
               --from-code=UTF-8 --no-location --omit-header -o - $rule_files;
             xgettext -k --keyword=_fw_report:8 --keyword=_fw_report_statement:6 \
               --from-code=UTF-8 --no-location --omit-header -o - $rule_files) | grep '^msgid ')
if [ -z "$unmarked" ]; then
  ok "every message and hint passed to _fw_report* is marked with N_()"
else
  not_ok "messages or hints passed to _fw_report* without N_():"
  printf '%s\n' "$unmarked" | sed 's/^/#   /'
fi

# The files POTFILES.in lists give translators the rule messages, with their printf format.
potfiles=$(grep '^src/core/validate/' po/POTFILES.in)
catalogue=$(xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 --no-location --omit-header \
              -o - $potfiles)
for message in 'where the headline ends was guessed (confidence %s): %s' \
               'the SAFI score is %s; it runs from 0 to 100' \
               'Merge the two, or make each say something the other does not.'; do
  if printf '%s\n' "$catalogue" | grep -qxF "msgid \"$message\""; then
    ok "xgettext finds \"$message\""
  else
    not_ok "xgettext does not find \"$message\""
  fi
done

echo "1..$n"
exit $fail
