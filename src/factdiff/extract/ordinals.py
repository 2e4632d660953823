"""Ordinal claims: "la 6e étape", "la septième étape", "the third round", "21st".

An ordinal answers "which one" of a series: the sixth and the seventh stage
of one race cannot be the same stage. Word ordinals are read by text2num's
`alpha2digit` (French and English, "vingt-et-unième", "twenty-first"), digit
ordinals by their suffix. An ordinal is a claim only with a determiner before
it and a noun after it ("la deuxième victoire", "the second British woman"),
which leaves out "first of all", "en premier lieu", "a second" (the duration)
and dates ("le 1er mars", read by the date extractor first).

The value is a number claim's: {"value": 7.0, "low": 7.0, "high": 7.0,
"key": <the noun's concept or stem>, "unit": "ORDINAL", "head": "étape"}.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.lexicon import concept_of, en, fr
from factdiff.records import Sentence
from factdiff.text import stem

_DETERMINER = re.compile(
    r"(?:\b(?:la|le|les|sa|son|ses|leur|cette|ce|du|de\s+la|au|the|its|his|her|their|this)\s+"
    r"|\bl['’])$"
)
_DIGIT_ORDINAL = re.compile(r"\b(\d{1,3})\s?(?:e|er|ere|re|eme|ieme|th|st|nd|rd)\b")
_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*\b")
_ORDINAL_ENDINGS = ("ieme", "iemes", "ier", "iere", "first", "second", "third", "th")
_CONVERTED = re.compile(r"^(\d+)(?:st|nd|rd|th|ème|ère|er|e)s?$")
# Nouns after an ordinal that name no series of the story ("la première fois").
_NOT_SERIES = frozenset({"fois", "time", "times", "lieu", "place", "abord", "half", "moitie"})


def _ordinal_value(word: str, lang: str) -> int | None:
    """The number of an ordinal word ("septieme" -> 7), or None."""
    for candidate_lang in (lang, "en" if lang == "fr" else "fr"):
        converted = alpha2digit(word, candidate_lang, threshold=0)
        m = _CONVERTED.match(converted.strip())
        if m:
            return int(m.group(1))
    return None


def _head(folded: str, end: int, lang: str) -> tuple[str, int] | None:
    """The noun the ordinal qualifies: the first content word within three words."""
    stop = fr.STOPWORDS | en.STOPWORDS
    for m in list(re.finditer(r"[a-z][a-z'-]*", folded[end : end + 40]))[:3]:
        word = m.group(0).split("'")[-1]
        if word in stop or len(word) < 3:
            continue
        return word, end + m.end()
    return None


@register("ordinal.v1")
def extract_ordinals(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Every ordinal of a series in a sentence ("la 6e étape", "the seventh stage")."""
    folded = ctx.folded
    found: list[tuple[int, int, int]] = []
    for m in _DIGIT_ORDINAL.finditer(folded):
        found.append((m.start(), m.end(), int(m.group(1))))
    for m in _WORD.finditer(folded):
        if not m.group(0).endswith(_ORDINAL_ENDINGS):
            continue
        # text2num reads the word as written (accents matter: "septième").
        value = _ordinal_value(sentence.text[m.start() : m.end()].lower(), sentence.lang)
        if value is not None:
            found.append((m.start(), m.end(), value))
    drafts: list[ClaimDraft] = []
    for start, end, value in sorted(found):
        if ctx.is_taken(start, end) or not _DETERMINER.search(folded[max(0, start - 12) : start]):
            continue
        head = _head(folded, end, sentence.lang)
        if head is None or head[0] in _NOT_SERIES:
            continue
        word = head[0]
        key = concept_of(word) or stem(word)
        ctx.taken.append((start, end))
        drafts.append(
            ClaimDraft(
                "number",
                (start, end),
                {
                    "value": float(value),
                    "low": float(value),
                    "high": float(value),
                    "hedge": None,
                    "key": key,
                    "unit": "ORDINAL",
                    "per": None,
                    "head": sentence.text[end : head[1]].strip(),
                },
                sentence.text[start:end],
                subject=key,
            )
        )
    return drafts
