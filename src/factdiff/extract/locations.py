"""Location claims: where a source says something happened.

A place is a capitalised name after a place preposition ("à Toulouse",
"sur la commune de Loriol-sur-Drôme", "in Brussels", "below the Aiguille du
Midi") or a venue phrase ("au Centre spatial de Toulouse", "tribunal
correctionnel de Lille", "dans les locaux d'Airbus à Blagnac"). A place in a
sentence that says an event happened ("s'est produit", "s'est tenue",
"struck", "met") is flagged `event_site`; only those are compared.

The value: {"place": "Montélimar", "venue": None | "tribunal correctionnel",
            "event_site": True, "within": ["Chamonix-Mont-Blanc"],
            "bearing": None | 225 (the direction written before it: "south-west of")}
"""

from __future__ import annotations

import re
from typing import Any

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.extract.mentions import spoken_to
from factdiff.lexicon import TIME_UNIT_CONCEPTS, concept_of, en, fr
from factdiff.lexicon.titles import NATIONALITIES
from factdiff.records import Sentence
from factdiff.resolve import DESIGNATOR
from factdiff.text import fold, unaccent_same_length

_CAP = r"[A-Z][\w'’-]*"
_PLACE_NAME = (
    rf"{_CAP}(?:(?:\s+|-)(?:(?:de|du|des|la|le|d['’]|l['’]|sur|en|of|the)\s*)?{_CAP}){{0,4}}"
)
# Place nouns: "sur la commune de Loriol-sur-Drôme", "le secteur des Grands Montets".
# The place is the name; regions and massifs contain the places of an event.
PLACE_NOUN = re.compile(
    rf"(?i:\b(?P<noun>commune|ville|secteur|quartier|arrondissement|localite|village|hameau|"
    rf"lieu-dit|massif|vallee|region|province|departement|canton|town|village|hamlet|city|"
    rf"district|borough|neighbou?rhood|province|region|state)\s+"
    rf"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*)(?P<place>{_PLACE_NAME})"
)
# A French place noun with the name set right after it, the way French names a district
# or a hamlet ("dans le secteur Saint-Grégoire", "le quartier Saint-Roch", "au hameau
# Les Granges"). The noun is written in lower case: "Village" or "Commune" opening a
# name ("Commune Libre") is no place noun.
NAMED_AFTER_PLACE_NOUN = re.compile(
    rf"\b(?P<noun>secteur|quartier|arrondissement|hameau|lieu-dit|village)\s+"
    rf"(?P<place>{_PLACE_NAME})"
)
# An English district named before its noun: "in the Gentilly sector", "the Verdun
# borough". The noun is in lower case: "the Lake District" is a name.
NAMED_BEFORE_DISTRICT_NOUN = re.compile(
    rf"(?P<place>{_PLACE_NAME})\s+(?P<noun>district|borough|sector|neighbou?rhood|quarter)\b"
)
# The nouns of a town's parts (GeoNames' "section of populated place", PPLX, and the
# administrative districts of a city): a place named by one is the district a site is in.
DISTRICT_NOUNS = frozenset(
    {
        "secteur",
        "quartier",
        "arrondissement",
        "district",
        "borough",
        "sector",
        "neighbourhood",
        "neighborhood",
        "quarter",
    }
)
CONTAINERS = frozenset(
    {"massif", "vallee", "region", "province", "departement", "canton", "district", "state"}
)
# Institutions: the venue is the whole phrase, its town the complement.
VENUE = re.compile(
    rf"(?i:\b(?P<venue>tribunal(?:\s+(?:correctionnel|judiciaire|administratif|de\s+commerce))?|"
    rf"cour\s+d['’]appel|cour\s+d['’]assises|stade|centre(?:\s+spatial|\s+hospitalier)?|siege|"
    rf"locaux|hotel\s+de\s+ville|palais|ambassade|hopital|court|stadium|headquarters|embassy|"
    rf"hospital|gares?|aeroports?|airports?|stations?|musees?|museum|eglise|cathedrale|ecole|"
    rf"lycee|college|universite|university|usine|factory|prison|theatre|salle|arena|circuit|"
    rf"mairie|prefecture|campus|base\s+aerienne|air\s+base)"
    # the venue's own name may be hyphenated: "stade Gabriel-Montpied de Clermont-Ferrand"
    rf"(?:\s+[a-z]+(?:-[a-z]+)*)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*)"
    rf"(?P<place>{_PLACE_NAME})"
)
# An apposition after a place that names a larger one: ", une section de Seraing", ", le
# quartier lacustre de Lausanne", ", a suburb of Lausanne".
PART_OF_APPOSITION = {
    lang: re.compile(
        rf",\s+(?i:{articles})\s*(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+\s+"
        rf"(?i:{of})\s*(?P<place>{_PLACE_NAME})"
    )
    for lang, articles, of in (
        ("fr", r"un|une|le|la|l['’]", r"de\s+la|de\s+l['’]|du|de|d['’]"),
        ("en", r"a|an|the", r"of(?:\s+the)?"),
    )
}
NAMED_VENUE = re.compile(rf"(?P<place>(?P<named>Stade|Palais|Hôtel|Hotel|Stadium)\s+{_PLACE_NAME})")
# One kind of venue in the two languages of VENUE: "stadium" is a "stade" (not a
# university: the place of who works there, rarely of what happened).
_VENUE_KIND_FR = {
    "stadium": "stade",
    "hospital": "hopital",
    "museum": "musee",
    "airport": "aeroport",
    "embassy": "ambassade",
    "factory": "usine",
    # the industrial nouns of FrameNet's Locale_by_use that PREMODIFIED_VENUE reads ("its
    # Hordain plant", "the steel works"): a French "usine"
    "plant": "usine",
    "works": "usine",
    "headquarters": "siege",
    "cathedral": "cathedrale",
    # a French public hospital's legal name (Code de la santé publique, art. L6141-2)
    "centre hospitalier": "hopital",
}
# An English industrial building placed by "in" its town ("the Halvorsen plant in
# Monterrey", "a planned factory in Calais"; "at" is as often a street's, "the plant at
# Roosevelt Boulevard", as a town's): the Locale_by_use
# nouns of PREMODIFIED_VENUE that stand for a site of production, after a determiner (so
# not a verb: "he works in Leeds", "they plant in spring").
VENUE_IN_TOWN = re.compile(
    r"\b(?i:the|a|an|its|their|his|her|our|this|that|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<venue>plant|factory|depot|warehouse|works|mill|refinery|facility)\s+in\s+"
    rf"(?P<place>{_PLACE_NAME})"
)
# A town right after a named venue: "the Stade Jean-Bouin in Bourges", "Palais
# des Sports de Grenoble".
_TOWN_AFTER_VENUE = re.compile(r"^,?\s+(?:in|at|à|a|de|d['’]|du)\s*$")
# An English building named by its town before it ("its Leeds depot", "their Bolton
# flat", "the Hull site"): the nouns of FrameNet's Buildings and Locale_by_use frames
# that a town's name premodifies.
PREMODIFIED_VENUE = re.compile(
    rf"\b(?:its|their|his|her|our|the)\s+(?P<place>{_CAP}(?:\s+{_CAP})?)\s+"
    r"(?P<venue>depot|site|plant|factory|warehouse|office|offices|headquarters|flat|home|"
    r"house|store|branch|facility|works|mill|yard|terminal|campus)\b"
)


