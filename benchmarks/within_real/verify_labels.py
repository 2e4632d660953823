#!/usr/bin/env python3
"""Check within_real: front matter, word counts, label counts, kinds, snippets, sources."""

import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"date", "time", "number", "role", "location", "outcome", "attendees"}
N_FILES, N_EACH = 24, 12
MIN_WORDS, MAX_WORDS = 180, 900
MAX_RUN = 2  # longest run of consecutive files with the same label
errors = []


def parse(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        errors.append(f"{path.name}: no front matter")
        return {}, ""
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        fm[k.strip()] = v.strip().strip('"')
    return fm, m.group(2)


labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
files = sorted(p.name for p in HERE.glob("*.md") if p.name != "README.md")
if [x["file"] for x in labels] != files:
    errors.append("labels.json files != article files (or not in file order)")
if files != [f"en-{i:02d}.md" for i in range(1, N_FILES + 1)]:
    errors.append(f"want en-01.md ... en-{N_FILES:02d}.md")
count = Counter()
kinds = Counter()
topics = Counter()
docs = set()
for lab in labels:
    f = lab["file"]
    fm, body = parse(HERE / f)
    for key in ("title", "outlet", "lang"):
        if not fm.get(key):
            errors.append(f"{f}: missing {key}")
    if "published" in fm:
        try:
            datetime.date.fromisoformat(fm["published"])
        except ValueError:
            errors.append(f"{f}: bad published date")
    if fm.get("lang") != lab["lang"] or lab["lang"] != "en" or not f.startswith("en-"):
        errors.append(f"{f}: lang mismatch")
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{f}: {words} words")
    paras = [p for p in body.split("\n\n") if p.strip()]
    if len(paras) < 5:
        errors.append(f"{f}: only {len(paras)} paragraphs")
    if re.search(r" [,.;:!?](?!\d)|`|''|\( | \)|  ", body):
        errors.append(f"{f}: tokenisation residue in body")
    m = re.search(r"ECB\+ ((\d+)_\d+ecb(?:plus)?)\b", lab.get("note", ""))
    if not m:
        errors.append(f"{f}: note does not name the ECB+ doc")
    else:
        doc, topic = m.group(1), int(m.group(2))
        if doc in docs:
            errors.append(f"{f}: doc {doc} used twice")
        docs.add(doc)
        topics[topic] += 1
        if not 1 <= topic <= 22:
            errors.append(f"{f}: topic {topic} outside 1-22")
    count[lab["contradiction"]] += 1
    pub = fm.get("published", "-")
    if lab["contradiction"]:
        kinds[lab["kind"]] += 1
        if lab["kind"] not in KINDS:
            errors.append(f"{f}: bad kind {lab['kind']}")
        if "->" not in lab.get("note", ""):
            errors.append(f"{f}: note does not say original -> new wording")
        if len(lab["snippets"]) != 2:
            errors.append(f"{f}: need 2 snippets")
            continue
        idx = []
        for s in lab["snippets"]:
            n = body.count(s)
            if n != 1:
                errors.append(f"{f}: snippet {s!r} occurs {n} times")
            idx.append(body.find(s))
            pi = [i for i, p in enumerate(paras) if s in p]
            idx.append(pi[0] if pi else -1)
        if idx[0] > idx[2]:
            errors.append(f"{f}: snippets not in order")
        if idx[1] == idx[3]:
            errors.append(f"{f}: snippets in same paragraph")
        print(
            f"{f}  {m.group(1) if m else '?':<13} {pub:<10} {words:3d} words "
            f"{len(paras):2d} paras  {lab['kind']:<9} paragraphs {idx[1] + 1} vs {idx[3] + 1}"
        )
    else:
        if lab["kind"] is not None or lab["snippets"]:
            errors.append(f"{f}: clean article with kind/snippets")
        print(
            f"{f}  {m.group(1) if m else '?':<13} {pub:<10} {words:3d} words "
            f"{len(paras):2d} paras  clean"
        )
    if not lab.get("note"):
        errors.append(f"{f}: empty note")

print("counts:", {"contradictory": count[True], "clean": count[False]})
if count[True] != N_EACH or count[False] != N_EACH:
    errors.append(f"want {N_EACH} clean + {N_EACH} contradictory")
print("kinds:", dict(sorted(kinds.items())))
for k in sorted(KINDS):
    if not 1 <= kinds[k] <= 3:
        errors.append(f"kind {k}: {kinds[k]} articles (want 1-3)")
print("docs per topic:", dict(sorted(topics.items())))
if topics and max(topics.values()) > 2:
    errors.append("more than 2 documents from one topic")
seq = "".join("E" if x["contradiction"] else "C" for x in labels)
print("order:", seq)
if re.search(rf"C{{{MAX_RUN + 1}}}|E{{{MAX_RUN + 1}}}", seq):
    errors.append(f"labels not interleaved: run longer than {MAX_RUN}")
half = len(seq) // 2
if seq[:half].count("E") != seq[half:].count("E"):
    errors.append("contradictory files not spread evenly over the two halves")
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
