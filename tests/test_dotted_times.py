"""British copy writes clock times with a point and no half of the day ("At 10.05 on
Thursday", "at 22.05 BST", a live blog's "13.10 - ..."); a decimal after "at" stays a
decimal when a unit follows ("at 6.45 percent"). A time "until" which something lasts
ends a span: no rival of the moment something began. The articles are written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two

FRI_15_MAY = date(2026, 5, 15)


def _times(text: str) -> list[str]:
    return [
        c.value.get("time") for c in claims(text, "date", "en", FRI_15_MAY) if c.value.get("time")
    ]


def _numbers(text: str) -> list[float]:
    return [c.value["value"] for c in claims(text, "number", "en", FRI_15_MAY)]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("At 10.05 on Thursday the ferry lost propulsion off Lismore.", "10:05"),
        ("The hold was called at 22.05 BST, ninety seconds from lift-off.", "22:05"),
        ("Polls close at 22.00 and counting starts at once.", "22:00"),
        ("13.10 - The striker arrives at the ground with nine goals this season.", "13:10"),
        ("The lifeboat launched shortly after 04.40, the coastguard said.", "04:40"),
    ],
)
def test_a_time_with_a_point_is_a_clock_time(text, time):
    assert time in _times(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mortgage rates stood at 6.45 percent last week.",
        "Shares closed at 10.50 euros on Friday.",
        "The sprinter won in 9.86 seconds.",
        "The index fell 2.35 points.",
    ],
)
def test_a_decimal_with_a_point_is_no_time(text):
    assert _times(text) == []


def test_a_live_stamp_is_no_count_of_what_follows():
    assert 13.1 not in _numbers("13.10 - The striker arrives with nine goals this season.")


def test_two_dotted_times_of_one_breakdown_conflict(tmp_path):
    a = (
        "At 10.05 on Thursday the MV Kilbrannan lost propulsion during her crossing from "
        "Oban to Craignure, the operator said."
    )
    b = (
        "The MV Kilbrannan was crossing from Oban to Craignure when she lost propulsion "
        "at around 11.20am on Thursday, the coastguard said."
    )
    report = run_two(tmp_path, a, b, published="2026-05-15", lang_a="en")
    assert rules_of(report, "date") == ["date.time"]


def test_the_end_of_a_span_is_no_rival_of_its_start(tmp_path):
    a = (
        "The launch window opened at 9.30pm on Tuesday and was due to stay open for two "
        "hours, the company said."
    )
    b = (
        "Engineers were still checking the upper stage on Tuesday night; the launch "
        "window remained open until 23.30, the company said."
    )
    report = run_two(tmp_path, a, b, published="2026-09-09", lang_a="en")
    assert rules_of(report, "date") == []
