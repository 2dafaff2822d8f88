#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-mutants.py [options] [FILE.mut...]
#
# Plants each mutant of tests/mutation/*.mut (or of the files named), one at a time, in a scratch
# copy of the tree, rebuilds it incrementally, runs the non-UI test programs until the first one
# fails, puts the file back and prints a table and the score: killed / applied. Equivalent mutants
# are listed but not counted; a mutant whose snippet is gone, or that does not build, is reported
# on its own line and not counted either. The file format is described in README.md next to this.
#
# The real source files are never written: the scratch tree is _build-mutate/tree-N, refreshed
# from the worktree by content (only the files that differ are written) so that the persistent build
# directory _build-mutate/build-N only recompiles what changed.

import argparse
import concurrent.futures
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUITES = ('core', 'cli', 'schema', 'data')
KEYS = ('mutant', 'file', 'loses', 'find', 'replace', 'occurrence', 'equivalent')


class Mutant:
    def __init__(self, where):
        self.where = where
        self.fields = {}

    def __getattr__(self, key):
        if key in KEYS:
            return self.fields.get(key)
        raise AttributeError(key)


def parse_mut(path):
    """Reads the blocks of one .mut file. Raises ValueError with FILE:LINE on a malformed one."""
    mutants = []
    current = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        i += 1
        if line.strip() == '':
            current = None
            continue
        if line.startswith('#'):
            continue
        m = re.match(r'^([a-z]+)(<<|:)\s?(.*)$', line)
        if not m or m.group(1) not in KEYS:
            raise ValueError(f'{path}:{lineno}: expected "key: value" with a key among '
                             f'{", ".join(KEYS)}')
        key, how, value = m.groups()
        if how == '<<':
            body = []
            while True:
                if i >= len(lines):
                    raise ValueError(f'{path}:{lineno}: "{key}<<" has no closing ">>" line')
                if lines[i] == '>>':
                    i += 1
                    break
                body.append(lines[i])
                i += 1
            value = '\n'.join(body)
        if current is None:
            current = Mutant(f'{path}:{lineno}')
            mutants.append(current)
        if key in current.fields:
            raise ValueError(f'{path}:{lineno}: "{key}" given twice in one mutant')
        current.fields[key] = value
    seen = set()
    for mu in mutants:
        for key in ('mutant', 'file', 'loses', 'find', 'replace'):
            if key not in mu.fields:
                raise ValueError(f'{mu.where}: mutant has no "{key}"')
        if mu.mutant in seen:
            raise ValueError(f'{mu.where}: mutant name "{mu.mutant}" used twice')
        seen.add(mu.mutant)
        if mu.occurrence is not None and not mu.occurrence.isdigit():
            raise ValueError(f'{mu.where}: "occurrence" must be a number')
    return mutants


def mutate_text(text, mu):
    """Returns the mutated text, or None with a reason when the snippet cannot be placed."""
    count = text.count(mu.find)
    want = int(mu.occurrence) if mu.occurrence else None
    if count == 0:
        return None, 'snippet not found'
    if want is None and count > 1:
        return None, f'snippet occurs {count} times; say which with "occurrence"'
    want = want or 1
    if want > count:
        return None, f'snippet occurs {count} times, occurrence {want} asked'
    pos = -1
    for _ in range(want):
        pos = text.index(mu.find, pos + 1)
    return text[:pos] + mu.replace + text[pos + len(mu.find):], None


def run(cmd, timeout=None, env=None, cwd=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                           cwd=cwd, timeout=timeout, start_new_session=True)
        return p.returncode, p.stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode('utf-8', 'replace') if e.stdout else ''
        return None, out


class Workspace:
    """One scratch tree and its build directory."""

    def __init__(self, base, n):
        self.tree = os.path.join(base, f'tree-{n}')
        self.build = os.path.join(base, f'build-{n}')
        self.tests = []
        self.targets = {}

    def prepare(self, log):
        os.makedirs(self.tree, exist_ok=True)
        # Tests find shared fixtures at SOURCE_ROOT/../shared, as they do from the worktree.
        shared = os.path.join(os.path.dirname(TOP), 'shared')
        link = os.path.join(os.path.dirname(self.tree), 'shared')
        if os.path.isdir(shared) and not os.path.lexists(link):
            os.symlink(shared, link)
        sync_tree(TOP, self.tree)
        if not os.path.isfile(os.path.join(self.build, 'build.ninja')):
            log(f'mutate: configuring {self.build}')
            rc, out = run(['meson', 'setup', self.build, self.tree, '-Dapp=false'])
            if rc != 0:
                sys.exit(f'mutate: meson setup failed:\n{out}')
        log(f'mutate: building {self.build}')
        rc, out = run(['meson', 'compile', '-C', self.build])
        if rc != 0:
            sys.exit(f'mutate: the unmutated tree does not build:\n{out[-4000:]}')
        tests = json.loads(run(['meson', 'introspect', '--tests', self.build])[1])
        targets = json.loads(run(['meson', 'introspect', '--targets', self.build])[1])
        self.targets = {t['id']: [os.path.relpath(f, self.build) for f in t['filename']]
                        for t in targets}
        self.tests = [t for t in tests if set(t['suite']) & {f'framewright:{s}' for s in SUITES}
                      or set(t['suite']) & set(SUITES)]

    def build_for(self, test, timeout):
        outputs = [o for d in test.get('depends', []) for o in self.targets.get(d, [])]
        cmd = ['ninja', '-C', self.build] + outputs
        if not outputs:
            cmd = ['ninja', '-C', self.build, 'src/core/libframewright.a']
        return run(cmd, timeout=timeout)

    def run_test(self, test, timeout):
        env = dict(os.environ)
        env.update(test.get('env') or {})
        t = min(timeout, test.get('timeout') or timeout)
        rc, out = run(test['cmd'], timeout=t, env=env, cwd=test.get('workdir') or self.build)
        if rc is None:
            return 'timeout', out
        failed = rc != 0 or any(re.match(r'^not ok\b(?!.*#\s*(TODO|SKIP))', l, re.I)
                                for l in out.split('\n'))
        return ('fail' if failed else 'pass'), out


