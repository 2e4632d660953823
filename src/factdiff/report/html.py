"""HTML: one self-contained page for editors.

Summary tables, filters by kind, severity and source, the findings by event
with their evidence side by side, the fact matrix, and each source's full text
with every claim's span highlighted and linked to its findings.

Safety: every piece of text from the Report goes through `html.escape`, so
article text can only ever be text. The page's one inline script and one
inline style are constants; the Content-Security-Policy allows exactly them by
their SHA-256 hashes (deterministic, unlike a nonce) and nothing else: no
other script, no remote load, no form, no base URL. Links are in-page
fragments only (`#finding-f1`). Without scripts the page reads the same,
the filters are just hidden.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable
from dataclasses import dataclass

from factdiff.records import Article, Claim, Evidence, Finding, Report
from factdiff.report._common import (
    SEVERITIES,
    evidence_sources,
    group_by_event,
    kind_table_rows,
    kinds_present,
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
from factdiff.report.matrix import Matrix, build_matrices, resolved_value
from factdiff.report.timeline import LEGEND as TIMELINE_LEGEND
from factdiff.report.timeline import build_timelines, svg
from factdiff.report.worddiff import (
    LEGEND,
    aligned_claims,
    diff_finding,
    heading,
    marked,
    scope_label,
)

# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies);
# severity is always spelled out as well.
_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:76rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #bbb;padding:.2rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right}
.finding{border:1px solid #bbb;border-left:.5rem solid #888;border-radius:4px;
padding:.5rem 1rem;margin:1rem 0}
.finding.error{border-left-color:#d55e00}.finding.warning{border-left-color:#e69f00}
.finding.info{border-left-color:#0072b2;border-left-style:dashed}
.sev{font-weight:bold;text-transform:uppercase}
.error .sev{color:#a03f00}.warning .sev{color:#805500}.info .sev{color:#005a8c}
.evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #ccc;background:#f7f7f7}
mark{background:#ffe28a;color:#000;font-weight:bold;text-decoration:underline}
.meta,.nli{color:#555;font-size:.9em}
.value{font-weight:bold}
#filters{display:none;border:1px solid #bbb;border-radius:4px;padding:.4rem 1rem;margin:1rem 0}
.js #filters{display:block}
#filters fieldset{display:inline-block;border:0;margin:0 1.5rem 0 0;padding:0;vertical-align:top}
#filters legend{font-weight:bold;padding:0}
#filters label{display:inline-block;margin-right:.8rem;white-space:nowrap}
table.matrix td.conflict{background:#fbe3cf;font-weight:bold}
table.matrix th.fact{white-space:nowrap}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:.5rem 1rem;background:#fcfcfc;
max-height:40rem;overflow:auto}
.article mark{background:#e6eef5;font-weight:normal;text-decoration:none;
border-bottom:2px solid #0072b2}
.article mark.conflict{background:#ffe28a;font-weight:bold;border-bottom:2px solid #d55e00}
.wd{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #ccc}
.wd del{background:#fde2e2;color:#7a1b1b}
.wd ins{background:#dcf2dc;color:#1b5e20;text-decoration:none}
.wd .conflict{font-weight:bold;outline:2px solid #d55e00;outline-offset:1px}
.wd .m{color:#888;font-weight:normal}
svg.timeline{max-width:100%;height:auto;font:11px system-ui,sans-serif}
svg.timeline .axis{stroke:#888}svg.timeline .seq{stroke:#ccc;stroke-width:1}
svg.timeline .link{fill:none;stroke-width:2.5}
svg.timeline .update{stroke:#0072b2}svg.timeline .conflict{stroke:#d55e00;stroke-dasharray:6 4}
svg.timeline circle.update{fill:#0072b2;stroke:none}
svg.timeline circle.conflict{fill:#d55e00;stroke:none}svg.timeline circle.plain{fill:#555}
svg.timeline .ne{fill:#a03f00;font-weight:bold;font-size:14px}
svg.timeline .val{font-weight:bold}svg.timeline .src,svg.timeline .tick{fill:#555}
a.ref{font-size:.75em;vertical-align:super;margin-left:.1em}
[hidden]{display:none!important}
""".strip()

