"""Figures of one thing told in sentences that are each other's counterpart."""

from factdiff import check
from helpers_articles import write_article


def _number_findings(tmp_path, a: str, b: str) -> list[str]:
    paths = [
        write_article(tmp_path, "a.md", a, "2025-06-02", "fr"),
        write_article(tmp_path, "b.md", b, "2025-06-02", "en"),
    ]
    report = check([str(p) for p in paths], nli=False)
    return [
        f.summary
        for f in report.findings
        if f.kind == "number" and f.severity in ("error", "warning")
    ]


FRENCH = (
    "Une fuite d'acide s'est produite lundi à l'usine de Sorel. "
    "Le coût du nettoyage est estimé à 4,5 millions de dollars, selon le ministère. "
    "L'entreprise avait investi 12 millions de dollars dans l'usine en 2019."
)


def test_an_amount_told_in_counterpart_sentences_across_languages(tmp_path):
    english = (
        "An acid leak happened on Monday at the Sorel plant. "
        "Cleanup costs are currently estimated at $4.2 million. "
        "The company had invested $12 million in the plant in 2019."
    )
    found = _number_findings(tmp_path, FRENCH, english)
    assert len(found) == 1 and "4,5" in found[0] and "4.2" in found[0]


def test_amounts_of_counterpart_sentences_that_agree_are_not_flagged(tmp_path):
    english = (
        "An acid leak happened on Monday at the Sorel plant. "
        "Cleanup costs are currently estimated at $4.5 million. "
        "The company had invested $12 million in the plant in 2019."
    )
    assert _number_findings(tmp_path, FRENCH, english) == []
