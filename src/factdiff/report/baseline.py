"""Baselines: accept today's findings, report only new ones.

`factdiff check --write-baseline FILE` records each finding by a fingerprint
that survives a re-run: its kind, its sources, and for each piece of evidence
the sentence and the resolved value, whitespace collapsed and case folded.
Ids, confidences, NLI scores and the order of findings are left out, so a
retrained model or a new article elsewhere in the folder does not make an
accepted finding new again. `--baseline FILE` drops the findings whose
fingerprint is in FILE from the report and from the exit status; the report
summary says how many were dropped.

A *review file* (written by `factdiff review`, see `factdiff.review`) is a
baseline whose entries carry an editor's verdict and note: "confirmed" (a real
conflict: stays in the report), "not-a-conflict" or "update" (dismissed: hidden
like a baseline entry, and listed in the report with the verdict and note;
SARIF carries them as suppressed results). `--baseline` reads both kinds of
file; an old baseline's entries are dismissed with the reason "baseline".
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from factdiff.errors import UsageError
from factdiff.records import Finding, Report
from factdiff.report._common import (
    evidence_sources,
    one_line,
    read_findings_file,
    sorted_findings,
)

FORMAT_VERSION = 1
REVIEW_VERSION = 1

VERDICTS: tuple[str, ...] = ("confirmed", "not-a-conflict", "update")
DISMISSING: frozenset[str] = frozenset({"not-a-conflict", "update", "baseline"})
VERDICT_TEXT = {
    "confirmed": "confirmed",
    "not-a-conflict": "not a conflict",
    "update": "an update",
    "baseline": "in the baseline",
}


@dataclass(frozen=True)
class Decision:
    """An editor's verdict on a finding (or "baseline": accepted without a reason)."""

    verdict: str
    note: str = ""

    @property
    def dismisses(self) -> bool:
        return self.verdict in DISMISSING

    def reason(self) -> str:
        """ "not a conflict: same meeting, two time zones" """
        text = VERDICT_TEXT.get(self.verdict, self.verdict)
        return f"{text}: {self.note}" if self.note else text


def _norm(text: str) -> str:
    return one_line(unicodedata.normalize("NFC", text or "")).casefold()


