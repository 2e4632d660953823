"""benchmarks/reliability.py judges findings as score.py does and bins their confidence."""

from __future__ import annotations

import json

from conftest import load_benchmark
from helpers_articles import write_article

bench = load_benchmark("reliability.py")

GOLD = {
    "discrepancies": [
        {"kind": "date", "sources": ["a.md", "b.md"], "snippets": ["mardi", "mercredi"]}
    ],
    "consistent": [],
}


def _finding(severity, confidence, texts, rule="date.day"):
    return {
        "kind": "date",
        "rule": rule,
        "severity": severity,
        "confidence": confidence,
        "evidence": [{"source": s, "text": t} for s, t in texts],
    }


def test_a_finding_is_right_when_its_evidence_covers_a_labelled_pair():
    right = _finding("error", 0.93, [("a.md", "Voté MARDI soir."), ("b.md", "Voté mercredi.")])
    wrong = _finding("warning", 0.45, [("a.md", "Voté mardi."), ("c.md", "Voté mercredi.")])
    info = _finding("info", 0.6, [("a.md", "mardi"), ("b.md", "mercredi")])
    judged = bench.judge("x", {"findings": [right, wrong, info]}, GOLD)
    assert [(j.severity, j.right) for j in judged] == [("error", True), ("warning", False)]
    s = bench.summary("x", judged)
    assert s["by_severity"] == {"error": (1, 1), "warning": (0, 1)}
    assert s["error_meets_bar"]
    bins = {(low, high): (r, n) for low, high, r, n in s["curve"]}
    assert bins[(0.9, 1.0)] == (1, 1) and bins[(0.4, 0.5)] == (0, 1)


def test_within_article_findings_are_counted_apart():
    f = _finding("error", 0.8, [("a.md", "mardi"), ("a.md", "lundi")]) | {"scope": "within"}
    s = bench.summary("x", bench.judge("x", {"findings": [f]}, GOLD))
    assert s["precision"] == (0, 1) and s["within"] == 1
    assert s["by_severity"]["error"] == (0, 0) and s["error_meets_bar"]


def test_error_precision_under_the_bar_is_reported():
    wrong = _finding("error", 0.95, [("a.md", "lundi"), ("b.md", "jeudi")])
    s = bench.summary("x", bench.judge("x", {"findings": [wrong]}, GOLD))
    assert s["by_severity"]["error"] == (0, 1) and not s["error_meets_bar"]


def test_runs_factdiff_on_a_labelled_set(tmp_path):
    cluster = tmp_path / "set" / "vote"
    cluster.mkdir(parents=True)
    write_article(cluster, "a.md", "Le conseil de Vierzon a voté mardi le budget.", "2026-03-05")
    write_article(cluster, "b.md", "Le conseil de Vierzon a voté mercredi le budget.", "2026-03-05")
    (cluster / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    judged = bench.run_set(tmp_path / "set", ["--no-nli"])
    assert [(j.cluster, j.rule, j.right) for j in judged] == [("vote", "date.day", True)]
