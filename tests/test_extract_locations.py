"""Places as the location extractor reads them."""

from conftest import claims
from helpers_articles import run_two


def _places(texts: list[str], lang: str) -> list[str]:
    """The places read in each sentence, in order."""
    return [c.value["place"] for text in texts for c in claims(text, "location", lang)]


def test_a_possessive_place_is_the_place():
    """ "in New Brunswick's snap election": the place is New Brunswick, as another article
    names it."""
    places = _places(
        ["Voters went to the polls in New Brunswick's snap provincial election on Monday."], "en"
    )
    assert places == ["New Brunswick"]


def test_a_number_or_letter_after_a_place_name_is_part_of_it():
    """ "Pad 39A", "Quay 4": the designator names one of a kind's places; a count that
    opens the next clause does not ("In Lyon 3 people")."""
    found = _places(
        [
            "The rocket lifted off from Pad 39A at Cape Canaveral.",
            "The ferry was moored at Quay 4 of the Eastern Docks.",
            "In Lyon 3 people were hurt.",
        ],
        "en",
    )
    assert found == ["Pad 39A", "Cape Canaveral", "Quay 4", "Eastern Docks", "Lyon"]
    # a unit of time with its number is a period of a season, no place
    season = claims("The Colts lost to the Jaguars in Week 16.", "location", "en")
    assert "Week 16" not in [c.value["place"] for c in season]


def test_two_designated_places_of_one_kind_conflict(tmp_path):
    report = run_two(
        tmp_path,
        "The tanker was loading at Quay 4 of the Eastern Docks when the fire broke out.",
        "The fire broke out on the tanker while it was loading at Quay 7.",
        lang_a="en",
        lang_b="en",
    )
    found = [f for f in report.findings if f.kind == "location" and f.severity != "info"]
    assert [f.summary for f in found] == ["Quay 4 in a.md, Quay 7 in b.md"]


def test_a_french_place_noun_with_the_name_right_after_it():
    """ "dans le secteur Saint-Firmin", "au hameau Les Aulnes": French sets a district's
    or a hamlet's name after its noun, with no "de"; a capitalized "Village" opens a name."""
    found = _places(
        [
            "La fuite de gaz s'est produite dans le secteur Saint-Firmin.",
            "Les pompiers sont intervenus au hameau Les Aulnes.",
            "Le Village Gaulois a fermé ses portes.",
        ],
        "fr",
    )
    assert found == ["Saint-Firmin", "Les Aulnes"]


def test_a_district_named_after_its_noun_conflicts_across_languages(tmp_path):
    report = run_two(
        tmp_path,
        "La fuite d'ammoniac s'est produite mardi dans le secteur Saint-Firmin de l'usine.",
        "The ammonia leak happened on Tuesday in the Belcourt sector of the plant.",
    )
    assert [f.kind for f in report.findings if f.kind == "location"] == ["location"]


def _districts(text: str, lang: str) -> list[str]:
    return [c.value["place"] for c in claims(text, "location", lang) if c.value["district"]]


def test_a_place_named_by_a_district_noun_is_a_district():
    """ "in the Verdun borough", "dans l'arrondissement de Saint-Laurent": a part of a
    town, named before or after its noun; "the Lake District" is a name, a town no part."""
    assert _districts("The firm's head office is in the Halden borough.", "en") == ["Halden"]
    assert _districts("Talks were held in the district of Kessel.", "en") == ["Kessel"]
    assert _districts(
        "Son siège est situé dans l'arrondissement de Saint-Médard, à Montréal.", "fr"
    ) == ["Saint-Médard"]
    assert _districts("They walked in the Lake District last week.", "en") == []
    assert _districts("La réunion s'est tenue à Vierzon.", "fr") == []


def _district_findings(tmp_path, a: str, b: str):
    report = run_two(tmp_path, a, b, "2026-05-12", lang_a="en", lang_b="fr")
    return [f.rule for f in report.findings if f.kind == "location" and f.severity != "info"]


def test_the_one_district_each_source_names_for_a_site(tmp_path):
    a = "The chain said its head office in the Halden borough was shut on Sunday."
    assert _district_findings(
        tmp_path, a, "Le siège de l'enseigne, dans l'arrondissement de Lachine, a fermé."
    ) == ["location.district"]
    # the same district in two languages, and a source that names two districts
    assert not _district_findings(
        tmp_path, a, "Le siège de l'enseigne, dans l'arrondissement de Halden, a fermé."
    )
    assert not _district_findings(
        tmp_path,
        a,
        "L'enseigne a des bureaux dans l'arrondissement de Lachine et le quartier Rosemont.",
    )
