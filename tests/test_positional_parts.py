"""A part by its place in a whole ("the final 60 kilometres", "les 60 derniers
kilomètres") stays a part though the sentence gives no whole before it of its own kind:
it is no second value of the whole ("the 178-kilometre race"). The articles are written
for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hale spent 41 minutes at the front over the final 60 kilometres.", "en"),
        ("Hale a mené 41 minutes sur les 60 derniers kilomètres.", "fr"),
    ],
)
def test_a_part_by_its_place_after_another_figure(text, lang):
    frames = {c.value["key"]: c.value.get("frame") for c in claims(text, "number", lang)}
    assert frames["KILOMETRE"] == "part"


def test_the_last_stretch_is_no_second_length_of_the_race(tmp_path):
    a = "Tom Hale won the 178-kilometre Borders Classic on Sunday by 22 seconds."
    b = (
        "Race data showed that Hale spent 41 minutes at the front of the leading group "
        "over the final 60 kilometres of the Borders Classic on Sunday."
    )
    report = run_two(tmp_path, a, b, published="2026-06-08", lang_a="en")
    assert rules_of(report, "number") == []
