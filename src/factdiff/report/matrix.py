"""The fact matrix: for each event, one row per checked fact, one column per source.

Built once from the Report and drawn by the rich, HTML and Markdown renderers.
A cell is what one source says about the fact, as written and as resolved
("mercredi → 2025-04-16"); a cell whose claim is evidence of a finding is
marked as conflicting; a source that says nothing about the fact is blank.

Tables are built for:
- each event of `Report.events` (its claims, and those of the findings placed
  under it by `factdiff.report.events`), titled with its editor's label;
- each event made of findings tied to no pipeline event, one row per finding
  so that two unrelated conflicts never share a row;
- "People and titles": each person's title across all sources (titles are not
  tied to one event, and the comparators treat them that way), one row per
  person by resolved identity ("Trump" and "Donald Trump" are one row).

To stay readable a row is kept only when at least two sources speak to it, or
when it holds a finding's evidence. Everything is ordered by the Report's own
order (sources, claims, findings), so the matrix is deterministic.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any

from factdiff.records import Claim, Evidence, Finding, Report, date_span
from factdiff.report._common import clamp_span, one_line, sorted_findings
from factdiff.report.events import editor_events, event_labels, place_findings, report_index
from factdiff.resolve import EntityIndex

PEOPLE = "people"
KIND_ORDER = ("date", "number", "location", "attendees", "role", "other")
MAX_SURFACE = 80


@dataclass(frozen=True)
class Entry:
    """One thing a source says about a fact: the words and what they resolve to."""

    surface: str
    resolved: str
    claims: tuple[str, ...]
    findings: tuple[str, ...]

    @property
    def conflict(self) -> bool:
        return bool(self.findings)

    def text(self, arrow: str = " → ") -> str:
        """ "mercredi → 2025-04-16", or the surface alone when it is its own value."""
        if self.resolved and _fold(self.resolved) != _fold(self.surface):
            return f"{self.surface}{arrow}{self.resolved}"
        return self.surface or self.resolved


@dataclass(frozen=True)
class Row:
    key: tuple[str, str]
    kind: str
    label: str
    cells: tuple[tuple[Entry, ...], ...]  # one per column of the matrix; () = silent
    findings: tuple[str, ...]

    @property
    def conflict(self) -> bool:
        return bool(self.findings)


@dataclass(frozen=True)
class Matrix:
    """One table: `event_id` is an event id, "people" or "other"."""

    event_id: str
    label: str
    sources: tuple[str, ...]
    rows: tuple[Row, ...]


def _fold(text: str) -> str:
    """Compare key: case, accents, apostrophes and spacing ignored ("d'Etat" = "d’État")."""
    decomposed = unicodedata.normalize("NFKD", one_line(text).replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= MAX_SURFACE else text[: MAX_SURFACE - 1].rstrip() + "…"


def _num(x: Any) -> str:
    if not isinstance(x, int | float) or isinstance(x, bool) or not math.isfinite(x):
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def resolved_value(kind: str, v: dict[str, Any]) -> str:
    """What a claim value resolves to, short (the row label already names the subject)."""
    try:
        if kind == "date":
            parts = []
            if v.get("date"):
                parts.append(date_span(v))
            elif v.get("weekday"):
                parts.append(str(v["weekday"]).title())
            if v.get("time"):
                parts.append(v["time"])
            elif v.get("time_range"):
                parts.append("–".join(v["time_range"]))
            return " ".join(parts)
        if kind == "number":
            if v.get("score"):
                return "-".join(_num(x) for x in v["score"])
            low, high, value, hedge = v.get("low"), v.get("high"), v.get("value"), v.get("hedge")
            if hedge == "approx":
                amount = f"≈ {_num(value)}"
            elif high is None and low is not None:
                amount = f"≥ {_num(low)}"
            elif low is None and high is not None:
                amount = f"≤ {_num(high)}"
            elif low is not None and low != high:
                amount = f"{_num(low)}–{_num(high)}"
            else:
                amount = _num(value)
            unit = str(v.get("unit") or "").lower()
            per = f"/{str(v['per']).lower()}" if v.get("per") else ""
            return f"{amount} {unit}".strip() + per
        if kind == "role":
            title = (
                str(v.get("title") or "")
                if v.get("category") == "open"
                else str(v.get("rank") or v.get("category") or "").replace("_", " ")
            )
            if v.get("portfolio") and v.get("category") != "open":
                title += f" ({v['portfolio']})"
            return title + (" (former)" if v.get("past") else "")
        if kind == "attendees":
            return f"{v.get('who') or '?'}: {'present' if v.get('present', True) else 'absent'}"
        if kind == "location":
            return str(v.get("place") or "")
        if kind == "other":
            if v.get("type") == "polarity":
                return str(v.get("polarity") or "")
            if v.get("type") == "trend":
                return str(v.get("direction") or "")
            return ""
    except (TypeError, AttributeError, KeyError):
        return ""
    return ""


def _fact(
    kind: str, v: dict[str, Any], subject: str | None, people: EntityIndex | None = None
) -> tuple[str, str] | None:
    """(row key, row label) of a claim; None for claims no row is made of. A person's
    row is keyed by resolved identity ("Trump" and "Donald Trump" are one row)."""
    if kind == "date":
        return "date", "date"
    if kind == "number":
        what = str(v.get("key") or v.get("head") or subject or "?")
        return f"number:{what}", f"number: {what.lower().replace('_', ' ')}"
    if kind == "role":
        person = str(v.get("person") or subject or "?")
        key = (people.person_key(person) if people is not None else None) or person
        return f"role:{key}", f"title: {person}"
    if kind == "attendees":
        return "attendees", "who attended"
    if kind == "location":
        return "location", "place"
    if kind == "other":
        if v.get("type") == "quote":
            who = str(v.get("speaker") or "?")
            return f"quote:{who}", f"quote: {who}"
        if v.get("type") == "polarity":
            actor = str(v.get("actor") or "?")
            return f"outcome:{actor}", f"outcome: {actor}"
        if v.get("type") == "trend":
            what = " ".join(v.get("mover") or ["?"])
            return f"trend:{what}", f"moved: {what}"
        return "statement", "statement"
    return kind, kind


@dataclass(frozen=True)
class _Item:
    source: str
    kind: str
    key: str
    label: str
    surface: str
    resolved: str
    claim: str | None
    order: int


def _item_of_claim(c: Claim, order: int, people: EntityIndex | None = None) -> _Item | None:
    fact = _fact(c.kind, c.value if isinstance(c.value, dict) else {}, c.subject, people)
    if fact is None:
        return None
    surface = c.surface or c.text[slice(*c.span)]
    value = c.value if isinstance(c.value, dict) else {}
    return _Item(
        c.source,
        c.kind,
        fact[0],
        fact[1],
        _short(surface),
        resolved_value(c.kind, value),
        c.id,
        order,
    )


def _item_of_evidence(f: Finding, ev: Evidence, order: int) -> _Item:
    start, end = clamp_span(ev)
    return _Item(
        ev.source,
        f.kind,
        f.kind,
        f.kind,
        _short(ev.text[start:end] or ev.text),
        one_line(ev.value),
        ev.claim,
        order,
    )


def _rows(
    items: list[_Item],
    columns: list[str],
    findings_of: dict[tuple[str, str | None], tuple[str, ...]],
) -> list[Row]:
    groups: dict[tuple[str, str], list[_Item]] = {}
    for it in items:
        groups.setdefault((it.kind, it.key), []).append(it)
    rows: list[Row] = []
    for (kind, key), members in groups.items():
        per_source: dict[str, list[Entry]] = {}
        for it in sorted(members, key=lambda i: i.order):
            found = findings_of.get((it.source, it.claim), ())
            entries = per_source.setdefault(it.source, [])
            same = next(
                (
                    i
                    for i, e in enumerate(entries)
                    if _fold(e.surface) == _fold(it.surface) and e.resolved == it.resolved
                ),
                None,
            )
            if same is None:
                claims = (it.claim,) if it.claim else ()
                entries.append(Entry(it.surface, it.resolved, claims, found))
            else:
                old = entries[same]
                entries[same] = Entry(
                    old.surface,
                    old.resolved,
                    old.claims + ((it.claim,) if it.claim and it.claim not in old.claims else ()),
                    old.findings + tuple(x for x in found if x not in old.findings),
                )
        row_findings = tuple(
            dict.fromkeys(x for es in per_source.values() for e in es for x in e.findings)
        )
        if len(per_source) < 2 and not row_findings:
            continue
        rows.append(
            Row(
                key=(kind, key),
                kind=kind,
                label=members[0].label,
                cells=tuple(tuple(per_source.get(s, ())) for s in columns),
                findings=row_findings,
            )
        )
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    rows.sort(key=lambda r: (rank.get(r.kind, len(rank)), r.label.casefold(), r.key))
    return rows


def _matrix(
    event_id: str,
    label: str,
    items: list[_Item],
    report: Report,
    findings_of: dict[tuple[str, str | None], tuple[str, ...]],
) -> Matrix | None:
    all_sources = [a.id for a in report.sources]
    all_sources += [s for s in dict.fromkeys(i.source for i in items) if s not in all_sources]
    rows = _rows(items, all_sources, findings_of)
    speaking = [i for i, _ in enumerate(all_sources) if any(r.cells[i] for r in rows)]
    if not rows:
        return None
    rows = [
        Row(r.key, r.kind, r.label, tuple(r.cells[i] for i in speaking), r.findings) for r in rows
    ]
    return Matrix(event_id, label, tuple(all_sources[i] for i in speaking), tuple(rows))


def _merge_people(items: list[_Item], role_findings: list[Finding], items_of: Any) -> list[_Item]:
    """One row per person: keys that a role finding ties together ("Macron" and
    "Emmanuel Macron") are merged under the longest name."""
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    for f in role_findings:
        keys = [i.key for i in items_of(f, 0)]
        for k in keys[1:]:
            a, b = root(keys[0]), root(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    labels: dict[str, str] = {}
    for it in items:
        r = root(it.key)
        if len(it.label) > len(labels.get(r, "")):
            labels[r] = it.label
    return [
        _Item(
            it.source,
            it.kind,
            root(it.key),
            labels[root(it.key)],
            it.surface,
            it.resolved,
            it.claim,
            it.order,
        )
        for it in items
    ]


def build_matrices(report: Report) -> list[Matrix]:
    """The fact matrices of a report: one per event with facts (findings placed under
    their events as the views place them), then people and their titles."""
    claims = {c.id: c for c in report.claims}
    order = {c.id: i for i, c in enumerate(report.claims)}
    findings = sorted_findings(report)
    people_keys = report_index(report).people
    placed = place_findings(report, findings)
    labels = event_labels(report)

    # (source, claim id) -> ids of the findings whose evidence it is.
    findings_of: dict[tuple[str, str | None], tuple[str, ...]] = {}
    for f in findings:
        for ev in f.evidence:
            key = (ev.source, ev.claim)
            if f.id not in findings_of.get(key, ()):
                findings_of[key] = findings_of.get(key, ()) + (f.id,)

    def items_of(f: Finding, base: int) -> list[_Item]:
        out = []
        for ev in f.evidence:
            c = claims.get(ev.claim or "")
            it = (
                _item_of_claim(c, order[c.id], people_keys)
                if c is not None and c.source == ev.source
                else None
            )
            out.append(it or _item_of_evidence(f, ev, base))
        return out

    matrices: list[Matrix] = []
    for e in report.events:
        items: list[_Item] = []
        ids = list(e.claims)
        for cid in ids:
            c = claims.get(cid)
            if c is None or c.kind == "role":
                continue
            it = _item_of_claim(c, order[cid], people_keys)
            if it is not None and (it.kind != "other" or findings_of.get((c.source, c.id))):
                items.append(it)
        for f in findings:
            if placed.get(f.id) == e.id and f.kind != "role":
                items += [
                    i for i in items_of(f, len(order)) if i.claim not in ids or i.claim is None
                ]
        m = _matrix(e.id, labels.get(e.id, e.label), items, report, findings_of)
        if m is not None:
            matrices.append(m)

    # Events made of findings tied to no pipeline event: one row per finding, so that
    # two unrelated conflicts never share a row.
    known = {e.id for e in report.events}
    for ev in editor_events(report, findings):
        if ev.id in known:
            continue
        other: list[_Item] = []
        for f in ev.findings:
            if f.kind == "role":
                continue
            for it in items_of(f, len(order)):
                other.append(
                    _Item(
                        it.source,
                        it.kind,
                        f"{it.key}#{f.id}",
                        it.label,
                        it.surface,
                        it.resolved,
                        it.claim,
                        it.order,
                    )
                )
        m = _matrix(ev.id, ev.label, other, report, findings_of)
        if m is not None:
            matrices.append(m)

    people = [
        it
        for c in report.claims
        if c.kind == "role" and (it := _item_of_claim(c, order[c.id], people_keys)) is not None
    ]
    for f in findings:
        if f.kind == "role":
            people += [i for i in items_of(f, len(order)) if i.claim not in claims]
    people = _merge_people(people, [f for f in findings if f.kind == "role"], items_of)
    m = _matrix(PEOPLE, "People and titles", people, report, findings_of)
    if m is not None:
        matrices.append(m)
    return matrices
