"""Comparison: every comparator on its kind's claims, candidates merged into findings."""

from __future__ import annotations

from dataclasses import replace

from factdiff.compare import attendees, dates, locations, nli, numbers, other, roles  # noqa: F401
from factdiff.compare.base import (
    COMPARATORS,
    Candidate,
    CompareContext,
    Thresholds,
    evidence_value,
    within_thresholds,
)
from factdiff.compare.numbers import update_sentences
from factdiff.disjoint import DisjointSets
from factdiff.records import SEVERITY_RANK, Claim, Evidence, Finding, NLIProbs

__all__ = [
    "COMPARATORS",
    "Candidate",
    "CompareContext",
    "Thresholds",
    "compare",
    "to_findings",
    "within_thresholds",
]


def compare(ctx: CompareContext) -> list[Candidate]:
    """Candidates from every enabled comparator, in a stable order."""
    out: list[Candidate] = []
    for kind, comparator in COMPARATORS.items():
        if kind in ctx.thresholds.enabled:
            out.extend(comparator(ctx))
    return _without_update_days(ctx, out)


def _without_update_days(ctx: CompareContext, candidates: list[Candidate]) -> list[Candidate]:
    """A sentence that reports a figure moving ("the toll rose to 21 on Sunday") dates the
    move, not the event: its day is no rival answer to the event's "when", unless the
    other day's clause tells the same happening ("s'est alourdi à deux morts : un passager
    ... est décédé dimanche" / "died in hospital on Monday": when the move happened)."""
    moved = update_sentences(ctx)
    return [
        c
        for c in candidates
        if not (
            c.rule == "date.day"
            and {(x.source, x.sentence.index) for x in (c.left, c.right)} & moved
            and not ctx.same_slot(c.left, c.right)
        )
    ]


def _evidence(claim: Claim) -> Evidence:
    return Evidence(
        source=claim.source,
        claim=claim.id or None,
        text=claim.text,
        span=claim.span,
        value=evidence_value(claim),
    )


def to_findings(
    candidates: list[Candidate],
    event_of_sentence: dict[tuple[str, int], str],
    nli_probs: dict[tuple[str, str], NLIProbs] | None = None,
    story_of: dict[str, str] | None = None,
    within: list[Candidate] | None = None,
) -> list[Finding]:
    """Merge candidates about one thing between two sources (and, from `within`, between
    two sentences of one article); sort; number them."""
    drafts = _drafts(candidates, event_of_sentence, nli_probs, story_of, "across")
    drafts += _drafts(within or [], event_of_sentence, nli_probs, story_of, "within")
    drafts.sort(key=lambda f: (f.sort_key(), f.evidence[0].source, f.evidence[0].claim or ""))
    return [replace(f, id=f"f{i + 1}") for i, f in enumerate(drafts)]


def _drafts(
    candidates: list[Candidate],
    event_of_sentence: dict[tuple[str, int], str],
    nli_probs: dict[tuple[str, str], NLIProbs] | None,
    story_of: dict[str, str] | None,
    scope: str,
) -> list[Finding]:
    groups: dict[tuple[str, str, str, str, str], list[Candidate]] = {}
    for c in candidates:
        # A person's title or presence is one fact whatever sentence states it.
        event = (
            ""
            if c.kind in ("role", "attendees")
            else event_of_sentence.get((c.left.source, c.left.sentence.index), "")
        )
        key = (c.kind, c.left.source, c.right.source, c.group, event)
        groups.setdefault(key, []).append(c)
    if scope == "across":
        groups = _one_per_disputed_claim(groups)
    drafts: list[Finding] = []
    for (kind, _l, _r, _g, event), members in groups.items():
        members.sort(key=lambda c: (SEVERITY_RANK[c.severity], -c.confidence, c.left.id))
        best = members[0]
        claims: list[Claim] = []
        for c in members:
            for claim in (c.left, c.right):
                if (claim.id, claim.source, claim.sentence.index, claim.span) not in {
                    (x.id, x.source, x.sentence.index, x.span) for x in claims
                }:
                    claims.append(claim)
        claims.sort(
            key=lambda c: (c.source != best.left.source, c.source, c.sentence.index, c.span)
        )
        probs = (nli_probs or {}).get((best.left.id, best.right.id))
        drafts.append(
            Finding(
                id="",
                kind=kind,
                severity=best.severity,
                confidence=best.confidence,
                summary=best.summary + _also(best, claims),
                evidence=tuple(_evidence(c) for c in claims),
                nli=probs,
                event=event or None,
                rule=best.rule,
                story=(story_of or {}).get(best.left.source),
                scope=scope,
            )
        )
    return drafts


GroupKey = tuple[str, str, str, str, str]


def _one_per_disputed_claim(
    groups: dict[GroupKey, list[Candidate]],
) -> dict[GroupKey, list[Candidate]]:
    """Groups about one thing that share a claim, folded into one: the source that
    alone says "vendredi" against three that say "jeudi" is one dispute, told once with
    every source's words, not three findings that each show a part of it."""
    joined: DisjointSets[GroupKey] = DisjointSets(groups)
    holder: dict[tuple[str, str, str], GroupKey] = {}
    for k, members in groups.items():
        kind, group = k[0], k[3]
        if group.startswith("update:") or group == "nli":
            # each step of a moving figure is its own update; the model's own conflicts
            # are pairs of sentences, whose anchor claim only stands for its sentence
            continue
        for c in members:
            for claim in (c.left, c.right):
                if claim.id:
                    joined.union(k, holder.setdefault((kind, group, claim.id), k))
    folded: dict[GroupKey, list[Candidate]] = {}
    for root, keys in joined.groups(groups).items():
        folded[root] = [c for k in keys for c in groups[k]]
    return folded


def _also(best: Candidate, claims: list[Claim]) -> str:
    """What a folded finding's other sources say, after its best pair's summary."""
    shown = {best.left.source, best.right.source}
    rest = [c for c in claims if c.source not in shown]
    if not rest:
        return ""
    return "; also " + ", ".join(f"{evidence_value(c)} in {c.source}" for c in rest)
