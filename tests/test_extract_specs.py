"""Date and number extractors against public spec data (Recognizers-Text, dateparser).

The evaluation lives in benchmarks/extract_specs.py (see its docstring for what
is applicable); these tests hold its figures above floors (the measured
correct rate minus 5 points), and pin a few spec items that pass so that a
regression names the input it broke. Skipped when
../shared/data is not next to the repository.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SHARED, load_benchmark
from factdiff.extract import extract_sentence
from factdiff.records import Sentence

DATA = SHARED / "data"
if not (DATA / "recognizers_text_specs").is_dir() or not (DATA / "dateparser_test_cases").is_dir():
    pytest.skip(f"spec data not found under {DATA}", allow_module_level=True)


bench = load_benchmark("extract_specs.py")

# Found-and-correct rate (%) floors: measured minus 5 points. Measured figures are in
# the comments; raise a floor when an extractor fix lifts the figure.
FLOORS = {
    ("fr", "absolute date"): 95.0,  # 31/31 = 100.0
    ("fr", "weekday/relative day"): 73.0,  # 29/37 = 78.4
    ("fr", "time"): 86.0,  # 68/74 = 91.9
    ("fr", "time words"): 70.0,  # 21/28 = 75.0
    ("fr", "digits"): 95.0,  # 28/28 = 100.0
    ("fr", "number words"): 85.0,  # 56/62 = 90.3
    ("en", "absolute date"): 95.0,  # 25/25 = 100.0
    ("en", "weekday/relative day"): 74.0,  # 31/39 = 79.5
    ("en", "time"): 95.0,  # 54/54 = 100.0
    ("en", "time words"): 80.0,  # 6/7 = 85.7
    ("en", "digits"): 91.0,  # 28/29 = 96.6
    ("en", "number words"): 87.0,  # 26/28 = 92.9
}
# The applicable sets should not shrink unnoticed (a data or filter change). English
# writes few clock times in words: the spec data has 7.
MIN_APPLICABLE = 20
MIN_APPLICABLE_OF = {("en", "time words"): 5}


@pytest.fixture(scope="module")
def summary() -> dict[tuple[str, str], tuple[int, int, int]]:
    return bench.summarize(bench.run(DATA))


@pytest.mark.parametrize(("lang", "category"), sorted(FLOORS))
def test_correct_rate_floor(summary, lang: str, category: str) -> None:
    applicable, found, correct = summary[(lang, category)]
    assert applicable >= MIN_APPLICABLE_OF.get((lang, category), MIN_APPLICABLE)
    assert found >= correct
    rate = bench.rate(correct, applicable)
    assert rate >= FLOORS[(lang, category)], (
        f"{lang} {category}: {correct}/{applicable} = {rate:.1f}% correct, floor "
        f"{FLOORS[(lang, category)]}% (python benchmarks/extract_specs.py --failures 20 "
        f"--lang {lang} --category '{category}')"
    )


def test_every_category_is_evaluated(summary) -> None:
    for lang in ("fr", "en"):
        for category in bench.CATEGORIES:
            assert summary.get((lang, category), (0, 0, 0))[0] > 0, (lang, category)


def test_french_items_get_their_english_twin_reference() -> None:
    cases = [
        c
        for c in bench.load_cases(DATA)
        if c.lang == "fr" and c.text == "Où étiez-vous mercredi dernier ?"
    ]
    assert cases and cases[0].published == date(2019, 1, 31)


# --- spec items that pass today --------------------------------------------------


def _claims(text: str, lang: str, published: date | None):
    sentence = Sentence(source="t", index=0, text=text, start=0, end=len(text), lang=lang)
    drafts, _people = extract_sentence(sentence, published)
    return drafts


def _overlapping(text: str, surface: str, claims, kind: str):
    start = text.index(surface)
    end = start + len(surface)
    return [c for c in claims if c.kind == kind and c.span[0] < end and start < c.span[1]]


DATE_CASES = [
    # (lang, input, expected text, reference date, accepted ISO dates)
    (
        "fr",
        "Je vais rentrer le 4 janvier 2019.",
        "4 janvier 2019",
        date(2016, 11, 7),
        {"2019-01-04"},
    ),
    (
        "fr",
        "Quand ? mercredi 10 juin 2020. Horaires : de 14h à 16h.",
        "mercredi 10 juin 2020",
        date(2016, 7, 15),
        {"2020-06-10"},
    ),
    (
        "fr",
        "Puis-je faire une réservation pour le 09 mai pour 2 jours ?",
        "09 mai",
        date(2018, 6, 22),
        {"2018-05-09", "2019-05-09"},
    ),
    (
        "fr",
        "Je ne me souviens pas de la date, ça devrait être lundi prochain ou lundi précédent",
        "lundi prochain",
        date(2018, 11, 15),
        {"2018-11-19"},
    ),
    (
        "fr",
        "Quelles sont les salles disponibles aujourd'hui pendant 2 heures ?",
        "aujourd'hui",
        date(2016, 11, 7),
        {"2016-11-07"},
    ),
    (
        "fr",
        "Le premier satellite artificiel, lancé le 4 octobre 1957, pesait 83 kg",
        "4 octobre 1957",
        None,
        {"1957-10-04"},
    ),
    (
        "en",
        "schedule me a 1:1 meeting 14 nov 2023",
        "14 nov 2023",
        date(2016, 11, 7),
        {"2023-11-14"},
    ),
    (
        "en",
        "Book this lunch in my calendar on Tue May 9. Don't contact people.",
        "Tue May 9",
        date(2018, 1, 7),
        {"2017-05-09", "2018-05-09"},
    ),
    ("en", "I'll go back on Friday", "Friday", date(2016, 11, 7), {"2016-11-04", "2016-11-11"}),
    (
        "en",
        "Take medicines after dinnertime tomorrow",
        "tomorrow",
        date(2022, 7, 27),
        {"2022-07-28"},
    ),
    (
        "en",
        "The first artificial Earth satellite was launched on 4 October 1957.",
        "4 October 1957",
        None,
        {"1957-10-04"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "published", "expected"), DATE_CASES)
def test_spec_date(
    lang: str, text: str, surface: str, published: date | None, expected: set[str]
) -> None:
    hits = _overlapping(text, surface, _claims(text, lang, published), "date")
    assert any(c.value.get("date") in expected for c in hits), [c.value for c in hits]


TIME_CASES = [
    ("fr", "Je serai de retour demain à 8h45.", "8h45", date(2019, 3, 28), "08:45"),
    (
        "fr",
        "quels films sont projetés la veille de Noël à 18 h ?",
        "18 h",
        date(2019, 8, 5),
        "18:00",
    ),
    ("fr", "Je retournerai 19:56:30", "19:56:30", date(2016, 11, 7), "19:56"),
    (
        "en",
        "week 10 8 p.m. should be a daterange and a time.",
        "8 p.m.",
        date(2019, 7, 11),
        "20:00",
    ),
    ("en", "I'll be back 10:30 am", "10:30 am", date(2016, 11, 7), "10:30"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "published", "expected"), TIME_CASES)
def test_spec_time(lang: str, text: str, surface: str, published: date, expected: str) -> None:
    hits = _overlapping(text, surface, _claims(text, lang, published), "date")
    assert any(c.value.get("time") == expected for c in hits), [c.value for c in hits]


NUMBER_CASES = [
    # (lang, input, expected text, value, key or None)
    ("fr", "Vingt-six personnes meurent dans un accident à Techiman", "Vingt-six", 26.0, None),
    (
        "fr",
        "Pour l'instant, la population de la Chine est de 1 414 021 100.",
        "1 414 021 100",
        1414021100.0,
        None,
    ),
    ("fr", "trois cent trente et un", "trois cent trente et un", 331.0, None),
    (
        "fr",
        "Les frais financiers dans le troisième trimestre 1988 étaient 75,3 millions de $.",
        "75,3 millions",
        75.3e6,
        None,
    ),
    ("fr", "9,2321312%", "9,2321312%", 9.2321312, "PERCENT"),
    ("en", "Twenty-six people die in accident at Techiman", "Twenty-six", 26.0, None),
    ("en", "There are 12,567 words in this document", "12,567", 12567.0, None),
    ("en", "one hundred and sixty-one", "one hundred and sixty-one", 161.0, None),
    ("en", "1,674.5 million", "1,674.5 million", 1674.5e6, None),
    ("en", "240 percent", "240 percent", 240.0, "PERCENT"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "key"), NUMBER_CASES)
def test_spec_number(lang: str, text: str, surface: str, value: float, key: str | None) -> None:
    hits = _overlapping(text, surface, _claims(text, lang, None), "number")
    assert any(
        c.value.get("value") == pytest.approx(value) and (key is None or c.value.get("key") == key)
        for c in hits
    ), [c.value for c in hits]
