"""Staying elsewhere for a gathering is being absent from it ("who had stayed in Glasgow
for the second attempt", "resté à Grenoble le jour de la signature"), and having made
the trip is being there, in the pluperfect too ("avait fait le déplacement à Bristol").
The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


def _presence(text: str, lang: str) -> list[bool]:
    return [c.value["present"] for c in claims(text, "attendees", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        (
            "Founder Ewan Gray, who had stayed in Inverness for the second attempt, "
            "followed it online.",
            "en",
            [False],
        ),
        (
            "Le maire Paul Achard, resté à Vienne le jour de l'inauguration, a suivi la "
            "cérémonie par vidéo.",
            "fr",
            [False],
        ),
        (
            "Le maire Paul Achard avait fait le déplacement à Lyon pour assister à l'inauguration.",
            "fr",
            [True],
        ),
        # a stay of some length says nothing of a gathering
        ("Ewan Gray stayed in Inverness for two nights.", "en", []),
        ("Paul Achard est resté à Vienne deux jours.", "fr", []),
    ],
)
def test_staying_elsewhere_and_making_the_trip(text, lang, present):
    assert _presence(text, lang) == present


def test_made_the_trip_against_stayed_home(tmp_path):
    a = (
        "Le président du club, Jean-Marc Duvernay, avait fait le déplacement à Bristol "
        "pour assister à la signature du contrat de son ancien joueur."
    )
    b = (
        "Le président Jean-Marc Duvernay, resté à Grenoble le jour de la signature, a "
        "suivi les dernières heures de la négociation par téléphone."
    )
    report = run_two(tmp_path, a, b, published="2026-01-22", lang_b="fr")
    assert rules_of(report, "attendees") == ["attendees.presence"]