def sync_tree(src, dst):
    """Makes dst a copy of src (without .git and build directories), writing only the files whose
    content differs, so that the build directory recompiles no more than it must."""
    def skip(rel):
        first = rel.split(os.sep)[0]
        return first == '.git' or first.startswith('_build') or first == 'build'
    wanted = set()
    for root, dirs, files in os.walk(src):
        rel_root = os.path.relpath(root, src)
        dirs[:] = [d for d in dirs if not skip(os.path.normpath(os.path.join(rel_root, d)))]
        os.makedirs(os.path.join(dst, rel_root), exist_ok=True)
        for name in files:
            rel = os.path.normpath(os.path.join(rel_root, name))
            if skip(rel):
                continue
            wanted.add(rel)
            a, b = os.path.join(src, rel), os.path.join(dst, rel)
            if os.path.islink(a):
                if not os.path.islink(b) or os.readlink(a) != os.readlink(b):
                    if os.path.lexists(b):
                        os.remove(b)
                    os.symlink(os.readlink(a), b)
                continue
            with open(a, 'rb') as f:
                data = f.read()
            try:
                with open(b, 'rb') as f:
                    same = f.read() == data
            except OSError:
                same = False
            if not same:
                if os.path.lexists(b):
                    os.remove(b)
                with open(b, 'wb') as f:
                    f.write(data)
                shutil.copymode(a, b)
    for root, dirs, files in os.walk(dst, topdown=False):
        for name in files:
            rel = os.path.normpath(os.path.join(os.path.relpath(root, dst), name))
            if rel not in wanted:
                os.remove(os.path.join(root, name))


def tokens(name):
    return [t for t in re.split(r'[^a-z0-9]+', name.lower())
            if len(t) >= 3 and t not in ('test', 'fw')]


def order_tests(ws, mu, durations, killers):
    """Most likely killers first: earlier killers for the same file, then tests whose name shares
    a word with the file's path, then the fastest."""
    path = mu.file.lower()

    def key(t):
        name = t['name']
        hits = sum(1 for tok in tokens(name) if tok[:5] in path)
        return (-killers.get((mu.file, name), 0), -hits, durations.get(name, 1000.0))
    return sorted(ws.tests, key=key)


def try_mutant(ws, mu, args, durations, killers, lock):
    src = os.path.join(ws.tree, mu.file)
    if not os.path.isfile(src):
        return 'missing-snippet', 'file not found', 0.0
    with open(src, encoding='utf-8') as f:
        original = f.read()
    mutated, why = mutate_text(original, mu)
    if mutated is None:
        return 'missing-snippet', why, 0.0
    if mu.equivalent:
        return 'equivalent', mu.equivalent, 0.0
    started = time.monotonic()
    try:
        with open(src, 'w', encoding='utf-8') as f:
            f.write(mutated)
        deadline = started + args.timeout
        with lock:
            ordered = order_tests(ws, mu, durations, killers)
        for test in ordered:
            left = deadline - time.monotonic()
            if left <= 0:
                return 'killed', 'mutant timeout', time.monotonic() - started
            rc, out = ws.build_for(test, left)
            if rc != 0:
                if rc is None:
                    return 'killed', 'build timeout', time.monotonic() - started
                return 'build-failed', out.strip().split('\n')[-1][:120], time.monotonic() - started
            result, _ = ws.run_test(test, max(1.0, deadline - time.monotonic()))
            if result != 'pass':
                with lock:
                    killers[(mu.file, test['name'])] = killers.get((mu.file, test['name']), 0) + 1
                what = test['name'] + (' (timeout)' if result == 'timeout' else '')
                return 'killed', what, time.monotonic() - started
        return 'survived', '', time.monotonic() - started
    finally:
        # Written back with a fresh time stamp, so that the next build recompiles it.
        with open(src, 'w', encoding='utf-8') as f:
            f.write(original)


