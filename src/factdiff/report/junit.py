"""JUnit XML: one test case per unordered pair of articles, for CI dashboards.

A pair fails when it has a finding at or above `fail_on`; the failure message
lists the finding summaries and its body the evidence. Findings below the
threshold go to the test case's `<system-out>`. Findings inside one article
(internal contradictions) get a test case of their own, class
`factdiff.articles`, as does a lone article; unreadable inputs are test cases
with an `<error>`, class `factdiff.inputs`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import combinations

from factdiff.records import SEVERITY_RANK, Finding, Report
from factdiff.report._common import evidence_sources, fails, one_line, sorted_findings

# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: object) -> str:
    return _NOT_XML.sub("\ufffd", "" if text is None else str(text))


def describe(f: Finding) -> str:
    """A finding as plain text: headline, then each evidence sentence with its value."""
    lines = [f"[{f.severity}] {f.kind} ({f.confidence:.2f}) {one_line(f.summary)}"]
    for ev in f.evidence:
        lines.append(f"  {ev.source}: {one_line(ev.text)}")
        if ev.value:
            lines.append(f"    value: {one_line(ev.value)}")
    return "\n".join(lines)


def _case(suite: ET.Element, classname: str, name: str, found: list[Finding], fail_on: str) -> bool:
    case = ET.SubElement(suite, "testcase", {"classname": classname, "name": clean(name)})
    failing = [f for f in found if fails(f, fail_on)]
    if failing:
        worst = min(failing, key=lambda f: SEVERITY_RANK.get(f.severity, 99))
        failure = ET.SubElement(
            case,
            "failure",
            {
                "message": clean("; ".join(one_line(f.summary) for f in failing)),
                "type": worst.severity,
            },
        )
        failure.text = clean("\n\n".join(describe(f) for f in failing))
    rest = [f for f in found if not fails(f, fail_on)]
    if rest:
        ET.SubElement(case, "system-out").text = clean("\n\n".join(describe(f) for f in rest))
    return bool(failing)


def to_junit(report: Report, *, fail_on: str = "error") -> ET.Element:
    """The JUnit document as an ElementTree element (`<testsuites>` around one suite)."""
    ids = [a.id for a in report.sources]
    for f in report.findings:  # evidence from a source the report does not list
        ids += [s for s in evidence_sources(f) if s not in ids]
    order = {s: i for i, s in enumerate(ids)}

    by_pair: dict[tuple[str, str], list[Finding]] = {}
    by_article: dict[str, list[Finding]] = {}
    for f in sorted_findings(report):
        srcs = sorted(evidence_sources(f), key=order.__getitem__)
        if len(srcs) == 1:
            by_article.setdefault(srcs[0], []).append(f)
        for a, b in combinations(srcs, 2):
            by_pair.setdefault((a, b), []).append(f)

    suite = ET.Element("testsuite", {"name": "factdiff"})
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", {"name": "version", "value": clean(report.version)})
    ET.SubElement(props, "property", {"name": "model", "value": clean(report.model)})
    ET.SubElement(props, "property", {"name": "fail_on", "value": fail_on})

    tests = failures = errors = 0
    for a, b in combinations(ids, 2):
        tests += 1
        failures += _case(suite, "factdiff.pairs", f"{a} vs {b}", by_pair.get((a, b), []), fail_on)
    for a in ids:
        if a in by_article or len(ids) == 1:
            tests += 1
            failures += _case(suite, "factdiff.articles", a, by_article.get(a, []), fail_on)
    for s in report.skipped:
        tests += 1
        errors += 1
        case = ET.SubElement(
            suite, "testcase", {"classname": "factdiff.inputs", "name": clean(s.path)}
        )
        ET.SubElement(case, "error", {"message": clean(s.reason), "type": "unreadable"})

    counts = {"tests": str(tests), "failures": str(failures), "errors": str(errors), "skipped": "0"}
    suite.attrib.update(counts)
    root = ET.Element("testsuites", {"name": "factdiff", **counts})
    root.append(suite)
    return root


def render_junit(report: Report, *, fail_on: str = "error") -> str:
    """The JUnit XML document as text."""
    root = to_junit(report, fail_on=fail_on)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """Registry entry point."""
    return render_junit(report, fail_on=fail_on)
