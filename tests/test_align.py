from datetime import date

import pytest

from factdiff.align import align, participial_date, past_participle
from factdiff.extract import extract_sentence
from factdiff.records import Claim, Sentence
from factdiff.resolve import EntityIndex
from factdiff.text import content_words


def _sentence(source: str, text: str, lang: str, published: date):
    """A one-sentence article's sentence, its claims and the people it names."""
    s = Sentence(source, 0, text, 0, len(text), lang)
    drafts, people = extract_sentence(s, published)
    claims = [
        Claim(f"{source}{i}", source, d.kind, s, d.span, d.value, d.surface)
        for i, d in enumerate(drafts)
    ]
    return s, claims, people


def _align(texts: dict[str, tuple[str, str, date]], dated: bool = False):
    """The alignment of one-sentence articles; `dated`: with their publication dates."""
    sentences, claims_by, people_by = [], {}, {}
    index = EntityIndex()
    for source, (text, lang, published) in texts.items():
        s, claims_by[(source, 0)], people = _sentence(source, text, lang, published)
        sentences.append(s)
        people_by[(source, 0)] = people
        for p in people:
            index.add_person(p)
    published = {source: day for source, (_, _, day) in texts.items()} if dated else None
    return align(sentences, claims_by, people_by, index, published=published)


def test_two_meetings_of_the_same_people_months_apart_are_distinct_events():
    al = _align(
        {
            "a": (
                "Le secrétaire d'État Marco Rubio et le ministre russe Sergueï Lavrov se sont "
                "rencontrés mardi à Riyad.",
                "fr",
                date(2025, 2, 18),
            ),
            "b": (
                "Sergueï Lavrov a rencontré ce jeudi le secrétaire d'État Marco Rubio à Kuala "
                "Lumpur.",
                "fr",
                date(2025, 7, 10),
            ),
        }
    )
    assert al.distinct(("a", 0), ("b", 0))
    assert al.events == []


def test_same_event_across_languages_aligns():
    al = _align(
        {
            "fr": (
                "Les ministres de la Défense se sont réunis jeudi au siège de l'OTAN à Bruxelles "
                "pour coordonner leur aide militaire.",
                "fr",
                date(2025, 11, 20),
            ),
            "en": (
                "Defence ministers met at NATO headquarters in Brussels on Wednesday to coordinate "
                "military aid.",
                "en",
                date(2025, 11, 20),
            ),
            "other": (
                "La météo sera clémente ce week-end dans le sud du pays.",
                "fr",
                date(2025, 11, 20),
            ),
        }
    )
    assert not al.distinct(("fr", 0), ("en", 0))
    assert al.similarity(("fr", 0), ("en", 0)) > al.similarity(("fr", 0), ("other", 0))


def test_a_name_written_as_one_word_meets_its_spaced_spelling():
    # "ColdHarbour" / "Cold Harbour": the camel-case name is read as its two words.
    al = _align(
        {
            "a": (
                "A gang calling itself NightHeron said it had copied the files of the council.",
                "en",
                date(2025, 3, 4),
            ),
            "b": (
                "The Night Heron gang took the council's files, an investigator said.",
                "en",
                date(2025, 3, 5),
            ),
        }
    )
    assert {"night", "heron"} <= set(al.infos[("a", 0)].features)
    signals = al.signals(("a", 0), ("b", 0))
    assert signals["lexical"] > 0.25 and signals["background"] > 0.35  # 0.14, 0.18 unread


def test_content_words_split_camel_case_names_only():
    assert content_words("NightHeron copied 800 gigabytes") == [
        "Night",
        "Heron",
        "copied",
        "800",
        "gigabytes",
    ]
    # capitals at a word's start, hyphens and elisions are left as they are
    assert content_words("Saint-Pierre, l'ONU et la NASA") == [
        "Saint-Pierre",
        "l'ONU",
        "et",
        "la",
        "NASA",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "participial"),
    [
        ("Fondée en 1987, la coopérative emploie 320 personnes à Rodez.", "fr", True),
        ("Assurée depuis 2019, la ferme a vu sa prime doubler.", "fr", True),
        ("Le moulin, un bâtiment construit en 1987, a rouvert samedi.", "fr", True),
        ("La coopérative a racheté en 2019, pour 4 millions, la laiterie voisine.", "fr", False),
        ("En 2019, la coopérative avait installé son siège à Rodez.", "fr", False),
        # English past participles are most often its past tense too: not read
        ("Founded in 1987, the cooperative employs 320 people in Rodez.", "en", False),
        ("In 2019, the cooperative opened a dairy in Rodez.", "en", False),
        # a passive main verb is no phrase set off by a comma
        (
            "Le gérant d'une usine de Lens dont l'incendie avait fait un blessé en 2024 a été "
            "condamné en 2025 par le tribunal, à deux ans de prison.",
            "fr",
            False,
        ),
    ],
)
def test_a_participial_phrase_dates_what_it_describes(text, lang, participial):
    _, claims, _ = _sentence("a", text, lang, date(2026, 3, 4))
    years = [c for c in claims if c.kind == "date" and c.value.get("granularity") == "year"]
    assert years and all(participial_date(c) == participial for c in years)


def test_a_french_past_participle_by_its_ending():
    assert past_participle("construite") and past_participle("élus")
    assert past_participle("acquis") and past_participle("ouverte")
    assert not past_participle("maison") and not past_participle("en")


@pytest.mark.parametrize(
    ("french", "days"),
    [
        # the headquarters are told now; only the founding is in 1987
        ("Fondée en 1987, la coopérative, dont le siège est à Rodez, emploie 320 personnes.", []),
        # the summit's own day, not a founding long before the news
        (
            "Le sommet, organisé mardi à Rodez, s'est achevé sans accord.",
            [(date(2026, 3, 3), date(2026, 3, 3))],
        ),
        # a speaker's past, told in a relative clause, dates no happening of the news
        (
            "« Nous avons voté contre », a déclaré Paul Roux, qui a dirigé la coopérative de "
            "2015 à 2019.",
            [],
        ),
    ],
)
def test_the_days_that_date_a_sentence(french, days):
    al = _beside_an_english_sentence(french)
    assert al.infos[("a", 0)].days == days
    assert not al.infos[("a", 0)].earlier
    assert not al.distinct(("a", 0), ("b", 0))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the clause holds a claim of its own: it tells that earlier conviction
        (
            "Paul Roux, qui a été condamné en 2019 à deux ans de prison, a fait appel.",
            [(date(2019, 1, 1), date(2019, 12, 31))],
        ),
        # a clause on someone who is no quote's speaker may tell the story's own past
        (
            "L'ancien maire Paul Roux, dont la démission en 2019 avait surpris, était présent.",
            [(date(2019, 1, 1), date(2019, 12, 31))],
        ),
    ],
)
def test_a_relative_clause_dates_its_sentence_unless_it_describes_a_speaker(text, days):
    assert _beside_an_english_sentence(text).infos[("a", 0)].days == days


def _beside_an_english_sentence(french: str):
    """The dated alignment of a French sentence "a" and an English one "b" of one day."""
    return _align(
        {
            "a": (french, "fr", date(2026, 3, 4)),
            "b": ("The cooperative, based in Millau, employs 320 people.", "en", date(2026, 3, 4)),
        },
        dated=True,
    )
