"""A verdict told with its object between the verb and its complement ("found him not
guilty", "cleared her of all charges", "a déclaré l'accusé non coupable") is an
acquittal (sentences from no labelled set)."""

from __future__ import annotations

import pytest

from conftest import outcome_claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The jury found him not guilty of arson after a four-day trial.", "en"),
        ("Jurors found Dawson not guilty on both counts.", "en"),
        ("The magistrates cleared her of all charges on Tuesday.", "en"),
        ("The judge cleared the two men of the burglary charges.", "en"),
        ("Le tribunal l'a déclaré non coupable.", "fr"),
        ("La cour d'assises a jugé l'accusée non coupable de l'incendie.", "fr"),
    ],
)
def test_a_verdict_with_its_object_is_an_acquittal(text, lang):
    assert [c.value["outcome"] for c in outcome_claims(text, lang)] == ["acquitted"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # clearing a place of something is no verdict
        ("Crews cleared the roads of snow before dawn.", "en"),
        ("Volunteers cleared the beach of plastic on Sunday.", "en"),
    ],
)
def test_clearing_a_place_is_no_verdict(text, lang):
    assert outcome_claims(text, lang) == []


def test_found_guilty_with_its_object_stays_a_conviction():
    outcomes = [c.value["outcome"] for c in outcome_claims("They found him guilty of arson.", "en")]
    assert "convicted" in outcomes and "acquitted" not in outcomes
