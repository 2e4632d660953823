"""Figures over time: a toll, a count or an amount as each source gave it.

A *figure* is a set of number claims about one quantity: claims that a number
finding puts side by side, and claims of one event that count the same thing
(same key, unit and rate; vague keys such as years or days left out). A figure
that at least two sources give becomes a timeline: one point per source and
value, in publication order (a day's reports, whose publication dates tie, in
the order the update findings give them: older before newer, then source
order), and one link per number finding between two of its points: an
*update* (rule `number.update`, severity info: the figure moved between two
publications) or a *conflict* (warning or error: the figures cannot both be
true).

`compact_line` is the terminal's one-line form ("12 [a.md] ≠ 14 [d.md] ↗ 19
[b.md]"), `svg` an inline SVG chart for the HTML report (no external resource,
no script, no style attribute: the strict CSP holds).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any

from factdiff.records import Claim, Report
from factdiff.report._common import sorted_findings
from factdiff.report.events import event_labels, format_day, place_findings

# Counted things too vague to follow over time (as in compare/numbers.py).
VAGUE_KEYS = frozenset({"PERSON", "YEAR", "DAY", "MONTH", "HOUR", "MINUTE", "AGE", "ORDINAL"})


@dataclass(frozen=True)
class Point:
    source: str
    published: date | None
    value: float
    top: float  # the highest value the claim allows (for the chart's scale)
    text: str  # "≥ 35", "12"
    claim: str


@dataclass(frozen=True)
class Link:
    """A number finding between two points: "update" or "conflict"."""

    a: int
    b: int
    relation: str
    finding: str
    severity: str


@dataclass(frozen=True)
class Timeline:
    key: str
    label: str  # "dead"
    event: str  # the editor's label of the figure's event, or ""
    points: tuple[Point, ...]
    links: tuple[Link, ...]

    def counts(self) -> tuple[int, int]:
        """(updates, conflicts)."""
        ups = sum(1 for link in self.links if link.relation == "update")
        return ups, len(self.links) - ups


def _quantity(c: Claim) -> tuple[str, str, str] | None:
    v: dict[str, Any] = c.value if isinstance(c.value, dict) else {}
    key = v.get("key")
    if c.kind != "number" or not isinstance(key, str) or key in VAGUE_KEYS:
        return None
    if v.get("unit") == "ORDINAL" or not isinstance(v.get("value"), int | float):
        return None
    return key, str(v.get("unit") or ""), str(v.get("per") or "")


def _is_update(rule: str, severity: str) -> bool:
    return severity == "info" and "update" in rule


def build_timelines(report: Report) -> list[Timeline]:
    """The timelines of a report's figures, in the order of their first claim."""
    claims = {c.id: c for c in report.claims}
    numbers = {c.id: c for c in report.claims if _quantity(c) is not None}
    parent = {cid: cid for cid in numbers}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb, key=_order(report))] = min(ra, rb, key=_order(report))

    findings = [f for f in sorted_findings(report) if f.kind == "number"]
    for f in findings:
        ids = [ev.claim for ev in f.evidence if ev.claim in numbers]
        for cid in ids[1:]:
            if _quantity(numbers[cid]) == _quantity(numbers[ids[0]]):
                union(ids[0], cid)
    for e in report.events:
        first: dict[tuple[str, str, str], str] = {}
        for cid in e.claims:
            if cid in numbers:
                q = _quantity(numbers[cid])
                assert q is not None
                if q in first:
                    union(first[q], cid)
                else:
                    first[q] = cid
    groups: dict[str, list[str]] = {}
    for cid in numbers:
        groups.setdefault(root(cid), []).append(cid)

    published = {a.id: a.published for a in report.sources}
    rank = {a.id: i for i, a in enumerate(report.sources)}
    labels = event_labels(report)
    event_of_claim = {cid: e.id for e in report.events for cid in e.claims}
    placed = place_findings(report, sorted_findings(report))
    out = []
    for members in groups.values():
        if len({numbers[c].source for c in members}) < 2:
            continue
        points = _points([numbers[c] for c in members], published)
        index = {p.claim: i for i, p in enumerate(points)}
        raw_links = []
        for f in findings:
            ids = [ev.claim for ev in f.evidence if ev.claim in index]
            if len(ids) < 2:
                continue
            relation = "update" if _is_update(f.rule, f.severity) else "conflict"
            raw_links.append((ids[0], ids[1], relation, f.id, f.severity))
        ordered = _order_points(points, raw_links, rank)
        where = {p.claim: i for i, p in enumerate(ordered)}
        links = tuple(Link(where[a], where[b], rel, fid, sev) for a, b, rel, fid, sev in raw_links)
        key = _quantity(numbers[members[0]])
        assert key is not None
        event = next(
            (labels[event_of_claim[c]] for c in members if c in event_of_claim), ""
        ) or next((placed[fid] for *_, fid, _ in raw_links if fid in placed), "")
        if event and event not in labels.values():
            event = ""  # an "xN" id of findings tied to no event: no name to show
        label = key[0].lower().replace("_", " ") + (f" ({key[1].lower()})" if key[1] else "")
        out.append(Timeline(key[0], label, event, tuple(ordered), links))
    del claims
    return out


