"""One article checked against itself: its lead against its body.

A news article states its facts in the lead (the first paragraph) and restates
and expands them in the body. The internal contradiction an editor must catch
before publication is a body sentence that gives another value for a fact the
lead states: a toll, a day, an hour, a place, a person's office, an outcome.

The article is split into two pseudo-sources, its lead and its body, and the
per-story stage runs between them unchanged: the same alignment, comparators,
update and hedge rules and NLI review as across sources. What it finds is then
mapped back onto the one article as findings of scope "within" (both evidence
sentences from one source). Two body sentences are not compared with each
other: an article's body tells many moments and quantities, and what it says
twice of one fact it says first in the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factdiff.compare import Candidate
from factdiff.engines import StoryWork
from factdiff.records import Article, Claim, Sentence
from factdiff.stories import Story

# A lead shorter than this (a dateline, a kicker) takes the next paragraph with it.
MIN_LEAD_WORDS = 12
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LEAD, _BODY = "#0-lead", "#1-body"


@dataclass
class WithinWork:
    """One article's lead/body work for the per-story stage, and how to map it back."""

    article: str
    work: StoryWork

    def pseudo_names(self) -> dict[str, str]:
        """How a finding's summary names each part."""
        return {
            self.article + _LEAD: f"the lead of {self.article}",
            self.article + _BODY: f"the body of {self.article}",
        }


def lead_end(article: Article, sentences: list[Sentence]) -> int:
    """How many of the article's sentences (in reading order) form its lead: those of its
    first paragraph, with the next one when the first is too short to state a fact. An
    article without paragraph breaks leads with its first sentence."""
    if len(sentences) < 2:
        return len(sentences)
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(article.text)]
    words = len(sentences[0].text.split())
    for n in range(1, len(sentences)):
        between = (sentences[n - 1].end, sentences[n].start)
        if words >= MIN_LEAD_WORDS and any(between[0] <= b < between[1] for b in breaks):
            return n
        words += len(sentences[n].text.split())
    return 1  # one block of text: the first sentence is the lead


def within_work(
    article: Article,
    sentences: list[Sentence],
    claims: list[Claim],
    claims_by_sentence: dict[tuple[str, int], list[Claim]],
    people_by_sentence: dict[tuple[str, int], list[str]],
) -> WithinWork | None:
    """The lead of `article` against its body as a two-source story, or None when there
    is no body to check against the lead."""
    n = lead_end(article, sentences)
    if n == 0 or n >= len(sentences):
        return None
    lead, body = article.id + _LEAD, article.id + _BODY
    cut = sentences[n].start  # where the body begins in the article's text
    part = {s.index: (lead if i < n else body) for i, s in enumerate(sentences)}

    def moved_sentence(s: Sentence) -> Sentence:
        return replace(s, source=part[s.index])

    def moved(c: Claim) -> Claim:
        return replace(c, source=part[c.sentence.index], sentence=moved_sentence(c.sentence))

    def rekeyed(table: dict[tuple[str, int], list]) -> dict[tuple[str, int], list]:
        return {
            (part[s.index], s.index): [
                moved(x) if isinstance(x, Claim) else x for x in table[(article.id, s.index)]
            ]
            for s in sentences
            if (article.id, s.index) in table
        }

    work = StoryWork(
        story=Story(f"within:{article.id}", (lead, body)),
        sentences=[moved_sentence(s) for s in sentences],
        claims=[moved(c) for c in claims],
        articles={
            lead: replace(article, id=lead, text=_blanked(article.text, cut, len(article.text))),
            body: replace(article, id=body, text=_blanked(article.text, 0, cut)),
        },
        claims_by_sentence=rekeyed(claims_by_sentence),
        people_by_sentence=rekeyed(people_by_sentence),
        scope="within",
    )
    return WithinWork(article.id, work)


def _blanked(text: str, start: int, end: int) -> str:
    """`text` with [start, end) turned to spaces: each part's text is its own (a rule
    that asks whether "the other source" names a place reads only the other part), at
    the same offsets as the article's."""
    return text[:start] + " " * (end - start) + text[end:]


def mapped_back(
    item: WithinWork, candidates: list[Candidate], sentences: list[Sentence]
) -> list[Candidate]:
    """The candidates of a lead/body check as the article's own: its source on both
    sides, its sentences, summaries that name the lead and the body."""
    by_index = {s.index: s for s in sentences}
    names = item.pseudo_names()

    def back(c: Claim) -> Claim:
        return replace(c, source=item.article, sentence=by_index[c.sentence.index])

    def said(summary: str) -> str:
        for pseudo, name in names.items():
            summary = summary.replace(pseudo, name)
        return summary

    return [
        replace(c, left=back(c.left), right=back(c.right), summary=said(c.summary))
        for c in candidates
    ]
