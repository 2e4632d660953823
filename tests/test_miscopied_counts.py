"""One article writing one count of three digits twice, the digits in another order and
the counted thing in other words ("260 jobs" / "the 620 posts"): one figure miscopied
(factdiff.compare.numbers.miscopied_within). The articles are written for these tests."""

from __future__ import annotations

import pytest

from factdiff.pipeline import Settings, run
from helpers_articles import write_article

RULES = Settings(nli=False)


def number_findings(tmp_path, body, lang, published="2026-03-11"):
    """The number findings of one article, rules only."""
    path = write_article(tmp_path, "story.md", body, published=published, lang=lang)
    return [f for f in run([str(path)], RULES).findings if f.kind == "number"]


def flagged_numbers(tmp_path, body, lang, published="2026-03-11"):
    return [
        f
        for f in number_findings(tmp_path, body, lang, published)
        if f.severity in ("error", "warning") and f.rule == "number.range"
    ]


_PLANT = (
    "A battery maker said on Tuesday it would build a cell factory on the edge of Blyth, "
    "the largest investment in the town for a generation.\n\n"
    "The plant will create {first}, most of them on the production lines.\n\n"
    "Construction is due to start in the spring and to last two years.\n\n"
    "Recruitment for {second} will begin next year, with the local college training the "
    "first apprentices."
)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # one count of jobs, its digits swapped, the jobs called posts: one figure miscopied
        ("260 permanent jobs", "the 620 permanent posts", [["260", "620"]]),
        # the same words and the same figure: nothing to tell
        ("260 permanent jobs", "the 260 permanent posts", []),
        # three-digit figures of things no concept names: their digits meet by chance
        ("260 solar panels a day", "the 620 panels on its roof", []),
    ],
)
def test_a_count_miscopied_between_two_body_paragraphs(tmp_path, first, second, values):
    found = flagged_numbers(tmp_path, _PLANT.format(first=first, second=second), "en")
    assert [[e.value.split()[0] for e in f.evidence] for f in found] == values
    assert all(f.scope == "within" for f in found)


def test_a_count_miscopied_between_the_lead_and_the_body_in_french(tmp_path):
    found = flagged_numbers(
        tmp_path,
        "Le fabricant de meubles Vernat a annoncé lundi la suppression de 158 postes dans "
        "son usine de Mouchard (Jura), lors d'un comité social et économique.\n\n"
        "La direction invoque la baisse des commandes depuis deux ans.\n\n"
        "Les 185 salariés dont le poste disparaît se verront proposer un congé de "
        "reclassement de douze mois.",
        "fr",
    )
    assert len(found) == 1
    assert sorted(e.value.split()[0] for e in found[0].evidence) == ["158", "185"]
    assert "the lead of story.md" in found[0].summary


def test_four_digit_counts_of_two_things_sharing_their_digits_are_two_figures(tmp_path):
    """A vote's count and a consultation's responses: two quantities, whatever digits they
    share."""
    found = flagged_numbers(
        tmp_path,
        "The Liberal Democrats held the ward in Thursday's by-election, the council said on "
        "Friday.\n\n"
        "Their candidate won with 2,140 votes, ahead of Labour.\n\n"
        "Turnout was 31 per cent.\n\n"
        "The council's own consultation on the library received 1,240 responses last year.",
        "en",
        published="2026-05-08",
    )
    assert found == []


# ------------------------------------------- a provisional count and the one it reached


def findings(tmp_path, body, lang):
    return number_findings(tmp_path, body, lang, published="2026-10-02")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "ANGERS — Douze personnes ont été blessées jeudi matin dans l'effondrement d'un "
            "plancher lors d'une réception dans une salle des fêtes de Trélazé.\n\n"
            "Un bilan provisoire communiqué à 11 heures par la préfecture faisait état de "
            "neuf blessés.\n\n"
            "La salle avait été rénovée en 2019.",
            "fr",
        ),
        (
            "Twelve people were hurt on Thursday when a floor gave way during a wedding "
            "reception at a village hall near Hereford.\n\n"
            "A provisional count released by the fire service at 11am put the number of "
            "injured at nine.\n\n"
            "The hall was refurbished in 2019.",
            "en",
        ),
    ],
)
def test_a_provisional_count_below_the_one_it_reached_is_an_update(tmp_path, body, lang):
    """Inside one article, a figure told as provisional and a higher one of the same
    count: the count as it grew, reported as an update (info), not a conflict."""
    found = findings(tmp_path, body, lang)
    assert [(f.rule, f.severity) for f in found] == [("number.update", "info")]
    assert "updated to" in found[0].summary
    assert found[0].summary.split(":")[1].split()[0] in ("9", "nine", "neuf")


def test_a_provisional_count_above_the_lead_is_still_a_conflict(tmp_path):
    """A provisional figure higher than the lead's is no earlier state of a count that
    grew: the two disagree."""
    found = findings(
        tmp_path,
        "ANGERS — Neuf personnes ont été blessées jeudi matin dans l'effondrement d'un "
        "plancher lors d'une réception dans une salle des fêtes de Trélazé.\n\n"
        "Un bilan provisoire communiqué à 11 heures par la préfecture faisait état de "
        "douze blessés.\n\n"
        "La salle avait été rénovée en 2019.",
        "fr",
    )
    assert [f.rule for f in found if f.severity in ("error", "warning")] == ["number.range"]
