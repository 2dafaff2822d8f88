#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-publish.py CLI SAMPLE.fwk INVALID.fwk
#
# `framewright-cli export --to xhtml|pdf` checked as a reader would check it: the XHTML file is
# well-formed (xmllint), self-contained, in the framework's language, with every section, the
# level grid and footnotes that lead somewhere; the PDF's text layer (pdftotext) holds every
# statement in reading order, each on one page, with page numbers and no heading at the foot
# of a page. Also A4 and Letter, byte-identical re-exports, the gate and failed writes.
# Prints TAP.

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from fwtap import Tap

SEPARATOR = " \u2014 "
LEVELS = ["emerging", "developing", "proficient", "advanced"]
DURABLE = ["Emerging", "Developing", "Applying", "Exceeding"]
XHTML = "{http://www.w3.org/1999/xhtml}"

cli, sample_path, invalid_path = sys.argv[1:4]
tap = Tap()
check = tap.check
skip = tap.skip
tmp = tempfile.mkdtemp(prefix="test-publish.")
env_c = {"LC_ALL": "C.UTF-8", "LANGUAGE": ""}




def run(*args, env=None):
    full_env = dict(os.environ)
    full_env.update(env_c)
    if env:
        full_env.update(env)
    return subprocess.run([cli, *args], capture_output=True, text=True, env=full_env)


def text_of(element):
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def flat(text):
    # pdftotext joins a word broken after a hyphen, and a line may break after a slash: compare
    # text without its spaces and hyphens.
    return re.sub(r"[\s\-]+", "", text)


def statement_text(statement):
    return SEPARATOR.join(p for p in (statement["headline"], statement["body"]) if p)


# A fixture with what the sample lacks: a source with an address, and text that XML and Pango
# markup must escape.
sample = json.load(open(sample_path, encoding="utf-8"))
sample["sources"][0]["url"] = "https://example.org/skills?a=1&b=2"
first = sample["levels"]["emerging"]["statements"][0]
first["body"] = first["body"] + " <b>Not markup</b> & more."
first["citations"] = [sample["sources"][0]["id"], sample["sources"][3]["id"]]
del sample["evidence"]["wefCluster"]
del sample["evidence"]["aeiUsage"]["timeSaved"]
fixture = os.path.join(tmp, "fixture.fwk")
with open(fixture, "w", encoding="utf-8") as f:
    json.dump(sample, f, ensure_ascii=False, indent=2)
levels = sample["levels"]

# --- XHTML ----------------------------------------------------------------------------------

page = os.path.join(tmp, "framework.xhtml")
result = run("export", fixture, "--to", "xhtml", "-o", page)
check("export --to xhtml exits 0", result.returncode == 0, result.stderr)

xmllint = shutil.which("xmllint")
if xmllint:
    lint = subprocess.run([xmllint, "--noout", page], capture_output=True, text=True)
    check("the XHTML file is well-formed (xmllint)", lint.returncode == 0, lint.stderr)
else:
    skip(1, "xmllint is not installed (libxml2-utils)")

root = ET.parse(page).getroot()
check("the root is XHTML with the framework's language",
      root.tag == XHTML + "html" and root.get("lang") == "en"
      and root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en",
      f"{root.tag} {root.attrib}")
raw = open(page, encoding="utf-8").read()
check("it is self-contained: no scripts, no linked style sheets or images",
      "<script" not in raw and "<link" not in raw and " src=" not in raw)
check("it has print CSS", "@media print" in raw and "break-after:avoid" in raw)

h1 = root.findall(f".//{XHTML}h1")
check("one h1, the occupation's title",
      [text_of(h) for h in h1] == [sample["occupation"]["title"]], [text_of(h) for h in h1])
h2 = [text_of(h) for h in root.iter(XHTML + "h2")]
check("a section for every part, in order", h2 == ["Proficiency levels", "AI fluency",
                                                  "Durable skills", "Evidence", "O*NET",
                                                  "Sources"], h2)

grid = root.find(f".//{XHTML}table")
heads = [text_of(th) for th in grid.iter(XHTML + "th")]
check("the level grid has a column per level",
      heads == [f"{levels[k]['label']} {levels[k]['roleLabel']}" for k in LEVELS], heads)
rows = grid.find(f"{XHTML}tbody").findall(f"{XHTML}tr")
grid_ok = len(rows) == max(len(levels[k]["statements"]) for k in LEVELS)
detail = f"{len(rows)} rows"
for col, key in enumerate(LEVELS):
    for i, statement in enumerate(levels[key]["statements"]):
        cell = text_of(rows[i].findall(f"{XHTML}td")[col])
        if not cell.startswith(statement_text(statement)):
            grid_ok = False
            detail = f"{key} {i}: {cell!r}"
check("each level's statements run down its column, in order", grid_ok, detail)
check("text that looks like markup stays text",
      "<b>Not markup</b> & more." in text_of(rows[0].findall(f"{XHTML}td")[0]))

