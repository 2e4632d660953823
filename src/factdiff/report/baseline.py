"""Baselines: accept today's findings, report only new ones.

`factdiff check --write-baseline FILE` records each finding by a fingerprint
that survives a re-run: its kind, its sources, and for each piece of evidence
the sentence and the resolved value, whitespace collapsed and case folded.
Ids, confidences, NLI scores and the order of findings are left out, so a
retrained model or a new article elsewhere in the folder does not make an
accepted finding new again. `--baseline FILE` drops the findings whose
fingerprint is in FILE from the report and from the exit status; the report
summary says how many were dropped.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from factdiff.errors import UsageError
from factdiff.records import Finding, Report
from factdiff.report._common import evidence_sources, one_line, sorted_findings

FORMAT_VERSION = 1


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
    """The fingerprints of a baseline file; `UsageError` when it is missing or not one."""
    p = Path(path)
    try:
        data: Any = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{p}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{p}: not a factdiff baseline: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise UsageError(f"{p}: not a factdiff baseline (no 'findings' list)")
    out = set()
    for entry in data["findings"]:
        fp = entry.get("fingerprint") if isinstance(entry, dict) else entry
        if not isinstance(fp, str):
            raise UsageError(f"{p}: not a factdiff baseline (an entry has no fingerprint)")
        out.add(fp)
    return out


@dataclass
class BaselinedReport(Report):
    """A Report whose findings already in a baseline were dropped (`baselined` of them)."""

    baselined: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["baselined"] = self.baselined
        return data


def apply_baseline(report: Report, known: set[str]) -> BaselinedReport:
    """The report without the findings whose fingerprint is in `known`."""
    kept = [f for f in report.findings if fingerprint(f) not in known]
    values = {f.name: getattr(report, f.name) for f in fields(Report)}
    values["findings"] = kept
    return BaselinedReport(**values, baselined=len(report.findings) - len(kept))


def baselined(report: Report) -> int | None:
    """How many findings a baseline dropped from `report`; None when no baseline was used."""
    return report.baselined if isinstance(report, BaselinedReport) else None
