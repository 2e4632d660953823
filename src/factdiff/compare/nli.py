"""The NLI model in comparison: confirm or clear typed candidates, find what no rule covers.

Every sentence pair is scored in both directions (premise → hypothesis and
back); a pair contradicts when either direction does, and entails when both
do. Scores are cached per pair, so a sentence pair shared by several
candidates is scored once.

- Typed candidates keep their rule's verdict; the NLI probabilities are
  attached and move the confidence. A warning whose two sentences the model
  reads as saying the same thing both ways becomes info.
- Aligned sentence pairs that no rule flagged and that the model reads as
  contradicting with high probability become findings of kind "other"
  (polarity, event type, who said what).
- Quotes in two languages are the same quote when the model reads each as
  entailing the other; their speakers are then compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

import numpy as np

from factdiff.compare.base import Candidate, CompareContext
from factdiff.compare.dates import stamp_line
from factdiff.extract.numbers import compatible
from factdiff.extract.statements import attributed_quote
from factdiff.records import Claim, NLIProbs
from factdiff.text import fold

if TYPE_CHECKING:
    from factdiff.cache import NLICache

Progress = Callable[[str, int, int], None]


class Scorer(Protocol):
    """What the comparison needs of an NLI model (factdiff.nli.NLIScorer fits)."""

    @property
    def model_id(self) -> str: ...

    def score(self, pairs: list[tuple[str, str]]) -> np.ndarray: ...


@dataclass(frozen=True)
class NLIPolicy:
    """Thresholds on the model's probabilities; measured on the dev clusters."""

    contradiction: float = 0.92  # an untyped finding needs this much, both sentences aligned
    # P(same fact) (factdiff.pairing) that lets a sentence pair reach the model, and the
    # floor for a pair of mutual best counterparts (about 90% of the seeds' and dev's
    # labelled pairs score above it).
    same_fact: float = 0.2
    same_fact_floor: float = 0.015
    # What a pair let in by the floor alone needs to become a finding.
    contradiction_weak: float = 0.99
    max_pairs: int = 400  # untyped pairs scored per run, best-aligned first
    clear_entailment: float = 0.95  # a typed warning read as entailed both ways becomes info
    window_chars: int = 600  # longer sentences are scored in overlapping windows, not cut
    same_quote: float = 0.45  # two quotes in two languages entail each other at least this much


