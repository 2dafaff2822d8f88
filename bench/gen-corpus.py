#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a benchmark corpus of NSX JSON exports from O*NET data.

usage: gen-corpus.py ONET_DIR OUTDIR

Reads "Occupation Data.txt", "Task Statements.txt" and, when present, "Job Zones.txt" and
"soc_structure_2018.csv" from ONET_DIR, and writes one NSX 1.0 export per occupation to
OUTDIR/SOC.json (1,016 files for O*NET 30.0). The files have the shape and the compact byte
layout of a real NSX export (see data/schemas/nsx-1.0.schema.json). Each level holds ten
statements made from the occupation's own O*NET task statements, reused in turn when it has
fewer than ten. Occupations without tasks (the "All Other" ones) borrow the tasks of their
nearest relatives in the SOC hierarchy; where a whole major group has none (military
occupations), task-like sentences of the occupation descriptions stand in for them.

The output depends only on the input files: the same data always gives the same bytes.
Uses the Python standard library only.
"""

import csv
import io
import json
import os
import re
import sys

EXPORTED_AT = "2026-05-15T12:39:10.144Z"
FRAMEWORK_VERSION = "v.26.05"
DEFAULT_JOB_ZONE = 3
DEFAULT_GROUP = "Occupations"
STATEMENTS_PER_LEVEL = 10
# Fewest distinct tasks a pool may hold: with three wording variants per level, four tasks are
# enough for ten different statements.
MIN_POOL = 4
# Last resort, for data that has neither tasks nor task-like descriptions nearby.
GENERIC_TASKS = (
    "Perform the core duties of the occupation.",
    "Follow safety, quality and legal requirements for the work.",
    "Keep accurate records of work performed.",
    "Communicate with colleagues, supervisors and clients about the work.",
)
SOURCES = {
    "onet": "v30.0 (CC BY 4.0)",
    "crosswalk": "https://skillscrosswalk.com",
    "generator": "Framewright gen-corpus",
}
ATTRIBUTION = ("Includes information from the O*NET 30.0 Database by the U.S. Department of "
               "Labor, Employment and Training Administration (USDOL/ETA), used under the "
               "CC BY 4.0 license.")

LEVELS = ("emerging", "developing", "proficient", "advanced")

# Level wording. Each level has three variants, so that a task used more than once in a level
# (an occupation with fewer than ten tasks) still gives distinct statements. For the first three
# levels a variant is (before, after): the body reads VERB [PREP them] BEFORE REST AFTER, with the
# verb's object left to the headline, as NSX statements do. For the advanced level it is
# (lead-in, after): LEAD-IN VERB them REST AFTER.
WORDING = {
    "emerging": (
        ("under direct supervision", ""),
        ("with step-by-step guidance", ", checking the results with a supervisor"),
        ("as directed by a supervisor", ", following set procedures"),
    ),
    "developing": (
        ("with limited guidance", " in routine situations"),
        ("independently for standard cases", ", asking for help with unusual ones"),
        ("reliably", ", with periodic review of the work"),
    ),
    "proficient": (
        ("independently", ", adapting methods to non-routine situations"),
        ("autonomously", ", to a consistently high standard"),
        ("without supervision", ", resolving problems as they arise"),
    ),
    "advanced": (
        ("lead others who", ", setting the standards they work to"),
        ("lead and improve how teams", ", mentoring less experienced colleagues"),
        ("lead reviews of how colleagues", ", and put improvements into practice"),
    ),
}

# Words that end a task's object: the object is what comes between the verb and the first of
# these (or a comma that does not belong to a list).
BOUNDARY_WORDS = frozenset("""
    to for in with using by from on at into onto through throughout during under before after
    when whenever if so as that which who whose within across including among between via
    without against until while where whether upon toward towards about regarding following
    per because than once like near around over
