"""A people's adjective on a counted noun narrows the count to a part of the whole
("nine British factories" of "11 sites across the UK and Ireland"): two counts are one
fact only when both are narrowed alike or neither is. The articles are written for
these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "lang", "scope"),
    [
        ("Brannock runs nine British factories.", "en", "british"),
        ("Twelve Canadian fishermen were rescued.", "en", "canadian"),
        ("La société exploite neuf usines britanniques.", "fr", "britanniques"),
        ("Brannock operates 11 manufacturing sites.", "en", None),
        # a firm's name is no part of a whole
        ("Brannock operates 11 Brannock sites.", "en", None),
    ],
)
def test_the_scope_of_a_count(text, lang, scope):
    (count,) = claims(text, "number", lang)
    assert count.value.get("scope") == scope


_RESULTS = (
    "Brannock Foods reported a 12% fall in annual profit on Thursday. The group {sites}, "
    "and will close its oldest bakery next year."
)


@pytest.mark.parametrize(
    ("sites_a", "sites_b", "rules"),
    [
        # a part and the whole
        ("operates 11 manufacturing sites", "runs nine British factories", []),
        # two wholes, two parts of one people
        ("operates 11 manufacturing sites", "runs nine factories", ["number.range"]),
        ("runs eleven British factories", "runs nine British factories", ["number.range"]),
    ],
)
def test_a_part_and_the_whole(tmp_path, sites_a, sites_b, rules):
    a = _RESULTS.format(sites=sites_a)
    b = _RESULTS.format(sites=sites_b)
    report = run_two(tmp_path, a, b, published="2026-03-12", lang_a="en")
    assert rules_of(report, "number") == rules


def test_one_part_in_two_languages(tmp_path):
    a = (
        "Le groupe Brannock a annoncé jeudi une baisse de 12 % de son bénéfice. Il exploite "
        "onze usines britanniques et fermera sa plus ancienne boulangerie l'an prochain."
    )
    b = _RESULTS.format(sites="runs nine British factories")
    report = run_two(tmp_path, a, b, published="2026-03-12")
    assert rules_of(report, "number") == ["number.range"]
