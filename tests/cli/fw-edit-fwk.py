#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fw-edit-fwk.py FILE EDIT...
#
# Edits a .fwk (or NSX JSON) file in place for the CLI tests, keeping the writer's layout
# (two-space indent, no ASCII escapes) so that git sees only the lines an author would touch.
#   set:PATH=VALUE       set a string (PATH like levels.developing.statements.2.body)
#   insert:PATH.N=TEXT   insert a statement "Headline — body" (.fwk: with id st-TEXT-hash)
#   delete:PATH.N        remove a list element
#   move:PATH.N>PATH.M   move a list element
import hashlib
import json
import sys


def walk(root, path):
    node = root
    for part in path:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def main():
    name = sys.argv[1]
    with open(name, encoding='utf-8') as f:
        doc = json.load(f)
    for edit in sys.argv[2:]:
        verb, _, arg = edit.partition(':')
        if verb == 'set':
            path, _, value = arg.partition('=')
            parts = path.split('.')
            parent = walk(doc, parts[:-1])
            key = parts[-1]
            parent[int(key) if isinstance(parent, list) else key] = value
        elif verb == 'insert':
            path, _, text = arg.partition('=')
            parts = path.split('.')
            target = walk(doc, parts[:-1])
            if doc.get('format') == 'framewright':
                headline, _, body = text.partition(' \u2014 ')
                ident = 'st-' + hashlib.sha1(text.encode()).hexdigest()[:12]
                item = {'id': ident, 'headline': headline, 'body': body, 'citations': []}
            else:
                item = text
            target.insert(int(parts[-1]), item)
        elif verb == 'delete':
            parts = arg.split('.')
            del walk(doc, parts[:-1])[int(parts[-1])]
        elif verb == 'move':
            source, _, dest = arg.partition('>')
            sparts, dparts = source.split('.'), dest.split('.')
            item = walk(doc, sparts[:-1]).pop(int(sparts[-1]))
            walk(doc, dparts[:-1]).insert(int(dparts[-1]), item)
        else:
            sys.exit('unknown edit ' + edit)
    with open(name, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write('\n')


main()
