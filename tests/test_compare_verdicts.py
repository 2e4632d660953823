"""Verdicts: a prison term given is a conviction, and each verdict is its defendant's.
Sentences from no labelled set."""

from __future__ import annotations

import pytest

from conftest import claims, outcome_claims
from factdiff.pipeline import Settings, run
from helpers_articles import run_two, write_article


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        ("Le tribunal a condamné l'ancien trésorier à huit mois avec sursis.", "fr", "convicted"),
        ("The former treasurer was given a nine-month suspended sentence.", "en", "convicted"),
        ("Prosecutors had asked for 30 months in prison.", "en", None),
        ("Le parquet avait requis deux ans de prison ferme.", "fr", None),
        ("He faces up to ten years in prison if convicted.", "en", None),
    ],
)
def test_a_prison_term_given_is_a_conviction(text, lang, outcome):
    assert _outcomes(text, lang) == ([outcome] if outcome else [])


def _outcomes(text: str, lang: str) -> list[str]:
    """The outcomes one sentence states."""
    return [c.value["outcome"] for c in outcome_claims(text, lang)]


_TWO_DEFENDANTS = (
    "Le tribunal correctionnel de Nantes a rendu mardi son jugement dans l'affaire des "
    "marchés de voirie. Le gérant de l'entreprise, Paul Renard, a été condamné à deux ans "
    "avec sursis. La cheffe de service Sophie Marin, poursuivie pour recel, a été relaxée."
)


def _outcome_findings(tmp_path, a: str, b: str):
    """The outcome findings of two French articles a.md and b.md published one day."""
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-12", "fr")),
        str(write_article(tmp_path, "b.md", b, "2025-03-12", "fr")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if f.rule == "other.outcome"]


def _verdicts(tmp_path, other: str):
    return _outcome_findings(tmp_path, _TWO_DEFENDANTS, other)


def test_one_defendants_verdict_told_two_ways(tmp_path):
    other = (
        "Jugement mardi à Nantes dans l'affaire des marchés de voirie. Paul Renard a écopé "
        "de deux ans avec sursis. Sophie Marin, la cheffe de service, écope pour sa part de "
        "six mois avec sursis pour recel."
    )
    found = _verdicts(tmp_path, other)
    assert len(found) == 1
    assert all("Sophie Marin" in e.text for e in found[0].evidence)


@pytest.mark.parametrize(
    ("pronoun_sentence", "flagged"),
    [
        # "Il" is the man the sentence before names: his verdict, not hers
        (
            "Paul Renard est reconnu coupable de favoritisme. Il est condamné à deux ans avec "
            "sursis.",
            1,
        ),
        # no one else named: whose verdict it is stays open
        ("Plus tard, il est condamné à deux ans avec sursis.", 0),
        # unresolved, beside another defendant the article names: it may be his, so it does
        # not make her verdict agree
        (
            "Paul Renard est reconnu coupable de favoritisme. Plus tard, il est condamné à "
            "deux ans avec sursis.",
            1,
        ),
    ],
)
def test_a_verdict_told_by_a_pronoun_is_the_previous_sentences_person(
    tmp_path, pronoun_sentence, flagged
):
    """A conviction told by a subject pronoun belongs to the person the sentence before
    names first: it no longer stands as the acquitted defendant's own conviction."""
    acquitting = (
        "Jugement mardi à Nantes dans l'affaire des marchés de voirie. "
        f"{pronoun_sentence} La cheffe de service Sophie Marin, poursuivie pour recel, a été "
        "relaxée."
    )
    convicting = (
        "Le tribunal correctionnel de Nantes a rendu mardi son jugement. Sophie Marin, la "
        "cheffe de service, a été condamnée à six mois avec sursis pour recel."
    )
    assert len(_outcome_findings(tmp_path, acquitting, convicting)) == flagged


