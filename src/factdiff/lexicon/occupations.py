"""Occupations, French and English: what a person's apposition names when it is a job.

The head nouns of Faker's job lists (MIT; 639 English jobs of the en_US provider,
779 French "métiers" of fr_FR): "Engineer, civil (consulting)" gives "engineer",
"conservateur du patrimoine" gives "conservateur". A noun in such a place that is one
of them makes the phrase an occupation ("Aileen Forsyth, a fire safety engineer"),
not a description ("a keen hiker", "a mother of three").
"""

from __future__ import annotations

from functools import lru_cache

from factdiff.text import fold

# French feminine endings and their masculine: "conservatrice" -> "conservateur".
_FR_FEMININE = (
    ("trice", "teur"),
    ("euse", "eur"),
    ("iere", "ier"),
    ("ere", "er"),
    ("ienne", "ien"),
    ("enne", "en"),
    ("e", ""),
)


@lru_cache(maxsize=2)
def occupation_heads(lang: str) -> frozenset[str]:
    """The folded head nouns of the language's job list (Faker is imported here, once:
    its providers package takes a fifth of a second to load)."""
    if lang == "en":
        from faker.providers.job.en_US import Provider as EnJobs

        return frozenset(fold(job.split(",")[0].split()[-1]) for job in EnJobs.jobs)
    from faker.providers.job.fr_FR import Provider as FrJobs

    return frozenset(fold(job.split()[0]) for job in FrJobs.jobs)


def occupation(word: str, lang: str) -> str | None:
    """The job list's head noun that `word` is (singular, masculine), or None."""
    heads = occupation_heads(lang)
    w = fold(word)
    forms = [w]
    if lang == "en":
        forms += [w[:-1]] if w.endswith("s") else []
    else:
        forms += [
            w[: -len(f)] + m for f, m in _FR_FEMININE if w.endswith(f) and len(w) > len(f) + 2
        ]
    return next((f for f in forms if f in heads), None)
