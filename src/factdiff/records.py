"""Typed records passed between the pipeline stages.

ingest -> Article | Skipped
segment -> Sentence
extract -> Claim
resolve -> Entity (claims annotated with canonical entity keys)
align -> Event
compare -> Finding
report -> Report (serialised by factdiff.report.*)

Every stage reads the records of the stages before it and never mutates them:
data flows one way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ClaimKind = Literal["date", "number", "role", "attendees", "location", "other"]
Severity = Literal["error", "warning", "info"]

CLAIM_KINDS: tuple[str, ...] = ("date", "number", "role", "attendees", "location", "other")
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Article:
    """One article as read from disk, body cleaned of boilerplate and repeats."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as an article, with the reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; `start`/`end` are offsets into `Article.text`."""

    source: str
    index: int
    text: str
    start: int
    end: int
    lang: str
    caption: bool = False


@dataclass(frozen=True)
class Claim:
    """A checkable statement: one kind, one value, one span in one sentence.

    `span` are character offsets into `sentence.text` (end exclusive). `value`
    is JSON-serialisable and kind-specific (see extract/*). `subject` is the
    canonical key of what the claim is about (a person for roles, the counted
    thing for numbers), filled by resolve.
    """

    id: str
    source: str
    kind: str
    sentence: Sentence
    span: tuple[int, int]
    value: dict[str, Any]
    surface: str
    subject: str | None = None

    @property
    def text(self) -> str:
        return self.sentence.text


# The end of a date range that has none ("pas avant 2031": from 2031 on).
OPEN_END = "9999-12-31"


def date_span(value: dict[str, Any]) -> str:
    """A date claim's days as a report shows them: "2027-09-01–2027-12-31", "from
    2031-01-01" for a range without an end."""
    end = value.get("date_end")
    if end == OPEN_END:
        return f"from {value['date']}"
    return value["date"] + (f"–{end}" if end else "")


@dataclass(frozen=True)
class Entity:
    """A person, place or organisation as one canonical key across spellings."""

    key: str
    label: str
    type: str  # "PER" | "LOC" | "ORG"
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """Claims from one or more sources that speak of the same happening."""

    id: str
    label: str
    claims: tuple[str, ...]
    sentences: tuple[tuple[str, int], ...] = ()  # (source, sentence index)


@dataclass(frozen=True)
class NLIProbs:
    entailment: float
    neutral: float
    contradiction: float

    def as_dict(self) -> dict[str, float]:
        return {
            "entailment": round(self.entailment, 4),
            "neutral": round(self.neutral, 4),
            "contradiction": round(self.contradiction, 4),
        }


@dataclass(frozen=True)
class Evidence:
    source: str
    claim: str | None
    text: str
    span: tuple[int, int]
    value: str


@dataclass(frozen=True)
class Finding:
    id: str
    kind: str
    severity: str
    confidence: float
    summary: str
    evidence: tuple[Evidence, ...]
    nli: NLIProbs | None = None
    event: str | None = None
    rule: str = ""
    story: str | None = None
    # "across": claims of different sources; "within": one article against itself.
    scope: str = "across"

    def sort_key(self) -> tuple[int, float, str]:
        return (SEVERITY_RANK[self.severity], -self.confidence, self.summary)


@dataclass
class Stats:
    articles: int = 0
    sentences: int = 0
    claims: int = 0
    pairs_considered: int = 0
    pairs_scored_nli: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    # Per-run caps that were reached: {"article": id, "limit": "max_sentences", "value": N}.
    limits: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Report:
    """Everything one run found; `to_json()` is the contract's JSON report."""

    version: str
    model: str
    sources: list[Article]
    claims: list[Claim]
    events: list[Event]
    findings: list[Finding]
    skipped: list[Skipped]
    stats: Stats
    sentences: list[Sentence] = field(default_factory=list)
    stories: list[Any] = field(default_factory=list)  # stories.Story: articles grouped by news

    def to_dict(self) -> dict[str, Any]:
        event_of_claim = {cid: e.id for e in self.events for cid in e.claims}
        return {
            "tool": {"name": "factdiff", "version": self.version, "model": self.model},
            "sources": [
                {
                    "id": a.id,
                    "path": a.path,
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": a.published.isoformat() if a.published else None,
                    "lang": a.lang,
                }
                for a in self.sources
            ],
            "claims": [
                {
                    "id": c.id,
                    "source": c.source,
                    "kind": c.kind,
                    "text": c.text,
                    "span": list(c.span),
                    "value": c.value,
                    "event": event_of_claim.get(c.id),
                }
                for c in self.claims
            ],
            "events": [
                {"id": e.id, "label": e.label, "claims": list(e.claims)} for e in self.events
            ],
            "findings": [
                {
                    "id": f.id,
                    "kind": f.kind,
                    "severity": f.severity,
                    "confidence": round(f.confidence, 4),
                    "summary": f.summary,
                    "evidence": [
                        {
                            "source": e.source,
                            "claim": e.claim,
                            "text": e.text,
                            "span": list(e.span),
                            "value": e.value,
                        }
                        for e in f.evidence
                    ],
                    "nli": f.nli.as_dict() if f.nli else None,
                    "event": f.event,
                    "story": f.story,
                    "rule": f.rule,
                    "scope": f.scope,
                }
                for f in self.findings
            ],
            "stories": [{"id": s.id, "articles": list(s.articles)} for s in self.stories],
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "stats": {
                "articles": self.stats.articles,
                "sentences": self.stats.sentences,
                "claims": self.stats.claims,
                "pairs_considered": self.stats.pairs_considered,
                "pairs_scored_nli": self.stats.pairs_scored_nli,
                "seconds": {k: round(v, 3) for k, v in self.stats.seconds.items()},
                "limits": [dict(x) for x in self.stats.limits],
            },
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"
