"""Amounts in two countries' currencies of one name ("A$1.2 billion" / "US$800
million"): two dollars, at some rate, not two values of one amount
(factdiff.extract.numbers._issuer_before, factdiff.compare.numbers._other_issuers).
The articles are written for these tests."""

from __future__ import annotations

import pytest

from helpers_articles import run_two


def _flagged_amounts(report):
    return [f for f in report.findings if f.kind == "number" and f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    ("figure_a", "figure_b", "flagged"),
    [
        # an Australian and an American dollar figure: one estimate converted
        ("A$1.5 billion", "US$950 million", False),
        # a dollar code and a dollar sign of two countries
        ("AUD 1.5 billion", "US$950 million", False),
        # both in one country's dollars, or one unmarked: two values of one estimate
        ("A$1.5 billion", "AUD 950 million", True),
        ("A$1.5 billion", "$950 million", True),
    ],
)
def test_two_countries_dollars_are_not_compared(tmp_path, figure_a, figure_b, flagged):
    a = (
        f"The Wirrega lithium mine will pay {figure_a} in royalties to the state over its "
        "life, the company said in Perth on Tuesday."
    )
    b = (
        f"The Wirrega lithium mine will pay {figure_b} in royalties to the state over its "
        "life, the company said on Tuesday."
    )
    report = run_two(tmp_path, a, b, published="2026-05-12", lang_a="en", lang_b="en")
    assert bool(_flagged_amounts(report)) is flagged


def test_the_issuer_is_read_before_the_amount(tmp_path):
    from factdiff.pipeline import Settings, run
    from helpers_articles import write_article

    path = write_article(
        tmp_path,
        "a.md",
        "The fund holds A$40 million, US$12 million, NZ$3 million, CHF 5 million and $2 million.",
        published="2026-05-12",
        lang="en",
    )
    report = run([str(path)], Settings(nli=False, cache=False))
    issuers = [c.value.get("issuer") for c in report.claims if c.kind == "number"]
    assert issuers == ["A", "US", "NZ", "CH", None]
