#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-xlsx.py CLI SAMPLE.fwk INVALID.fwk
#
# Exports frameworks with `framewright-cli export --to xlsx` and reads the workbooks back with
# openpyxl, an independent reader, checking what a user opening them in a spreadsheet would
# see: the sheets, the level grid laid out as on the page, frozen headers, wrapped text, set
# widths, citations as text. Also the gate, byte-identical re-exports and a failed write that
# leaves the old file. Prints TAP.

import json
import os
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

from fwtap import Tap

SEPARATOR = " \u2014 "
LEVELS = ["emerging", "developing", "proficient", "advanced"]
DURABLE = ["emerging", "developing", "applying", "exceeding"]

cli, sample_path, invalid_path = sys.argv[1:4]
sample = json.load(open(sample_path, encoding="utf-8"))
tap = Tap()
check = tap.check
skip = tap.skip



def run(*args, env=None):
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    return subprocess.run([cli, *args], capture_output=True, text=True, env=full_env)


def statement_text(statement):
    return SEPARATOR.join(p for p in (statement["headline"], statement["body"]) if p)


def source_labels(statement):
    labels = {s["id"]: s["shortLabel"] for s in sample["sources"]}
    return "; ".join(labels.get(c, c) for c in statement.get("citations", []))


def cell_text(statement):
    text = statement_text(statement)
    cited = source_labels(statement)
    return text + ("\nSources: " + cited if cited else "")


tmp = tempfile.mkdtemp(prefix="test-xlsx.")
out = os.path.join(tmp, "framework.xlsx")
env_c = {"LC_ALL": "C", "LANGUAGE": ""}

result = run("export", sample_path, "--to", "xlsx", "-o", out, env=env_c)
check("export --to xlsx exits 0", result.returncode == 0, result.stderr)
check("the workbook is a zip archive", zipfile.is_zipfile(out))
check("no temporary file is left beside the workbook", os.listdir(tmp) == ["framework.xlsx"],
      os.listdir(tmp))

again = os.path.join(tmp, "again.xlsx")
run("export", sample_path, "--to", "xlsx", "-o", again, env=env_c)
check("two exports of the same framework are byte-identical",
      open(out, "rb").read() == open(again, "rb").read())

piped = subprocess.run([cli, "export", sample_path, "--to", "xlsx", "-o", "-"],
                       capture_output=True, env=dict(os.environ, **env_c))
check("-o - writes the same workbook to standard output",
      piped.returncode == 0 and piped.stdout == open(out, "rb").read())

timed = os.path.join(tmp, "timed.xlsx")
run("export", sample_path, "--to", "xlsx", "-o", timed, "--exported-at",
    "2026-05-15T12:39:10.144Z", env=env_c)
core = zipfile.ZipFile(timed).read("docProps/core.xml").decode()
check("--exported-at sets the workbook's creation time",
      ">2026-05-15T12:39:10Z</dcterms:created>" in core, core)
core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
check("without a recorded time the creation time is fixed, not now",
      ">2000-01-01T00:00:00Z</dcterms:created>" in core, core)

book = openpyxl.load_workbook(out)
check("the sheets are levels, AI fluency, durable skills, sources, evidence and O*NET",
      book.sheetnames == ["Levels", "AI fluency", "Durable skills", "Sources", "Evidence",
                          "O-NET"], book.sheetnames)
check("every sheet freezes its header row",
      all(sheet.freeze_panes == "A2" for sheet in book), [s.freeze_panes for s in book])
check("the document title names the occupation and its code",
      book.properties.title == f"{sample['occupation']['title']} ({sample['occupation']['soc']})",
      book.properties.title)

grid = book["Levels"]
levels = sample["levels"]
headers = [grid.cell(1, col + 1).value for col in range(4)]
check("the level grid has one column per level, headed by label and role",
      headers == [f"{levels[k]['label']}\n{levels[k]['roleLabel']}" for k in LEVELS], headers)
