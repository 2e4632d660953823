"""Sanity checks for benchmarks/within: front matter, lengths, counts, snippets.

Run: python3 verify_labels.py   (exit status 1 on any failure)
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"date", "time", "number", "role", "location", "outcome", "attendees"}
errors = []


def split(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        errors.append(f"{path.name}: no front matter")
        return {}, text
    meta = dict(line.split(":", 1) for line in m.group(1).splitlines() if ":" in line)
    meta = {k.strip(): v.strip().strip('"') for k, v in meta.items()}
    return meta, m.group(2)


labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
files = sorted(p.name for p in HERE.glob("*.md") if p.name != "README.md")
if sorted(lab["file"] for lab in labels) != files:
    errors.append("labels.json and *.md files differ")

counts = collections.Counter()
for lab in labels:
    f = lab["file"]
    meta, body = split(HERE / f)
    for key in ("title", "outlet", "published", "lang"):
        if key not in meta:
            errors.append(f"{f}: front matter lacks {key}")
    if meta.get("lang") != lab["lang"] or not f.startswith(lab["lang"] + "-"):
        errors.append(f"{f}: lang mismatch")
    n = len(body.split())
    if not 200 <= n <= 500:
        errors.append(f"{f}: {n} words")
    paras = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    if len(paras) < 4:
        errors.append(f"{f}: only {len(paras)} paragraphs")
    if lab["contradiction"]:
        if lab["kind"] not in KINDS:
            errors.append(f"{f}: bad kind {lab['kind']}")
        if len(lab["snippets"]) != 2:
            errors.append(f"{f}: needs 2 snippets")
            continue
        where = []
        for s in lab["snippets"]:
            hits = body.count(s)
            if hits != 1:
                errors.append(f"{f}: snippet {s!r} found {hits} times in body")
                continue
            where.append(next(i for i, p in enumerate(paras) if s in p))
        if len(where) == 2 and where[0] == where[1]:
            errors.append(f"{f}: both snippets in paragraph {where[0]}")
        counts[(lab["lang"], lab["kind"])] += 1
    else:
        if lab["kind"] is not None or lab["snippets"]:
            errors.append(f"{f}: clean article with kind/snippets")
        counts[(lab["lang"], "clean")] += 1

for lang in ("fr", "en"):
    row = {k: v for (lg, k), v in counts.items() if lg == lang}
    print(lang, dict(sorted(row.items())))
    if row.get("clean") != 11 or sum(v for k, v in row.items() if k != "clean") != 11:
        errors.append(f"{lang}: expected 11 clean + 11 contradictory")
    seq = "".join(
        "C" if lab["contradiction"] else "."
        for lab in sorted(labels, key=lambda lab: lab["file"])
        if lab["lang"] == lang
    )
    print(lang, "order", seq)
print("by kind", dict(collections.Counter(lab["kind"] for lab in labels if lab["contradiction"])))

if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(labels)} articles, all snippets found once, in different paragraphs")
