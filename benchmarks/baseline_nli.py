"""factdiff against the NLI baseline a user would otherwise run, on the seeds and dev clusters.

    python benchmarks/baseline_nli.py [--runs 3] [--threshold 0.5]

The baseline (SummaC-style, no alignment): every pair of sentences from two
different sources is scored by the NLI model in both directions, and a pair is
flagged when the larger contradiction probability reaches the threshold, as
one finding of kind "other" with both sentences as evidence. factdiff runs
its own pipeline (typed rules, alignment, NLI review). Both use the same model
(models/nli, or when it is absent a tiny random stand-in: the pair counts and
times still hold, recall and precision then mean nothing) and the same
sentences; each is scored against gold.json with ../shared/eval/score.py's
score(). Prints, per cluster and in total: NLI directions scored, median time
over --runs, recall, precision and false alarms, and the ratio of pairs.
Goal: factdiff scores at most 10 % of the baseline's pairs, with recall no
lower and precision higher.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import warnings

from _common import CountingScorer, add_tiny_arg, clusters, model_dir, score_module

from factdiff.ingest import read_articles
from factdiff.nli import NLIScorer
from factdiff.pipeline import Settings, run
from factdiff.segment import segment


def baseline(files: list[str], scorer, threshold: float) -> dict:
    """The baseline's report (only what score() reads): findings with evidence."""
    articles, _ = read_articles(files)
    sentences = [segment(a) for a in articles]
    pairs = [
        (s, t) for i, a in enumerate(sentences) for b in sentences[i + 1 :] for s in a for t in b
    ]
    directions = [(s.text, t.text) for s, t in pairs] + [(t.text, s.text) for s, t in pairs]
    probs = scorer.score(directions) if directions else []
    n = len(pairs)
    findings = []
    for k, (s, t) in enumerate(pairs):
        contradiction = max(float(probs[k][2]), float(probs[n + k][2]))
        if contradiction >= threshold:
            findings.append(
                {
                    "id": f"b{len(findings) + 1}",
                    "kind": "other",
                    "severity": "warning",
                    "confidence": contradiction,
                    "evidence": [
                        {"source": s.source, "text": s.text},
                        {"source": t.source, "text": t.text},
                    ],
                }
            )
    return {"findings": findings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.5)
    add_tiny_arg(parser, default="small")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    score = score_module().score
    folder, real = model_dir(args.tiny)
    print(
        f"model: {folder} ({'shipped' if real else 'tiny random stand-in: models/nli absent; '}"
        f"{'' if real else 'recall/precision below are meaningless, pairs and time hold'})"
    )
    scorer = NLIScorer(folder)
    scorer.score([("warm up", "the model")])
    totals = {
        p: {
            "pairs": 0,
            "sec": 0.0,
            "gold": 0,
            "hit": 0,
            "flagged": 0,
            "useful": 0,
            "consistent": 0,
            "alarms": 0,
        }
        for p in ("factdiff", "baseline")
    }
    header = (
        f"{'cluster':32} {'pipeline':9} {'NLI pairs':>9} {'sec':>7} {'recall':>7} "
        f"{'precision':>9} {'alarms':>7}"
    )
    print(header)
    for name, files, gold_path in clusters():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for pipeline in ("factdiff", "baseline"):
            times, pairs, result = [], 0, None
            for _ in range(args.runs):
                counting = CountingScorer(scorer)
                t = time.perf_counter()
                if pipeline == "factdiff":
                    report = json.loads(
                        run(files, Settings(cache=False), scorer=counting).to_json()
                    )
                else:
                    report = baseline(files, counting, args.threshold)
                times.append(time.perf_counter() - t)
                pairs = counting.pairs
                result = score(report, gold)
            sec = statistics.median(times)
            tot = totals[pipeline]
            tot["pairs"] += pairs
            tot["sec"] += sec
            for k in ("gold", "hit", "flagged", "useful", "consistent", "alarms"):
                tot[k] += result[k]
            print(
                f"{name:32} {pipeline:9} {pairs:>9} {sec:7.2f} "
                f"{result['hit']:>3}/{result['gold']:<3} {result['useful']:>4}/"
                f"{result['flagged']:<4} {result['alarms']:>3}/{result['consistent']:<3}"
            )
    print()
    for pipeline, tot in totals.items():
        recall = tot["hit"] / tot["gold"] if tot["gold"] else 0.0
        precision = tot["useful"] / tot["flagged"] if tot["flagged"] else 0.0
        print(
            f"TOTAL {pipeline:9} NLI pairs {tot['pairs']:>6}  time {tot['sec']:7.2f} s  "
            f"recall {recall:.3f} ({tot['hit']}/{tot['gold']})  precision {precision:.3f} "
            f"({tot['useful']}/{tot['flagged']})  false alarms {tot['alarms']}/"
            f"{tot['consistent']}"
        )
    f, b = totals["factdiff"], totals["baseline"]
    print(
        f"ratio factdiff/baseline: NLI pairs {f['pairs'] / max(b['pairs'], 1):.3f} "
        f"(goal <= 0.10), time {f['sec'] / max(b['sec'], 1e-9):.3f}"
    )


if __name__ == "__main__":
    main()
