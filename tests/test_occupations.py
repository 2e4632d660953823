"""Jobs no title list names: read from a job list's head nouns, set against each other
in one language and against a listed title in any (sentences from no labelled set)."""

from __future__ import annotations

import pytest

from conftest import claims
from factdiff.lexicon.occupations import occupation
from helpers_articles import run_two


@pytest.mark.parametrize(
    ("word", "lang", "head"),
    [
        ("engineers", "en", "engineer"),
        ("curator", "en", "curator"),
        ("conservatrice", "fr", "conservateur"),
        ("chercheuse", "fr", "chercheur"),
        ("infirmière", "fr", "infirmier"),
        ("hiker", "en", None),
        ("mother", "en", None),
        ("voisine", "fr", None),
    ],
)
def test_occupation_heads_come_from_the_job_lists(word, lang, head):
    assert occupation(word, lang) == head


@pytest.mark.parametrize(
    ("text", "lang", "person", "title"),
    [
        (
            "Pete Lowry, the depot's head of maintenance, said the line was safe.",
            "en",
            "Pete Lowry",
            "head of maintenance",
        ),
        # a job set before the name with a comma
        (
            "The depot's head of maintenance, Pete Lowry, said the line was safe.",
            "en",
            "Pete Lowry",
            "head of maintenance",
        ),
        (
            "Le pédiatre de garde, Paul Mercier, a confirmé l'admission.",
            "fr",
            "Paul Mercier",
            "pédiatre de garde",
        ),
        (
            "The vote was overseen by returning officer Dana Ruiz.",
            "en",
            "Dana Ruiz",
            "returning officer",
        ),
        (
            "Dana Ruiz, a structural engineer at the council, inspected the bridge.",
            "en",
            "Dana Ruiz",
            "structural engineer at the council",
        ),
        # a rank the title list matches but names no office for is read as a job
        (
            "Paul Mercier, directeur de la station d'épuration, a confirmé la fuite.",
            "fr",
            "Paul Mercier",
            "directeur de la station d'épuration",
        ),
        (
            "« Il faut attendre », estime Jeanne Morel, infirmière au CHU de Brest, mardi.",
            "fr",
            "Jeanne Morel",
            "infirmière au CHU de Brest",
        ),
        # a modifier that opens the sentence has its capital from the sentence
        (
            "Senior engineer Dana Ruiz inspected the bridge on Monday.",
            "en",
            "Dana Ruiz",
            "Senior engineer",
        ),
    ],
)
def test_a_job_beside_a_name_is_a_role(text, lang, person, title):
    found = [(c.value["person"], c.value["title"]) for c in claims(text, "role", lang)]
    assert found == [(person, title)]


def test_a_job_after_a_titled_name_is_a_second_role():
    text = "Le commandant Luc Faure, chef de la station de sauvetage, a coordonné les secours."
    found = [(c.value["person"], c.value["title"]) for c in claims(text, "role", "fr")]
    assert found == [
        ("Luc Faure", "Le commandant"),
        ("Luc Faure", "chef de la station de sauvetage"),
    ]
    # only after the name: the title before it is the listed one
    text = "Chief executive Anna Berg said the plant would reopen."
    assert [c.value["title"] for c in claims(text, "role", "en")] == ["Chief executive"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, a keen hiker, was found safe on Sunday.",
        "Tom Hale, a father of three, was found safe on Sunday.",
        "Tom Hale, 34, from Keswick, was found safe on Sunday.",
        "He thanked his neighbour, Tom Hale, for the call.",
    ],
)
def test_a_description_is_no_role(text):
    assert claims(text, "role", "en") == []


def _roles(tmp_path, a, b, lang_a="en", lang_b="en"):
    report = run_two(tmp_path, a, b, lang_a=lang_a, lang_b=lang_b)
    return [f for f in report.findings if f.kind == "role" and f.scope == "across"]


def test_two_jobs_of_one_person_conflict(tmp_path):
    found = _roles(
        tmp_path,
        "Pete Lowry, the depot's head of maintenance, said the line had been inspected.",
        "The line had been inspected, said Pete Lowry, a structural engineer at the council.",
    )
    assert found and "Pete Lowry" in found[0].summary


def test_a_job_the_other_source_also_gives_is_no_conflict(tmp_path):
    assert not _roles(
        tmp_path,
        "Pete Lowry, the depot's head of maintenance, said the line had been inspected.",
        "The line had been inspected, said Pete Lowry, a structural engineer. Lowry, the "
        "depot's head of maintenance, added that trains would run on Monday.",
    )


def test_jobs_in_two_languages_are_not_compared(tmp_path):
    assert not _roles(
        tmp_path,
        "« Il faut attendre », estime Jeanne Morel, infirmière au CHU de Brest.",
        '"We must wait," said Jeanne Morel, a surgeon at Brest hospital.',
        lang_a="fr",
    )


@pytest.mark.parametrize(
    ("fr_text", "en_text", "person"),
    [
        # a listed title's job is its rank in both languages
        (
            "La juge Agnès Perrin a ordonné un nouveau décompte des bulletins.",
            "Returning officer Agnès Perrin ordered a new count of the ballots.",
            "Agnès Perrin",
        ),
        (
            "Paul Mercier, directeur de la station d'épuration, a confirmé la fuite.",
            "Paul Mercier, the county prefect, confirmed the leak.",
            "Paul Mercier",
        ),
    ],
)
def test_a_listed_title_and_a_job_in_two_languages_conflict(tmp_path, fr_text, en_text, person):
    found = _roles(tmp_path, fr_text, en_text, lang_a="fr")
    assert found and person in found[0].summary


def test_a_listed_title_in_two_languages_is_one_job(tmp_path):
    assert not _roles(
        tmp_path,
        "La juge Agnès Perrin a ordonné un nouveau décompte des bulletins.",
        "Judge Agnès Perrin ordered a new count of the ballots.",
        lang_a="fr",
    )


def test_the_person_an_attribution_names_is_no_place():
    text = "The fire started near a depot, according to Tom Hale, a structural engineer."
    assert [c.value["title"] for c in claims(text, "role", "en")] == ["structural engineer"]
    assert claims(text, "location", "en") == []
    assert [c.value["place"] for c in claims("He travelled to Lyon.", "location", "en")] == ["Lyon"]


def test_a_post_and_a_trade_told_bare_are_one_persons(tmp_path):
    # A director may be an archaeologist; an engineer at the council is another post.
    assert not _roles(
        tmp_path,
        "Mira Okafor, the institute's director, called the find exceptional.",
        "The find is exceptional, archaeologist Mira Okafor told reporters.",
    )
    assert not _roles(
        tmp_path,
        "« C'est exceptionnel », souligne Mira Okafor, responsable du chantier.",
        "« C'est exceptionnel », raconte l'archéologue Mira Okafor.",
        "fr",
        "fr",
    )


def test_a_deputy_named_at_the_sentence_start_is_not_the_chief(tmp_path):
    # "Deputy" opens the sentence: capitalised by the sentence, still the title's modifier
    found = _roles(
        tmp_path,
        "Deputy director Odile Ferrand said the museum would reopen in June.",
        "The museum will reopen in June, said its director, Odile Ferrand.",
    )
    assert [f.summary.split(":")[0] for f in found] == ["Odile Ferrand"]
    assert "Deputy director" in found[0].summary
