#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the soname of a shared library: the name a program linked against it would record
as NEEDED, and so the name to open it by at run time.

    find-soname.py LIBRARY [DIR ...] -- COMPILER [ARG ...]

LIBRARY is the file the linker would take (libgit2.so). It is looked for in each DIR (the
pkg-config libdir), then wherever the compiler finds it (-print-file-name), and its ELF
dynamic section is read for DT_SONAME. Exits with status 1 and a message when it cannot.
"""

import os
import struct
import subprocess
import sys

SHT_DYNAMIC = 6
DT_NULL = 0
DT_SONAME = 14


def locate(library, dirs, compiler):
    for directory in filter(None, dirs):
        path = os.path.join(directory, library)
        if os.path.exists(path):
            return path
    if compiler:
        found = subprocess.run(compiler + ['-print-file-name=' + library],
                               capture_output=True, text=True).stdout.strip()
        # Without a match the compiler echoes the bare name back.
        if os.path.isabs(found) and os.path.exists(found):
            return found
    raise LookupError(library + ' not found in ' + ' '.join(dirs) + ' nor by the compiler')


def soname(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:4] != b'\x7fELF':
        raise LookupError(path + ' is not an ELF file (a linker script?)')
    is64 = data[4] == 2
    order = '<' if data[5] == 1 else '>'
    if is64:
        (shoff,) = struct.unpack_from(order + 'Q', data, 0x28)
        shentsize, shnum = struct.unpack_from(order + 'HH', data, 0x3A)
        header, entry = order + 'IIQQQQI', order + 'qQ'
    else:
        (shoff,) = struct.unpack_from(order + 'I', data, 0x20)
        shentsize, shnum = struct.unpack_from(order + 'HH', data, 0x2E)
        header, entry = order + 'IIIIIII', order + 'iI'
    sections = []  # (type, offset, size, link) of every section
    for i in range(shnum):
        _, kind, _, _, offset, size, link = struct.unpack_from(header, data,
                                                               shoff + i * shentsize)
        sections.append((kind, offset, size, link))
    for kind, offset, size, link in sections:
        if kind != SHT_DYNAMIC:
            continue
        strings = sections[link][1]
        for pos in range(offset, offset + size, struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, pos)
            if tag == DT_NULL:
                break
            if tag == DT_SONAME:
                start = strings + value
                return data[start:data.index(b'\0', start)].decode()
    raise LookupError(path + ' has no soname')


def main(argv):
    split = argv.index('--') if '--' in argv else len(argv)
    library, dirs, compiler = argv[1], argv[2:split], argv[split + 1:]
    try:
        print(soname(locate(library, dirs, compiler)))
    except (LookupError, OSError, struct.error) as e:
        print('find-soname.py: ' + str(e), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
