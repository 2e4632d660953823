"""A word-level diff of a finding's evidence, as `git diff --word-diff` shows it.

Of a finding's evidence, the two sentences to diff are the most alike pair whose
values differ (the pair an editor would put side by side; any two sentences of
one article for a within-article finding). The sentences are cut into words,
punctuation and spaces, and `difflib.SequenceMatcher` opcodes over the words
(compared case- and apostrophe-folded) give the parts: kept, removed (only in
the first sentence), added (only in the second). A part that lies inside an
evidence span is a *conflicting value*, told apart from incidental wording.

When the two sentences are in different languages a word diff means nothing:
`DiffPair.bilingual` is set and the views show the aligned claim spans instead.

Every view renders the same `DiffPair`; the plain-text notation (used by the
terminal view without colour and by Markdown) is git's `[-removed-]{+added+}`
for wording and `⟪-removed-⟫⟪+added+⟫` (`⟪kept⟫` when both say it) for the
conflicting values.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from factdiff.records import Evidence, Finding, Report
from factdiff.report._common import clamp_span, one_line

Op = Literal["equal", "delete", "insert"]

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
# Evidence items a finding's pair is chosen among (the first ones: the most telling).
MAX_EVIDENCE = 12
LEGEND = "[-removed-] {+added+}: other wording · ⟪-…-⟫ ⟪+…+⟫: the conflicting values"


@dataclass(frozen=True)
class Part:
    """A run of text of one diff operation; `conflict` when it lies in an evidence span."""

    op: Op
    text: str
    conflict: bool = False


@dataclass(frozen=True)
class DiffPair:
    """The two evidence sentences of a finding and their word diff.

    `parts` is empty when `bilingual` (the sentences' languages differ) or when
    the finding has fewer than two pieces of evidence.
    """

    left: Evidence
    right: Evidence
    left_lang: str | None
    right_lang: str | None
    parts: tuple[Part, ...]

    @property
    def bilingual(self) -> bool:
        return bool(self.left_lang and self.right_lang and self.left_lang != self.right_lang)

    @property
    def changed(self) -> int:
        """How many parts differ (0: the sentences are the same words)."""
        return sum(1 for p in self.parts if p.op != "equal")


def _fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _in_span(start: int, end: int, span: tuple[int, int]) -> bool:
    return span[0] < span[1] and start < span[1] and end > span[0]


def word_diff(left: Evidence, right: Evidence) -> tuple[Part, ...]:
    """The word diff of two evidence sentences, conflicting values marked."""
    a, b = one_line(left.text), one_line(right.text)
    # one_line changes offsets only where whitespace runs collapse: map spans through it.
    sa, sb = _span_after_one_line(left), _span_after_one_line(right)
    ta, tb = _tokens(a), _tokens(b)
    matcher = difflib.SequenceMatcher(
        None, [_fold(t[2]) for t in ta], [_fold(t[2]) for t in tb], autojunk=False
    )
    raw: list[Part] = []
    for tag, i1, i2, j1, j2 in _cleanup(matcher.get_opcodes(), ta, tb):
        if tag == "equal":
            for (s, e, text), (s2, e2, _) in zip(ta[i1:i2], tb[j1:j2], strict=True):
                conflict = _in_span(s, e, sa) or _in_span(s2, e2, sb)
                raw.append(Part("equal", text + a[e : _next(ta, i1, i2, s, a)], conflict))
            continue
        if tag in ("delete", "replace"):
            raw += [
                Part("delete", a[s : _gap_end(ta, k, a)], _in_span(s, e, sa))
                for k, (s, e, _) in enumerate(ta)
                if i1 <= k < i2
            ]
        if tag in ("insert", "replace"):
            raw += [
                Part("insert", b[s : _gap_end(tb, k, b)], _in_span(s, e, sb))
                for k, (s, e, _) in enumerate(tb)
                if j1 <= k < j2
            ]
    return _merge(raw)


def _next(tokens: list[tuple[int, int, str]], i1: int, i2: int, start: int, text: str) -> int:
    """End of the whitespace after the token that starts at `start`."""
    for k in range(i1, i2):
        if tokens[k][0] == start:
            return _gap_end(tokens, k, text)
    return start


def _gap_end(tokens: list[tuple[int, int, str]], k: int, text: str) -> int:
    """A token's end with the whitespace that follows it."""
    return tokens[k + 1][0] if k + 1 < len(tokens) else len(text)


def _cleanup(
    opcodes: list[tuple[str, int, int, int, int]],
    ta: list[tuple[int, int, str]],
    tb: list[tuple[int, int, str]],
) -> list[tuple[str, int, int, int, int]]:
    """Fold a kept word between two changes into them when it is no longer than either
    change (after diff-match-patch's semantic clean-up): "[-va se rendre-]{+et l'envoyé+}"
    reads better than a change, a shared "le", and another change. Runs of two words
    or more ("Emmanuel Macron") stay: they say what both sentences share."""

    def size(op: list) -> int:
        _, i1, i2, j1, j2 = op
        return max(sum(len(t[2]) for t in ta[i1:i2]), sum(len(t[2]) for t in tb[j1:j2]))

    ops = [list(op) for op in opcodes]
    changed = True
    while changed:
        changed = False
        for k in range(1, len(ops) - 1):
            before, here, after = ops[k - 1], ops[k], ops[k + 1]
            if (
                here[0] == "equal"
                and here[2] - here[1] == 1
                and before[0] != "equal" != after[0]
                and size(here) <= min(size(before), size(after))
            ):
                ops[k - 1 : k + 2] = [["replace", before[1], after[2], before[3], after[4]]]
                changed = True
                break
    return [(str(t), int(i1), int(i2), int(j1), int(j2)) for t, i1, i2, j1, j2 in ops]


def _span_after_one_line(ev: Evidence) -> tuple[int, int]:
    start, end = clamp_span(ev)
    return len(one_line(ev.text[:start] + "x")) - 1, len(one_line(ev.text[:end] + "x")) - 1


def _merge(parts: list[Part]) -> tuple[Part, ...]:
    """Join consecutive parts of one operation and marking."""
    out: list[Part] = []
    for p in parts:
        if out and out[-1].op == p.op and out[-1].conflict == p.conflict:
            out[-1] = Part(p.op, out[-1].text + p.text, p.conflict)
        else:
            out.append(p)
    return tuple(out)


def _lang(report: Report, ev: Evidence) -> str | None:
    """The language of an evidence sentence: its claim's sentence, else its source's."""
    from factdiff.report.events import report_index

    c = report_index(report).claims.get(ev.claim or "")
    if c is not None and c.source == ev.source and c.sentence.lang:
        return c.sentence.lang
    return next((a.lang for a in report.sources if a.id == ev.source), None)


def _value_key(ev: Evidence) -> str:
    return _fold(one_line(ev.value or ev.text[slice(*clamp_span(ev))]))


def _words(text: str) -> list[str]:
    return [_fold(t[2]) for t in _tokens(one_line(text))]


def pick_pair(finding: Finding) -> tuple[Evidence, Evidence] | None:
    """The two evidence items to diff: the most alike pair of sentences whose values
    differ, preferring two sources; None with fewer than two items."""
    ev = list(finding.evidence)[:MAX_EVIDENCE]
    if len(ev) < 2:
        return None
    best: tuple[tuple[int, int, float], int, int] | None = None
    for i in range(len(ev)):
        for j in range(i + 1, len(ev)):
            differs = _value_key(ev[i]) != _value_key(ev[j])
            across = ev[i].source != ev[j].source
            ratio = difflib.SequenceMatcher(
                None, _words(ev[i].text), _words(ev[j].text), autojunk=False
            ).ratio()
            key = (int(differs), int(across), round(ratio, 6))
            if best is None or key > best[0]:
                best = (key, i, j)
    assert best is not None
    return ev[best[1]], ev[best[2]]


def diff_finding(report: Report, finding: Finding) -> DiffPair | None:
    """The word diff of a finding's evidence pair (see `pick_pair`), or None."""
    pair = pick_pair(finding)
    if pair is None:
        return None
    left, right = pair
    ll, rl = _lang(report, left), _lang(report, right)
    bilingual = bool(ll and rl and ll != rl)
    return DiffPair(left, right, ll, rl, () if bilingual else word_diff(left, right))


def span_text(ev: Evidence) -> str:
    """The evidence span as written (one line)."""
    return one_line(ev.text[slice(*clamp_span(ev))])


def plain(parts: tuple[Part, ...]) -> str:
    """The diff in git's word-diff notation, conflicting values in ⟪ ⟫."""
    return "".join(
        lead + open_ + core + close + trail for lead, open_, core, close, trail in marked(parts)
    )


def marked(parts: tuple[Part, ...]) -> list[tuple[str, str, str, str, str]]:
    """(leading space, opening marker, text, closing marker, trailing space) per part."""
    out = []
    for p in parts:
        lead, core, trail = split_ws(p.text)
        open_, close = MARKERS[(p.op, p.conflict)] if core else ("", "")
        out.append((lead, open_, core, close, trail))
    return out


MARKERS: dict[tuple[str, bool], tuple[str, str]] = {
    ("equal", False): ("", ""),
    ("equal", True): ("⟪", "⟫"),
    ("delete", False): ("[-", "-]"),
    ("delete", True): ("⟪-", "-⟫"),
    ("insert", False): ("{+", "+}"),
    ("insert", True): ("⟪+", "+⟫"),
}


def split_ws(text: str) -> tuple[str, str, str]:
    """(leading spaces, core, trailing spaces): markers wrap the core only."""
    core = text.strip()
    if not core:
        return text, "", ""
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead, core, trail


def heading(pair: DiffPair) -> str:
    """ "word diff: a.md → b.md", "word diff within a.md", or the bilingual note."""
    left, right = pair.left.source, pair.right.source
    if pair.bilingual:
        return (
            f"aligned claims ({pair.left_lang} / {pair.right_lang}: no word diff across "
            f"languages): {left} ⇄ {right}"
        )
    if left == right:
        return f"word diff within {left}"
    return f"word diff: {left} → {right}"


def aligned_claims(pair: DiffPair) -> tuple[str, str]:
    """The two evidence spans as written, each with its value: what a bilingual pair shows."""

    def one(ev: Evidence) -> str:
        span = span_text(ev)
        value = one_line(ev.value)
        return f"«{span}» → {value}" if value and _fold(value) != _fold(span) else f"«{span}»"

    return one(pair.left), one(pair.right)


def scope_label(finding: Finding) -> str:
    """ "within <source>" for a within-article finding (field `scope`), else ""."""
    if getattr(finding, "scope", None) == "within":
        sources = list(dict.fromkeys(ev.source for ev in finding.evidence))
        return "within " + ", ".join(sources)
    return ""
