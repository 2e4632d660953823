"""Days compared as answers to one "when" when the two clauses tell one happening of the
same people (`CompareContext.same_slot`), however little else the sentences share.
Sentences from no labelled set."""

from __future__ import annotations

import pytest

from factdiff.align import _own_clause
from factdiff.text import word_spans
from helpers_articles import run_two


def _day_findings(tmp_path, a: list[str], b: list[str]):
    report = run_two(tmp_path, " ".join(a), " ".join(b))
    return [f for f in report.findings if f.kind == "date" and f.severity != "info"]


_FRENCH = [
    "La commissaire européenne à l'Énergie, Margit Halvorsen, est arrivée lundi soir à "
    "Nouakchott pour une visite consacrée à l'hydrogène vert.",
    "Elle doit rencontrer le président mauritanien et visiter le port en eau profonde.",
]


def test_one_arrival_on_two_days_across_languages(tmp_path):
    # The arrival is a relative clause of a sentence about a signing in English: the
    # sentences share little, the arrival's own clause shares its verb and its people.
    english = [
        "Halvorsen, who arrived in Nouakchott on Tuesday morning, and the Mauritanian energy "
        "minister signed a memorandum on green hydrogen exports to Europe.",
        "The memorandum covers a pipeline study and training for engineers.",
    ]
    found = _day_findings(tmp_path, _FRENCH, english)
    assert found, "the arrival's two days were not compared"
    surfaces = {e.text[:200] for f in found for e in f.evidence}
    assert any("arrivée lundi soir" in t for t in surfaces)
    assert any("on Tuesday morning" in t for t in surfaces)


def test_another_happening_of_the_same_people_is_not_compared(tmp_path):
    # Leaving is not arriving: the same people and place, days apart by one, agree.
    english = [
        "Halvorsen, who left Nouakchott on Tuesday morning, and the Mauritanian energy "
        "minister signed a memorandum on green hydrogen exports to Europe.",
    ]
    assert not _day_findings(tmp_path, _FRENCH, english)


def test_the_day_of_the_happening_is_the_one_whose_clause_says_it(tmp_path):
    # The French sentence holds two days (the crash, the death); the English one the death
    # alone. The death's day is compared, not the crash's.
    french = [
        "Le bilan de la collision survenue samedi sur l'A7 s'est alourdi : une passagère "
        "néerlandaise de 58 ans est décédée dimanche à l'hôpital de Valence, selon la préfecture.",
    ]
    english = [
        "The woman, 58, from Utrecht, died in hospital in Valence on Monday, two days after "
        "the crash on the A7 motorway.",
    ]
    found = _day_findings(tmp_path, french, english)
    assert found
    values = {e.value for f in found for e in f.evidence}
    assert any(v.startswith("Sunday") for v in values), values
    assert not any(v.startswith("Saturday") for v in values), values


def test_own_clause_stops_at_a_relative_pronoun_and_a_coordinator():
    text = "set off from Vevey early on Saturday and reached Geneva at dawn on Sunday, tired"
    start = text.index("on Sunday")
    words = _own_clause(text, word_spans(text), start, start + len("on Sunday"))
    assert "reached" in words and "Vevey" not in words and "tired" not in words
    text = "Halvorsen, who arrived in Nouakchott on Tuesday"
    start = text.index("on Tuesday")
    words = _own_clause(text, word_spans(text), start, len(text))
    assert words == ["Nouakchott", "in", "arrived"]


def _time_findings(tmp_path, a: str, b: str, lang_b: str = "en"):
    report = run_two(tmp_path, a, b, lang_a="en", lang_b=lang_b)
    return [f for f in report.findings if f.kind == "date" and f.severity != "info"]


_CREST = "The River Tamar peaked at 4.40am on Sunday at the Gunnislake gauge, the agency said."


def test_a_clock_time_in_words_is_compared(tmp_path):
    found = _time_findings(
        tmp_path, _CREST, "Agency data showed the Tamar peaked at twenty to six on Sunday morning."
    )
    assert found and any("twenty to six" in e.text for f in found for e in f.evidence)


def test_a_twelve_hour_time_in_words_meets_either_half_of_the_day(tmp_path):
    # "huit heures moins vingt" with no half of the day said may be 19:40.
    evening = "The Tamar peaked at 7.40pm on Sunday at the Gunnislake gauge, the agency said."
    assert not _time_findings(
        tmp_path,
        evening,
        "La Tamar a atteint son pic dimanche à huit heures moins vingt à Gunnislake.",
        lang_b="fr",
    )


def test_a_date_that_names_its_happening_is_its_day(tmp_path):
    # "Monday's referendum" / "le référendum du 5 octobre": the date's own noun is the
    # happening; the two sentences share no name and no verb.
    found = _day_findings(
        tmp_path,
        ["Le résultat du référendum du 5 octobre sera publié au Journal officiel."],
        ["Turnout in Monday's referendum reached 61%, officials said."],
    )
    assert found, "two days of one named happening were not compared"


def test_two_happenings_named_by_their_dates_are_not_compared(tmp_path):
    assert not _day_findings(
        tmp_path,
        ["Le résultat du référendum du 5 octobre sera publié au Journal officiel."],
        ["Turnout in Monday's debate reached 2 million viewers, officials said."],
    )


