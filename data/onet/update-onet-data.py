#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rebuild the O*NET tables shipped in data/onet/ from an O*NET text release.

Usage: update-onet-data.py ONET_DIR [OUT_DIR]

ONET_DIR holds the release's tab-delimited files ("Task Statements.txt", ...) and the
BLS "soc_structure_2018.csv". Columns are found by their header names; CRLF or LF line
endings and a UTF-8 byte-order mark are accepted. The output is LF-terminated UTF-8.
"""

import csv
import os
import re
import sys


def read_table(path, delimiter='\t'):
    with open(path, encoding='utf-8-sig', newline='') as f:
        text = f.read().replace('\r\n', '\n')
    rows = list(csv.reader(text.split('\n'), delimiter=delimiter,
                           quoting=csv.QUOTE_NONE if delimiter == '\t' else csv.QUOTE_MINIMAL))
    rows = [r for r in rows if r]
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:]]


def write_tsv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


def write_list(path, comment, items):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for line in comment:
            f.write('# ' + line + '\n')
        for item in items:
            f.write(item + '\n')


def main():
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))

    # Tasks: the full release, then the newer excerpt rows replace or add rows.
    tasks = {}
    order = []
    for name in ('Task Statements.txt', 'Task Statements 30.3 excerpt.txt'):
        path = os.path.join(src, name)
        if not os.path.exists(path):
            continue
        for r in read_table(path):
            key = (r['O*NET-SOC Code'], r['Task ID'])
            if key not in tasks:
                order.append(key)
            tasks[key] = r['Task'].strip()
    write_tsv(os.path.join(out, 'tasks.tsv'), ['O*NET-SOC Code', 'Task ID', 'Task'],
              [[k[0], k[1], tasks[k]] for k in order])

    occupations = read_table(os.path.join(src, 'Occupation Data.txt'))
    write_tsv(os.path.join(out, 'occupations.tsv'), ['O*NET-SOC Code', 'Title'],
              [[r['O*NET-SOC Code'], r['Title'].strip()] for r in occupations])

    groups = []
    for r in read_table(os.path.join(src, 'soc_structure_2018.csv'), delimiter=','):
        code = r['Major Group'].strip()
        if not code:
            continue
        title = re.sub(r' Occupations$', '', r['Name'].strip())
        # The NSX "group" convention: "Healthcare Practitioners & Technical".
        group = re.sub(r'(?<!,) and ', ' & ', title)
        groups.append([code, title, group])
    write_tsv(os.path.join(out, 'soc-major-groups.tsv'), ['Major Group', 'Title', 'Group'], groups)

    styles = sorted({r['Element Name'].strip()
                     for r in read_table(os.path.join(src, 'Work Styles.txt'))})
    write_list(os.path.join(out, 'work-styles.txt'),
               ['O*NET work style element names (Work Styles.txt).'], styles)

    tech = read_table(os.path.join(src, 'Technology Skills.txt'))
    commodities = sorted({r['Commodity Title'].strip() for r in tech})
    write_list(os.path.join(out, 'technology-commodities.txt'),
               ['O*NET technology commodity titles (Technology Skills.txt).'], commodities)
    # Only the examples a lowercase-to-uppercase split would get wrong: those with a capital
    # inside a word ("PowerPoint") or ending in something other than a lowercase letter.
    examples = sorted({r['Example'].strip() for r in tech
                       if re.search(r'[a-z][A-Z]', r['Example'])
                       or not re.search(r'[a-z]$', r['Example'].strip())})
    write_list(os.path.join(out, 'technology-examples.txt'),
               ['O*NET technology examples that need an exact match when splitting a glued list',
                '(Technology Skills.txt, examples with inner capitals or a non-lowercase end).'],
               examples)


if __name__ == '__main__':
    main()
