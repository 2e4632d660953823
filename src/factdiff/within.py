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
other for a date, a number or a place: an article's body tells many moments and
quantities, and what it says twice of one of those it says first in the lead.
(One exception is slotted by the happening itself: a day the body gives a
happening it names by a definite noun, "16 June, the first day of the walkout",
is set against the day the article first gave one to come, wherever that is;
factdiff.compare.dates.)

What is said of one person (their office, whether they were there) needs no
alignment, the person is the slot, and a figure written with another figure's
digits in another order is that figure miscopied; so a second check sets each
paragraph against every other one for those claims alone ("la présidente de
l'université, Claire Vasseur" in the second paragraph, "Claire Vasseur,
vice-présidente de l'université" in the seventh; "£38,400" in the second,
"£34,800" in the sixth); and so are the times it gives a moment an incident has once,
its alert, its fire breaking out, the beginning or the halt of what it names, the
incident itself happening ("L'alerte a été donnée à 19 h 40" / "l'appel de détresse,
passé vers 17 h 15"; "organisers halted the show at 9.40pm" / "when the show was stopped
at ten past ten"), and the ages it sets beside a person's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factdiff.compare import Candidate
from factdiff.compare.dates import incident_moment
from factdiff.compare.numbers import digits, miscopied, miscopied_within, name_of_age
from factdiff.engines import StoryWork
from factdiff.records import Article, Claim, Sentence
from factdiff.stories import Story
from factdiff.text import fold

# A lead shorter than this (a dateline, a kicker) takes the next paragraph with it.
MIN_LEAD_WORDS = 12
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LEAD, _BODY = "#0-lead", "#1-body"
_PARAGRAPH = "#p"
# Claims whose slot is the person they name: compared between any two paragraphs.
PERSON_KINDS = frozenset({"role", "attendees"})


@dataclass
class WithinWork:
    """One article's lead/body work for the per-story stage, and how to map it back."""

    article: str
    work: StoryWork

    def pseudo_names(self) -> dict[str, str]:
        """How a finding's summary names each part."""
        names = {
            self.article + _LEAD: f"the lead of {self.article}",
            self.article + _BODY: f"the body of {self.article}",
        }
        for source in self.work.story.articles:
            if source.startswith(self.article + _PARAGRAPH):
                number = int(source[len(self.article + _PARAGRAPH) :]) + 1
                names[source] = f"paragraph {number} of {self.article}"
        return names


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
) -> list[WithinWork]:
    """The checks of `article` against itself, each a story of its parts: the lead against
    the body (none when there is no body), and its paragraphs against each other for what
    they say of people (none with a single paragraph)."""
    out = []
    n = lead_end(article, sentences)
    if 0 < n < len(sentences):
        lead, body = article.id + _LEAD, article.id + _BODY
        part = {s.index: (lead if i < n else body) for i, s in enumerate(sentences)}
        out.append(
            _parts_work(article, sentences, claims, claims_by_sentence, people_by_sentence, part)
        )
    paragraph_of = _paragraphs(article, sentences)
    if len(set(paragraph_of.values())) > 1:
        # zero-padded: the parts' names sort as the paragraphs are read
        part = {i: f"{article.id}{_PARAGRAPH}{k:03d}" for i, k in paragraph_of.items()}
        slotted = (
            [c for c in claims if c.kind in PERSON_KINDS]
            + _miscopied_figures(claims, paragraph_of)
            + _incident_moments(article, claims, claims_by_sentence)
            + _named_ages(article, claims, people_by_sentence)
        )
        out.append(
            _parts_work(
                article, sentences, slotted, claims_by_sentence, people_by_sentence, part, False
            )
        )
    return out


def _miscopied_figures(claims: list[Claim], paragraph_of: dict[int, int]) -> list[Claim]:
    """The figures of one quantity that another paragraph writes with the same digits in
    another order ("£38,400" / "£34,800", or two plain counts "137 postes" / "173
    salariés": `miscopied_within`): one figure miscopied, whose slot is its digits.
    Shorter figures share their digits by chance, unless they count the same thing named
    by the same words, modifier and noun ("48 teaching positions" / "84 teaching
    positions")."""
    figures = [c for c in claims if c.kind == "number" and len(digits(c)) >= 2]

    def one_figure(c: Claim, o: Claim) -> bool:
        if paragraph_of[o.sentence.index] == paragraph_of[c.sentence.index]:
            return False
        if miscopied_within(c, o):
            return True
        phrase = _counted_words(c)
        return miscopied(c, o) and len(phrase) >= 2 and phrase == _counted_words(o)

    return [c for c in figures if any(one_figure(c, o) for o in figures)]


