#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-lazy-libraries.py CLI SAMPLE.fwk MAP.fwmap NAME=SONAME ...
#
# framewright-cli opens libgit2, libxml2, Pango, Cairo and libxlsxwriter on first use instead
# of linking them, which is most of its start-up time (src/core/io/fw-lazy-library.h). Checks
# that the executable does not link them (so nobody links one back by accident), and that a
# command that needs one which cannot be opened says so and exits with status 2, not a
# signal. Prints TAP.

import os
import shutil
import subprocess
import sys
import tempfile

from fwtap import Tap

cli, sample, map_path = sys.argv[1:4]
sonames = dict(arg.split("=", 1) for arg in sys.argv[4:])
tap = Tap()
check = tap.check
skip = tap.skip



def needed(path):
    readelf = shutil.which("readelf")
    if readelf:
        out = subprocess.run([readelf, "-d", path], capture_output=True, text=True).stdout
        return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines()
                if "(NEEDED)" in line]
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.split()[:1] == ["NEEDED"]]


linked = needed(cli)
check("framewright-cli's NEEDED entries can be read", "libglib-2.0.so.0" in linked, linked)
for prefix in ("libgit2", "libxml2", "libcairo", "libpango", "libpangocairo", "libxlsxwriter"):
    check(f"framewright-cli does not link {prefix}",
          not any(name.startswith(prefix) for name in linked), linked)

with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, "page.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<html><body><h1>Welders</h1><ul><li>Welds joints.</li></ul></body></html>\n")
    subprocess.run(["git", "init", "-q", os.path.join(tmp, "repo")], check=True)

    outputs = ("page.fwk", "out.xlsx", "out.pdf")
    page_fwk, xlsx, pdf = (os.path.join(tmp, name) for name in outputs)
    # Every command that needs one of the libraries, with the library it needs.
    commands = [
        ("FW_LIBGIT2_SONAME", ["git-setup", os.path.join(tmp, "repo")]),
        ("FW_LIBXML2_SONAME", ["import", page, "--from", "page-html", "-o", page_fwk]),
        ("FW_LIBXLSXWRITER_SONAME", ["export", sample, "--to", "xlsx", "-o", xlsx]),
        ("FW_LIBXLSXWRITER_SONAME", ["map", "report", map_path, "--format", "xlsx", "-o", xlsx]),
        ("FW_LIBCAIRO_SONAME", ["export", sample, "--to", "pdf", "-o", pdf]),
        ("FW_LIBPANGO_SONAME", ["export", sample, "--to", "pdf", "-o", pdf]),
        ("FW_LIBPANGOCAIRO_SONAME", ["map", "report", map_path, "--format", "pdf", "-o", pdf]),
    ]

    def describe(args):
        words = [word for word in args if not os.path.isabs(word) and word != "-o"]
        return " ".join(words)

    for macro, args in commands:
        soname = sonames[macro]
        # A file by the library's name that is no library, found first on the search path.
        broken = os.path.join(tmp, "broken", soname)
        os.makedirs(broken, exist_ok=True)
        with open(os.path.join(broken, soname), "w") as f:
            f.write("not a shared object\n")
        env = dict(os.environ, LD_LIBRARY_PATH=broken)
        run = subprocess.run([cli] + args, capture_output=True, text=True, env=env)
        what = f"{describe(args)} without {soname}"
        check(f"{what} exits with status 2", run.returncode == 2,
              f"status {run.returncode}\n{run.stderr}")
        check(f"{what} names the library",
              run.stderr.startswith("framewright-cli ") and
              f": error: cannot open the library {soname}: " in run.stderr, run.stderr)
        check(f"{what} writes nothing",
              not any(os.path.exists(os.path.join(tmp, name)) for name in outputs),
              os.listdir(tmp))

    # With the libraries in place, the same commands work. (The page is no framework page:
    # that the import says so shows libxml2 read it.)
    for macro, args in commands:
        run = subprocess.run([cli] + args, capture_output=True, text=True)
        works = run.returncode == 0
        if macro == "FW_LIBXML2_SONAME":
            works = run.returncode == 2 and 'there is no "SOC" line' in run.stderr
        check(f"{describe(args)} works with {sonames[macro]} in place", works,
              f"status {run.returncode}\n{run.stderr}")

tap.finish()
