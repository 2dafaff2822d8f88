#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times framewright-cli validate against bare ajv on one corpus, in paired runs.

  bench-validate.py CLI AJV SCHEMA SCHEMA_DIR CORPUS RUNS

Each round runs both commands back to back, alternating which goes first, so that a busy
moment of a shared machine hits both. Each command is timed twice per round: with every
processor (wall time is the figure) and pinned to processor 0 with taskset (CPU time, user +
system from wait4, is the figure). Prints min / median / max of each, and the ratios of the
medians. The first round is a warm-up and is not counted."""
import glob, os, statistics, subprocess, sys, time

cli, ajv, schema, schema_dir, corpus, runs = sys.argv[1:7]
runs = int(runs)
files = sorted(glob.glob(os.path.join(corpus, "*.json")))

fw_args = [cli, "validate"] + files
# ajv at its fastest: its own binary, no npx; ajv-formats because the schema checks
# exportedAt as date-time, which ajv's strict mode refuses to ignore.
ajv_args = [ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", schema,
            "-d", os.path.join(corpus, "*.json")]


def run(args, pinned, cwd=None):
    if pinned:
        args = ["taskset", "-c", "0"] + args
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench-validate.py: {args[0]} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime


samples = {(name, pinned): [] for name in ("fw", "ajv") for pinned in (False, True)}
for round_ in range(runs + 1):
    order = [("fw", fw_args, None), ("ajv", ajv_args, schema_dir)]
    if round_ % 2:
        order.reverse()
    for pinned in (False, True):
        for name, args, cwd in order:
            result = run(args, pinned, cwd)
            if round_ > 0:
                samples[(name, pinned)].append(result)


def stats(values):
    return min(values), statistics.median(values), max(values)


def line(label, values, unit=1000):
    lo, mid, hi = stats(values)
    print(f"  {label:<44} {lo * unit:7.0f} {mid * unit:7.0f} {hi * unit:7.0f}")


print(f"{len(files)} files, {runs} paired runs (after one warm-up), "
      f"{os.cpu_count()} processors; milliseconds, min / median / max")
print("both processors, wall time:")
line("framewright-cli validate (all rules)", [w for w, _ in samples[("fw", False)]])
line("ajv validate (JSON Schema only)", [w for w, _ in samples[("ajv", False)]])
print("both processors, CPU time (user + system):")
line("framewright-cli validate", [c for _, c in samples[("fw", False)]])
line("ajv validate", [c for _, c in samples[("ajv", False)]])
print("pinned to processor 0 (taskset -c 0), CPU time:")
line("framewright-cli validate", [c for _, c in samples[("fw", True)]])
line("ajv validate", [c for _, c in samples[("ajv", True)]])
print("pinned to processor 0, wall time:")
line("framewright-cli validate", [w for w, _ in samples[("fw", True)]])
line("ajv validate", [w for w, _ in samples[("ajv", True)]])

fw_wall = statistics.median(w for w, _ in samples[("fw", False)])
ajv_wall = statistics.median(w for w, _ in samples[("ajv", False)])
fw_cpu = statistics.median(c for _, c in samples[("fw", True)])
ajv_cpu = statistics.median(c for _, c in samples[("ajv", True)])
pair_walls = [a[0] / f[0] for f, a in zip(samples[("fw", False)], samples[("ajv", False)])]
print()
print(f"wall, both processors: framewright-cli is {ajv_wall / fw_wall:.2f}x as fast as ajv "
      f"(median of pairwise ratios {statistics.median(pair_walls):.2f}x; goal: >= 5x)")
print(f"CPU, one processor: framewright-cli uses {fw_cpu / ajv_cpu:.2f} of ajv's CPU time "
      f"(goal: <= 0.33)")
