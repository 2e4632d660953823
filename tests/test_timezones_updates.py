"""Clock times read in their zones, and figures that moved between publications."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import claims
from factdiff.extract.timezones import LOCAL, utc_offset, zone_after
from factdiff.pipeline import Settings, align_paths, run
from factdiff.text import fold
from helpers_articles import write_article


@pytest.mark.parametrize(
    ("tail", "zone"),
    [
        (", heure de Paris, à la sortie du tunnel", "Europe/Paris"),
        (" GMT following a fault", "gmt"),
        (" UK time.", "Europe/London"),
        (" (heure locale)", LOCAL),
        (" New York time", "America/New_York"),
        (" heure de Londres", "Europe/London"),
        # a town that names no zone: its GeoNames zone, the best-known town's
        (" Ottawa time", "America/Toronto"),
        (" heure de Nantes", "Europe/Paris"),
        (" heures plus tard", None),
        (" le matin", None),
    ],
)
def test_zone_after_a_time(tail, zone):
    assert zone_after(fold(tail)) == zone


def test_offsets_follow_summer_time():
    assert utc_offset("Europe/Paris", date(2025, 11, 16)) == 60
    assert utc_offset("Europe/Paris", date(2025, 7, 16)) == 120
    assert utc_offset("gmt", None) == 0
    assert utc_offset(LOCAL, date(2025, 7, 16)) is None
    assert utc_offset("Europe/Paris", None) is None


def test_time_claims_carry_their_zone():
    (paris,) = [
        c
        for c in claims(
            "Le train s'est arrêté vers 17 h 45, heure de Paris.",
            "date",
            published=date(2025, 11, 16),
        )
        if c.value.get("time")
    ]
    assert paris.value["tz"] == "Europe/Paris" and paris.value["utc_offset"] == 60
    (plain,) = [c for c in claims("Le train est parti à 16 h 13.", "date") if c.value.get("time")]
    assert "tz" not in plain.value


def _pair(
    tmp_path,
    a: str,
    b: str,
    lang_b: str = "en",
    published=("2025-11-17", "2025-11-17"),
    lang_a: str = "fr",
):
    paths = [
        str(write_article(tmp_path, "a.md", a, published[0], lang_a)),
        str(write_article(tmp_path, "b.md", b, published[1], lang_b)),
    ]
    return run(paths, Settings(nli=False, cache=False))


def _updates_only(report):
    """The number findings of a report, asserted to be there and all updates (info)."""
    numbers = [f for f in report.findings if f.kind == "number"]
    assert numbers and all(f.severity == "info" for f in numbers)
    return numbers


def test_one_time_in_two_zones_agrees(tmp_path):
    report = _pair(
        tmp_path,
        "Le train Eurostar a quitté la gare du Nord à 16 h 13, heure de Paris, dimanche.",
        "The Eurostar train left the Gare du Nord at 3.13pm UK time on Sunday.",
    )
    assert not [f for f in report.findings if f.kind == "date"]


def test_a_live_blog_entry_stamp_is_no_time_of_the_event(tmp_path):
    report = _pair(
        tmp_path,
        "Le glissement de terrain s'est produit vers 3 h 15 dimanche au-dessus de Valloire. "
        "8 h 30 – Les recherches ont repris à l'aube avec deux hélicoptères.",
        "The landslide struck above Valloire at about 3.15am on Sunday. "
        "9.10am: Two helicopters have joined the search.",
    )
    assert not [f for f in report.findings if f.kind == "date" and f.severity != "info"]


def test_the_same_clock_time_in_two_zones_conflicts(tmp_path):
    report = _pair(
        tmp_path,
        "Le train Eurostar s'est arrêté dans le tunnel à 17 h 45, heure de Paris, dimanche.",
        "The Eurostar train stopped in the tunnel at 17:45 GMT on Sunday.",
    )
    found = [f for f in report.findings if f.kind == "date" and f.severity != "info"]
    assert found and "17:45" in found[0].summary


def test_a_later_article_raising_a_toll_is_an_update_with_both_dates(tmp_path):
    report = _pair(
        tmp_path,
        "Douze personnes ont été tuées dans l'incendie de l'usine de Rouen, samedi.",
        "The death toll from the Rouen factory fire rose to 15 on Sunday, officials said.",
        published=("2025-03-01", "2025-03-02"),
    )
    numbers = _updates_only(report)
    assert "2025-03-01" in numbers[0].summary and "2025-03-02" in numbers[0].summary


def test_a_later_toll_with_the_older_tolls_digits_shuffled_is_no_update(tmp_path):
    older = "Selon la préfecture, 24 personnes ont été blessées dans l'explosion de Rouen."
    days = ("2025-03-01", "2025-03-04")
    # 24 then 42 days later, no word of a change: one of the two figures is miscopied.
    report = _pair(
        tmp_path,
        older,
        "In all, 42 people were injured in the Rouen explosion, officials said.",
        published=days,
    )
    numbers = [f for f in report.findings if f.kind == "number"]
    assert numbers and numbers[0].severity in ("warning", "error")
    # ... while a toll said to have grown to those digits is still an update
    report = _pair(
        tmp_path,
        older,
        "The number of people injured in the Rouen explosion has risen to 42, officials said.",
        published=days,
    )
    _updates_only(report)


def test_a_figure_said_to_have_moved_is_an_update_on_the_same_day(tmp_path):
    # Not a toll: any figure the newer sentence says has moved ("has risen to").
    report = _pair(
        tmp_path,
        "La cagnotte en ligne pour les sinistrés de Nantes a recueilli 12 000 euros.",
        "La cagnotte en ligne pour les sinistrés de Nantes a désormais recueilli 18 000 euros.",
        lang_b="fr",
        published=("2025-03-01", "2025-03-01"),
    )
    numbers = _updates_only(report)
    assert "updated to" in numbers[0].summary


def test_the_day_of_an_update_is_not_a_rival_day_of_the_event(tmp_path):
    report = _pair(
        tmp_path,
        "Twelve people were killed on Saturday in the fire at the Rouen chemical factory.",
        "The death toll from the fire at the Rouen chemical factory rose to 15 on Sunday.",
        published=("2025-03-01", "2025-03-03"),
        lang_a="en",
    )
    assert not [f for f in report.findings if f.kind == "date" and f.severity != "info"]


def test_a_sentence_dated_well_before_its_article_is_background(tmp_path):
    paths = [
        str(
            write_article(
                tmp_path, "a.md", "Fourteen people died in the coach crash.", "2025-11-08", "en"
            )
        ),
        str(
            write_article(
                tmp_path,
                "b.md",
                "More than 3,000 people died on the roads in 2023. Eighteen people died in the "
                "coach crash.",
                "2025-11-08",
                "en",
            )
        ),
    ]
    al, ex, _ = align_paths(paths)
    crash_a, background_b, crash_b = ((s.source, s.index) for s in ex.sentences)
    assert al.distinct(crash_a, background_b)
    assert not al.distinct(crash_a, crash_b)


def test_a_time_belongs_to_the_day_named_next_to_it(tmp_path):
    """In "samedi vers 23 h 10, a annoncé dimanche la préfecture", 23 h 10 is Saturday's, so
    Sunday morning's reopening is another moment, not a rival time of the fire."""
    report = _pair(
        tmp_path,
        "L'incendie s'est déclaré samedi vers 23 h 10, a annoncé dimanche la préfecture.",
        "La préfecture a rouvert la route dimanche matin, après l'incendie.",
        lang_b="fr",
        published=("2025-06-15", "2025-06-15"),
    )
    assert not [f for f in report.findings if f.rule == "date.time"]
    # Both on the Saturday, the clock time and the morning cannot meet.
    report = _pair(
        tmp_path,
        "L'incendie s'est déclaré samedi vers 23 h 10, a annoncé dimanche la préfecture.",
        "L'incendie s'est déclaré samedi matin, selon la préfecture.",
        lang_b="fr",
        published=("2025-06-15", "2025-06-15"),
    )
    assert [f for f in report.findings if f.rule == "date.time"]


