"""The ranks of the police forces of the British and Irish model are titles with a
ladder ("Inspector", "Senior Sergeant", "Superintendent"; a detective holds the rank
the word after names), read capitalised before a name and only when the rank is the
whole title ("a retired fisheries inspector" is a trade): one officer at two ranks
conflicts, "Detective Inspector" and "Inspector" do not. The articles are written for
these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


def _ranks(text: str) -> list[tuple[str, str]]:
    return [(c.value["category"], c.value["rank"]) for c in claims(text, "role", "en")]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Inspector Fergus Hale said the road would stay shut.", ("police", "inspector")),
        ("Senior Sergeant Ana Whitby led the search party.", ("police", "senior_sergeant")),
        ("Detective Chief Inspector Ruth Kane made the arrest.", ("police", "chief_inspector")),
        ("Superintendent Fergus Hale said the road would stay shut.", ("police", "superintendent")),
        # a trade, no rank
        ("The wreck was seen by Iona Reid, a retired fisheries inspector.", ("open", "inspector")),
    ],
)
def test_a_police_rank_before_a_name(text, rank):
    assert _ranks(text) == [rank]


_CRASH = (
    "A coach carrying 31 passengers overturned on the N20 near Charleville on Monday "
    "morning. {rank} Fergus Hale of the Garda said the road would stay closed overnight."
)


def test_one_officer_at_two_ranks(tmp_path):
    a = _CRASH.format(rank="Inspector")
    b = _CRASH.format(rank="Superintendent")
    report = run_two(tmp_path, a, b, published="2026-09-08", lang_a="en")
    assert rules_of(report, "role") == ["role.title"]


def test_a_detective_holds_the_rank_after(tmp_path):
    a = _CRASH.format(rank="Inspector")
    b = _CRASH.format(rank="Detective Inspector")
    report = run_two(tmp_path, a, b, published="2026-09-08", lang_a="en")
    assert rules_of(report, "role") == []
