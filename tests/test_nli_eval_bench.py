"""benchmarks/nli_eval.py: its metrics, and the held-out French claim pairs it adds."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import SHARED, load_benchmark

DATA = SHARED / "data"


def test_metrics_balanced_accuracy_reads_contradiction_above_one_half() -> None:
    bench = load_benchmark("nli_eval.py")
    probs = np.array(
        [
            [0.1, 0.1, 0.8],  # contradiction, said: right
            [0.2, 0.4, 0.4],  # contradiction, argmax neutral/contra tie, p <= 0.5: missed
            [0.1, 0.3, 0.6],  # neutral, said contradiction: false alarm
            [0.7, 0.2, 0.1],  # entailment: right
        ]
    )
    m = bench.metrics(probs, ["contradiction", "contradiction", "neutral", "entailment"])
    assert m["contradiction_balanced_accuracy"] == pytest.approx((0.5 + 0.5) / 2)
    assert m["contradiction_precision"] == 0.5 and m["n"] == 4


@pytest.mark.skipif(not (DATA / "nli_extra").is_dir(), reason="needs ../shared/data/nli_extra")
def test_held_out_claim_pairs_are_french_both_ways_and_never_trained_on() -> None:
    from factdiff.nli.data import held_out_claim_pairs, training_pairs

    pairs = held_out_claim_pairs(DATA)
    assert len(pairs) > 200 and len(pairs) % 2 == 0
    assert {p.label for p in pairs} == {"entailment", "neutral", "contradiction"}
    forward, backward = pairs[0::2], pairs[1::2]
    for f, b in zip(forward, backward, strict=True):
        assert (f.premise, f.hypothesis) == (b.hypothesis, b.premise)
        assert f.source.startswith("claims_fr_") and (f.label == "contradiction") == (
            b.label == "contradiction"
        )
    seen = {(p.premise, p.hypothesis) for m in ("v3", "v4") for p in training_pairs(DATA, mix=m)[0]}
    assert not any((p.premise, p.hypothesis) in seen for p in forward)
