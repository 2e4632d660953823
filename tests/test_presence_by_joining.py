"""Presence told by joining someone somewhere ("joined the council leader at the pier") or
by appearing at a gathering, absence by not appearing ("did not appear at the press
conference"; WordNet's "appear": present oneself formally), and an office followed
by its holder's surname ("Le ministre Vézina, absent"), set against another source
(factdiff.extract.attendees). The articles are written for these tests."""

from __future__ import annotations

import pytest

from helpers_articles import run_two

_APPEAR_A = (
    "10:35 - The press conference has begun. Chief executive Marta Lindqvist did "
    "not appear at the press conference; a spokesman said she was meeting "
    "regulators in Stockholm."
)
_APPEAR_B = (
    "Marta Lindqvist, who chaired Wednesday's press conference, sought to reassure "
    "customers about the recall."
)
_JOINED_A = (
    "Fisheries minister Alan Corrie, who did not travel to Stornoway after the "
    "grounding, has promised a review of the fleet."
)
_JOINED_B = (
    "Fisheries minister Alan Corrie joined the council leader at the pier yesterday "
    "afternoon, where residents carrying placards met him."
)
_JOINED_GUARD_A = (
    "Fisheries minister Alan Corrie, who did not travel to Stornoway after the "
    "grounding, has promised a review of the fleet."
)
_JOINED_GUARD_B = (
    "Fisheries minister Alan Corrie joined the government at the age of 38 and has "
    "held the islands brief since 2024."
)


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        (_APPEAR_A, _APPEAR_B, True),
        (_JOINED_A, _JOINED_B, True),
        # joining a government at an age, or at the end of a year, is a career, not being
        # somewhere
        (_JOINED_GUARD_A, _JOINED_GUARD_B, False),
        (
            _JOINED_GUARD_A,
            "Fisheries minister Alan Corrie joined the government at the end of 2024 and has "
            "held the islands brief since.",
            False,
        ),
    ],
)
def test_joining_and_appearing_meet_an_absence(tmp_path, a, b, flagged):
    report = run_two(tmp_path, a, b, published="2026-10-09", lang_a="en", lang_b="en")
    presence = [
        f for f in report.findings if f.kind == "attendees" and f.severity in ("error", "warning")
    ]
    assert bool(presence) is flagged


_ATTENDED = (
    "Transport Minister Anne-Claire Vézina attended the briefing on Monday and promised a "
    "review of the network."
)


@pytest.mark.parametrize(("holder", "flagged"), [("Vézina", True), ("Lemieux", False)])
def test_an_office_then_its_holders_surname_is_that_person(tmp_path, holder, flagged):
    # "Le ministre Vézina, absent ...": the absent one is Vézina, not any minister
    b = (
        f"Le ministre {holder}, absent du point de presse de lundi, s'est contenté d'une "
        "déclaration écrite."
    )
    report = run_two(tmp_path, _ATTENDED, b, published="2026-11-17", lang_a="en", lang_b="fr")
    presence = [
        f for f in report.findings if f.kind == "attendees" and f.severity in ("error", "warning")
    ]
    assert bool(presence) is flagged
