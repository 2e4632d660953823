"""Attendance: who took part in an event, and who did not.

One person, or one office when no name is given ("le président de la
République", "the U.S. defense secretary"), said present in one source and
absent in another. A named person is also the office set in apposition to their
name ("Le ministre des Sports, Abdoul Aziz Zongo, a remis lui-même le bouquet" /
"Le ministre des Sports s'était fait représenter"). A shorter list of attendees is
an omission, not a contradiction, and is not flagged.
"""

from __future__ import annotations

import re

from factdiff.compare.base import Candidate, CompareContext, cross_source_pairs, register
from factdiff.records import Claim
from factdiff.text import fold


def attendee_key(ctx: CompareContext, c: Claim) -> str | None:
    if c.value.get("who_key"):
        return c.value["who_key"]
    return ctx.index.person_key(c.value["who"])


# One day or sitting of a gathering that lasts, by its rank: "lors de la première journée
# du procès", "on the second day of the trial", "day two", "the opening session".
_PART_OF_GATHERING = re.compile(
    r"\b(?:(?P<rank>premiere?|deuxieme|seconde?|troisieme|derniere?|first|second|third|"
    r"last|final|opening|closing)\s+(?:journee|jour|day|session|seance|audience|sitting)|"
    r"day\s+(?P<number>one|two|three|four|\d+))\b"
)
_RANKS = {
    "premiere": "1",
    "premier": "1",
    "first": "1",
    "opening": "1",
    "deuxieme": "2",
    "second": "2",
    "seconde": "2",
    "two": "2",
    "troisieme": "3",
    "third": "3",
    "three": "3",
    "derniere": "last",
    "dernier": "last",
    "last": "last",
    "final": "last",
    "closing": "last",
    "one": "1",
}


def _part_of_gathering(c: Claim) -> str | None:
    """Which day or sitting of a gathering that lasts a presence is told of, when its
    sentence says (`_PART_OF_GATHERING`): present on one day is not present on all."""
    m = _PART_OF_GATHERING.search(fold(c.text))
    if not m:
        return None
    rank = m.group("rank") or m.group("number")
    return _RANKS.get(rank, rank)


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
        if _part_of_gathering(a) != _part_of_gathering(b):
            continue  # "absent lors de la première journée du procès": that day only
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