ids = {e.get("id") for e in root.iter() if e.get("id")}
refs = [a.get("href") for a in root.iter(XHTML + "a") if a.get("href", "").startswith("#")]
check("every footnote mark leads to a footnote", refs and all(r[1:] in ids for r in refs),
      [r for r in refs if r[1:] not in ids])
marks = [text_of(a) for a in rows[0].findall(f"{XHTML}td")[0].iter(XHTML + "a")]
check("a statement's marks number the sources it cites", marks == ["1", "4"], marks)
notes = root.findall(f".//{XHTML}section[@id='sources']/{XHTML}ol/{XHTML}li")
check("a footnote per source, in the order of the source list",
      [n.get("id") for n in notes] == [f"fn-{i + 1}" for i in range(len(sample["sources"]))]
      and text_of(notes[3]).startswith(sample["sources"][3]["title"]),
      [text_of(n) for n in notes])
links = [a.get("href") for a in notes[0].iter(XHTML + "a")]
check("a footnote links to its source's address", links == [sample["sources"][0]["url"]], links)

terms = [text_of(dt) for dt in root.iter(XHTML + "dt")]
check("evidence lists the measures present and leaves out the absent ones",
      "SAFI top skill" in terms and "AEI augmentation share" in terms
      and "AEI time saved" not in terms and "WEF cluster" not in terms,
      terms)
ai_section = root.find(f".//{XHTML}section[@id='ai-fluency']")
ai_items = [text_of(li) for li in ai_section.iter(XHTML + "li")]
want = [statement_text(s) for k in LEVELS for s in levels[k]["aiStatements"]]
check("AI fluency lists every statement in order",
      len(ai_items) == len(want) and all(a.startswith(w) for a, w in zip(ai_items, want)),
      f"{ai_items[:2]}\n{want[:2]}")
durable = root.find(f".//{XHTML}section[@id='durable-skills']")
domains = [text_of(h) for h in durable.iter(XHTML + "h3")]
check("durable skills name every domain",
      domains == [d["name"] for d in sample["durableSkills"]], domains)

again = os.path.join(tmp, "again.xhtml")
run("export", fixture, "--to", "xhtml", "-o", again)
check("two XHTML exports are byte-identical",
      open(page, "rb").read() == open(again, "rb").read())

# --- PDF ------------------------------------------------------------------------------------

pdftotext = shutil.which("pdftotext")
pdfinfo = shutil.which("pdfinfo")


