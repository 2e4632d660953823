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


# Each article gives two vote tallies (two towns), so neither tally is the story's only
# one; the town both sentences name tells which tally answers which, however differently
# the two sentences are worded.
_TALLIES = (
    "Le syndicat des eaux a adopté lundi le nouveau tarif dans ses deux conseils. Réuni à "
    "Perpignan, le conseil s'est prononcé par 31 voix pour, 3 contre et 2 abstentions. À "
    "Narbonne, le texte a été adopté par 22 voix pour."
)


def _tally_findings(tmp_path, perpignan: str) -> list[list[str]]:
    report = run_two(
        tmp_path,
        _TALLIES,
        "Le syndicat des eaux a adopté lundi le nouveau tarif. Mais à Perpignan, le score est "
        "moins net que ne le dit la communication officielle : le texte n'a recueilli que "
        f"{perpignan}. Narbonne a suivi avec 22 voix pour.",
        lang_b="fr",
    )
    return [
        sorted(e.text[e.span[0] : e.span[1]] for e in f.evidence) for f in _number_findings(report)
    ]


def test_a_figure_given_once_where_one_place_is_named_is_that_place_s(tmp_path):
    assert _tally_findings(tmp_path, "27 voix pour") == [["27", "31"]]


def test_voters_are_not_votes(tmp_path):
    # "sur 36 votants" counts who voted, not a second tally of votes in that town's sentences
    assert _tally_findings(tmp_path, "27 voix pour sur 36 votants") == [["27", "31"]]


def test_a_town_s_tally_given_alike_is_not_flagged(tmp_path):
    assert _tally_findings(tmp_path, "31 voix pour sur 36 votants") == []


def test_a_crowd_and_an_attendance_written_with_the_same_digits_are_one_figure(tmp_path):
    report = run_two(
        tmp_path,
        "A crowd of 23,581, the largest for a final at the ground, saw Riverside win the cup "
        "on Saturday.",
        "Stewards said the official attendance would be 25,381, with empty seats in the upper "
        "tier.",
        lang_a="en",
    )
    assert [
        sorted(e.text[e.span[0] : e.span[1]] for e in f.evidence) for f in _number_findings(report)
    ] == [["23,581", "25,381"]]
