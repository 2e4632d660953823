"""What a sentence says moved without a figure, and what moved: read in French and
English, and set against a figure's move the other way. Sentences from no labelled set."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import run_two


def _trends(text: str, lang: str) -> list[dict]:
    return [c.value for c in claims(text, "other", lang) if c.value.get("type") == "trend"]


@pytest.mark.parametrize(
    ("text", "lang", "way", "mover"),
    [
        (
            "Corvel, whose first-half operating profit climbed from a year earlier, kept "
            "its dividend.",
            "en",
            "up",
            ["first-half", "operat", "profit"],
        ),
        (
            "Prices of fresh produce fell sharply in October.",
            "en",
            "down",
            ["pric", "fresh", "produc"],
        ),
        (
            "Le chiffre d'affaires du groupe a reculé sur un an.",
            "fr",
            "down",
            ["chiffr", "affair", "group"],
        ),
        (
            "Les ventes de logements neufs sont en hausse depuis l'été.",
            "fr",
            "up",
            ["vent", "loge", "neuf"],
        ),
    ],
)
def test_a_move_without_a_figure_and_what_moved(text, lang, way, mover):
    assert [(t["direction"], t["mover"]) for t in _trends(text, lang)] == [(way, mover)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Shares in Corvel Glass (CVG) rose after the results.", ["corvel", "glas", "cvg"]),
        ("Rival glassmaker Vitrola said on Tuesday its operating profit climbed.", ["vitrola"]),
        ("AMD shares dropped after the warning.", ["amd"]),
        ("Prices of fresh produce fell sharply in October.", []),
    ],
)
def test_whose_thing_moved(text, owner):
    (trend,) = _trends(text, "en")
    assert trend["owner"] == owner


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Operating profit fell 12% to 40 million euros.", "en"),  # the figure's own move
        ("Revenue rose to £412m in the quarter.", "en"),  # a level reached
        ("Le bénéfice net a progressé de 8 % au premier semestre.", "fr"),
        ("Revenue for the year fell by about 5 per cent.", "en"),
    ],
)
def test_a_move_a_figure_follows_is_the_figure_s(text, lang):
    assert _trends(text, lang) == []


def test_a_unit_of_time_is_not_what_moved():
    # "last year" says when costs moved
    assert _trends("The loss widened last year as energy costs soared.", "en")[0]["mover"] == [
        "energy",
        "cost",
    ]


def _trend_findings(tmp_path, a: str, b: str):
    report = run_two(tmp_path, a, b, "2025-07-30", "en", "en")
    return [f for f in report.findings if f.rule == "number.trend"]


_FIGURE = (
    "Corvel Glass published its half-year results on Wednesday. Operating profit fell 12% "
    "to 40 million euros, hit by energy costs."
)


def test_a_move_told_both_ways_with_and_without_a_figure(tmp_path):
    b = (
        "Corvel Glass said on Wednesday that its operating profit climbed from a year "
        "earlier, helped by price rises."
    )
    found = _trend_findings(tmp_path, _FIGURE, b)
    assert [f.summary for f in found] == ["operat profit: down (12%) in a.md, up (climbed) in b.md"]


def test_the_same_way_or_another_thing_is_no_conflict(tmp_path):
    same_way = "Corvel Glass said on Wednesday that its operating profit declined again."
    other_thing = "Corvel Glass said on Wednesday that its order book grew over the half."
    other_owner = "Rival glassmaker Vitrola said on Wednesday its operating profit climbed."
    assert not _trend_findings(tmp_path, _FIGURE, same_way)
    assert not _trend_findings(tmp_path, _FIGURE, other_thing)
    assert not _trend_findings(
        tmp_path, "Corvel Glass operating profit fell 12% on Wednesday.", other_owner
    )
