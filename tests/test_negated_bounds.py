"""A bound's negation bounds the other way: "no more than 40", "not more than 12" and
"pas plus de 40" are at most, not more than. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims


@pytest.mark.parametrize(
    ("text", "lang", "hedge", "low", "high"),
    [
        ("No more than 40 people turned up.", "en", "max", 0.0, 40.0),
        ("Not more than 12 boats left the harbour.", "en", "max", 0.0, 12.0),
        ("Pas plus de 40 personnes sont venues.", "fr", "max", 0.0, 40.0),
        # the bound itself, as before
        ("More than 40 people turned up.", "en", "gt", 40.004, None),
        ("Plus de 40 personnes sont venues.", "fr", "gt", 40.004, None),
    ],
)
def test_a_negated_bound(text, lang, hedge, low, high):
    (count,) = claims(text, "number", lang)
    assert (count.value["hedge"], count.value["low"], count.value["high"]) == (hedge, low, high)