_JS = """
(function () {
  document.documentElement.classList.add("js");
  var boxes = document.querySelectorAll("#filters input[type=checkbox]");
  function chosen(dim) {
    var out = {};
    boxes.forEach(function (b) { if (b.dataset.filter === dim && b.checked) out[b.value] = 1; });
    return out;
  }
  function apply() {
    var kinds = chosen("kind"), sevs = chosen("severity"), srcs = chosen("source"), shown = 0;
    document.querySelectorAll("section.finding").forEach(function (f) {
      var ok = kinds[f.dataset.kind] && sevs[f.dataset.severity] &&
        f.dataset.sources.split(" ").some(function (s) { return srcs[s]; });
      f.hidden = !ok;
      if (ok) shown += 1;
    });
    document.querySelectorAll("section.group").forEach(function (g) {
      g.hidden = !g.querySelector("section.finding:not([hidden])");
    });
    document.getElementById("shown").textContent = String(shown);
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  apply();
})();
""".strip()


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly the inline block `text`."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


CSP = (
    "default-src 'none'; "
    f"script-src {csp_hash(_JS)}; "
    f"style-src {csp_hash(_CSS)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def e(text: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape("" if text is None else str(text), quote=True)


def mark_evidence(ev: Evidence) -> str:
    """The evidence sentence, escaped, its conflicting span in `<mark>`."""
    before, span, after = split_span(ev)
    if not span:
        return e(ev.text)
    return f"{e(before)}<mark>{e(span)}</mark>{e(after)}"


def _table(
    header: list[str], rows: list[list[str]], numeric: set[int] | None = None, cls: str = ""
) -> str:
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
    klass = f' class="{cls}"' if cls else ""
    return f"<table{klass}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"


def _source_tokens(report: Report) -> dict[str, str]:
    """Source id -> a filter token ("s0", "s1", ...) safe in a space-separated attribute."""
    ids = [a.id for a in report.sources]
    for f in report.findings:
        ids += [s for s in evidence_sources(f) if s not in ids]
    return {sid: f"s{i}" for i, sid in enumerate(ids)}


def _finding_links(ids: Iterable[str]) -> str:
    return "".join(f'<a class="ref" href="#finding-{e(f)}">{e(f)}</a>' for f in ids)


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
    ]
    n_base = baselined(report)
    if n_base is not None:
        out.append(
            f'<p class="baseline">Baseline: {plural(n_base, "known finding")} not shown; '
            f"{plural(len(report.findings), 'new finding')}.</p>"
        )
        gone = dismissed_of(report)
        if gone:
            out.append('<ul class="dismissed">')
            out += [
                f'<li data-finding="{e(d.finding.id)}" data-verdict="{e(d.decision.verdict)}">'
                f"dismissed {e(d.finding.id)} ({e(d.finding.kind)}, {e(d.finding.severity)}): "
                f"<em>{e(d.decision.reason())}</em> · {e(one_line(d.finding.summary))}</li>"
                for d in gone
            ]
            out.append("</ul>")
    out += ["<h2>Summary</h2>", "<h3>Sources</h3>"]
    if report.sources:
        out.append(
            _table(
                ["id", "title", "outlet", "published", "lang"],
                [
                    [
                        f'<a href="#source-{i}">{e(a.id)}</a>',
                        e(a.title),
                        e(a.outlet),
                        e(published(a)),
                        e(a.lang),
                    ]
                    for i, a in enumerate(report.sources)
                ],
            )
        )
    else:
        out.append("<p>No sources.</p>")
    out.append("<h3>Findings by kind</h3>")
    rows = kind_table_rows(report, e, lambda text: f"<strong>{text}</strong>")
    if rows:
        out.append(_table(["kind", *SEVERITIES, "total"], rows, numeric={1, 2, 3, 4}))
    else:
        out.append("<p>No findings.</p>")
    if report.skipped:
        out.append("<h3>Skipped inputs</h3>\n<ul>")
        out += [f"<li><code>{e(s.path)}</code>: {e(s.reason)}</li>" for s in report.skipped]
        out.append("</ul>")
    return out


