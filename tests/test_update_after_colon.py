"""A figure that a colon opens is what the clause before the colon announces: after "Le
bilan s'est alourdi dans la soirée :" it is the updated count, reported as an update
(factdiff.compare.numbers._says_moved). The articles are written for these tests."""

from __future__ import annotations

from helpers_articles import run_two

_FIRST = (
    "13h20 – Premier bilan : trois pompiers ont été blessés lors de l'intervention de la "
    "mi-journée, indique la caserne."
)


def _number_findings(report) -> list[tuple[str, str]]:
    return [(f.severity, f.rule) for f in report.findings if f.kind == "number"]


def test_the_count_after_a_rising_toll_and_a_colon_is_its_update(tmp_path):
    later = (
        "Le bilan s'est alourdi dans la soirée : cinq pompiers ont été blessés, dont un a dû "
        "être hospitalisé, selon la préfecture."
    )
    report = run_two(tmp_path, _FIRST, later, published="2026-02-10", lang_b="fr")
    assert _number_findings(report) == [("info", "number.update")]


def test_a_colon_after_no_word_of_change_tells_no_update(tmp_path):
    later = (
        "La préfecture l'a confirmé dans la soirée : cinq pompiers ont été blessés, dont un a "
        "dû être hospitalisé."
    )
    report = run_two(tmp_path, _FIRST, later, published="2026-02-10", lang_b="fr")
    assert _number_findings(report) == [("warning", "number.range")]
