"""Check a single-article set's files and labels: front matter, word and paragraph
counts, clean/contradictory counts per language, snippets (each once, in order, in two
paragraphs). Each set's `verify_labels.py` calls `verify` with the bounds its authors
wrote it to.

    python benchmarks/within_dev2/verify_labels.py
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from pathlib import Path

KINDS = {"date", "time", "number", "role", "location", "outcome", "attendees"}


def _parse(path: Path, errors: list[str]) -> tuple[dict[str, str], str]:
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


def verify(
    folder: Path,
    words: tuple[int, int],
    paragraphs: tuple[int, int],
    per_language: int = 6,
    every_kind: bool = False,
) -> list[str]:
    """The errors of the set in `folder` (printing one line per article): bodies of
    `words` words and `paragraphs` paragraphs (bounds included, the lead counted),
    `per_language` clean and as many contradictory articles in each language, and with
    `every_kind` each kind used at least once."""
    errors: list[str] = []
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in folder.glob("*.md") if p.name != "README.md")
    if sorted(x["file"] for x in labels) != files:
        errors.append("labels.json files != article files")
    count: Counter[tuple[str, bool]] = Counter()
    for lab in labels:
        f = lab["file"]
        fm, body = _parse(folder / f, errors)
        for key in ("title", "outlet", "published", "lang"):
            if not fm.get(key):
                errors.append(f"{f}: missing {key}")
        try:
            datetime.date.fromisoformat(fm.get("published", ""))
        except ValueError:
            errors.append(f"{f}: bad published date")
        if fm.get("lang") != lab["lang"] or not f.startswith(lab["lang"]):
            errors.append(f"{f}: lang mismatch")
        n_words = len(body.split())
        if not words[0] <= n_words <= words[1]:
            errors.append(f"{f}: {n_words} words")
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
                f"{f}  {fm.get('lang')}  {n_words:3d} words  {len(paras):2d} paras  "
                f"{lab['kind']:<9} paragraphs {idx[1] + 1} vs {idx[3] + 1}"
            )
        else:
            if lab["kind"] is not None or lab["snippets"]:
                errors.append(f"{f}: clean article with kind/snippets")
            print(f"{f}  {fm.get('lang')}  {n_words:3d} words  {len(paras):2d} paras  clean")
        if not lab.get("note"):
            errors.append(f"{f}: empty note")
        if not paragraphs[0] <= len(paras) <= paragraphs[1]:
            errors.append(
                f"{f}: {len(paras)} paragraphs (want {paragraphs[0]}-{paragraphs[1]} with the lead)"
            )
    print("counts:", dict(count))
    for lang in ("fr", "en"):
        if count[(lang, True)] != per_language or count[(lang, False)] != per_language:
            errors.append(f"{lang}: want {per_language} clean + {per_language} contradictory")
    print("kinds:", dict(Counter((x["lang"], x["kind"]) for x in labels if x["contradiction"])))
    missing = KINDS - {x["kind"] for x in labels if x["contradiction"]}
    if every_kind and missing:
        errors.append(f"kinds never used: {sorted(missing)}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return errors
