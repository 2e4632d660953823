"""benchmarks/claim_pair_signals.py: masked claim contexts, labels, mutual best, and a
combined model that never scores the set it was fitted on."""

from __future__ import annotations

import hashlib
import json

import numpy as np

from conftest import load_benchmark
from helpers_articles import write_article


class HashEmbedder:
    """Unit vectors from a hash of each text: deterministic, equal texts meet at 1."""

    def embed(self, texts: list[str]) -> np.ndarray:
        rows = []
        for t in texts:
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:4], "little")
            v = np.random.default_rng(seed).normal(size=384)
            rows.append(v / np.linalg.norm(v))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), 384)


def test_masked_contexts_keep_the_neighbours_and_never_the_value() -> None:
    bench = load_benchmark("claim_pair_signals.py")
    text = "Selon la capitainerie, le port a accueilli 1 200 conteneurs mardi, un record."
    start = text.index("1 200")
    span = (start, start + len("1 200"))
    assert bench.masked_window(text, span, 2) == "a accueilli … conteneurs mardi,"
    assert bench.masked_clause(text, span) == "le port a accueilli … conteneurs mardi"
    for context in (bench.masked_window(text, span, 8), bench.masked_clause(text, span)):
        assert "1 200" not in context and "200" not in context


def test_rows_label_the_two_claims_of_a_labelled_pair_and_only_them(tmp_path) -> None:
    bench = load_benchmark("claim_pair_signals.py")
    folder = tmp_path / "cluster"
    folder.mkdir()
    write_article(
        folder,
        "a.md",
        "Le port de Brest a accueilli 1 200 conteneurs mardi.\n\n"
        "Les dockers ont travaillé pendant 14 heures.",
        "2026-03-04",
    )
    write_article(
        folder,
        "b.md",
        "Le port de Brest a reçu 1 500 conteneurs mardi.\n\n"
        "La manutention a duré 14 heures, selon le syndicat.",
        "2026-03-04",
    )
    gold = {
        "discrepancies": [
            {
                "kind": "number",
                "sources": ["a.md", "b.md"],
                "snippets": ["1 200 conteneurs", "1 500 conteneurs"],
            }
        ],
        "consistent": [],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = bench.rows_of_cluster(folder, HashEmbedder())
    numbers = [r for r in rows if r["kind"] == "number"]
    assert len(numbers) == 4  # two numbers a side, every cross-source pair
    labelled = [r for r in numbers if r["label"] == "discrepancy"]
    assert len(labelled) == 1 and all(r["label"] == "other" for r in numbers if r not in labelled)
    for r in rows:
        assert 0.0 <= r["sentence"] <= 1.0 and -1.0 <= r["clause"] <= 1.0


def test_mutual_best_is_best_for_both_claims() -> None:
    bench = load_benchmark("claim_pair_signals.py")

    def row(a, b, value):
        r = {"cluster": "c", "kind": "number", "a": a, "b": b, "source_a": "A", "source_b": "B"}
        return r | {"sentence": value, "window4": value, "window8": value, "clause": value}

    rows = [row("a1", "b1", 0.9), row("a1", "b2", 0.5), row("a2", "b1", 0.95), row("a2", "b2", 0.4)]
    bench.add_mutual(rows)
    flags = {(r["a"], r["b"]): r["mutual_sentence"] for r in rows}
    # a1's best is b1, but b1's best is a2: only a2-b1 is best both ways
    assert flags == {("a1", "b1"): 0.0, ("a1", "b2"): 0.0, ("a2", "b1"): 1.0, ("a2", "b2"): 0.0}


def synthetic_sets(bench, names: tuple[str, ...], seed: int) -> tuple[list[dict], list[str]]:
    """60 number pairs a set whose label follows three of the signals (a discrepancy
    above 0.7), the others noise."""
    rng = np.random.default_rng(seed)
    rows, sets = [], []
    for name in names:
        for i in range(60):
            value = float(rng.uniform())
            rows.append(
                {"kind": "number", "label": "discrepancy" if value > 0.7 else "other"}
                | {"sentence": value, "local": value, "window4": value, "window8": rng.uniform()}
                | {"clause": rng.uniform(), "crosslingual": 0.0}
                | {m: float(i % 5 == 0) for m in bench.MUTUAL}
            )
            sets.append(name)
    return rows, sets


def flip_labels(rows: list[dict], sets: list[str], which: str) -> list[dict]:
    return [
        r | {"label": "other" if r["label"] != "other" else "discrepancy"} if s == which else r
        for r, s in zip(rows, sets, strict=True)
    ]


def test_combined_scores_of_a_set_do_not_see_its_labels() -> None:
    bench = load_benchmark("claim_pair_signals.py")
    rows, sets = synthetic_sets(bench, ("s1", "s2", "s3"), seed=3)
    before = bench.combined_scores(rows, sets)
    after = bench.combined_scores(flip_labels(rows, sets, "s2"), sets)
    in_s2 = np.array(sets) == "s2"
    assert np.allclose(before[in_s2], after[in_s2])  # s2 scored by a model fitted on s1, s3
    assert not np.allclose(before[~in_s2], after[~in_s2])  # which s2's labels do move
    labels = np.array([r["label"] != "other" for r in rows])
    assert bench.auc(before[labels], before[~labels]) > 0.9


def test_a_measured_set_is_never_fitted_on() -> None:
    bench = load_benchmark("claim_pair_signals.py")
    rows, sets = synthetic_sets(bench, ("s1", "s2", "check"), seed=5)
    measured = frozenset({"check"})
    before = bench.combined_scores(rows, sets, measured)
    after = bench.combined_scores(flip_labels(rows, sets, "check"), sets, measured)
    assert np.allclose(before, after)  # its labels move no score, its own nor the others'
    in_check = np.array(sets) == "check"
    labels = np.array([r["label"] != "other" for r in rows])
    assert bench.auc(before[in_check & labels], before[in_check & ~labels]) > 0.9
