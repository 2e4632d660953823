"""Places compared as the answer to one "where" when the pairing model reads their
sentences as one fact (sentences from no labelled set)."""

from __future__ import annotations

import pytest

from conftest import claims
from factdiff.resolve import is_country
from helpers_articles import run_two


def _locations(tmp_path, a: str, b: str, lang_b: str = "en"):
    report = run_two(tmp_path, a, b, "2025-06-04", lang_b=lang_b)
    return [f for f in report.findings if f.kind == "location" and f.severity != "info"]


def test_one_fact_two_places_conflict(tmp_path):
    # No verb of happening governs either place: the pairing model makes them rivals.
    found = _locations(
        tmp_path,
        "L'ancien maire a rénové sa maison de campagne à Uzès avec l'argent détourné.",
        "Avec l'argent détourné, l'ancien maire a rénové sa maison de campagne à Nîmes.",
        lang_b="fr",
    )
    assert found and {e.value for e in found[0].evidence} == {"Uzès", "Nîmes"}


def test_a_country_and_a_place_are_not_rival_answers(tmp_path):
    assert not _locations(
        tmp_path,
        "Le car transportait des retraités lyonnais partis pour un circuit en Andalousie.",
        "Le car transportait des retraités lyonnais partis pour un circuit en Espagne.",
        lang_b="fr",
    )


def test_country_names_in_both_languages():
    assert is_country("Espagne") and is_country("Spain") and is_country("Nouvelle-Zélande")
    assert not is_country("Andalousie") and not is_country("Lyon")


def test_what_is_left_of_two_places_each_is_one_where(tmp_path):
    # Both sentences name Dinant for the first victim; the second victim's town differs.
    found = _locations(
        tmp_path,
        "Un cycliste a été renversé mardi à Dinant, et une passante de 70 ans a été blessée "
        "à Ciney par le même conducteur.",
        "A cyclist was knocked down in Dinant on Tuesday, and a 70-year-old pedestrian was "
        "injured in Rochefort by the same driver.",
    )
    assert found and {e.value for e in found[0].evidence} == {"Ciney", "Rochefort"}


def test_a_place_that_is_part_of_another_by_apposition(tmp_path):
    # "Bressoux, un quartier de Liège": the two sources name one place at two scales.
    english = (
        "A cyclist was knocked down in Dinant on Tuesday, and a pedestrian was injured in "
        "Liège by the same driver."
    )
    assert not _locations(
        tmp_path,
        "Un cycliste a été renversé mardi à Dinant, et une passante a été blessée à Bressoux, "
        "un quartier de Liège, par le même conducteur.",
        english,
    )
    # Without the apposition, nothing says Bressoux lies in Liège: two answers.
    assert _locations(
        tmp_path,
        "Un cycliste a été renversé mardi à Dinant, et une passante a été blessée à Bressoux "
        "par le même conducteur.",
        english,
    )


_NEAR_FR = (
    "Le camion, parti de Lyon avec 20 tonnes de fruits, a quitté la route près de Coniston "
    "vendredi en fin de matinée, selon la gendarmerie."
)


def test_places_told_by_nearness_place_the_happening(tmp_path):
    # The sentences share little besides the crash: "near X" places it in each.
    found = _locations(
        tmp_path,
        _NEAR_FR,
        "Police said the lorry, whose driver was unhurt, came off the road near Hawkshead "
        "late on Friday morning.",
    )
    assert found and {"Coniston", "Hawkshead"} <= {e.value for f in found for e in f.evidence}


def test_a_place_near_which_the_other_source_also_names_is_no_rival(tmp_path):
    assert not _locations(
        tmp_path,
        _NEAR_FR,
        "Police said the lorry came off the road near Hawkshead late on Friday morning. "
        "It had left a depot in Coniston an hour earlier.",
    )


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Le bloc est tombé d’une falaise située au-dessus de Chamonix.", "fr", "Chamonix"),
        ("Le foyer a été repéré sur la commune de Lorgues, en bordure de piste.", "fr", "Lorgues"),
        ("Un entrepôt a brûlé à proximité de Brignoles.", "fr", "Brignoles"),
        ("A lorry overturned on the moorland outside Kendal.", "en", "Kendal"),
        ("Two cars collided on the outskirts of Penrith.", "en", "Penrith"),
    ],
)
def test_spatial_prepositions_place_a_happening(text, lang, place):
    found = {c.value["place"]: c.value for c in claims(text, "location", lang)}
    assert found[place]["event_site"] and found[place]["near"]


def test_a_home_is_no_event_site():
    (home,) = claims("Sa famille vit à Brignoles depuis vingt ans.", "location", "fr")
    assert not home.value["near"]


def test_french_compound_prepositions_take_every_form_of_de():
    (place,) = claims("Le car s’est renversé près d’Aigueblanche samedi soir.", "location", "fr")
    assert place.value["place"] == "Aigueblanche" and place.value["near"]


def test_a_road_number_is_no_place():
    found = [
        c.value["place"]
        for c in claims(
            "Le camion s'est couché en contrebas de la RN90, près d'Albertville.", "location", "fr"
        )
    ]
    assert found == ["Albertville"]
