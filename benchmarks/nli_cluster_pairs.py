"""The NLI model asked directly about the labelled sentence pairs of labelled clusters.

    python benchmarks/nli_cluster_pairs.py SET... [--model DIR] [--baseline DIR]

For every labelled item of each cluster (a discrepancy, or a consistent look-alike),
the first sentence of each of its two sources that holds its snippet; the model reads
the pair both ways. Printed per model: the share of discrepancies and of look-alikes
whose contradiction probability (the larger of the two directions, and the smaller:
what an untyped finding needs) is above each cut, overall and by kind. No gate, no
rule: what the judge itself can see once a pair reaches it.

Only developable sets belong here (the sentences are read to build the pairs); a
blind set's figures are counts like any other benchmark's, never a guide.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test
from _common import article_files, cluster_dirs, model_comparison_args  # noqa: E402

from factdiff.ingest import read_articles  # noqa: E402
from factdiff.pipeline import extract_articles  # noqa: E402
from factdiff.settings import Settings  # noqa: E402

CUTS = (0.5, 0.92)


def labelled_pairs(folder: Path) -> list[dict]:
    """(kind, group, sentence a, sentence b) of every labelled item of one cluster."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = article_files(folder)
    settings = Settings(nli=False)
    articles, _ = read_articles(files, max_bytes=settings.max_bytes)
    sentences = extract_articles(articles, settings).sentences
    out = []
    for group in ("discrepancies", "consistent"):
        for item in gold.get(group, []):
            ends = [
                next(
                    (
                        s.text
                        for s in sentences
                        if s.source == source and snippet.lower() in s.text.lower()
                    ),
                    None,
                )
                for source, snippet in zip(item["sources"], item["snippets"], strict=True)
            ]
            if None not in ends:
                out.append({"group": group, "kind": item["kind"], "a": ends[0], "b": ends[1]})
    return out


def contradictions(model: Path | None, pairs: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, the contradiction probability read each way: (larger, smaller)."""
    from factdiff.nli.model import LABELS
    from factdiff.nli.scorer import NLIScorer

    scorer = NLIScorer(model) if model else NLIScorer()
    column = LABELS.index("contradiction")
    probs = scorer.score([(p["a"], p["b"]) for p in pairs] + [(p["b"], p["a"]) for p in pairs])
    ab, ba = probs[: len(pairs), column], probs[len(pairs) :, column]
    return np.maximum(ab, ba), np.minimum(ab, ba)


def report(name: str, pairs: list[dict], high: np.ndarray, low: np.ndarray) -> dict:
    print(f"\n{name}")
    figures: dict = {}
    for group in ("discrepancies", "consistent"):
        mask = np.array([p["group"] == group for p in pairs])
        cells = [f"{np.mean(v[mask] > cut):.2f}" for v in (high, low) for cut in CUTS]
        figures[group] = cells
        print(
            f"  {group:<14} {mask.sum():>4}  contradiction one way > 0.5 / 0.92: "
            f"{cells[0]} / {cells[1]}; both ways: {cells[2]} / {cells[3]}"
        )
        by_kind: dict[str, list[float]] = defaultdict(list)
        for p, value in zip(pairs, high, strict=True):
            if p["group"] == group:
                by_kind[p["kind"]].append(value)
        print(
            "     "
            + ", ".join(
                f"{kind} {np.mean(np.array(v) > 0.5):.2f} of {len(v)}"
                for kind, v in sorted(by_kind.items())
            )
        )
    return figures


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = model_comparison_args(__doc__.split("\n\n")[0], "labelled cluster sets (developable)")
    pairs = [p for s in args.sets for d in cluster_dirs(s) for p in labelled_pairs(d)]
    report(f"model {args.model or 'shipped'}", pairs, *contradictions(args.model, pairs))
    if args.baseline:
        report(f"baseline {args.baseline}", pairs, *contradictions(args.baseline, pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
