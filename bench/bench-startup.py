#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up to the first frame: Framewright with a framework open against a bare window.

Runs both programs in turn (bare, framewright, bare, framewright, ...), each with
FW_EXIT_AFTER_FIRST_FRAME=1: a program prints "first-frame-us T" (wall clock, microseconds)
once its first frame has been drawn and then quits. The time to the first frame is T minus
the moment just before the process was started; the whole run (to exit) is timed too.
Interleaving makes a slow moment of a shared machine hit both programs alike; the medians
and the median of the pairwise ratios are the figures to quote. The CPU time each process
used (user + system, from wait4) is printed too: it is the figure least disturbed by other
work on a busy machine, though it leaves out what the X server does for the program.

    bench-startup.py BUILD_DIR SAMPLE RUNS [WARMUP]

Call it through bench-startup.sh, which provides a display and a session bus.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv, env):
    """Returns the time to the first frame, the whole run and the CPU time, in ms."""
    with tempfile.TemporaryFile() as err:
        start = time.time_ns() // 1000
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        end = time.time_ns() // 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode(errors='replace')
    first = None
    for line in text.splitlines():
        if line.startswith('first-frame-us '):
            first = int(line.split()[1])
    if proc.returncode != 0 or first is None:
        sys.exit('bench-startup: %s exited with %d without drawing a frame:\n%s'
                 % (argv[0], proc.returncode, text))
    cpu = (usage.ru_utime + usage.ru_stime) * 1000.0
    return (first - start) / 1000.0, (end - start) / 1000.0, cpu


def describe(name, values):
    return '%-24s median %7.1f ms   min %7.1f   max %7.1f' % (
        name, statistics.median(values), min(values), max(values))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    build, sample, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    warmup = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    app = os.path.join(build, 'src', 'app', 'framewright')
    bare = os.path.join(build, 'bench', 'bare-window')
    for program in (app, bare):
        if not os.access(program, os.X_OK):
            sys.exit('bench-startup: %s is missing; build first (meson compile -C %s)'
                     % (program, build))

    # FW_EXIT_AFTER_FIRST_FRAME is a test hook: a build without them never quits on its own.
    with open(os.path.join(build, 'config.h')) as config:
        if '#define FW_TEST_HOOKS' not in config.read():
            sys.exit('bench-startup: %s was built without the test hooks; configure it with '
                     '-Dtest_hooks=true' % build)

    scratch = tempfile.TemporaryDirectory(prefix='fw-bench-startup-')
    env = dict(os.environ)
    # The same conditions for both: private data and settings, no portals, no a11y bus.
    env.update({
        'XDG_DATA_HOME': os.path.join(scratch.name, 'data'),
        'XDG_CONFIG_HOME': os.path.join(scratch.name, 'config'),
        'GSETTINGS_BACKEND': 'memory',
        'GSETTINGS_SCHEMA_DIR': os.path.join(build, 'data'),
        'ADW_DISABLE_PORTAL': '1',
        'GTK_USE_PORTAL': '0',
        'GTK_A11Y': 'none',
        'NO_AT_BRIDGE': '1',
        'FW_EXIT_AFTER_FIRST_FRAME': '1',
    })
    for key in ('G_DEBUG', 'G_MESSAGES_DEBUG'):
        env.pop(key, None)

    frame = {'bare': [], 'app': []}
    total = {'bare': [], 'app': []}
    cpu = {'bare': [], 'app': []}
    ratios = []
    for i in range(warmup + runs):
        bare_frame, bare_total, bare_cpu = run_once([bare], env)
        app_frame, app_total, app_cpu = run_once([app, sample], env)
        if i < warmup:
            continue
        frame['bare'].append(bare_frame)
        frame['app'].append(app_frame)
        total['bare'].append(bare_total)
        total['app'].append(app_total)
        cpu['bare'].append(bare_cpu)
        cpu['app'].append(app_cpu)
        ratios.append(app_frame / bare_frame)

    print('%d interleaved runs each after %d warm-up pairs; load average %s'
          % (runs, warmup, ' '.join(open('/proc/loadavg').read().split()[:3])))
    print('time to the first frame:')
    print('  ' + describe('bare libadwaita window', frame['bare']))
    print('  ' + describe('framewright + sample', frame['app']))
    print('whole process (to exit):')
    print('  ' + describe('bare libadwaita window', total['bare']))
    print('  ' + describe('framewright + sample', total['app']))
    print('CPU time of the process (user + system; the least disturbed by other load):')
    print('  ' + describe('bare libadwaita window', cpu['bare']))
    print('  ' + describe('framewright + sample', cpu['app']))
    print('ratio of the CPU medians:           %.2f'
          % (statistics.median(cpu['app']) / statistics.median(cpu['bare'])))
    ratio = statistics.median(frame['app']) / statistics.median(frame['bare'])
    print('ratio of the medians (first frame): %.2f' % ratio)
    print('median of the pairwise ratios:      %.2f   (min %.2f, max %.2f)'
          % (statistics.median(ratios), min(ratios), max(ratios)))
    print('goal 1.2, limit 1.5')
    return 0 if ratio <= 1.5 else 1


if __name__ == '__main__':
    sys.exit(main())
