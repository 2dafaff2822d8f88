#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.py [SOURCE-ROOT]
#
# Every language in po/LINGUAS translates every message of the sources, and nothing of it is
# fuzzy: the template is extracted afresh from the files po/POTFILES.in lists, with the keywords
# of meson's 'glib' gettext preset (po/meson.build), merged into each catalogue, and whatever
# comes out untranslated or fuzzy is listed. Each catalogue must also compile with
# `msgfmt -c --check-format`. Prints TAP.

import os
import shutil
import subprocess
import sys
import tempfile

# meson's i18n module, preset 'glib': keep in step with po/meson.build.
XGETTEXT_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

# At most this many messages are quoted per failure, so that the log stays readable.
SHOWN = 25

count = 0
failed = False


def ok(good, description, details=()):
    global count, failed
    count += 1
    print('%s %d - %s' % ('ok' if good else 'not ok', count, description))
    if not good:
        failed = True
        for line in details:
            print('#   ' + line)


def run(argv, **kwargs):
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def msgids(po_text):
    """The msgids of a catalogue (first line of each), without the header."""
    ids = []
    lines = po_text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith('msgid '):
            text = lines[i][6:].strip('"')
            i += 1
            while i < len(lines) and lines[i].startswith('"'):
                text += lines[i].strip('"')
                i += 1
            if text:
                ids.append(text)
            continue
        i += 1
    return ids


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    os.chdir(top)

    for tool in ('xgettext', 'msgmerge', 'msgattrib', 'msgfmt'):
        if shutil.which(tool) is None:
            print('1..0 # SKIP %s is not installed' % tool)
            return 0

    with open('po/LINGUAS', encoding='utf-8') as f:
        languages = [w for line in f if not line.lstrip().startswith('#') for w in line.split()]
    ok('es' in languages, 'po/LINGUAS lists es')

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'framewright.pot')
        result = run(['xgettext', *XGETTEXT_ARGS, '--files-from=po/POTFILES.in',
                      '--directory=.', '--package-name=framewright', '-o', pot])
        ok(result.returncode == 0 and os.path.exists(pot),
           'xgettext extracts the template from po/POTFILES.in',
           result.stderr.splitlines())
        if result.returncode != 0 or not os.path.exists(pot):
            print('1..%d' % count)
            return 1
        with open(pot, encoding='utf-8') as f:
            n_messages = len(msgids(f.read()))
        ok(n_messages > 0, 'the template holds %d messages' % n_messages)

        for lang in languages:
            po = os.path.join('po', lang + '.po')
            if not os.path.exists(po):
                ok(False, '%s is missing' % po)
                continue

            result = run(['msgfmt', '-c', '--check-format', '--statistics', '-o', os.devnull, po])
            ok(result.returncode == 0, '%s compiles with msgfmt -c --check-format (%s)'
               % (po, result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ''),
               result.stderr.splitlines())

            merged = os.path.join(tmp, lang + '.po')
            result = run(['msgmerge', '--quiet', '--no-wrap', '-o', merged, po, pot])
            ok(result.returncode == 0, '%s merges with the template' % po,
               result.stderr.splitlines())
            if result.returncode != 0:
                continue

            for what, option in (('untranslated', '--untranslated'), ('fuzzy', '--only-fuzzy')):
                result = run(['msgattrib', '--no-obsolete', '--no-wrap', option, merged])
                ids = msgids(result.stdout)
                shown = ['"%s"' % i for i in ids[:SHOWN]]
                if len(ids) > SHOWN:
                    shown.append('… and %d more' % (len(ids) - SHOWN))
                ok(result.returncode == 0 and not ids,
                   'no message of the sources is %s in %s (%d found)' % (what, po, len(ids)),
                   shown + ['Translate them in %s (msgmerge it with a fresh template first).'
                            % po])

            # The merged catalogue is what a build with the current sources would install.
            result = run(['msgfmt', '-c', '--check-format', '-o', os.devnull, merged])
            ok(result.returncode == 0,
               '%s checks against the current sources with msgfmt -c --check-format' % po,
               result.stderr.splitlines())

    print('1..%d' % count)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
