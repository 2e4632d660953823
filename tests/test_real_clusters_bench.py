"""benchmarks/real_clusters.py: ECB+'s tokens back to prose, and its clusters written
from a tiny synthetic corpus."""

from __future__ import annotations

import json

from conftest import load_benchmark

bench = load_benchmark("real_clusters.py")


def test_detokenise_joins_punctuation_numbers_and_quotes():
    tokens = (
        "`` We 're ready , '' the U. S. agency said of the 6 . 6 quake , "
        "which hit 1 , 500 homes and a 12 - mile stretch at 2 : 09 am ."
    ).split()
    assert bench.detokenise(tokens) == (
        '"We\'re ready," the U.S. agency said of the 6.6 quake, which hit 1,500 homes '
        "and a 12-mile stretch at 2:09 am."
    )


def test_each_topic_and_subcorpus_with_two_articles_is_a_cluster(tmp_path, monkeypatch):
    corpus = tmp_path / "docs.jsonl"
    docs = [
        {"doc": "1_1ecb.xml", "topic": 1, "subcorpus": "ecb", "sentences": ["A b ."]},
        {"doc": "1_2ecb.xml", "topic": 1, "subcorpus": "ecb", "sentences": ["C d e ."]},
        {"doc": "1_3ecbplus.xml", "topic": 1, "subcorpus": "ecbplus", "sentences": ["F ."]},
    ]
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs))
    monkeypatch.setattr(bench, "ECBPLUS", corpus)
    out = tmp_path / "clusters"
    out.mkdir()
    folders = bench.write_clusters(out)
    assert [f.name for f in folders] == ["t01-ecb"]
    assert sorted(p.name for p in folders[0].iterdir()) == ["1_1ecb.md", "1_2ecb.md"]
    assert (folders[0] / "1_2ecb.md").read_text().endswith("---\nC d e.\n")
