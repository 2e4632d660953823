"""Where in a site: a part of a building or a place by its side or its floor.

"dans l'angle nord-est d'un bâtiment", "in the south-west corner", "off the east
drift", "la pile côté rive droite", "the left-bank pier", "a basement server room",
"la salle du deuxième étage". News names the spot where something was found, broke or
started this way, with no place name: the site is the story's. Each is a location
claim whose value adds what it places by ("bearing" in degrees clockwise from north,
"hand" left or right of a river, "levels" the floors it may be) to a location's:
{"place": "south-west corner", "site_part": "corner", "bearing": 225, ...}.

Compass points, river banks and floors are closed sets of the two languages'
grammar; the part nouns are not listed (any noun the side qualifies).
"""

from __future__ import annotations

import re
from typing import Any

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.extract.locations import BEARINGS, SIDE_NOUN_EN, SIDE_NOUN_FR, location_value
from factdiff.extract.ordinals import ordinal_value
from factdiff.records import Sentence

_COMPASS_EN = r"(?:north|south)(?:-?(?:east|west))?|east|west"
# A side of a named place is a direction from it, which factdiff.extract.locations reads:
# "the northern edge of Marlow Creek", "le versant nord du Mont Blanc" (not "the east
# wing of the Lycée Berthollet", a part of a named building).
_SIDE_NOUN = re.compile(rf"{SIDE_NOUN_EN}|{SIDE_NOUN_FR}")
_OF = r"(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?"
# ... with the place's common noun between ("la rive sud du lac de Joux")
_NAMED_AFTER = re.compile(rf"^\s+{_OF}(?:[a-z]+\s+{_OF})?[A-Z]")
# ... after a determiner, a possessive one among them ("the building's east side")
_SIDE_EN = re.compile(
    rf"\b(?:the|a|an|its|their|his|her|[a-z]+['’]s)\s+(?P<side>{_COMPASS_EN})(?:ern)?(?:most)?\s+"
    r"(?P<part>[a-z]{3,})\b"
)
# French puts the compass point after its noun, and after the noun's complement ("l'unité
# de stockage nord"), its article joined to a preposition or not ("du côté ouest", "au
# quai nord"); "est" is also "is", so a bare "est" only before punctuation or a
# complement ("l'aile est du bâtiment", "la galerie est.").
_SIDE_FR = re.compile(
    r"\b(?:l['’]|le\s+|la\s+|les\s+|un\s+|une\s+|du\s+|au\s+|des\s+|aux\s+)\s*(?P<part>[a-z]{3,})"
    r"(?:\s+(?:de|d['’])\s*[a-z]{3,})?\s+"
    r"(?P<side>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|ouest|"
    r"est(?=\s*(?:[,.;:)]|$|d['’]|de\b|du\b|des\b)))\b(?!-)"
)
_HAND = re.compile(
    r"\b(?:(?P<en>left|right)[- ]bank(?:\s+(?P<en_part>[a-z]{3,}))?"
    r"|(?P<fr_part>[a-z]{3,})\s+(?:cote\s+)?rive\s+(?P<fr>droite|gauche)"
    r"|rive\s+(?P<fr_bare>droite|gauche))\b"
)
_HANDS = {"left": "left", "gauche": "left", "right": "right", "droite": "right"}
_FLOOR_EN = re.compile(
    r"\b(?:(?P<ground>ground)[- ]floor|(?P<ordinal>[a-z]+|\d{1,2}(?:st|nd|rd|th))[- ]floor"
    r"|(?P<basement>basement))\b"
)
_FLOOR_FR = re.compile(
    r"\b(?:(?P<ordinal>[a-z]+|\d{1,2}(?:e|er|eme))\s+etage|(?P<ground>rez-de-chaussee)"
    r"|(?P<basement>sous-sol))\b"
)
_NOT_PARTS = frozenset({"and", "to", "from", "of", "the", "wind", "winds", "facing", "bound"})


def _levels(m: re.Match[str], text: str, lang: str) -> tuple[int, ...] | None:
    """The floors a floor phrase may be: the ground floor is 0; an English "first floor"
    is the ground floor in American use and the one above it in British (so 0 or 1), a
    French "premier étage" the one above."""
    if m.group("ground"):
        return (0,)
    if m.group("basement"):
        return (-1,)
    word = text[m.start("ordinal") : m.end("ordinal")].lower()  # text2num reads accents
    number = ordinal_value(word, lang) if not word[0].isdigit() else int(re.sub(r"\D", "", word))
    if number is None:
        return None
    return (number - 1, number) if lang == "en" else (number,)


@register("site_part.v1")
def extract_site_parts(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    folded = ctx.folded
    text = sentence.text
    found: list[tuple[int, int, dict[str, Any]]] = []
    side = _SIDE_EN if sentence.lang == "en" else _SIDE_FR
    for m in side.finditer(folded):
        part = m.group("part")
        if part in _NOT_PARTS or (
            _SIDE_NOUN.fullmatch(part.removesuffix("s")) and _NAMED_AFTER.match(text[m.end() :])
        ):
            continue
        bearing = BEARINGS[m.group("side").replace("-", "")]
        start = min(m.start("part"), m.start("side"))  # French puts the side after its noun
        found.append((start, m.end(), {"site_part": part, "bearing": bearing}))
    for m in _HAND.finditer(folded):
        hand = _HANDS[m.group("en") or m.group("fr") or m.group("fr_bare")]
        part = m.group("en_part") or m.group("fr_part") or "bank"
        found.append((m.start(), m.end(), {"site_part": part, "hand": hand}))
    floor = _FLOOR_EN if sentence.lang == "en" else _FLOOR_FR
    for m in floor.finditer(folded):
        levels = _levels(m, text, sentence.lang)
        if levels is not None:
            found.append((m.start(), m.end(), {"site_part": "floor", "levels": list(levels)}))
    drafts = []
    for start, end, part in found:
        if ctx.is_taken(start, end) and "levels" not in part:
            continue  # a floor's ordinal is also a number claim ("the third floor")
        place = text[start:end]
        value = location_value(place, **part)
        drafts.append(ClaimDraft("location", (start, end), value, place, subject=place))
    return drafts
