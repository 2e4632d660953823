"""A figure said to have moved both ways: the way a change went is read before it, and two
sources that disagree on it conflict even when the amounts agree. Sentences from no
labelled set."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import run_two


@pytest.mark.parametrize(
    ("text", "lang", "surface", "way"),
    [
        ("Le bénéfice net de Solvane a progressé de 6 % au premier semestre.", "fr", "6 %", "up"),
        ("Le chiffre d'affaires a reculé de 2,5 % sur un an.", "fr", "2,5 %", "down"),
        ("Solvane's net profit fell 6% in the first half.", "en", "6%", "down"),
        ("Orders were up about 12% from a year earlier.", "en", "about 12%", "up"),
        ("Shares in Solvane closed 4% lower in Brussels.", "en", "4%", "down"),
        ("Les ventes affichent 3 % de hausse sur un an.", "fr", "3 %", "up"),
    ],
)
def test_the_way_a_figure_moved(text, lang, surface, way):
    found = [c for c in claims(text, "number", lang) if c.surface == surface]
    assert [c.value.get("direction") for c in found] == [way]


def test_a_level_a_change_reached_has_no_direction():
    # "rose to 21": 21 is the new level, not by how much it moved.
    found = claims("The number of patients in hospital rose to 21 on Sunday.", "number", "en")
    assert found and all("direction" not in c.value for c in found)


def _direction_findings(tmp_path, a: str, b: str, lang_a: str = "fr"):
    report = run_two(tmp_path, a, b, "2025-07-30", lang_a, "en")
    return [f for f in report.findings if f.rule == "number.direction"]


_FRENCH = (
    "Le groupe chimique Solvane a publié mercredi ses résultats semestriels. Son bénéfice "
    "net a progressé de 6 % au premier semestre, à 310 millions d'euros, porté par la "
    "demande en Asie."
)


def test_up_against_down_across_languages(tmp_path):
    english = (
        "Chemicals group Solvane published its half-year results on Wednesday. Its net "
        "profit fell 6% in the first half, to 310 million euros, despite demand in Asia."
    )
    found = _direction_findings(tmp_path, _FRENCH, english)
    assert len(found) == 1
    assert {e.text.count("6") > 0 for e in found[0].evidence} == {True}


def test_the_same_way_is_no_conflict(tmp_path):
    english = (
        "Chemicals group Solvane published its half-year results on Wednesday. Its net "
        "profit rose 6% in the first half, to 310 million euros, helped by demand in Asia."
    )
    assert not _direction_findings(tmp_path, _FRENCH, english)


_SHARES_FELL = (
    "Corvel Glass reported a first-half loss on Wednesday and cut its dividend. Shares in "
    "Corvel fell 9% by the close of trading in Frankfurt, the biggest drop on the index."
)


def test_each_source_s_one_move_of_a_thing_is_compared_however_loosely_aligned(tmp_path):
    b = (
        "Corvel Glass swung to a loss in the first half, it said on Wednesday. The shares "
        "closed 5% higher as investors welcomed a cost-cutting plan."
    )
    found = _direction_findings(tmp_path, _SHARES_FELL, b, lang_a="en")
    assert [f.summary for f in found] == ["percent: down 9% in a.md, up 5% in b.md"]


def test_moves_of_two_things_are_not_compared(tmp_path):
    b = (
        "Corvel Glass swung to a loss in the first half, it said on Wednesday. Its revenue "
        "grew 5% as orders from carmakers picked up."
    )
    assert not _direction_findings(tmp_path, _SHARES_FELL, b, lang_a="en")


def test_a_side_told_beside_a_founding_year_is_compared(tmp_path):
    # The founding is in 1971; the headquarters are told now, on two sides of Lyon.
    report = run_two(
        tmp_path,
        "Fondée en 1971 par trois éleveurs, la coopérative Valmonts, dont le siège est à "
        "Bron, à l'est de Lyon, emploie environ 800 personnes.",
        "Valmonts, headquartered in Ecully, west of Lyon, has pledged to keep all 800 jobs.",
    )
    assert [f.rule for f in report.findings if f.kind == "location"] == ["location.bearing"]
