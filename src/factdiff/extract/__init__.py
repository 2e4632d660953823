"""Claim extraction: every registered extractor runs on every sentence.

Dates run first and mark their spans as taken, so that the number
extractor does not read "15 mars" as the number fifteen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from factdiff.extract import (  # noqa: F401
    attendees,
    dates,
    locations,
    numbers,
    ordinals,
    outcomes,
    roles,
    site_parts,
    statements,
    trends,
)
from factdiff.extract.base import REGISTRY, ClaimDraft, ExtractContext, register
from factdiff.extract.mentions import Mention, find_mentions
from factdiff.lexicon.given_names import is_given_name
from factdiff.records import Sentence
from factdiff.text import fold_same_length


def extract_sentence(
    sentence: Sentence,
    published: date | None,
    known_people: Sequence[str] = (),
    story_published: date | None = None,
    match_report: bool = False,
    open_quote: str | None = None,
    antecedent: str | None = None,
    described: Mapping[str, str | None] | None = None,
) -> tuple[list[ClaimDraft], list[str]]:
    """All claim drafts of one sentence, and the people it names; `known_people`: the
    people its article named before it (a surname alone then names one of them);
    `story_published`: the year reference of an article without a date; `match_report`:
    whether its article reports a match score elsewhere; `open_quote`: the words of a quote
    earlier sentences of its paragraph left open (`statements.quote_left_open`);
    `antecedent`: the person a subject pronoun opening a clause stands for
    (`ExtractContext.antecedent`); `described`: the people its article described before by
    a title no list names (`ExtractContext.described`)."""
    mentions = find_mentions(sentence.text, sentence.lang)
    mentions = _with_full_names(sentence.text, mentions, known_people)
    titles = roles.find_titles(sentence.text, sentence.lang, mentions)
    # Capitalised words inside an office ("ministre de la Défense", "maire de Lodève")
    # belong to the office, not to a person or a place of the event.
    mentions = [m for m in map(lambda m: _after_titles(sentence.text, m, titles), mentions) if m]
    ctx = ExtractContext(
        published=published,
        lang=sentence.lang,
        mentions=mentions,
        folded=fold_same_length(sentence.text),
        titles=titles,
        story_published=story_published,
        match_report=match_report,
        open_quote=open_quote,
        antecedent=antecedent,
        described=described or {},
    )
    drafts: list[ClaimDraft] = []
    for name in REGISTRY:
        drafts.extend(REGISTRY[name](sentence, ctx))
    people = [m.text for m in sorted(mentions, key=lambda m: m.start) if roles.is_person(m)]
    return drafts, people


def match_reports(sentences: Sequence[Sentence]) -> set[str]:
    """The articles that report a match score somewhere ("beaten 3-2 after extra time"):
    their other "2-2" ("force extra time at 2-2") needs no cue of its own."""
    return {s.source for s in sentences if numbers.SCORE_CONTEXT.search(fold_same_length(s.text))}


def _after_titles(text: str, mention: Mention, titles: list) -> Mention | None:
    """A mention without the office it starts with: a sentence's first capitalised run
    "L'expert Jean-Luc Carpentier" is the person "Jean-Luc Carpentier"; a mention wholly
    inside an office ("ministre de la Défense") is none."""
    for t in titles:
        if t.start <= mention.start < t.end:
            rest = text[t.end : mention.end]
            start = t.end + len(rest) - len(rest.lstrip(" ,"))
            if mention.end - start < 2 or not text[start].isupper():
                return None
            return replace(mention, text=text[start : mention.end], start=start)
    return mention


def _with_full_names(
    text: str, mentions: list[Mention], known_people: Sequence[str]
) -> list[Mention]:
    """News names a person in full once, then by surname ("Ruth Calloway" ... "Calloway
    was not at the service"): a lone capitalised name that is the surname of exactly one
    person named earlier in the article is that person. So is a lone given name opening a
    clause (a quote's "Ruth has been with us since 2019") that is the first name of exactly
    one person named earlier and the surname of none."""
    if not known_people:
        return mentions
    by_surname: dict[str, set[str]] = {}
    by_given: dict[str, set[str]] = {}
    for name in known_people:
        parts = name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], set()).add(name)
            if is_given_name(parts[0]):
                by_given.setdefault(parts[0], set()).add(name)
    out = []
    for m in mentions:
        full = by_surname.get(m.text) or (
            by_given.get(m.text, set())
            if m.text not in known_people and _CLAUSE_OPENS.search(text[: m.start])
            else set()
        )
        if (
            m.type in ("NAME", "PER")
            and " " not in m.text
            and len(full) == 1
            and _ACTING.match(text[m.end :])
        ):
            m = replace(m, text=next(iter(full)), type="PER")
        out.append(m)
    return out


# Before a given name that refers back: the start of a sentence, a quote or a clause
# ("Sam has been", "« Élodie était"); not a noun it is set beside, which brings in someone
# new by that name ("her husband Eric").
_CLAUSE_OPENS = re.compile(r"(?:^|[«“\"(,;:—–]|\b(?:and|but|et|mais))\s*$")


# What follows a surname that names someone acting: punctuation, a relative pronoun, an
# auxiliary, a verb of saying, an English past tense ("Calloway was", "Munro, who",
# "Dupont a déclaré"); not a noun it modifies ("Ravens chief executive").
_ACTING = re.compile(
    r"^(?:\s*[,;:.)»”\"]|\s+(?:who|qui|was|were|is|has|had|said|says|did|does|will|would|a|"
    r"avait|est|etait|était|sera|n['’]|ne|dit|declare|déclaré|[a-z]+ed)\b)"
)


__all__ = [
    "REGISTRY",
    "ClaimDraft",
    "ExtractContext",
    "Mention",
    "extract_sentence",
    "match_reports",
    "find_mentions",
    "register",
]
