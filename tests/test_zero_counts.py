"""A count of none is a count: "Aucun blessé n'est à déplorer", "nobody was hurt",
"aucune des pièces volées n'a été retrouvée" give 0 of what they count, which another
source's count of that thing contradicts (or updates, told later). A bare "no" before
any other noun counts nothing ("no decision", "aucun accord"). The articles are written
for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


def _counts(text: str, lang: str) -> list[tuple[float, str]]:
    return [(c.value["value"], c.value["key"]) for c in claims(text, "number", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("No injuries were reported, the coastguard said.", "en", "INJURED"),
        ("Nobody was hurt in the blaze.", "en", "INJURED"),
        ("No one was seriously injured.", "en", "INJURED"),
        ("None of the stolen pieces has been found.", "en", "ITEM"),
        ("Aucun blessé n'est à déplorer.", "fr", "INJURED"),
        ("Personne n'a été blessé, selon les pompiers.", "fr", "INJURED"),
        ("Aucune des pièces volées n'a été retrouvée.", "fr", "ITEM"),
    ],
)
def test_a_count_of_none(text, lang, key):
    assert _counts(text, lang) == [(0.0, key)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There was no decision on Monday.", "en"),
        ("The minister had no comment.", "en"),
        ("Aucun accord n'a été trouvé lundi.", "fr"),
        ("Personne n'a voulu commenter.", "fr"),
        # none in a place the sentence names: a part of the story's toll
        (
            "The tremor was felt in the city of Arequipa, where some buildings cracked but "
            "no deaths were reported.",
            "en",
        ),
        ("À Vienne, aucun blessé n'est à déplorer.", "fr"),
    ],
)
def test_no_count_of_what_a_story_does_not_count(text, lang):
    assert _counts(text, lang) == []


_NONE_HURT = (
    "L'incendie s'est déclaré mardi soir à bord du ferry Île-de-Sein, au large de "
    "Roscoff. Aucun blessé n'est à déplorer, selon la préfecture maritime."
)
_TWO_HURT = (
    "A fire broke out on Tuesday evening aboard the ferry Ile-de-Sein off Roscoff. Two "
    "people were injured, the maritime prefecture said."
)


def test_none_hurt_against_two_hurt_the_same_day(tmp_path):
    report = run_two(tmp_path, _NONE_HURT, _TWO_HURT, published="2026-03-04")
    assert rules_of(report, "number") == ["number.range"]


def test_two_hurt_told_days_later_updates_none_hurt(tmp_path):
    report = run_two(
        tmp_path, _NONE_HURT, _TWO_HURT, published="2026-03-04", published_b="2026-03-07"
    )
    assert rules_of(report, "number") == ["number.update"]
