"""Markdown: an editor's report to paste into a ticket.

All text that comes from articles (sentences, titles, outlets, labels,
summaries, values, ids) goes through `md_escape`, so no link, image, raw HTML,
emphasis, heading, list or table cell can come from an article.
"""

from __future__ import annotations

import re

from factdiff.records import Evidence, Finding, Report
from factdiff.report._common import (
    SEVERITIES,
    evidence_sources,
    group_by_event,
    kind_table_rows,
    nli_line,
    one_line,
    plural,
    published,
    severity_totals,
    sorted_findings,
    sources_by_id,
    split_span,
)
from factdiff.report.baseline import baselined, confirmed_of, dismissed_of
from factdiff.report.matrix import Matrix, build_matrices
from factdiff.report.timeline import LEGEND as TIMELINE_LEGEND
from factdiff.report.timeline import build_timelines, compact_line
from factdiff.report.worddiff import (
    LEGEND,
    aligned_claims,
    diff_finding,
    heading,
    marked,
    scope_label,
)

# CommonMark/GFM punctuation that can start markup inline; all are valid backslash escapes.
_ACTIVE = re.compile(r"[\\`*_\[\](){}<>#!|~&@]")
# Line-start markers: list items, thematic breaks, setext underlines, ordered lists.
_LEADING = re.compile(r"^(?:[-+=]|\d+[.)])")
# GFM autolinks bare URLs and www. names: break them with an escape.
_SCHEME = re.compile(r"://")
_WWW = re.compile(r"(?i)\bwww\.")


def md_escape(text: str | None, *, block_start: bool = False) -> str:
    """Escape article text for inline use in Markdown (whitespace collapsed to one line).

    `block_start`: the text begins a block (a paragraph, list item or quote line),
    so a leading `-`, `+`, `=` or `12.` is escaped too.
    """
    if not text:
        return ""
    out = _ACTIVE.sub(lambda m: "\\" + m.group(0), one_line(text))
    out = _SCHEME.sub(r"\\://", out)
    out = _WWW.sub(lambda m: m.group(0)[:-1] + "\\.", out)
    if block_start:
        out = _LEADING.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], out)
    return out


def _cell(text: str | None) -> str:
    return md_escape(text) or "—"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def quote_evidence(ev: Evidence) -> str:
    """The evidence sentence, escaped, its conflicting span in bold."""
    before, span, after = split_span(ev)
    # Escape each piece on its own so the span boundaries never move.
    head = md_escape(before, block_start=True) + (" " if before[-1:].isspace() else "")
    tail = (" " if after[:1].isspace() else "") + md_escape(after)
    if not span:
        return md_escape(ev.text, block_start=True)
    return f"{head}**{md_escape(span, block_start=not before.strip())}**{tail}"


def _summary(report: Report) -> list[str]:
    totals = severity_totals(report)
    parts = ", ".join(
        plural(totals[s], s) if s != "info" else f"{totals[s]} info" for s in SEVERITIES
    )
    lines = [
        "# factdiff report",
        "",
        f"**{plural(len(report.findings), 'finding')}** ({parts}) across "
        f"{plural(len(report.sources), 'source')}. "
        f"factdiff {md_escape(report.version)}, model {md_escape(report.model) or 'none'}.",
        "",
        f"{plural(report.stats.articles, 'article')}, "
        f"{plural(report.stats.sentences, 'sentence')}, "
        f"{plural(report.stats.claims, 'claim')}, "
        f"{plural(report.stats.pairs_considered, 'pair')} considered, "
        f"{report.stats.pairs_scored_nli} scored by NLI.",
        "",
        *(
            [
                f"Baseline: {plural(baselined(report) or 0, 'known finding')} not shown; "
                f"{plural(len(report.findings), 'new finding')}.",
                "",
                *[
                    f"- dismissed {md_escape(d.finding.id)} ({md_escape(d.finding.kind)}, "
                    f"{d.finding.severity}): *{md_escape(d.decision.reason())}* · "
                    f"{md_escape(d.finding.summary)}"
                    for d in dismissed_of(report)
                ],
                "",
            ]
            if baselined(report) is not None
            else []
        ),
        "## Summary",
        "",
        "### Sources",
        "",
    ]
    if report.sources:
        lines += _table(
            ["id", "title", "outlet", "published", "lang"],
            [
                [_cell(a.id), _cell(a.title), _cell(a.outlet), _cell(published(a)), _cell(a.lang)]
                for a in report.sources
            ],
        )
    else:
        lines.append("No sources.")
    lines += ["", "### Findings by kind", ""]
    rows = kind_table_rows(report, md_escape, lambda text: f"**{text}**")
    if rows:
        lines += _table(["kind", *SEVERITIES, "total"], rows)
    else:
        lines.append("No findings.")
    if report.skipped:
        lines += ["", "### Skipped inputs", ""]
        lines += [
            f"- {md_escape(s.path, block_start=True)}: {md_escape(s.reason)}"
            for s in report.skipped
        ]
    return lines


