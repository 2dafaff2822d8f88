#!/usr/bin/env python3
"""Sum the individual results of meson test logs and TAP files and print 'N passed, N failed'.

Arguments ending in .json are meson's testlog.json files; each test counts its TAP result lines,
or counts once if it prints none. Any other argument is a TAP stream saved to a file, such as the
output of tests/fuzz/run-fuzzers.sh; a missing file, or fewer results than its plan announces,
counts as a failure.
"""
import json
import re
import sys

OK = re.compile(r'^(not ok|ok)\b(.*)$')
PLAN = re.compile(r'^1\.\.(\d+)')


def tally(lines, name, counts, problems):
    """Counts the TAP result lines among lines; returns how many there were."""
    cases = 0
    for out in lines:
        m = OK.match(out.strip())
        if not m:
            continue
        cases += 1
        rest = m.group(2)
        if '# SKIP' in rest.upper():
            counts['skipped'] += 1
        elif m.group(1) == 'ok' or '# TODO' in rest.upper():
            counts['passed'] += 1
        else:
            counts['failed'] += 1
            problems.append(f'{name}: not ok{rest}')
    return cases


def count_testlog(log_path, counts, problems):
    try:
        lines = open(log_path, encoding='utf-8').read().splitlines()
    except OSError as err:
        counts['failed'] += 1
        problems.append(f'{log_path}: {err}')
        return
    for line in lines:
        test = json.loads(line)
        name = test.get('name', '?')
        result = test.get('result', '')
        cases = tally((test.get('stdout') or '').splitlines(), name, counts, problems)
        if result in ('FAIL', 'TIMEOUT', 'ERROR') and not any(p.startswith(name + ':') for p in problems):
            # A program that died without a TAP failure line still counts as one failure.
            counts['failed'] += 1
            problems.append(f'{name}: {result}')
        elif cases == 0 and result == 'OK':
            counts['passed'] += 1
        elif cases == 0 and result == 'SKIP':
            counts['skipped'] += 1


def count_tap(tap_path, counts, problems):
    try:
        lines = open(tap_path, encoding='utf-8', errors='replace').read().splitlines()
    except OSError as err:
        counts['failed'] += 1
        problems.append(f'{tap_path}: {err}')
        return
    planned = None
    for line in lines:
        m = PLAN.match(line.strip())
        if m:
            planned = int(m.group(1))
            break
    cases = tally(lines, tap_path, counts, problems)
    if planned is None or cases < planned:
        # The producer stopped early: whatever it did not report did not pass.
        missing = (planned or 1) - cases
        counts['failed'] += missing
        problems.append(f'{tap_path}: {cases} results, {planned if planned is not None else "no"} planned')


def main():
    counts = {'passed': 0, 'failed': 0, 'skipped': 0}
    problems = []
    for path in sys.argv[1:]:
        if path.endswith('.json'):
            count_testlog(path, counts, problems)
        else:
            count_tap(path, counts, problems)
    for p in problems:
        print('FAILED:', p)
    line = f'{counts["passed"]} passed, {counts["failed"]} failed'
    if counts['skipped']:
        line += f', {counts["skipped"]} skipped'
    print(line)
    sys.exit(1 if counts['failed'] or counts['passed'] == 0 else 0)


if __name__ == '__main__':
    main()
