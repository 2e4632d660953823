"""A prepositional phrase opening a sentence, however long its noun phrase ("Lors de
l'audience du mardi 3 février,"), is a fronted adverbial: the date it holds belongs to the
clause after it (factdiff.compare.base._clause), whose tense says whether it is the
story's happening or an earlier one. Articles written for these tests."""

from __future__ import annotations

import pytest

from factdiff.pipeline import Settings, run
from helpers_articles import write_article

_LEAD = (
    "DIJON — Le tribunal correctionnel de Dijon a condamné jeudi un ancien trésorier "
    "d'association à deux ans de prison pour abus de confiance.\n\n"
    "Il devra rembourser 40 000 euros.\n\n"
)


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # the hearing two days before, told in the pluperfect: an earlier happening
        (
            "Lors de l'audience du mardi 3 février, qui s'était prolongée tard dans la "
            "soirée, le procureur avait requis trois ans de prison.",
            [],
        ),
        # the verdict itself given another day: a conflict
        (
            "Lors de l'audience du mardi 3 février, le tribunal a condamné le prévenu à deux "
            "ans de prison.",
            ["date.day"],
        ),
    ],
)
def test_a_day_in_a_long_fronted_phrase_takes_its_clauses_tense(tmp_path, body, rules):
    path = write_article(tmp_path, "story.md", _LEAD + body, published="2026-02-06", lang="fr")
    report = run([str(path)], Settings(nli=False))
    assert [f.rule for f in report.findings if f.severity in ("error", "warning")] == rules
