"""An industrial building placed "in" its town ("the Halvorsen plant in
Monterrey", "a planned factory in Calais") is a venue of that town, as "l'usine de
Balerna" is: one plant in two towns is a conflict; a verb is no building ("he works in
Leeds"). The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


def _venues(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.value.get("venue"), c.value.get("town")) for c in claims(text, "location", "en")]


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        (
            "Production will end at the Halvorsen plant in Monterrey next year.",
            "usine",
            "Monterrey",
        ),
        ("A planned factory in Calais was shelved.", "usine", "Calais"),
        ("Trucks left the company's depot in Doncaster before dawn.", "depot", "Doncaster"),
    ],
)
def test_a_building_in_its_town(text, venue, town):
    assert (venue, town) in _venues(text)


@pytest.mark.parametrize(
    "text", ["He works in Leeds as a driver.", "They plant in Kent every spring."]
)
def test_a_verb_is_no_building(text):
    assert all(venue is None for venue, _ in _venues(text))


def test_one_plant_in_two_towns(tmp_path):
    a = (
        "Les sirops rappelés ont été produits dans l'usine de Balerna, a précisé "
        "l'entreprise tessinoise lundi."
    )
    b = (
        "The recalled syrups were made at the company's plant in Stabio, the Ticino firm "
        "said on Monday."
    )
    report = run_two(tmp_path, a, b, published="2026-06-08")
    assert rules_of(report, "location") == ["location.place"]
    same_town = b.replace("Stabio", "Balerna")
    report = run_two(tmp_path, a, same_town, published="2026-06-08")
    assert rules_of(report, "location") == []


def test_a_plants_sentence_names_its_town(tmp_path):
    # the factory placed in its town still names the town to the pairing, so a figure
    # told with it is that town's, as one told with the town alone is
    from factdiff.align import sentence_features
    from factdiff.records import Claim, Sentence
    from factdiff.resolve import EntityIndex, place_key

    text = "Halcombe Glass will close its factory in Knottingley and cut 380 jobs."
    sentence = Sentence("a.md", 0, text, 0, len(text), "en")
    found = [
        Claim(f"c{i}", "a.md", c.kind, sentence, c.span, c.value, c.surface)
        for i, c in enumerate(claims(text, "location", "en"))
    ]
    features = sentence_features(sentence, found, EntityIndex(), [])
    assert "loc:" + place_key("Knottingley") in features
