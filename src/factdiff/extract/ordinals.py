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
from factdiff.lexicon import STOPWORDS, concept_of
from factdiff.records import Sentence
from factdiff.text import stem

_DETERMINER = re.compile(
    r"(?:\b(?:la|le|les|sa|son|ses|leur|cette|ce|du|de\s+la|au|the|its|his|her|their|this)\s+"
    r"|\bl['’]"
    # an English possessive is a determiner: "Hesketh's 112th-minute strike"
    r"|\w['’]s\s+)$"
)
_DIGIT_ORDINAL = re.compile(r"\b(\d{1,3})\s?(?:e|er|ere|re|eme|ieme|th|st|nd|rd)\b")
_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*\b")
_ORDINAL_ENDINGS = ("ieme", "iemes", "ier", "iere", "first", "second", "third", "th")
_CONVERTED = re.compile(r"^(\d+)(?:st|nd|rd|th|ème|ère|er|e)s?$")
# A place in a ranking: a verb of ranking or a move "to" a place right before the
# ordinal, and nothing after it but a place noun or what the ranking is ("on the ladder").
_RANK_BEFORE = re.compile(
    r"\b(?:finish(?:ed|es)?|placed|ranked|came|climb(?:ed|s)?\s+to|(?:up\s+)?to|into|"
    r"termine|terminee|classee?s?|arrivee?s?|remonte|remontee|grimpe|a\s+la|au)\s+$"
)
_RANK_NOUNS = frozenset({"place", "spot", "position", "rang"})
_RANK_AFTER = re.compile(r"^\s*(?:[,.;]|$|on\b|in\b|of\b|du\b|de\b|au\b|avec\b|with\b)")
# An ordinal place is no rank in the idiom "in the first place", nor when it is a place
# to go ("the first place to visit", "la première place où").
_FIRST_PLACE_IDIOM = re.compile(r"\bin\s+the\s+first\s+place$")
_PLACE_WHERE = re.compile(r"\s+(?:to|where|ou|that|which|qui|que)\b")
# Nouns after an ordinal that name no series of the story ("la première fois").
_NOT_SERIES = frozenset({"fois", "time", "times", "lieu", "place", "abord", "half", "moitie"})


def ordinal_value(word: str, lang: str) -> int | None:
    """The number of an ordinal word ("septieme" -> 7), or None."""
    for candidate_lang in (lang, "en" if lang == "fr" else "fr"):
        converted = alpha2digit(word, candidate_lang, threshold=0)
        m = _CONVERTED.match(converted.strip())
        if m:
            return int(m.group(1))
    return None


def _head(folded: str, end: int, lang: str) -> tuple[str, int] | None:
    """The noun the ordinal qualifies: the first content word within three words."""
    for m in list(re.finditer(r"[a-z][a-z'-]*", folded[end : end + 40]))[:3]:
        word = m.group(0).split("'")[-1]
        if word in STOPWORDS or len(word) < 3:
            continue
        return word, end + m.end()
    return None


@register("ordinal.v2")
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
        value = ordinal_value(sentence.text[m.start() : m.end()].lower(), sentence.lang)
        if value is not None:
            found.append((m.start(), m.end(), value))
    drafts: list[ClaimDraft] = []
    for start, end, value in sorted(found):
        if ctx.is_taken(start, end):
            continue
        head = _head(folded, end, sentence.lang)
        ranked = _RANK_BEFORE.search(folded[max(0, start - 30) : start]) and (
            head is None or head[0] in _RANK_NOUNS or _RANK_AFTER.match(folded[end:])
        )
        # "la troisième place", "sa deuxième position", "took third place": an ordinal
        # place is a rank whatever the verb (not the idiom "in the first place")
        placed = (
            head is not None
            and head[0] in _RANK_NOUNS
            and folded[end : head[1]].strip() == head[0]
            and not _FIRST_PLACE_IDIOM.search(folded[max(0, start - 12) : head[1]])
            and not _PLACE_WHERE.match(folded[head[1] :])
        )
        if ranked or placed:
            # A place in a ranking: "lifts the Wanderers to second on the ladder",
            # "termine à la deuxième place", "finished third".
            key = "RANK"
            head = (head[0], head[1]) if head and head[0] in _RANK_NOUNS else ("", end)
        elif (
            not _DETERMINER.search(folded[max(0, start - 12) : start])
            or head is None
            or head[0] in _NOT_SERIES
        ):
            continue
        else:
            key = concept_of(head[0]) or stem(head[0])
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
                    "head": sentence.text[end : head[1]].strip(" -"),
                },
                sentence.text[start:end],
                subject=key,
            )
        )
    return drafts
