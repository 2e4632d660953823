"""Presence told of one day or sitting of a gathering that lasts ("absent lors de la
première journée du procès", "on the second day of the trial") is that day's: it does
not meet a presence told of another day, or of none. And "présenté à l'audience comme"
(described as) is no presence, though it folds as "présente" does. The articles are
written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two

_DAY_ONE = (
    "Le procès de l'ancien maire de Crest s'est ouvert lundi à Valence. Thierry Malaval, "
    "absent lors de la première journée du procès pour raisons médicales, s'est présenté "
    "mardi à la barre."
)


@pytest.mark.parametrize(
    ("other", "rules"),
    [
        # the judgment's day, another day of the trial
        (
            "Le jugement a été rendu jeudi à Valence. Thierry Malaval est lui aussi présent "
            "dans la salle, assis au deuxième rang.",
            [],
        ),
        # the same first day, told present
        (
            "Le procès s'est ouvert lundi à Valence. Lors de la première journée du procès, "
            "Thierry Malaval était présent dans la salle.",
            ["attendees.presence"],
        ),
    ],
)
def test_presence_on_one_day_of_a_trial(tmp_path, other, rules):
    report = run_two(tmp_path, _DAY_ONE, other, published="2025-05-14", lang_b="fr")
    assert rules_of(report, "attendees") == rules


def test_described_as_is_no_presence():
    text = (
        "La société est dirigée par Thierry Malaval, 54 ans, présenté à l'audience comme un "
        "ami d'enfance de l'ancien maire."
    )
    assert claims(text, "attendees", "fr") == []
