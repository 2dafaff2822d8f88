#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fw-edit-fwmap.py FILE EDIT... — edits a .fwmap in place, as an author would in the app.
#   map:OUTCOME,STATEMENT,DEPTH   add a mapping, or change its depth (I, R or M)
#   unmap:OUTCOME,STATEMENT       remove a mapping
#   program:FIELD=VALUE           set a program field (name, institution, …)
#   course:CODE,TITLE             append a course
#   uncourse:CODE                 remove a course
#   outcome:CODE,ID,TEXT          append an outcome to a course
#   text:ID=TEXT                  change an outcome's text

import json
import sys


def main():
    path = sys.argv[1]
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    for edit in sys.argv[2:]:
        op, arg = edit.split(':', 1)
        if op == 'map':
            outcome, statement, depth = arg.rsplit(',', 2)
            for m in doc['mappings']:
                if m['outcome'] == outcome and m['statement'] == statement:
                    m['depth'] = depth
                    break
            else:
                doc['mappings'].append({'outcome': outcome, 'statement': statement,
                                        'depth': depth, 'note': ''})
        elif op == 'unmap':
            outcome, statement = arg.rsplit(',', 1)
            doc['mappings'] = [m for m in doc['mappings']
                               if (m['outcome'], m['statement']) != (outcome, statement)]
        elif op == 'program':
            field, value = arg.split('=', 1)
            doc['program'][field] = value
        elif op == 'course':
            code, title = arg.split(',', 1)
            doc['courses'].append({'code': code, 'title': title, 'credits': '3', 'term': '',
                                   'outcomes': []})
        elif op == 'uncourse':
            doc['courses'] = [c for c in doc['courses'] if c['code'] != arg]
        elif op == 'outcome':
            code, oid, text = arg.split(',', 2)
            next(c for c in doc['courses'] if c['code'] == code)['outcomes'].append(
                {'id': oid, 'text': text})
        elif op == 'text':
            oid, text = arg.split('=', 1)
            for c in doc['courses']:
                for o in c['outcomes']:
                    if o['id'] == oid:
                        o['text'] = text
        else:
            sys.exit('unknown edit ' + edit)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write('\n')


main()
