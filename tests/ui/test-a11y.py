#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader sees: start Framewright on the sample under a session bus with the
accessibility bus, walk its AT-SPI tree and check that the statements and the main controls
are exposed with names. Prints TAP; skips when no accessibility bus can be had.

usage: test-a11y.py PATH-TO-framewright [SAMPLE]
"""
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
import time


def reexec_with_system_python():
    """The AT-SPI bindings come from Debian packages: use the system interpreter."""
    system = '/usr/bin/python3'
    if os.path.realpath(sys.executable) != os.path.realpath(system) and os.path.exists(system) \
            and not os.environ.get('FW_A11Y_REEXEC'):
        os.environ['FW_A11Y_REEXEC'] = '1'
        os.execv(system, [system] + sys.argv)


def skip_all(reason):
    print('1..0 # SKIP ' + reason)
    sys.exit(0)


try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError):
    reexec_with_system_python()
    skip_all('AT-SPI bindings (gir1.2-atspi-2.0) are not installed')

try:
    import pyatspi
except ImportError:
    pyatspi = None


def ensure_session_bus():
    if os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        return
    runner = shutil.which('dbus-run-session')
    if runner is None or os.environ.get('FW_A11Y_IN_SESSION'):
        skip_all('no D-Bus session bus')
    os.environ['FW_A11Y_IN_SESSION'] = '1'
    os.execv(runner, [runner, '--', sys.executable] + sys.argv)


def start_a11y_bus():
    """Asks the session bus for the accessibility bus (at-spi-bus-launcher)."""
    # The launcher can be slow to start on a loaded machine (the sanitizer build runs beside
    # other tests): keep asking for a while rather than skip a test that could have run.
    scale = max(1, int(os.environ.get('FW_TEST_TIME_SCALE', '1') or 1))
    deadline = time.time() + 60 * scale
    while True:
        try:
            out = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                                  '--object-path', '/org/a11y/bus', '--method',
                                  'org.a11y.Bus.GetAddress'],
                                 capture_output=True, text=True, timeout=30)
            if out.returncode == 0 and 'unix:' in out.stdout:
                return True
        except OSError:
            return False
        except subprocess.TimeoutExpired:
            pass
        if time.time() >= deadline:
            return False
        time.sleep(1)


class HeldDisplay:
    """A connection to the X server, held while the test runs.

    Xvfb, as xvfb-run starts it, resets itself whenever its last client disconnects, and the
    reset drops a client that connected meanwhile and was not answered yet: that client's
    XOpenDisplay fails, and GTK prints "cannot open display". Here the previous test's process
    has just left, and then the accessibility bus launcher and libatspi each connect and
    disconnect right before the application does. Holding a connection of our own (made again
    until the server answers) keeps the server from resetting under the application."""

    def __init__(self, timeout):
        self.libx11 = None
        self.display = None
        try:
            self.libx11 = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
        except OSError:
            return
        self.libx11.XOpenDisplay.restype = ctypes.c_void_p
        self.libx11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.libx11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        deadline = time.time() + timeout
        while True:
            self.display = self.libx11.XOpenDisplay(None)
            if self.display or time.time() >= deadline:
                return
            time.sleep(0.05)

    def release(self):
        if self.display:
            self.libx11.XCloseDisplay(self.display)
            self.display = None


def desktop():
    if pyatspi is not None:
        return pyatspi.Registry.getDesktop(0)
    return Atspi.get_desktop(0)


def children(node):
    try:
        count = node.get_child_count()
    except Exception:
        return []
    result = []
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            child = None
        if child is not None:
            result.append(child)
    return result


def find_app(pid, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for app in children(desktop()):
            try:
                if app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


def walk(node, depth=0, limit=60):
    yield node
    if depth >= limit:
        return
    for child in children(node):
        yield from walk(child, depth + 1, limit)


def describe(node):
    try:
        return node.get_role_name(), node.get_name() or ''
    except Exception:
        return '?', ''


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, condition, name, detail=''):
        self.n += 1
        if condition:
            print('ok %d %s' % (self.n, name))
        else:
            self.failed += 1
            print('not ok %d %s' % (self.n, name))
            for line in detail.splitlines():
                print('# ' + line)


def main():
    if len(sys.argv) < 2:
        print('usage: test-a11y.py FRAMEWRIGHT [SAMPLE]', file=sys.stderr)
        return 2
    program = os.path.abspath(sys.argv[1])
    root = os.environ.get('FW_SOURCE_ROOT', os.path.join(os.path.dirname(__file__), '..', '..'))
    sample = sys.argv[2] if len(sys.argv) > 2 else \
        os.path.join(root, 'data', 'samples', 'radiologic-technologists.fwk')

    ensure_session_bus()
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        skip_all('no display')
    scale = max(1, int(os.environ.get('FW_TEST_TIME_SCALE', '1') or 1))
    held = HeldDisplay(10 * scale) if os.environ.get('DISPLAY') else None
    try:
        return run(program, sample)
    finally:
        if held is not None:
            held.release()


def run(program, sample):
    if not start_a11y_bus():
        skip_all('the accessibility bus (at-spi-bus-launcher) cannot start')

    home = tempfile.mkdtemp(prefix='framewright-a11y-')
    env = dict(os.environ)
    for key in ('GTK_A11Y', 'NO_AT_BRIDGE', 'FW_EXIT_AFTER_FIRST_FRAME'):
        env.pop(key, None)
    env.update({
        'GSETTINGS_BACKEND': 'memory',
        'XDG_DATA_HOME': os.path.join(home, 'data'),
        'XDG_CONFIG_HOME': os.path.join(home, 'config'),
        'ADW_DISABLE_PORTAL': '1',
        'GTK_USE_PORTAL': '0',
    })
    app_process = subprocess.Popen([program, sample], env=env)
    tap = Tap()
    try:
        # Start-up is slow on a loaded machine, slower still under the sanitizers.
        scale = max(1, int(os.environ.get('FW_TEST_TIME_SCALE', '1') or 1))
        app = find_app(app_process.pid, 90 * scale)
        if app is None:
            if app_process.poll() is not None:
                # An application that died is a failure, not a reason to skip.
                print('1..1')
                print('not ok 1 the application exited with status %d before it appeared'
                      % app_process.returncode)
                return 1
            print('1..0 # SKIP the application never appeared on the accessibility bus')
            return 0
        # Let the window fill in (the document loads in a worker thread).
        time.sleep(2)
        nodes = [describe(node) for node in walk(app)]

        print('1..7')
        statements = [name for role, name in nodes if name.startswith('Statement: ')]
        tap.ok(len(statements) >= 4, 'statements are exposed with their headlines',
               'found %d statement rows' % len(statements))
        headlines = [1 for role, name in nodes if name == 'Headline']
        bodies = [1 for role, name in nodes if name == 'Body']
        tap.ok(len(headlines) == len(statements) and len(bodies) == len(statements),
               'each statement has a named headline and body field',
               '%d headlines, %d bodies, %d statements' % (len(headlines), len(bodies),
                                                           len(statements)))
        names = set(name for role, name in nodes)
        for wanted in ('Save the framework', 'Open a framework', 'Main menu'):
            # GTK 4.8 appends a button's own label to its accessible label.
            tap.ok(any(name.startswith(wanted) for name in names),
                   'header bar control "%s" is named' % wanted)
        sections = {'Overview', 'Proficiency Levels', 'Problems'}
        tap.ok(sections <= names, 'the sections sidebar is named',
               'missing: %s' % ', '.join(sorted(sections - names)))
        # Without a name, GTK falls back to the widget's type name ("GtkMenuButton").
        unnamed = ['%s %s' % (role, name) for role, name in nodes
                   if role in ('push button', 'toggle button', 'check box', 'spin button',
                               'text', 'entry', 'menu button', 'combo box')
                   and (not name or name.startswith(('Gtk', 'Adw')))]
        tap.ok(not unnamed, 'every control has an accessible name',
               'unnamed controls: %s' % ', '.join(unnamed[:20]))
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        shutil.rmtree(home, ignore_errors=True)
    return 1 if tap.failed else 0


if __name__ == '__main__':
    sys.exit(main())
