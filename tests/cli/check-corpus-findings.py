#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole rule catalogue on 1,016 generated NSX exports (bench/gen-corpus.py over the bundled
O*NET release) gives exactly the findings recorded in tests/data/validate/corpus-findings.json.gz,
so that making validation faster can never drop or weaken a rule unnoticed. Prints TAP.

  check-corpus-findings.py CLI SOURCE_ROOT [--update]

--update rewrites the recorded findings (after a deliberate change to a rule; review the diff)."""
import difflib, gzip, os, subprocess, sys, tempfile

cli, root = sys.argv[1], sys.argv[2]
update = "--update" in sys.argv[3:]
golden = os.path.join(root, "tests", "data", "validate", "corpus-findings.json.gz")

with tempfile.TemporaryDirectory() as tmp:
    corpus = os.path.join(tmp, "corpus")
    subprocess.run([sys.executable, os.path.join(root, "bench", "gen-corpus.py"),
                    os.path.join(root, "data", "onet"), corpus],
                   check=True, stdout=subprocess.DEVNULL)
    files = sorted(os.path.join(corpus, name) for name in os.listdir(corpus))
    run = subprocess.run([cli, "validate", "--format", "json"] + files,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Paths in the report name the temporary folder; the record names /tmp/corpus.
    found = run.stdout.decode("utf-8").replace(corpus + "/", "/tmp/corpus/")

print("1..3")
print(("ok" if len(files) == 1016 else "not ok") + f" 1 - the corpus has 1016 frameworks ({len(files)})")
print(("ok" if run.returncode in (0, 1) else "not ok")
      + f" 2 - validate reads every file (exit status {run.returncode})")
if run.returncode not in (0, 1):
    sys.stdout.write("# " + run.stderr.decode("utf-8", "replace")[:2000].replace("\n", "\n# ") + "\n")

if update:
    with gzip.open(golden, "wt", encoding="utf-8") as out:
        out.write(found)
    print("ok 3 - findings recorded # SKIP --update")
    sys.exit(0)

with gzip.open(golden, "rt", encoding="utf-8") as recorded_file:
    recorded = recorded_file.read()
if found == recorded:
    n = found.count('"rule":')
    print(f"ok 3 - the {n} findings are the recorded ones")
    sys.exit(0 if run.returncode in (0, 1) and len(files) == 1016 else 1)

print("not ok 3 - the findings differ from the recorded ones")
diff = difflib.unified_diff(recorded.splitlines(), found.splitlines(), "recorded", "found",
                            lineterm="", n=0)
for i, line in enumerate(diff):
    if i >= 40:
        print("# …")
        break
    print("# " + line)
sys.exit(1)