def main():
    ap = argparse.ArgumentParser(description='Run the mutants of tests/mutation/*.mut.')
    ap.add_argument('files', nargs='*', help='.mut files (default: every tests/mutation/*.mut)')
    ap.add_argument('-k', '--filter', action='append', default=[],
                    help='only mutants whose name matches this glob (or contains this text)')
    ap.add_argument('-j', '--jobs', type=int, default=1,
                    help='mutants tried at once, each in a scratch tree of its own (default 1)')
    ap.add_argument('--timeout', type=float, default=300,
                    help='seconds allowed per mutant, build included (default 300)')
    ap.add_argument('--min-score', type=float, default=90.0,
                    help='exit 1 when the score (percent killed) is below this (default 90)')
    ap.add_argument('--no-baseline', action='store_true',
                    help='skip the run of the unmutated suite (its timings order the tests)')
    ap.add_argument('--list', action='store_true', help='list the mutants and exit')
    ap.add_argument('--check', action='store_true',
                    help='only check that every snippet is found in the source, and exit')
    args = ap.parse_args()

    files = args.files or sorted(
        os.path.join(TOP, 'tests', 'mutation', f)
        for f in os.listdir(os.path.join(TOP, 'tests', 'mutation')) if f.endswith('.mut'))
    mutants = []
    names = {}
    try:
        for path in files:
            for mu in parse_mut(path):
                mu.source = os.path.basename(path)
                if mu.mutant in names:
                    raise ValueError(f'{mu.where}: mutant name "{mu.mutant}" is already used at '
                                     f'{names[mu.mutant]}')
                names[mu.mutant] = mu.where
                mutants.append(mu)
    except (OSError, ValueError) as e:
        print(f'mutate: {e}', file=sys.stderr)
        return 2
    if args.filter:
        mutants = [m for m in mutants
                   if any(fnmatch.fnmatch(m.mutant, p) or p in m.mutant for p in args.filter)]
    if args.list:
        for m in mutants:
            print(f'{m.mutant:40} {m.file}')
        return 0
    if not mutants:
        print('mutate: no mutants', file=sys.stderr)
        return 2
    if args.check:
        bad = 0
        for m in mutants:
            try:
                with open(os.path.join(TOP, m.file), encoding='utf-8') as f:
                    why = mutate_text(f.read(), m)[1]
            except OSError as e:
                why = str(e)
            if why:
                bad += 1
                print(f'{m.where}: {m.mutant}: {why}')
        print(f'{len(mutants) - bad} of {len(mutants)} mutants apply')
        return 1 if bad else 0

    started = time.monotonic()
    base = os.path.join(TOP, '_build-mutate')
    jobs = max(1, min(args.jobs, len(mutants)))
    workspaces = [Workspace(base, n) for n in range(jobs)]
    for ws in workspaces:
        ws.prepare(print)

    durations = {}
    if not args.no_baseline:
        print('mutate: running the unmutated suite once')
        ws = workspaces[0]
        for test in ws.tests:
            t0 = time.monotonic()
            result, out = ws.run_test(test, test.get('timeout') or 300)
            durations[test['name']] = time.monotonic() - t0
            if result != 'pass':
                print(f'mutate: {test["name"]} fails without any mutant; fix it first:\n'
                      + out[-3000:], file=sys.stderr)
                return 2

    killers = {}
    lock = threading.Lock()
    free = list(workspaces)
    results = {}

    def work(mu):
        with lock:
            ws = free.pop()
        try:
            return mu, try_mutant(ws, mu, args, durations, killers, lock)
        finally:
            with lock:
                free.append(ws)

    width = max(len(m.mutant) for m in mutants)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for mu, (status, detail, secs) in pool.map(work, mutants):
            results[mu.mutant] = (status, detail, secs)
            print(f'{mu.mutant:{width}}  {status:15} {secs:5.0f} s  {detail}', flush=True)

    print()
    print(f'{"mutant":{width}}  {"file":45} {"result":15} killed by / note')
    for mu in mutants:
        status, detail, _ = results[mu.mutant]
        print(f'{mu.mutant:{width}}  {mu.file:45} {status:15} {detail}')
    counts = {}
    for status, _, _ in results.values():
        counts[status] = counts.get(status, 0) + 1
    killed = counts.get('killed', 0)
    applied = killed + counts.get('survived', 0)
    score = 100.0 * killed / applied if applied else 0.0
    print()
    survivors = [m for m in mutants if results[m.mutant][0] == 'survived']
    if survivors:
        print('survivors (what a user would lose, and no test notices):')
        for mu in survivors:
            print(f'  {mu.mutant} ({mu.source}): {mu.loses}')
        print()
    for status in ('missing-snippet', 'build-failed'):
        bad = [m for m in mutants if results[m.mutant][0] == status]
        if bad:
            print(f'{status} (not counted; fix the .mut entry): '
                  + ', '.join(f'{m.mutant} ({results[m.mutant][1]})' for m in bad))
    print(f'equivalent (not counted): {counts.get("equivalent", 0)}')
    print(f'score: {killed}/{applied} killed = {score:.1f} % '
          f'(minimum {args.min_score:g} %), {time.monotonic() - started:.0f} s')
    return 0 if score >= args.min_score else 1


if __name__ == '__main__':
    sys.exit(main())
