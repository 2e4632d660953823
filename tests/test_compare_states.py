"""States of a thing (open or closed, running or suspended), whether anyone was
arrested and whether a candidate conceded: told both ways for one thing on one day, a
conflict; told on two days, most often a change. Sentences from no labelled set."""

from __future__ import annotations

import pytest

from conftest import claims, outcome_claims
from helpers_articles import run_two


def _outcomes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.value["event"], c.value["outcome"]) for c in outcome_claims(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "stated"),
    [
        ("La piscine de Lambersart restera ouverte aux scolaires.", "fr", [("access", "open")]),
        ("Les crèches de la commune rouvriront lundi.", "fr", [("access", "open")]),
        ("Le tunnel du Lioran reste fermé à la circulation.", "fr", [("access", "closed")]),
        ("The ferry terminal remained closed to foot passengers.", "en", [("access", "closed")]),
        ("The footbridge will reopen to cyclists next month.", "en", [("access", "open")]),
        ("Tram services on the northern line resumed at noon.", "en", [("operation", "resumed")]),
        ("Le trafic des TER est interrompu vers Douai.", "fr", [("operation", "suspended")]),
        ("Deliveries have been halted at the depot.", "en", [("operation", "suspended")]),
        # the change and its cause in one sentence: both answers, none stated
        ("Les fouilles ont repris mardi après avoir été suspendues par la pluie.", "fr", []),
        # what opens that is no place (an inquiry) and a player's ban are no state
        ("Le parquet de Lorient a ouvert une enquête.", "fr", []),
        ("The striker was suspended for two matches.", "en", []),
        # no one arrested, said outright or by a negated cue: not an arrest
        ("No arrests have been made so far.", "en", [("arrest", "not_arrested")]),
        ("No one was arrested at the scene.", "en", [("arrest", "not_arrested")]),
        ("Personne n'a été interpellé.", "fr", [("arrest", "not_arrested")]),
        ("Deux suspects ont été interpellés jeudi.", "fr", [("arrest", "arrested")]),
        # a concession of defeat, not a side conceding goals
        (
            "The Green candidate conceded defeat shortly after midnight.",
            "en",
            [("concession", "conceded")],
        ),
        (
            "Le maire sortant a reconnu sa défaite dimanche soir.",
            "fr",
            [("concession", "conceded")],
        ),
        ("The incumbent has refused to concede.", "en", [("concession", "not_conceded")]),
        ("Mme Perrin n'a pas encore reconnu sa défaite.", "fr", [("concession", "not_conceded")]),
        ("Rovers conceded three goals in the second half.", "en", []),
    ],
)
def test_states_and_arrests_read(text, lang, stated):
    assert _outcomes(text, lang) == stated


def test_a_state_holding_until_a_moment_is_bounded():
    (c,) = [c for c in claims("La route reste fermée jusqu'à nouvel ordre.", "other", "fr")]
    assert c.value["bounded"] is True
    (c,) = [c for c in claims("The A470 remains closed northbound.", "other", "en")]
    assert c.value["bounded"] is False


def _findings(tmp_path, a: tuple[str, str, str], b: tuple[str, str, str]) -> list:
    """The outcome findings of two articles, each (text, published, lang)."""
    report = run_two(tmp_path, a[0], b[0], a[1], a[2], b[2], published_b=b[1])
    return [f for f in report.findings if f.rule == "other.outcome"]


_LANDSLIDE_FR = (
    "Un glissement de terrain a coupé mardi la route départementale 900 près de Barcelonnette. "
    "Aucun blessé n'est à déplorer, selon la préfecture. La passerelle du Riou restera "
    "ouverte aux touristes, a précisé la mairie."
)
# The same landslide in English, the footbridge closed.
_LANDSLIDE_EN = (
    "A landslide cut a main road near Barcelonnette on Tuesday, officials said. "
    "No one was hurt. The footbridge was closed to tourists as well, the town said."
)


def test_one_thing_open_and_closed_on_one_day_across_languages(tmp_path):
    found = _findings(
        tmp_path, (_LANDSLIDE_FR, "2025-05-06", "fr"), (_LANDSLIDE_EN, "2025-05-06", "en")
    )
    assert len(found) == 1
    assert {e.source for e in found[0].evidence} == {"a.md", "b.md"}


def test_a_state_told_a_day_later_is_a_change_not_a_conflict(tmp_path):
    found = _findings(
        tmp_path, (_LANDSLIDE_FR, "2025-05-07", "fr"), (_LANDSLIDE_EN, "2025-05-06", "en")
    )
    assert found == []


def test_two_things_in_two_states_agree(tmp_path):
    other = (
        "Un glissement de terrain a coupé mardi la route départementale 900 près de "
        "Barcelonnette. La route départementale reste fermée à la circulation."
    )
    found = _findings(tmp_path, (_LANDSLIDE_FR, "2025-05-06", "fr"), (other, "2025-05-06", "fr"))
    assert found == []


_NO_ARREST = (
    "Thieves took three paintings from the Musée des Augustins overnight, the prosecutor said. "
    "No arrests have been made, police said on Wednesday."
)
_ARREST = (
    "Des voleurs ont dérobé trois tableaux au musée des Augustins dans la nuit. Deux hommes "
    "ont été placés en garde à vue, a-t-on appris de source policière."
)


_NOT_CONCEDED = (
    "The recount in Dorval-Est ended on Friday with Claire Perrin ahead by 14 votes. "
    "Her rival, Marc Vidal, has refused to concede and is weighing a court challenge."
)
_CONCEDED = (
    "Le recomptage à Dorval-Est a confirmé vendredi l'avance de Claire Perrin. "
    "Marc Vidal a reconnu sa défaite dans la soirée."
)


# What is done once (an arrest, a concession): (done, its publication day), (not yet,
# its publication day), the summary's word for not yet.
_DONE_BOTH_WAYS = [
    ((_ARREST, "2025-11-12"), (_NO_ARREST, "2025-11-12"), "not arrested"),
    ((_CONCEDED, "2025-06-14"), (_NOT_CONCEDED, "2025-06-15"), "not conceded"),
]
_DONE_SINCE = [
    ((_ARREST, "2025-11-13"), (_NO_ARREST, "2025-11-12")),
    ((_CONCEDED, "2025-06-16"), (_NOT_CONCEDED, "2025-06-14")),
]


@pytest.mark.parametrize(("done", "not_yet", "said"), _DONE_BOTH_WAYS)
def test_done_and_not_done_told_both_ways(tmp_path, done, not_yet, said):
    found = _findings(tmp_path, (*done, "fr"), (*not_yet, "en"))
    assert len(found) == 1
    assert said in found[0].summary


@pytest.mark.parametrize(("done", "not_yet"), _DONE_SINCE)
def test_done_told_after_not_done_came_since(tmp_path, done, not_yet):
    found = _findings(tmp_path, (*done, "fr"), (*not_yet, "en"))
    assert found == []
