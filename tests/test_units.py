"""Figures of one dimension written in different units compare in one unit."""

from __future__ import annotations

import pytest

from factdiff.compare.numbers import DIMENSIONS, agree
from factdiff.extract import extract_sentence
from factdiff.pipeline import Settings, run
from factdiff.records import Sentence
from helpers_articles import run_two, write_article


def number(text: str, lang: str = "en") -> dict:
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    (draft,) = [d for d in drafts if d.kind == "number"]
    return draft.value


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "The lorry fell into a 150-metre-deep ravine.",
            "It fell into a 490-foot-deep ravine.",
            True,
        ),
        (
            "The lorry fell into a 150-metre-deep ravine.",
            "It fell into a ravine 200 feet deep.",
            False,
        ),
        ("The race covers 42 kilometres.", "The race covers 26 miles.", True),
        ("The fire burned 4,000 hectares.", "The fire burned 9,900 acres.", True),
        ("The fire burned 4,000 hectares.", "The fire burned 4,000 acres.", False),
        # A squared length is an area: "mètres carrés", "m²", "square", "sq".
        ("Le hangar couvre 2 500 mètres carrés.", "The shed covers 0.25 hectares.", True),
        ("The store has 5,000 sq ft of floor space.", "Le magasin fait 465 m².", True),
        ("Le lac couvre 38 km².", "The lake covers about 15 square miles.", True),
        ("Le lac couvre 38 km².", "The lake covers 38 square miles.", False),
        # a figure converted and rounded to its own last digit
        ("The focus lay 10 km deep.", "The focus lay six miles deep.", True),
        ("The trail is 1.2 km long.", "The trail is 0.7 miles long.", True),
        ("The trail climbs 300 metres.", "The trail climbs about 1,000 feet.", True),
        # converted, the figure would be another
        ("The focus lay 5 km deep.", "The focus lay five miles deep.", False),
        # one unit of each says nothing of rounding: a kilometre is no mile
        ("The path is 1 km long.", "The path is 1 mile long.", False),
    ],
)
def test_lengths_and_areas_convert(a, b, same):
    assert agree(number(a), number(b)) is same


@pytest.mark.parametrize(
    ("area", "length", "lang"),
    [
        ("L'entrepôt de 1 800 mètres carrés a brûlé.", "dans un rayon de 1 800 mètres", "fr"),
        ("A 300 sq ft kiosk burned down.", "The smoke rose 300 feet.", "en"),
    ],
)
def test_an_area_is_no_length(area, length, lang):
    a, b = number(area, lang), number(length, lang)
    assert DIMENSIONS[a["key"]][0] == "area" and DIMENSIONS[b["key"]][0] == "length"


def test_metres_against_feet_across_sources(tmp_path):
    left = write_article(
        tmp_path,
        "a.md",
        "A coach fell into a 150-metre-deep ravine near Sion on Monday, police said.",
        published="2025-05-13",
        lang="en",
    )
    right = write_article(
        tmp_path,
        "b.md",
        "A coach plunged into a 200-foot-deep ravine near Sion on Monday, police said.",
        published="2025-05-13",
        lang="en",
    )
    report = run([str(left), str(right)], Settings(nli=False))
    assert [f.rule for f in report.findings if f.severity != "info"] == ["number.range"]


def test_durations_of_one_activity_are_one_slot(tmp_path):
    left = write_article(
        tmp_path,
        "a.md",
        "NAMUR — Le jury a délibéré pendant près de six heures avant de rendre son verdict jeudi.",
        published="2025-05-16",
    )
    right = write_article(
        tmp_path,
        "b.md",
        "NAMUR — Jeudi, après plus de dix heures de délibération, le jury a rendu son verdict.",
        published="2025-05-16",
    )
    report = run([str(left), str(right)], Settings(nli=False))
    assert [f.rule for f in report.findings if f.severity != "info"] == ["number.range"]
    # two durations of different things stay apart
    other = write_article(
        tmp_path,
        "c.md",
        "NAMUR — Jeudi, après dix heures de route, les proches sont arrivés au tribunal.",
        published="2025-05-16",
    )
    report = run([str(left), str(other)], Settings(nli=False))
    assert [f for f in report.findings if f.severity != "info"] == []


def test_weeks_are_a_unit_of_time(tmp_path):
    # ISO 8601's duration units: a count of weeks alone is as vague as one of days.
    works = write_article(
        tmp_path,
        "a.md",
        "NAMUR — Les travaux de la gare de Namur dureront six semaines, a annoncé la SNCB.",
        published="2025-05-16",
    )
    petition = write_article(
        tmp_path,
        "b.md",
        "NAMUR — Lancée par des riverains, une pétition a recueilli 2 000 signatures "
        "en trois semaines.",
        published="2025-05-16",
    )
    report = run([str(works), str(petition)], Settings(nli=False))
    assert [f for f in report.findings if f.severity != "info"] == []
    # weeks of one activity are one slot, whichever side of the figure names it
    strike = write_article(
        tmp_path,
        "c.md",
        "NAMUR — Les cheminots ont fait grève pendant six semaines avant de signer l'accord.",
        published="2025-05-16",
    )
    weeks_of = write_article(
        tmp_path,
        "d.md",
        "NAMUR — Après huit semaines de grève, les cheminots ont signé l'accord jeudi.",
        published="2025-05-16",
    )
    report = run([str(strike), str(weeks_of)], Settings(nli=False))
    assert [f.rule for f in report.findings if f.severity != "info"] == ["number.range"]


