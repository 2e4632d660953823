#!/usr/bin/env python3
"""Check within_dev6: front matter, word counts, label counts, snippets."""

import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"date", "time", "number", "role", "location", "outcome", "attendees"}
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
if sorted(x["file"] for x in labels) != files:
    errors.append("labels.json files != article files")
count = Counter()
for lab in labels:
    f = lab["file"]
    fm, body = parse(HERE / f)
    for key in ("title", "outlet", "published", "lang"):
        if not fm.get(key):
            errors.append(f"{f}: missing {key}")
    try:
        datetime.date.fromisoformat(fm.get("published", ""))
    except ValueError:
        errors.append(f"{f}: bad published date")
    if fm.get("lang") != lab["lang"] or not f.startswith(lab["lang"]):
        errors.append(f"{f}: lang mismatch")
    words = len(body.split())
    if not 320 <= words <= 430:
        errors.append(f"{f}: {words} words")
    paras = [p for p in body.split("\n\n") if p.strip()]
    count[(lab["lang"], lab["contradiction"])] += 1
    if lab["contradiction"]:
        if lab["kind"] not in KINDS:
            errors.append(f"{f}: bad kind {lab['kind']}")
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
            f"{f}  {fm['lang']}  {words:3d} words  {len(paras):2d} paras  {lab['kind']:<9} "
            f"paragraphs {idx[1] + 1} vs {idx[3] + 1}"
        )
    else:
        if lab["kind"] is not None or lab["snippets"]:
            errors.append(f"{f}: clean article with kind/snippets")
        print(f"{f}  {fm['lang']}  {words:3d} words  {len(paras):2d} paras  clean")
    if not lab.get("note"):
        errors.append(f"{f}: empty note")
    if not 9 <= len(paras) <= 11:
        errors.append(f"{f}: {len(paras)} paragraphs (want lead + 8-10)")

print("counts:", dict(count))
for lang in ("fr", "en"):
    if count[(lang, True)] != 6 or count[(lang, False)] != 6:
        errors.append(f"{lang}: want 6 clean + 6 contradictory")
print("kinds:", dict(Counter((x["lang"], x["kind"]) for x in labels if x["contradiction"])))
missing = KINDS - {x["kind"] for x in labels if x["contradiction"]}
if missing:
    errors.append(f"kinds never used: {sorted(missing)}")
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