""".split())
BOUNDARY_PAIRS = frozenset({("such", "as"), ("according", "to"), ("based", "on"),
                            ("in", "order"), ("as", "well"), ("rather", "than")})
# Words that may follow a verb to make a phrasal verb ("set up", "carry out").
PARTICLES = frozenset({"up", "out", "down", "off", "back", "away"})
# Verbs that end in -ly, so that they are not taken for adverbs ("Remotely monitor ...").
LY_VERBS = frozenset({"apply", "supply", "reply", "rely", "comply", "multiply", "imply", "fly",
                      "tally", "rally", "ally", "bully", "dally", "sully"})
CONJUNCTIONS = frozenset({"and", "or", "and/or"})
# Prepositions that may tie a verb to its object ("Confer with", "Assist in").
PREPOSITIONS = frozenset({"with", "to", "for", "on", "in", "at", "about", "from", "into", "of",
                          "as", "through", "over", "across", "among", "between", "toward",
                          "towards", "upon", "against", "within", "around", "after"})
DETERMINERS = frozenset({"a", "an", "the"})
# Words a shortened headline must not end on.
DANGLING = frozenset({"a", "an", "the", "and", "or", "of", "to", "for", "with", "their", "its",
                      "his", "her", "other", "such", "as", "in", "on", "by", "from", "at",
                      "nor", "both", "either", "all", "any", "each", "&"})
MAX_HEADLINE_WORDS = 12


def die(message):
    sys.stderr.write("gen-corpus.py: %s\n" % message)
    sys.exit(1)


# --- reading O*NET files ---------------------------------------------------------------------

def read_text(path):
    """The file's text: UTF-8 with or without a byte-order mark, LF or CRLF line ends."""
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_table(path, required):
    """Rows of a tab-delimited O*NET file as dicts keyed by the header's column names."""
    lines = [line for line in read_text(path).split("\n") if line.strip()]
    if not lines:
        die("%s: empty file" % path)
    header = [name.strip() for name in lines[0].split("\t")]
    missing = [name for name in required if name not in header]
    if missing:
        die("%s: no column %s" % (path, ", ".join(repr(m) for m in missing)))
    rows = []
    for line in lines[1:]:
        fields = line.split("\t")
        if len(fields) < len(header):
            fields += [""] * (len(header) - len(fields))
        rows.append({name: fields[i].strip() for i, name in enumerate(header)})
    return rows


def read_major_groups(path):
    """SOC major group names by their two-digit prefix, from the 2018 SOC structure."""
    groups = {}
    if not os.path.exists(path):
        return groups
    reader = csv.DictReader(io.StringIO(read_text(path)))
    if reader.fieldnames is None or "Major Group" not in reader.fieldnames:
        return groups
    for row in reader:
        code = (row.get("Major Group") or "").strip()
        name = (row.get("Name") or "").strip()
        if re.fullmatch(r"\d{2}-0000", code) and name:
            groups[code[:2]] = group_label(name)
    return groups


def group_label(name):
    """'Healthcare Practitioners and Technical Occupations' -> 'Healthcare Practitioners &
    Technical', the form NSX exports use."""
    name = re.sub(r"\s+Occupations$", "", name)
    return name.replace(" and ", " & ")


def read_job_zones(path):
    """Job zones (1 to 5) by O*NET-SOC code."""
    zones = {}
    if not os.path.exists(path):
        return zones
    for row in read_table(path, ("O*NET-SOC Code", "Job Zone")):
        value = row["Job Zone"]
        if value.isdigit() and 1 <= int(value) <= 5:
            zones[row["O*NET-SOC Code"]] = int(value)
    return zones


def read_tasks(path):
    """Task texts by O*NET-SOC code, core tasks first, otherwise in file order."""
    rank = {"Core": 0, "Supplemental": 1}
    by_code = {}
    for index, row in enumerate(read_table(path, ("O*NET-SOC Code", "Task"))):
        text = " ".join(row["Task"].split())
        if text:
            key = (rank.get(row.get("Task Type", ""), 2), index)
            by_code.setdefault(row["O*NET-SOC Code"], []).append((key, text))
    return {code: [text for _, text in sorted(items)] for code, items in by_code.items()}


def task_verbs(tasks):
    """Every verb that starts a task statement, in lower case: the vocabulary used to tell a
    second verb phrase ('and adjust controls') from a second noun ('and reports')."""
    verbs = set()
    for texts in tasks.values():
        for text in texts:
            words = text.split(" ")
            verbs.update(w.lower().strip(",") for w in words[:verb_length(words)]
                         if w.lower().strip(",") not in CONJUNCTIONS)
    return frozenset(verbs)


# --- choosing tasks --------------------------------------------------------------------------

def interleave(lists):
    """[a1, b1, c1, a2, b2, ...]: one from each list in turn."""
    out = []
    for i in range(max((len(l) for l in lists), default=0)):
        out.extend(l[i] for l in lists if i < len(l))
    return out


def unique(texts):
    """The texts without repeats, in their first order (related occupations share tasks)."""
    seen = set()
    return [t for t in texts if not (t in seen or seen.add(t))]


