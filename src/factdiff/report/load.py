"""A JSON report read back into a `Report`, for `factdiff review` and the views.

The JSON report carries sources (without their text), claims (with their
sentence), events and findings. Each source's text is read again from its
`path` (relative to the working directory, then to the report's folder) so the
review can show the article around the evidence; a source that cannot be read
keeps an empty text. Claims get a `Sentence` rebuilt from their text (index -1,
the source's language), which is all the views need.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from factdiff.errors import UsageError
from factdiff.records import (
    Article,
    Claim,
    Event,
    Evidence,
    Finding,
    NLIProbs,
    Report,
    Sentence,
    Skipped,
    Stats,
)
from factdiff.report._common import read_findings_file


def _date(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _article_text(path: str, source_id: str, folder: Path) -> str:
    from factdiff.ingest import read_articles

    for candidate in (Path(path), folder / path):
        if not candidate.is_file():
            continue
        articles, _ = read_articles([candidate])
        for a in articles:
            if a.id == source_id or len(articles) == 1:
                return a.text
    return ""


def report_from_dict(data: dict[str, Any], folder: Path | None = None) -> Report:
    """A `Report` from the contract's JSON (as `Report.to_dict()` writes it)."""
    folder = folder or Path.cwd()
    tool = data.get("tool") or {}
    sources = [
        Article(
            id=str(s["id"]),
            path=str(s.get("path") or s["id"]),
            text=_article_text(str(s.get("path") or s["id"]), str(s["id"]), folder),
            title=s.get("title"),
            outlet=s.get("outlet"),
            published=_date(s.get("published")),
            lang=s.get("lang"),
            url=s.get("url"),
        )
        for s in data.get("sources", [])
    ]
    lang = {a.id: a.lang or "" for a in sources}
    claims = []
    for c in data.get("claims", []):
        text = str(c.get("text") or "")
        sentence = Sentence(str(c["source"]), -1, text, 0, len(text), lang.get(c["source"], ""))
        span = tuple(c.get("span") or (0, 0))
        value = c.get("value") if isinstance(c.get("value"), dict) else {}
        claims.append(
            Claim(
                id=str(c["id"]),
                source=str(c["source"]),
                kind=str(c.get("kind") or "other"),
                sentence=sentence,
                span=(int(span[0]), int(span[1])),
                value=value,
                surface=text[int(span[0]) : int(span[1])],
                subject=None,
            )
        )
    events = [
        Event(id=str(e["id"]), label=str(e.get("label") or ""), claims=tuple(e.get("claims", [])))
        for e in data.get("events", [])
    ]
    findings = []
    # Fields a newer Finding may have (such as `scope`, "across" or "within") are read
    # when this Finding has them.
    optional = {x.name for x in dataclasses.fields(Finding)} & {"scope"}
    for f in data.get("findings", []):
        nli = f.get("nli")
        extra = {k: f[k] for k in optional if k in f}
        findings.append(
            Finding(
                id=str(f["id"]),
                kind=str(f["kind"]),
                severity=str(f["severity"]),
                confidence=float(f.get("confidence") or 0.0),
                summary=str(f.get("summary") or ""),
                evidence=tuple(
                    Evidence(
                        source=str(ev["source"]),
                        claim=ev.get("claim"),
                        text=str(ev.get("text") or ""),
                        span=(int(ev["span"][0]), int(ev["span"][1])),
                        value=str(ev.get("value") or ""),
                    )
                    for ev in f.get("evidence", [])
                ),
                nli=NLIProbs(**nli) if isinstance(nli, dict) else None,
                event=f.get("event"),
                rule=str(f.get("rule") or ""),
                story=f.get("story"),
                **extra,
            )
        )
    st = data.get("stats") or {}
    stats = Stats(
        articles=int(st.get("articles", len(sources))),
        sentences=int(st.get("sentences", 0)),
        claims=int(st.get("claims", len(claims))),
        pairs_considered=int(st.get("pairs_considered", 0)),
        pairs_scored_nli=int(st.get("pairs_scored_nli", 0)),
        seconds=dict(st.get("seconds") or {}),
        limits=list(st.get("limits") or []),
    )
    return Report(
        version=str(tool.get("version") or ""),
        model=str(tool.get("model") or ""),
        sources=sources,
        claims=claims,
        events=events,
        findings=findings,
        skipped=[Skipped(str(s["path"]), str(s["reason"])) for s in data.get("skipped", [])],
        stats=stats,
    )


def load_report(path: str | Path) -> Report:
    """Read a JSON report file; `UsageError` when it is missing or not a factdiff report."""
    p = Path(path)
    data = read_findings_file(p, "report file", "factdiff JSON report")
    try:
        return report_from_dict(data, p.resolve().parent)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise UsageError(f"{p}: not a factdiff JSON report: {exc!r}") from None
