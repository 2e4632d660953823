"""The part of the day a lead gives its happening by naming it ("the Tuesday morning
raid", "a pre-dawn blaze", "l'incendie de lundi matin") against the one clock time
another article, or the article's body, gives that day (`compare.dates`). Sentences
from no labelled set."""

from __future__ import annotations

from datetime import date

import pytest

from factdiff.extract import extract_sentence
from factdiff.pipeline import Settings, run
from factdiff.records import Sentence
from helpers_articles import run_two, write_article

RULES = Settings(nli=False, cache=False)


def _main_time_findings(report):
    """Findings of two times of day that cannot meet."""
    return [
        f
        for f in report.findings
        if f.rule in ("date.time", "date.main_time") and f.severity != "info"
    ]


def _raid_article(tmp_path, body_time: str):
    body = (
        "Two men were arrested hours after the Tuesday morning raid on a jeweller's shop in "
        "Harrogate, North Yorkshire Police said. Watches worth about £40,000 were taken.\n\n"
        "Officers stopped a car on the A61 near Ripon and recovered most of the watches.\n\n"
        f"{body_time}\n\n"
        "The shop's owner said the staff were shaken but unhurt."
    )
    path = write_article(tmp_path, "story.md", body, published="2025-11-04", lang="en")
    return run([str(path)], RULES)


@pytest.mark.parametrize(
    ("body_time", "flagged"),
    [
        # the body's one clock time of that day, in the afternoon: not a morning raid
        ("A witness said the two men walked into the shop at about 2.30pm on Tuesday.", True),
        # however little the two sentences share
        (
            "CCTV footage released by the force shows a grey hatchback pulling up outside at "
            "2.30pm on Tuesday.",
            True,
        ),
        # past noon, by a.m. and p.m., however hedged: noon is no loose edge of a morning
        ("A witness said the two men walked into the shop at around 12.40pm on Tuesday.", True),
        # a morning time agrees
        ("A witness said the two men walked into the shop at about 9.30am on Tuesday.", False),
        # before dawn is still that morning's loose edge ("a 4.30 am raid told as morning")
        ("A witness said the two men walked into the shop at about 4.30am on Tuesday.", False),
        # a clock time of another day is another happening
        ("The two men appeared before magistrates at 2.30pm on Wednesday.", False),
    ],
)
def test_within_a_lead_happenings_part_of_day_against_the_bodys_clock_time(
    tmp_path, body_time, flagged
):
    found = _main_time_findings(_raid_article(tmp_path, body_time))
    assert bool(found) == flagged
    if flagged:
        texts = " ".join(e.text for f in found for e in f.evidence)
        assert "Tuesday morning raid" in texts and "2.30pm" in texts or "12.40pm" in texts
        assert all(f.scope == "within" for f in found)


def test_a_part_of_the_day_that_names_no_happening_is_not_its_time(tmp_path):
    # "on Tuesday morning" says when the police spoke, not which moment the raid was
    body = (
        "Two men were arrested after a raid on a jeweller's shop in Harrogate, police said "
        "on Tuesday morning. Watches worth about £40,000 were taken.\n\n"
        "Officers stopped a car on the A61 near Ripon and recovered most of the watches.\n\n"
        "A witness said the two men walked into the shop at about 2.30pm on Tuesday."
    )
    path = write_article(tmp_path, "story.md", body, published="2025-11-04", lang="en")
    assert not _main_time_findings(run([str(path)], RULES))


def test_across_sources_a_french_lead_happenings_part_of_day_against_an_english_clock(tmp_path):
    french = (
        "L'incendie de lundi matin a entièrement détruit un entrepôt de pneus de la zone "
        "industrielle de Saint-Priest, selon les pompiers du Rhône. Aucun blessé n'est à "
        "déplorer.\n\nUne enquête a été ouverte pour déterminer l'origine du sinistre."
    )
    english = (
        "A tyre warehouse near Lyon was destroyed by fire, firefighters said. The blaze broke "
        "out at around 4pm on Monday and took six hours to bring under control.\n\nNobody "
        "was hurt."
    )
    found = _main_time_findings(run_two(tmp_path, french, english, "2025-10-14"))
    assert found, "the lead's morning fire was not set against the other's 4pm"
    texts = " ".join(e.text for f in found for e in f.evidence)
    assert "lundi matin" in texts and "4pm" in texts


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("A pre-dawn blaze destroyed the old dairy warehouse.", "en", "pre-dawn"),
        ("Police raided the flat before dawn on Sunday.", "en", "before dawn"),
        ("Les gendarmes sont intervenus avant l'aube dimanche.", "fr", "avant l'aube"),
    ],
)
def test_before_dawn_is_a_part_of_the_night(text, lang, surface):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), date(2025, 11, 2))
    parts = [d for d in drafts if d.kind == "date" and d.value.get("time_range")]
    assert [(d.surface, list(d.value["time_range"])) for d in parts] == [
        (surface, ["00:00", "06:00"])
    ]


