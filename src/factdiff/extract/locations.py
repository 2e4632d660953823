"""Location claims: where a source says something happened.

A place is a capitalised name after a place preposition ("à Toulouse",
"sur la commune de Loriol-sur-Drôme", "in Brussels", "below the Aiguille du
Midi") or a venue phrase ("au Centre spatial de Toulouse", "tribunal
correctionnel de Lille", "dans les locaux d'Airbus à Blagnac"). A place in a
sentence that says an event happened ("s'est produit", "s'est tenue",
"struck", "met") is flagged `event_site`; only those are compared.

The value: {"place": "Montélimar", "venue": None | "tribunal correctionnel",
            "event_site": True, "within": ["Chamonix-Mont-Blanc"]}
"""

from __future__ import annotations

import re

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.lexicon import en, fr
from factdiff.records import Sentence
from factdiff.text import unaccent_same_length

_CAP = r"[A-Z][\w'’-]*"
_PLACE_NAME = rf"{_CAP}(?:(?:\s+|-)(?:(?:de|du|des|la|le|d['’]|l['’]|sur|en|of|the)\s*)?{_CAP}){{0,4}}"
# Venue phrases whose complement is the place: "tribunal correctionnel de Lille".
VENUE = re.compile(
    rf"(?i:\b(?P<venue>tribunal(?:\s+(?:correctionnel|judiciaire|administratif|de\s+commerce))?|"
    rf"cour\s+d['’]appel|cour\s+d['’]assises|court|stade|stadium|centre|center|siege|"
    rf"headquarters|locaux|hotel|palais|ambassade|embassy|hopital|hospital|secteur|massif|"
    rf"commune|quartier|ville|vallee|region|province|departement)\b"
    rf"(?:\s+[a-z]+){{0,2}}?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?|in)\s*)"
    rf"(?P<place>{_PLACE_NAME})"
)
NAMED_VENUE = re.compile(rf"(?P<place>(?:Stade|Centre|Palais|Hôtel|Hotel|Stadium)\s+{_PLACE_NAME})")


def _preposition_re(lang: str) -> re.Pattern[str]:
    preps = en.PLACE_PREPOSITIONS if lang == "en" else fr.PLACE_PREPOSITIONS
    return re.compile(rf"(?i:\b(?:{preps})\s+(?:(?:la|le|les|l['’]|the)\s*)?)(?P<place>{_PLACE_NAME})")


_NOT_PLACES = frozenset(
    ["Le", "La", "Les", "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Ukraine", "Russie", "Russia", "France", "Europe", "M", "Mme", "MM"]
)


def _occurrence(folded: str, lang: str) -> bool:
    cues = en.OCCURRENCE_CUES if lang == "en" else fr.OCCURRENCE_CUES
    return bool(re.search(cues, folded))


@register("location.v1")
def extract_locations(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Places and venues a sentence puts an event at."""
    plain = unaccent_same_length(sentence.text)
    text = sentence.text
    event_site = _occurrence(ctx.folded, sentence.lang)
    people = [(m.start, m.end) for m in ctx.mentions if m.type == "PER"]
    found: list[tuple[int, int, str, str | None]] = []  # start, end, place, venue
    for pattern in (VENUE, NAMED_VENUE, _preposition_re(sentence.lang)):
        for m in pattern.finditer(plain):
            start, end = m.start("place"), m.end("place")
            place = text[start:end]
            if place.split()[0] in _NOT_PLACES and len(place.split()) == 1:
                continue
            if any(s <= start < e for s, e in people) or ctx.is_taken(start, end) or any(
                t.start <= start < t.end for t in ctx.titles
            ):
                continue
            if any(s <= start < e or start <= s < end for s, e, _, _ in found):
                continue
            venue = m.groupdict().get("venue")
            found.append((start, end, place, venue.lower() if venue else None))
    found.sort()
    drafts: list[ClaimDraft] = []
    for start, end, place, venue in found:
        # Places named side by side narrow each other: "à Argentière, sur la commune de
        # Chamonix" — both are right, at different scales.
        within = []
        for s, e, other, _ in found:
            if other == place:
                continue
            gap = text[end:s] if s >= end else text[e:start]
            if len(gap) < 40 and not re.search(r"\b(?:et|and|ou|or|puis|then|vers|to)\b", gap):
                within.append(other)
        drafts.append(ClaimDraft("location", (start, end),
                                 {"place": place, "venue": venue, "event_site": event_site,
                                  "within": within},
                                 place, subject=place))
    return drafts
