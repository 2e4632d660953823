"""Figures compared across languages: one duration, one counted thing."""

from __future__ import annotations

import pytest

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


# Each article gives a second count of years (the player's age, a year-long loan), so the
# contract's length is not its source's only duration: the noun it is the length of, in
# two languages, tells which answers which.
@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        ("The striker has agreed a five-year contract with the club.", True),
        ("The striker has agreed a four-year contract with the club.", False),
        # the length of another thing: a ban, not the contract
        ("The striker was handed a five-year ban by the league.", False),
    ],
)
def test_the_length_of_one_contract_across_languages(tmp_path, english, flagged):
    report = run_two(
        tmp_path,
        "L'attaquant s'est engagé pour un contrat de quatre ans avec le club. Il sort d'un "
        "prêt de deux ans à Lens.",
        english + " He spent the last two years on loan at Lens.",
    )
    found = _number_findings(report)
    assert bool(found) == flagged
    if flagged:
        assert {e.text[slice(*e.span)] for e in found[0].evidence} == {"quatre", "five"}


def test_two_lengths_of_one_noun_in_one_language_are_not_compared_by_their_noun(tmp_path):
    # two officers' careers, each "a N-year veteran": one noun, two things
    report = run_two(
        tmp_path,
        "Captain Tom Brady was a 28-year veteran of the Woodburn Police Department.",
        "Officer Ann Russell, a 20-year veteran of the department, is in intensive care.",
        lang_a="en",
    )
    assert _number_findings(report) == []


# One source closes part of a unit and gives the unit's whole count in one sentence.
_PART_AND_TOTAL = (
    "La grève se poursuit aux urgences de l'hôpital Sud. Faute de personnel, la direction a "
    "dû fermer six lits dans l'unité de soins continus, qui compte 24 lits au total."
)


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        # the unit's whole count, told otherwise in a sentence that shares little
        (
            "Avec ses 20 lits, le service reste sous-dimensionné face à l'afflux de patients âgés.",
            1,
        ),
        # the same whole count: no conflict
        (
            "Avec ses 24 lits, le service reste sous-dimensionné face à l'afflux de patients âgés.",
            0,
        ),
    ],
)
def test_a_figure_beside_its_total_is_a_part(tmp_path, other, flagged):
    """ "fermer six lits ..., qui compte 24 lits au total": six is a part, 24 the unit's
    one figure of its beds, which the other source gives as 20."""
    report = run_two(tmp_path, _PART_AND_TOTAL, other, lang_b="fr")
    assert len(_number_findings(report)) == flagged


@pytest.mark.parametrize(
    ("part", "flagged"), [("About 900 of the homes", False), ("About 900 homes", True)]
)
def test_some_of_a_definite_group_is_not_its_count(tmp_path, part, flagged):
    report = run_two(
        tmp_path,
        "Evacuation orders covered 2,600 homes on Monday as the fire spread towards the lake.",
        f"Evacuation orders were extended on Monday as the fire spread. {part} now under order "
        "are in the lakeside village.",
        lang_a="en",
    )
    assert bool(_number_findings(report)) is flagged
