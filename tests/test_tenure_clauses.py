"""A period of years in a relative clause on one of a sentence's people ("qui a dirigé la
caisse de 2009 à 2023") is their tenure, not the happening the sentence tells: it does
not make the sentence an earlier event's (factdiff.align._years_long). The articles are
written for these tests."""

from __future__ import annotations

import pytest

from helpers_articles import run_two


@pytest.mark.parametrize(
    ("clause", "flagged"),
    [
        # a tenure of years: the verdict is still the story's
        ("qui a dirigé la caisse de 2009 à 2023", True),
        # a single long-past day in the clause may date its own happening: as before
        ("qui avait été interpellé le 3 mars 2021", False),
    ],
)
def test_a_tenure_in_a_relative_clause_does_not_date_the_sentence(tmp_path, clause, flagged):
    a = (
        "Le tribunal criminel de Lausanne a rendu son verdict jeudi dans l'affaire de la "
        "caisse de pension.\n\nIl est condamné à six ans de prison."
    )
    b = (
        f"Marc Rochat, {clause}, a été condamné à cinq ans et demi de prison par le "
        "tribunal criminel de Lausanne."
    )
    report = run_two(tmp_path, a, b, published="2026-11-13", lang_a="fr", lang_b="fr")
    terms = [f for f in report.findings if f.kind == "number" and f.severity != "info"]
    assert bool(terms) is flagged
