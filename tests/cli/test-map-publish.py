#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-map-publish.py CLI MAP.fwmap
#
# `framewright-cli map report --format xlsx|xhtml|pdf` read back the way staff would see the
# reports: the XLSX matrix with openpyxl (when it is installed), the XHTML with xmllint, the
# PDF with pdftotext. Also byte-identical re-runs and a failed write that leaves no file.
# Prints TAP.

import os
import shutil
import subprocess
import sys
import tempfile

from fwtap import Tap

cli, map_path = sys.argv[1:3]
tap = Tap()
check = tap.check
skip = tap.skip



def run(*args):
    return subprocess.run([cli, *args], capture_output=True)


tmp = tempfile.mkdtemp(prefix="test-map-publish.")
try:
    # XLSX
    xlsx = os.path.join(tmp, "matrix.xlsx")
    result = run("map", "report", map_path, "--format", "xlsx", "-o", xlsx)
    check("map report --format xlsx exits 0", result.returncode == 0, result.stderr)
    again = os.path.join(tmp, "again.xlsx")
    run("map", "report", map_path, "--format", "xlsx", "-o", again)
    check("the same map gives the same workbook, byte for byte",
          open(xlsx, "rb").read() == open(again, "rb").read())
    check("no temporary workbook is left beside the output",
          sorted(os.listdir(tmp)) == ["again.xlsx", "matrix.xlsx"], os.listdir(tmp))
    try:
        import openpyxl
    except ImportError:
        openpyxl = None
    if openpyxl is not None and os.path.exists(xlsx):
        book = openpyxl.load_workbook(xlsx)
        check("the workbook has the matrix, courses and gaps sheets",
              book.sheetnames == ["Matrix", "Courses", "Gaps"], book.sheetnames)
        sheet = book["Matrix"]
        header = [c.value for c in sheet[1]]
        check("the matrix has a column per course, in sequence",
              header == ["Statement", "Level", "Headline", "RAD101", "RAD110", "RAD120",
                         "RAD130", "RAD140", "RAD210", "RAD220", "RAD230", "RAD240",
                         "RAD250"], header)
        rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
        row = rows.get("st-b4d9ac005e2e")
        check("a statement's row has its I/R/M cells",
              row is not None and list(row[3:]) ==
              [None, "I", None, "R", None, None, "M", "M", "M", None], row)
        check("an unmapped statement's row is empty",
              rows.get("st-ac0f8611e3c1") is not None
              and all(v is None for v in rows["st-ac0f8611e3c1"][3:]))
        check("the header row and the statement columns are frozen",
              sheet.freeze_panes == "D2", sheet.freeze_panes)
        check("the headline column is wide and wraps",
              sheet.column_dimensions["C"].width >= 40
              and sheet["C2"].alignment.wrap_text, sheet.column_dimensions["C"].width)
        gaps = [r[0] for r in book["Gaps"].iter_rows(min_row=2, values_only=True)]
        check("the gaps sheet lists unmapped statements",
              "st-ac0f8611e3c1" in gaps and "st-b4d9ac005e2e" not in gaps, gaps[:5])
        courses = [r[:2] for r in book["Courses"].iter_rows(min_row=2, values_only=True)]
        check("the courses sheet lists codes and titles", len(courses) == 10
              and courses[0][0] == "RAD101" and courses[0][1], courses[:2])
    else:
        print("# openpyxl is missing: the workbook is not read back")

    # XHTML
    xhtml = os.path.join(tmp, "report.xhtml")
    result = run("map", "report", map_path, "--format", "xhtml", "-o", xhtml)
    check("map report --format xhtml exits 0", result.returncode == 0, result.stderr)
    if shutil.which("xmllint"):
        lint = subprocess.run(["xmllint", "--noout", xhtml], capture_output=True, text=True)
        check("the XHTML report is well-formed XML", lint.returncode == 0, lint.stderr)
    text = open(xhtml, encoding="utf-8").read() if os.path.exists(xhtml) else ""
    check("the XHTML report names the program", "Curriculum map: Radiography AAS" in text)
    check("the XHTML report has the matrix with the course columns",
          'class="matrix"' in text and ">RAD250</th>" in text)
    check("the XHTML report lists coverage and gaps",
          'id="coverage"' in text and 'id="gaps"' in text
          and "st-ac0f8611e3c1" in text.split('id="gaps"')[1])
    check("the XHTML report names the sequence problem",
          "mastered in RAD110, introduced in RAD140" in text)

    # PDF
    pdf = os.path.join(tmp, "report.pdf")
    result = run("map", "report", map_path, "--format", "pdf", "--paper", "letter", "-o", pdf)
    check("map report --format pdf exits 0", result.returncode == 0, result.stderr)
    pdf2 = os.path.join(tmp, "report2.pdf")
    run("map", "report", map_path, "--format", "pdf", "--paper", "letter", "-o", pdf2)
    check("the same map gives the same PDF, byte for byte",
          os.path.exists(pdf) and open(pdf, "rb").read() == open(pdf2, "rb").read())
    if shutil.which("pdftotext") and os.path.exists(pdf):
        out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                             text=True).stdout
        flat = " ".join(out.split())
        check("the PDF names the program and coverage",
              "Curriculum map: Radiography AAS" in flat and "Coverage" in flat, flat[:300])
        check("the PDF shows a statement's courses and depths",
              "RAD110 I · RAD130 R · RAD220 M" in flat, flat[:2000])
        check("the PDF lists the gaps", "Gaps: statements no outcome maps" in flat)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        check("the PDF is on US Letter", "612 x 792" in info, info)

    result = run("map", "report", map_path, "--format", "pdf", "--paper", "a5", "-o", pdf + "x")
    check("an unknown paper exits 2 and writes nothing",
          result.returncode == 2 and not os.path.exists(pdf + "x"), result.stderr)
    result = run("map", "report", map_path, "--format", "xlsx", "-o",
                 os.path.join(tmp, "missing", "m.xlsx"))
    check("a workbook that cannot be written exits 2 and leaves nothing",
          result.returncode == 2 and not os.path.exists(os.path.join(tmp, "missing")),
          result.stderr)
finally:
    shutil.rmtree(tmp)

tap.finish()