def fingerprint(finding: Finding) -> str:
    """A stable identity of a finding: kind + sources + evidence sentences + values."""
    evidence = sorted({(e.source, _norm(e.text), _norm(e.value)) for e in finding.evidence})
    key = json.dumps(
        [finding.kind, sorted(set(evidence_sources(finding))), evidence],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def baseline_text(report: Report) -> str:
    """The baseline file for a report's findings (JSON, sorted, deterministic)."""
    entries = {
        fingerprint(f): {
            "fingerprint": fingerprint(f),
            "kind": f.kind,
            "severity": f.severity,
            "sources": evidence_sources(f),
            "summary": one_line(f.summary),
        }
        for f in sorted_findings(report)
    }
    data = {
        "factdiff_baseline": FORMAT_VERSION,
        "findings": [entries[k] for k in sorted(entries)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: str | Path) -> set[str]:
    """The fingerprints a baseline or review file hides; `UsageError` when it is missing
    or not one."""
    return {fp for fp, d in load_decisions(path).items() if d.dismisses}


def load_decisions(path: str | Path) -> dict[str, Decision]:
    """Fingerprint -> decision of a baseline file (every entry "baseline") or a review
    file (each entry's verdict and note); `UsageError` when it is missing or not one."""
    p = Path(path)
    data = read_findings_file(p, "baseline file", "factdiff baseline")
    out: dict[str, Decision] = {}
    for entry in data["findings"]:
        fp = entry.get("fingerprint") if isinstance(entry, dict) else entry
        if not isinstance(fp, str):
            raise UsageError(f"{p}: not a factdiff baseline (an entry has no fingerprint)")
        verdict = entry.get("verdict", "baseline") if isinstance(entry, dict) else "baseline"
        note = entry.get("note", "") if isinstance(entry, dict) else ""
        if verdict not in (*VERDICTS, "baseline"):
            raise UsageError(
                f"{p}: unknown verdict {verdict!r} (expected one of {', '.join(VERDICTS)})"
            )
        out[fp] = Decision(str(verdict), str(note or ""))
    return out


def review_text(report: Report, decisions: dict[str, Decision]) -> str:
    """A review file: each decided finding of `report` (and decisions on findings the
    report no longer has, kept as they were) by fingerprint, sorted, deterministic."""
    entries: dict[str, dict[str, Any]] = {}
    for f in sorted_findings(report):
        fp = fingerprint(f)
        d = decisions.get(fp)
        if d is None:
            continue
        entries[fp] = {
            "fingerprint": fp,
            "verdict": d.verdict,
            "note": d.note,
            "finding": f.id,
            "kind": f.kind,
            "severity": f.severity,
            "sources": evidence_sources(f),
            "summary": one_line(f.summary),
        }
    for fp, d in decisions.items():
        if fp not in entries:
            entries[fp] = {"fingerprint": fp, "verdict": d.verdict, "note": d.note}
    data = {
        "factdiff_baseline": FORMAT_VERSION,
        "factdiff_review": REVIEW_VERSION,
        "findings": [entries[k] for k in sorted(entries)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Dismissed:
    """A finding a baseline or review hid, with the decision that hid it."""

    finding: Finding
    decision: Decision


@dataclass
class BaselinedReport(Report):
    """A Report whose findings already in a baseline were dropped (`baselined` of them)."""

    baselined: int = 0
    dismissed: list[Dismissed] = field(default_factory=list)
    confirmed: dict[str, str] = field(default_factory=dict)  # finding id -> note

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["baselined"] = self.baselined
        data["dismissed"] = [
            {
                "finding": d.finding.id,
                "fingerprint": fingerprint(d.finding),
                "kind": d.finding.kind,
                "severity": d.finding.severity,
                "summary": d.finding.summary,
                "sources": evidence_sources(d.finding),
                "verdict": d.decision.verdict,
                "note": d.decision.note,
                "reason": d.decision.reason(),
            }
            for d in self.dismissed
        ]
        data["confirmed"] = [{"finding": k, "note": v} for k, v in self.confirmed.items()]
        return data


def apply_baseline(report: Report, known: set[str] | dict[str, Decision]) -> BaselinedReport:
    """The report without the findings a baseline or review dismisses (a set of
    fingerprints is an old baseline's); the dismissed are kept aside with their reasons."""
    decisions = known if isinstance(known, dict) else {fp: Decision("baseline") for fp in known}
    dismissed: list[Dismissed] = []
    confirmed: dict[str, str] = {}
    for f in sorted_findings(report):
        d = decisions.get(fingerprint(f))
        if d is not None and d.dismisses:
            dismissed.append(Dismissed(f, d))
        elif d is not None and d.verdict == "confirmed":
            confirmed[f.id] = d.note
    kept = [f for f in report.findings if not any(x.finding is f for x in dismissed)]
    values = {f.name: getattr(report, f.name) for f in fields(Report)}
    values["findings"] = kept
    return BaselinedReport(
        **values,
        baselined=len(report.findings) - len(kept),
        dismissed=dismissed,
        confirmed=confirmed,
    )


def dismissed_of(report: Report) -> list[Dismissed]:
    """The findings a baseline or review hid from `report`, with their decisions."""
    return list(report.dismissed) if isinstance(report, BaselinedReport) else []


def confirmed_of(report: Report) -> dict[str, str]:
    """Finding id -> note of the findings a review confirmed."""
    return dict(report.confirmed) if isinstance(report, BaselinedReport) else {}


def baselined(report: Report) -> int | None:
    """How many findings a baseline dropped from `report`; None when no baseline was used."""
    return report.baselined if isinstance(report, BaselinedReport) else None
