"""benchmarks/pairing_signals.py: the real pairs it reads and how it scores them."""

from __future__ import annotations

import random

import pytest

from conftest import SHARED, load_benchmark
from factdiff.segment import detect_language

DATA = SHARED / "data"


@pytest.mark.skipif(not (DATA / "ecbplus").is_dir(), reason="needs ../shared/data")
def test_public_pairs_are_balanced_and_labelled_by_their_own_annotations() -> None:
    bench = load_benchmark("pairing_signals.py")
    ecb = bench.ecbplus_pairs(DATA, 50, random.Random(1))
    labels = [p[2] for p in ecb]
    assert labels.count("same") == labels.count("other") == 50
    assert all(a != b and len(a.split()) >= 6 for a, b, _, _ in ecb)
    refresd = bench.refresd_pairs(DATA)
    assert len(refresd) == 1039  # PROVENANCE.md: 369 / 418 / 252
    assert sum(p[2] == "unrelated" for p in refresd) == 252
    paws = bench.pawsx_pairs(DATA, 30, random.Random(1))
    assert [p[2] for p in paws].count("paraphrase") == 30
    # English on the left whichever way the pair was written
    english_left = sum(
        detect_language(a) == "en" and detect_language(b) == "fr" for a, b, _, _ in paws
    )
    assert english_left >= 0.9 * len(paws)


def test_signals_of_each_pair_come_from_its_own_two_sentences() -> None:
    bench = load_benchmark("pairing_signals.py")
    pairs = [
        (
            "The talks were held in Paris on Thursday.",
            "Talks were held in Paris on Thursday.",
            "same",
            "ecbplus",
        ),
        (
            "A storm closed the harbour at dawn.",
            "The council approved a new budget.",
            "other",
            "ecbplus",
        ),
        (
            "Dr. Smith opened the new ward on Monday.",
            "Smith opened the ward on Monday.",
            "same",
            "ecbplus",
        ),
    ]
    rows = bench.score_pairs(pairs, ("en", "en"), None)
    # every pair is read as one sentence a side ("Dr." does not end one)
    assert [r["label"] for r in rows] == ["same", "other", "same"]
    assert rows[0]["lexical"] > rows[1]["lexical"] and rows[2]["lexical"] > rows[1]["lexical"]
    assert "semantic" not in rows[0]  # no embedder given: the lexical signals only
    figures = bench.summarise(rows, {"cut": 0.5})
    assert figures["ecbplus"]["auc_lexical"] == 1.0 and figures["ecbplus"]["pairs"] == 3