# A direction from a place: "north-east of Pune", "30 km south of Lyon", "au nord-est de
# Lyon", "à l'ouest de Brest". Bearings in degrees clockwise from north.
BEARINGS = {
    "north": 0,
    "nord": 0,
    "northeast": 45,
    "nordest": 45,
    "east": 90,
    "est": 90,
    "southeast": 135,
    "sudest": 135,
    "south": 180,
    "sud": 180,
    "southwest": 225,
    "sudouest": 225,
    "west": 270,
    "ouest": 270,
    "northwest": 315,
    "nordouest": 315,
}
# A side of a place is a direction too: "on the northern edge of Marlow Creek", "the
# southern flank of the Pointe de Varbuche", "le versant nord de la pointe", "à la sortie
# sud de Vierzon". The nouns are those of a part of a place by its side (WordNet's
# hyponyms of "side" and "edge" that name a place's part: edge, outskirts, flank, slope,
# shore, bank; French: versant, flanc, rive, bord, sortie, entrée, lisière).
SIDE_NOUN_EN = r"(?:edge|side|outskirts|end|flank|slope|shore|bank|fringes?|rim|tip|suburbs?)"
SIDE_NOUN_FR = (
    r"(?:versant|flanc|cote|rive|bord|sortie|entree|extremite|pente|face|facade|banlieue|"
    r"peripherie|lisiere|partie|quartiers?)"
)
_COMPASS_FR = r"(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)"
_FR_OF = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
# A common noun of the place itself between a side and its name: "le versant nord de la
# pointe de Varbuche", "la rive sud du lac de Bienne" (the side's place is "pointe de
# Varbuche").
_FR_LANDFORM = rf"(?:[a-z]+\s+{_FR_OF}\s*)"
_DIRECTION = re.compile(
    r"(?:\b(?P<en>north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"\s+of(?:\s+the)?"
    rf"|\b(?P<en_side>(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+{SIDE_NOUN_EN}"
    r"\s+of(?:\s+the)?"
    # a side or face named by its compass point or its aspect: "the north-east face of",
    # "the south-facing slope of"
    rf"|\b(?P<en_face>(?:north|south)(?:-?(?:east|west))?|east|west)(?:-facing)?\s+"
    rf"(?:{SIDE_NOUN_EN}|face)\s+of(?:\s+the)?"
    rf"|\b(?:au|a\s+l['’]|a\s+l)\s*(?P<fr>{_COMPASS_FR})\s+{_FR_OF}"
    rf"|\b{SIDE_NOUN_FR}\s+(?P<fr_side>{_COMPASS_FR})\s+{_FR_OF}(?:\s*{_FR_LANDFORM})?"
    # a part of a place by its side: "northern England", "le sud du Liban", "l'est du pays"
    r"|\b(?P<en_adj>(?:north|south)(?:-?(?:east|west))?|east|west)ern"
    rf"|\b(?:le\s+(?P<fr_in>(?:nord|sud)(?:-(?:est|ouest))?)|l['’]\s*(?P<fr_in2>est|ouest))"
    rf"\s+{_FR_OF})\s*$"
)


