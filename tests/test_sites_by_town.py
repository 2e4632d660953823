"""An English site named by its town before it ("the Hull site", "its Doncaster plant")
is that town's site even after a preposition and an owner's possessive ("at the Group's
Leeds site"), when the gazetteer knows the town; a premodifier it does not know may be
the firm's ("the Ridgeline plant") and is read as before. The articles are written for
these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "place", "town"),
    [
        ("The money goes to a new line at the Group's Leeds site.", "Leeds site", "Leeds"),
        ("The money goes to a new line at the Doncaster plant.", "Doncaster plant", "Doncaster"),
        ("The money goes to a new line at its Doncaster plant.", "Doncaster plant", "Doncaster"),
    ],
)
def test_a_site_named_by_its_town(text, place, town):
    (site,) = claims(text, "location", "en")
    assert (site.value["place"], site.value["town"]) == (place, town)


_INVESTMENT = (
    "Brannock Foods will spend £60m on a new ready-meals line at {site}, the company said "
    "on Thursday, adding capacity for chilled products from 2026."
)


def test_two_towns_for_one_investment(tmp_path):
    a = _INVESTMENT.format(site="the Group's Leeds site")
    b = _INVESTMENT.format(site="its Doncaster plant")
    report = run_two(tmp_path, a, b, published="2025-02-27", lang_a="en")
    assert rules_of(report, "location") == ["location.place"]


def test_one_town_for_one_investment(tmp_path):
    a = _INVESTMENT.format(site="the Group's Leeds site")
    b = _INVESTMENT.format(site="its Leeds factory")
    report = run_two(tmp_path, a, b, published="2025-02-27", lang_a="en")
    assert rules_of(report, "location") == []
