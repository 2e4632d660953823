"""Ages of one person across sources: described by what they do, or named just before."""

import pytest

from factdiff import check
from helpers_articles import write_article


def _age_findings(tmp_path, a: str, b: str, lang_a: str, lang_b: str) -> list[str]:
    paths = [
        write_article(tmp_path, "a.md", a, "2025-06-02", lang_a),
        write_article(tmp_path, "b.md", b, "2025-06-02", lang_b),
    ]
    report = check([str(p) for p in paths], nli=False)
    return [f.summary for f in report.findings if f.rule == "number.age"]


@pytest.mark.parametrize(
    ("b", "flagged"),
    [
        # one climber described alike, another age
        ("Secourue mercredi, la grimpeuse blessée, âgée de 44 ans, a été hélitreuillée.", 1),
        # the same age
        ("Secourue mercredi, la grimpeuse blessée, âgée de 41 ans, a été hélitreuillée.", 0),
        # a rescuer described otherwise is someone else
        ("Secouru mercredi, le guide blessé, âgé de 44 ans, a été hélitreuillé.", 0),
    ],
)
def test_ages_of_one_unnamed_person_described_by_what_they_do(tmp_path, b, flagged):
    a = "Mercredi, une grimpeuse de 41 ans a chuté dans la face nord et a été hélitreuillée."
    assert len(_age_findings(tmp_path, a, b, "fr", "fr")) == flagged


@pytest.mark.parametrize(
    ("b", "flagged"),
    [
        # the description opening the next sentence is the person just named
        ("Nadia Ferreira won the Lisbon marathon on Sunday. The 29-year-old Portuguese led.", 1),
        # two people named just before: whose age it is cannot be told
        (
            "Nadia Ferreira beat Ruth Kiprop in the Lisbon marathon on Sunday. "
            "The 29-year-old Portuguese led.",
            0,
        ),
        # the same age
        ("Nadia Ferreira won the Lisbon marathon on Sunday. The 31-year-old Portuguese led.", 0),
    ],
)
def test_an_age_in_a_definite_description_is_the_person_named_before(tmp_path, b, flagged):
    a = (
        "Victoire de Nadia Ferreira ! La coureuse de 31 ans s'impose dimanche au marathon "
        "de Lisbonne."
    )
    assert len(_age_findings(tmp_path, a, b, "fr", "en")) == flagged
