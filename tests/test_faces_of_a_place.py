"""A face or side of a named place told by its compass point or its aspect ("the
north-east face of Tarahaki Ridge", "the south-facing slope of Mount Aspiring") is a
direction from that place, as "north-east of" is. The articles are written for these
tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


def _bearings(text: str) -> list[tuple[str, int | None]]:
    return [(c.value["place"], c.value.get("bearing")) for c in claims(text, "location", "en")]


@pytest.mark.parametrize(
    ("text", "place", "bearing"),
    [
        ("The slide released on the north-east face of Mount Torlesse.", "Mount Torlesse", 45),
        ("The slide released on the south-facing slope of Mount Torlesse.", "Mount Torlesse", 180),
        ("Two climbers were stuck on the north face of the Eiger.", "Eiger", 0),
    ],
)
def test_a_face_by_its_compass_point_or_aspect(text, place, bearing):
    assert (place, bearing) in _bearings(text)


def test_one_slide_on_two_faces(tmp_path):
    a = (
        "The avalanche released on the south-facing slope of Mount Torlesse shortly "
        "before noon on Saturday, burying two ski tourers, police said."
    )
    b = (
        "Police said the avalanche released on the north-east face of Mount Torlesse on "
        "Saturday, catching two ski tourers."
    )
    report = run_two(tmp_path, a, b, published="2026-08-09", lang_a="en")
    assert rules_of(report, "location") == ["location.bearing"]
    same_face = b.replace("north-east face", "south face")
    report = run_two(tmp_path, a, same_face, published="2026-08-09", lang_a="en")
    assert rules_of(report, "location") == []
