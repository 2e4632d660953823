"""What a sentence says moved, without a figure: "profit before tax climbed from a year
earlier", "le chiffre d'affaires a reculé sur un an".

A figure's own move ("fell 15%") is the number extractor's (`numbers.direction`); a
move to a level ("rose to £412m") is a level. Here: a verb of rising or falling that
no figure follows in its clause, and what moved, the content words of its subject (the
words of its clause before it).

Value: {"type": "trend", "direction": "up" | "down", "mover": [stems], "owner": [stems]}
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.lexicon import CALENDAR_WORDS, STOPWORDS, TIME_UNIT_CONCEPTS, concept_of
from factdiff.records import Sentence
from factdiff.text import stem, word_spans

# Finite verbs of a move (folded): English simple past and present, French passé
# composé and present with their auxiliary.
_FR_PARTICIPLE_UP = r"(?:progresse|augmente|grimpe|bondi|cru|accru)"
_FR_PARTICIPLE_DOWN = r"(?:recule|chute|baisse|diminue|decline|regresse|flechi)"
_TREND_VERB = re.compile(
    r"\b(?:(?P<up>rose|rises|climbed|climbs|jumped|soared|surged|grew|grows|increased|"
    rf"(?:a|ont)\s+(?:encore\s+|nettement\s+|fortement\s+)?{_FR_PARTICIPLE_UP}|"
    r"progresse|progressent|augmente|augmentent|grimpe|grimpent|"
    r"(?:est|sont|etait|etaient)\s+en\s+hausse)"
    r"|(?P<down>fell|falls|dropped|declined|slumped|slid|plunged|tumbled|shrank|decreased|"
    rf"(?:a|ont)\s+(?:encore\s+|nettement\s+|fortement\s+)?{_FR_PARTICIPLE_DOWN}|"
    r"recule|reculent|chute|chutent|diminue|diminuent|"
    r"(?:est|sont|etait|etaient)\s+en\s+(?:baisse|recul)))\b"
)
# A figure right after the verb is the figure's move or the level it reached.
_FIGURE_AFTER = re.compile(
    r"^\s*(?:(?:by|to|of|from|de|d['’]|a|à|jusqu['’]a|about|some|nearly|almost|around|"
    r"roughly|more\s+than|less\s+than|just|only|environ|pres\s+de|plus\s+de|moins\s+de|"
    r"quelque)\s+)*[$€£]?\s*\d"
)
# Where a clause starts: punctuation, a relative pronoun, a conjunction.
_CLAUSE_START = re.compile(
    r"(?:[,;:«»\"“”—]|\b(?:whose|which|that|who|while|whereas|but|and|as|because|after|"
    r"when|since|dont|qui|que|mais|alors\s+que|tandis\s+que|et|car|comme|lorsque|quand|"
    r"apres|depuis))\s*"
)
MOVER_WORDS = 5
# A first word rarer than this in general text is a name ("Corvel", not "Prices").
RARE_ZIPF = 3.0


def _a_name(text: str, start: int, word: str) -> bool:
    """Whether a word is written as a name: capitalised inside the sentence, or first and
    an acronym or a word general text hardly uses ("AMD shares", "Corvel said")."""
    if not text[start].isupper():
        return False
    if start > 0:
        return True
    return (
        word.isupper()
        or max(zipf_frequency(word.lower(), "en"), zipf_frequency(word.lower(), "fr")) < RARE_ZIPF
    )


def mover_before(text: str, folded: str, start: int) -> tuple[list[str], list[str]]:
    """What a clause before `start` says moved (the stems of its content words: its
    subject, for a verb at `start`) and whose it is (the stems of the names the sentence
    writes before it): "Corvel said its first-half operating profit" -> (first-half,
    operat, profit), (corvel); "AMD shares" -> (amd, shar), (amd)."""
    cut = 0
    for m in _CLAUSE_START.finditer(folded[:start]):
        cut = m.end()
    mover, owner = [], []
    for w, s, e in word_spans(folded[:start]):
        # Units and names of time say when, not what moved ("revenue for the year").
        if (
            len(w) < 3
            or w in STOPWORDS
            or w in CALENDAR_WORDS
            or concept_of(w) in TIME_UNIT_CONCEPTS
        ):
            continue
        if _TREND_VERB.fullmatch(w):
            continue
        if _a_name(text, s, text[s:e]):
            owner.append(stem(w))
        if s >= cut:
            mover.append(stem(w))
    return mover[-MOVER_WORDS:], owner


@register("trend")
def extract_trends(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    folded = ctx.folded
    out = []
    for m in _TREND_VERB.finditer(folded):
        if _FIGURE_AFTER.match(folded[m.end() :]):
            continue
        mover, owner = mover_before(sentence.text, folded, m.start())
        if not mover:
            continue
        out.append(
            ClaimDraft(
                "other",
                m.span(),
                {
                    "type": "trend",
                    "direction": "up" if m.group("up") else "down",
                    "mover": mover,
                    "owner": owner,
                },
                sentence.text[m.start() : m.end()],
            )
        )
    return out