def _filters(report: Report, tokens: dict[str, str]) -> list[str]:
    if not report.findings:
        return []
    kinds = [k for k in kinds_present(report) if any(f.kind == k for f in report.findings)]
    sevs = [s for s in SEVERITIES if any(f.severity == s for f in report.findings)]
    used = {s for f in report.findings for s in evidence_sources(f)}

    def box(dim: str, value: str, label: str) -> str:
        return (
            f'<label><input type="checkbox" data-filter="{dim}" value="{e(value)}" checked> '
            f"{label}</label>"
        )

    return [
        '<form id="filters" aria-label="filters">',
        "<fieldset><legend>Severity</legend>"
        + "".join(box("severity", s, e(s)) for s in sevs)
        + "</fieldset>",
        "<fieldset><legend>Kind</legend>"
        + "".join(box("kind", k, e(k)) for k in kinds)
        + "</fieldset>",
        "<fieldset><legend>Source</legend>"
        + "".join(box("source", tok, e(sid)) for sid, tok in tokens.items() if sid in used)
        + "</fieldset>",
        f'<p class="meta"><span id="shown">{len(report.findings)}</span> of '
        f"{plural(len(report.findings), 'finding')} shown</p>",
        "</form>",
    ]


def _finding(
    report: Report, f: Finding, tokens: dict[str, str], anchors: dict[tuple[str, str], str]
) -> list[str]:
    sources = sources_by_id(report)
    sev = e(f.severity)
    toks = " ".join(tokens[s] for s in evidence_sources(f))
    out = [
        f'<section class="finding {sev}" id="finding-{e(f.id)}" data-kind="{e(f.kind)}" '
        f'data-severity="{sev}" data-sources="{toks}">',
        f'<h4><span class="sev">{sev}</span> · {e(f.kind)} · confidence {f.confidence:.2f}'
        f" ({e(f.id)})"
        + (f' · <span class="scope">{e(scope_label(f))}</span>' if scope_label(f) else "")
        + _confirmed(report, f)
        + "</h4>",
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
        anchor = anchors.get((ev.source, ev.claim or ""))
        if anchor:
            meta.append(f'<a href="#{anchor}">in the article</a>')
        _, span, _ = split_span(ev)
        value = e(one_line(span)) or "—"
        if ev.value and one_line(ev.value) != one_line(span):
            value += f" → {e(one_line(ev.value))}"
        out += [
            "<div>",
            f'<div class="meta">{" · ".join(meta)}</div>',
            f"<blockquote>{mark_evidence(ev)}</blockquote>",
            f'<div class="value">{value}</div>',
            "</div>",
        ]
    out.append("</div>")
    out += _diff(report, f)
    foot = [f"confidence {f.confidence:.2f}"]
    if f.nli is not None:
        foot.append(f"NLI: {e(nli_line(f))}")
    out.append(f'<p class="nli">{" · ".join(foot)}</p>')
    out.append("</section>")
    return out


def _confirmed(report: Report, f: Finding) -> str:
    """ " · confirmed: <note>" for a finding a review confirmed."""
    confirmed = confirmed_of(report)
    if f.id not in confirmed:
        return ""
    note = f": {e(confirmed[f.id])}" if confirmed[f.id] else ""
    return f' · <span class="confirmed">confirmed{note}</span>'


_DIFF_TAG = {"equal": "span", "delete": "del", "insert": "ins"}


def _diff(report: Report, f: Finding) -> list[str]:
    """The word diff of the finding's evidence pair (`<del>`/`<ins>`, the conflicting
    values in class "conflict"), or the aligned claim spans of a bilingual pair."""
    pair = diff_finding(report, f)
    if pair is None:
        return []
    out = [f'<p class="meta diffhead">{e(heading(pair))}</p>']
    if pair.bilingual:
        left, right = aligned_claims(pair)
        out.append(
            f'<p class="aligned"><strong>{e(left)}</strong> ⇄ <strong>{e(right)}</strong></p>'
        )
        return out
    html_parts = []
    for (lead, open_, core, close, trail), part in zip(marked(pair.parts), pair.parts, strict=True):
        tag = _DIFF_TAG[part.op]
        klass = ' class="conflict"' if part.conflict else ""
        if not core:
            html_parts.append(e(lead + trail))
        elif part.op == "equal" and not part.conflict:
            html_parts.append(e(lead + core + trail))
        else:
            html_parts.append(
                f'{e(lead)}<{tag}{klass}><span class="m">{e(open_)}</span>{e(core)}'
                f'<span class="m">{e(close)}</span></{tag}>{e(trail)}'
            )
    out.append(f'<p class="wd">{"".join(html_parts)}</p>')
    return out


def _matrix(m: Matrix, report: Report) -> list[str]:
    sources = sources_by_id(report)
    header = ['<th class="fact">fact</th>'] + [
        f"<th>{e(s)}"
        + (
            f'<br><span class="meta">{e(published(sources.get(s)))}</span>'
            if published(sources.get(s))
            else ""
        )
        + "</th>"
        for s in m.sources
    ]
    rows = []
    for row in m.rows:
        label = e(row.label) + (_finding_links(row.findings) if row.conflict else "")
        cells = []
        for entries in row.cells:
            conflict = any(x.conflict for x in entries)
            parts = [
                ("≠ " if x.conflict else "") + e(x.text()) + _finding_links(x.findings)
                for x in entries
            ]
            klass = ' class="conflict"' if conflict else ""
            cells.append(f"<td{klass}>{'<br>'.join(parts)}</td>")
        rows.append(f'<tr><th class="fact">{label}</th>{"".join(cells)}</tr>')
    return [
        f"<h3>{e(m.label)}</h3>",
        '<table class="matrix">',
        f"<thead><tr>{''.join(header)}</tr></thead>",
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
    ]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    anchor: str
    title: str
    findings: tuple[str, ...]


def _locate(
    article: Article, sentence_text: str, sentence_start: int | None, span: tuple[int, int]
) -> tuple[int, int] | None:
    """Article offsets of a span of a sentence, or None when the sentence is not found there."""
    text = article.text
    if (
        sentence_start is None
        or text[sentence_start : sentence_start + len(sentence_text)] != sentence_text
    ):
        sentence_start = text.find(sentence_text)
        if sentence_start < 0 or not sentence_text:
            return None
    start = sentence_start + max(0, min(span[0], len(sentence_text)))
    end = sentence_start + max(0, min(span[1], len(sentence_text)))
    return (start, end) if end > start else None


def _article_spans(
    report: Report, article: Article, findings_of: dict[tuple[str, str], tuple[str, ...]]
) -> list[_Span]:
    """Non-overlapping spans of the claims of `article` (claims in findings win overlaps)."""
    candidates: list[tuple[int, int, int, _Span]] = []

    def add(c: Claim | None, ev: Evidence | None, anchor: str, key: tuple[str, str]) -> None:
        if c is not None:
            where = _locate(article, c.sentence.text, c.sentence.start, c.span)
            kind, value = (
                c.kind,
                resolved_value(c.kind, c.value if isinstance(c.value, dict) else {}),
            )
        else:
            assert ev is not None
            where = _locate(article, ev.text, None, ev.span)
            kind, value = "evidence", ev.value
        if where is None:
            return
        found = findings_of.get(key, ())
        title = f"{kind}: {one_line(value)}" if value else kind
        candidates.append(
            (
                0 if found else 1,
                where[0],
                -(where[1] - where[0]),
                _Span(*where, anchor, title, found),
            )
        )

    for c in report.claims:
        if c.source == article.id:
            add(c, None, f"claim-{c.id}", (c.source, c.id))
    known = {c.id for c in report.claims}
    for f in sorted_findings(report):
        for i, ev in enumerate(f.evidence):
            if ev.source == article.id and (ev.claim is None or ev.claim not in known):
                add(None, ev, f"ev-{f.id}-{i}", (ev.source, ev.claim or f"ev-{f.id}-{i}"))
    kept: list[_Span] = []
    for _, _, _, sp in sorted(candidates, key=lambda t: t[:3] + (t[3].anchor,)):
        if all(sp.end <= k.start or sp.start >= k.end for k in kept):
            kept.append(sp)
    return sorted(kept, key=lambda s: s.start)


def _article(article: Article, spans: list[_Span]) -> str:
    out, pos = [], 0
    for sp in spans:
        out.append(e(article.text[pos : sp.start]))
        klass = "claim conflict" if sp.findings else "claim"
        out.append(
            f'<mark class="{klass}" id="{e(sp.anchor)}" title="{e(sp.title)}">'
            f"{e(article.text[sp.start : sp.end])}</mark>{_finding_links(sp.findings)}"
        )
        pos = sp.end
    out.append(e(article.text[pos:]))
    return "".join(out)


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    tokens = _source_tokens(report)
    ordered = sorted_findings(report)
    findings_of: dict[tuple[str, str], tuple[str, ...]] = {}
    for f in ordered:
        for i, ev in enumerate(f.evidence):
            key = (ev.source, ev.claim or f"ev-{f.id}-{i}")
            if f.id not in findings_of.get(key, ()):
                findings_of[key] = findings_of.get(key, ()) + (f.id,)
    spans = {a.id: _article_spans(report, a, findings_of) for a in report.sources}
    anchors: dict[tuple[str, str], str] = {}
    for sid, sps in spans.items():
        for sp in sps:
            if sp.anchor.startswith("claim-"):
                anchors[(sid, sp.anchor[len("claim-") :])] = sp.anchor

    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        "<title>factdiff report</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
    ]
    out += _summary(report)
    if ordered:
        out.append("<h2>Findings</h2>")
        out += _filters(report, tokens)
        out.append(f'<p class="meta">Word diff: {e(LEGEND)}</p>')
        for group in group_by_event(report, ordered):
            out.append('<section class="group">')
            out.append(f"<h3>{e(group.label)}</h3>")
            for f in group.findings:
                out += _finding(report, f, tokens, anchors)
            out.append("</section>")
    timelines = build_timelines(report)
    if timelines:
        out += ["<h2>Figures over time</h2>", f'<p class="meta">{e(TIMELINE_LEGEND)}</p>']
        for t in timelines:
            ups, conflicts = t.counts()
            event = f' <span class="meta">{e(t.event)}</span>' if t.event else ""
            out += [
                f'<section class="figure" data-key="{e(t.key)}">',
                f"<h3>{e(t.label)}{event}</h3>",
                svg(t),
                f'<p class="meta">{plural(ups, "update")}, {plural(conflicts, "conflict")}</p>',
                "</section>",
            ]
    matrices = build_matrices(report)
    if matrices:
        out += [
            "<h2>Fact matrix</h2>",
            '<p class="meta">One row per fact, one column per source; ≠ marks a value in a '
            "finding, a blank cell a source that says nothing about it.</p>",
        ]
        for m in matrices:
            out += _matrix(m, report)
    if report.sources:
        out.append("<h2>Sources</h2>")
        for i, a in enumerate(report.sources):
            head = [f"<strong>{e(a.id)}</strong>"]
            head += [e(x) for x in (a.title, a.outlet, published(a)) if x]
            out += [
                f'<section class="source" id="source-{i}">',
                f"<h3>{' · '.join(head)}</h3>",
                f'<div class="article">{_article(a, spans[a.id])}</div>',
                "</section>",
            ]
    out += [f"<script>{_JS}</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """Registry entry point; HTML takes no options."""
    return render_html(report)
