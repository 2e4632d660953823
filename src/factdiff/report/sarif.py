"""SARIF 2.1.0: one run, one rule per finding kind, one result per finding.

Each evidence becomes a location in its source file. The Report holds offsets
into sentences, not files, so the sentence is looked up in the file at
`Article.path`: verbatim, then as JSON- or HTML-escaped (for `.json`/`.jsonl`/
`.html` inputs), then with any run of whitespace matching any other (wrapped
lines). A sentence that cannot be found points at line 1.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from factdiff.records import Evidence, Finding, Report
from factdiff.report._common import (
    clamp_span,
    kinds_present,
    sorted_findings,
    sources_by_id,
    split_span,
)
from factdiff.report.baseline import confirmed_of, dismissed_of

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
RULE_TEXT = {
    "date": "Sources disagree on the date or weekday of an event.",
    "number": "Sources disagree on a number (a count, an amount, a toll).",
    "role": "Sources disagree on a person's role or title.",
    "attendees": "Sources disagree on who took part.",
    "location": "Sources disagree on where something happened.",
    "other": "Sources contradict each other (natural-language inference).",
}

# Ways a sentence may be written in its file; each maps text to file text char by char,
# so the offset of a span in the file is the length of the encoded prefix.
_ENCODINGS: tuple[Callable[[str], str], ...] = (
    lambda s: s,
    lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
    lambda s: json.dumps(s, ensure_ascii=True)[1:-1],
    lambda s: html.escape(s, quote=False),
    lambda s: html.escape(s, quote=True),
)


def rule_id(kind: str) -> str:
    return f"factdiff/{kind}"


def read_source(path: str | Path) -> str | None:
    """The file's text with newlines normalised to "\\n", or None if unreadable."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_in_file(file_text: str, sentence: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """File offsets (start, end) of `span` of `sentence`, or None if the sentence is absent."""
    start, end = span
    if not sentence.strip():
        return None
    for encode in _ENCODINGS:
        pos = file_text.find(encode(sentence))
        if pos >= 0:
            return pos + len(encode(sentence[:start])), pos + len(encode(sentence[:end]))
    tokens = list(re.finditer(r"\S+", sentence))
    pattern = r"\s+".join(f"({re.escape(t.group())})" for t in tokens)
    m = re.search(pattern, file_text)
    if m is None:
        return None

    def to_file(k: int, *, is_end: bool) -> int:
        for i, t in enumerate(tokens, 1):
            if t.start() <= k < t.end() or (is_end and k == t.end()):
                return m.start(i) + (k - t.start())
            if k < t.start():  # in the whitespace before token i
                return m.end(i - 1) if is_end and i > 1 else m.start(i)
        return m.end()

    return to_file(start, is_end=False), max(
        to_file(start, is_end=False), to_file(end, is_end=True)
    )


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of `offset` in `text`, columns in code points."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _region(file_text: str | None, ev: Evidence) -> tuple[dict, dict | None]:
    """(region of the span, region of the whole sentence) in the file."""
    _, span_text, _ = split_span(ev)
    if file_text is not None:
        found = find_in_file(file_text, ev.text, clamp_span(ev))
        whole = find_in_file(file_text, ev.text, (0, len(ev.text)))
        if found is not None and whole is not None:
            sl, sc = line_col(file_text, found[0])
            el, ec = line_col(file_text, found[1])
            region = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
            if span_text:
                region["snippet"] = {"text": span_text}
            csl, csc = line_col(file_text, whole[0])
            cel, cec = line_col(file_text, whole[1])
            context = {
                "startLine": csl,
                "startColumn": csc,
                "endLine": cel,
                "endColumn": cec,
                "snippet": {"text": ev.text},
            }
            return region, context
    return {"startLine": 1}, None


def uri_of(path: str) -> str:
    """A URI reference for a source path: relative stays relative, absolute becomes file://."""
    p = path.replace("\\", "/")
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(p, safe="/:@!$&'()*+,;=-._~")