@pytest.mark.parametrize(
    ("body_time", "flagged"),
    [
        # the lead's event told again at another time: one of the two is wrong
        ("Selon les gendarmes, la collision s'est produite vers 9h50.", True),
        # a briefing still to come that day is another happening's time
        ("Un point presse se tiendra à 11h30 à la préfecture.", False),
    ],
)
def test_within_a_time_still_to_come_is_not_the_leads_event(tmp_path, body_time, flagged):
    body = (
        "Un camion-citerne s'est renversé mardi vers 7h20 sur la RN 88, près de Rodez, sans "
        "faire de blessé, a-t-on appris auprès de la préfecture.\n\n"
        "La chaussée a été fermée dans les deux sens pendant le pompage de la cuve.\n\n"
        f"{body_time}"
    )
    path = write_article(tmp_path, "story.md", body, published="2025-11-04", lang="fr")
    assert bool(_main_time_findings(run([str(path)], RULES))) == flagged


@pytest.mark.parametrize(
    "live",
    [
        # an entry stamp followed straight by the entry's first sentence is when it was
        # posted, not when the road closed
        "08:15 Good morning. We are following the closure of the M62 this morning.\n\n"
        "Recovery teams are on the scene lifting the pipes.",
        "08:15 Good morning. We are following the closure of the M62 this morning.\n\n"
        "09:30 The police say the lorry shed its load at about 5.40am.",
    ],
)
def test_a_live_blogs_entry_stamps_are_not_its_storys_time(tmp_path, live):
    wire = (
        "A section of the M62 was closed in both directions at about 5.40am on Tuesday after a "
        "lorry shed its load of steel pipes near Junction 22, police said.\n\n"
        "Nobody was hurt."
    )
    report = run_two(tmp_path, wire, live, "2025-11-04", lang_a="en", lang_b="en")
    assert not _main_time_findings(report)


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        # the other article's one time is when the bridge reopened: a change, two moments
        ("The Severn crossing reopened to traffic at 1.40pm on Tuesday, officials said.", False),
        # its one time of the closure itself is a rival answer
        ("The Severn crossing was closed to traffic at 1.40pm on Tuesday, officials said.", True),
    ],
)
def test_the_times_of_two_states_of_a_thing_are_two_moments(tmp_path, second, flagged):
    first = (
        "The Severn crossing was closed in both directions at about 6.20am on Tuesday after "
        "gusts above 70mph were recorded, National Highways said.\n\nNo one was hurt."
    )
    report = run_two(
        tmp_path,
        first,
        second + "\n\nDrivers faced long delays.",
        "2025-11-04",
        lang_a="en",
        lang_b="en",
    )
    assert bool(_main_time_findings(report)) == flagged


@pytest.mark.parametrize(
    ("hours", "lang"),
    [
        ("The Brennan Gallery is open to visitors Tuesday to Sunday, 10:00 to 18:00.", "en"),
        (
            "La galerie Brennan est ouverte aux visiteurs du mardi au dimanche, de 10 h à 18 h.",
            "fr",
        ),
    ],
)
def test_opening_hours_are_no_day_something_happened(tmp_path, hours, lang):
    visits = (
        "The Brennan Gallery reopened to visitors on Saturday after a two-year refit, and "
        "about 8,000 visitors had come through its doors by Monday evening.\n\nEntry is free."
    )
    report = run_two(
        tmp_path, visits, hours + "\n\nEntry is free.", "2025-11-04", lang_a="en", lang_b=lang
    )
    assert not [f for f in report.findings if f.kind == "date" and f.severity != "info"]
