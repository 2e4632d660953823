"""Terminal view: summary tables, the fact matrix, then the findings by event.

Each finding is a panel with its evidence side by side (stacked below 60
columns): source and date, the sentence with the conflicting span
highlighted, the words as written and what they resolve to, then the
confidence and NLI probabilities. The fact matrix marks conflicting values
with "≠" as well as a style, so nothing depends on colour; colours are used
only beside text labels (severity names) and the views never print timings.

Article text only ever reaches rich inside `rich.text.Text` objects, never in
markup strings, so `[bold]` or `:emoji:` in an article is printed as written.
The conflicting span is bold + reverse (+ underline), readable without colour;
each column also repeats the span and its value on a line of its own.
"""

from __future__ import annotations

import io
import os

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factdiff.records import Evidence, Finding, Report
from factdiff.report._common import (
    SEVERITIES,
    counts,
    group_by_event,
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

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}
SPAN_STYLE = "bold reverse underline"
CONFLICT_STYLE = "bold underline"
CONFLICT_MARK = "≠ "
# Word diff: wording removed / added, and the conflicting values (bold, reversed).
DIFF_STYLE = {
    ("equal", False): "",
    ("equal", True): "bold underline",
    ("delete", False): "red",
    ("delete", True): "bold red reverse",
    ("insert", False): "green",
    ("insert", True): "bold green reverse",
}
# Below this width the two evidence columns are stacked instead of side by side.
MIN_SIDE_BY_SIDE = 60


def _t(text: object, style: str = "") -> Text:
    """Plain text (never parsed as markup)."""
    return Text("" if text is None else str(text), style=style)


def _summary(report: Report) -> list[RenderableType]:
    totals = severity_totals(report)
    head = Text.assemble(
        ("factdiff ", "bold"),
        _t(report.version),
        " · model ",
        _t(report.model or "none"),
        " · ",
        (plural(len(report.sources), "source"), "bold"),
        " · ",
        (plural(len(report.findings), "finding"), "bold"),
        " (",
        *[
            part
            for i, s in enumerate(SEVERITIES)
            for part in ((", " if i else ""), (f"{totals[s]} {s}", SEVERITY_STYLE[s]))
        ],
        ")",
    )
    out: list[RenderableType] = [head]
    n_base = baselined(report)
    if n_base is not None:
        lines = [
            Text.assemble(
                ("baseline: ", "dim"),
                f"{plural(n_base, 'known finding')} not shown; "
                f"{plural(len(report.findings), 'new finding')}",
            )
        ]
        lines += [
            Text.assemble(
                ("  dismissed ", "dim"),
                _t(f"{d.finding.id} ({d.finding.kind}, {d.finding.severity}): "),
                _t(d.decision.reason(), "italic"),
                " · ",
                _t(one_line(d.finding.summary), "dim"),
            )
            for d in dismissed_of(report)
        ]
        out.append(Group(*lines))

    table = counts(report)
    kinds = Table(title=_t("Findings by kind and severity"), title_justify="left")
    kinds.add_column(_t("kind"))
    for s in SEVERITIES:
        kinds.add_column(_t(s, SEVERITY_STYLE[s]), justify="right")
    kinds.add_column(_t("total"), justify="right")
    for kind, row in table.items():
        kinds.add_row(_t(kind), *[_t(row[s]) for s in SEVERITIES], _t(sum(row.values())))
    kinds.add_row(
        _t("total", "bold"),
        *[_t(totals[s], "bold") for s in SEVERITIES],
        _t(len(report.findings), "bold"),
        end_section=False,
    )
    out.append(kinds)

    sources = Table(title=_t("Sources"), title_justify="left")
    sources.add_column(_t("id"), overflow="fold", min_width=6)
    sources.add_column(_t("published"), no_wrap=True)
    sources.add_column(_t("outlet"), overflow="fold")
    sources.add_column(_t("lang"), no_wrap=True)
    sources.add_column(_t("title"), overflow="fold")
    for a in report.sources:
        sources.add_row(_t(a.id), _t(published(a)), _t(a.outlet), _t(a.lang), _t(a.title))
    out.append(sources)

    if report.skipped:
        skipped = Table(title=_t("Skipped inputs"), title_justify="left")
        skipped.add_column(_t("path"), overflow="fold")
        skipped.add_column(_t("reason"), overflow="fold")
        for s in report.skipped:
            skipped.add_row(_t(s.path), _t(s.reason))
        out.append(skipped)
    return out


