"""A relative day in direct speech ("Today is about the players", « aujourd'hui ») is
the day the words were said, which the article does not give: it is not read against
its article's publication day, so two quotes' "today" in articles of two days do not
conflict. A relative day in the article's own words still does. The articles are
written for these tests."""

from __future__ import annotations

import pytest

from factdiff.extract.statements import in_direct_speech
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ('"Today is about the players," he said.', "Today", True),
        ("« C'est une grande journée aujourd'hui », a-t-il dit.", "aujourd'hui", True),
        # a sentence that closes a quote an earlier one opened
        ('I am proud of the fans who came up today."', "today", True),
        ('He said "we won" and left today.', "today", False),
        ("The club celebrated today.", "today", False),
    ],
)
def test_in_direct_speech(text, word, inside):
    assert in_direct_speech(text, text.index(word)) is inside


def test_two_quotes_today(tmp_path):
    a = (
        "Port Ellis won the Caledonian Cup final against Dunmore Rovers. "
        '"Today is about the players and how proud I am of them," the manager said.'
    )
    b = (
        "Port Ellis won the Caledonian Cup final against Dunmore Rovers. "
        '"I am proud of the people who came up from the town today," the manager said.'
    )
    report = run_two(tmp_path, a, b, published="2025-05-25", lang_a="en", published_b="2025-05-24")
    assert rules_of(report, "date") == []