grid_ok = True
detail = ""
for col, key in enumerate(LEVELS):
    statements = levels[key]["statements"]
    for row, statement in enumerate(statements):
        value = grid.cell(row + 2, col + 1).value
        if str(value) != cell_text(statement):
            grid_ok = False
            detail = f"{key} row {row}: {value!r} != {cell_text(statement)!r}"
    if grid.cell(len(statements) + 2, col + 1).value is not None:
        grid_ok = False
        detail = f"{key}: a cell below the last statement is not empty"
check("each level's column holds its statements in order, and nothing more", grid_ok, detail)
check("statement cells wrap their text and align to the top",
      grid["A2"].alignment.wrap_text and grid["A2"].alignment.vertical == "top")
check("the level columns are wide enough to read",
      all(grid.column_dimensions[c].width >= 40 for c in "ABCD"),
      [grid.column_dimensions[c].width for c in "ABCD"])
check("headers are bold", grid["A1"].font.b)

ai = book["AI fluency"]
expected = [[levels[k]["label"], s["headline"], s["body"], source_labels(s) or None]
            for k in LEVELS for s in levels[k]["aiStatements"]]
rows = [[c.value for c in row] for row in ai.iter_rows(min_row=2)]
check("AI fluency lists level, headline, body and cited sources as text, in order",
      rows == expected, f"{rows[:2]}\n{expected[:2]}")

durable = book["Durable skills"]
check("the durable-skill table is headed by the four durable levels",
      [durable.cell(1, c).value for c in range(1, 6)]
      == ["Domain", "Emerging", "Developing", "Applying", "Exceeding"])
durable_ok = True
detail = ""
for row, domain in enumerate(sample["durableSkills"]):
    if durable.cell(row + 2, 1).value != domain["name"]:
        durable_ok = False
        detail = f"row {row + 2}: {durable.cell(row + 2, 1).value!r}"
    for col, key in enumerate(DURABLE):
        cell = domain["levels"].get(key, [])
        parts = []
        for s in cell:
            cited = source_labels(s)
            parts.append(statement_text(s) + (f" [{cited}]" if cited else ""))
        want = "\n\n".join(parts) or None
        if durable.cell(row + 2, col + 2).value != want:
            durable_ok = False
            detail = f"{domain['name']} {key}: {durable.cell(row + 2, col + 2).value!r} != {want!r}"
check("each domain's row holds its statements under their durable levels", durable_ok, detail)

sources = book["Sources"]
rows = [[c.value for c in row] for row in sources.iter_rows(min_row=2)]
check("every source has a row, in order", [r[0] for r in rows]
      == [s["id"] for s in sample["sources"]], rows)


def citation_count(source_id):
    n = 0
    for key in LEVELS:
        for s in levels[key]["statements"] + levels[key]["aiStatements"]:
            n += source_id in s.get("citations", [])
    for domain in sample["durableSkills"]:
        for cell in domain["levels"].values():
            n += sum(source_id in s.get("citations", []) for s in cell)
    return n


check("the sources sheet counts the statements that cite each source",
      [r[7] for r in rows] == [citation_count(s["id"]) for s in sample["sources"]],
      [(r[0], r[7]) for r in rows])
check("a source's licence is in its row",
      [r[6] for r in rows] == [s.get("license") for s in sample["sources"]])

evidence = {r[0].value: r[1].value for r in book["Evidence"].iter_rows(min_row=2)}
check("the evidence sheet holds the AEI, SAFI and WEF figures",
      evidence.get("Task Observations") == 35 and evidence.get("Augment Share") == 3.5
      and evidence.get("Top Skill") == "Active Listening"
      and evidence.get("WEF Cluster Id") == "human_technology_interaction", evidence)

onet = [[c.value for c in row] for row in book["O-NET"].iter_rows(min_row=2)]
tasks = [[r[1], r[2]] for r in onet if r[0] == "Tasks"]
check("the O*NET sheet lists every task with its id",
      tasks == [[t["id"], t["text"]] for t in sample["onet"]["tasks"]], tasks[:2])
check("the O*NET sheet lists the CIP codes",
      [r[2] for r in onet if r[0] == "CIP Codes"] == sample["onet"]["cipCodes"],
      [r for r in onet if r[0] not in ("Tasks",)][:3])

