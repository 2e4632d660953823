"""What the comparators share: their input, their output, and how outputs merge.

A comparator reads all claims of one kind with the alignment and returns
`Candidate`s: a pair (or more) of conflicting claims with a severity and a
confidence. Candidates about the same thing between the same two sources
(the Paris talks' day, said in three sentences of one source) merge into one
finding whose evidence lists every sentence involved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from factdiff.align import Alignment, one_to_one
from factdiff.extract.dates import is_future
from factdiff.extract.statements import REPORTING
from factdiff.extract.timezones import places_offset
from factdiff.records import Article, Claim, date_span
from factdiff.resolve import EntityIndex
from factdiff.text import fold, translit_key


@dataclass(frozen=True)
class Thresholds:
    """Similarity needed before two sentences' claims are compared, per kind."""

    date: float = 0.08  # with one happening named in both clauses
    date_alone: float = 0.30  # without
    time: float = 0.2
    number: float = 0.18
    location: float = 0.05  # both places governed by a verb of happening
    other: float = 0.35
    agent: float = 0.22  # one action, a different person in each source
    # P(same fact) of two sentences (factdiff.pairing) that makes their one place each
    # two answers to one "where".
    location_same_fact: float = 0.4
    # ... that makes two clock times two answers to one "when".
    time_same_fact: float = 0.4
    # ... and two dates of sentences whose clauses share little two answers to one "when".
    date_same_fact: float = 0.7
    # ... and two dates more than two days apart two answers to one "when".
    far_date_same_fact: float = 0.6
    # ... and two claims whose clauses tell one happening of the same people (same_slot)
    # two answers to one question.
    slot_same_fact: float = 0.25
    # ... and two changes of one quantity, one up and one down, two answers to one "how
    # did it move".
    direction_same_fact: float = 0.4
    # ... below which a figure each source gives once is not compared unless its clauses
    # align: the story's own figure is told in sentences that share something, two
    # figures of one noun in unrelated sentences (a season's touchdowns and a game's)
    # are two quantities.
    lone_value_same_fact: float = 0.01
    # The floor above which two sentences paired one-to-one among those holding one kind
    # of claim answer one question (the NLI gate's floor for mutual best pairs).
    mutual_same_fact_floor: float = 0.015
    # ... above which two claims of one kind (a figure of one thing, a day written out),
    # whose sentences are each other's counterpart among the two sources' sentences
    # giving such a claim, answer one question however little their words meet (a sum
    # told in another language; `CompareContext.counterparts`).
    counterpart_same_fact: float = 0.02
    enabled: tuple[str, ...] = ("date", "number", "role", "attendees", "location", "other")


def told_as_future(claim: Claim) -> bool:
    """Whether the clause of a claim tells of what is to come ("se disputera vendredi",
    "will be held on Tuesday")."""
    return is_future(fold(claim.text), claim.sentence.lang, claim.span[0])


# The pluperfect tells what came before the news ("Le train avait quitté la gare à 16 h 13",
# "the plant had shut at 6 p.m."): an earlier moment of the story, not its event's time.
_PLUPERFECT = re.compile(r"\b(?:avai(?:t|ent)|s['’]etai(?:t|ent)|had)\b")
# ... read after the claim, not "had to" of an obligation ("the hardest choice I have
# ever had to make")
_PLUPERFECT_AFTER = re.compile(r"\b(?:avai(?:t|ent)|s['’]etai(?:t|ent)|had)\b(?!\s+to\b)")


def pluperfect(claim: Claim) -> bool:
    """Whether a claim's clause is in the pluperfect: its verb before it, or after it in
    its own clause, that of a subject figure ("nine people had been taken to hospital")
    or of a fronted time ("À 16 heures, 1 150 entrées avaient été enregistrées")."""
    before = fold(claim.text[: claim.span[0]])
    if _PLUPERFECT.search(re.split(r"[,;:]", before)[-1]):
        return True
    if REPORTING.search(before):
        # "the governor said that 11 people had died": a reported clause's pluperfect is
        # its past put back a tense, not an earlier moment
        return False
    _, right = _clause(claim)
    return bool(_PLUPERFECT_AFTER.search(fold(claim.text)[claim.span[1] : right]))


