"""Given names: what the first word of a person's name is.

The first names of Faker's person providers (MIT), every locale it has (about 30,000
names from 86 locales: "Priya", "Sven", "Anne-Sophie", "Jean-Claude"). A run of
capitalised words that opens on none of them ("Réunion Énergie Distribution", "Summit
Entertainment") is a name of something else, unless its context says it is a person's.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from factdiff.text import fold

_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every locale's first names, folded (Faker is imported here, once)."""
    from faker.providers import person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in _NAME_LISTS:
            listed = provider.__dict__.get(attribute)
            if isinstance(listed, (dict, list, tuple)):
                names.update(fold(name) for name in listed)
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Whether a word is a first name (a compound one by its first part: "Jean-Baptiste"),
    or an initial ("J.", "J.-P.")."""
    folded = fold(word)
    if re.fullmatch(r"(?:[a-z]\.-?){1,3}", folded):
        return True
    names = given_names()
    return folded in names or folded.split("-")[0] in names


def has_given_name(name: str) -> bool:
    """Whether a first name (or an initial) stands before the last word of a name ("Priya
    Anand", "L'architecte Paul Renard", "J. R. Holloway"; not "Énergie Distribution")."""
    return any(is_given_name(word) for word in name.split()[:-1])


def first_person(names: list[str]) -> str:
    """The first of a sentence's names (not empty) that has a given name, else its first
    name: the person a later pronoun or description most likely stands for (a firm's two
    capitalised words may come first: "la société Solvéo Énergie, dirigée par Bertrand
    Ferrandier")."""
    return next((name for name in names if has_given_name(name)), names[0])
