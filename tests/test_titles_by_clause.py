"""What a title's clause tells of it: no longer held (held until a time, or the post its
holder came in as in an earlier year: factdiff.extract.roles.told_as_former), and a past
title is no rival to the one held now; or held since a time by the person a relative
clause follows ("who has run the group's finances as chief financial officer since 2021":
factdiff.extract.roles.RELATIVE_AS). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from factdiff.extract import extract_sentence
from factdiff.pipeline import Settings, run
from factdiff.records import Sentence
from helpers_articles import write_article


def roles(text: str, lang: str) -> dict[str, bool]:
    """Each role's title -> whether it is read as past."""
    drafts, _ = extract_sentence(Sentence("a.md", 0, text, 0, len(text), lang), date(2026, 5, 4))
    return {d.value["title"]: d.value["past"] for d in drafts if d.kind == "role"}


@pytest.mark.parametrize(
    ("text", "lang", "title", "past"),
    [
        (
            "Okafor, who was the trust's chief operating officer until January, took over "
            "from its founder.",
            "en",
            "chief operating officer",
            True,
        ),
        (
            "Entrée au groupe en 2011 comme directrice financière, Claire Vidal en a pris "
            "la tête l'an dernier.",
            "fr",
            "directrice financière",
            True,
        ),
        # the post taken this year is the one held now
        (
            "Entrée au groupe en 2026 comme directrice financière, Claire Vidal a présenté "
            "les comptes.",
            "fr",
            "directrice financière",
            False,
        ),
        # a plain apposition is the title held now
        (
            "Tom Okafor, the trust's chief operating officer, said the ward would reopen.",
            "en",
            "chief operating officer",
            False,
        ),
    ],
)
def test_a_title_told_as_former_by_its_clause(text, lang, title, past):
    assert roles(text, lang).get(title) is past


def _flagged_rules(tmp_path, body: str, published: str) -> list[str]:
    """The rules of an English article's error and warning findings, rules only."""
    path = write_article(tmp_path, "story.md", body, published=published, lang="en")
    report = run([str(path)], Settings(nli=False))
    return [f.rule for f in report.findings if f.severity in ("error", "warning")]


def _article(tmp_path, second: str):
    return _flagged_rules(
        tmp_path,
        "Ashdown Energy will build a battery plant near Wakefield, chief executive Tom "
        "Okafor said on Monday.\n\n"
        "The plant will employ 300 people when it opens in 2028.\n\n" + second,
        "2026-05-04",
    )


def test_a_former_title_is_no_rival_to_the_title_held_now(tmp_path):
    assert (
        _article(
            tmp_path,
            "Okafor, who was Ashdown's chief operating officer until January, succeeded the "
            "company's founder.",
        )
        == []
    )


def test_two_titles_held_now_still_conflict(tmp_path):
    assert _article(
        tmp_path, "Tom Okafor, Ashdown's chief operating officer, said the site was chosen."
    ) == ["role.title"]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (
            "Ruth Bell, who has run the firm's accounts as chief financial officer since 2019, "
            "said the loan was signed.",
            "en",
            {"chief financial officer": False},
        ),
        (
            "Paul Roux, qui siège depuis 2020 comme conseiller municipal, a voté contre.",
            "fr",
            {"conseiller": False},
        ),
        # a post served in the past tense alone says nothing of now: not read
        ("Ruth Bell, who served as mayor for twelve years, opened the fair.", "en", {}),
    ],
)
def test_a_title_held_since_a_time_by_the_person_a_relative_clause_follows(text, lang, found):
    assert roles(text, lang) == found


def test_a_title_held_since_a_time_set_against_the_leads(tmp_path):
    assert _article(
        tmp_path,
        "Okafor, who has run the group's finances as chief financial officer since 2021, "
        "said a bank loan would fund the plant.",
    ) == ["role.title"]


# ------------------------------------------------------------- a happening's clock time


def _times(tmp_path, when: str):
    return _flagged_rules(
        tmp_path,
        "A lorry and two cars collided on the M6 near Stafford on Tuesday morning, closing "
        "the southbound carriageway for six hours.\n\n"
        "The collision happened at 6.40am between junctions 14 and 13, police said.\n\n"
        "Two drivers were taken to hospital with minor injuries.\n\n"
        f"Motorists stuck behind the crash, which took place {when}, said they waited for "
        "most of the morning.",
        "2026-05-05",
    )


@pytest.mark.parametrize(("when", "rules"), [("at about 7.20am", ["date.time"]), ("at 6.40am", [])])
def test_a_crash_that_took_place_at_another_time(tmp_path, when, rules):
    """ "Took place" gives a happening its time as "happened" does (FrameNet's Event
    frame): one crash at two times in two paragraphs."""
    assert _times(tmp_path, when) == rules