def test_a_pronouns_antecedent_is_the_first_person_named_by_a_given_name(tmp_path):
    """A firm's two capitalised words come first in the sentence before ("la société
    Solvéo Énergie, dirigée par Bertrand Ferrandier"): "Il" is the man, as the extraction
    stage's antecedent is."""
    found = _outcome_findings(
        tmp_path,
        "La société Solvéo Énergie, dirigée par Bertrand Ferrandier, comparaissait mardi "
        "devant le tribunal correctionnel de Lyon. Il a été relaxé par le tribunal.",
        "Bertrand Ferrandier a été condamné mardi à deux ans de prison par le tribunal "
        "correctionnel de Lyon.",
    )
    assert len(found) == 1


def test_two_defendants_two_verdicts_agree(tmp_path):
    other = (
        "Jugement mardi à Nantes dans l'affaire des marchés de voirie. Paul Renard a écopé "
        "de deux ans avec sursis. Sophie Marin, la cheffe de service, a été relaxée."
    )
    assert not _verdicts(tmp_path, other)


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        # a negated cue of a two-answer outcome states the other answer
        ("L'accord de libre-échange n'a finalement pas été signé.", "fr", "no_agreement"),
        ("The trade agreement was not signed as planned.", "en", "no_agreement"),
        # a long subject, words only
        (
            "A fisheries agreement on cod quotas for next year between Norway and the Faroes "
            "was not signed as planned.",
            "en",
            "no_agreement",
        ),
        ("La ministre a signé jeudi à Lille une entente de coopération.", "fr", "agreed"),
        ("The cyclist was not arrested.", "en", "not_arrested"),
        ("Le chauffeur a été interpellé peu après l'accident.", "fr", "arrested"),
        ("Le chauffeur n'a pas été interpellé.", "fr", "not_arrested"),
        ("Son avocat a annoncé qu'il allait faire appel.", "fr", "appeal"),
    ],
)
def test_negated_and_reported_outcomes(text, lang, outcome):
    assert _outcomes(text, lang) == [outcome]


def test_a_verdict_pleaded_for_is_no_verdict_and_does_not_hide_one(tmp_path):
    """What a defence pleads for ("avait plaidé la relaxe") is asked, not decided: it
    neither is an outcome nor stands as the other source's "relaxed" for a defendant it
    says was convicted."""
    assert not claims("Son avocate avait plaidé la relaxe pour son client.", "other", "fr")
    assert not claims("His lawyer argued for an acquittal on all counts.", "other", "en")
    other = (
        "Jugement mardi à Nantes dans l'affaire des marchés de voirie. Paul Renard a écopé "
        "de deux ans avec sursis. Sophie Marin, la cheffe de service, a été condamnée à six "
        "mois avec sursis. Son avocate avait plaidé la relaxe."
    )
    assert len(_verdicts(tmp_path, other)) == 1


def test_the_speaker_of_an_outcome_is_not_whose_it_is(tmp_path):
    # The lawyer reports his client's decision; the client announces the other one.
    a = (
        "Le tribunal de Nantes a condamné mardi Paul Renard à deux ans avec sursis. À la "
        "sortie de l'audience, son avocat, Me Hugo Favre, a indiqué que son client ne fera "
        "pas appel."
    )
    b = (
        "Condamné mardi à Nantes à deux ans avec sursis, Paul Renard a annoncé qu'il allait "
        "faire appel, a confirmé son avocat, Me Hugo Favre."
    )
    found = _outcome_findings(tmp_path, a, b)
    assert len(found) == 1 and "appeal" in found[0].summary