_SCHEME_FR = (
    "Le tribunal correctionnel de Poitiers a condamné jeudi l'ancien directeur de la régie des"
    " eaux pour des marchés truqués conclus entre 2015 et 2019. Il a fait appel."
)


def test_one_period_told_with_other_bounds_across_languages(tmp_path):
    # each article tells one period: its bounds are the story's, whatever the wording
    english = (
        "The former head of the water authority in Poitiers was convicted on Thursday over"
        " rigged contracts awarded from 2013 to 2019. He has appealed."
    )
    report = run_two(tmp_path, _SCHEME_FR, english)
    periods = [f for f in report.findings if f.rule == "date.period"]
    assert len(periods) == 1 and periods[0].severity == "warning"


def test_one_period_told_with_the_same_bounds_is_no_conflict(tmp_path):
    english = (
        "The former head of the water authority in Poitiers was convicted on Thursday over"
        " rigged contracts awarded between 2015 and 2019. He has appealed."
    )
    report = run_two(tmp_path, _SCHEME_FR, english)
    assert not [f for f in report.findings if f.kind == "date" and f.severity != "info"]


# A night spans two days ("dans la nuit de lundi à mardi"): two nights that share a day
# are two nights, a night and the day it ends on are one.
_BURGLARY = "Des cambrioleurs ont dévalisé la bijouterie Morand à Vesoul dans la nuit {night}."


@pytest.mark.parametrize(
    ("first", "second"),
    [("de dimanche à lundi", "de lundi à mardi"), ("du 5 au 6 octobre", "du 6 au 7 octobre")],
)
def test_two_nights_that_share_a_day_conflict(tmp_path, first, second):
    report = run_two(
        tmp_path, _BURGLARY.format(night=first), _BURGLARY.format(night=second), lang_b="fr"
    )
    found = [f for f in report.findings if f.severity != "info"]
    assert [f.kind for f in found] == ["date"], "two nights one day apart were not compared"
    assert {e.text for e in found[0].evidence} == {
        _BURGLARY.format(night=first),
        _BURGLARY.format(night=second),
    }


def test_a_night_and_the_day_it_ends_on_agree(tmp_path):
    report = run_two(
        tmp_path,
        _BURGLARY.format(night="de lundi à mardi"),
        "Des cambrioleurs ont dévalisé la bijouterie Morand à Vesoul mardi vers 3 heures.",
        lang_b="fr",
    )
    assert [f for f in report.findings if f.kind == "date" and f.severity != "info"] == []
    nights = [c for c in report.claims if c.value.get("night")]
    assert [c.surface for c in nights] == ["nuit de lundi à mardi"]


_REOPENING_FR = [
    "Après quatre ans de travaux, la bibliothèque municipale de Vevey rouvrira ses portes "
    "samedi 3 octobre, à 9 heures.",
    "Le chantier a coûté 24 millions de francs, financés par la Ville et le canton.",
]


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        # a day written out with its month in each: two answers to one "when"
        ("The town's library welcomed its first readers on Sunday, October 4.", True),
        # the same day
        ("The town's library welcomed its first readers on Saturday, October 3.", False),
        # a weekday alone is not paired so: a story's weekdays tell its many happenings
        ("The town's library welcomed its first readers on Sunday.", False),
    ],
)
def test_days_written_out_in_counterpart_sentences(tmp_path, english, flagged):
    report = run_two(
        tmp_path,
        " ".join(_REOPENING_FR),
        english + " The refit cost CHF 24 million, paid by the town and the canton.",
        published="2026-10-05",
    )
    days = [f for f in report.findings if f.kind == "date" and f.severity != "info"]
    assert bool(days) == flagged


def test_a_dateline_day_does_not_take_the_counterpart_of_a_day(tmp_path):
    # The lead's only day written out is its dateline's, when the story was filed; the
    # opening day is in the next sentence, and that one answers the other's "when".
    french = (
        "VEVEY, 2 octobre (ATS) – La bibliothèque municipale de Vevey, entièrement "
        "rénovée, a été inaugurée vendredi soir devant ses premiers invités. "
        "Elle accueillera ses lecteurs samedi 3 octobre, à 9 heures."
    )
    report = run_two(
        tmp_path,
        french,
        "Vevey's renovated town library welcomed its first readers on Sunday, October 4.",
        published="2026-10-02",
        published_b="2026-10-05",
    )
    days = [f for f in report.findings if f.kind == "date" and f.severity != "info"]
    assert len(days) == 1
    assert "samedi 3 octobre" in {e.text[slice(*e.span)] for e in days[0].evidence}


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        # two parts of one year, in counterpart sentences: two answers to one "when"
        (
            "The rail takeover is expected to complete in the third quarter of 2026.",
            True,
        ),
        (
            "The rail takeover is expected to complete in the first half of 2026.",
            False,
        ),
    ],
)
def test_parts_of_a_year_in_counterpart_sentences(tmp_path, english, flagged):
    report = run_two(
        tmp_path,
        "Le rachat de l'opérateur ferroviaire Norail par Vantis a été approuvé lundi. "
        "La finalisation est attendue au premier semestre 2026, sous réserve des autorités.",
        "Vantis's offer for Norail was approved on Monday. " + english,
        published="2025-11-10",
    )
    dates = [f for f in report.findings if f.kind == "date" and f.severity != "info"]
    assert bool(dates) == flagged
