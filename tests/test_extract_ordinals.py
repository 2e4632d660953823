"""Ordinals of a series ("la septième étape") as number claims, and their conflicts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import claims
from factdiff.pipeline import Settings, run
from helpers_articles import write_article


def ordinals(text: str, lang: str = "fr") -> list[tuple[str, float, str]]:
    return [
        (c.surface, c.value["value"], c.value["head"])
        for c in claims(text, "number", lang, published=date(2025, 5, 2))
        if c.value.get("unit") == "ORDINAL"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il a gagné la septième étape du Paris-Nice.", "fr", [("septième", 7.0, "étape")]),
        ("Il a gagné la 6e étape du Paris-Nice.", "fr", [("6e", 6.0, "étape")]),
        ("C'est sa deuxième victoire d'étape.", "fr", [("deuxième", 2.0, "victoire")]),
        ("He won the twenty-first stage.", "en", [("twenty-first", 21.0, "stage")]),
        ("The third round starts in Leeds.", "en", [("third", 3.0, "round")]),
        # A possessive is a determiner; a hyphenated compound names its noun.
        ("Okafor's 89th-minute header sank Leyton.", "en", [("89th", 89.0, "minute")]),
        ("It was the club's second title in a row.", "en", [("second", 2.0, "title")]),
    ],
)
def test_ordinals_of_a_series(text, lang, expected):
    assert ordinals(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The draw lifts Hull to fourth in the table.", "en", [("fourth", 4.0, "")]),
        ("She finished second, ahead of the champion.", "en", [("second", 2.0, "")]),
        ("Elle termine à la troisième place du classement.", "fr", [("troisième", 3.0, "place")]),
        ("Le club remonte au cinquième rang.", "fr", [("cinquième", 5.0, "rang")]),
        # an ordinal place is a rank whatever the verb that gives it
        (
            "La Suissesse a décroché la deuxième place du slalom.",
            "fr",
            [("deuxième", 2.0, "place")],
        ),
        ("The Kenyan runner took fourth place in Boston.", "en", [("fourth", 4.0, "place")]),
    ],
)
def test_places_in_a_ranking(text, lang, expected):
    assert ordinals(text, lang) == expected
    assert {c.value["key"] for c in claims(text, "number", lang) if c.value.get("unit")} == {"RANK"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour la première fois, le club de Brest gagne.", "fr"),
        ("It is the first time the club has won.", "en"),
        ("Wait a second, the minister said.", "en"),
        ("Le 1er mars, le tribunal a statué.", "fr"),
        ("En premier lieu, il faut reconstruire.", "fr"),
        ("He went to a third party for the money.", "en"),
        # the idiom, and a place to go, are no places in a ranking
        ("He should not have signed in the first place.", "en"),
        ("The first place to visit is the harbour.", "en"),
    ],
)
def test_no_ordinal_without_a_series(text, lang):
    assert ordinals(text, lang) == []


def test_two_ordinals_of_one_stage_conflict(tmp_path):
    paths = [
        str(
            write_article(
                tmp_path,
                "a.md",
                "Léa Roux a remporté jeudi la 4e étape du Tour de "
                "Bretagne, entre Vannes et Lorient.",
                "2025-05-02",
            )
        ),
        str(
            write_article(
                tmp_path,
                "b.md",
                "Léa Roux a remporté jeudi la cinquième étape du "
                "Tour de Bretagne entre Vannes et Lorient.",
                "2025-05-02",
            )
        ),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    found = [f for f in report.findings if f.kind == "number" and f.severity != "info"]
    assert found and {e.value.split()[0] for e in found[0].evidence} == {"4", "5"}


def test_two_places_in_one_ranking_conflict(tmp_path):
    paths = [
        str(
            write_article(
                tmp_path,
                "a.md",
                "Saturday's draw lifts Hull City to fourth in the table.",
                "2025-05-04",
                "en",
            )
        ),
        str(
            write_article(
                tmp_path,
                "b.md",
                "The draw at home moves Hull City up to sixth in the table.",
                "2025-05-04",
                "en",
            )
        ),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    found = [f for f in report.findings if f.kind == "number" and f.severity != "info"]
    assert found and "rank" in found[0].summary


@pytest.mark.parametrize(
    ("background", "conflict"),
    [
        # an earlier holder's rank, told as background, is no second rank of the story's
        ("The first British woman to swim it did so in 2016.", True),
        # told of the story's own day, it is: the story then has two ranks of this kind
        ("The first British woman to swim it this week was a nurse from Hull.", False),
    ],
)
def test_a_rank_told_of_an_earlier_event_is_that_events(tmp_path, background, conflict):
    paths = [
        str(
            write_article(
                tmp_path,
                "a.md",
                "Elle devient la première Britannique à traverser le lac de Neuchâtel dans "
                "sa longueur.",
                "2025-08-20",
            )
        ),
        str(
            write_article(
                tmp_path,
                "b.md",
                "A Dover teacher has become only the second British woman to swim the length "
                f"of Lake Neuchâtel. {background}",
                "2025-08-20",
                "en",
            )
        ),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    found = [f for f in report.findings if f.kind == "number" and f.severity != "info"]
    assert bool(found) == conflict
