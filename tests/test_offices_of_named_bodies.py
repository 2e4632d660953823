"""An office of a named body ("secrétaire général de l'UFSB") is an office of that body,
as a president's is: two of them given to one person in two sources are two answers
(factdiff.lexicon.titles.canonical_title). The articles are written for these tests."""

from __future__ import annotations

from factdiff.lexicon.titles import canonical_title, titles_conflict
from helpers_articles import run_two

_UNION_A = (
    "La manifestation a réuni quelque 3 000 agriculteurs devant la préfecture de "
    "Rennes. « Nous ne lâcherons rien », a lancé au micro Yann Le Goff, président "
    "de l'UFSB, sous les applaudissements."
)
_UNION_B = (
    "Côté syndical, Yann Le Goff, secrétaire général de l'UFSB, a obtenu un report "
    "de six mois de l'arrêté contesté."
)
_UNION_GUARD_A = (
    "La manifestation a réuni quelque 3 000 agriculteurs devant la préfecture de "
    "Rennes. « Nous ne lâcherons rien », a lancé au micro Yann Le Goff, président "
    "de l'UFSB, sous les applaudissements."
)
_UNION_GUARD_B = (
    "Côté syndical, Yann Le Goff, secrétaire général de la Confédération Paysanne "
    "Ouest, a obtenu un report de six mois de l'arrêté contesté."
)


def test_the_secretary_general_of_a_named_body_is_its_office():
    president = canonical_title("président de l'UFSB")
    secretary = canonical_title("secrétaire général de l'UFSB")
    assert (secretary.rank, secretary.portfolio) == ("secretary_general", "ufsb")
    assert titles_conflict(president, secretary)
    # of another body, both may be held
    assert not titles_conflict(president, canonical_title("secretary-general of the Farmers Union"))
    # a common noun names no one body
    assert canonical_title("secrétaire général du syndicat").portfolio is None


def _roles(report) -> list[str]:
    return [
        f.summary
        for f in report.findings
        if f.kind == "role" and f.severity in ("error", "warning")
    ]


def test_two_offices_of_one_union_given_to_one_person(tmp_path):
    report = run_two(tmp_path, _UNION_A, _UNION_B, published="2026-02-11", lang_b="fr")
    assert len(_roles(report)) == 1


def test_offices_of_two_bodies_may_be_one_persons(tmp_path):
    report = run_two(tmp_path, _UNION_GUARD_A, _UNION_GUARD_B, published="2026-02-11", lang_b="fr")
    assert _roles(report) == []


def test_one_office_in_two_named_bodies_is_still_two_employers(tmp_path):
    a = (
        "La grève est menée par Sandrine Pujol, secrétaire générale du Syndicat autonome des "
        "roulants, qui réclame des embauches."
    )
    b = (
        "« Nous irons jusqu'au bout », a prévenu Sandrine Pujol, secrétaire générale de "
        "l'Union cheminote, devant la gare."
    )
    report = run_two(tmp_path, a, b, published="2026-11-10", lang_b="fr")
    assert [f.rule for f in report.findings if f.kind == "role"] == ["role.employer"]
