"""Claim extraction: every registered extractor runs on every sentence.

Dates run first and mark their spans as taken, so that the number
extractor does not read "15 mars" as the number fifteen.
"""

from __future__ import annotations

from datetime import date

from factdiff.extract import (  # noqa: F401
    attendees,
    dates,
    locations,
    numbers,
    ordinals,
    roles,
    statements,
)
from factdiff.extract.base import REGISTRY, ClaimDraft, ExtractContext, register
from factdiff.extract.mentions import Mention, find_mentions
from factdiff.records import Sentence
from factdiff.text import fold_same_length


def extract_sentence(
    sentence: Sentence, published: date | None
) -> tuple[list[ClaimDraft], list[str]]:
    """All claim drafts of one sentence, and the people it names."""
    mentions = find_mentions(sentence.text, sentence.lang)
    titles = roles.find_titles(sentence.text, sentence.lang, mentions)
    # Capitalised words inside an office ("ministre de la Défense", "maire de Lodève")
    # belong to the office, not to a person or a place of the event.
    mentions = [m for m in mentions if not any(t.start <= m.start < t.end for t in titles)]
    ctx = ExtractContext(
        published=published,
        lang=sentence.lang,
        mentions=mentions,
        folded=fold_same_length(sentence.text),
        titles=titles,
    )
    drafts: list[ClaimDraft] = []
    for name in REGISTRY:
        drafts.extend(REGISTRY[name](sentence, ctx))
    people = [m.text for m in mentions if roles.is_person(m)]
    return drafts, people


__all__ = [
    "REGISTRY",
    "ClaimDraft",
    "ExtractContext",
    "Mention",
    "extract_sentence",
    "find_mentions",
    "register",
]
