#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The curriculum matrix as a screen reader sees it: start Framewright on the radiography map
under a session bus with the accessibility bus, find the matrix's cells over AT-SPI by their
names ("RAD110, Patient positioning on the examining table: Introduced"), then move the cursor
and cycle a cell with the keyboard and check that the cell's name says its new depth. Prints
TAP; skips when no accessibility bus can be had.

usage: test-a11y-map.py PATH-TO-framewright [MAP]
"""
import importlib.machinery
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# The helpers of the framework window's AT-SPI test (bus set-up, tree walking, TAP).
common = importlib.machinery.SourceFileLoader(
    'fw_a11y_common', os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                   'test-a11y.py')).load_module()
Atspi = common.Atspi

CELL_NAME = re.compile(r'^[A-Z]+ ?\d+[A-Z]?, .+: (Not mapped|Introduced|Reinforced|Mastered)$')
KEY_SPACE, KEY_ESCAPE, KEY_RIGHT, KEY_DOWN, KEY_HOME = 0x20, 0xff1b, 0xff53, 0xff54, 0xff50
KEY_PAGE_DOWN = 0xff56


def press(keysym):
    Atspi.generate_keyboard_event(keysym, None,
                                  Atspi.KeySynthType.PRESSRELEASE | Atspi.KeySynthType.SYM)
    time.sleep(0.4)


def role(node):
    try:
        return node.get_role_name()
    except Exception:
        return '?'


def cells(grid):
    return [child for child in common.children(grid) if role(child) == 'table cell']


def names(grid):
    return [common.describe(cell)[1] for cell in cells(grid)]


def selected(grid):
    for cell in cells(grid):
        try:
            if cell.get_state_set().contains(Atspi.StateType.SELECTED):
                return cell.get_name()
        except Exception:
            pass
    return None


def wait_for(condition, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    return condition()


def cycle_somewhere(grid):
    """Walks the cursor over the first rows with the arrow keys and presses Space on mapped
    cells until one cycles in place (Space opens the outcomes popover on a cell that several
    outcomes of its course map: Escape closes it). Returns (before, after) or None."""
    for _ in range(6):
        press(KEY_HOME)
        for _ in range(10):
            before = selected(grid)
            if before and not before.endswith(': Not mapped'):
                press(KEY_SPACE)
                after = selected(grid)
                if after and after != before:
                    return before, after
                press(KEY_ESCAPE)
            press(KEY_RIGHT)
        press(KEY_DOWN)
    return None


def main():
    if len(sys.argv) < 2:
        print('usage: test-a11y-map.py FRAMEWRIGHT [MAP]', file=sys.stderr)
        return 2
    program = os.path.abspath(sys.argv[1])
    root = os.environ.get('FW_SOURCE_ROOT', os.path.join(os.path.dirname(__file__), '..', '..'))
    map_path = sys.argv[2] if len(sys.argv) > 2 else \
        os.path.join(root, 'tests', 'data', 'map', 'radiography.fwmap')

    common.ensure_session_bus()
    if not os.environ.get('DISPLAY'):
        common.skip_all('no X display (the keyboard is simulated with XTest)')
    if not common.start_a11y_bus():
        common.skip_all('the accessibility bus (at-spi-bus-launcher) cannot start')

    home = tempfile.mkdtemp(prefix='framewright-a11y-map-')
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
    app_process = subprocess.Popen([program, map_path], env=env)
    tap = common.Tap()
    try:
        scale = max(1, int(os.environ.get('FW_TEST_TIME_SCALE', '1') or 1))
        app = common.find_app(app_process.pid, 90 * scale)
        if app is None:
            if app_process.poll() is not None:
                print('1..1')
                print('not ok 1 the application exited with status %d before it appeared'
                      % app_process.returncode)
                return 1
            print('1..0 # SKIP the application never appeared on the accessibility bus')
            return 0

        def find_grid():
            for node in common.walk(app):
                if role(node) == 'table' and cells(node):
                    return node
            return None
        grid = wait_for(find_grid, 30 * scale)

        print('1..8')
        tap.ok(grid is not None, 'the matrix is a grid with cells')
        if grid is None:
            return 1
        shown = names(grid)
        bad = [name for name in shown if not CELL_NAME.match(name)]
        tap.ok(len(shown) >= 50 and not bad,
               'every cell in view is named "COURSE, Statement: depth"',
               '%d cells; badly named: %s' % (len(shown), bad[:5]))
        wanted = 'RAD110, Patient positioning on the examining table: Introduced'
        tap.ok(wanted in shown, 'a cell is found by its name', 'no "%s" among %s'
               % (wanted, shown[:12]))
        tap.ok(any(name.startswith('RAD250, ') for name in shown)
               and any(name.endswith(': Not mapped') for name in shown)
               and any(name.endswith(': Mastered') for name in shown),
               'cells name every course and depth, "not mapped" included')

        # The keyboard goes to the window under the pointer (Xvfb has no window manager): a
        # click in the matrix's corner, which holds no cell, gives it the focus.
        extents = grid.get_extents(Atspi.CoordType.SCREEN)
        Atspi.generate_mouse_event(extents.x + 20, extents.y + 20, 'b1c')
        focused = wait_for(lambda: grid.get_state_set().contains(Atspi.StateType.FOCUSED), 5)
        first = selected(grid)
        press(KEY_RIGHT)
        second = selected(grid)
        tap.ok(focused and first and second and first != second
               and first.split(', ', 1)[1].rsplit(':', 1)[0]
               == second.split(', ', 1)[1].rsplit(':', 1)[0],
               'the cursor\'s cell is the selected one and follows the arrow keys',
               'before: %s; after Right: %s' % (first, second))

        cycled = cycle_somewhere(grid)
        ok = cycled is not None
        if ok:
            before, after = cycled
            ok = before.rsplit(': ', 1)[0] == after.rsplit(': ', 1)[0] \
                and CELL_NAME.match(after) is not None
        tap.ok(ok, 'Space cycles a cell and its name says the new depth',
               'before/after: %s' % (cycled,))

        # Each cell sits where it is drawn: a click at its middle makes it the cursor's cell.
        misplaced = []
        shown_cells = cells(grid)
        for cell in shown_cells[len(shown_cells) // 5::len(shown_cells) // 4][:3]:
            box = cell.get_extents(Atspi.CoordType.SCREEN)
            name = cell.get_name()
            Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, 'b1c')
            time.sleep(0.6)
            press(KEY_ESCAPE)  # the click opened the cell's outcomes
            if selected(grid) != name:
                misplaced.append('%s (at %d,%d): selected %s' % (name, box.x, box.y,
                                                                selected(grid)))
        tap.ok(not misplaced, 'a cell is placed over the cell it names', '\n'.join(misplaced))

        # Cells follow the matrix as it scrolls: Page Down brings later statements' cells.
        before_scroll = set(names(grid))
        for _ in range(6):
            press(KEY_PAGE_DOWN)
        after_scroll = set(names(grid))
        last = selected(grid)
        tap.ok(last is not None and last in after_scroll and last not in before_scroll
               and len(after_scroll - before_scroll) >= len(after_scroll) // 2,
               'after Page Down the cells in view are those of the rows scrolled to',
               'selected: %s; %d of %d names new' % (last, len(after_scroll - before_scroll),
                                                     len(after_scroll)))
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
