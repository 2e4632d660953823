"""Accuracy and speed of the factdiff NLI model.

    HF_HUB_OFFLINE=1 python benchmarks/nli_eval.py [--model DIR] [--baseline DIR]
                                                   [--data ../shared/data]

Prints, for xnli_fr dev (never trained on), the held-out part of rte3_fr and
of gqnli_fr, and French claim-level pairs generated as in the model card from
the validation split no mix trains on (`held_out_claim_pairs`, both ways):
accuracy, contradiction precision/recall, and the balanced accuracy of
"contradiction" read at p > 0.5; then the scoring
speed in pairs/s (median over ``--runs``) on pairs of about 64 tokens, with
the scorer's length-sorted batching. ``--baseline DIR`` measures a second
model in the same run (speed timings alternate between the two).
``--json FILE`` also writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from factdiff.nli.data import Pair, eval_sets, held_out_claim_pairs  # noqa: E402
from factdiff.nli.model import LABELS  # noqa: E402
from factdiff.nli.scorer import NLIScorer  # noqa: E402


def metrics(probs: np.ndarray, gold: list[str]) -> dict[str, float]:
    pred = [LABELS[i] for i in probs.argmax(axis=1)]
    acc = float(np.mean([p == g for p, g in zip(pred, gold, strict=True)]))
    tp = sum(p == g == "contradiction" for p, g in zip(pred, gold, strict=True))
    n_pred = sum(p == "contradiction" for p in pred)
    n_gold = sum(g == "contradiction" for g in gold)
    # Contradiction or not, read at p(contradiction) > 0.5: the mean of the
    # recall on contradictions and on the other pairs.
    said = probs[:, LABELS.index("contradiction")] > 0.5
    is_c = np.array([g == "contradiction" for g in gold])
    halves = [float(said[is_c].mean()) if is_c.any() else None]
    halves.append(float((~said[~is_c]).mean()) if (~is_c).any() else None)
    known = [h for h in halves if h is not None]
    return {
        "n": len(gold),
        "accuracy": round(acc, 4),
        "contradiction_precision": round(tp / n_pred, 4) if n_pred else 0.0,
        "contradiction_recall": round(tp / n_gold, 4) if n_gold else 0.0,
        "contradiction_balanced_accuracy": round(sum(known) / len(known), 4),
    }


def speed(scorer: NLIScorer, pairs: list[tuple[str, str]], runs: int) -> tuple[float, float]:
    """Median pairs/s over ``runs`` and the mean token length of the pairs."""
    lengths = [len(scorer._encode(p, h)[0]) for p, h in pairs]
    scorer.score(pairs[:32])  # warm-up
    rates = []
    for _ in range(runs):
        t = time.perf_counter()
        scorer.score(pairs)
        rates.append(len(pairs) / (time.perf_counter() - t))
    return statistics.median(rates), float(np.mean(lengths))


def speed_pool(
    scorer: NLIScorer, pairs: list[tuple[str, str]], limit: int
) -> list[tuple[str, str]]:
    """The speed measure's ~64-token pairs: the first `limit` whose encoded length is 48..80."""
    return [x for x in pairs if 48 <= len(scorer._encode(*x)[0]) <= 80][:limit]


def add_model_args(ap: argparse.ArgumentParser) -> None:
    """Options every NLI benchmark takes: model, data, runs, speed pairs, threads."""
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: shipped)")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--speed-pairs", type=int, default=512)
    ap.add_argument("--threads", type=int, default=2)


def _evaluate(
    scorer: NLIScorer, sets: dict[str, list[Pair]], tag: str = ""
) -> dict[str, dict[str, float]]:
    out = {}
    for name, pairs in sets.items():
        t = time.perf_counter()
        probs = scorer.score([(p.premise, p.hypothesis) for p in pairs])
        m = metrics(probs, [p.label for p in pairs])
        out[name] = m
        print(
            f"{tag}{name:20s} n={m['n']:5d}  acc={m['accuracy']:.4f}  "
            f"contradiction P={m['contradiction_precision']:.3f} "
            f"R={m['contradiction_recall']:.3f}  "
            f"balanced (p>0.5)={m['contradiction_balanced_accuracy']:.3f}  "
            f"({time.perf_counter() - t:.0f}s)"
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_args(ap)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="a second model measured in the same run (speed timings interleaved)",
    )
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    scorers = {"model": NLIScorer(args.model, batch_size=args.batch_size)}
    if args.baseline is not None:
        scorers["baseline"] = NLIScorer(args.baseline, batch_size=args.batch_size)
    sets = eval_sets(args.data)
    sets["claims_fr_heldout"] = held_out_claim_pairs(args.data)
    results: dict[str, dict[str, object]] = {}
    for role, scorer in scorers.items():
        print(f"{role}: {scorer.model_id}  threads: {args.threads}")
        tag = f"[{role}] " if len(scorers) > 1 else ""
        results[role] = {"model": scorer.model_id, **_evaluate(scorer, sets, tag)}

    first = scorers["model"]
    pool = speed_pool(
        first, [(p.premise, p.hypothesis) for p in sets["xnli_fr_dev"]], args.speed_pairs
    )
    # One timing of each model in turn, `runs` times: a host whose load changes
    # during the run slows both alike.
    rates: dict[str, list[float]] = {role: [] for role in scorers}
    mean_len = 0.0
    for _ in range(args.runs):
        for role, scorer in scorers.items():
            rate, mean_len = speed(scorer, pool, 1)
            rates[role].append(rate)
    for role in scorers:
        rate = statistics.median(rates[role])
        results[role]["speed"] = {
            "pairs_per_s": round(rate, 1),
            "all_runs": [round(r, 1) for r in rates[role]],
            "pairs": len(pool),
            "mean_tokens": round(mean_len, 1),
            "runs": args.runs,
            "threads": args.threads,
        }
        print(
            f"[{role}] speed: {rate:.1f} pairs/s (median of {args.runs}, {len(pool)} pairs, "
            f"mean {mean_len:.0f} tokens, batch {args.batch_size})"
        )
    if args.json:
        out = results["model"] if len(scorers) == 1 else results
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