def fingerprint(f: Finding) -> str:
    """A stable identity of a finding across runs (kind and evidence, not ids or scores)."""
    key = json.dumps(
        [f.kind, sorted((e.source, e.text, list(e.span)) for e in f.evidence)],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def to_sarif(report: Report, *, root: str | Path | None = None) -> dict:
    """The SARIF log as a dict; source paths are read relative to `root` (default: cwd)."""
    sources = sources_by_id(report)
    artifacts = [{"location": {"uri": uri_of(a.path)}} for a in report.sources]
    artifact_index = {a.id: i for i, a in enumerate(report.sources)}
    texts: dict[str, str | None] = {}

    def file_text(path: str) -> str | None:
        if path not in texts:
            texts[path] = read_source(Path(root, path) if root is not None else Path(path))
        return texts[path]

    dismissed = dismissed_of(report)
    confirmed = confirmed_of(report)
    kinds = kinds_present(report)
    kinds += [k for k in dict.fromkeys(d.finding.kind for d in dismissed) if k not in kinds]
    rules = [
        {
            "id": rule_id(k),
            "name": f"{k}-conflict",
            "shortDescription": {"text": RULE_TEXT.get(k, f"Sources disagree ({k}).")},
            "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["factdiff", k]},
        }
        for k in kinds
    ]
    results = []
    decided = [(f, None) for f in sorted_findings(report)] + [
        (d.finding, d.decision) for d in dismissed
    ]
    for f, decision in decided:
        locations = []
        for i, ev in enumerate(f.evidence):
            art = sources.get(ev.source)
            if art is not None:
                region, context = _region(file_text(art.path), ev)
                artifact = {"uri": uri_of(art.path), "index": artifact_index[ev.source]}
            else:
                region, context = {"startLine": 1}, None
                artifact = {"uri": uri_of(ev.source)}
            physical: dict = {"artifactLocation": artifact, "region": region}
            if context is not None:
                physical["contextRegion"] = context
            label = f"{ev.source}: {ev.value}" if ev.value else ev.source
            locations.append({"id": i, "physicalLocation": physical, "message": {"text": label}})
        properties: dict = {
            "findingId": f.id,
            "severity": f.severity,
            "confidence": round(f.confidence, 4),
            "values": {ev.source: ev.value for ev in f.evidence},
            "scope": f.scope,
        }
        if f.scope == "within":
            # one source on every side: its values in evidence order
            properties["values"] = [ev.value for ev in f.evidence]
        if f.event is not None:
            properties["event"] = f.event
        if f.rule:
            properties["rule"] = f.rule
        if f.nli is not None:
            properties["nli"] = f.nli.as_dict()
        if f.id in confirmed:
            properties["review"] = {"verdict": "confirmed", "note": confirmed[f.id]}
        result = {
            "ruleId": rule_id(f.kind),
            "ruleIndex": kinds.index(f.kind),
            "level": LEVEL.get(f.severity, "note"),
            "message": {"text": f.summary},
            "locations": locations,
            "partialFingerprints": {"factdiffFinding/v1": fingerprint(f)},
            "rank": round(100 * f.confidence, 1),
            "properties": properties,
        }
        if decision is not None:
            # Dismissed by a review or a baseline: kept in the log, suppressed outside
            # the tool (SARIF 2.1.0 §3.35), with the editor's reason.
            result["suppressions"] = [
                {
                    "kind": "external",
                    "status": "accepted",
                    "justification": decision.reason(),
                    "properties": {"verdict": decision.verdict, "note": decision.note},
                }
            ]
        results.append(result)
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"{s.path}: {s.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri_of(s.path)}}}],
        }
        for s in report.skipped
    ]
    return {
        "version": "2.1.0",
        "$schema": SCHEMA,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factdiff",
                        "version": report.version,
                        "semanticVersion": report.version,
                        "rules": rules,
                        "properties": {"model": report.model},
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
            }
        ],
    }


def render_sarif(report: Report, *, root: str | Path | None = None) -> str:
    """The SARIF 2.1.0 log as JSON text."""
    return json.dumps(to_sarif(report, root=root), ensure_ascii=False, indent=2) + "\n"


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """Registry entry point; SARIF takes no options (levels carry the severity)."""
    return render_sarif(report)
