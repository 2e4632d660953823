"""A side of the story's site is read after any determiner, a possessive one ("the
building's east side") or a French article joined to its preposition ("du côté ouest du
bâtiment", "au niveau du quai de chargement nord"), so that two sources placing one
spot on two sides conflict. The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


def _bearings(text: str, lang: str) -> list[int]:
    return [
        c.value["bearing"]
        for c in claims(text, "location", lang)
        if c.value.get("site_part") and c.value.get("bearing") is not None
    ]


@pytest.mark.parametrize(
    ("text", "lang", "bearing"),
    [
        ("They entered through a window on the building's east side.", "en", 90),
        ("The rocket stood on the spaceport's northernmost pad.", "en", 0),
        ("Ils sont entrés par une fenêtre du côté ouest du bâtiment.", "fr", 270),
        ("La fuite s'est produite au niveau du quai de chargement nord.", "fr", 0),
    ],
)
def test_a_side_after_a_possessive_or_a_joined_article(text, lang, bearing):
    assert _bearings(text, lang) == [bearing]


def test_a_window_on_two_sides_of_one_building(tmp_path):
    a = (
        "Selon l'enquête, les malfaiteurs sont entrés dans le musée par une fenêtre du "
        "côté ouest du bâtiment, après avoir neutralisé un détecteur de mouvement."
    )
    b = (
        "Investigators believe the thieves entered the museum through a window on the "
        "building's east side, after disabling a motion sensor."
    )
    report = run_two(tmp_path, a, b, published="2026-11-02")
    assert rules_of(report, "location") == ["location.site_part"]
    same_side = b.replace("east side", "west side")
    report = run_two(tmp_path, a, same_side, published="2026-11-02")
    assert rules_of(report, "location") == []
