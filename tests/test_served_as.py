"""A relative clause after a name can give the person's office by "as": "Dana Whitt,
who oversees the authority's books as its chief financial officer", "qui siège au
conseil en tant que vice-présidente". Told in a past tense ("who served as mayor for
twelve years") it says nothing of now and is not read. Inside one article, that
office set against another of the same person is a conflict. The articles are written
for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import write_article


@pytest.mark.parametrize(
    ("text", "lang", "rank", "past"),
    [
        (
            "Dana Whitt, who oversees the authority's books as its chief financial officer, "
            "spoke first.",
            "en",
            "cfo",
            False,
        ),
        (
            "Claire Vautrin, qui siège au conseil en tant que vice-présidente, a voté contre.",
            "fr",
            "vice_president",
            False,
        ),
    ],
)
def test_an_office_by_as(text, lang, rank, past):
    (role,) = claims(text, "role", lang)
    assert (role.value["rank"], role.value["past"]) == (rank, past)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitt, who previously worked as the agency's chief financial officer, spoke.",
        "Ruth Bell, who served as mayor for twelve years, opened the fair.",
        "Claire Vautrin, qui avait siégé en tant que vice-présidente, a voté contre.",
    ],
)
def test_an_office_by_as_in_a_past_tense_is_not_read(text):
    lang = "fr" if "qui" in text else "en"
    assert claims(text, "role", lang) == []


def test_two_offices_of_one_person_in_one_article(tmp_path):
    from factdiff.pipeline import Settings, run

    body = (
        "The Tri-County Transit Authority will raise its base fare to $2.25 on July 1, chief "
        "executive Dana Whitt announced on Tuesday.\n\n"
        "The board approved the plan by six votes to three after a two-hour debate.\n\n"
        "Whitt, who oversees the authority's books as its chief financial officer, told the "
        "board that reserves would run out by March 2028."
    )
    path = write_article(tmp_path, "fares.md", body, "2026-04-22", "en")
    report = run([str(path)], Settings(nli=False, cache=False))
    assert [f.rule for f in report.findings if f.kind == "role"] == ["role.title"]