def test_two_defendants_prison_terms_are_not_one_figure(tmp_path):
    paths = [
        str(
            write_article(
                tmp_path,
                "a.md",
                "L'ancien directeur de l'office HLM, Alain Perrot, a été condamné mardi par le "
                "tribunal correctionnel de Valence à 18 mois d'emprisonnement avec sursis.",
                "2025-03-12",
                "fr",
            )
        ),
        str(
            write_article(
                tmp_path,
                "b.md",
                "Surprise à l'audience : l'entrepreneur Marc Olivier, qui comparaissait à ses "
                "côtés, a été condamné à six mois d'emprisonnement avec sursis.",
                "2025-03-12",
                "fr",
            )
        ),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    assert not [f for f in report.findings if f.kind == "number" and f.severity != "info"]


@pytest.mark.parametrize(
    ("text", "lang", "outcome", "offence"),
    [
        # guilty of, the defendant named between the verb and "coupable"
        (
            "La cour a déclaré samedi Paul Renard coupable de l'assassinat de sa voisine.",
            "fr",
            "convicted",
            "premeditated_murder",
        ),
        ("Le jury a reconnu l'accusé coupable de meurtre.", "fr", "convicted", "murder"),
        ("The jury found Tom Hale guilty of manslaughter.", "en", "convicted", "manslaughter"),
        ("Tom Hale was convicted of second-degree murder.", "en", "convicted", "murder"),
        ("Le jury a reconnu l'accusé coupable de vol avec violence.", "fr", "convicted", None),
        ("Il a plaidé coupable de vol.", "fr", "pleaded_guilty", None),
    ],
)
def test_guilty_of_and_the_grade_of_homicide(text, lang, outcome, offence):
    (verdict,) = claims(text, "other", lang)
    assert (verdict.value["outcome"], verdict.value.get("offence")) == (outcome, offence)


def test_declared_not_guilty_is_no_conviction():
    assert not [
        c
        for c in claims("Paul Renard a été déclaré non coupable de meurtre.", "other", "fr")
        if c.value["outcome"] == "convicted"
    ]


_GUILTY_FR = (
    "La cour d'assises de Rennes a reconnu jeudi Paul Renard coupable {offence} de sa voisine."
)


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # premeditation retained in one source, not in the other
        (_GUILTY_FR.format(offence="de l'assassinat"), _GUILTY_FR.format(offence="du meurtre"), 1),
        (_GUILTY_FR.format(offence="du meurtre"), _GUILTY_FR.format(offence="du meurtre"), 0),
        # the other source gives both counts
        (
            _GUILTY_FR.format(offence="de l'assassinat"),
            _GUILTY_FR.format(offence="du meurtre")
            + " Il a aussi été reconnu coupable de l'assassinat de son frère.",
            0,
        ),
    ],
)
def test_one_defendant_convicted_of_two_grades_of_homicide(tmp_path, a, b, flagged):
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-14", "fr")),
        str(write_article(tmp_path, "b.md", b, "2025-03-14", "fr")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    assert len([f for f in report.findings if f.rule == "other.offence"]) == flagged


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        ("Fort de ces résultats, le groupe relève ses objectifs annuels.", "fr", "raised_guidance"),
        (
            "Le groupe a revu à la baisse ses prévisions de chiffre d'affaires.",
            "fr",
            "cut_guidance",
        ),
        ("Le groupe confirme ses objectifs pour 2026.", "fr", "kept_guidance"),
        ("Norvane kept its full-year guidance unchanged.", "en", "kept_guidance"),
        ("The retailer cut its full-year profit forecast on Tuesday.", "en", "cut_guidance"),
        ("The firm raised its outlook for the year.", "en", "raised_guidance"),
        # negated: no revision stated; another object raised: none
        ("Le groupe n'a pas relevé ses objectifs.", "fr", None),
        ("Neighbours raised the alarm shortly after midnight.", "en", None),
    ],
)
def test_a_revision_of_guidance_is_an_outcome(text, lang, outcome):
    assert _outcomes(text, lang) == ([outcome] if outcome else [])