def test_a_time_without_a_zone_is_read_where_its_sentence_places_it(tmp_path):
    """Shimla keeps India's time (UTC+5:30): its "vers 8 h 15" is 02:45 GMT."""
    a = "Un glissement de terrain a eu lieu à Shimla vers 8 h 15 mardi, selon les secours."
    report = _pair(tmp_path, a, "A landslide struck in Shimla at about 02:45 GMT on Tuesday.")
    assert not [f for f in report.findings if f.kind == "date"]
    report = _pair(tmp_path, a, "A landslide struck in Shimla at about 08:15 GMT on Tuesday.")
    assert [f for f in report.findings if f.kind == "date" and f.severity != "info"]


def test_a_time_whose_sentence_names_places_of_two_zones_stays_unknown(tmp_path):
    a = (
        "Réuni à Lausanne, le comité a parlé avec les secouristes à Shimla vers 8 h 15 "
        "mardi, selon la fédération."
    )
    b = "The committee spoke with rescuers in Shimla at about 08:15 GMT on Tuesday."
    report = _pair(tmp_path, a, b)
    assert not [f for f in report.findings if f.kind == "date"]


def test_places_offset_reads_towns_and_one_zone_countries():
    from factdiff.extract.timezones import places_offset

    day = date(2025, 11, 8)
    assert places_offset(["Shimla"], day) == 330
    assert places_offset(["Inde", "Shimla"], day) == 330
    assert places_offset(["Lausanne"], date(2025, 7, 1)) == 120  # summer time
    assert places_offset(["Shimla", "Lausanne"], day) is None
    assert places_offset(["Nowhere-sur-Rien"], day) is None
    assert places_offset(["Shimla"], None) is None