def _counted_words(c: Claim) -> list[str]:
    """The words from a figure to its counted noun ("48 teaching positions" -> teaching,
    positions); none when the noun is not read."""
    head = c.value.get("head")
    after = fold(c.text[c.span[1] : c.span[1] + 60]).split()
    if not head or fold(head) not in after[:3]:
        return []
    return after[: after.index(fold(head)) + 1]


def _named_ages(
    article: Article, claims: list[Claim], people_by_sentence: dict[tuple[str, int], list[str]]
) -> list[Claim]:
    """The ages the article sets beside a person's name ("Derek Holroyd, 71," / "Holroyd,
    74,"): the person is their slot, as for an office."""
    return [
        c
        for c in claims
        if c.kind == "number"
        and c.value.get("key") == "AGE"
        and name_of_age(c, people_by_sentence.get((article.id, c.sentence.index), []), True)
    ]


def _incident_moments(
    article: Article, claims: list[Claim], claims_by_sentence: dict[tuple[str, int], list[Claim]]
) -> list[Claim]:
    """The times the article gives a moment its incident has once, its emergency's alert,
    its fire breaking out, the beginning or the halt of a happening it names, its
    happening (factdiff.compare.dates.incident_moment): the moment is their slot."""
    return [
        c
        for c in claims
        if incident_moment(c, claims_by_sentence.get((article.id, c.sentence.index), []))
    ]


def _paragraphs(article: Article, sentences: list[Sentence]) -> dict[int, int]:
    """Each sentence's paragraph (numbered from 0, in reading order), by its index."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(article.text)]
    return {s.index: sum(1 for b in breaks if b < s.start) for s in sentences}


def _parts_work(
    article: Article,
    sentences: list[Sentence],
    claims: list[Claim],
    claims_by_sentence: dict[tuple[str, int], list[Claim]],
    people_by_sentence: dict[tuple[str, int], list[str]],
    part: dict[int, str],
    untyped: bool = True,
) -> WithinWork:
    """`article` as a story whose sources are its parts (`part`: each sentence's, by
    index), with `claims` (and of the sentences' claims, those) alone; `untyped` False
    when the NLI model is not to look for conflicts no rule names (a check of a few kinds
    of claims between sentences the other check already reads)."""
    kept = {c.id for c in claims}

    def moved_sentence(s: Sentence) -> Sentence:
        return replace(s, source=part[s.index])

    def moved(c: Claim) -> Claim:
        return replace(c, source=part[c.sentence.index], sentence=moved_sentence(c.sentence))

    def rekeyed(table: dict[tuple[str, int], list]) -> dict[tuple[str, int], list]:
        return {
            (part[s.index], s.index): [
                moved(x) if isinstance(x, Claim) else x
                for x in table[(article.id, s.index)]
                if not isinstance(x, Claim) or x.id in kept
            ]
            for s in sentences
            if (article.id, s.index) in table
        }

    texts = _part_texts(article.text, sentences, part)
    work = StoryWork(
        story=Story(f"within:{article.id}", tuple(texts)),
        sentences=[moved_sentence(s) for s in sentences],
        claims=[moved(c) for c in claims],
        articles={name: replace(article, id=name, text=text) for name, text in texts.items()},
        claims_by_sentence=rekeyed(claims_by_sentence),
        people_by_sentence=rekeyed(people_by_sentence),
        scope="within",
        untyped=untyped,
    )
    return WithinWork(article.id, work)


def _part_texts(text: str, sentences: list[Sentence], part: dict[int, str]) -> dict[str, str]:
    """Each part's text, in reading order: `text` with what is not the part's turned to
    spaces, so that a rule that asks whether "the other source" names a place reads only
    the other part, at the same offsets as the article's. Parts follow each other: a part
    runs from its first sentence (the first, from the start) to the next part's first."""
    starts: dict[str, int] = {}
    for s in sentences:
        starts.setdefault(part[s.index], s.start)
    order = sorted(starts, key=starts.__getitem__)
    bounds = [0] + [starts[name] for name in order[1:]] + [len(text)]
    return {
        name: " " * start + text[start:end] + " " * (len(text) - end)
        for name, start, end in zip(order, bounds[:-1], bounds[1:], strict=True)
    }


def mapped_back(
    item: WithinWork, candidates: list[Candidate], sentences: list[Sentence]
) -> list[Candidate]:
    """The candidates of a check of an article against itself as the article's own: its
    source on both sides, its sentences, summaries that name its parts ("the lead of X",
    "paragraph 7 of X")."""
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