def task_pool(soc, tasks, descriptions, verbs):
    """The tasks an occupation's statements are made from: its own, or, for occupations
    without any, those of its relatives in the SOC hierarchy (same detailed occupation, then
    broad, minor and major group), taken in turn from each relative. Where a whole major group
    has no tasks (military occupations), the sentences of the occupation descriptions that read
    like tasks stand in for them, the occupation's own first."""
    own = tasks.get(soc)
    if own:
        return unique(own)
    # "11-9039.00": detailed "11-9039", broad "11-903", minor "11-90", major "11-".
    prefixes = (soc[:7], soc[:6], soc[:5], soc[:3])
    for prefix in prefixes:
        relatives = sorted(code for code in tasks if code.startswith(prefix) and code != soc)
        pool = unique(interleave([tasks[code] for code in relatives]))
        if len(pool) >= MIN_POOL:
            return pool[:4 * STATEMENTS_PER_LEVEL]
    own = task_sentences(descriptions.get(soc, ""), verbs)
    pool = own
    for prefix in prefixes:
        relatives = sorted(code for code in descriptions if code.startswith(prefix) and code != soc)
        pool = unique(own + interleave([task_sentences(descriptions[code], verbs)
                                        for code in relatives]))
        if len(pool) >= MIN_POOL:
            return pool[:4 * STATEMENTS_PER_LEVEL]
    return unique(pool + list(GENERIC_TASKS))


def task_sentences(description, verbs):
    """The sentences of an occupation description that start with a task verb."""
    sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", " ".join(description.split()))
    return [s for s in sentences if s and s.split(" ", 1)[0].lower().strip(",") in verbs]


# --- making statements -----------------------------------------------------------------------

class Task:
    """A task statement split into verb, object and the rest:
    'Direct or coordinate | an organization's financial or budget activities | to fund
    operations, ...'. prep is set for verbs that take their object through a preposition
    ('Confer with | board members ...')."""

    def __init__(self, text, verbs):
        words = text.rstrip(".").split(" ")
        start = adverb_length(words)
        verb_end = verb_length(words)
        self.particle = ""
        if verb_end == start + 2 and words[start + 1].lower() in PARTICLES:
            # One phrasal verb: kept apart so that a pronoun can go inside ("set them up").
            self.particle = words[start + 1].lower()
            self.verb = lower_first(" ".join(words[:start + 1]))
        else:
            self.verb = lower_first(" ".join(words[:verb_end]).rstrip(","))
        self.prep = ""
        if verb_end < len(words) - 1 and words[verb_end].lower() in PREPOSITIONS:
            self.prep = words[verb_end].lower()
            verb_end += 1
        rest_words = words[verb_end:]
        if len(rest_words) > 2 and rest_words[0].lower() in CONJUNCTIONS:
            # "Confer with or interview officials", "Hire or sign up volunteers": a second verb
            # shares the object.
            rest_words = self.take_second_verb(rest_words)
        object_end = object_length(rest_words, verbs)
        self.object = " ".join(rest_words[:object_end])
        self.rest = " ".join(rest_words[object_end:])
        # Punctuation that ends the object belongs to the rest: "..., reporting abnormal signs".
        stripped = self.object.rstrip(",;:")
        if stripped != self.object and self.rest:
            self.rest = ", " + self.rest
        elif self.rest:
            self.rest = " " + self.rest
        self.object = stripped

    def take_second_verb(self, words):
        """Moves 'and/or VERB [particle] [up to two words and a preposition]' from the start of
        words into the verb, and returns the words left."""
        verb = " ".join(w for w in (self.verb, self.particle, self.prep) if w)
        self.particle = self.prep = ""
        end = 2
        particle = end < len(words) and words[end].lower() in PARTICLES
        if particle:
            end += 1
        for extra in range(3):
            if end + extra < len(words) - 1 and words[end + extra].lower() in PREPOSITIONS:
                self.verb = "%s %s" % (verb, " ".join(words[:end + extra]))
                self.prep = words[end + extra].lower()
                return words[end + extra + 1:]
        self.verb = "%s %s" % (verb, " ".join(words[:2]))
        if particle:
            self.particle = words[2].lower()
        return words[end:]

    def headline(self, fallback):
        """The object as a headline: no leading article, at most MAX_HEADLINE_WORDS words, not
        ending on a dangling word, capitalised. fallback when the task has no object."""
        words = self.object.split()
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        words = words[:MAX_HEADLINE_WORDS]
        while words and (words[-1].lower().strip(",") in DANGLING or words[-1].endswith(",")):
            words = words[:-1]
            if words:
                words[-1] = words[-1].rstrip(",")
        text = " ".join(words).strip(" ,;:.")
        if len(text) < 2:
            text = fallback
        return upper_first(text)

    def pronoun(self, headline):
        """'them' or 'it', guessed from the headline."""
        last = headline.split()[-1].lower().strip("\"'")
        plural = (" and " in headline or ", " in headline
                  or (last.endswith("s") and not last.endswith(("ss", "us", "is"))))
        return "them" if plural else "it"

    def verb_with(self, pronoun):
        """The verb with its object as a pronoun: 'set them up', 'confer with them', 'direct or
        coordinate them'. Without a pronoun, the object is left out, except after a
        preposition: 'set up', 'confer with them', 'direct or coordinate'."""
        if self.prep:
            phrase = " ".join(w for w in (self.verb, self.particle) if w)
            if self.prep == "as":
                return "%s as such" % phrase
            return "%s %s %s" % (phrase, self.prep, pronoun or "them")
        if not pronoun:
            return " ".join(w for w in (self.verb, self.particle) if w)
        return " ".join(w for w in (self.verb, pronoun, self.particle) if w)

    def body(self, level, variant, headline):
        before, after = WORDING[level][variant]
        pronoun = self.pronoun(headline)
        if level == "advanced":
            text = "%s %s%s%s" % (before, self.verb_with(pronoun), self.rest, after)
        else:
            verb = self.verb_with(pronoun if self.prep else "")
            text = "%s %s%s%s" % (verb, before, self.rest, after)
        return " ".join(text.split()).rstrip(",;: ") + "."


