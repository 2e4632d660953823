"""Figures compared across languages: one duration, one counted thing."""

from __future__ import annotations

from helpers_articles import run_two


def _number_findings(report):
    return [f for f in report.findings if f.kind == "number" and f.severity != "info"]


def test_each_source_s_only_duration_of_a_closure_is_one_figure(tmp_path):
    report = run_two(
        tmp_path,
        "Les travaux de la piscine Saint-Léger commencent lundi. L'équipement restera fermé "
        "huit semaines, le temps de remplacer la toiture.",
        "Work on the Saint-Léger swimming pool starts on Monday. The pool will be closed for "
        "12 weeks while the roof is replaced.",
    )
    found = _number_findings(report)
    assert len(found) == 1
    assert {e.text[e.span[0] : e.span[1]] for e in found[0].evidence} == {"huit", "12"}
