"""Signatures: who signed a text, or would not, told two ways by two sources. Sentences
from no labelled set."""

from __future__ import annotations

import pytest

from conftest import outcome_claims
from factdiff.pipeline import Settings, run
from helpers_articles import write_article


def _signatures(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """The signature outcomes one sentence states, with their signers."""
    return [
        (c.value["outcome"], c.value["signers"])
        for c in outcome_claims(text, lang)
        if c.value["event"] == "signature"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le Danemark n'a pas signé la charte.", "fr", [("not_signed", ["Danemark"])]),
        (
            "The charter was signed by all twelve member states, including Denmark.",
            "en",
            [("signed", ["Denmark"])],
        ),
        (
            "La CFTC, troisième syndicat de l'usine, a refusé de signer.",
            "fr",
            [("not_signed", ["CFTC"])],
        ),
        (
            "Le texte a été paraphé lundi soir par la direction et par l'UNSA.",
            "fr",
            [("signed", ["UNSA"])],
        ),
        (
            "L'accord de licence avec le groupe Velcor n'a finalement pas été signé.",
            "fr",
            [("not_signed", ["Velcor"])],
        ),
        (
            "Ministers also signed a memorandum with Harlow Energy on tidal power.",
            "en",
            [("signed", ["Harlow Energy"])],
        ),
        (
            "The staff council backed the plan, with every union, including Unite, signing "
            "the final text.",
            "en",
            [("signed", ["Unite"])],
        ),
        # still to come, a noun, a ceremony: no one has signed or refused
        ("Harlow Energy is expected to sign the contract on Friday.", "en", []),
        ("Le groupe Velcor doit signer le contrat vendredi.", "fr", []),
        ("C'est un signe d'apaisement, a estimé Paul Vidal.", "fr", []),
        ("The signing ceremony for the Oslo accord was held in Bergen.", "en", []),
        # no signer named
        ("Les délégués ont refusé de signer le protocole.", "fr", []),
    ],
)
def test_who_signed_or_would_not(text, lang, expected):
    assert _signatures(text, lang) == expected


def _signature_findings(tmp_path, a: str, b: str, published_b: str = "2025-06-11"):
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-06-11", "fr")),
        str(write_article(tmp_path, "b.md", b, published_b, "en")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if "signature" in f.summary]


_NOT_SIGNED = (
    "Douze pays étaient réunis mardi à Bergen pour la charte de l'hydrogène. Le Danemark "
    "n'a pas signé la charte, faute d'accord sur le financement."
)
_SIGNED_ALL = (
    "Twelve countries met in Bergen on Tuesday over the hydrogen charter. The charter was "
    "signed by all twelve delegations, including Denmark, after a day of talks."
)


def test_a_party_that_did_not_sign_is_said_to_have_signed(tmp_path):
    found = _signature_findings(tmp_path, _NOT_SIGNED, _SIGNED_ALL)
    assert len(found) == 1
    assert "not signed" in found[0].summary and "signed" in found[0].summary


def test_two_parties_signatures_do_not_meet(tmp_path):
    """One country refused and the others signed: no conflict."""
    other = _SIGNED_ALL.replace("including Denmark", "including Norway")
    assert _signature_findings(tmp_path, _NOT_SIGNED, other) == []


def test_a_signature_told_later_is_no_conflict(tmp_path):
    """A signing once done stays done: an article of a later day may tell it."""
    assert _signature_findings(tmp_path, _NOT_SIGNED, _SIGNED_ALL, "2025-06-14") == []


def test_a_source_that_also_says_the_refusal_is_no_conflict(tmp_path):
    other = _SIGNED_ALL + " Denmark, however, declined to sign the annex."
    assert _signature_findings(tmp_path, _NOT_SIGNED, other) == []