# A verb of a state under way: the French imperfect (not the pluperfect's auxiliary) and
# the English past progressive ("faisaient déjà la queue", "were already queuing").
_STATE_VERB = {
    "fr": re.compile(r"\b(?!(?:avai|etai)(?:t|ent)\b)[a-z]{2,}(?:ait|aient)\b"),
    "en": re.compile(r"\b(?:was|were)\s+(?:already\s+|still\s+)?[a-z]{2,}ing\b"),
}
_CLAUSE_EDGE = re.compile(r"[,;:()]|\b(?:alors que|tandis que|while|when|as|et|and)\b")


# A sentence's opening stretch up to its first comma, at most this many words, is a
# fronted adverbial ("Ce vendredi à 7 heures,") when it holds the claim.
FRONTED_WORDS = 5
# ... or this many when it opens on a preposition of time or circumstance (a closed class
# of both grammars).
FRONTED_PHRASE_WORDS = 10
_FRONTING_PREPOSITIONS = frozenset(
    """lors pendant durant apres avant depuis des au during after before since following
    at on in""".split()
)


def in_a_state(claim: Claim) -> bool:
    """Whether a claim's clause tells a state under way rather than a happening: the
    imperfect or the past progressive ("Dès 8 h 15, une cinquantaine de skieurs
    faisaient déjà la queue"), its clause read by `_clause`."""
    left, right = _clause(claim)
    pattern = _STATE_VERB.get(claim.sentence.lang, _STATE_VERB["en"])
    return bool(pattern.search(fold(claim.text)[left:right]))


def _clause(claim: Claim) -> tuple[int, int]:
    """Where the clause of a claim begins and ends in its sentence. A date or time that
    opens its clause ("Dès 8 h 15,"), or that a short opening adverbial holds ("Ce
    vendredi à 7 heures,"), belongs to the clause after it."""
    text = fold(claim.text)
    start, end = claim.span
    edges = list(_CLAUSE_EDGE.finditer(text))
    left = max((m.end() for m in edges if m.end() <= start), default=0)
    after = [m.start() for m in edges if m.start() >= end]
    right = after[0] if after else len(text)
    opening = text[:right].split()
    fronted = left == 0 and (
        len(opening) <= FRONTED_WORDS
        # a prepositional phrase opening the sentence, however long its noun phrase ("Lors
        # de l'audience du mardi 3 février,", "During the council's meeting on Monday,")
        or (len(opening) <= FRONTED_PHRASE_WORDS and opening[0] in _FRONTING_PREPOSITIONS)
    )
    opens = len(text[left:start].split()) <= 1 and not text[end:right].strip()
    if after and (fronted or opens):
        right = after[1] if len(after) > 1 else len(text)  # a fronted adverbial's clause
    return left, right


def tense_frame(claim: Claim) -> tuple[bool, bool]:
    """Whether a claim's clause tells what came before the news (pluperfect) or what is to
    come: a story's moments in one frame pair with the other story's in the same frame
    ("Le train avait quitté la gare à 16 h 13" is the departure, not the halt)."""
    return pluperfect(claim), told_as_future(claim)


def within_thresholds(thresholds: Thresholds) -> Thresholds:
    """The thresholds between an article's lead and its body. One writer restates the
    lead's facts in other words, so their sentences share few words; a day named with one
    happening on both sides is enough ("ont voté mardi" / "l'assemblée ... s'est tenue
    lundi"), as the lead is the article's own account of its event."""
    return replace(thresholds, date=0.0)


