#!/usr/bin/env python3
"""Check benchmarks/within_heldout: front matter, word counts, label counts,
snippet uniqueness and placement. Run from anywhere: python3 verify_labels.py"""

import datetime
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"date", "time", "number", "role", "location", "outcome", "attendees"}
MIN_WORDS, MAX_WORDS = 220, 500
problems = []


def parse(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        problems.append(f"{path.name}: no YAML front matter")
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, m.group(2)


labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
files = sorted(p.name for p in HERE.glob("*-[0-9][0-9].md"))
labelled = [x["file"] for x in labels]
if sorted(labelled) != files or len(set(labelled)) != len(labelled):
    problems.append(f"label files {sorted(labelled)} != article files {files}")

counts = Counter()
kinds = Counter()
pattern = {"fr": "", "en": ""}
for x in sorted(labels, key=lambda x: x["file"]):
    f = x["file"]
    meta, body = parse(HERE / f)
    for k in ("title", "outlet", "published", "lang"):
        if not meta.get(k):
            problems.append(f"{f}: front matter lacks {k}")
    try:
        pub = datetime.date.fromisoformat(meta.get("published", ""))
    except ValueError:
        problems.append(f"{f}: published is not an ISO date")
        pub = None
    if meta.get("lang") != f[:2] or x["lang"] != f[:2]:
        problems.append(f"{f}: lang mismatch (front matter {meta.get('lang')}, label {x['lang']})")
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{f}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    if len(paras) < 4:
        problems.append(f"{f}: only {len(paras)} paragraphs")
    c = x["contradiction"]
    counts[(x["lang"], c)] += 1
    pattern[x["lang"]] += "X" if c else "."
    if not x.get("note"):
        problems.append(f"{f}: empty note")
    if c:
        kinds[(x["kind"], x["lang"])] += 1
        if x["kind"] not in KINDS:
            problems.append(f"{f}: bad kind {x['kind']}")
        sn = x["snippets"]
        if len(sn) != 2:
            problems.append(f"{f}: needs two snippets")
            continue
        pos, par = [], []
        for s in sn:
            n = body.count(s)
            ni = body.lower().count(s.lower())
            if n != 1 or ni != 1:
                problems.append(f"{f}: snippet {s!r} occurs {n} times (case-insensitive {ni})")
                continue
            pos.append(body.index(s))
            par.append([i for i, p in enumerate(paras) if s in p][0])
        if len(pos) == 2:
            if pos[0] >= pos[1]:
                problems.append(f"{f}: snippets not in reading order")
            if par[0] == par[1]:
                problems.append(f"{f}: both snippets in paragraph {par[0]}")
        detail = (
            f"kind={x['kind']:<9} paragraphs {par[0] + 1} vs {par[1] + 1}" if len(par) == 2 else ""
        )
    else:
        if x["kind"] is not None or x["snippets"] != []:
            problems.append(f"{f}: clean article must have kind null and no snippets")
        detail = "clean"
    wd = pub.strftime("%a") if pub else "?"
    print(f"{f}  {meta.get('published')} ({wd})  {words:3d} words  {len(paras):2d} paras  {detail}")

print()
for lang in ("fr", "en"):
    print(
        f"{lang}: clean={counts[(lang, False)]} contradictory={counts[(lang, True)]}  "
        f"pattern {pattern[lang]}"
    )
    if counts[(lang, False)] != 6 or counts[(lang, True)] != 6:
        problems.append(f"{lang}: expected 6 clean and 6 contradictory")
print()
print(f"{'kind':<10} fr en total")
for k in ["date", "time", "number", "role", "location", "outcome", "attendees"]:
    print(
        f"{k:<10} {kinds[(k, 'fr')]:>2} {kinds[(k, 'en')]:>2} "
        f"{kinds[(k, 'fr')] + kinds[(k, 'en')]:>5}"
    )
print()
if problems:
    print("PROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print(f"OK: {len(labels)} articles, all checks passed")
