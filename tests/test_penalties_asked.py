"""Penalties a sentence names beside the prosecution and without a court's decision are
asked for, not imposed ("Dix-huit mois avec sursis et cinq ans d'inéligibilité : le
ministère public n'a pas fait dans la demi-mesure"): they do not meet the sentence the
court hands down. Inside one article, what is asked of two defendants is not one figure.
The articles are written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import rules_of, run_two, write_article


@pytest.mark.parametrize(
    ("text", "lang", "frames"),
    [
        (
            "Dix-huit mois d'emprisonnement avec sursis et cinq ans d'inéligibilité : le "
            "ministère public n'a pas fait dans la demi-mesure contre l'ancien maire, jugé "
            "devant le tribunal de Valence.",
            "fr",
            ["requested", "requested"],
        ),
        ("The prosecution wants two years in prison for the former mayor.", "en", ["requested"]),
        # a decision, even beside the prosecution
        (
            "Le tribunal a condamné l'ancien maire à douze mois avec sursis, conformément aux "
            "réquisitions du parquet.",
            "fr",
            [None],
        ),
        # a term served was imposed, whoever the sentence names
        (
            "He served four months in federal prison in return for cooperating with prosecutors.",
            "en",
            [None],
        ),
        # the prosecution named, no penalty
        ("Prosecutors said three people were hurt.", "en", [None]),
    ],
)
def test_penalties_asked_for(text, lang, frames):
    assert [c.value.get("frame") for c in claims(text, "number", lang)] == frames


def test_asked_is_not_imposed(tmp_path):
    a = (
        "Le procès de Gérard Vasnier, ancien maire de Crest, s'est tenu mercredi à Valence. "
        "Cinq ans d'inéligibilité : le ministère public n'a pas fait dans la demi-mesure "
        "contre Gérard Vasnier."
    )
    b = (
        "Le procès de Gérard Vasnier, ancien maire de Crest, s'est tenu mercredi à Valence. "
        "La peine prononcée contre Gérard Vasnier : trois ans d'inéligibilité."
    )
    report = run_two(tmp_path, a, b, published="2026-05-14", lang_b="fr")
    assert rules_of(report, "number") == []


def test_what_two_defendants_are_asked(tmp_path):
    from factdiff.pipeline import Settings, run

    body = (
        "Trente mille euros d'amende : le ministère public n'a pas fait dans la demi-mesure "
        "mercredi contre Gérard Vasnier, ancien maire de Crest.\n\n"
        "L'audience a duré plus de sept heures devant le tribunal correctionnel de Valence.\n\n"
        "Poursuivi pour recel de favoritisme, le chef d'entreprise s'est vu réclamer une "
        "amende de 20 000 euros."
    )
    path = write_article(tmp_path, "proces.md", body, "2026-05-14", "fr")
    report = run([str(path)], Settings(nli=False, cache=False))
    assert [f.rule for f in report.findings if f.kind == "number"] == []
