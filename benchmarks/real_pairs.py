"""Real statement pairs through factdiff, each pair given as two one-paragraph articles.

    HF_HUB_OFFLINE=1 python benchmarks/real_pairs.py [--data ../shared/data]
        [--per-class 150] [--seed 13] [--no-nli] [--model DIR] [--json FILE]
        [--dataset emergent] [--dataset rte3_fr]

Datasets (read in place from ``--data``, never copied; see each PROVENANCE.md):

- ``emergent``: per claim, two article headlines with stance "for" and
  "against" (conflicting) or both "for" (compatible); each headline is one
  article's body. Headline pairs are unique per claim and the two headlines of
  a pair differ (after case and spacing).
- ``rte3_fr``: RTE3-FR dev, premise as article a, hypothesis as article b;
  contradiction (conflicting) against entailment (compatible).

Both articles carry front matter (title, lang) and no ``published`` date.
Each class gets the same number of pairs, ``min(--per-class, smallest class)``,
drawn with ``--seed`` round-robin over the claims (emergent) or premises (rte3)
so that a few large groups do not fill the sample; ``--per-class 0`` takes every
pair of every class (no longer balanced).

For each dataset and class it prints the pairs, the **flagged rate** (a finding
of severity error or warning whose evidence covers both articles) and the share
of pairs that **reached the NLI model**: some sentence of one article (or a
window of it) was scored against some sentence of the other. That is counted
exactly, by wrapping the NLI model the run is given and recording the texts it
scores (one model for the whole process, no on-disk cache, so nothing depends on
a previous run); the JSON also gives the coarser ``stats.pairs_scored_nli > 0``.

The shipped NLI model was trained on emergent headlines (headline against claim)
and on the RTE3-FR dev premises outside its held-out bucket
(``factdiff.nli.data.RTE3_HELDOUT``); the rows ``rte3_fr (held out)`` count only
the pairs whose premise the model never saw. ``--json FILE`` writes every figure
and each pair's outcome (``-`` for stdout).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test

from _common import CountingScorer  # noqa: E402

from factdiff.pipeline import Settings, load_scorer, run  # noqa: E402

EMERGENT_CSV = Path("emergent") / "url-versions-2015-06-14-clean.csv"
RTE3_TSV = Path("rte3_fr") / "RTE3-FR-dev-set-3class.tsv"
DATASETS = ("emergent", "rte3_fr")
CLASSES = ("conflicting", "compatible")
FLAG_SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Pair:
    """Two statements, article a and article b, and what they are to each other."""

    dataset: str
    label: str  # "conflicting" or "compatible"
    pid: str
    group: str  # emergent: the claim id; rte3_fr: the premise
    a: str
    b: str
    lang: str
    nli_heldout: bool  # never seen by the shipped NLI model's training


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def emergent_pairs(path: Path) -> dict[str, list[Pair]]:
    """Every headline pair of one claim: for/against (conflicting), for/for (compatible).

    A headline is kept once per claim and stance (same text at several URLs), the
    two headlines of a pair differ, and a pair keeps the order of the file."""
    stances: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"for": [], "against": []})
    seen: set[tuple[str, str, str]] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stance = row["articleHeadlineStance"].strip()
            text = " ".join(row["articleHeadline"].split())
            key = (row["claimId"], stance, _norm(text))
            if stance not in ("for", "against") or not text or key in seen:
                continue
            seen.add(key)
            stances[row["claimId"]][stance].append(text)
    out: dict[str, list[Pair]] = {c: [] for c in CLASSES}

    def add(label: str, claim: str, a: str, b: str) -> None:
        if _norm(a) == _norm(b):
            return
        n = len(out[label])
        out[label].append(Pair("emergent", label, f"{label[:4]}{n}", claim, a, b, "en", False))

    for claim, by in stances.items():
        fors, againsts = by["for"], by["against"]
        for i, a in enumerate(fors):
            for b in againsts:
                add("conflicting", claim, a, b)
            for b in fors[i + 1 :]:
                add("compatible", claim, a, b)
    return out


def rte3_pairs(path: Path) -> dict[str, list[Pair]]:
    """RTE3-FR pairs: contradiction (conflicting) and entailment (compatible); neutral
    pairs are left out."""
    from factdiff.nli.data import _rte3_heldout  # the split the NLI training used

    label_of = {"contradiction": "conflicting", "entailment": "compatible"}
    out: dict[str, list[Pair]] = {c: [] for c in CLASSES}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = label_of.get(row["label_text"].strip())
            premise, hypothesis = row["premise"].strip(), row["hypothesis"].strip()
            if label is None or not premise or not hypothesis:
                continue
            out[label].append(
                Pair(
                    "rte3_fr",
                    label,
                    row["id"],
                    premise,
                    premise,
                    hypothesis,
                    row.get("language") or "fr",
                    _rte3_heldout(premise),
                )
            )
    return out


def sample(by_class: dict[str, list[Pair]], per_class: int, seed: int) -> list[Pair]:
    """The same number of pairs in every class, min(per_class, smallest class), taken
    round-robin over the groups in a seeded order; per_class 0: every pair."""
    sizes = [len(v) for v in by_class.values()]
    n = min([per_class, *sizes]) if per_class > 0 else None
    out: list[Pair] = []
    for label in sorted(by_class):
        rng = random.Random(f"{seed}:{label}")
        groups: dict[str, list[Pair]] = defaultdict(list)
        for p in by_class[label]:
            groups[p.group].append(p)
        order = sorted(groups)
        rng.shuffle(order)
        queues = []
        for g in order:
            members = list(groups[g])
            rng.shuffle(members)
            queues.append(members)
        taken: list[Pair] = []
        limit = len(by_class[label]) if n is None else n
        depth = 0
        while len(taken) < limit:
            for q in queues:
                if depth < len(q) and len(taken) < limit:
                    taken.append(q[depth])
            depth += 1
        out.extend(taken)
    return out


def load(name: str, data: Path) -> dict[str, list[Pair]]:
    if name == "emergent":
        return emergent_pairs(data / EMERGENT_CSV)
    if name == "rte3_fr":
        return rte3_pairs(data / RTE3_TSV)
    raise ValueError(f"unknown dataset {name!r}")


def _front_matter(title: str, lang: str) -> str:
    # JSON strings are YAML strings: quotes and colons in a headline stay text.
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nlang: {lang}\n---\n"


def _crosses(seen: Iterable[tuple[str, str]], a: str, b: str) -> bool:
    """Whether a scored pair has one text from article a and the other from article b
    (a sentence or a window of one is a substring of its article)."""
    return any((x in a and y in b) or (x in b and y in a) for x, y in seen)


def check_pair(pair: Pair, folder: Path, settings: Settings, scorer: CountingScorer | None) -> dict:
    """Run factdiff on the pair as two articles; the outcome of the pair."""
    folder.mkdir(parents=True)
    paths = []
    for side, body in (("a", pair.a), ("b", pair.b)):
        path = folder / f"{side}.md"
        title = f"{pair.dataset} {pair.pid} {side}"
        path.write_text(_front_matter(title, pair.lang) + "\n" + body + "\n", encoding="utf-8")
        paths.append(str(path))
    if scorer is not None:
        scorer.seen = []
    report = run(paths, settings, scorer=scorer)
    if report.skipped:
        raise RuntimeError(f"{pair.dataset} {pair.pid}: skipped {report.skipped}")
    flagged = [
        f
        for f in report.findings
        if f.severity in FLAG_SEVERITIES and {e.source for e in f.evidence} >= {"a.md", "b.md"}
    ]
    # The texts as factdiff read them (front matter and Markdown removed).
    text = {s.id: s.text for s in report.sources}
    return {
        "pid": pair.pid,
        "label": pair.label,
        "nli_heldout": pair.nli_heldout,
        "flagged": bool(flagged),
        "kinds": sorted({f.kind for f in flagged}),
        "flagged_by_nli": any(f.nli is not None for f in flagged),
        "reached_nli": bool(scorer and _crosses(scorer.seen, text["a.md"], text["b.md"])),
        "pairs_scored_nli": report.stats.pairs_scored_nli,
        "a": pair.a,
        "b": pair.b,
    }


def summarize(outcomes: list[dict]) -> dict:
    n = len(outcomes)

    def rate(key: str) -> float | None:
        return round(sum(o[key] for o in outcomes) / n, 4) if n else None

    return {
        "pairs": n,
        "flagged_rate": rate("flagged"),
        "reached_nli_share": rate("reached_nli"),
        "pairs_scored_nli_gt0_share": (
            round(sum(o["pairs_scored_nli"] > 0 for o in outcomes) / n, 4) if n else None
        ),
        "flagged_by_kind": {
            k: sum(k in o["kinds"] for o in outcomes)
            for k in sorted({k for o in outcomes for k in o["kinds"]})
        },
    }


def run_dataset(
    name: str,
    data: Path,
    per_class: int,
    seed: int,
    settings: Settings,
    scorer: CountingScorer | None,
) -> dict:
    t0 = time.perf_counter()
    pairs = sample(load(name, data), per_class, seed)
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="factdiff-real-pairs-") as tmp:
        for n, pair in enumerate(pairs):
            outcomes.append(check_pair(pair, Path(tmp) / f"{n:05d}", settings, scorer))
            if (n + 1) % 50 == 0:
                print(f"  {name}: {n + 1}/{len(pairs)} pairs", file=sys.stderr, flush=True)
    rows = {label: summarize([o for o in outcomes if o["label"] == label]) for label in CLASSES}
    heldout = [o for o in outcomes if o["nli_heldout"]]
    result = {
        "dataset": name,
        "classes": rows,
        "seconds": round(time.perf_counter() - t0, 2),
        "pairs": outcomes,
    }
    if heldout:
        result["nli_heldout_classes"] = {
            label: summarize([o for o in heldout if o["label"] == label]) for label in CLASSES
        }
    return result


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:5.1f}%"


def print_table(results: list[dict], nli_on: bool, model: str, total: float) -> None:
    print(f"NLI: {'on, ' + model if nli_on else 'off (--no-nli)'}")
    head = f"{'dataset':<22} {'class':<12} {'pairs':>5} {'flagged':>8} {'reached NLI':>11}"
    print(head)
    print("-" * len(head))
    for r in results:
        blocks = [(r["dataset"], r["classes"])]
        if "nli_heldout_classes" in r:
            blocks.append((r["dataset"] + " (held out)", r["nli_heldout_classes"]))
        for name, classes in blocks:
            for label in CLASSES:
                row = classes[label]
                print(
                    f"{name:<22} {label:<12} {row['pairs']:>5} "
                    f"{_pct(row['flagged_rate']):>8} {_pct(row['reached_nli_share']):>11}"
                )
        print(f"{'':<22} time {r['seconds']:.1f} s")
    print(f"total {total:.1f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--per-class", type=int, default=150, help="pairs per class; 0 = all")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-nli", action="store_true")
    ap.add_argument("--model", default=None, help="NLI model folder (default: shipped)")
    ap.add_argument("--json", default=None, help="write the figures as JSON here ('-': stdout)")
    ap.add_argument(
        "--dataset",
        action="append",
        choices=DATASETS,
        help="a dataset to run (repeatable; default: all)",
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    missing = [
        str(args.data / f)
        for name, f in (("emergent", EMERGENT_CSV), ("rte3_fr", RTE3_TSV))
        if name in (args.dataset or DATASETS) and not (args.data / f).is_file()
    ]
    if missing:
        print(f"not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    # One model for the whole process, handed to every run: an injected scorer has no
    # on-disk cache (cache=False says so), so the figures never depend on an earlier run.
    settings = Settings(nli=not args.no_nli, model=args.model, cache=False, stories="off")
    scorer = None
    if settings.nli:
        inner = load_scorer(settings)
        if inner is None:
            print("no NLI model installed: run with --no-nli or --model DIR", file=sys.stderr)
            return 2
        scorer = CountingScorer(inner)
    results = [
        run_dataset(name, args.data, args.per_class, args.seed, settings, scorer)
        for name in (args.dataset or DATASETS)
    ]
    total = time.perf_counter() - t0
    model = scorer.model_id if scorer else "none"
    if args.json != "-":
        print_table(results, settings.nli, model, total)
    if args.json:
        payload = {
            "nli": settings.nli,
            "model": model,
            "per_class": args.per_class,
            "seed": args.seed,
            "seconds": round(total, 2),
            "nli_seconds": round(scorer.seconds, 2) if scorer else 0.0,
            "datasets": results,
        }
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
