"""What a page says it will do is no time of the story: the French future's first and
second persons ("Nous reprendrons demain dès 6 heures"), "demain", "tomorrow"
(factdiff.lexicon FUTURE_CUES, read by factdiff.extract.dates.is_future). The
articles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from factdiff.extract.dates import is_future
from factdiff.pipeline import Settings, run
from helpers_articles import write_article


@pytest.mark.parametrize(
    ("text", "lang", "future"),
    [
        ("nous reprendrons demain matin des 6 heures", "fr", True),
        ("vous retrouverez ce direct des 7 heures", "fr", True),
        ("le feu a pris aux environs de 18 heures", "fr", False),
        ("nous suivions la crue depuis 6 heures", "fr", False),
        ("we will be back tomorrow from 6am", "en", True),
        ("the river peaked at 5.40am", "en", False),
    ],
)
def test_the_future_of_a_page_s_own_plans(text, lang, future):
    assert is_future(text, lang) is future


def test_a_live_page_s_next_update_is_no_time_of_the_flood(tmp_path):
    body = (
        "06h10 — L'Ourthe a atteint son pic à Esneux à 5h40, selon les relevés de la "
        "station hydrométrique.\n\n"
        "Les pompiers ont évacué une quarantaine de maisons dans le bas de la commune.\n\n"
        "Nous reprendrons ce direct demain matin dès 6 heures avec les dernières "
        "informations sur la décrue."
    )
    path = write_article(tmp_path, "direct.md", body, published="2026-01-29", lang="fr")
    report = run([str(path)], Settings(nli=False, cache=False))
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []
