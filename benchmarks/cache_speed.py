"""NLI time of a first run and of a second run served by the on-disk NLI cache.

    python benchmarks/cache_speed.py [--runs 5]

On the seeds (and on the seeds plus the dev clusters in one run, several
stories), each repetition starts from an empty cache folder: the first run
scores every pair and writes the cache, the second reads it. Prints the NLI
stage time of both (stats.seconds["nli"]), the pairs the model scored, their
medians and the ratio second/first (goal: at most 0.20), and checks that both
runs give the same report. Uses models/nli if present, else a tiny random model.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import warnings

from _common import DEV, ROOT, CountingScorer, add_tiny_arg, model_dir

from factdiff.nli import NLIScorer
from factdiff.pipeline import Settings, run


def _same(a, b) -> bool:
    da, db = json.loads(a.to_json()), json.loads(b.to_json())
    da["stats"].pop("seconds")
    db["stats"].pop("seconds")
    return da == db


def measure(name: str, paths: list[str], scorer: NLIScorer, runs: int, stories: str) -> None:
    first_t, second_t = [], []
    for i in range(runs):
        with tempfile.TemporaryDirectory() as cache_dir:
            settings = Settings(cache=True, cache_dir=cache_dir, stories=stories)
            cold = CountingScorer(scorer)
            r1 = run(paths, settings, scorer=cold)
            warm = CountingScorer(scorer)
            r2 = run(paths, settings, scorer=warm)
        t1, t2 = r1.stats.seconds["nli"], r2.stats.seconds["nli"]
        first_t.append(t1)
        second_t.append(t2)
        print(
            f"  {name} run {i + 1}: first {t1:.3f} s ({cold.pairs} pairs scored), "
            f"second {t2:.4f} s ({warm.pairs} pairs scored), same report: {_same(r1, r2)}"
        )
    m1, m2 = statistics.median(first_t), statistics.median(second_t)
    print(
        f"{name}: median NLI time first {m1:.3f} s, second {m2:.4f} s; "
        f"ratio second/first {m2 / m1:.3f} (goal <= 0.20)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    add_tiny_arg(parser, default="medium")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    folder, real = model_dir(args.tiny)
    print(f"model: {folder} ({'shipped' if real else 'tiny random stand-in: models/nli absent'})")
    scorer = NLIScorer(folder)
    scorer.score([("warm up", "the model")])
    measure("seeds", [str(ROOT / "seeds")], scorer, args.runs, "auto")
    if DEV.is_dir():
        measure("seeds+dev", [str(ROOT / "seeds"), str(DEV)], scorer, args.runs, "on")


if __name__ == "__main__":
    main()