def test_guidance_raised_in_one_source_and_kept_in_the_other(tmp_path):
    paths = [
        str(
            write_article(
                tmp_path,
                "a.md",
                "Fort de ces performances, Norvane relève ses objectifs annuels : le groupe vise "
                "désormais une croissance de 10 % à 12 %.",
                "2025-10-22",
                "fr",
            )
        ),
        str(
            write_article(
                tmp_path,
                "b.md",
                "Norvane kept its full-year guidance unchanged, saying it still expected revenue "
                "growth of 8% to 10%.",
                "2025-10-22",
                "en",
            )
        ),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    found = [f for f in report.findings if f.rule == "other.outcome"]
    assert len(found) == 1 and found[0].summary.startswith("guidance: raised")


@pytest.mark.parametrize(
    ("text", "lang", "charge"),
    [
        ("The jury found the director guilty of fraud on Tuesday.", "en", ["fraud"]),
        ("She was cleared of money laundering.", "en", ["launder", "money"]),
        ("He was cleared of a second charge.", "en", ["second"]),
        ("The nurse was acquitted of all charges on Friday.", "en", ["*all*"]),
        ("Le tribunal a reconnu le maire coupable d'escroquerie mardi.", "fr", ["escroqueri"]),
        ("Il a été relaxé du chef de blanchiment.", "fr", ["blanchi"]),
        ("Elle a été relaxée de tous les chefs d'accusation.", "fr", ["*all*"]),
        ("The court convicted the former mayor.", "en", []),
    ],
)
def test_a_verdict_says_what_charge_it_is_on(text, lang, charge):
    found = [c.value for c in claims(text, "other", lang) if c.value.get("event") == "verdict"]
    assert [v["charge"] for v in found] == [charge]


def test_verdicts_on_two_charges_are_a_partial_verdict(tmp_path):
    convicted = "Le tribunal de Rennes a reconnu mardi Marc Olier coupable d'escroquerie."
    assert not _outcome_findings(
        tmp_path, convicted, "Marc Olier a été relaxé du chef de blanchiment mardi à Rennes."
    )
    # the same charge both ways, or every charge, is told two ways
    for other in (
        "Marc Olier a été relaxé du chef d'escroquerie mardi à Rennes.",
        "Marc Olier a été relaxé de tous les chefs d'accusation mardi à Rennes.",
    ):
        assert len(_outcome_findings(tmp_path, convicted, other)) == 1


def test_a_partial_verdict_in_lead_and_body_is_no_conflict(tmp_path):
    lead = "The jury at Bristol Crown Court found Paul Marsh guilty of fraud on Tuesday."
    report = run(
        [
            str(
                write_article(
                    tmp_path,
                    "story.md",
                    f"{lead}\n\nThe jury deliberated for six hours. He was cleared of money "
                    "laundering, a charge his lawyers had always disputed.",
                    "2025-03-12",
                    "en",
                )
            )
        ],
        Settings(nli=False, cache=False),
    )
    assert not [f for f in report.findings if f.rule == "other.outcome"]


def test_cleared_of_every_charge_meets_no_partial_verdict(tmp_path):
    # the other source's own acquittal on a second charge does not reconcile a
    # conviction with "relaxé de tous les chefs"
    partial = (
        "Le tribunal de Rennes a reconnu mardi Marc Olier coupable d'escroquerie. "
        "Marc Olier a en revanche été relaxé du chef de blanchiment."
    )
    every = "Marc Olier a été relaxé de tous les chefs d'accusation mardi à Rennes."
    assert len(_outcome_findings(tmp_path, partial, every)) == 1
    # two partial verdicts that agree stay agreed
    assert not _outcome_findings(
        tmp_path,
        partial,
        "Marc Olier, relaxé du chef de blanchiment, a été reconnu coupable d'escroquerie.",
    )


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        ("Touché au genou, le Danois a abandonné, après avoir reçu des soins.", "fr", "abandoned"),
        ("Lars Eriksen finished the stage 14 minutes behind the winner.", "en", "finished"),
        ("Paul Moreau a franchi la ligne avec 38 secondes d'avance.", "fr", "finished"),
        ("Lars Eriksen failed to finish the race.", "en", "abandoned"),
        ("Lars Eriksen n'a pas terminé l'étape.", "fr", "abandoned"),
        # not a race: a plan given up, a report finished
        ("Le club a abandonné son projet de nouveau stade.", "fr", None),
        ("She finished the report on Monday.", "en", None),
    ],
)
def test_finishing_or_abandoning_a_race(text, lang, outcome):
    assert [o for o in _outcomes(text, lang)] == ([outcome] if outcome else [])