@dataclass
class NLIJudge:
    """Scores sentence pairs in both directions, once each.

    `store` is an on-disk cache (factdiff.cache.NLICache) shared across runs:
    pairs found there are not scored again, new scores are written to it.
    """

    scorer: Scorer
    policy: NLIPolicy = field(default_factory=NLIPolicy)
    cache: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    progress: Progress | None = None
    store: NLICache | None = None
    windowed: set[str] = field(default_factory=set)  # sentences read in windows
    capped: int = 0  # aligned pairs left unscored by `max_pairs`
    pairs_new: int = 0  # directions the model scored in this judge's life (not from `store`)

    @property
    def pairs_scored(self) -> int:
        """Directions the run needed (scored now or found in `store`): the same with or
        without the disk cache, so the report does not depend on it."""
        return len(self.cache)

    def windows(self, text: str) -> list[str]:
        """A sentence as the model can read it whole: itself, or overlapping windows of
        at most `window_chars` characters cut at spaces (the model's length is ~256 tokens
        for a pair; a longer sentence would be cut silently)."""
        size = self.policy.window_chars
        if len(text) <= size:
            return [text]
        self.windowed.add(text)
        out, start = [], 0
        while start < len(text):
            end = min(len(text), start + size)
            if end < len(text):
                cut = text.rfind(" ", start + size // 2, end)
                end = cut if cut != -1 else end
            out.append(text[start:end].strip())
            if end >= len(text):
                break
            back = text.rfind(" ", start, end - size // 6)
            start = back + 1 if back > start else end
        return [w for w in out if w]

    def prefetch(self, pairs: list[tuple[str, str]]) -> None:
        """Score every direction of these pairs not yet scored, in one batch."""
        todo: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()
        windowed = [(wa, wb) for a, b in pairs for wa in self.windows(a) for wb in self.windows(b)]
        for a, b in windowed:
            for p in ((a, b), (b, a)):
                if p not in self.cache and p not in seen:
                    seen.add(p)
                    todo.append(p)
        if todo and self.store is not None:
            found = self.store.get_many(self.scorer.model_id, todo)
            self.cache.update(found)
            todo = [p for p in todo if p not in found]
        if not todo:
            return
        if self.progress:
            self.progress("nli", 0, len(todo))
        probs = self.scorer.score(todo)
        for p, row in zip(todo, probs, strict=True):
            self.cache[p] = np.asarray(row, dtype=float)
        self.pairs_new += len(todo)
        if self.store is not None:
            self.store.put_many(self.scorer.model_id, todo, [self.cache[p] for p in todo])
        if self.progress:
            self.progress("nli", len(todo), len(todo))

    def both_ways(self, a: str, b: str) -> NLIProbs:
        """Contradiction if either direction contradicts; entailment if both entail.
        Windows of a long sentence: the strongest reading of any of them."""
        self.prefetch([(a, b)])
        contradiction = entailment = 0.0
        for wa in self.windows(a):
            for wb in self.windows(b):
                ab, ba = self.cache[(wa, wb)], self.cache[(wb, wa)]
                contradiction = max(contradiction, ab[2], ba[2])
                entailment = max(entailment, min(ab[0], ba[0]))
        neutral = max(0.0, 1.0 - contradiction - entailment)
        return NLIProbs(float(entailment), float(neutral), float(contradiction))

    def mutual_contradiction(self, a: str, b: str) -> float:
        """How surely each of two sentences contradicts the other, read both ways (the
        lower of the two directions; of a long sentence's windows, the strongest)."""
        self.prefetch([(a, b)])
        return max(
            min(self.cache[(wa, wb)][2], self.cache[(wb, wa)][2])
            for wa in self.windows(a)
            for wb in self.windows(b)
        )


def combine(rule_confidence: float, probs: NLIProbs) -> float:
    """A finding's confidence from its rule and the model: the model moves it, never
    decides alone against a typed rule."""
    return max(0.05, min(0.99, 0.7 * rule_confidence + 0.3 * probs.contradiction))


def review(candidates: list[Candidate], judge: NLIJudge) -> dict[tuple[str, str], NLIProbs]:
    """NLI probabilities for each candidate's pair of sentences, and reviewed verdicts."""
    judge.prefetch([(c.left.text, c.right.text) for c in candidates])
    return {(c.left.id, c.right.id): judge.both_ways(c.left.text, c.right.text) for c in candidates}


def adjust(
    candidates: list[Candidate], probs: dict[tuple[str, str], NLIProbs], policy: NLIPolicy
) -> list[Candidate]:
    """Typed candidates with confidence combined with the model's reading."""
    out = []
    for c in candidates:
        p = probs.get((c.left.id, c.right.id))
        if p is None:
            out.append(c)
            continue
        severity = c.severity
        if severity == "warning" and p.entailment >= policy.clear_entailment:
            severity = "info"
        out.append(replace(c, severity=severity, confidence=combine(c.confidence, p)))
    return out


def untyped_conflicts(
    ctx: CompareContext, judge: NLIJudge, flagged: set[tuple[tuple[str, int], tuple[str, int]]]
) -> list[Candidate]:
    """Aligned sentence pairs that the model reads as contradicting, no rule having fired."""
    policy = judge.policy
    anchors = _anchor_claims(ctx.claims)
    pairs = []
    # The gate is the same-fact score of every pairing signal, not word overlap alone:
    # two sentences about one thing reach the model however they are worded. A pair
    # passes on its score, or as each sentence's best counterpart in the other source
    # (mutual best) above a floor: two one-paragraph articles always meet.
    scored = {
        (ka, kb): ctx.alignment.same_fact(ka, kb)
        for ka, kb in ctx.alignment.pairs
        if ka[0] != kb[0] and not ctx.alignment.distinct(ka, kb)
    }
    best: dict[tuple[tuple[str, int], str], tuple[float, tuple[str, int]]] = {}
    for (ka, kb), same in scored.items():
        for mine, theirs in ((ka, kb), (kb, ka)):
            slot = (mine, theirs[0])
            if slot not in best or (same, theirs) > best[slot]:
                best[slot] = (same, theirs)
    # An article of one sentence (a headline, a brief) is all in that sentence: its best
    # counterpart is the pair to ask about, however low their score.
    sentences_of = Counter(k[0] for k in ctx.alignment.infos)
    for (ka, kb), same in scored.items():
        mutual = best[(ka, kb[0])][1] == kb and best[(kb, ka[0])][1] == ka
        if (ka, kb) in flagged:
            continue
        alone = sentences_of[ka[0]] == 1 or sentences_of[kb[0]] == 1
        gated = same >= policy.same_fact or (mutual and (same >= policy.same_fact_floor or alone))
        if gated and _may_disagree(ctx, ka, kb):
            pairs.append((same, ka, kb))
    hedged = _hedge_only(ctx)
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    if len(pairs) > policy.max_pairs:
        judge.capped += len(pairs) - policy.max_pairs
    pairs = pairs[: policy.max_pairs]
    texts = {k: ctx.alignment.infos[k].sentence.text for _, a, b in pairs for k in (a, b)}
    judge.prefetch([(texts[a], texts[b]) for _, a, b in pairs])
    out = []
    for sim, ka, kb in pairs:
        # The weaker the pairing, the surer the model must be. With no rule behind it, a
        # contradiction must hold both ways: a sentence that adds a detail to the other
        # is read as contradicting it one way only (where it is the hypothesis).
        needed = policy.contradiction if sim >= policy.same_fact else policy.contradiction_weak
        mutual = judge.mutual_contradiction(texts[ka], texts[kb])
        if mutual < needed or (ka, kb) in hedged:
            continue
        p = judge.both_ways(texts[ka], texts[kb])
        left = anchors.get(ka) or ctx.whole_sentence(ka)
        right = anchors.get(kb) or ctx.whole_sentence(kb)
        out.append(
            Candidate(
                "other",
                "warning",
                # what the finding stands on: the contradiction read both ways
                combine(0.5 + sim / 2, replace(p, contradiction=mutual)),
                left,
                right,
                f"{ka[0]} and {kb[0]} tell this differently (NLI contradiction "
                f"{mutual:.2f} both ways)",
                group="nli",
                rule="other.nli",
            )
        )
    return out


def _may_disagree(ctx: CompareContext, ka: tuple[str, int], kb: tuple[str, int]) -> bool:
    """Whether two sentences can tell one thing differently at all: not when they write
    the same words (but for accents, case, punctuation and digit grouping: "The
    1000-member church" / "The 1,000-member church", "Place Vendôme" / "Place Vendome"),
    which the model, trained on minimal edits, reads as contradicting; nor when either
    is only the page's time stamp."""
    ta = ctx.alignment.infos[ka].sentence.text
    tb = ctx.alignment.infos[kb].sentence.text
    return _words(ta) != _words(tb) and not stamp_line(ta) and not stamp_line(tb)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", re.sub(r"(?<=\d)[,.\s\u202f](?=\d{3}\b)", "", fold(text)))


def _hedge_only(ctx: CompareContext) -> set[tuple[tuple[str, int], tuple[str, int]]]:
    """Sentence pairs that give one quantity, hedged on one side and plain on the other,
    in agreeing ranges ("48 passagers" / "une cinquantaine de passagers"): the typed rule
    has read them as agreeing, and the model is known to read a hedge as a contradiction,
    so it does not overrule the rule there."""
    numbers = [c for c in ctx.claims if c.kind == "number" and c.value.get("key")]
    out: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for i, a in enumerate(numbers):
        for b in numbers[i + 1 :]:
            if a.source == b.source or a.value.get("key") != b.value.get("key"):
                continue
            if bool(a.value.get("hedge")) == bool(b.value.get("hedge")):
                continue
            if compatible(a.value, b.value):
                ka, kb = (a.source, a.sentence.index), (b.source, b.sentence.index)
                out |= {(ka, kb), (kb, ka)}
    return out


def quote_pairs(ctx: CompareContext, judge: NLIJudge) -> list[tuple[Claim, Claim]]:
    """Quotes of two sources in different languages that say the same thing."""
    quotes = [c for c in ctx.claims if attributed_quote(c)]
    pairs = [
        (a, b)
        for i, a in enumerate(quotes)
        for b in quotes[i + 1 :]
        if a.source != b.source and a.sentence.lang != b.sentence.lang
    ]
    judge.prefetch([(a.value["quote"], b.value["quote"]) for a, b in pairs])
    return [
        (a, b)
        for a, b in pairs
        if judge.both_ways(a.value["quote"], b.value["quote"]).entailment >= judge.policy.same_quote
    ]


def _anchor_claims(claims: list[Claim]) -> dict[tuple[str, int], Claim]:
    """One claim per sentence to stand for it in a finding's evidence."""
    out: dict[tuple[str, int], Claim] = {}
    for c in claims:
        out.setdefault((c.source, c.sentence.index), c)
    return out