def matrix_table(m: Matrix, report: Report) -> Table:
    """One fact matrix: a row per fact, a column per source, conflicts marked "≠"."""
    art = sources_by_id(report)
    table = Table(
        title=Text.assemble(("Fact matrix · ", "bold"), _t(one_line(m.label), "bold")),
        title_justify="left",
        show_lines=True,
    )
    table.add_column(_t("fact"), overflow="fold", min_width=8, max_width=24)
    for sid in m.sources:
        head = _t(sid)
        if published(art.get(sid)):
            head.append("\n" + published(art.get(sid)), style="dim")
        table.add_column(head, overflow="fold", min_width=8)
    for row in m.rows:
        label = _t(row.label, "bold" if row.conflict else "")
        if row.conflict:
            label.append("\n" + ", ".join(row.findings), style="dim")
        cells = []
        for entries in row.cells:
            cell = Text()
            for i, entry in enumerate(entries):
                if i:
                    cell.append("\n")
                if entry.conflict:
                    cell.append(CONFLICT_MARK + entry.text(), style=CONFLICT_STYLE)
                else:
                    cell.append(entry.text())
            cells.append(cell)
        table.add_row(label, *cells)
    return table


def evidence_text(ev: Evidence) -> Text:
    """The sentence with its conflicting span styled `SPAN_STYLE`."""
    before, span, after = split_span(ev)
    text = Text(one_line(before) + (" " if before[-1:].isspace() else ""))
    text.append(one_line(span), style=SPAN_STYLE)
    text.append((" " if after[:1].isspace() and before + span else "") + one_line(after))
    return text


def _column(report: Report, ev: Evidence) -> RenderableType:
    art = sources_by_id(report).get(ev.source)
    head = Text.assemble((ev.source, "bold"))
    if published(art):
        head.append(" · " + published(art))
    if art is not None and art.outlet:
        head.append(" · ")
        head.append(art.outlet, style="italic")
    _, span, _ = split_span(ev)
    value = Text.assemble(("▸ ", "dim"), (one_line(span), "bold"))
    if ev.value and one_line(ev.value) != one_line(span):
        value.append(" → ")
        value.append(one_line(ev.value), style="bold")
    return Group(head, evidence_text(ev), value)


def diff_block(report: Report, f: Finding) -> list[RenderableType]:
    """The word diff of the finding's evidence pair (git's word-diff notation, so it
    reads without colour), or the aligned claim spans of a pair in two languages."""
    pair = diff_finding(report, f)
    if pair is None:
        return []
    out: list[RenderableType] = [Text(""), _t(heading(pair), "dim")]
    if pair.bilingual:
        left, right = aligned_claims(pair)
        out.append(Text.assemble(_t(left, "bold"), "  ⇄  ", _t(right, "bold")))
        return out
    text = Text()
    for (lead, open_, core, close, trail), part in zip(marked(pair.parts), pair.parts, strict=True):
        text.append(lead)
        text.append(open_, style="dim")
        text.append(core, style=DIFF_STYLE[(part.op, part.conflict)])
        text.append(close, style="dim")
        text.append(trail)
    out.append(text)
    return out