def adverb_length(words):
    """1 if the task opens with an adverb ('Remotely monitor ...'), else 0."""
    first = words[0].lower()
    return int(len(words) > 2 and first.endswith("ly") and len(first) > 4
               and first not in LY_VERBS and words[1][:1].islower())


def verb_length(words):
    """Number of words making up the task's verb: 'Review', 'Set up', 'Remotely monitor',
    'Review and approve', 'Plan, direct, or coordinate', 'Set up, adjust, and calibrate'."""

    def item_end(i):
        # A verb and the particle that may follow it.
        if (not words[i].endswith(",") and i + 1 < len(words)
                and words[i + 1].lower().strip(",") in PARTICLES):
            return i + 2
        return i + 1

    end = item_end(adverb_length(words))
    single = end
    while end < len(words) and words[end - 1].endswith(","):
        if words[end].lower() in CONJUNCTIONS:
            return item_end(end + 1) if end + 1 < len(words) else single
        end = item_end(end)
    if end > single:
        return single  # commas that do not end in "and"/"or" are not a list of verbs
    if end + 1 < len(words) and words[end].lower() in CONJUNCTIONS:
        return item_end(end + 1)
    return end


def object_length(words, verbs):
    """Number of words making up the object: up to the first boundary word or the next verb
    ('imaging equipment | and adjust controls'), and up to the first comma unless the commas
    separate a list of nouns ('materials, products, installations, or work')."""
    end = len(words)
    for i, word in enumerate(words):
        if i == 0:
            continue
        nxt = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
        if (word.lower() in BOUNDARY_WORDS or (word.lower(), nxt) in BOUNDARY_PAIRS
                or word.startswith("(") or starts_clause(words, i, verbs)):
            end = i
            break
        if word.endswith((";", ":")):
            end = i + 1
            break
    segment = words[:end]
    commas = [i for i, word in enumerate(segment) if word.endswith(",")]
    if not commas:
        return end
    is_list = (any(w.lower() in CONJUNCTIONS for w in segment[commas[-1] + 1:])
               and not looks_like_verb(segment, commas[0] + 1, verbs))
    return end if is_list else commas[0] + 1


def looks_like_verb(words, i, verbs):
    """Whether words[i] starts a new verb phrase: a verb from the task list with an object of
    its own after it ('report malfunctioning equipment', not 'work for conformance')."""
    if i + 1 >= len(words):
        return False
    word = words[i].lower().strip(",")
    if word in CONJUNCTIONS:
        return looks_like_verb(words, i + 1, verbs)
    after = words[i + 1].lower().strip(",")
    return (word in verbs and not words[i].endswith(",") and after not in BOUNDARY_WORDS
            and after not in CONJUNCTIONS and after != "of")


