"""benchmarks/bindings.py: how it scores (person, title) and (number, counted noun)
readings against labels, and what it does with a bad line."""

from __future__ import annotations

import json

import pytest

from conftest import load_benchmark

bench = load_benchmark("bindings.py")

ITEM = {
    "id": "fr-x",
    "lang": "fr",
    "text": "Le maire, Paul Roux, et la préfète Anne Lutz ont visité les 12 maisons inondées.",
    "roles": [
        {"person": "Paul Roux", "title": "maire", "head": "maire"},
        {"person": "Anne Lutz", "title": "préfète", "head": "préfète"},
    ],
    "counts": [{"number": "12", "noun": "maisons"}],
}


def test_a_right_reading_scores_everything() -> None:
    reading = bench.Reading(
        roles=[("Paul Roux", "Le maire", (0, 8)), ("Lutz", "la préfète", (24, 34))],
        counts=[((60, 62), "maisons")],
    )
    tally = bench.score(ITEM, reading)
    assert (tally.role_right, tally.role_predicted, tally.role_found, tally.role_gold) == (
        2,
        2,
        2,
        2,
    )
    assert (tally.count_read, tally.count_bound, tally.misbound) == (1, 1, 0)


def test_a_title_given_to_the_other_person_is_misbound() -> None:
    reading = bench.Reading(
        roles=[("Anne Lutz", "Le maire", (0, 8))], counts=[((60, 62), "inondées")]
    )
    tally = bench.score(ITEM, reading)
    assert (tally.role_right, tally.misbound, tally.role_found) == (0, 1, 0)
    assert (tally.count_read, tally.count_bound) == (1, 0)


def test_factdiff_reads_the_sentence() -> None:
    tally = bench.score(ITEM, bench.factdiff_reading(ITEM))
    assert tally.role_found == 2 and tally.role_right == tally.role_predicted
    assert tally.count_bound == 1


def test_a_line_that_is_not_a_labelled_sentence_is_an_error(tmp_path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(ITEM) + "\n" + json.dumps([1, 2]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="s.jsonl:2"):
        bench.load(path)


def test_the_shipped_set_loads_and_its_labels_are_in_their_sentences() -> None:
    items = bench.load(bench.DEFAULT_SET)
    assert len(items) == 240
    for item in items:
        for role in item["roles"]:
            assert role["person"] in item["text"] and role["head"] in item["text"]
        for count in item["counts"]:
            assert count["number"] in item["text"]