def _race_findings(tmp_path, french: str, english: str):
    paths = [
        str(write_article(tmp_path, "a.md", french, "2025-03-15", "fr")),
        str(write_article(tmp_path, "b.md", english, "2025-03-15", "en")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if f.summary.startswith("completion")]


_ABANDONED = (
    "L'étape a été marquée par la chute de Lars Eriksen dans la descente. Le Danois, touché "
    "au genou, a abandonné quelques minutes plus tard."
)


def test_a_rider_who_abandoned_is_said_to_have_finished(tmp_path):
    """The rider is named in the sentence before each outcome, then described ("Le
    Danois", "The Dane"): the outcome is his."""
    english = (
        "The team wishes Lars Eriksen a quick recovery. The Dane bravely finished "
        "Saturday's stage despite his injuries."
    )
    assert len(_race_findings(tmp_path, _ABANDONED, english)) == 1


def test_another_rider_finishing_is_no_conflict(tmp_path):
    english = (
        "The team wishes Lars Eriksen a quick recovery. His teammate Paul Moreau finished "
        "Saturday's stage in the main group."
    )
    assert _race_findings(tmp_path, _ABANDONED, english) == []


def test_an_outcome_told_by_a_surname_alone_is_that_persons(tmp_path):
    """ "Moreau a franchi la ligne" after "Paul Moreau" names the winner: his finish does
    not restate the finish the other source gives the rider who abandoned."""
    french = (
        "Paul Moreau a attaqué dans la dernière montée. L'étape a été marquée par la chute "
        "de Lars Eriksen dans la descente. Le Danois, touché au genou, a abandonné quelques "
        "minutes plus tard. Moreau a franchi la ligne avec vingt secondes d'avance."
    )
    english = (
        "The team wishes Lars Eriksen a quick recovery. The Dane bravely finished "
        "Saturday's stage despite his injuries."
    )
    assert len(_race_findings(tmp_path, french, english)) == 1


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        ("Mis en examen, Hugo Berthier a été placé en détention provisoire.", "fr", "detained"),
        ("Le suspect a été écroué à la maison d'arrêt de Nîmes.", "fr", "detained"),
        ("Hugo Berthier a été laissé libre sous contrôle judiciaire.", "fr", "released"),
        ("Le gérant a été remis en liberté dans la soirée.", "fr", "released"),
        ("Owen Tate was remanded in custody until his trial in May.", "en", "detained"),
        ("Magistrates refused bail and Owen Tate will appear again on Friday.", "en", "detained"),
        ("The judge released Tate on conditional bail.", "en", "released"),
        ("Owen Tate was not granted bail.", "en", "detained"),
        # a release asked for or refused, free rein: no decision stated
        ("Son avocat a demandé sa remise en liberté.", "fr", None),
        ("La cour a refusé sa remise en liberté.", "fr", None),
        ("Le maire laisse libre cours aux associations.", "fr", None),
    ],
)
def test_held_in_custody_or_released_until_trial(text, lang, outcome):
    assert _outcomes(text, lang) == ([outcome] if outcome else [])


def _custody_findings(tmp_path, a: str, b: str, b_published: str = "2025-03-12"):
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-12", "en")),
        str(write_article(tmp_path, "b.md", b, b_published, "en")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if f.summary.startswith("custody")]


_REMANDED = (
    "Owen Tate, 41, admitted handling stolen goods at Exeter Crown Court on Tuesday and "
    "was remanded in custody until sentencing."
)
_BAILED = (
    "Owen Tate admitted handling stolen goods at Exeter Crown Court on Tuesday. Judge "
    "Mary Fenwick released Tate on conditional bail until sentencing."
)


def test_one_defendant_held_in_one_source_and_released_in_the_other(tmp_path):
    assert len(_custody_findings(tmp_path, _REMANDED, _BAILED)) == 1


