"""Roles: what sources call the same person.

One person (resolved across spellings) given titles that one person cannot
hold at once — "Premier ministre" and "président", "Finance Minister" and
"Health Minister", "présidente du tribunal" and "procureure". Synonyms are
one canonical title ("chef de l'État" = "président", "émissaire" =
"envoyé"). Past titles ("ancien", "former", "sortant") are not compared.
"""

from __future__ import annotations

from factdiff.compare.base import Candidate, CompareContext, cross_source_pairs, register
from factdiff.lexicon.titles import Title, titles_conflict
from factdiff.records import Claim


def _title(c: Claim) -> Title:
    v = c.value
    return Title(v["category"], v["rank"], v.get("portfolio"), v.get("past", False))


def _consistent_elsewhere(own: list[Claim], other: Title) -> bool:
    """Whether a source also gives, somewhere, a title compatible with `other`."""
    return any(
        _title(o).category == other.category and not titles_conflict(_title(o), other) for o in own
    )


@register("role")
def compare_roles(ctx: CompareContext) -> list[Candidate]:
    out: list[Candidate] = []
    by_person: dict[str, list[Claim]] = {}
    for c in ctx.of_kind("role"):
        key = ctx.index.person_key(c.value["person"])
        if key:
            by_person.setdefault(key, []).append(c)
    for person, claims in sorted(by_person.items()):
        by_source: dict[str, list[Claim]] = {}
        for c in claims:
            by_source.setdefault(c.source, []).append(c)
        for a, b in cross_source_pairs(claims):
            ta, tb = _title(a), _title(b)
            if not titles_conflict(ta, tb):
                continue
            if _consistent_elsewhere(by_source[a.source], tb) and _consistent_elsewhere(
                by_source[b.source], ta
            ):
                continue
            name = max((a.value["person"], b.value["person"]), key=len)
            out.append(
                Candidate(
                    "role",
                    "error",
                    0.9,
                    a,
                    b,
                    f"{name}: {a.surface} in {a.source}, {b.surface} in {b.source}",
                    group=f"role:{person}",
                    rule="role.title",
                )
            )
    return out
