"""Places of one event that cannot both be right.

Two event-site places in aligned sentences conflict when they are not one
place under any alias ("Kiev"/"Kyiv", "la Ville rose"/"Toulouse"), neither
lies in the other by what either source writes ("à Argentière, sur la
commune de Chamonix"), and neither source names the other's place anywhere
(a source that names both knows how they relate: "au Stade de France" and
"de Saint-Denis"). Venues of one kind ("tribunal correctionnel de Lille" and
"... de Douai") are compared on their place.
"""

from __future__ import annotations

from factdiff.compare.base import Candidate, CompareContext, cross_source_pairs, register
from factdiff.records import Claim
from factdiff.resolve import mentions_place, same_place


def _nested(a: Claim, b: Claim) -> bool:
    return any(same_place(w, b.value["place"]) for w in a.value.get("within", [])) or any(
        same_place(w, a.value["place"]) for w in b.value.get("within", [])
    )


@register("location")
def compare_locations(ctx: CompareContext) -> list[Candidate]:
    claims = [c for c in ctx.of_kind("location") if not c.value.get("container")]
    texts = {s: a.text for s, a in ctx.articles.items()}
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    out: list[Candidate] = []
    for a, b in cross_source_pairs(claims):
        pa, pb = a.value["place"], b.value["place"]
        same_venue = bool(a.value.get("venue")) and a.value.get("venue") == b.value.get("venue")
        if same_venue and a.value.get("town") and b.value.get("town"):
            # "tribunal correctionnel de Lille" / "de Douai": the towns tell them apart.
            pa, pb = a.value["town"], b.value["town"]
        if same_place(pa, pb) or _nested(a, b) or ctx.distinct(a, b):
            continue
        if not same_venue and not (a.value.get("event_site") and b.value.get("event_site")):
            continue  # cheap test first: most place pairs are not two sites of one event
        sim = ctx.local_sim(a, b)
        sites = a.value.get("event_site") and b.value.get("event_site")
        aligned = sim >= ctx.thresholds.location or ctx.same_happening(a, b)
        if not same_venue and not (sites and aligned):
            continue
        if mentions_place(texts[b.source], pa, unless_with=pb) or mentions_place(
            texts[a.source], pb, unless_with=pa
        ):
            continue
        # Each sentence's other places: one that the other sentence shares means the two
        # places are parts of one setting, not rival answers.
        if (
            any(
                same_place(x.value["place"], y.value["place"])
                for x in by_source[a.source]
                if x.sentence.index == a.sentence.index
                for y in by_source[b.source]
                if y.sentence.index == b.sentence.index
            )
            and not same_venue
        ):
            continue
        severity = "error" if sim >= ctx.thresholds.location + 0.15 or same_venue else "warning"
        out.append(
            Candidate(
                "location",
                severity,
                min(0.95, 0.5 + sim),
                a,
                b,
                f"{pa} in {a.source}, {pb} in {b.source}",
                group="place",
                rule="location.place",
            )
        )
    return out
