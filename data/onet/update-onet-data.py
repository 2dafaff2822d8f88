#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refresh the O*NET release files shipped in data/onet/ from a release folder.

Usage: update-onet-data.py RELEASE_DIR [--release VERSION] [--file-release FILE=VERSION ...]
                           [--out OUT_DIR]

RELEASE_DIR is an O*NET text release as downloaded ("db_30_1_text"), optionally with the BLS
"soc_structure_2018.csv" beside its files. The files Framewright needs are copied as they are
(the release's own tab-delimited layout), checked (columns by header name, every row as many
fields as the header), and manifest.tsv is rewritten with each file's release and row count.

The release is --release, else the manifest.tsv of RELEASE_DIR, else the folder's name
("db_30_1_text" is 30.1). --file-release gives one file another release. A file that RELEASE_DIR
lacks keeps the copy (and manifest row) already here; soc_structure_2018.csv is not part of
O*NET releases, so it is usually kept.
"""

import argparse
import csv
import io
import os
import re
import shutil
import sys

# File, the columns Framewright reads, and the file whose rows it adds to (task excerpts).
FILES = [
    ('Occupation Data.txt', ['O*NET-SOC Code', 'Title', 'Description']),
    ('Task Statements.txt', ['O*NET-SOC Code', 'Task ID', 'Task']),
    ('Alternate Titles.txt', ['O*NET-SOC Code', 'Alternate Title']),
    ('Job Zones.txt', ['O*NET-SOC Code', 'Job Zone']),
    ('Job Zone Reference.txt', ['Job Zone', 'Name']),
    ('Technology Skills.txt', ['O*NET-SOC Code', 'Example', 'Commodity Code',
                               'Commodity Title']),
    ('Work Styles.txt', ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Data Value']),
    ('soc_structure_2018.csv', ['Major Group', 'Name']),
]
MANIFEST = 'manifest.tsv'
MANIFEST_COLUMNS = ['File', 'Release', 'Rows', 'Adds To', 'Note']


def read_rows(path):
    """The rows of a release file as dicts; columns by header name, BOM and CRLF accepted."""
    with open(path, encoding='utf-8-sig', newline='') as f:
        text = f.read().replace('\r\n', '\n')
    if path.endswith('.csv'):
        rows = list(csv.reader(io.StringIO(text)))
    else:
        rows = [line.split('\t') for line in text.split('\n')]
    rows = [r for r in rows if r and r != ['']]
    header = [h.strip() for h in rows[0]]
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            sys.exit(f'{path}:{number}: error: the row has {len(row)} fields, '
                     f'the header names {len(header)}')
    return header, [dict(zip(header, r)) for r in rows[1:]]


def read_manifest(path):
    if not os.path.exists(path):
        return {}
    _, rows = read_rows(path)
    return {r['File']: r for r in rows}


def folder_release(path):
    m = re.fullmatch(r'db_(\d+)_(\d+)_text', os.path.basename(os.path.normpath(path)))
    return f'{m.group(1)}.{m.group(2)}' if m else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('release_dir')
    parser.add_argument('--release')
    parser.add_argument('--file-release', action='append', default=[], metavar='FILE=VERSION')
    parser.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()

    src, out = args.release_dir, args.out
    source_manifest = read_manifest(os.path.join(src, MANIFEST))
    old_manifest = read_manifest(os.path.join(out, MANIFEST))
    release = (args.release
               or source_manifest.get('Occupation Data.txt', {}).get('Release')
               or folder_release(src))
    if not release:
        sys.exit('error: name the release with --release VERSION')
    per_file = dict(item.split('=', 1) for item in args.file_release)

    names = [name for name, _ in FILES]
    # Task excerpts of a newer release that the source folder's manifest names.
    # (The manifest here names the excerpts of the folder it was refreshed from.)
    extras = [name for name, row in list(source_manifest.items()) + list(old_manifest.items())
              if row.get('Adds To') and name not in names
              and os.path.exists(os.path.join(src, name))]
    extras = list(dict.fromkeys(extras))
    manifest = []
    for name, columns in FILES + [(name, ['O*NET-SOC Code', 'Task ID', 'Task'])
                                  for name in extras]:
        path = os.path.join(src, name)
        if not os.path.exists(path):
            if name in old_manifest:
                manifest.append(old_manifest[name])
                continue
            sys.exit(f'{path}: error: missing from the release folder')
        header, rows = read_rows(path)
        missing = [c for c in columns if c not in header]
        if missing:
            sys.exit(f'{path}:1: error: the table has no column “{missing[0]}”')
        shutil.copyfile(path, os.path.join(out, name))
        row = source_manifest.get(name) or old_manifest.get(name, {})
        file_release = (per_file.get(name)
                        or (source_manifest.get(name, {}).get('Release')
                            if not args.release else None)
                        or (row.get('Release') if name in extras else None)
                        or ('SOC 2018' if name.endswith('.csv') else release))
        manifest.append({'File': name, 'Release': file_release, 'Rows': str(len(rows)),
                         'Adds To': row.get('Adds To', ''), 'Note': row.get('Note', '')})

    with open(os.path.join(out, MANIFEST), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(MANIFEST_COLUMNS) + '\n')
        for row in manifest:
            f.write('\t'.join(row.get(c, '') for c in MANIFEST_COLUMNS) + '\n')
    print(f'{out}: {len(manifest)} files, release {release}')


if __name__ == '__main__':
    main()
