"""benchmarks/within_nli_pairs.py: the same-kind sentence pairs of single articles it asks
the NLI model about, and what it counts at a cut."""

from __future__ import annotations

import json

import numpy as np

from conftest import load_benchmark
from helpers_articles import write_article

bench = load_benchmark("within_nli_pairs.py")


def test_pairs_are_sentences_of_one_article_giving_claims_of_one_kind(tmp_path) -> None:
    write_article(
        tmp_path,
        "fr-01.md",
        "LYON — Sept personnes ont été tuées lundi dans un accident de car.\n\n"
        "Le car venait de Grenoble. Les huit morts étaient tous des passagers du car.",
        published="2025-03-11",
    )
    write_article(
        tmp_path,
        "en-01.md",
        "LEEDS — Four people were hurt on Monday when a bus overturned.\n\n"
        "The driver was not hurt.",
        published="2025-03-11",
    )
    labels = [
        {"file": "en-01.md", "lang": "en", "contradiction": False, "kind": None, "snippets": []},
        {
            "file": "fr-01.md",
            "lang": "fr",
            "contradiction": True,
            "kind": "number",
            "snippets": ["Sept personnes", "huit morts"],
        },
    ]
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    articles = {a.file: a for a in bench.article_pairs(tmp_path)}
    french = articles["fr-01.md"]
    assert french.contradictory and french.labelled is not None
    texts = [(p[2], p[3]) for p in french.pairs]
    # the toll of the lead and of the last sentence are a pair; the sentence with no
    # number is in none
    assert any("Sept" in a and "huit" in b for a, b in texts)
    assert not any("Grenoble" in a + b for a, b in texts)
    assert (french.pairs[0][0], french.pairs[0][1]) == french.labelled
    # the article's label follows its file, whatever order the reader returns them in
    assert not articles["en-01.md"].contradictory


def _article(contradictory: bool, scores: list[tuple[float, float]]) -> object:
    pairs = [(i, i + 1, "a", "b") for i in range(len(scores))]
    a = bench.ArticlePairs("x.md", contradictory, pairs, (0, 1) if contradictory else None)
    a.scores["m"] = np.array(scores, dtype=float).reshape(-1, 2)
    return a


def test_figures_count_articles_by_their_top_pair_both_ways_or_one_way() -> None:
    articles = [
        _article(True, [(0.95, 0.93), (0.1, 0.1)]),  # its labelled pair, both ways
        _article(True, [(0.2, 0.1), (0.99, 0.6)]),  # another pair, one way only
        _article(False, [(0.97, 0.95)]),  # a clean article flagged
        _article(False, [(0.3, 0.2)]),
    ]
    both = bench.figures(articles, "m", 0.92, both_ways=True)
    assert both == {"recall": 0.5, "clean_flagged": 0.5, "labelled_pair": 0.5}
    one = bench.figures(articles, "m", 0.92, both_ways=False)
    assert one == {"recall": 1.0, "clean_flagged": 0.5, "labelled_pair": 0.5}
    assert bench.top_pair_share(articles, "m") == (2, 2, 1)
