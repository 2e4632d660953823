"""The French-English word translations learned from parallel sentences."""

import json

import pytest

from factdiff.lexicon.translations import _TABLE, translate
from factdiff.text import fold, stem


def s(word: str) -> str:
    return stem(fold(word))


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("dirigeants", "leaders"),
        ("passagers", "passengers"),
        ("sièges", "seats"),
        ("arbres", "trees"),
        ("joueurs", "players"),
    ],
)
def test_nouns_and_their_translations(fr, en):
    assert translate(s(fr), "fr", s(en), "en")
    assert translate(s(en), "en", s(fr), "fr")  # either order


@pytest.mark.parametrize(
    ("fr", "en", "lang_a", "lang_b"),
    [
        ("dirigeants", "passengers", "fr", "en"),  # not a translation
        ("arbres", "trees", "fr", "fr"),  # one language: no translation to make
        ("arbres", "trees", "fr", "de"),  # a language the table has not
    ],
)
def test_what_does_not_translate(fr, en, lang_a, lang_b):
    assert not translate(s(fr), lang_a, s(en), lang_b)


def test_the_table_says_where_it_comes_from():
    table = json.loads(_TABLE.read_text(encoding="utf-8"))
    assert "NTREX" in table["license"] and table["command"].startswith("python scripts/")
    assert all(min(p, q) >= 0.3 for _, _, p, q in table["pairs"])
