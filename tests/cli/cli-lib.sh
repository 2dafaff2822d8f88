# SPDX-License-Identifier: GPL-3.0-or-later
#
# cli-lib.sh: the set-up and TAP helpers the CLI test scripts share. A script sources it with
#   . "$(dirname "$0")/cli-lib.sh"
# after `set -u`. It checks the one argument (the path to framewright-cli), sets $cli (absolute),
# $here (the script's folder) and $tmp (a private folder removed on exit), and defines ok,
# not_ok, check, run and the checks on the last run's status, stdout and stderr. The script
# ends with `echo "1..$n"` and `[ "$failed" -eq 0 ]`.

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH-TO-framewright-cli" >&2
  exit 2
fi

case "$1" in
  /*) cli=$1 ;;
  *) cli=$(pwd)/$1 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$(basename "$0" .sh).XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

n=0
failed=0

ok ()
{
  n=$((n + 1))
  echo "ok $n - $1"
}

# not_ok DESCRIPTION: a failed check, followed by the last run's stderr as TAP comments.
not_ok ()
{
  n=$((n + 1))
  echo "not ok $n - $1"
  failed=$((failed + 1))
  if [ -s "$tmp/stderr" ]; then
    sed 's/^/# stderr: /' "$tmp/stderr"
  fi
}

# check DESCRIPTION COMMAND...: ok if COMMAND succeeds, not ok otherwise.
check ()
{
  description=$1
  shift
  if "$@"; then
    ok "$description"
  else
    not_ok "$description"
  fi
}

# run ARGS...: runs the CLI with stdout in $tmp/stdout, stderr in $tmp/stderr, status in $status.
run ()
{
  "$cli" "$@" > "$tmp/stdout" 2> "$tmp/stderr"
  status=$?
}

status_is () { [ "$status" -eq "$1" ]; }
stderr_has () { grep -qF -- "$1" "$tmp/stderr"; }
stdout_has () { grep -qF -- "$1" "$tmp/stdout"; }
stdout_lacks () { ! grep -qF -- "$1" "$tmp/stdout"; }
# file_has FILE TEXT: FILE contains TEXT.
file_has () { grep -qF -- "$2" "$1"; }