def _order(report: Report):
    rank = {c.id: i for i, c in enumerate(report.claims)}
    return lambda cid: rank.get(cid, len(rank))


def _points(members: list[Claim], published: dict[str, date | None]) -> list[Point]:
    points: list[Point] = []
    seen: set[tuple[str, str]] = set()
    for c in members:
        v = c.value
        text = figure_text(v)
        if (c.source, text) in seen:
            continue
        seen.add((c.source, text))
        value = float(v["value"])
        top = max(x for x in (value, v.get("high"), v.get("low")) if isinstance(x, int | float))
        points.append(Point(c.source, published.get(c.source), value, float(top), text, c.id))
    return points


_HEDGE_SIGN = {"min": "≥ ", "gt": "> ", "max": "≤ ", "lt": "< ", "approx": "≈ "}


def figure_text(v: dict[str, Any]) -> str:
    """A figure as written for the chart: "12", "≥ 35", "> 300", "≈ 50", "20–25"."""
    value, low, high, hedge = v.get("value"), v.get("low"), v.get("high"), v.get("hedge")
    if hedge in _HEDGE_SIGN:
        return _HEDGE_SIGN[hedge] + _num(float(value))
    if isinstance(low, int | float) and isinstance(high, int | float) and low != high:
        return f"{_num(float(low))}–{_num(float(high))}"
    return _num(float(value))


def _order_points(
    points: list[Point], links: list[tuple[str, str, str, str, str]], rank: dict[str, int]
) -> list[Point]:
    """Publication order; points of one date by update depth (older first), then source."""
    by_claim = {p.claim: p for p in points}
    newer_of: dict[str, list[str]] = {}
    for a, b, rel, *_ in links:
        if rel == "update" and by_claim[a].published == by_claim[b].published:
            newer_of.setdefault(a, []).append(b)
    depth = {p.claim: 0 for p in points}
    for _ in range(len(points)):  # longest-path relaxation; a cycle stops after n rounds
        changed = False
        for a, newer in newer_of.items():
            for b in newer:
                if depth[b] < depth[a] + 1:
                    depth[b] = depth[a] + 1
                    changed = True
        if not changed:
            break
    return sorted(
        points,
        key=lambda p: (
            p.published is None,
            p.published or date.min,
            depth[p.claim],
            rank.get(p.source, len(rank)),
            p.claim,
        ),
    )


def _between(t: Timeline, i: int) -> str:
    """The sign between points i and i+1: the link joining them, if any."""
    for link in t.links:
        if {link.a, link.b} == {i, i + 1}:
            if link.relation == "conflict":
                return "≠"
            return "↗" if t.points[i + 1].value >= t.points[i].value else "↘"
    return "=" if t.points[i].text == t.points[i + 1].text else "·"


def compact_line(t: Timeline) -> str:
    """The timeline on one line: "11 Mar 2025: 12 [a.md] ≠ 14 [d.md] ↗ 19 [b.md]"; links
    between points that are not neighbours are listed after it."""
    parts: list[str] = []
    last: date | None | str = "unset"
    for i, p in enumerate(t.points):
        if i:
            parts.append(_between(t, i - 1))
        if p.published != last:
            parts.append((format_day(p.published) if p.published else "undated") + ":")
            last = p.published
        parts.append(f"{p.text} [{p.source}]")
    line = " ".join(parts)
    far = [lk for lk in t.links if abs(lk.a - lk.b) > 1]
    far_conflicts = [lk for lk in far if lk.relation == "conflict"]
    if far_conflicts:
        line += " · also " + ", ".join(
            f"{t.points[lk.a].text} [{t.points[lk.a].source}] ≠ "
            f"{t.points[lk.b].text} [{t.points[lk.b].source}]"
            for lk in far_conflicts
        )
    ups, conflicts = t.counts()
    return f"{line} ({_n(ups, 'update')}, {_n(conflicts, 'conflict')})"


