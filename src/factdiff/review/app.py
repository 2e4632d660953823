"""The Textual app of `factdiff review`: walk the findings by event and decide on each.

Left, the events (named as the views name them) with their findings; right,
the finding as the terminal report draws it (evidence side by side, word diff)
and the decision taken on it; below, the article text around a piece of
evidence (`a` opens it and moves on to the next piece) and the note field.

Keys: ↑/↓ move through the findings, `c` confirmed, `n` not a conflict, `u` an
update, `x` clears the decision, `e` edits the note (Enter keeps it), `a` the
article at the evidence, `q` quits. Every decision is written to the review
file at once (atomically), so quitting never loses one.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Group as RichGroup
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Input, Static, Tree

from factdiff.records import Evidence, Finding, Report
from factdiff.report._common import clamp_span, group_by_event, one_line, sorted_findings
from factdiff.report.baseline import VERDICT_TEXT, Decision, fingerprint, review_text
from factdiff.report.rich_view import finding_panel

# Characters of article text shown on each side of the evidence sentence.
CONTEXT = 600
MARK = {"confirmed": "✓", "not-a-conflict": "✗", "update": "↗", "baseline": "·"}


def article_excerpt(report: Report, ev: Evidence) -> Text:
    """The article around an evidence sentence, the sentence underlined and its span
    in reverse; the sentence alone when the article text is not at hand."""
    article = next((a for a in report.sources if a.id == ev.source), None)
    text = article.text if article is not None else ""
    at = text.find(ev.text) if ev.text else -1
    head = Text.assemble((ev.source, "bold"))
    if article is not None and article.published:
        head.append(" · " + article.published.isoformat())
    if at < 0:
        head.append("  (article text not available: the evidence sentence)", style="dim")
        body = Text(ev.text)
        start, end = clamp_span(ev)
        body.stylize("bold reverse", start, end)
        return Text("\n").join([head, body])
    lo, hi = max(0, at - CONTEXT), min(len(text), at + len(ev.text) + CONTEXT)
    head.append(f"  characters {at}–{at + len(ev.text)} of {len(text)}", style="dim")
    body = Text(("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else ""))
    shift = (1 if lo else 0) - lo
    body.stylize("underline", at + shift, at + len(ev.text) + shift)
    start, end = clamp_span(ev)
    body.stylize("bold reverse", at + start + shift, at + end + shift)
    return Text("\n").join([head, body])


class ReviewApp(App[None]):
    """Review the findings of one report; decisions go to `review_path`."""

    TITLE = "factdiff review"
    CSS = """
    #events { width: 38%; min-width: 30; }
    #detail { width: 62%; }
    #article { height: 12; border-top: solid $accent; }
    #note { dock: bottom; }
    """
    BINDINGS = [
        Binding("c", "decide('confirmed')", "confirmed"),
        Binding("n", "decide('not-a-conflict')", "not a conflict"),
        Binding("u", "decide('update')", "update"),
        Binding("x", "decide('')", "clear"),
        Binding("e", "edit_note", "note"),
        Binding("a", "article", "article"),
        Binding("q", "quit", "quit"),
    ]

    def __init__(self, report: Report, review_path: Path, decisions: dict[str, Decision]):
        super().__init__()
        self.report = report
        self.review_path = review_path
        self.decisions = dict(decisions)
        self.groups = group_by_event(report, sorted_findings(report))
        self.order: list[Finding] = [f for g in self.groups for f in g.findings]
        self.current: Finding | None = self.order[0] if self.order else None
        self.evidence_at = -1
        self.article_shown: Text | None = None  # what the article pane shows

    # --- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            tree: Tree[Finding | None] = Tree("findings by event", id="events")
            tree.show_root = False
            for g in self.groups:
                node = tree.root.add(one_line(g.label), expand=True)
                for f in g.findings:
                    node.add_leaf(self._leaf_label(f), data=f)
            yield tree
            with VerticalScroll(id="detail"):
                yield Static(id="finding")
        yield VerticalScroll(Static(id="article-text"), id="article")
        yield Input(placeholder="note (e to edit, Enter to keep)", id="note")
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one("#events", Tree)
        tree.focus()
        leaf = self._node_of(self.current)
        if leaf is not None:
            tree.move_cursor(leaf)
        self._show()

    # --- state ------------------------------------------------------------------

    def decision(self, f: Finding) -> Decision | None:
        return self.decisions.get(fingerprint(f))

    def _leaf_label(self, f: Finding) -> str:
        d = self.decision(f)
        mark = MARK.get(d.verdict, "?") if d else " "
        return f"{mark} {f.severity.upper()} {f.kind} {f.id}: {one_line(f.summary)[:60]}"

    def _node_of(self, f: Finding | None):
        tree = self.query_one("#events", Tree)
        for event in tree.root.children:
            for leaf in event.children:
                if leaf.data is f:
                    return leaf
        return None

    def _show(self) -> None:
        f = self.current
        finding = self.query_one("#finding", Static)
        note = self.query_one("#note", Input)
        if f is None:
            finding.update("No findings to review.")
            return
        d = self.decision(f)
        status = Text.assemble(
            ("decision: ", "dim"),
            (VERDICT_TEXT.get(d.verdict, d.verdict) if d else "none yet", "bold"),
        )
        if d and d.note:
            status.append(f" · {d.note}", style="italic")
        width = max(40, finding.size.width or 80)
        finding.update(RichGroup(status, finding_panel(self.report, f, width)))
        note.value = d.note if d else ""
        node = self._node_of(f)
        if node is not None:
            node.set_label(self._leaf_label(f))

    def _save(self) -> None:
        from factdiff.cli import write_atomically

        write_atomically(self.review_path, review_text(self.report, self.decisions))

    # --- events and actions -----------------------------------------------------

    def on_tree_node_highlighted(self, message: Tree.NodeHighlighted) -> None:
        data = message.node.data
        if isinstance(data, Finding) and data is not self.current:
            self.current = data
            self.evidence_at = -1
            self.article_shown = None
            self.query_one("#article-text", Static).update("")
            self._show()

    def action_decide(self, verdict: str) -> None:
        f = self.current
        if f is None:
            return
        fp = fingerprint(f)
        if not verdict:
            self.decisions.pop(fp, None)
        else:
            old = self.decisions.get(fp)
            self.decisions[fp] = Decision(verdict, old.note if old else "")
        self._save()
        self._show()

    def action_edit_note(self) -> None:
        self.query_one("#note", Input).focus()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        f = self.current
        if f is not None:
            fp = fingerprint(f)
            old = self.decisions.get(fp)
            # A note without a verdict yet records the finding as confirmed: the editor
            # looked at it; `n`/`u` afterwards keep the note.
            self.decisions[fp] = Decision(old.verdict if old else "confirmed", message.value)
            self._save()
            self._show()
        self.query_one("#events", Tree).focus()

    def action_article(self) -> None:
        f = self.current
        if f is None or not f.evidence:
            return
        self.evidence_at = (self.evidence_at + 1) % len(f.evidence)
        ev = f.evidence[self.evidence_at]
        self.article_shown = article_excerpt(self.report, ev)
        self.query_one("#article-text", Static).update(self.article_shown)