def test_an_article_without_a_date_reads_a_month_in_its_storys_year(tmp_path):
    """The undated analysis recalls last March's final; the dated report gives this
    week's score. Read in the story's year, March is months before it: another match."""
    report = _pair(
        tmp_path,
        "Les Cormorans ont battu Saint-Brieuc 3-1 samedi en finale de la coupe régionale.",
        "Saint-Brieuc avait gagné 4-0 en mars, lors de la dernière finale face aux Cormorans.",
        lang_b="fr",
        published=("2025-11-17", None),
    )
    assert not [f for f in report.findings if f.kind == "number"]
    dated = report.claims if hasattr(report, "claims") else []
    months = [c for c in dated if c.kind == "date" and c.source == "b.md"]
    assert months and months[0].value["date"] == "2025-03-01"


def test_two_background_figures_of_two_different_years_are_not_one_fact(tmp_path):
    """Each article recalls an earlier, different toll: "in 2023" and "in June last year"
    (June 2024, not June of the article's year) are two periods, not one event."""
    report = _pair(
        tmp_path,
        "A flash flood killed four hikers on Saturday. In 2023, floods killed 212 people "
        "across the region.",
        "A flash flood killed four hikers on Saturday. In June last year, a flood in the "
        "same canyon killed six people.",
        lang_a="en",
        published=("2025-11-10", "2025-11-10"),
    )
    assert not [f for f in report.findings if f.kind == "number"]


def test_a_month_followed_by_last_year_is_that_years_month():
    from factdiff.extract import extract_sentence
    from factdiff.records import Sentence

    for text, lang in (
        ("In June last year, a bus fell into the gorge.", "en"),
        ("En juin de l'année dernière, un car était tombé dans le ravin.", "fr"),
    ):
        sentence = Sentence("a.md", 0, text, 0, len(text), lang, False)
        drafts, _ = extract_sentence(sentence, date(2025, 11, 22))
        months = [d.value["date"] for d in drafts if d.value.get("granularity") == "month"]
        assert months == ["2024-06-01"]


def test_a_line_of_final_figures_is_an_update(tmp_path):
    report = _pair(
        tmp_path,
        "Ms Ford won the by-election with 7,210 votes, a margin of 50 votes.",
        "Final figures after the recount: Ford 7,204, Hale 7,170 – a margin of 34 votes.",
        lang_a="en",
        published=("2025-03-01", "2025-03-08"),
    )
    _updates_only(report)
