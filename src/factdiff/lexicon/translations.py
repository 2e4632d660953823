"""French-English word translations learned from parallel sentences.

`fr_en_words.json` is built by scripts/build_word_translations.py (IBM Model 1 over
NTREX-128 news, Tatoeba, PAWS-X and REFreSD translation pairs): stems of French and
English content words that are each other's likely translation ("dirigeant" /
"leader", "siège" / "seat", "passager" / "passenger"). The concept table
(factdiff.lexicon.concepts) names what news counts and does; this reaches the nouns
it does not list.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("fr_en_words.json")


@lru_cache(maxsize=1)
def rows() -> tuple[tuple[str, str, float, float], ...]:
    """The table: (French stem, English stem, p(English | French), p(French | English))."""
    table = json.loads(_TABLE.read_text(encoding="utf-8"))
    return tuple((fr, en, p_en, p_fr) for fr, en, p_en, p_fr in table["pairs"])


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset((fr, en) for fr, en, _, _ in rows())


@lru_cache(maxsize=1)
def _known() -> dict[str, frozenset[str]]:
    pairs = _pairs()
    return {"fr": frozenset(fr for fr, _ in pairs), "en": frozenset(en for _, en in pairs)}


def known(stem: str, lang: str) -> bool:
    """Whether the table knows a translation of a stem of `lang`."""
    return stem in _known().get(lang, frozenset())


def translate(stem_a: str, lang_a: str, stem_b: str, lang_b: str) -> bool:
    """Whether two stems of two languages (factdiff.text.stem) translate each other."""
    if {lang_a, lang_b} != {"fr", "en"}:
        return False
    fr, en = (stem_a, stem_b) if lang_a == "fr" else (stem_b, stem_a)
    return (fr, en) in _pairs()