def finding_panel(report: Report, f: Finding, width: int) -> Panel:
    """One finding: summary, the evidence side by side, then confidence and NLI."""
    per_row = 2 if width >= MIN_SIDE_BY_SIDE and len(f.evidence) > 1 else 1
    grid = Table.grid(expand=True, padding=(0, 2))
    for _ in range(per_row):
        grid.add_column(ratio=1, overflow="fold")
    evidence = list(f.evidence)
    for i in range(0, len(evidence), per_row):
        cells = [_column(report, ev) for ev in evidence[i : i + per_row]]
        cells += [Text("")] * (per_row - len(cells))
        if i:
            grid.add_row(*[Text("")] * per_row)
        grid.add_row(*cells)

    footer = Text.assemble(("confidence ", "dim"), f"{f.confidence:.2f}")
    if f.nli is not None:
        footer.append(" · NLI ", style="dim")
        footer.append(nli_line(f))
    title = Text.assemble(
        (f" {f.severity.upper()} ", SEVERITY_STYLE.get(f.severity, "bold")),
        "· ",
        _t(f.kind),
        " · ",
        _t(f.id),
        " ",
    )
    if scope_label(f):
        title.append(Text.assemble("· ", _t(scope_label(f)), " "))
    if f.id in confirmed_of(report):
        note = confirmed_of(report)[f.id]
        title.append(Text.assemble("· ", _t("confirmed" + (f": {note}" if note else "")), " "))
    return Panel(
        Group(
            _t(one_line(f.summary), "bold"),
            Text(""),
            grid,
            *diff_block(report, f),
            Text(""),
            footer,
        ),
        title=title,
        title_align="left",
        border_style=SEVERITY_STYLE.get(f.severity, ""),
    )


def print_rich(report: Report, console: Console) -> None:
    """Print the terminal report on `console` (live, or recording for `render_rich`)."""
    for part in _summary(report):
        console.print(part)
        console.print()
    matrices = build_matrices(report)
    for m in matrices:
        console.print(matrix_table(m, report))
        console.print()
    if matrices:
        console.print(
            Text.assemble(
                (CONFLICT_MARK, CONFLICT_STYLE),
                "a value in a finding · blank: the source says nothing about it",
                style="dim",
            )
        )
        console.print()
    timelines = build_timelines(report)
    if timelines:
        console.print(_t("Figures over time", "bold"))
        for t in timelines:
            line = Text.assemble((t.label, "bold"))
            if t.event:
                line.append(" · " + one_line(t.event), style="dim")
            console.print(line)
            console.print(Text("  ") + _t(compact_line(t)))
        console.print(_t(TIMELINE_LEGEND, "dim"))
        console.print()
    width = console.width
    if report.findings:
        console.print(_t("word diff: " + LEGEND, "dim"))
        console.print()
    for i, group in enumerate(group_by_event(report, sorted_findings(report))):
        if i:
            console.print()
        console.rule(_t(one_line(group.label), "bold"), align="left")
        for f in group.findings:
            console.print(finding_panel(report, f, width))
    if not report.findings:
        console.print(_t("No findings.", "bold green"))


def render_rich(report: Report, *, width: int = 100, color: bool = False) -> str:
    """The terminal report as a string: plain text, or ANSI-styled when `color`.

    Independent of the environment (terminal size, TERM, FORCE_COLOR) so the
    output is the same byte for byte; `NO_COLOR` set drops colours but keeps
    bold, reverse and underline.
    """
    no_color = not color or bool(os.environ.get("NO_COLOR"))
    out = io.StringIO()
    console = Console(
        record=True,
        width=width,
        force_terminal=color,
        force_jupyter=False,
        force_interactive=False,
        no_color=no_color,
        color_system="standard" if color else None,
        legacy_windows=False,
        file=out,
        _environ={},
    )
    print_rich(report, console)
    if color:
        # What the terminal would receive: export_text(styles=True) would re-render the
        # recording with colours even under no_color.
        return out.getvalue()
    text = console.export_text(styles=False)
    # Without styles, drop the padding rich puts after table titles and rules.
    return "\n".join(line.rstrip() for line in text.split("\n"))


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """Registry entry point."""
    return render_rich(report, width=width, color=color)
