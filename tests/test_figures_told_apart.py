"""Two figures of one unit that two sources give of different things or at different
times: a revised estimate told as such is an update (factdiff.compare.numbers
._says_moved), a measure compounded with its noun ("an 18-metre trawler", "the 30-metre
tug") is that noun's size (`_amount_of`). The articles are written for these tests."""

from __future__ import annotations

import pytest

from helpers_articles import run_two


def _numbers(report, severities=("error", "warning")):
    return [f for f in report.findings if f.kind == "number" and f.severity in severities]


@pytest.mark.parametrize(
    ("told", "severity"),
    [
        ("The updated resource of 52 million tonnes", "info"),
        ("A resource of 52 million tonnes, up from the previous estimate,", "info"),
        # the same figure without a word of change: two values of one resource
        ("A resource of 52 million tonnes", "warning"),
    ],
)
def test_a_revised_estimate_told_as_such_is_an_update(tmp_path, told, severity):
    a = (
        "Yarrabee hosts a resource of 47 million tonnes of copper ore, according to the "
        "company's last published estimate."
    )
    b = f"{told} of copper ore at Yarrabee supports a mine life of at least 15 years."
    report = run_two(
        tmp_path,
        a,
        b,
        published="2026-03-02",
        lang_a="en",
        lang_b="en",
        published_b="2026-03-03",
    )
    found = _numbers(report, ("error", "warning", "info"))
    assert found and {f.severity if f.severity == "info" else "warning" for f in found} == {
        severity
    }


@pytest.mark.parametrize(
    ("vessel_b", "flagged"),
    [
        # the tug's length is not the trawler's
        ("by the 30-metre tug Brenton Star", False),
        # the trawler's length in both: one length, two values
        ("by a tug; the 30-metre trawler", True),
    ],
)
def test_a_measure_compounded_with_its_noun_is_that_noun_s_size(tmp_path, vessel_b, flagged):
    a = (
        "The coastguard said the 18-metre trawler Ocean Dawn had lost power off Start Point "
        "on Sunday night with five crew aboard."
    )
    b = f"The Ocean Dawn was towed into Dartmouth {vessel_b} reached the quay on Monday."
    report = run_two(tmp_path, a, b, published="2026-02-09", lang_a="en", lang_b="en")
    assert bool(_numbers(report)) is flagged


def test_a_hedged_measure_is_of_the_noun_before_it(tmp_path):
    a = "Gale-force winds and waves of up to seven metres hit the harbour at Newlyn on Sunday."
    b = "The 26-metre lifeboat Spirit of Penlee was launched from Newlyn on Sunday evening."
    report = run_two(tmp_path, a, b, published="2026-02-09", lang_a="en", lang_b="en")
    assert _numbers(report) == []


@pytest.mark.parametrize(
    ("move", "flagged"),
    [
        # a peak move ("as much as") and the close: one bounded by the other
        ("jumped as much as 22 per cent in early trading", False),
        # the same figure told as the close: two values of one move
        ("closed 22 per cent higher", True),
    ],
)
def test_a_peak_move_bounds_the_close(tmp_path, move, flagged):
    a = f"Shares in Redfern Minerals {move} on Wednesday after the mine was approved."
    b = "Shares in Redfern Minerals closed 14 per cent higher on Wednesday after the approval."
    report = run_two(tmp_path, a, b, published="2026-06-10", lang_a="en", lang_b="en")
    assert bool(_numbers(report)) is flagged


def test_a_move_is_not_a_share_of_something_else(tmp_path):
    a = "Redfern shares jumped as much as 22 per cent in early trading on Wednesday."
    b = (
        "The mine is expected to create 320 jobs, with a target of 15 per cent Aboriginal "
        "employment, Redfern said on Wednesday."
    )
    report = run_two(tmp_path, a, b, published="2026-06-10", lang_a="en", lang_b="en")
    assert _numbers(report) == []


def test_a_point_of_a_course_is_not_its_length(tmp_path):
    a = (
        "Le Sénégalais a placé une accélération décisive peu après le trentième kilomètre "
        "du marathon de Dakar, dimanche."
    )
    b = "The leaders spent most of the 26.2-mile course of the Dakar marathon on Sunday together."
    report = run_two(tmp_path, a, b, published="2026-02-22", lang_a="fr", lang_b="en")
    assert _numbers(report) == []
