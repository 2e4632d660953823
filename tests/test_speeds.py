"""A length per hour is a speed ("64 km/h", "100 kilomètres par heure", "40 miles per
hour", "40mph"): kilometres and miles per hour convert into each other, and a speed is
never a distance ("a 64 km stretch"). The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from factdiff.compare.numbers import DIMENSIONS, agree
from helpers_articles import rules_of, run_two


def number(text: str, lang: str = "en") -> dict:
    (draft,) = claims(text, "number", lang)
    return draft.value


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Winds gusted at 64 km/h overnight.", "en", "KMH"),
        ("Gusts of 40 miles per hour hit the coast.", "en", "MPH"),
        ("A 40mph gust toppled the crane.", "en", "MPH"),
        ("Des rafales de 100 kilomètres par heure ont été relevées.", "fr", "KMH"),
    ],
)
def test_a_length_per_hour_is_a_speed(text, lang, key):
    found = number(text, lang)
    assert found["key"] == key and DIMENSIONS[key][0] == "speed"


def test_a_distance_is_no_speed():
    assert number("A 64 km stretch of road was closed.")["key"] == "KILOMETRE"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Gusts reached 40 mph.", "Gusts reached 64 km/h.", True),
        ("Gusts reached 40 mph.", "Gusts reached 90 km/h.", False),
    ],
)
def test_speeds_convert(a, b, same):
    assert agree(number(a), number(b)) is same


def test_a_gust_in_miles_and_kilometres_per_hour(tmp_path):
    a = (
        "Storm Ailsa brought gusts of 40 mph to the Pembrokeshire coast on Tuesday night, "
        "the Met Office said."
    )
    b = (
        "La tempête Ailsa a apporté des rafales de 64 km/h sur la côte du Pembrokeshire "
        "mardi soir, selon le Met Office."
    )
    report = run_two(tmp_path, a, b, published="2026-11-11", lang_a="en", lang_b="fr")
    assert rules_of(report, "number") == []
    stronger = b.replace("64 km/h", "120 km/h")
    report = run_two(tmp_path, a, stronger, published="2026-11-11", lang_a="en", lang_b="fr")
    assert rules_of(report, "number") == ["number.range"]