_DIRECTIONAL = re.compile(
    r"(?i:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
    r"(?:\s+the)?\s+"
    rf"|\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+{SIDE_NOUN_EN}\s+of"
    r"(?:\s+the)?\s+"
    rf"|\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:-facing)?\s+"
    rf"(?:{SIDE_NOUN_EN}|face)\s+of(?:\s+the)?\s+"
    r"|\b(?:au|a\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
    rf"|\b{SIDE_NOUN_FR}\s+{_COMPASS_FR}\s+"
    rf"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
    # written in lower case, so not a name ("Northern Ireland", "le Nord"), and before a
    # name, not a nationality ("the southern Iranian island of Qeshm")
    r"|(?-i:\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+)"
    rf"(?!(?i:{NATIONALITIES})\b)"
    r"|(?-i:\b(?:le\s+(?:nord|sud)(?:-(?:est|ouest))?|l['’]\s*(?:est|ouest))\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])))"
    rf"(?P<place>{_FR_LANDFORM}?{_PLACE_NAME})"
)


def direction_before(folded: str, start: int) -> int | None:
    """The bearing of a direction written right before a place ("south-west of")."""
    m = _DIRECTION.search(folded[max(0, start - 60) : start])
    if not m:
        return None
    written = next(
        g
        for g in m.group("en", "en_side", "en_face", "fr", "fr_side", "en_adj", "fr_in", "fr_in2")
        if g
    )
    return BEARINGS[written.replace("-", "")]


def _preposition_re(lang: str) -> re.Pattern[str]:
    preps = en.PLACE_PREPOSITIONS if lang == "en" else fr.PLACE_PREPOSITIONS
    return re.compile(
        rf"(?i:\b(?:{preps})(?:\s+|(?<=['’]))(?:(?:la|le|les|l['’]|the)\s*)?)"
        rf"(?P<place>{_PLACE_NAME})"
    )


# A road's number ("RN90", "A7", "D1075", "M6", "I-95"), not a place.
_ROAD = re.compile(r"^(?:[A-Z]{1,3}-?\d+[a-z]?)$")
_NOT_PLACES = frozenset(
    """Le La Les The Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
        February March April May June July August September October November December
        Ukraine Russie Russia France Europe M Mme MM""".split()
)


