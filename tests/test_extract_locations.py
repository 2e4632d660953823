"""Places as the location extractor reads them."""

from conftest import claims


def test_a_possessive_place_is_the_place():
    """ "in New Brunswick's snap election": the place is New Brunswick, as another article
    names it."""
    places = [
        c.value["place"]
        for c in claims(
            "Voters went to the polls in New Brunswick's snap provincial election on Monday.",
            "location",
            "en",
        )
    ]
    assert places == ["New Brunswick"]
