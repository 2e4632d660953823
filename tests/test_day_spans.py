"""A span of days of one month written with a dash ("June 20-28", "20–28 June 2025",
"20-28 juin") is read as the span, as "du 20 au 28 juin" is: a festival that ran June
20-28 and one that ended on 28 June are one event, so their editions meet. The articles
are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("The festival ran from June 20-28 this year.", "en", ("2025-06-20", "2025-06-28")),
        ("The festival ran 20–28 June 2025.", "en", ("2025-06-20", "2025-06-28")),
        ("Le festival s'est tenu 20-28 juin.", "fr", ("2025-06-20", "2025-06-28")),
        # a day alone
        ("On June 20 the festival opened.", "en", ("2025-06-20", None)),
    ],
)
def test_a_span_of_days(text, lang, span):
    (found,) = claims(text, "date", lang, published=date(2025, 6, 29))
    assert (found.value["date"], found.value.get("date_end")) == span


def test_two_editions_of_one_festival(tmp_path):
    a = (
        "La 35e édition du Festival du film de Grandval s'est achevée samedi 28 juin avec la "
        "remise de la Vague d'or."
    )
    b = (
        "The 34th edition of the Grandval film festival ran from June 20-28 and featured "
        "nearly 150 films."
    )
    report = run_two(tmp_path, a, b, published="2025-06-29")
    assert rules_of(report, "number") == ["number.range"]