# The gate: refused on validation errors unless --force; a refused export writes nothing.
refused = os.path.join(tmp, "refused.xlsx")
result = run("export", invalid_path, "--to", "xlsx", "-o", refused)
check("an export of a framework with validation errors exits 1", result.returncode == 1,
      result.stderr)
check("a refused export creates no file", not os.path.exists(refused))
result = run("export", invalid_path, "--to", "xlsx", "-o", refused, "--force")
check("--force exports anyway", result.returncode == 0 and zipfile.is_zipfile(refused),
      result.stderr)

# A failed write leaves the old file as it was (FW_FAULT_INJECT needs a developer build).
if os.environ.get("FW_TEST_HOOKS") == "1":
    before = open(again, "rb").read()
    result = run("export", invalid_path, "--to", "xlsx", "-o", again, "--force",
                 env={"FW_FAULT_INJECT": "save-write"})
    check("a failed write exits 2", result.returncode == 2, result.stderr)
    check("a failed write leaves the old workbook byte for byte",
          open(again, "rb").read() == before)
    check("a failed write leaves no temporary file",
          sorted(os.listdir(tmp)) == ["again.xlsx", "framework.xlsx", "refused.xlsx",
                                      "timed.xlsx"], os.listdir(tmp))
else:
    skip(3, "built without test hooks")

# Text that XML cannot hold, and evidence that is absent: the workbook still opens, the
# control character became a space, and absent measures have no row.
odd = json.loads(json.dumps(sample))
odd["levels"]["emerging"]["statements"][1]["body"] += " bell\u0007 here"
del odd["evidence"]["wefCluster"]
odd_path = os.path.join(tmp, "odd.fwk")
json.dump(odd, open(odd_path, "w", encoding="utf-8"))
odd_out = os.path.join(tmp, "odd.xlsx")
result = run("export", odd_path, "--to", "xlsx", "-o", odd_out, "--force", env=env_c)
try:
    odd_book = openpyxl.load_workbook(odd_out)
    cell = odd_book["Levels"]["A3"].value
    measures = [r[0].value for r in odd_book["Evidence"].iter_rows(min_row=2)]
except Exception as e:  # a broken workbook is what this checks for
    cell, measures = repr(e), []
check("a control character in a statement becomes a space, and the workbook opens",
      str(cell).endswith(" bell  here"), cell)
check("absent evidence has no row", measures and "WEF Cluster" not in measures
      and "WEF Cluster Id" not in measures and "Top Skill" in measures, measures)
os.unlink(odd_path)
os.unlink(odd_out)

# A durable-skill cell longer than a spreadsheet cell may be (32,767 characters) is refused
# with a message, and the old workbook stays.
big = json.loads(json.dumps(sample))
long_body = "documents " * 390
big["durableSkills"][0]["levels"]["emerging"] = [
    {"id": f"st-big{i:07d}", "headline": f"Long statement {i}", "body": long_body,
     "citations": []} for i in range(9)]
big_path = os.path.join(tmp, "big.fwk")
json.dump(big, open(big_path, "w", encoding="utf-8"))
before = open(again, "rb").read()
result = run("export", big_path, "--to", "xlsx", "-o", again, "--force")
check("a cell over the spreadsheet limit fails the export with exit 2 and a message",
      result.returncode == 2 and "32,767" in result.stderr, result.stderr)
check("the failed export leaves the old workbook", open(again, "rb").read() == before)
check("and no temporary file", not [n for n in os.listdir(tmp) if n.startswith(".")],
      os.listdir(tmp))
os.unlink(big_path)

result = run("export", sample_path, "--to", "xlsx", "-o", os.path.join(tmp, "no", "such.xlsx"))
check("a workbook into a missing folder exits 2 with a message",
      result.returncode == 2 and "error:" in result.stderr, result.stderr)

for name in os.listdir(tmp):
    os.unlink(os.path.join(tmp, name))
os.rmdir(tmp)
tap.finish()