@dataclass
class CompareContext:
    articles: dict[str, Article]
    claims: list[Claim]
    alignment: Alignment
    index: EntityIndex
    people: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    # Quote claims (by id pair) that the NLI model reads as one quote across languages.
    quote_matches: set[tuple[str, str]] = field(default_factory=set)
    # "across" sources, or "within": one article's lead against its body (factdiff.within).
    scope: str = "across"
    _sentence_people: dict[tuple[str, int], set[str]] = field(default_factory=dict, repr=False)
    _source_people: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _local_offsets: dict[tuple[str, int], int | None] = field(default_factory=dict, repr=False)
    _slot_sentences: dict[Hashable, frozenset[tuple[str, int]]] = field(
        default_factory=dict, repr=False
    )
    _by_sentence: dict[tuple[str, int], list[Claim]] | None = field(
        default=None, init=False, repr=False
    )

    def of_kind(self, kind: str) -> list[Claim]:
        return [c for c in self.claims if c.kind == kind]

    def in_sentence(self, claim: Claim) -> list[Claim]:
        """Every claim of a claim's sentence (itself among them), in the run's order."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for c in self.claims:
                self._by_sentence.setdefault((c.source, c.sentence.index), []).append(c)
        return self._by_sentence.get((claim.source, claim.sentence.index), [])

    def published(self, source: str) -> date | None:
        return self.articles[source].published

    def sim(self, a: Claim, b: Claim) -> float:
        return self.alignment.similarity((a.source, a.sentence.index), (b.source, b.sentence.index))

    def same_fact(self, a: Claim, b: Claim) -> float:
        """P(the sentences of two claims state one fact), every pairing signal together."""
        ka, kb = (a.source, a.sentence.index), (b.source, b.sentence.index)
        return self.alignment.same_fact(ka, kb)

    def slot_aligned(
        self,
        a: Claim,
        b: Claim,
        threshold: float,
        like: Callable[[Claim], bool] | None = None,
        slot: Hashable = None,
        date_guard: bool = True,
    ) -> bool:
        """Whether two claims answer one question by their sentences' same-fact score:
        above `threshold`, or paired by a one-to-one matching of the two sources'
        sentences that hold a claim `like` theirs (default: of their kind), best pairs
        first, above the floor of a mutual pairing. `slot` names what `like` selects, so
        that the sentences it selects are gathered once per run; `date_guard` False lets
        sentences dated days apart pair (when their dates are what is compared)."""
        if self.same_fact(a, b) >= threshold:
            return True
        like = like or (lambda c: c.kind == a.kind)
        slot = (a.kind, slot)
        among = self._slot_sentences.get(slot)
        if among is None:
            among = frozenset((c.source, c.sentence.index) for c in self.claims if like(c))
            self._slot_sentences[slot] = among
        return self.alignment.matched(
            (a.source, a.sentence.index),
            (b.source, b.sentence.index),
            among,
            self.thresholds.mutual_same_fact_floor,
            date_guard,
        )

    def counterparts(
        self,
        a: Claim,
        b: Claim,
        like: Callable[[Claim], bool],
        slot: Hashable,
        date_guard: bool = True,
    ) -> bool:
        """Whether two claims of two sources are told in sentences that are each other's
        counterpart: paired by the one-to-one matching of the two sources' sentences
        holding a claim `like` theirs (`slot` names that choice), best same-fact pairs
        first, above `counterpart_same_fact`, however few words they share. Across
        sources only: inside one article the lead's sentences pair with the body's by
        default. Without `date_guard`, sentences dated apart may pair (when their dates
        are what is compared)."""
        return (
            self.scope == "across"
            and self.same_fact(a, b) >= self.thresholds.counterpart_same_fact
            and self.slot_aligned(a, b, math.inf, like=like, slot=slot, date_guard=date_guard)
        )

    def local_offset(self, claim: Claim) -> int | None:
        """The UTC offset of a clock time that names no zone, from the places its sentence
        names ("around 7.30 am near Jaon ... from Rampur to Bagipul": India's), by
        factdiff.extract.timezones.places_offset; the article's other places may be where
        its journeys end or its people come from."""
        key = (claim.source, claim.sentence.index)
        if key not in self._local_offsets:
            places = [c.value["place"] for c in self.in_sentence(claim) if c.kind == "location"]
            self._local_offsets[key] = places_offset(places, self.published(claim.source))
        return self._local_offsets[key]

    def local_sim(self, a: Claim, b: Claim) -> float:
        """The better of sentence and clause similarity around two claims."""
        local, _ = self.alignment.local_similarity(a, b, self.index, self.people)
        return max(self.sim(a, b), local)

    def same_slot(self, a: Claim, b: Claim) -> bool:
        """Whether the clauses of two claims tell one happening of the same people or
        places: they name someone or somewhere in common and share a word of what happened
        ("Van Assche, est arrivé dimanche soir à Dakar" / "Van Assche, who arrived in
        Dakar on Monday morning")."""
        pa, wa = self.alignment.happening_slot(a, self.index, self.people)
        pb, wb = self.alignment.happening_slot(b, self.index, self.people)
        return bool(pa & pb) and bool(wa & wb)

    def close_clauses(self, a: Claim, b: Claim) -> bool:
        """Whether the own clauses of two claims tell one happening so closely that the
        rest of their sentences need not agree: two or more words of what happened in
        common and at least half of all either says, of the same people or of people only
        one names ("Trente-cinq détenus ont été transférés dès dimanche vers le
        continent, à Marseille" / "les détenus transférés vers le continent le 20
        avril"); or the death of one named person, which happens once ("Orr died on 8
        August" / "Hamish Orr, the ski tourer caught in Saturday's avalanche, died in
        hospital on Sunday"). One person's meetings or calls may be many."""
        pa, wa = self.alignment.happening_slot(a, self.index, self.people)
        pb, wb = self.alignment.happening_slot(b, self.index, self.people)
        shared = wa & wb
        if len(shared) >= 2 and 2 * len(shared) >= len(wa | wb) and (not pa or not pb or pa & pb):
            return True
        return any(p.startswith("per:") for p in pa & pb) and "DEAD" in shared

    def slot_overlap(self, a: Claim, b: Claim) -> float:
        """How much of what the two clauses say happened they share (Jaccard): "est
        décédé dimanche" meets "died on Monday" more closely than "l'accident survenu
        samedi ... s'est alourdi à deux morts" does."""
        _, wa = self.alignment.happening_slot(a, self.index, self.people)
        _, wb = self.alignment.happening_slot(b, self.index, self.people)
        return len(wa & wb) / max(1, len(wa | wb))

    def same_happening(self, a: Claim, b: Claim) -> bool:
        """Whether the clauses around two claims name one kind of happening. Across
        sources the two sentences naming one will do; inside one article every sentence
        names the story's kind of happening somewhere (the flood in each sentence of a
        flood story: "visited the flooded streets on Monday" / "the river burst its banks
        on Sunday, flooding 200 homes"), so only the clauses count."""
        return self.alignment.local_similarity(
            a, b, self.index, self.people, clauses_only=self.scope == "within"
        )[1]

    def earlier(self, claim: Claim) -> bool:
        """Whether a claim's sentence tells of an earlier event (background)."""
        return self.alignment.infos[(claim.source, claim.sentence.index)].earlier

    def another(self, claim: Claim) -> bool:
        """Whether a claim's sentence tells a further happening of a kind ("une nouvelle
        réunion", `factdiff.align.another_occurrence`)."""
        return self.alignment.infos[(claim.source, claim.sentence.index)].another

    def share_participants(self, a: Claim, b: Claim, introduced: bool = False) -> bool:
        """Whether the sentences of two claims name a person in common, or either names
        none (nothing then tells their happenings apart). With `introduced`, inside one
        article a sentence told before the article names anyone is of the first person it
        names (`first_named_after`)."""
        pa = self._participants(a) or (introduced and self.first_named_after(a)) or set()
        pb = self._participants(b) or (introduced and self.first_named_after(b)) or set()
        return not pa or not pb or bool(pa & pb)

    def first_named_after(self, claim: Claim) -> set[str]:
        """Inside one article, the first person it names when the claim's sentence comes
        before any: the delayed identification of a news lead ("A former head of planning
        ... was jailed" and, in the next paragraph, "Neil Ashworth, 57, ..."). Empty
        across sources, or when a sentence before the claim's names someone."""
        if self.scope != "within":
            return set()
        named = sorted((index, names) for (_, index), names in self.people.items() if names)
        if not named or named[0][0] <= claim.sentence.index:
            return set()
        return {k for name in named[0][1] if (k := self.index.person_key(name))}

    def _participants(self, claim: Claim) -> set[str]:
        """The people a claim's sentence names, with those named only inside a title
        ("L'expert Jean-Luc Carpentier")."""
        key = (claim.source, claim.sentence.index)
        if key not in self._sentence_people:
            names = list(self.people.get(key, []))
            names += [
                c.value["person"]
                for c in self.in_sentence(claim)
                if c.kind == "role" and c.value.get("person")
            ]
            self._sentence_people[key] = {k for name in names if (k := self.index.person_key(name))}
        return self._sentence_people[key]

    def source_people(self, source: str) -> list[str]:
        """The names a source's sentences give, in reading order (with repeats)."""
        if source not in self._source_people:
            self._source_people[source] = [
                name for (src, _), names in self.people.items() if src == source for name in names
            ]
        return self._source_people[source]

    def distinct(self, a: Claim, b: Claim) -> bool:
        return self.alignment.distinct((a.source, a.sentence.index), (b.source, b.sentence.index))

    def whole_sentence(self, key: tuple[str, int]) -> Claim:
        """A stand-in claim for a sentence with no typed claim: the sentence itself."""
        sentence = self.alignment.infos[key].sentence
        return Claim(
            id="",
            source=sentence.source,
            kind="other",
            sentence=sentence,
            span=(0, len(sentence.text)),
            value={"type": "sentence"},
            surface=sentence.text,
        )


@dataclass(frozen=True)
class Candidate:
    """Claims of two sources that a rule finds in conflict."""

    kind: str
    severity: str  # "error" | "warning" | "info"
    confidence: float
    left: Claim
    right: Claim
    summary: str
    group: str  # what the conflict is about, for merging
    rule: str


Comparator = Callable[[CompareContext], list[Candidate]]
COMPARATORS: dict[str, Comparator] = {}


def register(kind: str) -> Callable[[Comparator], Comparator]:
    def wrap(func: Comparator) -> Comparator:
        COMPARATORS[kind] = func
        return func

    return wrap


def names_person(text: str, name: str) -> bool:
    """Whether a text names a person by their surname, however transliterated, and a
    surname with a particle however spaced ("Del Giudice" / "DelGiudice")."""
    parts = translit_key(name).split()
    if not parts:
        return False
    words = _words_and_joined_pairs(text)
    return parts[-1] in words or (len(parts) > 1 and parts[-2] + parts[-1] in words)


@lru_cache(maxsize=256)
def _words_and_joined_pairs(text: str) -> frozenset[str]:
    tokens = translit_key(text).split()
    return frozenset(tokens) | frozenset(a + b for a, b in zip(tokens, tokens[1:], strict=False))


def cross_source_pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Every pair of claims from two different sources, left source first in sort order."""
    pairs = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.source == b.source:
                continue
            pairs.append((a, b) if a.source < b.source else (b, a))
    return pairs


def one_per_source(ranked: Iterable[tuple[Claim, Claim]]) -> list[tuple[Claim, Claim]]:
    """Claim pairs ranked best first, kept one to one within each pair of sources: a
    claim is paired with at most one claim of each other source."""
    return one_to_one(((a.id, b.source), (b.id, a.source), (a, b)) for a, b in ranked)


def _number(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ") if x >= 1000 and x == int(x) else f"{x:g}"


def evidence_value(claim: Claim) -> str:
    """What a claim resolved to, as a report shows it beside the words as written."""
    v = claim.value
    if claim.kind == "date":
        parts = []
        if v.get("weekday") and v.get("granularity") in ("day", "weekday"):
            parts.append(v["weekday"].title())
        if v.get("date"):
            parts.append(date_span(v))
        if v.get("time"):
            parts.append(v["time"])
        elif v.get("time_range"):
            parts.append("–".join(v["time_range"]))
        return " ".join(parts) or claim.surface
    if claim.kind == "number":
        if v.get("score"):
            return "-".join(str(x) for x in v["score"])
        low, high = v.get("low"), v.get("high")
        value = v.get("value")
        if high is None:
            amount = f"≥ {_number(value)}"
        elif low == high:
            amount = _number(value)
        else:
            amount = f"{_number(low)}–{_number(high)}"
        what = (v.get("key") or "").lower().replace("_", " ")
        return f"{amount} {what}".strip()
    if claim.kind == "role":
        if v.get("category") == "open":  # a title no list names: as written
            return f"{v['person']}: {v['title']}"
        title = v["rank"].replace("_", " ") + (f" ({v['portfolio']})" if v.get("portfolio") else "")
        return f"{v['person']}: {title}"
    if claim.kind == "attendees":
        return f"{v['who']}: {'present' if v['present'] else 'absent'}"
    if claim.kind == "location":
        return v["place"]
    if v.get("type") == "quote":
        return f"said by {v.get('speaker') or '?'}"
    if v.get("type") == "sentence":
        return "the sentence as a whole"
    if v.get("type") == "polarity":
        return f"{v.get('actor') or '?'}: {v['polarity']}"
    return claim.surface
