"""Masses and volumes are dimensions like lengths: kilograms and tonnes, litres and
cubic metres compare in one unit, and a unit symbol written onto its figure ("a 140kg
satellite") is read as the figure's unit. The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from factdiff.compare.numbers import DIMENSIONS, agree
from helpers_articles import rules_of, run_two


def number(text: str, lang: str = "en") -> dict:
    (draft,) = claims(text, "number", lang)
    return draft.value


@pytest.mark.parametrize(
    ("text", "lang", "key", "value"),
    [
        ("The probe carries a 140kg satellite.", "en", "KILOGRAM", 140.0),
        ("A 12km stretch of the road was shut.", "en", "KILOMETRE", 12.0),
        ("Environ 800 kilos d'ammoniac se sont échappés.", "fr", "KILOGRAM", 800.0),
        ("Une fuite de 1,2 tonne d'ammoniac.", "fr", "TONNE", 1.2),
        ("Près de 8 000 mètres cubes de roches sont tombés.", "fr", "CUBIC_METRE", 8000.0),
        ("Le volume est estimé à 12 000 m3.", "fr", "CUBIC_METRE", 12000.0),
        ("Some 12,000 cubic metres of rock came down.", "en", "CUBIC_METRE", 12000.0),
        ("The tanker lost 200 litres of diesel.", "en", "LITRE", 200.0),
    ],
)
def test_masses_and_volumes_are_units(text, lang, key, value):
    found = number(text, lang)
    assert (found["key"], found["value"]) == (key, value)


def test_a_cubic_metre_is_a_volume_not_a_length():
    volume = number("Le volume est estimé à 12 000 m3.", "fr")
    length = number("The cliff rises 300 metres above the road.")
    assert DIMENSIONS[volume["key"]][0] == "volume"
    assert DIMENSIONS[length["key"]][0] == "length"


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "same"),
    [
        (
            "Une fuite de 1,2 tonne d'ammoniac.",
            "fr",
            "About 1,200 kg of ammonia leaked.",
            "en",
            True,
        ),
        ("Une fuite de 1,2 tonne d'ammoniac.", "fr", "About 800 kilograms leaked.", "en", False),
        ("The tank held 3,000 litres.", "en", "Le réservoir contenait 3 m3.", "fr", True),
        ("The tank held 3,000 litres.", "en", "Le réservoir contenait 30 m3.", "fr", False),
    ],
)
def test_masses_and_volumes_convert(a, la, b, lb, same):
    assert agree(number(a, la), number(b, lb)) is same


def test_a_leak_told_in_kilos_and_in_tonnes_across_sources(tmp_path):
    a = (
        "Environ 800 kilos d'ammoniac se sont échappés de l'entrepôt frigorifique de "
        "Plérin dans la nuit de mardi à mercredi, selon la préfecture."
    )
    b = (
        "Some 1.2 tonnes of ammonia escaped from the cold store at Plérin overnight on "
        "Tuesday, the prefecture said."
    )
    report = run_two(tmp_path, a, b, published="2026-02-18")
    assert rules_of(report, "number") == ["number.range"]
    same = b.replace("1.2 tonnes", "800 kilograms")
    report = run_two(tmp_path, a, same, published="2026-02-18")
    assert rules_of(report, "number") == []
