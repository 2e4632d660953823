"""Events as an editor names them, and every finding placed under one.

The pipeline's events group aligned sentences and carry a label of shared
features ("country, minister, Lavrov, Rubio"); some findings are tied to no
event. For the views, each finding is placed under an event by its evidence:

1. its own `event`, when the pipeline gave one;
2. else the event whose claims stand in the most of its evidence sentences;
3. else (repeated until nothing moves) the event of a placed finding that
   shares an evidence sentence with it;
4. what is left is grouped by shared evidence sentences into events of their
   own ("x1", "x2", ...), so no finding is left under "Other findings".

An event is then named from its own claims (its claims and those of its
findings' evidence sentences), who, what, where, when:
"Rubio–Lavrov meeting, Riyadh, Tue 18 Feb 2025". *Who*: the two people most
present (attending weighs more than being named with a title), by resolved
identity (`factdiff.resolve`), by surname; only for happenings people take part
in (a meeting, a vote, a trial), not an earthquake. *What*: the happening the sentences
name most ("discussions" → talks, "rencontre" → meeting, "séisme" →
earthquake), from the bilingual concept table. *Where*: the most named place
that is not a container ("État"). *When*: the day most claims give, or the
days a date finding of the event disagrees on ("Wed 16 / Thu 17 Apr 2025").

Only the Report is read (sentences are matched by source and text), so a
report loaded back from JSON gets the same events.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from factdiff.lexicon.concepts import EVENT_CONCEPTS, concept_of
from factdiff.records import Claim, Finding, Report
from factdiff.report._common import one_line
from factdiff.resolve import EntityIndex, place_key, split_name
from factdiff.text import fold, words

# What an editor calls the happening a concept names; None: not a happening's name.
_NOUN_OF_CONCEPT: dict[str, str | None] = {
    "MEET": "meeting",
    "CALL": "phone call",
    "SIGN": "signing",
    "ACCIDENT": "accident",
    "QUAKE": "earthquake",
    "AVALANCHE": "avalanche",
    "FLOOD": "floods",
    "ELECTION": "election",
    "STRIKE": "strike",
    "TRIAL": "trial",
    "SENTENCE": "sentencing",
    "ACQUIRE": "takeover",
    "AGREEMENT": "agreement",
    "ATTACK": "attack",
    "PLEDGE": "pledge",
    "COUNCIL": "council",
    "VOTE": "vote",
    "SPEECH": "speech",
    "VICTORY": "victory",
    "LOSS": "defeat",
    "OCCUR": None,
    "ANNOUNCE": None,
}
# Words of the MEET concept that an editor calls talks or a summit rather than a meeting.
_MEET_NOUNS: dict[str, str] = {
    "discussion": "talks",
    "discussions": "talks",
    "pourparlers": "talks",
    "talks": "talks",
    "negociation": "talks",
    "negociations": "talks",
    "negotiations": "talks",
    "sommet": "summit",
    "summit": "summit",
}
# Happenings named by who took part ("Rubio–Lavrov meeting"); an earthquake or a
# crash is named without the people its articles quote.
_PEOPLE_NOUNS = frozenset(
    {"meeting", "talks", "summit", "phone call", "signing", "agreement", "speech", "pledge",
     "vote", "trial", "sentencing", "election", "council"}
)  # fmt: skip
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class EditorEvent:
    """An event of the views: an id (the pipeline's, or "xN"), its editor's label,
    the findings placed under it (in the order given) and the claims it is named from."""

    id: str
    label: str
    findings: tuple[Finding, ...]
    claims: tuple[str, ...]


def _key(source: str, text: str) -> tuple[str, str]:
    return source, one_line(text)


@dataclass
class _Index:
    """Look-ups over one report's claims, built once per report (renderers ask for
    events, matrices and timelines in turn; a large run has thousands of claims)."""

    claims: dict[str, Claim]
    first: dict[str, int]
    by_sentence: dict[tuple[str, str], list[str]]
    people: EntityIndex
    size: int


_LAST: list[tuple[weakref.ref[Report], _Index]] = []


def report_index(report: Report) -> _Index:
    """The look-ups of `report` (the last report's are kept, checked by identity)."""
    if _LAST:
        ref, index = _LAST[0]
        if ref() is report and index.size == len(report.claims):
            return index
    by_sentence: dict[tuple[str, str], list[str]] = {}
    for c in report.claims:
        by_sentence.setdefault(_key(c.source, c.text), []).append(c.id)
    index = _Index(
        claims={c.id: c for c in report.claims},
        first={c.id: i for i, c in enumerate(report.claims)},
        by_sentence=by_sentence,
        people=people_index(report),
        size=len(report.claims),
    )
    _LAST[:] = [(weakref.ref(report), index)]
    return index


def place_findings(report: Report, findings: list[Finding]) -> dict[str, str]:
    """finding id -> event id ("xN" for events made of findings tied to no event)."""
    claims = report_index(report).claims
    known = {e.id for e in report.events}
    rank = {e.id: i for i, e in enumerate(report.events)}
    # sentence -> the events it stands in (by their claims, then by placed findings)
    events_of: dict[tuple[str, str], set[str]] = {}
    for e in report.events:
        for cid in e.claims:
            if cid in claims:
                events_of.setdefault(_key(claims[cid].source, claims[cid].text), set()).add(e.id)
    keys = {f.id: {_key(ev.source, ev.text) for ev in f.evidence} for f in findings}
    placed: dict[str, str] = {f.id: f.event for f in findings if f.event in known}

    def settle(fid: str, eid: str) -> None:
        placed[fid] = eid
        for k in keys[fid]:
            events_of.setdefault(k, set()).add(eid)

    for fid, eid in list(placed.items()):
        settle(fid, eid)
    moved = True
    while moved:
        moved = False
        for f in findings:
            if f.id in placed:
                continue
            shared: Counter[str] = Counter()
            for k in keys[f.id]:
                shared.update(events_of.get(k, ()))
            if shared:
                settle(f.id, min(shared, key=lambda eid: (-shared[eid], rank[eid])))
                moved = True
    # The rest: findings that share an evidence sentence make one new event.
    rest = [f for f in findings if f.id not in placed]
    parent = {f.id: f.id for f in rest}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    owner: dict[tuple[str, str], str] = {}
    for f in rest:
        for k in keys[f.id]:
            if k in owner:
                a, b = root(f.id), root(owner[k])
                if a != b:
                    parent[a] = b
            else:
                owner[k] = f.id
    names: dict[str, str] = {}
    for f in rest:
        r = root(f.id)
        if r not in names:
            names[r] = f"x{len(names) + 1}"
        placed[f.id] = names[r]
    return placed


def editor_events(report: Report, findings: list[Finding]) -> list[EditorEvent]:
    """The events of `findings` (in the order of their first finding), each named."""
    placed = place_findings(report, findings)
    members: dict[str, list[Finding]] = {}
    for f in findings:
        members.setdefault(placed[f.id], []).append(f)
    by_id = {e.id: e for e in report.events}
    out = []
    for eid, fs in members.items():
        event = by_id.get(eid)
        own = list(event.claims) if event is not None else []
        cids = _claims_of(report, own, fs)
        fallback = event.label if event is not None else _sources_label(fs)
        out.append(EditorEvent(eid, name_event(report, cids, fs) or fallback, tuple(fs), cids))
    return out


def event_labels(report: Report) -> dict[str, str]:
    """Pipeline event id -> editor label, for every event of the report (named from its
    claims and those of the findings placed under it)."""
    placed = place_findings(report, list(report.findings))
    under: dict[str, list[Finding]] = {}
    for f in report.findings:
        under.setdefault(placed[f.id], []).append(f)
    out = {}
    for e in report.events:
        fs = under.get(e.id, [])
        cids = _claims_of(report, list(e.claims), fs)
        out[e.id] = name_event(report, cids, fs) or e.label
    return out


def relabel_events(report: Report) -> Report:
    """The report with each event's label replaced by its editor's label (the
    pipeline's label stays when the claims name nothing)."""
    labels = event_labels(report)
    events = [dataclasses.replace(e, label=labels.get(e.id, e.label)) for e in report.events]
    return dataclasses.replace(report, events=events)


def _claims_of(report: Report, own: list[str], findings: list[Finding]) -> tuple[str, ...]:
    """The event's own claims, then every claim standing in a finding's evidence sentence."""
    by_sentence = report_index(report).by_sentence
    ids = dict.fromkeys(own)
    for f in findings:
        for ev in f.evidence:
            ids.update(dict.fromkeys(by_sentence.get(_key(ev.source, ev.text), ())))
    first = report_index(report).first
    extra = sorted((c for c in ids if c not in own), key=lambda c: first.get(c, 0))
    return tuple(dict.fromkeys([*own, *extra]))


def _sources_label(findings: list[Finding]) -> str:
    sources = sorted({ev.source for f in findings for ev in f.evidence})
    return "Findings in " + ", ".join(sources) if sources else "Other findings"


def people_index(report: Report) -> EntityIndex:
    """Every person the report's claims name, for resolving them to one key each."""
    index = EntityIndex()
    for c in report.claims:
        name = _person(c)
        if name:
            index.add_person(name)
    return index


def _person(c: Claim) -> str | None:
    v: dict[str, Any] = c.value if isinstance(c.value, dict) else {}
    if c.kind == "role" and isinstance(v.get("person"), str):
        return v["person"]
    if c.kind == "attendees" and v.get("present", True) and not v.get("who_key"):
        who = v.get("who")
        return who if isinstance(who, str) else None
    return None


def name_event(report: Report, claim_ids: tuple[str, ...], findings: list[Finding]) -> str:
    """Who, what, where, when of an event, from its claims; "" when they say nothing."""
    index = report_index(report)
    claims, first = index.claims, index.first
    members = [claims[c] for c in claim_ids if c in claims]
    what = _what(members)
    who = _who(report, members, first) if not what or what in _PEOPLE_NOUNS else ""
    where = _where(members)
    when = _when(members, findings, claims)
    head = " ".join(x for x in (who, what) if x)
    if head and not who:
        head = head[0].upper() + head[1:]
    return ", ".join(x for x in (head, where, when) if x)


def _who(report: Report, members: list[Claim], first: dict[str, int]) -> str:
    index = report_index(report).people
    weight: dict[str, dict[tuple[str, str], int]] = {}
    names: dict[str, list[str]] = {}
    seen: dict[str, int] = {}
    for c in members:
        name = _person(c)
        key = index.person_key(name) if name else None
        if not name or not key:
            continue
        w = 2 if c.kind == "attendees" else 1
        per_sentence = weight.setdefault(key, {})
        sk = _key(c.source, c.text)
        per_sentence[sk] = max(per_sentence.get(sk, 0), w)
        names.setdefault(key, []).append(name)
        seen[key] = min(seen.get(key, 1 << 30), first.get(c.id, 0))
    ranked = sorted(weight, key=lambda k: (-sum(weight[k].values()), seen[k], k))[:2]
    ranked.sort(key=lambda k: (seen[k], k))
    return "–".join(split_name(max(names[k], key=len))[1] for k in ranked)


def _what(members: list[Claim]) -> str:
    counts: Counter[str] = Counter()
    firsts: dict[str, int] = {}
    for sentence in dict.fromkeys(one_line(c.text) for c in members):
        nouns: list[str] = []  # in the order the sentence names them
        for w in words(sentence):
            fw = fold(w)
            concept = concept_of(fw)
            if concept not in EVENT_CONCEPTS:
                continue
            noun = _MEET_NOUNS.get(fw) if concept == "MEET" else None
            noun = noun or _NOUN_OF_CONCEPT.get(concept or "")
            if noun and noun not in nouns:
                nouns.append(noun)
        for n in nouns:
            counts[n] += 1
            firsts.setdefault(n, len(firsts))
    if not counts:
        return ""
    return min(counts, key=lambda n: (-counts[n], firsts[n]))


def _where(members: list[Claim]) -> str:
    counts: Counter[str] = Counter()
    written: dict[str, Counter[str]] = {}
    order: dict[str, int] = {}
    for c in members:
        v = c.value if isinstance(c.value, dict) else {}
        place = v.get("place")
        if c.kind != "location" or not isinstance(place, str) or v.get("container"):
            continue
        k = place_key(place)
        if not k:
            continue
        counts[k] += 1
        written.setdefault(k, Counter())[place] += 1
        order.setdefault(k, len(order))
    if not counts:
        return ""
    best = min(counts, key=lambda k: (-counts[k], order[k]))
    return min(written[best], key=lambda p: (-written[best][p], p))


def _day(c: Claim) -> date | None:
    v = c.value if isinstance(c.value, dict) else {}
    if c.kind != "date" or v.get("granularity", "day") != "day" or not v.get("date"):
        return None
    try:
        return date.fromisoformat(str(v["date"])[:10])
    except ValueError:
        return None


def _when(members: list[Claim], findings: list[Finding], claims: dict[str, Claim]) -> str:
    disputed: list[date] = []
    for f in findings:
        if f.kind != "date":
            continue
        for ev in f.evidence:
            c = claims.get(ev.claim or "")
            d = _day(c) if c is not None else None
            if d is not None and d not in disputed:
                disputed.append(d)
    if len(disputed) >= 2:
        return format_days(sorted(disputed)[:3])
    counts: Counter[date] = Counter()
    for c in members:
        d = _day(c)
        if d is not None:
            counts[d] += 1
    if not counts:
        return format_days(disputed)
    return format_days([min(counts, key=lambda d: (-counts[d], d))])


def format_day(d: date, *, month: bool = True, year: bool = True) -> str:
    """ "Tue 18 Feb 2025" (month and year optional, for runs of days)."""
    out = f"{_WEEKDAYS[d.weekday()]} {d.day}"
    if month:
        out += f" {_MONTHS[d.month - 1]}"
    if year:
        out += f" {d.year}"
    return out


def format_days(days: list[date]) -> str:
    """ "Wed 16 / Thu 17 Apr 2025": month and year said once when they are shared."""
    if not days:
        return ""
    same_year = len({d.year for d in days}) == 1
    same_month = same_year and len({d.month for d in days}) == 1
    parts = [
        format_day(
            d, month=not same_month or i == len(days) - 1, year=not same_year or i == len(days) - 1
        )
        for i, d in enumerate(days)
    ]
    return " / ".join(parts)
