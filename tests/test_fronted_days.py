"""A day that opens its sentence, set off by a comma, dates the clause after it: the
time "à 5 heures" of "Le jeudi 3 septembre, la ligne a été arrêtée à 5 heures" is
Thursday's, and so no rival of another sentence's Tuesday evening
(factdiff.compare.dates._day_of_time). The articles are written for these tests."""

from __future__ import annotations

from helpers_articles import run_two

_STOPPED = (
    "Le jeudi 3 septembre, la ligne d'embouteillage a été arrêtée à 5 heures et le "
    "laboratoire cantonal a été prévenu dans la matinée."
)


def _time_findings(report) -> list[str]:
    return [f.summary for f in report.findings if f.rule == "date.time"]


def test_a_time_under_a_fronted_day_is_no_rival_of_another_days_evening(tmp_path):
    b = (
        "Le laboratoire cantonal, prévenu jeudi dernier, a autorisé la reprise de la "
        "production mardi soir, après de nouvelles analyses."
    )
    report = run_two(tmp_path, _STOPPED, b, published="2026-09-09", lang_b="fr")
    assert _time_findings(report) == []


def test_a_time_under_a_fronted_day_meets_that_days_other_time(tmp_path):
    b = (
        "The bottling line was stopped at 11pm on Thursday, a few hours after the second "
        "round of tests came back."
    )
    report = run_two(tmp_path, _STOPPED, b, published="2026-09-09", lang_b="en")
    assert len(_time_findings(report)) == 1
