"""A first deputy is a deputy ("premier adjoint au maire": the ordinal before a noun,
not a head of government), so a mayor and his first deputy are two grades of one
office; and a rank told bare before a name, as armed forces and fire services write it,
is one rank by the form of address it takes: "commandant" and "lieutenant-colonel" are
two ranks of one officer, "colonel" and "lieutenant-colonel" are one. The articles are
written for these tests."""

from __future__ import annotations

import pytest

from conftest import claims
from factdiff.lexicon.titles import canonical_title
from helpers_articles import rules_of, run_two


@pytest.mark.parametrize(
    ("title", "rank"),
    [
        ("premier adjoint au maire", ("local", "mayor")),
        ("premier vice-président", ("government", "vice_president")),
        ("Premier ministre", ("government", "head_of_government")),
        ("the premier of Ontario", ("government", "head_of_government")),
        ("le lieutenant-colonel", ("military", "colonel")),
        ("Lieutenant Colonel", ("military", "colonel")),
        ("brigadier general", ("military", "general")),
        ("lieutenant de vaisseau", ("military", "lieutenant")),
        ("le commandant", ("military", "commandant")),
    ],
)
def test_the_office_of_a_title(title, rank):
    t = canonical_title(title)
    assert (t.category, t.rank) == rank


def test_a_first_deputy_is_read_beside_the_name():
    found = claims(
        "« Nous avions prévenu », répète Denis Farge, premier adjoint au maire, qui n'a pas "
        "dormi de la nuit.",
        "role",
        "fr",
    )
    assert [c.value["title"] for c in found] == ["premier adjoint au maire"]


_MAYOR = (
    "Le car scolaire a quitté la route mardi matin à Saint-Aubin-sur-Scie. {who}, s'est "
    "rendu sur place dès 8 heures pour rencontrer les familles des 23 élèves."
)


def test_a_mayor_and_his_first_deputy(tmp_path):
    a = _MAYOR.format(who="Denis Farge, maire de Saint-Aubin-sur-Scie")
    b = _MAYOR.format(who="Denis Farge, premier adjoint au maire")
    report = run_two(tmp_path, a, b, published="2026-03-11", lang_b="fr")
    assert rules_of(report, "role") == ["role.grade"]


_FLOOD = (
    "La crue du Gardon a emporté deux voitures samedi soir à Anduze. « L'eau est montée "
    "d'un mètre en une heure », a expliqué {rank} Éric Salvan, du SDIS du Gard."
)


@pytest.mark.parametrize(
    ("rank_a", "rank_b", "rules"),
    [
        ("le commandant", "le lieutenant-colonel", ["role.rank"]),
        ("le capitaine", "le commandant", ["role.rank"]),
        # one rank, told by its form of address
        ("le colonel", "le lieutenant-colonel", []),
        ("le commandant", "le commandant", []),
        # a command, not a rank told bare
        ("le commandant des opérations de secours", "le lieutenant-colonel", []),
    ],
)
def test_an_officer_at_two_ranks(tmp_path, rank_a, rank_b, rules):
    a = _FLOOD.format(rank=rank_a)
    b = _FLOOD.format(rank=rank_b)
    report = run_two(tmp_path, a, b, published="2026-10-12", lang_b="fr")
    assert rules_of(report, "role") == rules


def test_an_officer_at_two_ranks_in_english(tmp_path):
    a = _FLOOD.format(rank="le commandant")
    b = (
        "Floodwater swept two cars away in Anduze on Saturday night, said Colonel Éric "
        "Salvan of the Gard fire service."
    )
    report = run_two(tmp_path, a, b, published="2026-10-12")
    assert rules_of(report, "role") == ["role.rank"]