def test_custody_told_on_another_day_or_as_an_earlier_spell_is_no_conflict(tmp_path):
    """A remand is reviewed: an article of the next day may tell bail since; "had been
    released on bail" tells the decision before the one now."""
    assert _custody_findings(tmp_path, _REMANDED, _BAILED, "2025-03-13") == []
    earlier = (
        "Owen Tate admitted handling stolen goods at Exeter Crown Court on Tuesday. He had "
        "been released on bail after his arrest in January."
    )
    assert _custody_findings(tmp_path, _REMANDED, earlier) == []


def test_a_lead_and_body_that_hold_and_release_one_suspect(tmp_path):
    """Inside one article: the lead says the suspect was detained, the body that the
    judge let him go."""
    text = (
        "Hugo Berthier, soupçonné d'avoir incendié un entrepôt à Nîmes, a été placé en "
        "détention provisoire vendredi.\n\n"
        "Le juge des libertés n'a pas suivi le parquet. Hugo Berthier a été laissé libre "
        "sous contrôle judiciaire, avec l'obligation de pointer chaque semaine."
    )
    path = write_article(tmp_path, "a.md", text, "2025-03-15", "fr")
    report = run([str(path)], Settings(nli=False, cache=False))
    found = [f for f in report.findings if f.summary.startswith("custody")]
    assert len(found) == 1
    assert found[0].scope == "within"


def _other_findings(folder, a: str, b: str):
    report = run_two(folder, a, b, lang_a="en", lang_b="fr")
    return [f for f in report.findings if f.kind == "other" and f.severity != "info"]


@pytest.mark.parametrize(
    ("sentenced", "flagged"),
    [
        # the unnamed conviction is the other named defendant's
        ("Daniel Pryor will be sentenced next month.", True),
        # no other defendant named: the unnamed conviction may be hers
        ("Sentencing is expected next month.", False),
    ],
)
def test_an_unnamed_verdict_beside_another_named_defendant_is_not_hers(
    tmp_path, sentenced, flagged
):
    report = run_two(
        tmp_path,
        "A former council officer who took money meant for school repairs was convicted of "
        f"fraud at Carlow Crown Court on Friday. {sentenced} His co-defendant, Lena Marsh, "
        "was acquitted of all charges.",
        "Jurors returned their verdicts at Carlow Crown Court on Friday. Lena Marsh is found "
        "guilty of one count of false accounting.",
        lang_a="en",
        lang_b="en",
    )
    verdicts = [f for f in report.findings if f.rule == "other.outcome" and f.scope == "across"]
    assert bool(verdicts) is flagged


# An English council story whose motion was rejected in the passive, and a docks story
# whose proposal the dockers rejected, in the active.
_MOTION_REJECTED = (
    "Councillors met on Monday in Lisle. A motion on parking charges, tabled by the "
    "opposition, was rejected after a long debate."
)
_PROPOSAL_REJECTED = (
    "The dockers met on Monday in Lisle. The dockers rejected the management proposal after "
    "a long debate."
)


@pytest.mark.parametrize(
    ("english", "french", "flagged"),
    [
        (
            _MOTION_REJECTED,
            "La motion sur les tarifs de stationnement a, elle aussi, été adoptée.",
            True,
        ),
        (
            _MOTION_REJECTED,
            "La motion sur les tarifs de stationnement a, elle aussi, été rejetée.",
            False,
        ),
        # another thing decided the other way: no dispute
        (
            _MOTION_REJECTED,
            "Le budget annexe des transports a, lui aussi, été adopté lundi.",
            False,
        ),
        # a passive decision against an active one of the same thing
        (_PROPOSAL_REJECTED, "La proposition de la direction a été approuvée lundi.", True),
        (_PROPOSAL_REJECTED, "La proposition de la direction a été rejetée lundi.", False),
        (_PROPOSAL_REJECTED, "Le budget annexe du port a été approuvé lundi.", False),
    ],
)
def test_one_thing_decided_both_ways_in_the_passive(tmp_path, english, french, flagged):
    found = _other_findings(tmp_path, english, "Réunion lundi à Lisle. " + french)
    assert bool(found) is flagged
