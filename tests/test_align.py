from datetime import date

from factdiff.align import align
from factdiff.extract import extract_sentence
from factdiff.records import Claim, Sentence
from factdiff.resolve import EntityIndex
from factdiff.text import content_words


def _align(texts: dict[str, tuple[str, str, date]]):
    sentences, claims_by, people_by = [], {}, {}
    index = EntityIndex()
    for source, (text, lang, published) in texts.items():
        s = Sentence(source, 0, text, 0, len(text), lang)
        sentences.append(s)
        drafts, people = extract_sentence(s, published)
        people_by[(source, 0)] = people
        for p in people:
            index.add_person(p)
        claims_by[(source, 0)] = [
            Claim(f"{source}{i}", source, d.kind, s, d.span, d.value, d.surface)
            for i, d in enumerate(drafts)
        ]
    return align(sentences, claims_by, people_by, index)


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
