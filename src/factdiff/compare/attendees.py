"""Attendance: who took part in an event, and who did not.

One person, or one office when no name is given ("le président de la
République", "the U.S. defense secretary"), said present in one source and
absent in another. A named person is also the office set in apposition to their
name ("Le ministre des Sports, Abdoul Aziz Zongo, a remis lui-même le bouquet" /
"Le ministre des Sports s'était fait représenter"). A shorter list of attendees is
an omission, not a contradiction, and is not flagged.
"""

from __future__ import annotations

from factdiff.compare.base import Candidate, CompareContext, cross_source_pairs, register
from factdiff.records import Claim


def attendee_key(ctx: CompareContext, c: Claim) -> str | None:
    if c.value.get("who_key"):
        return c.value["who_key"]
    return ctx.index.person_key(c.value["who"])


@register("attendees")
def compare_attendees(ctx: CompareContext) -> list[Candidate]:
    out: list[Candidate] = []
    state = {True: "present", False: "absent"}
    for a, b in cross_source_pairs(ctx.of_kind("attendees")):
        if a.value["present"] == b.value["present"]:
            continue
        ka, kb = attendee_key(ctx, a), attendee_key(ctx, b)
        # A named person stands for the office set in apposition to their name.
        same = ka == kb or kb == a.value.get("office") or ka == b.value.get("office")
        if not ka or not kb or not same or ctx.distinct(a, b):
            continue
        who = max((a.value["who"], b.value["who"]), key=len)
        out.append(
            Candidate(
                "attendees",
                "error",
                0.85,
                a,
                b,
                f"{who}: {state[a.value['present']]} in {a.source}, "
                f"{state[b.value['present']]} in {b.source}",
                group=f"att:{ka}",
                rule="attendees.presence",
            )
        )
    return out
