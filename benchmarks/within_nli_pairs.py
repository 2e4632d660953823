"""The NLI model asked about every same-kind sentence pair of single articles.

    python benchmarks/within_nli_pairs.py SET... [--model DIR] [--baseline DIR]

Issue #14 asks for NLI on the same-slot sentence pairs of an article. This measures
what the judge itself can see there, with no gate and no rule: every pair of sentences
of one article that both give a claim of one kind (a date, a number, a place...) is
read both ways, and an article is flagged at a cut when one of its pairs has a
contradiction probability above it (the smaller of the two directions, what an untyped
finding needs, and the larger). Printed per model and cut: recall on the contradictory
articles, the share of clean articles flagged, and the share of contradictory articles
flagged on their labelled pair; then how often the labelled pair is the article's
top-scoring pair.

Only developable sets belong here (the labelled sentences are read); a blind set's
figures are counts like any other benchmark's, never a guide.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test
from _common import model_comparison_args  # noqa: E402

from factdiff.ingest import read_articles  # noqa: E402
from factdiff.pipeline import extract_articles  # noqa: E402
from factdiff.settings import Settings  # noqa: E402

CUTS = (0.5, 0.8, 0.92)


@dataclass
class ArticlePairs:
    """One labelled article: its same-kind sentence pairs (by sentence index and text)
    and, for a contradictory article, the labelled pair's indices (None when a snippet
    is in no sentence)."""

    file: str
    contradictory: bool
    pairs: list[tuple[int, int, str, str]]
    labelled: tuple[int, int] | None = None
    scores: dict[str, np.ndarray] = field(default_factory=dict)


def article_pairs(folder: Path) -> list[ArticlePairs]:
    """The same-kind sentence pairs of every article of a single-article set."""
    labels = {x["file"]: x for x in json.loads((folder / "labels.json").read_text("utf-8"))}
    settings = Settings(nli=False)
    articles, _ = read_articles([folder / f for f in sorted(labels)], max_bytes=settings.max_bytes)
    extraction = extract_articles(articles, settings)
    out = []
    for article in articles:
        label = labels[Path(article.path).name]
        sentences = [s for s in extraction.sentences if s.source == article.id]
        kinds: dict[int, set[str]] = {}
        for claim in extraction.claims:
            if claim.source == article.id:
                kinds.setdefault(claim.sentence.index, set()).add(claim.kind)
        pairs = [
            (a.index, b.index, a.text, b.text)
            for a, b in itertools.combinations(sentences, 2)
            if kinds.get(a.index, set()) & kinds.get(b.index, set())
        ]
        labelled = None
        if label["contradiction"]:
            ends = [
                next((s.index for s in sentences if snip.lower() in s.text.lower()), None)
                for snip in label["snippets"]
            ]
            if None not in ends:
                labelled = (min(ends), max(ends))
        out.append(ArticlePairs(label["file"], bool(label["contradiction"]), pairs, labelled))
    return out


def score(model: Path | None, articles: list[ArticlePairs], name: str) -> None:
    """Fill each article's scores[name] with (contradiction one way, the other way)."""
    from factdiff.nli.model import LABELS
    from factdiff.nli.scorer import NLIScorer

    scorer = NLIScorer(model) if model else NLIScorer()
    column = LABELS.index("contradiction")
    flat = [(p[2], p[3]) for a in articles for p in a.pairs]
    probs = scorer.score(flat + [(b, a) for a, b in flat])[:, column] if flat else np.zeros(0)
    forward, backward = probs[: len(flat)], probs[len(flat) :]
    start = 0
    for a in articles:
        end = start + len(a.pairs)
        a.scores[name] = np.stack([forward[start:end], backward[start:end]], axis=1)
        start = end


def figures(articles: list[ArticlePairs], name: str, cut: float, both_ways: bool) -> dict:
    """Recall, clean flagged and labelled pair flagged at `cut`."""
    flagged_contra = flagged_clean = with_pair = 0
    for a in articles:
        s = a.scores[name]
        value = s.min(axis=1) if both_ways else s.max(axis=1)
        hits = {(a.pairs[i][0], a.pairs[i][1]) for i in np.nonzero(value > cut)[0]}
        if a.contradictory:
            flagged_contra += bool(hits)
            with_pair += a.labelled in hits
        else:
            flagged_clean += bool(hits)
    n_contra = sum(a.contradictory for a in articles) or 1
    n_clean = sum(not a.contradictory for a in articles) or 1
    return {
        "recall": flagged_contra / n_contra,
        "clean_flagged": flagged_clean / n_clean,
        "labelled_pair": with_pair / n_contra,
    }


def top_pair_share(articles: list[ArticlePairs], name: str) -> tuple[int, int, int]:
    """(contradictory articles, those whose labelled pair is a same-kind pair, those
    whose labelled pair scores highest of the article's pairs, both ways)."""
    contra = [a for a in articles if a.contradictory]
    among = top = 0
    for a in contra:
        keys = [(p[0], p[1]) for p in a.pairs]
        if a.labelled not in keys:
            continue
        among += 1
        value = a.scores[name].min(axis=1)
        top += int(value.argmax()) == keys.index(a.labelled)
    return len(contra), among, top


def report(articles: list[ArticlePairs], name: str) -> None:
    print(f"\nmodel {name}")
    for both_ways in (True, False):
        way = "both ways" if both_ways else "one way  "
        for cut in CUTS:
            f = figures(articles, name, cut, both_ways)
            print(
                f"  {way} > {cut:<4}  recall {f['recall']:.3f}  clean flagged "
                f"{f['clean_flagged']:.3f}  labelled pair {f['labelled_pair']:.3f}"
            )
    n, among, top = top_pair_share(articles, name)
    print(f"  labelled pair among the same-kind pairs {among} of {n}, the top pair in {top}")


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = model_comparison_args(__doc__.split("\n\n")[0], "single-article sets (developable)")
    articles = [a for s in args.sets for a in article_pairs(s)]
    print(f"{len(articles)} articles, {sum(len(a.pairs) for a in articles)} same-kind pairs")
    models = {str(args.model or "shipped"): args.model}
    if args.baseline:
        models[str(args.baseline)] = args.baseline
    for name, model in models.items():
        score(model, articles, name)
        report(articles, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