def starts_clause(words, i, verbs):
    """Whether 'and'/'or' at words[i] joins a second verb phrase rather than a second noun. After
    a comma it ends a list, which is a list of verb phrases only if its second item is one too:
    'activities, monitor operation, and report faults' but not 'voices, rhythms, and tone
    balances'."""
    if words[i].lower() not in CONJUNCTIONS or not looks_like_verb(words, i + 1, verbs):
        return False
    if not words[i - 1].endswith(","):
        return True
    first_comma = next(j for j in range(i) if words[j].endswith(","))
    return first_comma + 1 >= i or looks_like_verb(words, first_comma + 1, verbs)


def lower_first(text):
    """Lower-cases the first letter, unless the first word is an acronym."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def upper_first(text):
    """Upper-cases the first letter, after any leading quote marks."""
    for i, c in enumerate(text):
        if c.isalpha():
            return text[:i] + c.upper() + text[i + 1:]
    return text


def level_statements(pool, level_index, level, title, verbs):
    """Ten statements for one level. Levels start at different places in the task list, so that
    an occupation with many tasks gets different ones at each level. The wording variant turns
    with the task, and once more each time a task comes round again, so no two statements of a
    level are the same."""
    statements = []
    uses = {}
    for i in range(STATEMENTS_PER_LEVEL):
        index = (level_index * STATEMENTS_PER_LEVEL + i) % len(pool)
        variant = (index + uses.get(index, 0)) % len(WORDING[level])
        uses[index] = uses.get(index, 0) + 1
        task = Task(pool[index], verbs)
        headline = task.headline(title)
        statements.append("%s \u2014 %s" % (headline, task.body(level, variant, headline)))
    return statements


# --- the export ------------------------------------------------------------------------------

def export(occupation, pool, groups, zones, verbs):
    """The NSX export of one occupation, as a dict in the key order of real exports."""
    soc = occupation["O*NET-SOC Code"]
    title = occupation["Title"]
    zone = zones.get(soc)
    context = ("This framework covers the work of %s (O*NET-SOC %s), from entry-level practice "
               "under supervision to independent work and leadership of the occupation's "
               "standards and teams." % (title, soc))
    return {
        "schemaVersion": "1.0",
        "exportedAt": EXPORTED_AT,
        "occupation": {
            "soc": soc,
            "title": title,
            "group": groups.get(soc[:2], DEFAULT_GROUP),
            "sector": "",
            "jobZone": zone if zone is not None else DEFAULT_JOB_ZONE,
            "jobZoneInferred": zone is None,
        },
        "framework": {
            "version": FRAMEWORK_VERSION,
            "description": "",
            "contextCovered": context,
            "levels": {
                level: {
                    "label": level.capitalize(),
                    "statements": level_statements(pool, i, level, title, verbs),
                }
                for i, level in enumerate(LEVELS)
            },
        },
        "sources": dict(SOURCES),
        "attribution": ATTRIBUTION,
    }


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen-corpus.py ONET_DIR OUTDIR\n")
        return 2
    onet_dir, outdir = argv[1], argv[2]
    occupations = read_table(os.path.join(onet_dir, "Occupation Data.txt"),
                             ("O*NET-SOC Code", "Title"))
    tasks = read_tasks(os.path.join(onet_dir, "Task Statements.txt"))
    zones = read_job_zones(os.path.join(onet_dir, "Job Zones.txt"))
    groups = read_major_groups(os.path.join(onet_dir, "soc_structure_2018.csv"))
    verbs = task_verbs(tasks)
    descriptions = {o["O*NET-SOC Code"]: o.get("Description", "") for o in occupations}

    os.makedirs(outdir, exist_ok=True)
    written = 0
    for occupation in occupations:
        soc = occupation["O*NET-SOC Code"]
        if not re.fullmatch(r"\d{2}-\d{4}\.\d{2}", soc):
            die("Occupation Data.txt: bad O*NET-SOC code %r" % soc)
        pool = task_pool(soc, tasks, descriptions, verbs)
        document = export(occupation, pool, groups, zones, verbs)
        data = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        with open(os.path.join(outdir, soc + ".json"), "wb") as f:
            f.write(data.encode("utf-8"))
        written += 1
    sys.stderr.write("gen-corpus.py: wrote %d files to %s\n" % (written, outdir))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (OSError, UnicodeDecodeError) as e:
        die(str(e))
