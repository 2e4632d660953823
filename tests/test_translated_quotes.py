"""One quote told in French and in English, attributed to two people."""

from __future__ import annotations

import pytest

from helpers_articles import run_two

FRENCH = (
    "Le conseil municipal de Vierzon a voté mardi la fermeture de la piscine Jean-Jaurès. "
    "« Nous ne céderons pas à la pression des promoteurs », a déclaré le maire, Paul Girard."
)


def _quote_findings(report):
    return [f for f in report.findings if f.rule == "other.quote"]


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        # the same words translated, said by another: one of the two is wrong
        (
            '"We will not give in to pressure from the developers," said the deputy mayor, '
            "Anne Vidal.",
            1,
        ),
        # another quote of the same meeting by another person: nothing to compare
        (
            '"The pool will reopen once the roof has been repaired," said the deputy mayor, '
            "Anne Vidal.",
            0,
        ),
    ],
)
def test_a_translated_quote_given_to_another_speaker(tmp_path, english, flagged):
    report = run_two(
        tmp_path,
        FRENCH,
        "Vierzon's council voted on Tuesday to close the Jean-Jaurès swimming pool. " + english,
    )
    assert len(_quote_findings(report)) == flagged
