"""A noun dated by a participle of being held or of happening ("the by-election held on
June 14", "l'accident survenu samedi") names the happening of its day, as a possessive
day does ("Monday's by-election"): two such days of one happening conflict however
little else their sentences share. The articles are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from factdiff.compare.dates import _dated_noun
from factdiff.extract import extract_sentence
from factdiff.records import Claim, Sentence
from helpers_articles import rules_of, run_two


def _noun_of_day(text: str, lang: str) -> str | None:
    sentence = Sentence("a", 0, text, 0, len(text), lang)
    drafts, _ = extract_sentence(sentence, date(2026, 6, 20))
    (draft,) = [d for d in drafts if d.kind == "date"]
    claim = Claim("x", "a", "date", sentence, draft.span, draft.value, draft.surface)
    return _dated_noun(claim)


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("A recount follows the by-election held on June 14 in the riding.", "en", "ELECTION"),
        ("The crash that happened on Monday closed the road.", "en", "ACCIDENT"),
        ("The vote, which took place on 3 June, was close.", "en", "VOTE"),
        ("L'élection partielle organisée le 14 juin a été serrée.", "fr", "ELECTION"),
        ("La réunion qui s'est tenue mardi a duré trois heures.", "fr", "MEET"),
    ],
)
def test_a_participle_of_holding_dates_its_noun(text, lang, noun):
    assert _noun_of_day(text, lang) == noun


def test_a_day_without_such_a_participle_dates_no_noun():
    assert _noun_of_day("The council met the candidates on Monday.", "en") is None


def test_one_by_election_on_two_days(tmp_path):
    a = (
        "Renewal Party candidate Claire Boudreau narrowly won Monday's by-election in the "
        "riding of Shediac, finishing 14 votes ahead, according to unofficial results."
    )
    b = (
        "Elections New Brunswick announces that a judicial recount will be conducted in "
        "the electoral district of Shediac following the by-election held on June 14, 2026."
    )
    report = run_two(tmp_path, a, b, published="2026-06-16", lang_a="en")
    assert rules_of(report, "date") == ["date.day"]
    same_day = b.replace("June 14, 2026", "June 15, 2026")
    report = run_two(tmp_path, a, same_day, published="2026-06-16", lang_a="en")
    assert rules_of(report, "date") == []
