#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the review-check fixtures of tests/data/review from the sample framework and the
bundled O*NET release. Run from the source root: python3 tests/data/review/make-fixtures.py"""

import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
SAMPLE = os.path.join(ROOT, "data", "samples", "radiologic-technologists.fwk")
ONET = os.path.join(ROOT, "data", "onet")
SOC = "29-2034.00"


def write(name, document):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")


def rows(name):
    with open(os.path.join(ONET, name), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(header, line.rstrip("\n").split("\t")))


sample = json.load(open(SAMPLE, encoding="utf-8"))

# agree.fwk: the sample without its four real differences.
agree = copy.deepcopy(sample)
onet = agree["onet"]
onet["relatedTitles"] = [t for t in onet["relatedTitles"] if t != "Radiologic Technologist"]
onet["technology"] = [t for t in onet["technology"]
                      if t != "Object or component oriented development software"]
onet["workStyles"] = [w for w in onet["workStyles"] if w not in ("Cautiousness", "Empathy")]
# Differences of representation only: white space, case of a type, of a title.
onet["tasks"][2]["text"] = "  Monitor patients'  conditions and reactions,\nreporting abnormal signs to physician. "
onet["tasks"][3]["type"] = "core"
onet["tasks"][4]["type"] = "n/a"
onet["relatedTitles"][1] = "3d technologist"
# Listed for this occupation and, before it in the release, for 19-4099.00 too.
onet["relatedTitles"].append("Radiographer")
write("agree.fwk", agree)

# planted.fwk: one fault of every kind.
planted = copy.deepcopy(agree)
onet = planted["onet"]
onet["tasks"][0]["text"] = "Position imaging equipment and adjust controls to set exposure time."
onet["tasks"][1]["type"] = "Supplemental"
onet["tasks"].append({"id": "99999", "text": "Develop film in a darkroom."})
onet["tasks"].append({"id": "15239", "text": "Administer radiopharmaceuticals or radiation "
                      "intravenously to detect or treat diseases, using radioisotope equipment, "
                      "under direction of a physician."})
onet["relatedTitles"].append("Cardiovascular Radiologic Technologist")
onet["relatedTitles"].append("Film Developer Wizard")
onet["technology"].append("Darkroom software")
onet["workStyles"].append("Empathy")
planted["occupation"]["jobZone"] = 4
planted["occupation"]["title"] = "Radiographers"
first = planted["levels"]["emerging"]["statements"][0]
first["anchors"] = ["22816"]
write("planted.fwk", planted)

# unknown-occupation.fwk and no-occupation.fwk: bad input.
unknown = copy.deepcopy(agree)
unknown["occupation"]["soc"] = "99-9999.00"
write("unknown-occupation.fwk", unknown)

# release-31/: a small "newer release" of the one occupation: task 22807 reworded, 22804
# retyped, 22816 gone, 99001 new; the job zone and title changed; one technology and one
# work style dropped.
out = os.path.join(HERE, "release-31")
with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
    f.write("File\tRelease\tRows\tAdds To\tNote\n")
    f.write("Occupation Data.txt\t31.0\t1\t\tfixture\n")
title = "Radiologic Technologists"
with open(os.path.join(out, "Occupation Data.txt"), "w", encoding="utf-8") as f:
    f.write("O*NET-SOC Code\tTitle\tDescription\n")
    f.write(f"{SOC}\t{title}\tTake x-rays.\n")
with open(os.path.join(out, "Task Statements.txt"), "w", encoding="utf-8") as f:
    f.write("O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n")
    for task in agree["onet"]["tasks"]:
        text, kind = " ".join(task["text"].split()), "Core"
        if task["id"] == "22816":
            continue
        if task["id"] == "22807":
            text = "Position digital imaging equipment and set exposure factors for the examination."
        if task["id"] == "22804":
            kind = "Supplemental"
        f.write(f"{SOC}\t{task['id']}\t{text}\t{kind}\t75\t08/2026\tIncumbent\n")
    f.write(f"{SOC}\t99001\tVerify patient identity before every examination.\tCore\t75\t08/2026\tIncumbent\n")
with open(os.path.join(out, "Job Zones.txt"), "w", encoding="utf-8") as f:
    f.write("O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source\n")
    f.write(f"{SOC}\t{title}\t4\t08/2026\tAnalyst\n")
with open(os.path.join(out, "Job Zone Reference.txt"), "w", encoding="utf-8") as f:
    for line in open(os.path.join(ONET, "Job Zone Reference.txt"), encoding="utf-8"):
        f.write(line)
with open(os.path.join(out, "Alternate Titles.txt"), "w", encoding="utf-8") as f:
    f.write("O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\n")
    for t in agree["onet"]["relatedTitles"]:
        if t == "CT Tech (Computer Tomography Technician)":
            continue
        f.write(f"{SOC}\t{title}\t{t}\tn/a\t08\n")
with open(os.path.join(out, "Technology Skills.txt"), "w", encoding="utf-8") as f:
    f.write("O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n")
    for r in rows("Technology Skills.txt"):
        if r["O*NET-SOC Code"] == SOC and r["Commodity Title"] != "Presentation software":
            f.write("\t".join([SOC, title, r["Example"], r["Commodity Code"],
                               r["Commodity Title"], r["Hot Technology"], r["In Demand"]]) + "\n")
with open(os.path.join(out, "Work Styles.txt"), "w", encoding="utf-8") as f:
    header = ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Data Value",
              "N", "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress",
              "Date", "Domain Source"]
    f.write("\t".join(header) + "\n")
    for r in rows("Work Styles.txt"):
        if r["O*NET-SOC Code"] == SOC and r["Element Name"] != "Integrity":
            r["Title"] = title
            f.write("\t".join(r[h] for h in header) + "\n")
