#!/usr/bin/env python3
"""Check within_real_heldout: front matter, sizes, label counts, kinds, snippets, sources.

Adapted from benchmarks/within_dev2/verify_labels.py. Differences: English only
(en-01 ... en-24), `published` is optional (it must be an ISO date when present),
real ECB+ articles have no fixed length (at least 180 words, at least 5 paragraphs),
every kind must occur 1-3 times, clean and edited files must be interleaved, and each
note must name an ECB+ document from topics 23-45 (at most two per topic).

If the ECB+ data file is present, every paragraph of a clean body is also checked to be
source text (letters and digits only), and an edited body must have a changed paragraph.
"""

import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ECB = Path("/work/shared/data/ecbplus/ecbplus_docs.jsonl")
KINDS = {"date", "time", "number", "role", "location", "outcome", "attendees"}
N_FILES = 24
DOC_RE = re.compile(r"\b(\d+)_\d+ecb(?:plus)?\.xml\b")
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


def alnum(text):
    return re.sub(r"[^0-9A-Za-z]", "", text)


def load_sources():
    if not ECB.exists():
        print(f"note: {ECB} not found, source check skipped")
        return {}
    src = {}
    with ECB.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            src[d["doc"]] = alnum("".join(d["sentences"]))
    return src


labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
files = sorted(p.name for p in HERE.glob("*.md") if p.name != "README.md")
want = [f"en-{i:02d}.md" for i in range(1, N_FILES + 1)]
if files != want:
    errors.append(f"article files are not en-01.md ... en-{N_FILES}.md: {files}")
if sorted(x["file"] for x in labels) != files:
    errors.append("labels.json files != article files")
sources = load_sources()
count = Counter()
topics = Counter()
docs_seen = set()
for lab in sorted(labels, key=lambda x: x["file"]):
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
    if fm.get("lang") != "en" or lab["lang"] != "en":
        errors.append(f"{f}: lang must be en")
    words = len(body.split())
    if words < 180:
        errors.append(f"{f}: {words} words (< 180)")
    paras = [p for p in body.split("\n\n") if p.strip()]
    if len(paras) < 5:
        errors.append(f"{f}: {len(paras)} paragraphs (< 5)")
    count[lab["contradiction"]] += 1
    note = lab.get("note") or ""
    if not note:
        errors.append(f"{f}: empty note")
    m = DOC_RE.search(note)
    if not m:
        errors.append(f"{f}: note names no ECB+ document")
    else:
        doc, topic = m.group(0), int(m.group(1))
        topics[topic] += 1
        if not 23 <= topic <= 45:
            errors.append(f"{f}: topic {topic} outside 23-45")
        if doc in docs_seen:
            errors.append(f"{f}: {doc} used twice")
        docs_seen.add(doc)
        if sources:
            if doc not in sources:
                errors.append(f"{f}: {doc} not in ECB+ data")
            else:
                same = all(alnum(p) in sources[doc] for p in paras)
                if lab["contradiction"] and same:
                    errors.append(f"{f}: edited article equals its source")
                if not lab["contradiction"] and not same:
                    errors.append(f"{f}: clean article differs from its source")
    if lab["contradiction"]:
        if lab["kind"] not in KINDS:
            errors.append(f"{f}: bad kind {lab['kind']}")
        if "->" not in note:
            errors.append(f"{f}: note does not say what was changed (old -> new)")
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
            f"{f}  {words:3d} words  {len(paras):2d} paras  {lab['kind']:<9} "
            f"paragraphs {idx[1] + 1} vs {idx[3] + 1}"
        )
    else:
        if lab["kind"] is not None or lab["snippets"]:
            errors.append(f"{f}: clean article with kind/snippets")
        print(f"{f}  {words:3d} words  {len(paras):2d} paras  clean")

print("counts:", {"edited": count[True], "clean": count[False]})
if count[True] != N_FILES // 2 or count[False] != N_FILES // 2:
    errors.append("want 12 clean + 12 edited")
kinds = Counter(x["kind"] for x in labels if x["contradiction"])
print("kinds:", dict(sorted(kinds.items())))
for k in sorted(KINDS):
    if not 1 <= kinds[k] <= 3:
        errors.append(f"kind {k}: {kinds[k]} (want 1-3)")
over = {t: n for t, n in topics.items() if n > 2}
if over:
    errors.append(f"more than two documents from topics {over}")

# interleaving: each half holds 6 edited files, and no run of 4 same labels
seq = [x["contradiction"] for x in sorted(labels, key=lambda x: x["file"])]
half = len(seq) // 2
if sum(seq[:half]) != sum(seq[half:]):
    errors.append("edited files not spread evenly over the two halves")
run, longest = 1, 1
for a, b in zip(seq, seq[1:], strict=False):
    run = run + 1 if a == b else 1
    longest = max(longest, run)
if longest > 3:
    errors.append(f"{longest} consecutive files with the same label")
print("labels by file:", "".join("E" if x else "c" for x in seq))

for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
