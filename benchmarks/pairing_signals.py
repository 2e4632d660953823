"""The pairing signals on real sentence pairs that no one here labelled.

    HF_HUB_OFFLINE=1 python benchmarks/pairing_signals.py [--data ../shared/data]
        [--per-class 400] [--seed 13] [--json FILE]

What decides that two sentences of two sources state one fact (factdiff.pairing:
word overlap, background-weighted overlap, multilingual-e5 cosine, and the fitted
same-fact model over them) was fitted on the labelled clusters. This measures it on
three public sets, read in place from ``--data`` (see each PROVENANCE.md):

- ``ecbplus``: two sentences of two ECB+ documents of one topic. One fact: both
  mention one cross-document coreference chain of an action (one happening told
  twice). Not: the sentences tell the topic's other happening of the same kind (ECB+
  tells two per topic: two earthquakes, two arrests), which is what two meetings of
  the same people months apart look like. English; documents that a benchmark's
  labels name are left out.
- ``refresd``: English and French sentences from WikiMatrix (REFreSD). One fact:
  no meaning difference, or some (a changed detail: what factdiff must pair and
  then flag); not: unrelated. The rows ``refresd_detail`` set the pairs with some
  difference against those with none (the NLI model's question, not pairing's).
- ``pawsx_xling``: PAWS-X development pairs across English and French. Paraphrase
  against word-swapped look-alikes, which share every word: a bag-of-words
  signal cannot tell them apart by construction.

Each set is run as one story of two articles (all left sentences, one per
paragraph, against all right ones), so overlap weights come from the whole set as
they come from a whole cluster; only pairs whose two paragraphs are each read as one
sentence are scored. It prints, per set and signal, the AUC (one fact against not),
and the share of each class that the same-fact model puts above the thresholds the
comparison rules use (`Thresholds`: location and time 0.4, date 0.7).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test
from _common import ROOT  # noqa: E402
from fit_same_fact import auc  # noqa: E402

from factdiff.compare.base import Thresholds  # noqa: E402
from factdiff.embed import Embedder, default_embedder  # noqa: E402
from factdiff.nli.data import BENCHMARKS, benchmark_ecb_docs  # noqa: E402
from factdiff.pipeline import align_paths  # noqa: E402
from factdiff.text import ptb_detok  # noqa: E402

Pair = tuple[str, str, str, str]  # left, right, label, set
# What each row of the table sets against what: (row, set, positive labels, negative labels).
COMPARISONS = (
    ("ecbplus", "ecbplus", {"same"}, {"other"}),
    ("refresd", "refresd", {"no_meaning_difference", "some_meaning_difference"}, {"unrelated"}),
    ("refresd_detail", "refresd", {"some_meaning_difference"}, {"no_meaning_difference"}),
    ("pawsx_xling", "pawsx_xling", {"paraphrase"}, {"swapped"}),
)


def _balanced(
    first: list[Pair], second: list[Pair], per_class: int, rng: random.Random
) -> list[Pair]:
    """Up to `per_class` pairs of each list, as many of each, drawn at random so that no
    sentence is in two pairs (each pair is then read from its own paragraphs)."""
    used: set[str] = set()
    picked: list[list[Pair]] = [[], []]
    for side, pairs in enumerate((first, second)):
        for p in rng.sample(pairs, len(pairs)):
            if len(picked[side]) == per_class:
                break
            if p[0] not in used and p[1] not in used:
                picked[side].append(p)
                used.update(p[:2])
    n = min(map(len, picked))
    return picked[0][:n] + picked[1][:n]


def ecbplus_pairs(data: Path, per_class: int, rng: random.Random) -> list[Pair]:
    """Same-happening and other-happening sentence pairs of two documents of one topic."""
    exclude = benchmark_ecb_docs(BENCHMARKS)
    sentences: list[dict] = []
    with (data / "ecbplus" / "ecbplus_docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["doc"] in exclude:
                continue
            chains: dict[int, set[str]] = {}
            for m in row["mentions"]:
                if m["tag"].startswith("ACTION") and m.get("rel") == "CROSS_DOC_COREF":
                    chains.setdefault(m["sentence"], set()).add(m["chain"])
            for index, found in sorted(chains.items()):
                text = ptb_detok(row["sentences"][index])
                if 6 <= len(text.split()) <= 50:
                    sentences.append(
                        {"doc": row["doc"], "topic": row["topic"], "sub": row["subcorpus"]}
                        | {"text": text, "chains": found}
                    )
    same: list[Pair] = []
    other: list[Pair] = []
    by_topic: dict[int, list[dict]] = {}
    for s in sentences:
        by_topic.setdefault(s["topic"], []).append(s)
    for topic in sorted(by_topic):
        items = by_topic[topic]
        for i, x in enumerate(items):
            for y in items[i + 1 :]:
                if x["doc"] == y["doc"] or x["text"] == y["text"]:
                    continue
                if x["chains"] & y["chains"]:
                    same.append((x["text"], y["text"], "same", "ecbplus"))
                elif x["sub"] != y["sub"]:
                    other.append((x["text"], y["text"], "other", "ecbplus"))
    return _balanced(same, other, per_class, rng)


def refresd_pairs(data: Path) -> list[Pair]:
    """English and French sentences: no or some meaning difference (one fact), unrelated."""
    out: list[Pair] = []
    path = data / "refresd_en_fr" / "REFreSD_sentence_labels.tsv"
    with path.open(encoding="utf-8") as fh:
        next(fh)  # the header line is space-separated (PROVENANCE.md)
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 4:
                out.append((row[2], row[3], row[1], "refresd"))
    return out


def pawsx_pairs(data: Path, per_class: int, rng: random.Random) -> list[Pair]:
    """PAWS-X pairs across English and French (English on the left)."""
    out: dict[str, list[Pair]] = {"paraphrase": [], "swapped": []}
    path = data / "nli_extra" / "pawsx_dev_xling_en_fr" / "data.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            en, fr = (
                (row["premise"], row["hypothesis"])
                if row["lang"] == "en-fr"
                else (row["hypothesis"], row["premise"])
            )
            label = "paraphrase" if row["label"] == "entailment" else "swapped"
            out[label].append((en, fr, label, "pawsx_xling"))
    return _balanced(out["paraphrase"], out["swapped"], per_class, rng)


def _article(folder: Path, name: str, lang: str, paragraphs: list[str]) -> str:
    path = folder / f"{name}.md"
    body = "\n\n".join(p.replace("\n", " ").strip() for p in paragraphs)
    path.write_text(f"---\ntitle: {name}\nlang: {lang}\n---\n\n{body}\n", encoding="utf-8")
    return str(path)


def score_pairs(pairs: list[Pair], langs: tuple[str, str], embedder: Embedder | None) -> list[dict]:
    """The pairing signals and same-fact probability of each pair read as one sentence
    on each side (one story of two articles); pairs read otherwise are left out, and so
    are pairs that repeat a sentence of an earlier pair on either side (an article's
    repeated paragraphs are read once)."""
    seen: tuple[set[str], set[str]] = (set(), set())
    unique = []
    for p in pairs:
        if p[0] not in seen[0] and p[1] not in seen[1]:
            unique.append(p)
            seen[0].add(p[0])
            seen[1].add(p[1])
    pairs = unique
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [
            _article(folder, "left", langs[0], [p[0] for p in pairs]),
            _article(folder, "right", langs[1], [p[1] for p in pairs]),
        ]
        alignment, ex, articles = align_paths(paths, embedder=embedder)
    sentence_of: list[dict[int, list[int]]] = []
    for side, article in enumerate(articles):
        spans, pos = [], 0
        for p in pairs:
            text = p[side].replace("\n", " ").strip()
            start = article.text.find(text[:40], pos)
            spans.append((start, start + len(text)))
            pos = max(pos, start + 1) if start >= 0 else pos
        found: dict[int, list[int]] = {}
        for s in ex.sentences:
            if s.source != article.id:
                continue
            for i, (lo, hi) in enumerate(spans):
                if lo >= 0 and lo <= s.start < hi:
                    found.setdefault(i, []).append(s.index)
        sentence_of.append(found)
    rows = []
    for i, (_, _, label, dataset) in enumerate(pairs):
        left, right = sentence_of[0].get(i, []), sentence_of[1].get(i, [])
        if len(left) != 1 or len(right) != 1:
            continue
        a, b = (articles[0].id, left[0]), (articles[1].id, right[0])
        rows.append(
            {"set": dataset, "label": label}
            | alignment.signals(a, b)
            | {"model": alignment.same_fact(a, b)}
        )
    return rows


def summarise(rows: list[dict], cuts: dict[str, float]) -> dict:
    """Per comparison: AUC of each signal, and the share of each side above each cut."""
    out: dict = {}
    for name, dataset, positive, negative in COMPARISONS:
        part = [r for r in rows if r["set"] == dataset and r["label"] in positive | negative]
        if not part:
            continue
        labels = np.array([r["label"] in positive for r in part])
        entry: dict = {"pairs": len(part), "positive": int(labels.sum())}
        for signal in ("lexical", "background", "semantic", "model"):
            values = np.array([r.get(signal, np.nan) for r in part], dtype=float)
            entry[f"auc_{signal}"] = round(auc(values[labels], values[~labels]), 3)
        model = np.array([r["model"] for r in part])
        for cut_name, cut in cuts.items():
            entry[f"{cut_name}>={cut}"] = (
                round(float(np.mean(model[labels] >= cut)), 3),
                round(float(np.mean(model[~labels] >= cut)), 3),
            )
        out[name] = entry
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--per-class", type=int, default=400)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", default=None, help="write the figures as JSON here ('-': stdout)")
    args = ap.parse_args()
    if not (args.data / "ecbplus").is_dir():
        sys.exit(f"{args.data}: no ecbplus folder (the public data must be beside the repository)")
    rng = random.Random(args.seed)
    embedder = default_embedder()
    rows = score_pairs(ecbplus_pairs(args.data, args.per_class, rng), ("en", "en"), embedder)
    rows += score_pairs(refresd_pairs(args.data), ("en", "fr"), embedder)
    rows += score_pairs(pawsx_pairs(args.data, args.per_class, rng), ("en", "fr"), embedder)
    t = Thresholds()
    cuts = {"location/time": t.location_same_fact, "date": t.date_same_fact}
    figures = summarise(rows, cuts)
    print(f"{'set':<16}{'pairs':>6}{'pos':>5}  AUC lexical background semantic model")
    for subset, e in figures.items():
        print(
            f"{subset:<16}{e['pairs']:>6}{e['positive']:>5}  "
            f"{e['auc_lexical']:>11.3f}{e['auc_background']:>11.3f}"
            f"{e['auc_semantic']:>9.3f}{e['auc_model']:>6.3f}"
        )
        for name, cut in cuts.items():
            pos, neg = e[f"{name}>={cut}"]
            print(f"{'':<27}model >= {cut} ({name}): one fact {pos:.1%}, not {neg:.1%}")
    if args.json:
        text = json.dumps(figures, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