def info(path):
    out = subprocess.run([pdfinfo, path], capture_output=True, text=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def page_texts(path, pages):
    texts = []
    for i in range(1, pages + 1):
        texts.append(subprocess.run([pdftotext, "-f", str(i), "-l", str(i), path, "-"],
                                    capture_output=True, text=True).stdout)
    return texts


pdf = os.path.join(tmp, "framework.pdf")
result = run("export", fixture, "--to", "pdf", "-o", pdf)
check("export --to pdf exits 0", result.returncode == 0, result.stderr)
check("it writes a PDF", open(pdf, "rb").read(5) == b"%PDF-")

again = os.path.join(tmp, "again.pdf")
run("export", fixture, "--to", "pdf", "-o", again)
check("two PDF exports are byte-identical", open(pdf, "rb").read() == open(again, "rb").read())

if not (pdftotext and pdfinfo):
    skip(12, "pdftotext and pdfinfo are not installed (poppler-utils)")
else:
    meta = info(pdf)
    pages = int(meta["Pages"])
    check("the default paper is A4", "595.276 x 841.89" in meta["Page size"], meta["Page size"])
    check("the PDF records the framework's title", meta["Title"].strip()
          == sample["occupation"]["title"], meta.get("Title"))
    check("without a recorded time the creation date is fixed, not now",
          "2000" in meta["CreationDate"], meta["CreationDate"])

    timed = os.path.join(tmp, "timed.pdf")
    run("export", fixture, "--to", "pdf", "-o", timed, "--exported-at",
        "2026-05-15T12:39:10.144Z")
    check("--exported-at sets the creation date", "May 15 12:39:10 2026"
          in info(timed)["CreationDate"], info(timed)["CreationDate"])

    texts = page_texts(pdf, pages)
    whole = squeeze(" ".join(texts))
    whole_flat = flat(whole)
    statements = ([s for k in LEVELS for s in levels[k]["statements"]]
                  + [s for k in LEVELS for s in levels[k]["aiStatements"]]
                  + [s for d in sample["durableSkills"] for k in DURABLE
                     for s in d["levels"].get(k.lower(), [])])
    positions = [whole_flat.find(flat(statement_text(s))) for s in statements]
    check("the text layer holds every statement, in reading order",
          -1 not in positions and positions == sorted(positions),
          [statement_text(s) for s, p in zip(statements, positions) if p < 0][:3])
    split = [statement_text(s) for s in statements
             if not any(flat(statement_text(s)) in flat(t) for t in texts)]
    check("no statement is split across two pages", not split, split[:3])
    sections = [whole.find(h) for h in ("Proficiency levels", "AI fluency", "Durable skills",
                                         "Evidence", "O*NET", "Sources")]
    check("the sections come in order", -1 not in sections and sections == sorted(sections),
          sections)
    numbered = [i for i, t in enumerate(texts) if f"Page {i + 1} of {pages}" in t]
    check("every page has its number", pages > 1 and numbered == list(range(pages)), numbered)

    headings = {"Proficiency levels", "AI fluency", "Durable skills", "Evidence", "O*NET",
                "Sources", "Tasks"} | set(DURABLE)
    headings |= {f"{levels[k]['label']}{SEPARATOR}{levels[k]['roleLabel']}" for k in LEVELS}
    headings |= {levels[k]["label"] for k in LEVELS}
    headings |= {d["name"] for d in sample["durableSkills"]}
    ending = []
    for i, text in enumerate(texts):
        lines = [squeeze(l) for l in text.splitlines() if l.strip()]
        body = [l for l in lines if l != f"Page {i + 1} of {pages}"
                and l != sample["occupation"]["title"]]
        if body and body[-1] in headings:
            ending.append((i + 1, body[-1]))
    check("no page ends with a heading", not ending, ending)
    # Every word above the page number's line: nothing runs into the foot of the page.
    bbox = subprocess.run([pdftotext, "-bbox", pdf, "-"], capture_output=True,
                          text=True).stdout
    overflow = []
    for number, page_xml in enumerate(re.findall(r"<page .*?</page>", bbox, re.S)):
        words = [(float(m[0]), float(m[1]), m[2]) for m in
                 re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                            page_xml)]
        foot = min((w[0] for w in words if w[2] == "Page"), default=None)
        if foot is None:
            overflow.append((number + 1, "no page number"))
            continue
        overflow += [(number + 1, w[2]) for w in words if abs(w[0] - foot) > 1
                     and w[1] > foot - 2]
    check("no text runs into the page number's line or off the page", not overflow,
          overflow[:5])
    check("citations appear as footnote numbers", "[1, 4]" in texts[0], texts[0][:400])
    check("the sources are listed with their numbers",
          f"4. {sample['sources'][3]['title']}" in whole)

    urls = subprocess.run([pdfinfo, "-url", pdf], capture_output=True, text=True).stdout
    check("a source's address is a link in the PDF, on the last page",
          re.search(rf"^\s*{pages}\s+Annotation\s+{re.escape(sample['sources'][0]['url'])}$",
                    urls, re.M), urls)

    letter = os.path.join(tmp, "letter.pdf")
    result = run("export", fixture, "--to", "pdf", "--paper", "letter", "-o", letter)
    meta = info(letter)
    check("--paper letter gives US Letter pages", result.returncode == 0
          and "612 x 792" in meta.get("Page size", ""), meta.get("Page size"))
    letter_texts = page_texts(letter, int(meta["Pages"]))
    split = [statement_text(s) for s in statements
             if not any(flat(statement_text(s)) in flat(t) for t in letter_texts)]
    check("on Letter too, no statement is split across pages", not split, split[:3])

# --- the CLI around them --------------------------------------------------------------------

result = run("export", fixture, "--to", "xhtml", "--paper", "letter", "-o",
             os.path.join(tmp, "x.xhtml"))
check("--paper with --to xhtml is a usage error (exit 2)", result.returncode == 2
      and not os.path.exists(os.path.join(tmp, "x.xhtml")), result.stderr)
result = run("export", fixture, "--to", "pdf", "--paper", "a5", "-o", os.path.join(tmp, "x.pdf"))
check("an unknown paper size is a usage error (exit 2)", result.returncode == 2
      and not os.path.exists(os.path.join(tmp, "x.pdf")), result.stderr)

for kind in ("xhtml", "pdf"):
    refused = os.path.join(tmp, f"refused.{kind}")
    result = run("export", invalid_path, "--to", kind, "-o", refused)
    check(f"{kind}: an export with validation errors exits 1 and writes nothing",
          result.returncode == 1 and not os.path.exists(refused), result.stderr)
    result = run("export", invalid_path, "--to", kind, "-o", refused, "--force")
    check(f"{kind}: --force exports anyway", result.returncode == 0
          and os.path.getsize(refused) > 0, result.stderr)

result = subprocess.run([cli, "export", fixture, "--to", "pdf", "-o", "-"], capture_output=True)
check("-o - writes the PDF to standard output, the same bytes as a file",
      result.returncode == 0 and result.stdout == open(again, "rb").read())

if os.environ.get("FW_TEST_HOOKS") == "1":
    before = open(pdf, "rb").read()
    result = run("export", fixture, "--to", "pdf", "--paper", "letter", "-o", pdf,
                 env={"FW_FAULT_INJECT": "save-write"})
    check("a failed write exits 2 and leaves the old PDF byte for byte",
          result.returncode == 2 and open(pdf, "rb").read() == before, result.stderr)
else:
    skip(1, "built without test hooks")

result = run("export", "--help")
listed = re.findall(r"^  (\S+) +\S", result.stdout.split("Formats:")[-1], re.M)
check("export --help lists every format on a line of its own",
      {"nsx-json", "fwk", "xlsx", "xhtml", "pdf"} <= set(listed), result.stdout)

shutil.rmtree(tmp)
tap.finish()
