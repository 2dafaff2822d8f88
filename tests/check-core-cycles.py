#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-core-cycles.py LIBFRAMEWRIGHT.A [--order]
#
# The house plan says no two files call each other, directly or round a loop: a helper two
# files share moves down to a file of its own. This reads the core library's objects with nm,
# links every symbol a file needs to the file that defines it, and fails for every loop it
# finds. With --order it also prints each folder's files from the top down. Prints TAP.

import os
import shutil
import subprocess
import sys


def read_objects(archive):
    """Returns {file: (defined symbols, undefined symbols)} for the archive's members."""
    nm = subprocess.run(['nm', archive], check=True, capture_output=True, text=True).stdout
    objects = {}
    current = None
    for line in nm.splitlines():
        if not line.strip():
            continue
        if line.endswith(':') and ' ' not in line:
            member = os.path.basename(line[:-1])
            # Meson names objects after their source, with '/' turned into '_'.
            name = member[:-len('.o')] if member.endswith('.o') else member
            if name.startswith('meson-generated_'):
                name = name.split('_', 1)[1].lstrip('._')
            else:
                name = name.replace('_', '/', 1)
            current = objects.setdefault(name, (set(), set()))
            continue
        parts = line.split()
        if current is None or len(parts) < 2:
            continue
        kind, symbol = parts[-2], parts[-1]
        if kind == 'U':
            current[1].add(symbol)
        elif kind.isupper() or kind in 'vw':
            current[0].add(symbol)
    return objects


def build_graph(objects):
    """Returns {file: {file it needs: [symbols]}}."""
    owner = {}
    for name, (defined, _) in objects.items():
        for symbol in defined:
            owner[symbol] = name
    graph = {name: {} for name in objects}
    for name, (_, undefined) in objects.items():
        for symbol in sorted(undefined):
            target = owner.get(symbol)
            if target is not None and target != name:
                graph[name].setdefault(target, []).append(symbol)
    return graph


def loops(graph):
    """The strongly connected components with more than one file (Tarjan)."""
    index = {}
    low = {}
    stack = []
    on_stack = set()
    found = []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def top_down(graph, files):
    """@files ordered so that each comes before every file it needs (no loops assumed)."""
    files = set(files)
    needed_by = {name: 0 for name in files}
    for name in files:
        for target in graph[name]:
            if target in files:
                needed_by[target] += 1
    ready = sorted(name for name in files if needed_by[name] == 0)
    order = []
    while ready:
        name = ready.pop(0)
        order.append(name)
        for target in sorted(graph[name]):
            if target in files:
                needed_by[target] -= 1
                if needed_by[target] == 0:
                    ready.append(target)
        ready.sort()
    return order


def main():
    if len(sys.argv) < 2:
        print('usage: check-core-cycles.py LIBFRAMEWRIGHT.A [--order]', file=sys.stderr)
        return 2
    if shutil.which('nm') is None:
        print('1..0 # SKIP nm is not installed')
        return 0

    graph = build_graph(read_objects(sys.argv[1]))
    folders = sorted({name.split('/', 1)[0] for name in graph if '/' in name})
    n = 0
    failed = False

    for folder in folders + [None]:
        files = [name for name in graph if folder is None or name.startswith(folder + '/')]
        sub = {name: {t: s for t, s in graph[name].items() if t in files} for name in files}
        found = loops(sub)
        n += 1
        what = 'src/core' if folder is None else 'src/core/' + folder
        if found:
            failed = True
            print(f'not ok {n} - no loop of calls between the files of {what}')
            for component in found:
                print('# loop: ' + ', '.join(component))
                for name in component:
                    for target in sorted(sub[name]):
                        if target in component:
                            symbols = ', '.join(sub[name][target])
                            print(f'#   {name} -> {target}: {symbols}')
        else:
            print(f'ok {n} - no loop of calls between the files of {what}')
            if '--order' in sys.argv[2:] and folder is not None:
                print(f'# {what}, top down:')
                for name in top_down(sub, files):
                    needs = ', '.join(sorted(sub[name])) or '-'
                    print(f'#   {name} -> {needs}')

    print(f'1..{n}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
