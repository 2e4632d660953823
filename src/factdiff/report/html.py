"""HTML: one self-contained page (inline CSS, no scripts, no external assets).

The same content as the Markdown report, the conflicting spans in `<mark>`.
Every piece of text from the Report goes through `html.escape`; a
Content-Security-Policy forbids scripts and remote loads as a second guard.
"""

from __future__ import annotations

import html

from factdiff.records import Evidence, Finding, Report
from factdiff.report._common import (
    SEVERITIES,
    counts,
    evidence_sources,
    group_by_event,
    nli_line,
    plural,
    published,
    severity_totals,
    sorted_findings,
    sources_by_id,
    split_span,
)

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.2rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right}
.finding{border:1px solid #ccc;border-left:.4rem solid #888;border-radius:4px;
padding:.5rem 1rem;margin:1rem 0}
.finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#ef8f00}
.finding.info{border-left-color:#0277bd}
.sev{font-weight:bold;text-transform:uppercase}
.evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #ddd;background:#fafafa}
mark{background:#ffe082;font-weight:bold;text-decoration:underline}
.meta,.nli{color:#555;font-size:.9em}
""".strip()


def e(text: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape("" if text is None else str(text), quote=True)


def mark_evidence(ev: Evidence) -> str:
    """The evidence sentence, escaped, its conflicting span in `<mark>`."""
    before, span, after = split_span(ev)
    if not span:
        return e(ev.text)
    return f"{e(before)}<mark>{e(span)}</mark>{e(after)}"


def _table(header: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>\n"
        for row in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"


def _summary(report: Report) -> list[str]:
    totals = severity_totals(report)
    st = report.stats
    out = [
        "<h1>factdiff report</h1>",
        f"<p><strong>{plural(len(report.findings), 'finding')}</strong> ("
        + ", ".join(f"{totals[s]} {s}" for s in SEVERITIES)
        + f") across {plural(len(report.sources), 'source')}. "
        f"factdiff {e(report.version)}, model {e(report.model or 'none')}.</p>",
        f"<p>{plural(st.articles, 'article')}, {plural(st.sentences, 'sentence')}, "
        f"{plural(st.claims, 'claim')}, {plural(st.pairs_considered, 'pair')} considered, "
        f"{st.pairs_scored_nli} scored by NLI.</p>",
        "<h2>Summary</h2>",
        "<h3>Sources</h3>",
    ]
    if report.sources:
        out.append(
            _table(
                ["id", "title", "outlet", "published", "lang"],
                [
                    [e(a.id), e(a.title), e(a.outlet), e(published(a)), e(a.lang)]
                    for a in report.sources
                ],
            )
        )
    else:
        out.append("<p>No sources.</p>")
    out.append("<h3>Findings by kind</h3>")
    table = counts(report)
    if table:
        rows = [
            [e(kind)] + [str(row[s]) for s in SEVERITIES] + [str(sum(row.values()))]
            for kind, row in table.items()
        ]
        rows.append(
            ["<strong>total</strong>"]
            + [f"<strong>{totals[s]}</strong>" for s in SEVERITIES]
            + [f"<strong>{len(report.findings)}</strong>"]
        )
        out.append(_table(["kind", *SEVERITIES, "total"], rows, numeric={1, 2, 3, 4}))
    else:
        out.append("<p>No findings.</p>")
    if report.skipped:
        out.append("<h3>Skipped inputs</h3>\n<ul>")
        out += [f"<li><code>{e(s.path)}</code>: {e(s.reason)}</li>" for s in report.skipped]
        out.append("</ul>")
    return out


def _finding(report: Report, f: Finding) -> list[str]:
    sources = sources_by_id(report)
    sev = e(f.severity)
    out = [
        f'<section class="finding {sev}" id="{e(f.id)}">',
        f'<h4><span class="sev">{sev}</span> · {e(f.kind)} · confidence {f.confidence:.2f}'
        f" ({e(f.id)})</h4>",
        f"<p>{e(f.summary)}</p>",
        '<div class="evidence">',
    ]
    for ev in f.evidence:
        art = sources.get(ev.source)
        meta = [f"<strong>{e(ev.source)}</strong>"]
        if art is not None and art.outlet:
            meta.append(e(art.outlet))
        if published(art):
            meta.append(e(published(art)))
        out += [
            "<div>",
            f'<div class="meta">{" · ".join(meta)}</div>',
            f"<blockquote>{mark_evidence(ev)}</blockquote>",
            f"<div>Value: {e(ev.value) or '—'}</div>",
            "</div>",
        ]
    out.append("</div>")
    out.append(f'<p class="meta">Sources: {e(", ".join(evidence_sources(f)))}</p>')
    if f.nli is not None:
        out.append(f'<p class="nli">NLI: {e(nli_line(f))}</p>')
    out.append("</section>")
    return out


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factdiff report</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
    ]
    out += _summary(report)
    ordered = sorted_findings(report)
    major = [f for f in ordered if f.severity != "info"]
    minor = [f for f in ordered if f.severity == "info"]
    if major:
        out.append("<h2>Errors and warnings</h2>")
        for group in group_by_event(report, major):
            out.append(f"<h3>{e(group.label)}</h3>")
            for f in group.findings:
                out += _finding(report, f)
    if minor:
        labels = {ev.id: ev.label for ev in report.events}
        out.append("<h2>Info</h2>\n<ul>")
        for f in minor:
            label = labels.get(f.event or "")
            about = f"{e(label)}: " if label else ""
            out.append(
                f'<li id="{e(f.id)}"><strong>{e(f.kind)}</strong> · confidence '
                f"{f.confidence:.2f} · {about}{e(f.summary)} "
                f"({e(', '.join(evidence_sources(f)))})</li>"
            )
        out.append("</ul>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """Registry entry point; HTML takes no options."""
    return render_html(report)
