"""benchmarks/nli_cluster_pairs.py: the labelled sentence pairs it asks the model about."""

from __future__ import annotations

import json

import numpy as np

from conftest import load_benchmark


def test_labelled_pairs_are_the_sentences_holding_each_snippet(tmp_path) -> None:
    bench = load_benchmark("nli_cluster_pairs.py")
    (tmp_path / "a.md").write_text(
        "Les pourparlers se sont tenus mercredi à Paris. Le ministre a parlé ensuite.\n"
    )
    (tmp_path / "b.md").write_text(
        "The talks were held in Paris on Thursday. Nothing was signed.\n"
    )
    gold = {
        "discrepancies": [
            {"kind": "date", "sources": ["a.md", "b.md"], "snippets": ["mercredi", "Thursday"]}
        ],
        "consistent": [
            {"kind": "location", "sources": ["a.md", "b.md"], "snippets": ["à Paris", "in Paris"]},
            # a snippet no sentence holds: the item is left out, not guessed
            {"kind": "number", "sources": ["a.md", "b.md"], "snippets": ["cinq", "five"]},
        ],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    pairs = bench.labelled_pairs(tmp_path)
    assert [(p["group"], p["kind"]) for p in pairs] == [
        ("discrepancies", "date"),
        ("consistent", "location"),
    ]
    assert pairs[0]["a"] == "Les pourparlers se sont tenus mercredi à Paris."
    assert pairs[0]["b"] == "The talks were held in Paris on Thursday."


def test_report_reads_each_group_at_each_cut(capsys) -> None:
    bench = load_benchmark("nli_cluster_pairs.py")
    pairs = [
        {"group": "discrepancies", "kind": "date"},
        {"group": "discrepancies", "kind": "number"},
        {"group": "consistent", "kind": "date"},
    ]
    high, low = np.array([0.95, 0.6, 0.4]), np.array([0.93, 0.1, 0.2])
    figures = bench.report("m", pairs, high, low)
    assert figures["discrepancies"] == ["1.00", "0.50", "0.50", "0.50"]
    assert figures["consistent"] == ["0.00", "0.00", "0.00", "0.00"]
    assert "date 1.00 of 1, number 1.00 of 1" in capsys.readouterr().out
