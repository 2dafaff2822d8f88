#!/usr/bin/env python3
"""Sum the individual TAP results of meson test logs and print 'N passed, N failed'."""
import json
import re
import sys

OK = re.compile(r'^(not ok|ok)\b(.*)$')


def count(log_path):
    passed = failed = skipped = 0
    problems = []
    try:
        lines = open(log_path, encoding='utf-8').read().splitlines()
    except OSError as err:
        problems.append(f'{log_path}: {err}')
        return 0, 1, 0, problems
    for line in lines:
        test = json.loads(line)
        name = test.get('name', '?')
        result = test.get('result', '')
        cases = 0
        for out in (test.get('stdout') or '').splitlines():
            m = OK.match(out.strip())
            if not m:
                continue
            cases += 1
            rest = m.group(2)
            if '# SKIP' in rest.upper():
                skipped += 1
            elif m.group(1) == 'ok' or '# TODO' in rest.upper():
                passed += 1
            else:
                failed += 1
                problems.append(f'{name}: not ok{rest}')
        if result in ('FAIL', 'TIMEOUT', 'ERROR') and not any(p.startswith(name + ':') for p in problems):
            # A program that died without a TAP failure line still counts as one failure.
            failed += 1
            problems.append(f'{name}: {result}')
        elif cases == 0 and result == 'OK':
            passed += 1
        elif cases == 0 and result == 'SKIP':
            skipped += 1
    return passed, failed, skipped, problems


def main():
    total_p = total_f = total_s = 0
    all_problems = []
    for path in sys.argv[1:]:
        p, f, s, problems = count(path)
        total_p += p
        total_f += f
        total_s += s
        all_problems += problems
    for p in all_problems:
        print('FAILED:', p)
    line = f'{total_p} passed, {total_f} failed'
    if total_s:
        line += f', {total_s} skipped'
    print(line)
    sys.exit(1 if total_f or total_p == 0 else 0)


if __name__ == '__main__':
    main()