_PLACE_NOUNS = frozenset(
    {
        "commune",
        "ville",
        "secteur",
        "quartier",
        "localite",
        "village",
        "hameau",
        "lieu-dit",
        "hamlet",
        "massif",
        "vallee",
        "region",
        "province",
        "departement",
        "canton",
        "town",
        "city",
        "district",
        "state",
        "arrondissement",
        "borough",
        "neighbourhood",
        "neighborhood",
        "sector",
        "quarter",
    }
)
# Nicknames of places written in lower case ("la Ville rose"): found as phrases.
METONYMS = (
    r"\b(?:la\s+ville\s+rose|la\s+ville\s+lumiere|la\s+cite\s+phoceenne|place\s+beauvau|"
    r"la\s+capitale\s+des\s+gaules)\b"
)


# A place told by its nearness or by where in it ("near Threlkeld", "près de Saül", "au
# large d'Ouchy", "off the coast of Malta", "au-dessus de Bessans", "sur la commune de
# Gonfaron"): French and English spatial prepositions of nearness and relative position.
# Such a locative places a happening or a find, never a person's home or an office.
_NEAR_EN = (
    "near|close to|outside|just outside|on the outskirts of|in the vicinity of|above|"
    "off the coast of"
).replace(" ", r"\s+")
_NEAR_BEFORE = re.compile(
    rf"\b(?:{_NEAR_EN}|(?:{fr.NEAR_COMPOUNDS})\s+{fr.DE_FORMS})\s*"
    r"(?:(?:the|la|le|les|l['’])\s*)?(?:(?:village|town|hamlet|coast|commune|hameau|"
    r"cote|ville)\s+(?:of|de|du|d['’])\s*)?$"
)


# A distance before a direction: "about three miles east of", "à 12 km au sud de".
_DISTANCE_BEFORE = re.compile(
    r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|un|une|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|quelques)\s*-?\s*(?:miles?|km|kilomet(?:re|er)s?|"
    r"kilometres?)\s+(?:au\s+|a\s+l['’]\s*)?[a-z-]+\s+(?:of|de|du|d['’])\s*(?:the\s+)?$"
)


def _occurrence(folded: str, lang: str, start: int) -> bool:
    """Whether a verb saying something happened governs the place at `start`: before it
    in its sentence (within 120 characters), or anywhere in a cleft ("C'est à Blagnac
    que ... ont signé")."""
    cues = en.OCCURRENCE_CUES if lang == "en" else fr.OCCURRENCE_CUES
    if re.search(cues, folded[max(0, start - 120) : start]):
        return True
    return bool(re.match(r"\s*c['’]est\s+(?:dans|a|au|en|sur)\b", folded)) and bool(
        re.search(cues, folded[start:])
    )


def _town_after(text: str, end: int, found: list[tuple[int, int, str, str | None]]) -> str | None:
    """The place written right after a venue's name as its town ("the Stade Jean-Bouin
    in Bourges")."""
    return next(
        (
            place
            for s, _e, place, venue in found
            if s > end and venue is None and _TOWN_AFTER_VENUE.match(text[end:s])
        ),
        None,
    )


_POSSESSIVE = re.compile(r"['’]s$")


def location_value(place: str, **known: Any) -> dict[str, Any]:
    """A location claim's value: the place, and what else is known of it (by default
    nothing: no venue, town or bearing; not an event site, a container nor "near")."""
    return {
        # "in New Brunswick's snap election": the place is New Brunswick
        "place": _POSSESSIVE.sub("", place),
        "venue": None,
        "event_site": False,
        "container": False,
        "within": [],
        "town": None,
        "bearing": None,
        "near": False,
        "district": False,
    } | known


# A number or letter that names one of a kind's places: "Berth 6", "Terminal 2", "Pad
# 39A", "bâtiment C"; it ends the name (punctuation, a preposition or a conjunction after
# it), unlike a count that starts the next clause ("à Lyon 3 personnes ont été blessées").
_DESIGNATOR = re.compile(
    rf"\s(?:{DESIGNATOR})(?=[.,;:)]|\s+(?:of|de|du|des|d['’]|in|at|on|à|au|"
    r"aux|and|et|or|ou|where|où|which|qui|when)\b|$)"
)


def _with_designator(
    text: str, place: tuple[int, int, str, str | None]
) -> tuple[int, int, str, str | None]:
    start, end, name, venue = place
    m = _DESIGNATOR.match(text, end)
    if not m or concept_of(fold(name)) in TIME_UNIT_CONCEPTS:
        return place  # "in Week 16", "Day 3": a period of a season, no place
    # the kind is a venue: two berths of one story are two answers to "at which berth"
    return start, m.end(), text[start : m.end()], venue or fold(name)


