"""Being in the gathering's room is presence (FrameNet's Being_located with a room of
Building_subparts, or the court): "who was in the room", "was in court to hear the
ruling", "est dans la salle, au premier rang". Being in a town or in hospital is not.
The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        ("Marc Tessier, who was in the room, said nothing.", "en", [("Marc Tessier", True)]),
        (
            "Mayor Jane Holt, who was in court to hear the ruling, welcomed it.",
            "en",
            [("Jane Holt", True)],
        ),
        (
            "La ministre Geneviève Parent est dans la salle, au premier rang.",
            "fr",
            [("Geneviève Parent", True)],
        ),
        ("Jane Holt was in hospital on Monday.", "en", []),
        ("Jane Holt is in Columbus this week.", "en", []),
    ],
)
def test_in_the_room(text, lang, present):
    found = claims(text, "attendees", lang)
    assert [(c.value["who"], c.value["present"]) for c in found] == present


def test_in_the_room_against_skipped(tmp_path):
    a = (
        "Le conseil municipal de Saules a adopté mardi soir le projet de tramway. 20h15 - "
        "La ministre des Transports, Geneviève Parent, est dans la salle, au premier rang."
    )
    b = (
        "Saules council approved the tramway on Tuesday night. Transport Minister Geneviève "
        "Parent, who skipped Tuesday's meeting, issued a short statement."
    )
    report = run_two(tmp_path, a, b, published="2025-09-10")
    assert rules_of(report, "attendees") == ["attendees.presence"]
