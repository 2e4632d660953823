"""Per-language word lists and the bilingual concept table.

A language is added by adding a module with the same names as `fr` and `en`
and listing it in `LANGUAGES`.
"""

from __future__ import annotations

from types import ModuleType

from factdiff.lexicon import en, fr
from factdiff.lexicon.concepts import (
    EVENT_CONCEPTS,
    HAPPENING_CONCEPTS,
    TIME_UNIT_CONCEPTS,
    concept_of,
)

LANGUAGES: dict[str, ModuleType] = {"fr": fr, "en": en}
# The function words of both languages, and the names of days and months, which name
# when, not who or what.
STOPWORDS: frozenset[str] = frozenset(fr.STOPWORDS | en.STOPWORDS)
CALENDAR_WORDS: frozenset[str] = (
    frozenset(en.WEEKDAYS) | frozenset(en.MONTHS) | frozenset(fr.WEEKDAYS)
)


def for_lang(lang: str) -> ModuleType:
    return LANGUAGES.get(lang, fr)


def all_langs() -> list[ModuleType]:
    return list(LANGUAGES.values())


__all__ = [
    "CALENDAR_WORDS",
    "EVENT_CONCEPTS",
    "HAPPENING_CONCEPTS",
    "LANGUAGES",
    "STOPWORDS",
    "TIME_UNIT_CONCEPTS",
    "all_langs",
    "concept_of",
    "en",
    "for_lang",
    "fr",
]
