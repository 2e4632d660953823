"""A job phrase set between two names, each closed by a comma, is the second name's title,
not the first's (sentences from no labelled set)."""

from __future__ import annotations

import pytest

from conftest import claims


def _roles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.value["person"], c.value["title"]) for c in claims(text, "role", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "first", "second", "head"),
    [
        (
            "Aux côtés du préfet de la Creuse, Marc Vidal, le conservateur du musée, "
            "Simon Lenoir, a accueilli les ministres.",
            "fr",
            "Marc Vidal",
            "Simon Lenoir",
            "conservateur",
        ),
        (
            "Alongside the transport secretary, Maya Lund, the hospital's chief surgeon, "
            "Ola Berg, announced the new ward.",
            "en",
            "Maya Lund",
            "Ola Berg",
            "surgeon",
        ),
    ],
)
def test_a_phrase_between_two_names_is_the_second_ones(text, lang, first, second, head):
    found = _roles(text, lang)
    assert not any(p == first and head in t.lower() for p, t in found), found
    assert any(p == second and head in t.lower() for p, t in found), found


def test_a_phrase_after_the_last_name_stays_its_own() -> None:
    text = "Aux côtés de Marc Vidal, Simon Lenoir, conservateur du musée, a accueilli le ministre."
    assert ("Simon Lenoir", "conservateur du musée") in _roles(text, "fr")
