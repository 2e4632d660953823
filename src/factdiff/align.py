"""Alignment: which sentences of different sources speak of the same event.

A sentence is a bag of features: the concepts and stems of its content words
(bilingual, so "tués" meets "killed"), the people and places it names (by
their resolved keys) and the values it states. Two sentences align by the
IDF-weighted overlap of their features. Two sentences whose resolved dates
lie more than two days apart (or whose months or years exclude each other)
speak of different events whatever their words: the Rubio–Lavrov meetings of
February and July stay apart.

Events are the connected groups of well-aligned sentences across sources.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

    from factdiff.embed import Embedder

from factdiff.disjoint import DisjointSets
from factdiff.extract.statements import attributed_quote
from factdiff.lexicon import (
    CALENDAR_WORDS,
    EVENT_CONCEPTS,
    HAPPENING_CONCEPTS,
    STOPWORDS,
    concept_of,
    en,
    fr,
)
from factdiff.pairing import RAREST_WEIGHT, background_weight, model_for, weighted_overlap
from factdiff.records import Claim, Event, Sentence
from factdiff.resolve import EntityIndex, place_key
from factdiff.text import content_words, fold, fold_same_length, is_capitalized, stem, word_spans

_STOP = STOPWORDS | frozenset(
    """dit declare indique selon said says told according annonce ajoute precise estime
            explique lors cours egalement aussi ainsi deux trois plus""".split()
)
T = TypeVar("T")

# Date guard: more than this many days apart is another event.
MAX_SAME_EVENT_DAYS = 2
# A sentence whose dates all end this long before its publication is background.
BACKGROUND_DAYS = 30
# Words that put a sentence in the past of the story ("lors du précédent remaniement").
EARLIER_CUES = re.compile(
    r"\b(?:lors\s+d[ue]\s+(?:la\s+)?precedente?|at\s+the\s+(?:\w+['’]s\s+)?previous|"
    r"previous\s+(?:meeting|round|summit)|s['’]etaient\s+deja|avaient\s+deja\s+\w+|"
    r"had\s+already|la\s+derniere\s+fois|last\s+time)\b"
)

# A happening told as a further one of its kind ("une nouvelle réunion s'est tenue
# lundi", "another meeting", "a second explosion", "la prochaine réunion"): not the one
# the other sentences tell without such a word (`another_occurrence`).
_ANOTHER_BEFORE = re.compile(
    r"\b(?:une?\s+(?:nouvel(?:le)?|nouveau|autre|deuxieme|seconde?|troisieme)|"
    r"(?:la|le|sa|son)\s+(?:prochaine?|deuxieme|seconde?)|another|"
    r"(?:a|the)\s+(?:new|second|third|fresh|further|next|follow-up))\s+(?P<noun>[a-z-]{4,})"
)


def another_occurrence(sentence: Sentence) -> bool:
    """Whether a sentence tells a further happening of a kind (`_ANOTHER_BEFORE` before a
    noun of a happening: a meeting, a vote, a trial, an explosion)."""
    return any(
        concept_of(m.group("noun")) in EVENT_CONCEPTS
        for m in _ANOTHER_BEFORE.finditer(fold(sentence.text))
    )


@dataclass
class SentenceInfo:
    sentence: Sentence
    features: Counter[str]
    days: list[tuple[date, date]]  # resolved day ranges stated in the sentence
    earlier: bool
    # The same features weighted by general rarity (factdiff.pairing), values left out.
    background: dict[str, float] = field(default_factory=dict)
    # How finely its dates are told ("weekday", "month", ...), resolved or not.
    granularities: frozenset[str] = frozenset()
    # Whether it tells a further happening of a kind (`another_occurrence`).
    another: bool = False


@dataclass
class Alignment:
    """Sentence similarities across sources and the events they form."""

    infos: dict[tuple[str, int], SentenceInfo]
    idf: dict[str, float]
    pairs: dict[tuple[tuple[str, int], tuple[str, int]], float] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    event_of_sentence: dict[tuple[str, int], str] = field(default_factory=dict)
    clauses: dict[tuple[str, int, tuple[int, int], bool], Counter[str]] = field(
        default_factory=dict
    )
    # Unit sentence embeddings (factdiff.embed) when the run has an embedder.
    embeddings: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)
    # Quotes of two languages that translate each other, as claim-id pairs both ways
    # (`translated_quotes`).
    translated_quotes: frozenset[tuple[str, str]] = frozenset()
    _same_fact: dict[tuple[tuple[str, int], tuple[str, int]], float] = field(default_factory=dict)
    _matchings: dict[tuple, set[tuple[tuple[str, int], tuple[str, int]]]] = field(
        default_factory=dict
    )
    _slots: dict[tuple, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)

    def signals(self, a: tuple[str, int], b: tuple[str, int]) -> dict[str, float]:
        """The pairing signals of two sentences (factdiff.pairing)."""
        ia, ib = self.infos[a], self.infos[b]
        out = {
            "lexical": self.similarity(a, b),
            "background": weighted_overlap(ia.background, ib.background),
            "crosslingual": float(ia.sentence.lang != ib.sentence.lang),
        }
        if self.embeddings:
            out["semantic"] = float(self.embeddings[a] @ self.embeddings[b])
            out["semantic_crosslingual"] = out["semantic"] * out["crosslingual"]
        return out

    def same_fact(self, a: tuple[str, int], b: tuple[str, int]) -> float:
        """P(the two sentences state one fact), from every pairing signal."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._same_fact:
            model = model_for(semantic=bool(self.embeddings))
            self._same_fact[key] = model.predict(self.signals(a, b))
        return self._same_fact[key]

    def matched(
        self,
        a: tuple[str, int],
        b: tuple[str, int],
        among: frozenset[tuple[str, int]],
        floor: float,
        date_guard: bool = True,
    ) -> bool:
        """Whether two sentences of two sources are paired by a one-to-one matching of the
        sentences `among` (those holding one kind of claim) of the two sources, best
        same-fact pairs first, none below `floor`: the halt of a train in one article and
        the halt in another however worded, while the evacuation and the arrival pair
        with theirs. With `date_guard`, sentences whose dates are days apart (two events
        by `distinct_events`) are never paired; without it, they may be (the dates are
        what is compared)."""
        key = (among, a[0], b[0], date_guard)
        if key not in self._matchings:
            pairs = sorted(
                (
                    (self.same_fact(x, y), x, y)
                    for x in among
                    if x[0] == a[0]
                    for y in among
                    if y[0] == b[0] and not (date_guard and self.distinct(x, y))
                ),
                reverse=True,
            )
            above = itertools.takewhile(lambda t: t[0] >= floor, pairs)
            self._matchings[key] = set(one_to_one((x, y, (x, y)) for _, x, y in above))
        return (a, b) in self._matchings[key]

    def similarity(self, a: tuple[str, int], b: tuple[str, int]) -> float:
        key = (a, b) if a <= b else (b, a)
        if key not in self.pairs:
            self.pairs[key] = _similarity(self.infos[a], self.infos[b], self.idf)
        return self.pairs[key]

    def distinct(self, a: tuple[str, int], b: tuple[str, int]) -> bool:
        return distinct_events(self.infos[a], self.infos[b])

    def _clause(
        self,
        claim: Claim,
        index: EntityIndex,
        people: dict[tuple[str, int], list[str]],
        own_happening: bool = False,
    ) -> Counter[str]:
        """A claim's clause features (`clause_features`), computed once per claim."""
        key = (claim.source, claim.sentence.index, claim.span, own_happening)
        if key not in self.clauses:
            self.clauses[key] = clause_features(
                claim.sentence,
                claim.span[0],
                claim.span[1],
                index,
                people.get((claim.source, claim.sentence.index), []),
                own_happening=own_happening,
            )
        return self.clauses[key]

    def happening_slot(
        self, claim: Claim, index: EntityIndex, people: dict[tuple[str, int], list[str]]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """Who or where a claim's sentence is about (people and places by key, and the
        stems of the names it writes) and what its own clause says happened (the content
        words between the claim and the nearest clause boundary, and the concepts of
        happenings): "Pieter Van Assche, est arrivé dimanche soir à Dakar" is
        ({van assche, dakar, ...}, {arriv})."""
        key = (claim.source, claim.sentence.index, claim.span)
        if key not in self._slots:
            sentence = claim.sentence
            spans = word_spans(sentence.text)
            names = {
                stem(fold(w).split("'")[-1])
                for w, start, _ in spans
                if start and is_capitalized(w) and fold(w) not in CALENDAR_WORDS
            }
            participants = set(names) | {
                f
                for f in self.infos[(claim.source, sentence.index)].features
                if f.startswith(("per:", "loc:"))
            }
            predicates = set()
            for w in _own_clause(sentence.text, spans, *claim.span):
                f = fold(w).split("'")[-1]
                if len(f) < 3 or f in _STOP or f.isdigit() or stem(f) in names:
                    continue
                concept = concept_of(f)
                if concept is None:
                    predicates.add(stem(f))
                elif concept in HAPPENING_CONCEPTS:
                    predicates.add(concept)
            self._slots[key] = (frozenset(participants), frozenset(predicates))
        return self._slots[key]

    def local_similarity(
        self,
        a: Claim,
        b: Claim,
        index: EntityIndex,
        people: dict[tuple[str, int], list[str]],
        clauses_only: bool = False,
    ) -> tuple[float, bool]:
        """Similarity of the clauses around two claims ("va se rendre à Paris mercredi
        pour des discussions" / "Paris accueille jeudi une série de discussions"), and
        whether the two clauses name the same kind of happening (a meeting, a signing),
        or, unless `clauses_only`, the two sentences do; with `clauses_only`, each clause
        stops where a temporal clause after its claim opens."""
        fa = self._clause(a, index, people)
        fb = self._clause(b, index, people)
        if clauses_only:
            # what the claims' own clauses tell, not a happening they are dated against
            own_a = self._clause(a, index, people, own_happening=True)
            own_b = self._clause(b, index, people, own_happening=True)
            same_happening = bool(set(own_a) & set(own_b) & EVENT_CONCEPTS)
        else:
            sentence_a = self.infos[(a.source, a.sentence.index)].features
            sentence_b = self.infos[(b.source, b.sentence.index)].features
            same_happening = bool(set(fa) & set(fb) & EVENT_CONCEPTS) or bool(
                set(sentence_a) & set(sentence_b) & EVENT_CONCEPTS
            )
        return weighted_cosine(fa, fb, self.idf), same_happening


def reference_dates(published: Mapping[str, date | None]) -> dict[str, date | None]:
    """Each article's publication date, or for an article without one its story's (the
    latest of the others): what its dates are read against to tell background apart."""
    story = max((d for d in published.values() if d), default=None)
    return {source: day or story for source, day in published.items()}


def _background_days(days: list[tuple[date, date]], published: date | None) -> bool:
    """Every day the sentence states ends more than BACKGROUND_DAYS before its article
    appeared: it tells of an earlier event ("In June last year, a bus accident near
    Jhakri killed nine people"), not of the news."""
    if not days or published is None:
        return False
    return max(end for _, end in days) < published - timedelta(days=BACKGROUND_DAYS)


def _describes_earlier(claim: Claim, published: date | None, others: list[Claim]) -> bool:
    """Whether a date tells when what a participial phrase or a relative clause describes
    came about, long before the news ("Fondée en 1954, l'entreprise ... emploie 14 000
    personnes": the company employs them now; "said Graham Lister, who led the council
    from 2017 to 2021": a speaker's past, `_bare_relative_clause`), and so does not date
    its sentence's happening.
    A recent date in such a phrase may be the happening's own ("the summit, held on
    Tuesday, ...", "the driver, who was arrested on Monday")."""
    # `_ranges` reads only a resolved date claim: any other claim has no days
    return _background_days(_ranges([claim]), published) and (
        participial_date(claim)
        or _bare_relative_clause(claim, others)
        or (in_relative_clause(claim) and _years_long(claim))
        or comparison_standard(claim)
    )


# What a comparison is made against, right before a date: "un niveau comparable à celui
# de l'an dernier", "compared with 2023", "par rapport à 2024", "more than in 2019",
# "plus élevé qu'en 2022", "up 5% on last year".
_COMPARED_WITH_BEFORE = re.compile(
    r"(?:\b(?:comparables?|compare(?:e|es|s|d)?|par\s+rapport)\s+(?:a|au|aux|with|to)\s*"
    r"(?:(?:celui|celle|ceux|celles|that|those)\s+(?:de|d['’]|du|of|in)\s*)?"
    r"|\bthan\s+(?:in\s+|on\s+|at\s+)?"
    r"|\b(?:plus|moins|autant|davantage)\b[^,;.]{0,40}\bqu(?:e\s+|['’])(?:en\s+|lors\s+de\s+)?"
    r"|\b(?:up|down)\s+[^,;.]{1,20}\s+on\s+)"
    r"(?:the\s+same\s+\w+\s+|la\s+meme\s+\w+\s+)?$"
)


def comparison_standard(claim: Claim) -> bool:
    """Whether a date tells what a comparison is made against ("un niveau comparable à
    celui de l'an dernier", "higher than in 2019"): another period's figure held up to
    the sentence's own, not when the sentence's happening came about."""
    before = fold_same_length(claim.text[: claim.span[0]])
    return bool(_COMPARED_WITH_BEFORE.search(before[-80:]))


def _years_long(claim: Claim) -> bool:
    """Whether a date is a period of more than one year ("de 2009 à 2023", "from 2017 to
    2021"): in a relative clause, a tenure or a state of one of the sentence's people or
    things ("Alain Perrottet, qui a dirigé la caisse de 2009 à 2023, a été condamné"),
    not the happening the sentence tells; a single day or year there may be its own."""
    start, end = claim.value.get("date"), claim.value.get("date_end")
    return bool(start and end) and int(end[:4]) > int(start[:4])


# A verb of saying before a relative clause, in its sentence: the clause describes the
# speaker ('," said Graham Lister, who led the council').
_SAID_BEFORE = re.compile(rf"\b(?:{en.SAY_VERBS}|(?:{fr.SAY_VERBS})e?s?)\b[^.;:!?]*$")


def _bare_relative_clause(claim: Claim, others: list[Claim]) -> bool:
    """Whether a date lies in a relative clause on a quote's speaker that tells nothing
    else a claim reads (the speaker's past: '," said Graham Lister, who led the council
    from 2017 to 2021'). A clause that holds a claim tells of what the date dates
    ("Whitcomb, who was convicted at trial in July"), and one on another person may tell
    the story's own past ("former mayor Normand Gallant, whose resignation in March")."""
    opening = _relative_opening(claim)
    if opening is None:
        return False
    text = fold_same_length(claim.text)
    if not _SAID_BEFORE.search(text[:opening]):
        return False
    close = re.search(r"[,;:)]|\.(?:\s|$)", text[claim.span[1] :])
    end = claim.span[1] + close.start() if close else len(text)
    return not any(
        o is not claim and o.kind != "date" and opening < o.span[0] < end for o in others
    )


# A relative clause opening: "Halvorsen, who left Nouakchott on Tuesday, signed ...".
_RELATIVE_OPENING = re.compile(r"^\s*(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquel)")


def in_relative_clause(claim: Claim) -> bool:
    """Whether a claim lies in a relative clause: it then dates something said of one of
    the people or things of the sentence, not what the sentence tells happened."""
    return _relative_opening(claim) is not None


def _relative_opening(claim: Claim) -> int | None:
    """Where the relative clause a claim lies in opens (its comma, semicolon or
    parenthesis, in the claim's text), None when the claim's clause is no relative one."""
    before = fold_same_length(claim.text[: claim.span[0]])
    opening = max(before.rfind(","), before.rfind(";"), before.rfind("("))
    return opening if _RELATIVE_OPENING.match(before[opening + 1 :]) else None


def _ranges(claims: list[Claim]) -> list[tuple[date, date]]:
    out = []
    for c in claims:
        if c.kind != "date" or not c.value.get("date"):
            continue
        start = date.fromisoformat(c.value["date"])
        end = date.fromisoformat(c.value.get("date_end") or c.value["date"])
        out.append((start, end))
    return out


# A French phrase set off by a comma from the clause it describes, opening on a past
# participle or on a short indefinite noun phrase with one: "Fondée en 1954,
# l'entreprise ...", "Le moulin, un bâtiment construit en 1987, a rouvert ...". What
# follows is the participle. ("a" is the auxiliary of "a racheté en 2019": only "un",
# "une" open a phrase.) English is not read so: its past participles are most often
# its past tense too ("founded", "moved"), and read that way (a participle after a
# comma or a sentence's start, LemmInflect's tables), a blind set gained one clean
# article flagged and one look-alike for nothing found.
_PHRASE_BEFORE_PARTICIPLE = re.compile(
    r"(?:^|[,;(])\s*(?:(?:un|une)\s+(?:[^\s,;()]+\s+){0,3})?"
    r"(?P<participle>[^\W\d_]+)\s*(?:\b(?:en|depuis|des|dès)\s*)?$",
    re.IGNORECASE,
)
# French past participles by their endings: -é (fondé, créé), -u (élu, vendu), -it
# (construit, inscrit), -is (acquis, mis), -ert (ouvert), in the four agreements.
_FRENCH_PARTICIPLE = re.compile(r"(?:é|u|it|is|ert)(?:e|s|es)?$|ise?s?$")


def participial_date(claim: Claim) -> bool:
    """Whether a date claim dates a French participial phrase, not its sentence's
    happening: "Fondée en 1954, l'entreprise, dont le siège est à Saint-Laurent, emploie
    14 000 personnes", "Assuré depuis 2021, le domaine ...". The phrase closes on a comma
    before the sentence goes on; the company is founded in 1954 and employs people now."""
    if claim.sentence.lang != "fr":
        return False
    text = claim.sentence.text
    start, end = claim.span
    if not re.match(r"^[^,;.!?]*,", text[end:]):
        return False
    m = _PHRASE_BEFORE_PARTICIPLE.search(text[:start])
    return bool(m) and past_participle(m.group("participle"))


def past_participle(word: str) -> bool:
    """Whether a French word can be a past participle, by its ending."""
    folded = word.lower()
    return len(folded) > 2 and bool(_FRENCH_PARTICIPLE.search(folded))


def _folded_words(text: str) -> Iterator[str]:
    """The folded words of a text that may tell what it is about, the pairing features'
    words: a camel-case name as its parts (`content_words`), an elision cut ("l'ONU" ->
    "onu"), three letters or more, no figures."""
    for w in content_words(text):
        f = fold(w).split("'")[-1]
        if len(f) >= 3 and not f.isdigit():
            yield f


def sentence_features(
    sentence: Sentence, claims: list[Claim], index: EntityIndex, people: list[str]
) -> Counter[str]:
    feats: Counter[str] = Counter()
    for f in _folded_words(sentence.text):
        if f not in _STOP:
            feats[concept_of(f) or stem(f)] += 1
    for name in people:
        key = index.person_key(name)
        if key:
            feats[key] += 2
    for c in claims:
        if c.kind == "location":
            feats["loc:" + place_key(c.value["place"])] += 1
            if c.value.get("town") and c.value["town"] != c.value["place"]:
                # a venue names its town too ("the factory in Knottingley")
                feats["loc:" + place_key(c.value["town"])] += 1
        elif c.kind == "number" and c.value.get("value") is not None:
            feats[f"num:{c.value['value']:g}"] += 1
        elif c.kind == "date" and c.value.get("date"):
            feats["date:" + c.value["date"]] += 1
    return feats


def background_features(
    sentence: Sentence, index: EntityIndex, people: list[str]
) -> dict[str, float]:
    """Content features of a sentence weighted by general rarity; values left out."""
    feats: dict[str, float] = {}
    for f in _folded_words(sentence.text):
        weight = background_weight(f)
        if weight:
            key = concept_of(f) or stem(f)
            feats[key] = max(feats.get(key, 0.0), weight)
    for name in people:
        key = index.person_key(name)
        if key:
            feats[key] = RAREST_WEIGHT
    return feats


def _similarity(a: SentenceInfo, b: SentenceInfo, idf: dict[str, float]) -> float:
    return weighted_cosine(a.features, b.features, idf)


def one_to_one(ranked: Iterable[tuple[Hashable, Hashable, T]]) -> list[T]:
    """A one-to-one matching, best first: of items ranked best first, each with the two
    keys it takes, those whose keys no item kept before took."""
    taken: set[Hashable] = set()
    kept = []
    for x, y, item in ranked:
        if x not in taken and y not in taken:
            taken.update((x, y))
            kept.append(item)
    return kept


def weighted_cosine(fa: Counter[str], fb: Counter[str], idf: dict[str, float]) -> float:
    """IDF-weighted cosine of two feature bags (presence, not counts)."""
    shared = set(fa) & set(fb)
    if not shared:
        return 0.0
    wa = math.sqrt(sum(idf.get(f, 1.0) ** 2 for f in fa))
    wb = math.sqrt(sum(idf.get(f, 1.0) ** 2 for f in fb))
    dot = sum(idf.get(f, 1.0) ** 2 for f in shared)
    return dot / (wa * wb) if wa and wb else 0.0


# Weekdays and months are capitalized in English but name no one.
# What closes a claim's own clause: punctuation, a coordinator, a relative pronoun.
_CLAUSE_BOUNDARY = re.compile(r"[,;:()\[\]—–]|\s-\s")
_CLAUSE_WORDS = frozenset(
    """and et but mais puis then before after avant apres while alors tandis when lorsque
    quand where ou which who whom whose qui que dont lequel laquelle""".split()
)
# At most this many words on each side of a claim make its own clause.
_OWN_CLAUSE_WORDS = 6


def _own_clause(text: str, spans: list[tuple[str, int, int]], start: int, end: int) -> list[str]:
    """The words of a claim's own clause: those between the claim and the nearest
    boundary on each side, at most `_OWN_CLAUSE_WORDS` each side."""
    out: list[str] = []
    for side in (-1, 1):
        taken = 0
        ordered = reversed(spans) if side < 0 else spans
        edge = start if side < 0 else end
        for w, s, e in ordered:
            if (side < 0 and e > start) or (side > 0 and s < end):
                continue
            between = text[e:edge] if side < 0 else text[edge:s]
            if _CLAUSE_BOUNDARY.search(between) or fold(w) in _CLAUSE_WORDS:
                break
            out.append(w)
            edge = s if side < 0 else e
            taken += 1
            if taken == _OWN_CLAUSE_WORDS:
                break
    return out


# A temporal clause opening after a claim ("reopened at 6am today after collision
# investigators spent the night at the scene", "après l'accident") tells another
# happening, the one the claim's is dated against.
_TEMPORAL_CLAUSE = re.compile(
    r"\b(?:after|before|since|until|once|apres|après|avant|depuis|jusqu['’]a|jusqu['’]à)\b(?!-)",
    re.IGNORECASE,
)


def clause_features(
    sentence: Sentence,
    start: int,
    end: int,
    index: EntityIndex,
    people: list[str],
    width: int = 70,
    own_happening: bool = False,
) -> Counter[str]:
    """Features of the words around a claim, bounded by its clause's punctuation;
    `own_happening`: and by a temporal clause after it (`_TEMPORAL_CLAUSE`)."""
    text = sentence.text
    left = max(0, start - width)
    right = min(len(text), end + width)
    if own_happening and (opening := _TEMPORAL_CLAUSE.search(text, end, right)):
        right = opening.start()
    for stop in (";", " – ", " - "):
        i = text.rfind(stop, left, start)
        if i != -1:
            left = i + len(stop)
        j = text.find(stop, end, right)
        if j != -1:
            right = j
    window = Sentence(sentence.source, sentence.index, text[left:right], left, right, sentence.lang)
    return sentence_features(window, [], index, [p for p in people if p in window.text])


def distinct_events(a: SentenceInfo, b: SentenceInfo) -> bool:
    """Dates that cannot be the same event's: more than two days apart; or one sentence
    tells a further happening of a kind ("une nouvelle réunion") and the other does not."""
    if a.another != b.another:
        return True
    if not a.days or not b.days:
        # "lors du précédent remaniement" against the story's own event; unread dates (no
        # publication day): a month alone ("in September") is another period than a day
        # of the week ("on Sunday"), which news names only within its week.
        return a.earlier != b.earlier or _month_against_weekday(a, b)
    best = min(_period_gap(x, y) for x in a.days for y in b.days)
    return best > MAX_SAME_EVENT_DAYS


_WHOLE_PERIODS = frozenset({"month", "year"})
# A month named alone, which no date claim reads without a year to read it in: "in
# September", "en février", "depuis mars" (not "15 September", "September 15").
_MONTH_ALONE = re.compile(
    r"(?<!\d\s)\b(?:in|en|since|depuis|during|last|this|au\s+mois\s+d['’]|au\s+mois\s+de)\s+"
    rf"(?:{'|'.join(sorted({m for m in en.MONTHS if len(m) > 3} | set(fr.MONTHS)))})\b(?!\s+\d)"
)


def _granularities(sentence: Sentence, claims: list[Claim]) -> frozenset[str]:
    """How finely a sentence's dates are told, read or not."""
    told = {c.value.get("granularity") for c in claims if c.kind == "date"}
    if not told and _MONTH_ALONE.search(fold(sentence.text)):
        told.add("month")
    return frozenset(told)


def _month_against_weekday(a: SentenceInfo, b: SentenceInfo) -> bool:
    def whole_periods_only(x: SentenceInfo) -> bool:
        return bool(x.granularities) and x.granularities <= _WHOLE_PERIODS

    def week_days(x: SentenceInfo) -> bool:
        return "weekday" in x.granularities and not x.granularities & _WHOLE_PERIODS

    return (whole_periods_only(a) and week_days(b)) or (whole_periods_only(b) and week_days(a))


def _period_gap(x: tuple[date, date], y: tuple[date, date]) -> float:
    """Days between two stated periods, for the event guard: two days' slip is one
    event's, but a month or a year that does not meet another ("en 2023" / "in June
    2024") is another period whatever the days between them."""
    gap = day_gap(x, y)
    if gap and max((x[1] - x[0]).days, (y[1] - y[0]).days) > MAX_SAME_EVENT_DAYS:
        return math.inf
    return gap


def day_gap(x: tuple[date, date], y: tuple[date, date]) -> int:
    """Days between two day ranges; 0 when they overlap."""
    if x[1] < y[0]:
        return (y[0] - x[1]).days
    if y[1] < x[0]:
        return (x[0] - y[1]).days
    return 0


def align(
    sentences: list[Sentence],
    claims_by_sentence: dict[tuple[str, int], list[Claim]],
    people_by_sentence: dict[tuple[str, int], list[str]],
    index: EntityIndex,
    event_threshold: float = 0.32,
    first_event: int = 1,
    embedder: Embedder | None = None,
    published: Mapping[str, date | None] | None = None,
) -> Alignment:
    """Features for every sentence, and events from well-aligned sentence pairs.

    `published` (article id -> publication date) lets a sentence whose every date lies
    well before its article's publication count as background (an earlier event)."""
    infos: dict[tuple[str, int], SentenceInfo] = {}
    doc_freq: Counter[str] = Counter()
    for s in sentences:
        key = (s.source, s.index)
        claims = claims_by_sentence.get(key, [])
        people = people_by_sentence.get(key, [])
        feats = sentence_features(s, claims, index, people)
        day = (published or {}).get(s.source)
        days = _ranges([c for c in claims if not _describes_earlier(c, day, claims)])
        infos[key] = SentenceInfo(
            s,
            feats,
            days,
            bool(EARLIER_CUES.search(fold(s.text))) or _background_days(days, day),
            background_features(s, index, people),
            _granularities(s, claims),
            another_occurrence(s),
        )
        doc_freq.update(set(feats))
    n = max(len(sentences), 1)
    idf = {f: math.log(1 + n / df) for f, df in doc_freq.items()}
    alignment = Alignment(infos=infos, idf=idf)
    if embedder is not None and len({s.source for s in sentences}) > 1:
        vectors = embedder.embed([s.text for s in sentences])
        alignment.embeddings = {
            (s.source, s.index): v for s, v in zip(sentences, vectors, strict=True)
        }
        alignment.translated_quotes = translated_quotes(
            [c for cs in claims_by_sentence.values() for c in cs], embedder
        )
    _build_events(alignment, sentences, event_threshold, first_event)
    return alignment


# Cosine (multilingual-e5) from which a French and an English quote, each the other's
# nearest among the story's quotes of the other language, are one quote translated: on
# NTREX-128 news sentences and their French translations, 0.88 keeps 88% of the
# translations and 2% of pairs of neighbouring sentences of one article.
SAME_QUOTE_COSINE = 0.88


def translated_quotes(claims: list[Claim], embedder: Embedder) -> frozenset[tuple[str, str]]:
    """Pairs of attributed quotes (claim ids, both orders) that translate each other:
    "Nos pilotes ne sont pas à vendre" / "Our pilots are not for sale". Word overlap
    cannot see a translation; the encoder is trained to put one next to it."""
    quotes = [c for c in claims if c.kind == "other" and attributed_quote(c)]
    french = [c for c in quotes if c.sentence.lang == "fr"]
    english = [c for c in quotes if c.sentence.lang == "en"]
    if not french or not english:
        return frozenset()
    vectors = embedder.embed([c.value["quote"] for c in french + english])
    cosine = vectors[: len(french)] @ vectors[len(french) :].T
    pairs = set()
    for i, a in enumerate(french):
        j = int(cosine[i].argmax())
        if int(cosine[:, j].argmax()) == i and cosine[i, j] >= SAME_QUOTE_COSINE:
            pairs |= {(a.id, english[j].id), (english[j].id, a.id)}
    return frozenset(pairs)


def _build_events(
    alignment: Alignment, sentences: list[Sentence], threshold: float, first_event: int = 1
) -> None:
    joined: DisjointSets[tuple[str, int]] = DisjointSets()
    keys = [(s.source, s.index) for s in sentences]
    by_source: dict[str, list[tuple[str, int]]] = {}
    for k in keys:
        by_source.setdefault(k[0], []).append(k)
    sources = sorted(by_source)
    for i, sa in enumerate(sources):
        for sb in sources[i + 1 :]:
            for a in by_source[sa]:
                for b in by_source[sb]:
                    if alignment.distinct(a, b):
                        continue
                    if alignment.similarity(a, b) >= threshold:
                        joined.union(a, b)
    groups = joined.groups(keys)
    events = []
    for members in sorted(groups.values(), key=lambda m: min(m)):
        if len({m[0] for m in members}) < 2:
            continue
        eid = f"e{first_event + len(events)}"
        for m in members:
            alignment.event_of_sentence[m] = eid
        events.append((eid, members))
    alignment.events = [
        Event(id=eid, label=_label(alignment, members), claims=(), sentences=tuple(sorted(members)))
        for eid, members in events
    ]


def _label(alignment: Alignment, members: list[tuple[str, int]]) -> str:
    """A short name for an event: its most shared people, places and concepts."""
    counts: Counter[str] = Counter()
    for m in members:
        counts.update(set(alignment.infos[m].features))
    # Ties broken by name: the label must not depend on set order (hash seeds).
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shared = [f for f, c in ranked if c >= 2 and not f.startswith(("num:", "date:"))]
    readable = []
    for f in shared:
        if f.startswith("per:"):
            readable.append(f.split(":")[1].title())
        elif f.startswith("loc:"):
            readable.append(f[4:].title())
        elif f.isupper():
            readable.append(f.lower())
        if len(readable) == 4:
            break
    return ", ".join(readable) or "event"
