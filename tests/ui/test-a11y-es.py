#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Framewright in Spanish, as a screen reader sees it: start the app on the sample under
es_ES.UTF-8 with the catalogue of the build tree (FW_LOCALEDIR), open the New Framework dialog
through the application's exported actions, and check over AT-SPI that the sections sidebar,
the header bar and the dialog speak Spanish, and that no control is left with an English
label that po/es.po translates. Prints TAP; skips when no accessibility bus can be had.

usage: test-a11y-es.py PATH-TO-framewright BUILD-PO-DIR [SAMPLE]
"""
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
APP_ID = 'org.framewright.Framewright'

# The AT-SPI helpers of the English test: the bus, the tree walk, TAP.
_spec = importlib.util.spec_from_file_location('fw_a11y', os.path.join(HERE, 'test-a11y.py'))
a11y = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(a11y)


def has_spanish_locale():
    out = subprocess.run(['locale', '-a'], capture_output=True, text=True)
    return any(re.fullmatch(r'es_ES\.utf-?8', line.strip(), re.I)
               for line in out.stdout.splitlines())


def private_spanish_locale(directory):
    """Builds es_ES.UTF-8 under @directory for LOCPATH when the system lacks it (./dev test
    generates it system-wide); None when localedef cannot."""
    if shutil.which('localedef') is None:
        return None
    target = os.path.join(directory, 'es_ES.UTF-8')
    os.makedirs(directory, exist_ok=True)
    result = subprocess.run(['localedef', '-i', 'es_ES', '-f', 'UTF-8', target],
                            capture_output=True, text=True)
    # localedef exits 1 on mere warnings, having written the locale all the same.
    return directory if result.returncode in (0, 1) and \
        os.path.exists(os.path.join(target, 'LC_CTYPE')) else None


def translations(po_path):
    """English → Spanish for the single-form messages of po/es.po, mnemonics removed."""
    table = {}
    entry = {}
    key = None
    with open(po_path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('msgid '):
                entry = {'msgid': line[7:-1]}
                key = 'msgid'
            elif line.startswith('msgstr '):
                entry['msgstr'] = line[8:-1]
                key = 'msgstr'
            elif line.startswith('"') and key is not None:
                entry[key] = entry.get(key, '') + line[1:-1]
            elif not line.strip():
                if entry.get('msgid') and entry.get('msgstr'):
                    table[entry['msgid'].replace('_', '')] = entry['msgstr'].replace('_', '')
                entry = {}
                key = None
    if entry.get('msgid') and entry.get('msgstr'):
        table[entry['msgid'].replace('_', '')] = entry['msgstr'].replace('_', '')
    return table


def activate_app_action(name):
    return subprocess.run(['gdbus', 'call', '--session', '--dest', APP_ID,
                           '--object-path', '/' + APP_ID.replace('.', '/'),
                           '--method', 'org.gtk.Actions.Activate', name, '[]', '{}'],
                          capture_output=True, text=True, timeout=30)


def window_names(app):
    return [a11y.describe(child)[1] for child in a11y.children(app)]


def wait_for(predicate, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return predicate()


def main():
    if len(sys.argv) < 3:
        print('usage: test-a11y-es.py FRAMEWRIGHT BUILD-PO-DIR [SAMPLE]', file=sys.stderr)
        return 2
    program = os.path.abspath(sys.argv[1])
    localedir = os.path.abspath(sys.argv[2])
    root = os.environ.get('FW_SOURCE_ROOT', os.path.join(HERE, '..', '..'))
    sample = sys.argv[3] if len(sys.argv) > 3 else \
        os.path.join(root, 'data', 'samples', 'radiologic-technologists.fwk')

    a11y.ensure_session_bus()
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        a11y.skip_all('no display')
    if not start_bus():
        a11y.skip_all('the accessibility bus (at-spi-bus-launcher) cannot start')

    home = tempfile.mkdtemp(prefix='framewright-a11y-es-')
    env = dict(os.environ)
    for key in ('GTK_A11Y', 'NO_AT_BRIDGE', 'FW_EXIT_AFTER_FIRST_FRAME', 'LC_ALL',
                'LC_MESSAGES'):
        env.pop(key, None)
    if not has_spanish_locale():
        locpath = private_spanish_locale(os.path.join(home, 'locales'))
        if locpath is None:
            shutil.rmtree(home, ignore_errors=True)
            a11y.skip_all('no es_ES.UTF-8 locale, and localedef cannot make one')
        env['LOCPATH'] = locpath
    env.update({
        'LANGUAGE': 'es',
        'LANG': 'es_ES.UTF-8',
        'FW_LOCALEDIR': localedir,
        'GSETTINGS_BACKEND': 'memory',
        'XDG_DATA_HOME': os.path.join(home, 'data'),
        'XDG_CONFIG_HOME': os.path.join(home, 'config'),
        'ADW_DISABLE_PORTAL': '1',
        'GTK_USE_PORTAL': '0',
    })
    table = translations(os.path.join(root, 'po', 'es.po'))
    app_process = subprocess.Popen([program, sample], env=env)
    tap = a11y.Tap()
    try:
        scale = max(1, int(os.environ.get('FW_TEST_TIME_SCALE', '1') or 1))
        app = a11y.find_app(app_process.pid, 90 * scale)
        if app is None:
            if app_process.poll() is not None:
                print('1..1')
                print('not ok 1 the application exited with status %d before it appeared'
                      % app_process.returncode)
                return 1
            print('1..0 # SKIP the application never appeared on the accessibility bus')
            return 0
        time.sleep(2)
        nodes = [a11y.describe(node) for node in a11y.walk(app)]
        names = set(name for role, name in nodes)

        print('1..8')
        sections = {'Resumen', 'Niveles de dominio', 'Fluidez en IA', 'Competencias duraderas',
                    'Evidencias', 'Fuentes', 'Correcciones', 'Problemas'}
        tap.ok(sections <= names, 'the sections sidebar is in Spanish',
               'missing: %s' % ', '.join(sorted(sections - names)))
        english = {'Overview', 'Proficiency Levels', 'Durable Skills', 'Sources', 'Problems'}
        tap.ok(not (english & names), 'the sidebar has no English section left',
               'found: %s' % ', '.join(sorted(english & names)))
        for wanted in ('Guardar el marco', 'Abrir un marco', 'Menú principal'):
            # GTK 4.8 appends a button's own label to its accessible label.
            tap.ok(any(name.startswith(wanted) for name in names),
                   'header bar control "%s" is named in Spanish' % wanted)
        # A control still labelled with an English message that es.po translates was built
        # from a string that never reached gettext. Statements are the sample's own content,
        # and so are its level labels, which NSX requires in English (the level lists take
        # their names from them).
        content = {'Emerging', 'Developing', 'Proficient', 'Advanced'}
        untranslated = sorted(set(
            '%s "%s"' % (role, name) for role, name in nodes
            if name in table and table[name] != name and name not in content
            and role not in ('text', 'paragraph', 'document text', 'label')))
        tap.ok(not untranslated, 'no control keeps an English label that es.po translates',
               'English: %s' % ', '.join(untranslated[:20]))

        result = activate_app_action('new-framework')
        tap.ok(result.returncode == 0, 'the New Framework action can be activated',
               result.stderr)
        titles = wait_for(lambda: [n for n in window_names(app) if n == 'Marco nuevo'],
                          20 * scale)
        dialog_text = set()
        for child in a11y.children(app):
            if a11y.describe(child)[1] == 'Marco nuevo':
                dialog_text = set(name for role, name in
                                  (a11y.describe(n) for n in a11y.walk(child)))
        spanish = {'Elija la ocupación', 'Buscar ocupaciones', 'No hay datos de O*NET'}
        tap.ok(titles and dialog_text & spanish,
               'the New Framework dialog is titled and labelled in Spanish',
               'windows: %s\ndialog: %s' % (', '.join(window_names(app)),
                                             ', '.join(sorted(dialog_text))[:800]))
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        shutil.rmtree(home, ignore_errors=True)
    return 1 if tap.failed else 0


def start_bus():
    return a11y.start_a11y_bus()


if __name__ == '__main__':
    sys.exit(main())
