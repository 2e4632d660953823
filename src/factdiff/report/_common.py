"""Helpers shared by the renderers: ordering, grouping, counting, spans.

Every renderer reads the same `Report` and must stay deterministic, so the
orderings used for display live here, once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdiff.errors import UsageError
from factdiff.records import CLAIM_KINDS, SEVERITY_RANK, Article, Evidence, Finding, Report

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
FAIL_ON: tuple[str, ...] = ("error", "warning", "info", "never")

_WS = re.compile(r"\s+")


def check_fail_on(fail_on: str) -> None:
    """Raise `UsageError` unless `fail_on` is a known threshold."""
    if fail_on not in FAIL_ON:
        raise UsageError(f"unknown --fail-on {fail_on!r}; expected one of {', '.join(FAIL_ON)}")


def fails(finding: Finding, fail_on: str) -> bool:
    """True when `finding` is at or above the `fail_on` threshold ("never" never fails)."""
    if fail_on == "never":
        return False
    return SEVERITY_RANK.get(finding.severity, 99) <= SEVERITY_RANK[fail_on]


def sorted_findings(report: Report) -> list[Finding]:
    """Findings by severity, then confidence (highest first), then summary and id."""
    return sorted(report.findings, key=lambda f: (*f.sort_key(), f.id))


def kinds_present(report: Report) -> list[str]:
    """The known claim kinds, then any other kind found in the report, in first-seen order."""
    kinds = list(CLAIM_KINDS)
    for f in sorted_findings(report):
        if f.kind not in kinds:
            kinds.append(f.kind)
    return kinds


def counts(report: Report) -> dict[str, dict[str, int]]:
    """{kind: {severity: n}} for every kind that has at least one finding, in kind order."""
    table: dict[str, dict[str, int]] = {}
    for kind in kinds_present(report):
        row = {s: 0 for s in SEVERITIES}
        for f in report.findings:
            if f.kind == kind:
                row[f.severity] = row.get(f.severity, 0) + 1
        if any(row.values()):
            table[kind] = row
    return table


def kind_table_rows(
    report: Report, escape: Callable[[str], str], bold: Callable[[str], str]
) -> list[list[str]]:
    """Rows of the kind-by-severity table (kind, one count per severity, total), then
    the bold totals row; empty when there are no findings. Markdown and HTML
    differ only in how they escape a kind and set a cell in bold."""
    table = counts(report)
    if not table:
        return []
    rows = [
        [escape(kind)] + [str(row[s]) for s in SEVERITIES] + [str(sum(row.values()))]
        for kind, row in table.items()
    ]
    totals = severity_totals(report)
    rows.append(
        [bold("total")]
        + [bold(str(totals[s])) for s in SEVERITIES]
        + [bold(str(len(report.findings)))]
    )
    return rows


def severity_totals(report: Report) -> dict[str, int]:
    totals = {s: 0 for s in SEVERITIES}
    for f in report.findings:
        totals[f.severity] = totals.get(f.severity, 0) + 1
    return totals


@dataclass(frozen=True)
class Group:
    """Findings about one event (`event_id` None: findings tied to no event)."""

    event_id: str | None
    label: str
    findings: tuple[Finding, ...]


def group_by_event(report: Report, findings: Iterable[Finding]) -> list[Group]:
    """Group `findings` by event, groups in order of their first (most severe) finding.

    Every finding is placed under an event and each event is named as an editor
    would name it (see `factdiff.report.events`).
    """
    from factdiff.report.events import editor_events

    return [
        Group(event_id=ev.id, label=ev.label, findings=ev.findings)
        for ev in editor_events(report, list(findings))
    ]


def sources_by_id(report: Report) -> dict[str, Article]:
    return {a.id: a for a in report.sources}


def published(article: Article | None) -> str:
    return article.published.isoformat() if article and article.published else ""


def clamp_span(ev: Evidence) -> tuple[int, int]:
    """`ev.span` clipped to the sentence (an empty span when it makes no sense)."""
    n = len(ev.text)
    start, end = ev.span
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    return start, end


def split_span(ev: Evidence) -> tuple[str, str, str]:
    """(before, span, after) of the evidence sentence; whitespace kept outside the span."""
    start, end = clamp_span(ev)
    mid = ev.text[start:end]
    lead = len(mid) - len(mid.lstrip())
    trail = len(mid) - len(mid.rstrip())
    start, end = start + lead, max(start + lead, end - trail)
    return ev.text[:start], ev.text[start:end], ev.text[end:]


def one_line(text: str) -> str:
    """Collapse runs of whitespace (newlines included) into single spaces."""
    return _WS.sub(" ", text).strip()


def nli_line(finding: Finding) -> str:
    if finding.nli is None:
        return ""
    p = finding.nli
    return (
        f"entailment {p.entailment:.2f} · neutral {p.neutral:.2f} · "
        f"contradiction {p.contradiction:.2f}"
    )


def evidence_sources(finding: Finding) -> list[str]:
    """Distinct source ids of a finding's evidence, in evidence order."""
    return list(dict.fromkeys(e.source for e in finding.evidence))


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def read_findings_file(p: Path, missing: str, kind: str) -> dict[str, Any]:
    """A JSON file whose top level holds a "findings" list (a report, a baseline, a
    review); `UsageError` naming the file and `missing` ("report file") or `kind` ("factdiff
    JSON report") when it is absent or not one."""
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{p}: {missing} not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{p}: not a {kind}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise UsageError(f"{p}: not a {kind} (no 'findings' list)")
    return data
