# SPDX-License-Identifier: GPL-3.0-or-later
#
# TAP for the command-line test scripts: numbered checks and skips, then the plan and an exit
# status of 1 when a check failed. Python puts a script's own folder first on its path, so the
# scripts beside this file import it as `fwtap`.

import sys


class Tap:
    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, description, condition, detail=""):
        """One numbered result; up to 40 lines of @detail follow a failure as comments."""
        self.count += 1
        if condition:
            print(f"ok {self.count} - {description}")
            return
        self.failed += 1
        print(f"not ok {self.count} - {description}")
        for line in str(detail).splitlines()[:40]:
            print(f"# {line}")

    def skip(self, n, reason):
        for _ in range(n):
            self.count += 1
            print(f"ok {self.count} # SKIP {reason}")

    def finish(self):
        print(f"1..{self.count}")
        sys.exit(1 if self.failed else 0)
