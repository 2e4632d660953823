"""What every extractor shares: the context it reads and the draft it returns.

Extractors are registered by name (`@register("date.v1")`); the pipeline
runs every registered extractor on every sentence, in registration order.
A new claim kind or language plugs in by adding a module that registers
itself, without touching the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factdiff.extract.mentions import Mention
from factdiff.lexicon import CALENDAR_WORDS, HAPPENING_CONCEPTS, concept_of
from factdiff.records import Sentence


@dataclass(frozen=True)
class ClaimDraft:
    """A claim before it gets its id: kind, span in the sentence, value."""

    kind: str
    span: tuple[int, int]
    value: dict[str, Any]
    surface: str
    subject: str | None = None


@dataclass
class ExtractContext:
    """What an extractor may read besides the sentence itself."""

    published: date | None
    lang: str
    mentions: list[Mention]
    folded: str  # the sentence folded to the same length (see text.fold_same_length)
    titles: list[Any] = field(default_factory=list)  # roles.TitleMatch, found once per sentence
    # The year a date without one is read in when the article gives no publication date:
    # its story's (the run's latest publication). A year, not a day: weekdays and "hier"
    # stay unresolved without the article's own date.
    story_published: date | None = None
    # The sentence's article reports a match score: "at 2-2" is a score there.
    match_report: bool = False
    taken: list[tuple[int, int]] = field(default_factory=list)  # spans claimed earlier
    # The words of a quote an earlier sentence of the paragraph opened and left open
    # ('"Safety is non-negotiable. We are acting quickly," said X': two sentences).
    open_quote: str | None = None
    # The person a subject pronoun opening a clause most likely stands for: the first
    # person named by the nearest earlier sentence of the article that names one (the
    # subject-first preference of centering theory).
    antecedent: str | None = None
    # The people its article described before by a title no list names, by the title's
    # head ("marrain" for "Claire Duverger, marraine de l'équipement"): "La marraine"
    # then names her (a definite description's referent); None for a head two people
    # share, which names no one.
    described: Mapping[str, str | None] = field(default_factory=dict)

    def is_taken(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.taken)


Extractor = Callable[[Sentence, ExtractContext], list[ClaimDraft]]
REGISTRY: dict[str, Extractor] = {}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under a versioned name ("date.v1")."""

    def wrap(func: Extractor) -> Extractor:
        REGISTRY[name] = func
        return func

    return wrap


def counts_a_noun(folded: str, end: int) -> bool:
    """Whether the figure ending at `end` is followed by a noun it counts: a word the
    concept lexicon knows that names no happening ("2000 personnes", "2000 euros", but
    not "in 2019 killed")."""
    m = re.match(r"\s+([a-z]+)", folded[end : end + 30])
    if not m or m.group(1) in CALENDAR_WORDS:
        return False
    concept = concept_of(m.group(1))
    return concept is not None and concept not in HAPPENING_CONCEPTS
