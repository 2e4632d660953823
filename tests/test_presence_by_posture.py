"""Presence told by where someone sits or stands, by having just arrived, or by what they
watched from somewhere (FrameNet's Posture and Arriving frames), set against another
source's absence (factdiff.extract.attendees.PRESENT_AFTER). The articles are written for
these tests."""

from __future__ import annotations

import pytest

from helpers_articles import run_two

_ABSENT_FR = (
    "Le tribunal correctionnel de Vannes a rendu jeudi son jugement dans l'affaire de la "
    "pollution de la Vilaine. Le gérant de la société, Hervé Le Bihan, n'avait pas fait le "
    "déplacement pour entendre le délibéré."
)


@pytest.mark.parametrize(
    ("told", "flagged"),
    [
        ("Hervé Le Bihan, présent dans la salle, écoute la présidente lire le jugement.", True),
        ("Hervé Le Bihan, assis au premier rang, écoute la présidente lire le jugement.", True),
        ("Hervé Le Bihan vient d'arriver au tribunal, accompagné de son avocate.", True),
        # a name in the sentence with no word of being there
        ("Hervé Le Bihan a toujours contesté les faits qui lui sont reprochés.", False),
    ],
)
def test_presence_by_posture_or_arrival_meets_an_absence(tmp_path, told, flagged):
    b = f"14h05 — La présidente commence la lecture du jugement. {told}"
    report = run_two(tmp_path, _ABSENT_FR, b, published="2026-05-21", lang_a="fr", lang_b="fr")
    presence = [
        f for f in report.findings if f.kind == "attendees" and f.severity in ("error", "warning")
    ]
    assert bool(presence) is flagged


def test_watching_from_somewhere_is_being_there(tmp_path):
    a = (
        "The chief executive, Oliver Brandt, did not attend the signing in Rabat on "
        "Thursday and was represented by his operations director."
    )
    b = (
        "Chief executive Oliver Brandt watched the signing from the front row of the "
        "press area in Rabat on Thursday."
    )
    report = run_two(tmp_path, a, b, published="2026-10-15", lang_a="en", lang_b="en")
    assert [f.kind for f in report.findings if f.severity in ("error", "warning")] == ["attendees"]
