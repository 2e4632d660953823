"""benchmarks/within_eval.py scores a labelled set of single articles as its README says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, load_benchmark
from helpers_articles import write_article

bench = load_benchmark("within_eval.py")


def _labelled_set(folder: Path) -> Path:
    write_article(
        folder,
        "fr-01.md",
        "LYON — Sept personnes ont été tuées lundi dans un accident de car.\n\n"
        "Les huit morts étaient tous des passagers du car.",
        published="2025-03-11",
    )
    write_article(
        folder,
        "fr-02.md",
        "LYON — Au moins sept personnes ont été tuées lundi dans un accident de car.\n\n"
        "Les sept morts étaient tous des passagers du car.",
        published="2025-03-11",
    )
    labels = [
        {
            "file": "fr-01.md",
            "lang": "fr",
            "contradiction": True,
            "kind": "number",
            "snippets": ["Sept personnes", "huit morts"],
        },
        {"file": "fr-02.md", "lang": "fr", "contradiction": False, "kind": None, "snippets": []},
    ]
    (folder / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return folder


def test_recall_false_flags_and_evidence(tmp_path):
    folder = _labelled_set(tmp_path)
    result = bench.evaluate(folder, lambda p: bench._report_inprocess(p, nli=False))
    assert result["recall"] == 1.0
    assert result["false_flag_rate"] == 0.0
    assert result["balanced_accuracy"] == 1.0
    assert result["evidence_in_flagged"] == 1.0
    assert result["by_kind"] == {"number": {"articles": 1, "flagged": 1, "evidence": 1}}


def test_an_unreadable_article_stops_the_benchmark(tmp_path):
    folder = _labelled_set(tmp_path)
    (folder / "fr-02.md").write_text("---\ntitle: a: b\n---\nTexte.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="fr-02.md: not read"):
        bench.evaluate(folder, lambda p: bench._report_inprocess(p, nli=False))


def test_long_article_has_the_words_asked_for():
    text = bench.long_article(ROOT / "benchmarks" / "within", words=600)
    assert text.startswith("---\n")
    assert 600 <= len(text.split("---", 2)[2].split()) < 900
