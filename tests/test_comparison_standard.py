"""A date that tells what a comparison is made against ("un niveau comparable à celui
de l'an dernier", "higher than in 2019") is another period held up to the sentence's
own figure: it does not make the sentence background, and the figure still meets the
other sources' figure of the same thing. The articles are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import claims, sentence
from factdiff.align import comparison_standard
from factdiff.records import Claim
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "lang", "standard"),
    [
        (
            "Le festival a vendu 58 400 billets, un niveau comparable à celui de l'an dernier.",
            "fr",
            True,
        ),
        ("Sales were higher than in 2019.", "en", True),
        ("Le trafic est plus élevé qu'en 2022.", "fr", True),
        ("Profit fell 5% compared with last year.", "en", True),
        ("Le festival avait vendu 52 000 billets l'an dernier.", "fr", False),
        ("The festival sold 52,000 tickets last year.", "en", False),
    ],
)
def test_a_date_compared_with(text, lang, standard):
    (draft,) = claims(text, "date", lang, published=date(2026, 6, 29))
    told = Claim("c1", "a.md", "date", sentence(text, lang), draft.span, draft.value, draft.surface)
    assert comparison_standard(told) is standard


def test_a_figure_beside_its_standard_still_meets(tmp_path):
    a = (
        "Le festival du film de Grandval s'est achevé samedi soir. Il a vendu 58 400 "
        "billets, un niveau comparable à celui de l'an dernier."
    )
    b = (
        "The Grandval film festival closed on Saturday night. It sold 61,800 tickets, a "
        "record for the event."
    )
    report = run_two(tmp_path, a, b, published="2026-06-29")
    assert rules_of(report, "number") == ["number.range"]
