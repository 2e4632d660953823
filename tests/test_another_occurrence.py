"""A happening told as a further one of its kind ("une nouvelle réunion s'est tenue
lundi", "another meeting", "a second explosion") is not the one other sources tell
without such a word: its day and who attended are its own. Two sources that both tell
the further one still meet. The articles are written for these tests."""

from __future__ import annotations

import pytest

from factdiff.align import another_occurrence
from factdiff.records import Sentence
from helpers_articles import rules_of, run_two


def _sentence(text: str, lang: str) -> Sentence:
    return Sentence(source="a.md", index=0, text=text, start=0, end=len(text), lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "another"),
    [
        ("Lundi à 9 heures, une nouvelle réunion s'est tenue à la préfecture.", "fr", True),
        ("Another meeting was held at the town hall on Monday.", "en", True),
        ("A second explosion shook the plant at 4 p.m.", "en", True),
        ("La prochaine réunion est prévue jeudi.", "fr", True),
        ("La réunion de crise s'est tenue dimanche soir à la préfecture.", "fr", False),
        # a further thing that is no happening
        ("Un nouveau pont sera construit d'ici 2027.", "fr", False),
        ("The new mayor attended the meeting on Sunday.", "en", False),
    ],
)
def test_a_further_happening(text, lang, another):
    assert another_occurrence(_sentence(text, lang)) is another


_SUNDAY = (
    "La crue du Gardon a emporté trois ponts samedi. Le préfet a réuni une cellule de "
    "crise. Le président du département, Jean-Marc Fabrègue, était absent de la réunion "
    "de crise tenue dimanche soir à la préfecture."
)


def test_a_new_meeting_is_not_the_first(tmp_path):
    b = (
        "La crue du Gardon a emporté trois ponts samedi. Lundi à 9 heures, une nouvelle "
        "réunion s'est tenue à la préfecture, en présence de Jean-Marc Fabrègue."
    )
    report = run_two(tmp_path, _SUNDAY, b, published="2025-10-13", lang_b="fr")
    assert rules_of(report, "attendees") == []
    assert rules_of(report, "date") == []


def test_the_first_meeting_told_twice_still_meets(tmp_path):
    b = (
        "La crue du Gardon a emporté trois ponts samedi. Dimanche soir, la réunion de "
        "crise s'est tenue à la préfecture, en présence de Jean-Marc Fabrègue."
    )
    report = run_two(tmp_path, _SUNDAY, b, published="2025-10-13", lang_b="fr")
    assert rules_of(report, "attendees") == ["attendees.presence"]
