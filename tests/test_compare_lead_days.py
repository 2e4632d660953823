"""The day each article's lead tells its story's happening on (`compare.dates`): a news
report opens on what happened and when, so two leads a day apart disagree however
differently they word it. Sentences from no labelled set."""

from __future__ import annotations

import pytest

from factdiff.pipeline import Settings, run
from helpers_articles import run_two, write_article

_FRENCH_LEAD = (
    "Un car de tourisme transportant 38 retraités belges a quitté la route mardi soir dans "
    "les gorges du Verdon, faisant douze blessés, selon les pompiers des Alpes-de-Haute-Provence. "
    "Le conducteur, âgé de 61 ans, a été hospitalisé."
)


def _day_findings(tmp_path, french: str, english: str, published_en: str = "2025-10-08"):
    paths = [
        str(write_article(tmp_path, "a.md", french, "2025-10-08", "fr")),
        str(write_article(tmp_path, "b.md", english, published_en, "en")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if f.kind == "date" and f.severity != "info"]


def test_two_leads_a_day_apart_disagree_however_worded(tmp_path):
    # The leads share the gorge and little else: no sentence pairing reads them as one fact.
    english = (
        "Investigators are examining the brakes of a Belgian coach after it careered into a "
        "ravine in the Verdon on Monday evening, the third such accident there this year. "
        "Twelve of its 38 passengers were hurt, two of them seriously. The tour operator, "
        "Horizon Travel, said its drivers follow strict rest rules. The road was reopened to "
        "traffic the next morning."
    )
    found = _day_findings(tmp_path, _FRENCH_LEAD, english)
    assert found, "the two leads' days were not compared"
    texts = " ".join(e.text for f in found for e in f.evidence)
    assert "mardi soir" in texts and "on Monday evening" in texts


def test_a_later_report_may_lead_with_a_later_development(tmp_path):
    # Published two days later, the English lead opens on what followed the crash.
    english = (
        "A Belgian tour operator suspended all its coach trips to France on Thursday, after "
        "twelve of its pensioners were hurt in a crash in the Verdon gorge. Its shares fell 4%."
    )
    assert not _day_findings(tmp_path, _FRENCH_LEAD, english, published_en="2025-10-10")


def test_a_lead_that_opens_on_a_statement_names_no_day_of_the_happening(tmp_path):
    english = (
        "Prosecutors said on Wednesday that the brakes of a Belgian tour bus had failed before "
        "it plunged off a mountain road in the Verdon gorge. The bus left the road on Monday."
    )
    found = _day_findings(tmp_path, _FRENCH_LEAD, english)
    assert not any("on Monday" in e.text for f in found for e in f.evidence)


def _time_findings(tmp_path, english: str, french: str):
    paths = [
        str(write_article(tmp_path, "a.md", english, "2025-10-08", "en")),
        str(write_article(tmp_path, "b.md", french, "2025-10-08", "fr")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if f.kind == "date" and f.rule == "date.main_time"]


_ENGLISH_CRASH = (
    "Eleven people were hurt when a tour bus overturned near Castellane yesterday evening, "
    "the prefecture said. The bus, carrying Belgian pensioners, left the road at about "
    "7.15pm on a bend of the gorge road. A crane lifted it out of the ravine overnight and "
    "the road reopened at 6am today. The driver was tested for alcohol."
)
_FRENCH_CRASH = (
    "Onze retraités belges ont été blessés près de Castellane, dont deux grièvement. Un "
    "automobiliste qui suivait le car a donné l'alerte vers 21 h 30. Les pompiers ont "
    "déployé un poste médical avancé."
)


def test_the_one_time_of_the_leads_day_is_the_events_time(tmp_path):
    # The English article gives two clock times; the reopening's is dated to another day
    # than its lead's, so the crash's time is its one time of the story's day. (No
    # sentence pairing reads the alert and the crash as one fact.)
    found = _time_findings(tmp_path, _ENGLISH_CRASH, _FRENCH_CRASH)
    assert found, "the two times of the crash were not compared"
    assert any("7.15pm" in f.summary and "21 h 30" in f.summary for f in found)


def test_times_of_the_leads_day_that_meet_agree(tmp_path):
    french = _FRENCH_CRASH.replace("vers 21 h 30", "vers 19 h 15")
    assert "19 h 15" in french
    assert not _time_findings(tmp_path, _ENGLISH_CRASH, french)


def test_the_one_clock_times_of_two_days_are_two_moments(tmp_path):
    # Each article's one clock time, on the day its own sentence or lead gives: Sunday's
    # intrusion and Monday's leak are two moments of the story, not one time told twice.
    english_a = (
        "Hackers broke into the computer network of a hospital trust in Norfolk, which said "
        "staff detected the intrusion at 2.15am on Sunday. Operations were postponed."
    )
    english_b = (
        "A ransomware group said on Monday it had stolen patient files from a Norfolk "
        "hospital trust. It posted a sample on its leak site at 3pm on Monday."
    )
    report = run_two(tmp_path, english_a, english_b, "2026-01-12", "en", "en")
    assert not [f for f in report.findings if f.rule == "date.main_time"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a time set before a noun: when that thing is held, a schedule
        "At the 10 a.m. briefing, the operator said the driver was unhurt.",
        # after "by": a deadline, or a margin written like a clock time
        "The operator now trails its rival by 1:04 on the route's timetable.",
        "Engineers hoped to reopen the road by 6pm.",
    ],
)
def test_a_schedule_a_deadline_or_a_margin_is_not_the_events_time(tmp_path, sentence):
    # Alone, such a time is not the article's time of the crash: nothing to compare.
    english = _ENGLISH_CRASH.replace("left the road at about 7.15pm", "left the road").replace(
        "the road reopened at 6am today", "the road reopened"
    )
    assert "7.15pm" not in english and "6am" not in english
    assert not _time_findings(tmp_path, f"{english} {sentence}", _FRENCH_CRASH)
    # Beside the crash's own time, it leaves that time the article's one: still compared.
    found = _time_findings(tmp_path, f"{_ENGLISH_CRASH} {sentence}", _FRENCH_CRASH)
    assert any("7.15pm" in f.summary and "21 h 30" in f.summary for f in found)


@pytest.mark.parametrize(
    ("own_time", "other_time", "flagged"),
    [
        # one night's two times, three hours apart across midnight: rival answers
        ("at 2.15am on Sunday", "shortly after 11pm on Saturday", True),
        # three minutes apart across midnight: one time told twice
        ("at 12.02am on Sunday", "at 11.59pm on Saturday", False),
        # seven minutes apart, one of them "about": its range reaches the other
        ("at 12.02am on Sunday", "at about 11.55pm on Saturday", False),
        # sixteen hours apart: two days' moments
        ("at 2.15am on Sunday", "at about 10am on Saturday", False),
    ],
)
def test_clock_times_of_one_night_are_compared_across_midnight(
    tmp_path, own_time, other_time, flagged
):
    report = run_two(
        tmp_path,
        f"Staff at the hospital detected the intrusion {own_time}, when the clinical "
        "systems began to fail.",
        f"Staff at the hospital first noticed the intrusion {other_time}, when the "
        "radiology workstations locked up.",
        "2026-06-08",
        "en",
        "en",
    )
    times = [f for f in report.findings if f.rule == "date.time"]
    assert bool(times) == flagged, [f.summary for f in times]