def test_a_journey_told_in_both_directions(tmp_path):
    left = write_article(
        tmp_path,
        "a.md",
        "SION — The coach, on its way from Martigny to Brig, left the road on Monday evening.",
        published="2025-05-13",
        lang="en",
    )
    right = write_article(
        tmp_path,
        "b.md",
        "SION — The coach was travelling from Brig to Martigny when it left the road on "
        "Monday evening.",
        published="2025-05-13",
        lang="en",
    )
    report = run([str(left), str(right)], Settings(nli=False))
    assert "location.route" in [f.rule for f in report.findings]
    same = write_article(
        tmp_path,
        "c.md",
        "SION — The coach was travelling from Martigny to Brig when it left the road.",
        published="2025-05-13",
        lang="en",
    )
    report = run([str(left), str(same)], Settings(nli=False))
    assert "location.route" not in [f.rule for f in report.findings]


def test_a_figure_of_what_is_to_come_does_not_agree_for_what_happened(tmp_path):
    left = write_article(
        tmp_path,
        "a.md",
        "DAKAR — Le Sénégalais Omar Diallo a remporté jeudi la 4e étape du Tour du Sahel.\n\n"
        "La 5e étape se disputera vendredi entre Thiès et Dakar.",
        published="2025-11-06",
    )
    right = write_article(
        tmp_path,
        "b.md",
        "DAKAR — Omar Diallo a remporté jeudi la cinquième étape du Tour du Sahel.",
        published="2025-11-06",
    )
    report = run([str(left), str(right)], Settings(nli=False))
    assert [f.rule for f in report.findings if f.scope == "across"] == ["number.range"]


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Le train transportait plusieurs centaines de passagers.", "fr", 200, 999),
        ("Des milliers de manifestants ont défilé.", "fr", 2000, 9999),
        ("Several hundred people gathered outside.", "en", 200, 999),
        ("Une centaine de personnes ont été évacuées.", "fr", 75, 125),
    ],
)
def test_plural_approximations_are_multiples_of_their_unit(text, lang, low, high):
    value = number(text, lang)
    assert (value["low"], value["high"]) == (low, high)


@pytest.mark.parametrize(("other", "flagged"), [("£612.4 million", False), ("£580m", True)])
def test_money_with_its_scale_on_the_figure_compares_across_sources(tmp_path, other, flagged):
    report = run_two(
        tmp_path,
        "Halcombe Glass said on Thursday that revenue for the year fell 8% to £612m.",
        f"Halcombe Glass said on Thursday that revenue for the year fell to {other}.",
        lang_a="en",
    )
    rules = [f.rule for f in report.findings if f.severity != "info"]
    assert rules == (["number.range"] if flagged else [])


def test_an_amount_restated_as_part_of_a_total_is_not_disputed_by_the_total(tmp_path):
    """ "$281m in cash" in one source and "$334 million, including $281 million in cash"
    in the other: the cash is restated, the total is another amount."""
    report = run_two(
        tmp_path,
        "Norvane is paying $281m in cash and $53m in stock to acquire privately held Ardel, "
        "which raised $35m in two rounds of funding.",
        "Norvane will pay $334 million for Ardel, including $281 million in cash.",
        lang_a="en",
    )
    assert [f.summary for f in report.findings if f.rule == "number.range"] == []


@pytest.mark.parametrize(
    ("text", "lang", "converted"),
    [
        ("Every owner will get a £75 voucher (about $100) from the retailer.", "en", "100"),
        ("The grant is worth €2 million ($2.3 million) over three years.", "en", "2.3 million"),
        ("La subvention atteint 2 millions d'euros (2,3 millions de dollars).", "fr", "2,3"),
        ("The rescuers walked 14 miles (22.5 km) across the moor.", "en", "22.5"),
    ],
)
def test_a_figure_converted_in_parentheses_is_a_conversion(text, lang, converted):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    numbers = [d for d in drafts if d.kind == "number"]
    first, second = numbers[:2]
    assert first.value.get("frame") is None
    assert second.value["frame"] == "conversion" and converted in text[slice(*second.span)]
    # the parenthesis ends what the first figure counts: euros stay euros
    assert first.value["key"] != "DOLLAR" or "$" in text[: first.span[0]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The firm paid $5 million (up from $3 million in 2023) for the site.", "en"),
        ("Elle a payé 500 euros (contre 300 euros l'an dernier) pour sa licence.", "fr"),
        ("Le bilan est de 12 morts (dont 3 enfants) selon la préfecture.", "fr"),
    ],
)
def test_a_second_figure_in_parentheses_is_not_always_a_conversion(text, lang):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    assert all(d.value.get("frame") != "conversion" for d in drafts if d.kind == "number")


def test_a_conversion_at_the_writer_s_rate_is_no_second_figure(tmp_path):
    report = run_two(
        tmp_path,
        "Damage to the school was estimated at €1 million ($1.4 million), the mayor said.",
        "Damage to the school was estimated at $1.1 million, the mayor said.",
        lang_a="en",
    )
    assert [f for f in report.findings if f.kind == "number"] == []
    # the figure itself is still compared
    report = run_two(
        tmp_path,
        "Damage to the school was estimated at $1.4 million, the mayor said.",
        "Damage to the school was estimated at $1.1 million, the mayor said.",
        lang_a="en",
    )
    assert [f.rule for f in report.findings if f.kind == "number"] == ["number.range"]