@register("location.v2")
def extract_locations(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Places and venues a sentence puts an event at."""
    plain = unaccent_same_length(sentence.text)
    text = sentence.text
    people = [(m.start, m.end) for m in ctx.mentions if m.type == "PER"]
    found: list[tuple[int, int, str, str | None]] = []  # start, end, place, venue
    towns: dict[int, str] = {}
    # a district's noun is read before a preposition takes its name alone
    district = NAMED_BEFORE_DISTRICT_NOUN if sentence.lang == "en" else NAMED_AFTER_PLACE_NOUN
    # (a building placed in its town is read before the town alone)
    in_town = (VENUE_IN_TOWN,) if sentence.lang == "en" else ()
    patterns = (VENUE, *in_town, PLACE_NOUN, NAMED_VENUE, _DIRECTIONAL, district)
    patterns += (_preposition_re(sentence.lang),)
    if sentence.lang == "en":
        patterns += (PREMODIFIED_VENUE,)
    for pattern in patterns:
        for m in pattern.finditer(plain):
            start, end = m.start("place"), m.end("place")
            place = text[start:end]
            groups = m.groupdict()
            if groups.get("venue"):  # before its town ("usine de X") or after it ("X depot")
                start, end = min(start, m.start("venue")), max(end, m.end("venue"))
                towns[start] = place
                place = text[start:end]
            venue_kind = groups.get("venue") or groups.get("noun") or groups.get("named")
            if pattern is NAMED_BEFORE_DISTRICT_NOUN:
                # "the Zurenborg district", "Kullu district": a part of a town or of a
                # state, never a region that holds the story's other places
                venue_kind = "quarter"
            if place.split()[0] in _NOT_PLACES and len(place.split()) == 1:
                continue
            if spoken_to(ctx.folded[max(0, m.start() - 25) : start], place):
                continue  # "according to Tom Hale", "a déclaré à l'AFP" (not "à Lyon")
            if _ROAD.match(place):
                continue  # "en contrebas de la RN90": a road runs through many places
            if (
                any(s <= start < e for s, e in people)
                or ctx.is_taken(start, end)
                or any(t.start <= start < t.end for t in ctx.titles)
            ):
                continue
            if any(s <= start < e or start <= s < end for s, e, _, _ in found):
                continue
            found.append((start, end, place, fold(venue_kind) if venue_kind else None))
    found.sort()
    drafts: list[ClaimDraft] = []
    for metonym in re.finditer(METONYMS, ctx.folded):
        if not any(s <= metonym.start() < e for s, e, _, _ in found):
            found.append(
                (metonym.start(), metonym.end(), text[metonym.start() : metonym.end()], None)
            )
    found.sort()
    found = [_with_designator(text, f) for f in found]
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
        # "Jemeppe-sur-Meuse, une section de Seraing", "Pully, a suburb of Lausanne": an
        # apposition that makes the place a part of another, whatever its noun.
        part_of = PART_OF_APPOSITION["en" if sentence.lang == "en" else "fr"].match(text, end)
        if part_of:
            within.append(part_of.group("place"))
        # "les gares de X et d'Y" and "la gare de Z" are venues of one kind.
        venue_type = None if venue in _PLACE_NOUNS else (venue.rstrip("s") if venue else None)
        venue_type = _VENUE_KIND_FR.get(venue_type or "", venue_type)
        town = towns.get(start) or (_town_after(text, end, found) if venue_type else None)
        bearing = direction_before(ctx.folded, start)
        # "near Emporia", "three miles east of Newton": where a happening or a find is.
        near = bool(_NEAR_BEFORE.search(ctx.folded[max(0, start - 40) : start])) or (
            bearing is not None
            and bool(_DISTANCE_BEFORE.search(ctx.folded[max(0, start - 60) : start]))
        )
        event_site = _occurrence(ctx.folded, sentence.lang, start) or near
        drafts.append(
            ClaimDraft(
                "location",
                (start, end),
                location_value(
                    place,
                    venue=venue_type,
                    event_site=event_site,
                    container=venue in CONTAINERS,
                    within=within,
                    town=town,
                    bearing=bearing,
                    near=near,
                    district=venue in DISTRICT_NOUNS,
                ),
                place,
                subject=place,
            )
        )
    return drafts
