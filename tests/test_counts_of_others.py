"""Counts one article gives that are not one count: a count of others ("Deux autres
chalets") adds to the count told before; the fine or the term of another defendant is
theirs, and a lead that names no one is of the first person the article names; a figure
listed after a requested one is requested too. The articles are written for these
tests."""

from __future__ import annotations

import pytest

from factdiff.pipeline import Settings, run
from helpers_articles import write_article

RULES = Settings(nli=False)


def flagged_numbers(tmp_path, body, lang, published="2026-04-14"):
    """The number findings of one article that an editor is warned of, rules only."""
    path = write_article(tmp_path, "story.md", body, published=published, lang=lang)
    return [
        f
        for f in run([str(path)], RULES).findings
        if f.kind == "number" and f.severity in ("error", "warning")
    ]


def _values(findings):
    return [sorted(e.value.split()[0] for e in f.evidence) for f in findings]


def test_a_count_of_others_adds_to_the_count_told_before(tmp_path):
    body = (
        "Trois chalets ont été emportés dimanche par une coulée de boue au-dessus de "
        "Saint-Gervais, a annoncé la préfecture de Haute-Savoie.\n\n"
        "Les secours ont évacué les habitants du hameau dans la nuit.\n\n"
        "Deux {other}chalets ont été endommagés plus bas, dans la vallée."
    )
    assert flagged_numbers(tmp_path, body.format(other="autres "), "fr") == []
    # without "autres", the body's count of chalets is another count of the same ones
    assert _values(flagged_numbers(tmp_path, body.format(other=""), "fr")) == [["2", "3"]]


_TRIAL_FR = (
    "Le tribunal correctionnel de Besançon a condamné jeudi Marc Duvernois, ancien "
    "directeur d'une société de transport, à 40 000 euros d'amende pour abus de biens "
    "sociaux.\n\n"
    "Le jugement a été rendu après deux jours d'audience.\n\n"
    "{second}"
)


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        # another defendant's fine is theirs
        ("Son associé, Pierre Lamy, a été condamné à 25 000 euros d'amende.", False),
        # what the prosecutor had asked, listed after a term, is a request
        (
            "Le parquet avait requis un an avec sursis, 60 000 euros d'amende et une "
            "interdiction de gérer.",
            False,
        ),
        # the defendant's own fine told again with another figure
        ("Marc Duvernois a été condamné à 25 000 euros d'amende.", True),
    ],
)
def test_a_fine_is_its_defendant_s(tmp_path, second, flagged):
    found = flagged_numbers(tmp_path, _TRIAL_FR.format(second=second), "fr")
    assert bool(found) is flagged


def test_an_unnamed_defendant_in_the_lead_is_the_first_person_named(tmp_path):
    body = (
        "A former council planning officer who took bribes from a builder was jailed for "
        "four years at Carlisle Crown Court on Friday.\n\n"
        "{name} was convicted last month after a two-week trial.\n\n"
        "The builder, Alan Ferris, was found guilty of offering bribes and was jailed "
        "for three years."
    )
    # the lead's unnamed defendant is the one named next: the builder's term is his own
    assert flagged_numbers(tmp_path, body.format(name="Graham Tully"), "en") == []
    # when the lead's defendant is the builder, the two terms are one person's
    assert _values(flagged_numbers(tmp_path, body.format(name="Alan Ferris"), "en")) == [["3", "4"]]