def _n(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


LEGEND = "↗ ↘ an update (info) · ≠ a conflict (warning or error) · = the same figure"

_W, _H, _LEFT, _RIGHT, _TOP, _BOTTOM, _PAD = 720, 210, 56, 24, 28, 64, 48


def svg(t: Timeline) -> str:
    """The timeline as an inline SVG chart: points at their values in publication order,
    update links solid and blue, conflict links dashed and orange-red, each with a title."""
    e = _esc
    n = len(t.points)
    top = max((p.top for p in t.points), default=1.0) or 1.0
    scale = top * 1.15

    def x(i: int) -> float:
        inner = _W - _LEFT - _RIGHT - 2 * _PAD
        return _LEFT + _PAD + (i * inner / (n - 1) if n > 1 else inner / 2)

    def y(v: float) -> float:
        return _TOP + (1 - v / scale) * (_H - _TOP - _BOTTOM)

    base = _H - _BOTTOM
    ups, conflicts = t.counts()
    out = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" '
        f'width="{_W}" height="{_H}" role="img" aria-label="{e(t.label)}: {e(compact_line(t))}" '
        f'data-updates="{ups}" data-conflicts="{conflicts}">',
        f"<title>{e(t.label)}: {e(compact_line(t))}</title>",
        f'<line class="axis" x1="{_LEFT}" y1="{base}" x2="{_W - _RIGHT}" y2="{base}"/>',
        f'<line class="axis" x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{base}"/>',
        f'<text class="tick" x="{_LEFT - 6}" y="{base + 4}" text-anchor="end">0</text>',
        f'<text class="tick" x="{_LEFT - 6}" y="{y(top):.1f}" text-anchor="end">{_num(top)}</text>',
    ]
    for i in range(n - 1):
        out.append(
            f'<line class="seq" x1="{x(i):.1f}" y1="{y(t.points[i].value):.1f}" '
            f'x2="{x(i + 1):.1f}" y2="{y(t.points[i + 1].value):.1f}"/>'
        )
    for lk in t.links:
        x1, y1 = x(lk.a), y(t.points[lk.a].value)
        x2, y2 = x(lk.b), y(t.points[lk.b].value)
        lift = 0 if abs(lk.a - lk.b) == 1 else 18 * abs(lk.a - lk.b)
        mx, my = (x1 + x2) / 2, min(y1, y2) - lift
        what = "update" if lk.relation == "update" else f"conflict ({lk.severity})"
        pa, pb = t.points[lk.a], t.points[lk.b]
        out.append(
            f'<path class="link {lk.relation}" data-finding="{e(lk.finding)}" '
            f'd="M{x1:.1f} {y1:.1f} Q{mx:.1f} {my:.1f} {x2:.1f} {y2:.1f}">'
            f"<title>{e(lk.finding)}: {e(what)}, {e(pa.text)} [{e(pa.source)}]"
            f" → {e(pb.text)} [{e(pb.source)}]</title></path>"
        )
        if lk.relation == "conflict":
            out.append(
                f'<text class="ne" x="{mx:.1f}" y="{(my + min(y1, y2)) / 2 - 4:.1f}" '
                f'text-anchor="middle">≠</text>'
            )
    in_conflict = {i for lk in t.links if lk.relation == "conflict" for i in (lk.a, lk.b)}
    updated = {i for lk in t.links if lk.relation == "update" for i in (lk.a, lk.b)}
    for i, p in enumerate(t.points):
        status = "conflict" if i in in_conflict else "update" if i in updated else "plain"
        when = p.published.isoformat() if p.published else "undated"
        out += [
            f'<circle class="pt {status}" data-source="{e(p.source)}" cx="{x(i):.1f}" '
            f'cy="{y(p.value):.1f}" r="5"><title>{e(p.source)} · {e(when)} · {e(p.text)}'
            f"</title></circle>",
            f'<text class="val" x="{x(i):.1f}" y="{y(p.value) - 9:.1f}" '
            f'text-anchor="middle">{e(p.text)}</text>',
            f'<text class="src" x="{x(i):.1f}" y="{base + 16}" text-anchor="middle">'
            f"{e(_short(p.source))}</text>",
            f'<text class="src" x="{x(i):.1f}" y="{base + 30}" text-anchor="middle">'
            f"{e(format_day(p.published) if p.published else 'undated')}</text>",
        ]
    out.append("</svg>")
    return "".join(out)


def _short(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)
