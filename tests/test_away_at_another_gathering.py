"""Away at another gathering, told by its indefinite article ("who is in Columbus for a
labor conference"), is absence from the story's; being somewhere "for the talks" is
the story's own gathering, and a trip for no gathering says nothing. The articles are
written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Mayor Jane Holt, who is in Columbus for a labor conference, sent a statement.",
            [("Jane Holt", False)],
        ),
        ("Macron, who was in Paris for the talks, spoke to reporters.", []),
        ("Jane Holt was in Ohio for a family wedding.", []),
    ],
)
def test_away_at_another_gathering(text, absent):
    found = claims(text, "attendees", "en")
    assert [(c.value["who"], c.value["present"]) for c in found] == absent


def test_away_against_in_the_room(tmp_path):
    a = (
        "Moraine Motors told workers on Friday that its Dayton plant will close. Union "
        "president Jane Holt, who is in Columbus for a labor conference, sent a statement."
    )
    b = (
        "Moraine Motors told workers on Friday that its Dayton plant will close. Union "
        "president Jane Holt, who was in the room, said the news came without warning."
    )
    report = run_two(tmp_path, a, b, published="2026-04-11", lang_a="en")
    assert rules_of(report, "attendees") == ["attendees.presence"]