def _matrix(m: Matrix, report: Report) -> list[str]:
    """A fact matrix as a GFM table; conflicting values in bold after "≠"."""
    sources = sources_by_id(report)
    header = ["fact"] + [
        md_escape(s) + (f" ({published(sources.get(s))})" if published(sources.get(s)) else "")
        for s in m.sources
    ]
    rows = []
    for row in m.rows:
        label = md_escape(row.label)
        if row.conflict:
            label = f"**{label}** ({', '.join(md_escape(f) for f in row.findings)})"
        cells = [
            "; ".join(
                f"≠ **{md_escape(e.text())}**" if e.conflict else md_escape(e.text())
                for e in entries
            )
            or " "
            for entries in row.cells
        ]
        rows.append([label, *cells])
    return [f"### {md_escape(m.label)}", "", *_table(header, rows), ""]


def _finding(report: Report, f: Finding) -> list[str]:
    sources = sources_by_id(report)
    scope = f" · {md_escape(scope_label(f))}" if scope_label(f) else ""
    if f.id in confirmed_of(report):
        note = confirmed_of(report)[f.id]
        scope += " · confirmed" + (f": {md_escape(note)}" if note else "")
    lines = [
        f"#### {f.severity.upper()} · {md_escape(f.kind)} · confidence {f.confidence:.2f}"
        f" ({md_escape(f.id)}){scope}",
        "",
        md_escape(f.summary, block_start=True),
        "",
    ]
    for ev in f.evidence:
        art = sources.get(ev.source)
        meta = [f"**{md_escape(ev.source)}**"]
        if art is not None and art.outlet:
            meta.append(md_escape(art.outlet))
        if published(art):
            meta.append(published(art))
        lines += [
            " · ".join(meta),
            "",
            f"> {quote_evidence(ev)}",
            "",
            f"Value: {md_escape(ev.value) or '—'}",
            "",
        ]
    lines += _diff(report, f)
    lines.append(f"Sources: {', '.join(md_escape(s) for s in evidence_sources(f))}")
    if f.nli is not None:
        lines += ["", f"NLI: {nli_line(f)}"]
    lines.append("")
    return lines


def _diff(report: Report, f: Finding) -> list[str]:
    """The word diff of the evidence pair in git's notation (escaped, so it shows as
    written), the conflicting values in bold; a bilingual pair's aligned claim spans."""
    pair = diff_finding(report, f)
    if pair is None:
        return []
    lines = [md_escape(heading(pair), block_start=True), ""]
    if pair.bilingual:
        left, right = aligned_claims(pair)
        return lines + [f"> **{md_escape(left)}** ⇄ **{md_escape(right)}**", ""]
    out = []
    for (lead, open_, core, close, trail), part in zip(marked(pair.parts), pair.parts, strict=True):
        piece = md_escape(open_ + core + close) if core else ""
        if core and part.conflict:
            piece = f"**{piece}**"
        out.append((" " if lead else "") + piece + (" " if trail else ""))
    text = "".join(out).strip()
    return lines + [f"> {text}", ""]


def _info(f: Finding, label: str | None) -> str:
    about = f"{md_escape(label)}: " if label else ""
    srcs = ", ".join(md_escape(s) for s in evidence_sources(f))
    return (
        f"- **{md_escape(f.kind)}** · confidence {f.confidence:.2f} · "
        f"{about}{md_escape(f.summary)} ({srcs})"
    )


def render_markdown(report: Report) -> str:
    """The editor's Markdown report."""
    lines = _summary(report)
    matrices = build_matrices(report)
    if matrices:
        lines += [
            "",
            "## Fact matrix",
            "",
            "One row per fact, one column per source; ≠ marks a value in a finding, "
            "a blank cell a source that says nothing about it.",
            "",
        ]
        for m in matrices:
            lines += _matrix(m, report)
    timelines = build_timelines(report)
    if timelines:
        lines += ["", "## Figures over time", "", md_escape(TIMELINE_LEGEND, block_start=True), ""]
        for t in timelines:
            about = f" ({md_escape(t.event)})" if t.event else ""
            lines.append(f"- **{md_escape(t.label)}**{about}: {md_escape(compact_line(t))}")
    ordered = sorted_findings(report)
    major = [f for f in ordered if f.severity != "info"]
    minor = [f for f in ordered if f.severity == "info"]
    if major:
        lines += ["", "## Errors and warnings", "", f"Word diff: {md_escape(LEGEND)}", ""]
        for group in group_by_event(report, major):
            lines += [f"### {md_escape(group.label)}", ""]
            for f in group.findings:
                lines += _finding(report, f)
    if minor:
        labels = {f.id: g.label for g in group_by_event(report, minor) for f in g.findings}
        lines += ["", "## Info", ""]
        lines += [_info(f, labels.get(f.id)) for f in minor]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """Registry entry point; Markdown takes no options."""
    return render_markdown(report)
