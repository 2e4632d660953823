"""One article checked against itself: its lead against its body (factdiff.within).

The articles here are written for these tests (not from any labelled set): each
contradictory one restates a lead fact in the body with another value; each clean
one restates it hedged, rounded, updated, as the rest of a count, as what someone
asked for, or next to background about an earlier event.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from factdiff.cli import main
from factdiff.extract import extract_sentence
from factdiff.ingest import read_articles
from factdiff.pipeline import Settings, run
from factdiff.records import Sentence
from factdiff.segment import segment
from factdiff.within import lead_end
from helpers_articles import write_article

RULES = Settings(nli=False)


def flagged(report):
    return [f for f in report.findings if f.severity in ("error", "warning")]


def check_one(tmp_path, body, published="2025-03-14", lang="fr", settings=RULES):
    path = write_article(tmp_path, "story.md", body, published=published, lang=lang)
    return run([str(path)], settings)


# --------------------------------------------------------------- what is flagged


def test_toll_in_lead_and_another_in_body(tmp_path):
    report = check_one(
        tmp_path,
        "GAP — Deux randonneurs ont été tués jeudi par une chute de pierres dans le massif "
        "des Écrins, a indiqué la préfecture des Hautes-Alpes.\n\n"
        "Les secours ont été alertés en début d'après-midi par un guide.\n\n"
        "Les trois randonneurs tués faisaient partie d'un groupe de huit marcheurs partis "
        "le matin du refuge.",
    )
    found = flagged(report)
    assert [f.rule for f in found] == ["number.range"]
    finding = found[0]
    assert finding.scope == "within"
    assert {e.source for e in finding.evidence} == {"story.md"}
    assert [e.value.split()[0] for e in finding.evidence] == ["2", "3"]
    assert "the lead of story.md" in finding.summary
    assert "the body of story.md" in finding.summary


_FESTIVAL = (
    "The town's harvest festival drew large crowds over the weekend and raised a record sum "
    "for the hospital appeal, organisers said on Tuesday.\n\n"
    "Raffle tickets and a charity auction of local produce brought in £38,400 over the "
    "three days.\n\n"
    "There were 164 stalls this year, and a cookery theatre hosted 22 demonstrations.\n\n"
    '"We are overwhelmed," said the appeal treasurer. "The weekend\'s takings come to '
    '{figure}, every penny of it for the ward."'
)


@pytest.mark.parametrize(
    ("figure", "rules"), [("£34,800", ["number.range"]), ("£38,400", []), ("£31,250", [])]
)
def test_a_figure_miscopied_between_two_body_paragraphs(tmp_path, figure, rules):
    """Two body paragraphs are not compared for figures, except one written with another's
    digits in another order: one figure miscopied."""
    report = check_one(tmp_path, _FESTIVAL.format(figure=figure), lang="en")
    assert [f.rule for f in flagged(report)] == rules


def test_short_figures_sharing_their_digits_in_two_paragraphs_are_two_figures(tmp_path):
    """An article's statistics share the digits of three-digit figures by chance."""
    report = check_one(
        tmp_path,
        "Reggie Bush was traded to Miami on Thursday for a draft pick, the New Orleans "
        "Saints said in a statement.\n\n"
        "Through 14 games, Bush had 404 yards and two touchdowns on 106 carries.\n\n"
        "He also had 440 yards and four touchdowns receiving.",
        lang="en",
    )
    assert [f.summary for f in flagged(report) if "yard" in f.summary] == []


def test_toll_restated_beside_the_tolls_of_earlier_disasters(tmp_path):
    """The toll of the story in the lead and in a quote of the body disagree; the body
    also recalls the tolls of two earlier floods, which are not the story's figure."""
    report = check_one(
        tmp_path,
        "Rescuers searched villages in the valley on Wednesday after flash floods "
        "killed 14 people and forced families from their homes.\n\n"
        "The regional governor told reporters that a total of 11 people had died and "
        "that no one was still missing.\n\n"
        "In March 2019, floods in the same valley killed 37 people. In 2011, a "
        "mudslide nearby killed 120 people.",
        published="2025-06-12",
        lang="en",
    )
    found = flagged(report)
    assert [f.rule for f in found] == ["number.range"]
    assert [e.value.split()[0] for e in found[0].evidence] == ["14", "11"]


_DERAILMENT = (
    "A freight train carrying grain derailed on Tuesday near {lead}, and two wagons "
    "spilled their load across the tracks.\n\n"
    "Crews worked through the night to clear the line.\n\n"
    "The derailment happened on a curve about four miles east of {body}, the rail "
    "company said in a statement."
)


@pytest.mark.parametrize(
    ("lead", "body", "rules"),
    [
        # two towns that GeoNames puts 109 km apart: two answers to where it derailed
        ("Emporia, Kansas", "Newton", ["location.place"]),
        # a town and its suburb, or a village no gazetteer knows: both may be near it
        ("Lyon", "Villeurbanne", []),
        ("Emporia, Kansas", "Plainsville Junction", []),
    ],
)
def test_one_happening_placed_near_two_towns(tmp_path, lead, body, rules):
    report = check_one(tmp_path, _DERAILMENT.format(lead=lead, body=body), lang="en")
    assert [f.rule for f in flagged(report) if f.kind == "location"] == rules


def test_lead_weekday_against_another_day_of_the_same_happening(tmp_path):
    report = check_one(
        tmp_path,
        "LEEDS — In a vote on Tuesday, council members decided to close two swimming "
        "pools, citing rising energy bills.\n\n"
        "Campaigners had gathered outside the town hall before the vote.\n\n"
        "Monday's vote followed a consultation in which 3,000 residents took part.",
        published="2025-06-12",
        lang="en",
    )
    rules = [f.rule for f in flagged(report)]
    assert rules == ["date.day"]
    assert flagged(report)[0].scope == "within"


def test_days_of_two_happenings_of_one_story_are_not_one_day(tmp_path):
    """The story's kind of happening (a flood) named outside the dated clauses: a visit
    on Monday and the river bursting its banks on Sunday are two happenings."""
    report = check_one(
        tmp_path,
        "The environment secretary visited Appleby on Monday with the council leader, as "
        "residents began clearing mud from their homes after the worst floods in a "
        "decade.\n\n"
        "Volunteers from three neighbouring villages helped to fill sandbags at the fire "
        "station.\n\n"
        "The Eden burst its banks on Sunday morning, and about 200 homes were flooded "
        "within an hour.",
        published="2025-11-18",
        lang="en",
    )
    assert flagged(report) == []


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # the crash named only in the clause the reopening is dated against
        (
            "The A590 reopened at 7am today after crash investigators spent the night at the "
            "scene.",
            [],
        ),
        # the crash's own clause: another day for it
        (
            "The crash happened at about 4pm today, when a van crossed into the path of a lorry.",
            ["date.day"],
        ),
    ],
)
def test_a_temporal_clause_tells_another_happening(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Three people were hurt in a crash on the A590 near Ulverston yesterday afternoon, "
        "police said.\n\n"
        "The driver, a man in his 50s, was taken to hospital in Barrow.\n\n" + body,
        published="2025-09-14",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


def test_weekday_that_the_calendar_does_not_give_its_date(tmp_path):
    # 5 June 2025 is a Thursday.
    report = check_one(
        tmp_path,
        "NANTES — La nouvelle passerelle sur la Loire a été inaugurée ce jeudi par la "
        "maire de la ville.\n\n"
        "Lors de la cérémonie du mercredi 5 juin, les élus ont salué la fin du chantier.",
        published="2025-06-05",
    )
    found = [f for f in flagged(report) if f.rule == "date.calendar"]
    assert len(found) == 1
    assert found[0].severity == "error"
    assert "Thursday, not a Wednesday" in found[0].summary
    assert len(found[0].evidence) == 2  # the wrong date beside the lead's day


# --------------------------------------------------------------- what is not flagged


@pytest.mark.parametrize(
    "body",
    [
        # hedged in the lead, plain in the body
        "TOULOUSE — Au moins 40 personnes ont été évacuées vendredi après un incendie dans "
        "un immeuble du quartier Bagatelle.\n\n"
        "Les 43 personnes évacuées ont été relogées par la mairie.",
        # a live update of the toll
        "BREST — Trois marins sont morts jeudi dans le naufrage d'un chalutier au large du "
        "Finistère.\n\n"
        "Les recherches se sont poursuivies toute la journée.\n\n"
        "Mis à jour à 18h : le bilan s'est alourdi à quatre morts, selon la préfecture "
        "maritime.",
        # the rest of a count
        "LILLE — Neuf ouvriers ont été blessés jeudi dans l'effondrement d'un échafaudage.\n\n"
        "Le plus touché a été héliporté vers le CHU. Les huit autres blessés souffrent de "
        "contusions.",
        # what the prosecutor asked for, then the sentence
        "NICE — Le tribunal a condamné jeudi un agent immobilier à deux ans de prison pour "
        "escroquerie.\n\n"
        "Le parquet avait requis quatre ans de prison contre lui.",
        # the fine the prosecutor asked for, in a list of what he asked for
        "NICE — Le tribunal correctionnel a condamné jeudi un agent immobilier, 58 ans, à un "
        "an d'emprisonnement avec sursis et 20 000 euros d'amende pour escroquerie. Il a été "
        "relaxé du chef de faux.\n\n"
        "Le parquet avait requis deux ans de prison, dont six mois ferme, et 60 000 euros "
        "d'amende.",
        # the passengers hurt, a part of everyone hurt
        "VIERZON — Un car a percuté un poids lourd mercredi sur l'A71. Neuf personnes ont été "
        "blessées, dont le chauffeur du poids lourd.\n\n"
        "Le car transportait 40 passagers. Huit d'entre eux ont été légèrement blessés.",
        # background about an earlier event
        "METZ — Deux personnes ont été tuées jeudi dans une collision sur l'A31.\n\n"
        "En 2019, un accident au même endroit avait fait cinq morts.",
        # an earlier state told in the pluperfect, with a period the calendar cannot date
        "RENNES — Le conseil départemental a voté jeudi un budget prévoyant 38 "
        "suppressions de postes et 12 créations en 2026.\n\n"
        "Les élus de l'opposition ont voté contre.\n\n"
        "Lors du précédent exercice, le département avait supprimé 45 postes.",
        "LEEDS — The council approved on Thursday a plan that cuts 38 posts and creates 12 "
        "new ones.\n\n"
        "Opposition councillors voted against it.\n\n"
        "The year before, the council had cut 45 posts.",
    ],
)
def test_restated_updated_or_other_figures_are_not_conflicts(tmp_path, body):
    assert flagged(check_one(tmp_path, body)) == []


def test_now_describing_a_person_is_no_day(tmp_path):
    report = check_one(
        tmp_path,
        "RENNES — Le tribunal a condamné mercredi un ancien élu pour prise illégale "
        "d'intérêts.\n\n"
        "Son ancien adjoint, Paul Leroy, aujourd'hui retraité, a été relaxé.",
        published="2025-05-22",
    )
    assert flagged(report) == []


# --------------------------------------------------------------- runs and formats


def test_several_articles_also_check_each_one_within(tmp_path):
    lead_body = (
        "BORDEAUX — Cinq personnes ont été blessées mardi dans l'incendie d'un entrepôt.\n\n"
        "Les six blessés ont été transportés au CHU."
    )
    a = write_article(tmp_path, "a.md", lead_body, published="2025-03-12")
    b = write_article(
        tmp_path,
        "b.md",
        "BORDEAUX — Un entrepôt a brûlé mardi ; les pompiers ont maîtrisé le feu en soirée.",
        published="2025-03-12",
    )
    report = run([str(a), str(b)], RULES)
    within = [f for f in flagged(report) if f.scope == "within"]
    assert len(within) == 1 and {e.source for e in within[0].evidence} == {"a.md"}
    off = run([str(a), str(b)], Settings(nli=False, within=False))
    assert [f for f in off.findings if f.scope == "within"] == []


def test_json_says_within_and_no_within_turns_it_off(tmp_path, capsys):
    path = write_article(
        tmp_path,
        "story.md",
        "LYON — Sept personnes ont été tuées lundi dans un accident de car.\n\n"
        "Les huit morts étaient tous des passagers.",
        published="2025-03-11",
    )
    code = main(
        ["check", str(path), "--no-nli", "--no-cache", "--format", "json", "--fail-on", "warning"]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [f["scope"] for f in report["findings"]] == ["within"]
    code = main(["check", str(path), "--no-nli", "--no-cache", "--format", "json", "--no-within"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


# --------------------------------------------------------------- the pieces


def test_lead_is_the_first_paragraph_or_the_first_sentence(tmp_path):
    def sentences(body):
        articles, _ = read_articles([str(write_article(tmp_path, "x.md", body))])
        return articles[0], segment(articles[0])

    article, s = sentences(
        "Le gouvernement a présenté mercredi son projet de loi sur l'énergie. Les députés "
        "l'examineront en juin.\n\nLe corps commence ici. Il continue."
    )
    assert lead_end(article, s) == 2
    article, s = sentences(
        "PARIS —\n\nLe gouvernement a présenté mercredi son projet de loi sur l'énergie "
        "devant les députés.\n\nLa suite du texte."
    )
    assert lead_end(article, s) == 2  # a dateline alone takes the next paragraph along
    article, s = sentences("Un seul bloc de texte. Sans aucun paragraphe. Jusqu'au bout.")
    assert lead_end(article, s) == 1


@pytest.mark.parametrize(
    ("text", "lang", "frames"),
    [
        ("Les sept autres blessés ont été soignés sur place.", "fr", ["rest"]),
        ("Quatre personnes ont été tuées et 23 autres blessées.", "fr", [None, None]),
        ("The other six workers were unhurt.", "en", ["rest"]),
        ("Le parquet avait requis cinq ans de prison.", "fr", ["requested"]),
        ("Prosecutors had sought a sentence of 12 years.", "en", ["requested"]),
        ("Le tribunal l'a condamné à cinq ans de prison.", "fr", [None]),
        # the verb of a request governs each object of its list, past the list's commas
        (
            "L'avocate générale avait requis quatre ans de prison, dont deux avec sursis, "
            "et 30 000 euros d'amende.",
            "fr",
            ["requested", "part", "requested"],
        ),
        (
            "Prosecutors sought six years in prison, a driving ban and a $25,000 fine.",
            "en",
            ["requested", "requested"],
        ),
        # a new clause after the coordinator has its own verb
        ("The union demanded a 6% rise, and the company offered 3%.", "en", ["requested", None]),
        ("Il a été condamné à trois ans de prison et 20 000 euros d'amende.", "fr", [None, None]),
        # a length at a point ("at"), and an English article before a length, no "à"
        ("The climbers were found at 2,800 metres on the north face.", "en", ["level"]),
        ("The ministers backed a 745-mile network of subsea cables.", "en", [None]),
        # the whole a part is taken from, after a possessive
        ("La panne a touché 140 de ses 212 magasins.", "fr", [None, "whole"]),
        # a partitive counts a part of a group named before
        ("Onze d'entre eux ont été légèrement blessés.", "fr", ["partitive"]),
        ("Three of them were taken to hospital in Leicester.", "en", ["partitive"]),
        # a request in the third person plural, present or imperfect
        ("Les ravisseurs exigent 2 millions d'euros.", "fr", ["requested"]),
        ("Les syndicats demandaient 150 euros par mois.", "fr", ["requested"]),
    ],
)
def test_number_frames(text, lang, frames):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    assert [d.value.get("frame") for d in drafts if d.kind == "number"] == frames


def test_count_after_others_is_what_follows():
    text = "Quatre personnes ont été tuées et 23 autres blessées samedi."
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), None)
    assert [d.value["key"] for d in drafts if d.kind == "number"] == ["DEAD", "INJURED"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("They hired 5,000 oil and gas workers last year.", "workers"),
        ("Executives from a dozen oil and renewables companies came.", "companies"),
        ("Seven people were killed.", "people"),
        ("About 300 delegates gathered.", "delegates"),
        # an irregular plural ends the compound: what follows "and" is another clause
        ("The storm killed 9 people and left farmers without power.", "people"),
        ("A fire injured 4 children and damaged homes.", "children"),
    ],
)
def test_english_compound_counts_its_last_noun(text, head):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "en"), None)
    assert [d.value["head"] for d in drafts if d.kind == "number"] == [head]


def test_written_weekday_is_kept_when_the_calendar_disagrees():
    text = "La cérémonie du mercredi 5 juin a réuni les élus."
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), date(2025, 6, 6))
    (d,) = [d for d in drafts if d.kind == "date"]
    assert d.value["date"] == "2025-06-05"
    assert d.value["weekday"] == "thursday"
    assert d.value["weekday_written"] == "wednesday"
    text = "La cérémonie du jeudi 5 juin a réuni les élus."
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), date(2025, 6, 6))
    assert "weekday_written" not in [d for d in drafts if d.kind == "date"][0].value


# --------------------------------------------------------------- outcomes


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        ("La cour d'appel a relaxé jeudi l'ancien maire de la commune.", "fr", "acquitted"),
        ("Le tribunal l'a condamné à trois ans de prison.", "fr", "convicted"),
        ("The jury found the nurse not guilty on Friday.", "en", "acquitted"),
        ("The former director was found guilty of fraud.", "en", "convicted"),
        ("He was cleared of all charges by the court.", "en", "acquitted"),
        ("The judge adjourned sentencing until June.", "en", "convicted"),
        ("Son avocate a annoncé qu'elle ferait appel du jugement.", "fr", "appeal"),
        ("The club said it would not appeal the ban.", "en", "no_appeal"),
        ("Le dépistage de stupéfiants s'est révélé positif.", "fr", "positive"),
        ("Both drivers tested negative for alcohol.", "en", "negative"),
        ("Les parties disposent de dix jours pour interjeter appel.", "fr", None),
        ("The treasurer pleaded guilty in March to wire fraud.", "en", "pleaded_guilty"),
        ("He was convicted at trial in March of wire fraud.", "en", ("convicted", "tried")),
        ("Prosecutors said he could be convicted of manslaughter.", "en", None),
        ("Il a été condamné pour fraude mais relaxé des faits de corruption.", "fr", None),
        ("Unions signed a three-year wage agreement with the airline.", "en", "agreed"),
        ("Les négociations se sont achevées sans accord mardi soir.", "fr", "no_agreement"),
        ("Talks with the ministry collapsed on Monday.", "en", "no_agreement"),
    ],
)
def test_outcome_claims(text, lang, outcome):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    found = [d.value["outcome"] for d in drafts if d.value.get("type") == "outcome"]
    expected = list(outcome) if isinstance(outcome, tuple) else [outcome] if outcome else []
    assert found == expected


def test_verdict_told_both_ways_in_one_article(tmp_path):
    report = check_one(
        tmp_path,
        "DOUAI — La cour d'assises du Nord a acquitté mercredi Julien Morel, jugé pour "
        "l'incendie d'une grange en 2023.\n\n"
        "L'avocate de Julien Morel a indiqué qu'elle ferait appel de la peine de six ans de "
        "prison infligée à son client.",
        published="2025-04-10",
    )
    found = flagged(report)
    assert [f.rule for f in found] == ["other.outcome"]
    assert found[0].scope == "within"


def test_partial_verdict_and_earlier_case_are_no_conflict(tmp_path):
    report = check_one(
        tmp_path,
        "DOUAI — Le tribunal a condamné mercredi Julien Morel à deux ans de prison pour "
        "fraude fiscale. Il a en revanche été relaxé des faits de blanchiment.\n\n"
        "En 2018, un autre commerçant de la ville avait été relaxé dans une affaire "
        "semblable.",
        published="2025-04-10",
    )
    assert flagged(report) == []


def test_sarif_has_one_location_per_evidence_of_a_within_finding(tmp_path, capsys):
    path = write_article(
        tmp_path,
        "story.md",
        "LYON — Sept personnes ont été tuées lundi dans un accident de car.\n\n"
        "Les huit morts étaient tous des passagers.",
        published="2025-03-11",
    )
    main(["check", str(path), "--no-nli", "--no-cache", "--format", "sarif"])
    (result,) = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["properties"]["scope"] == "within"
    assert result["properties"]["values"] == ["7 dead", "8 dead"]
    # front matter of 4 lines, then the lead (line 5), a blank line, the body (line 7)
    assert [loc["physicalLocation"]["region"]["startLine"] for loc in result["locations"]] == [
        5,
        7,
    ]


@pytest.mark.parametrize(
    "body",
    [
        # two crowds: the stadium's and the one in the streets
        "LILLE — Ils étaient 48 000 spectateurs mercredi au stade pour la finale de la "
        "coupe.\n\n"
        "Après le match, plusieurs milliers de supporteurs ont défilé dans le centre-ville.",
        # shares of two different wholes
        "LE HAVRE — Les salariés ont approuvé à 64 % des votants le nouvel accord "
        "d'entreprise mardi.\n\n"
        "L'accord prévoit une hausse de 3 % de la prime d'équipe.",
        # what is planned is not what happened
        "ROUEN — Les agents des bibliothèques ont entamé mardi leur troisième jour de "
        "grève contre la fermeture du dimanche.\n\n"
        "Les grévistes se prononceront jeudi sur la suite du mouvement lors d'une "
        "assemblée générale.",
    ],
)
def test_other_slots_of_one_story_are_not_conflicts(tmp_path, body):
    assert flagged(check_one(tmp_path, body, published="2025-03-12")) == []


def test_a_days_night_meets_its_late_evening_clock_time(tmp_path):
    """An English day's night is its late evening (Recognizers-Text's specs), so the
    storm of "Monday night" and the outages' peak "at around 11pm on Monday" agree."""
    report = check_one(
        tmp_path,
        "One man died and two people were hurt as a storm swept across Cornwall on Monday "
        "night and Tuesday, cutting electricity to 52,000 customers at its peak.\n\n"
        "Gusts of 90 mph were recorded at the Lizard.\n\n"
        "Outages peaked at around 11pm on Monday, when 52,000 customers were in the dark.",
        published="2025-11-19",
        lang="en",
    )
    assert flagged(report) == []


def test_a_surname_alone_names_the_person_named_before_only_when_acting(tmp_path):
    report = check_one(
        tmp_path,
        "CARDIFF — The minister, Ruth Calloway, attended the opening of the new bridge on "
        "Friday.\n\n"
        "Calloway was not at the ceremony, her office later said.",
        published="2025-03-14",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == ["attendees.presence"]
    # "Ravens" modifies "chief executive": no person "Newport Ravens" to stand for
    text = "Ravens chief executive Helen Price attended the hearing."
    drafts, people = extract_sentence(
        Sentence("a", 1, text, 0, len(text), "en"), None, ["Newport Ravens"]
    )
    assert people == ["Helen Price"]


@pytest.mark.parametrize(
    ("known", "text", "lang", "people"),
    [
        # a quote names a player named in full before by his given name alone
        (
            ["Tomas Reyes"],
            '"Tomas has been our vice-captain all season," the coach said.',
            "en",
            ["Tomas Reyes"],
        ),
        (
            ["Élodie Marchal"],
            "« Élodie était absente ce soir-là », a précisé le club.",
            "fr",
            ["Élodie Marchal"],
        ),
        # two people with that given name: it names neither
        (["Tomas Reyes", "Tomas Lindqvist"], "Tomas was not at the ground on Sunday.", "en", []),
        # set beside a noun, a given name brings in someone new
        (
            ["Tomas Reyes"],
            "Her husband Tomas, a retired teacher, was not at the ground.",
            "en",
            [],
        ),
        # a given name that is someone's surname stays that person's ("Paul Martin" / "Martin")
        (
            ["Martin Cole", "Paul Martin"],
            "Martin was not at the ground on Sunday.",
            "en",
            ["Paul Martin"],
        ),
    ],
)
def test_a_given_name_alone_names_the_one_person_named_before_with_it(known, text, lang, people):
    _drafts, found = extract_sentence(Sentence("a", 3, text, 0, len(text), lang), None, known)
    assert found == people


def test_person_named_after_a_sentence_initial_office():
    text = "L'expert Jean-Luc Morin, poursuivi pour négligence, a été relaxé."
    drafts, people = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), None)
    assert people == ["Jean-Luc Morin"]
    assert [d.value["person"] for d in drafts if d.kind == "role"] == ["Jean-Luc Morin"]


def test_title_with_a_regional_demonym_binds_its_person():
    text = "Selon la juge d'instruction genevoise Claire Martin, le pilote avait bu."
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), None)
    roles = [(d.value["person"], d.value["rank"]) for d in drafts if d.kind == "role"]
    assert roles == [("Claire Martin", "investigating_judge")]


def test_verdicts_of_two_defendants_are_no_conflict(tmp_path):
    a = write_article(
        tmp_path,
        "a.md",
        "DOUAI — L'architecte Paul Renard, poursuivi pour négligence, a été relaxé mardi.",
        published="2025-06-11",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "DOUAI — Le propriétaire Marc Lenoir a été reconnu coupable mardi d'homicides "
        "involontaires.",
        published="2025-06-11",
    )
    report = run([str(a), str(b)], RULES)
    assert [f for f in flagged(report) if f.rule == "other.outcome"] == []


@pytest.mark.parametrize(
    "body",
    [
        # a part of the toll
        "PAU — Onze personnes sont mortes dans les inondations de mardi, a indiqué la "
        "préfecture.\n\n"
        "Les secours ont évacué un camping. Parmi les victimes, dont quatre enfants, "
        "figurent deux pompiers.",
        # a count disputed between two parties, each named
        "NANTES — Le défilé a rassemblé 12 000 manifestants selon la police samedi.\n\n"
        "Les organisateurs ont compté 30 000 manifestants selon la CGT, un chiffre "
        "contesté par la préfecture.",
    ],
)
def test_parts_and_disputed_figures_are_not_conflicts(tmp_path, body):
    assert flagged(check_one(tmp_path, body, published="2025-03-16")) == []


@pytest.mark.parametrize(
    ("text", "lang", "frame"),
    [
        ("Analysts had expected revenue of $920 million.", "en", "expected"),
        ("Les analystes tablaient sur un bénéfice de 40 millions d'euros.", "fr", "expected"),
        ("Costs climbed by about $3 million.", "en", "change"),
        ("Il a couru les vingt derniers kilomètres seul.", "fr", "part"),
        ("The company reported revenue of $920 million.", "en", None),
        # a share followed by the noun of its change, a French verb of change in the future
        ("The board approved a 2.5 per cent rise in fares.", "en", "change"),
        ("The 8% cut in grants takes effect in May.", "en", "change"),
        ("Les loyers augmenteront de 3,5 % en janvier.", "fr", "change"),
        # a height is no change
        ("The climber survived a 20-metre fall.", "en", None),
    ],
)
def test_forecasts_changes_and_stretches_are_their_own_figures(text, lang, frame):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    assert [d.value.get("frame") for d in drafts if d.kind == "number"][:1] == [frame]


def test_relative_years_and_update_lines(tmp_path):
    # "last year" is background; an update line's own time is no event time
    report = check_one(
        tmp_path,
        "BEND — The Pine Creek fire has burned 9,000 acres since it started on Monday "
        "afternoon, officials said Thursday.\n\n"
        "Last year, a fire in the same valley burned 12,000 acres.\n\n"
        "Update, 7pm Thursday: the fire has now burned 9,400 acres.",
        published="2025-08-21",
        lang="en",
    )
    assert flagged(report) == []


def test_chief_officers_and_honorifics(tmp_path):
    report = check_one(
        tmp_path,
        "LEEDS — The clinic will open in May, its chief nursing officer, Dr Ann Kerr, "
        "said on Monday.\n\n"
        "Chief executive Ann Kerr said staffing was the main risk.",
        published="2025-03-11",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == ["role.title"]


def test_amounts_of_the_same_named_thing(tmp_path):
    report = check_one(
        tmp_path,
        "SEATTLE — Harbor Lines reported quarterly revenue of $310 million on Tuesday.\n\n"
        '"We delivered $290 million in revenue this quarter," its chief executive said.',
        published="2025-03-11",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == ["number.range"]


def test_terms_of_two_people_and_of_two_parties_are_not_conflicts(tmp_path):
    report = check_one(
        tmp_path,
        "LIÈGE — Le tribunal a condamné mercredi l'ancien directeur Paul Remy à 24 mois "
        "de prison pour corruption.\n\n"
        "Son associé, Luc Gillet, a été condamné à 12 mois de prison avec sursis.",
        published="2025-11-13",
    )
    assert flagged(report) == []
    a = write_article(
        tmp_path,
        "a.md",
        "DAYTON — Prosecutors had asked for 60 months for the former treasurer.",
        published="2025-11-13",
        lang="en",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "DAYTON — The defense attorney asked for 30 months for the former treasurer.",
        published="2025-11-13",
        lang="en",
    )
    assert flagged(run([str(a), str(b)], RULES)) == []


@pytest.mark.parametrize(
    ("text", "lang", "keys", "frames"),
    [
        ("The Greens won five seats and the Liberals three.", "en", ["SEAT", "SEAT"], [None, None]),
        ("The party took 19 of the council's 31 seats.", "en", ["SEAT", "SEAT"], [None, "whole"]),
        ("L'accident a fait 12 blessés, dont quatre en urgence absolue.", "fr", None, [None, None]),
        ("Neuf personnes sont mortes, dont trois enfants.", "fr", None, [None, "part"]),
    ],
)
def test_gapped_counts_wholes_and_parts(text, lang, keys, frames):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    numbers = [d for d in drafts if d.kind == "number"]
    if keys is not None:
        assert [d.value["key"] for d in numbers] == keys
    assert [d.value.get("frame") for d in numbers] == frames


@pytest.mark.parametrize(
    ("text", "lang", "frame"),
    [
        ("La métropole a commandé 24 nouvelles rames.", "fr", "added"),
        ("The airline ordered 12 additional aircraft.", "en", "added"),
        ("À terme, le parc comptera 96 bus.", "fr", "capacity"),
        ("The factory, which employs 1,200 people, will close.", "en", "capacity"),
        ("The storm, which killed 12 people, hit the coast.", "en", None),
        ("« Nous n'avons jamais eu 5 000 clients », dit-il.", "fr", "denied"),
        ("Pas moins de 300 personnes ont été évacuées.", "fr", None),
        ("Depuis le début de l'hiver, 9 randonneurs sont morts en montagne.", "fr", "cumulative"),
        # how many are closed since then, a state told in the present, not a total
        ("Depuis janvier, 12 classes du collège sont fermées faute d'enseignants.", "fr", None),
        ("Since January, 30 wards are closed for lack of nurses.", "en", None),
        ("Crews have fought 85 wildfires so far this year.", "en", "cumulative"),
        ("About 1,200 people drown in France every year.", "en", "cumulative"),
        ("Le vote a réuni 640 voix sur un total de 900 inscrits.", "fr", None),
    ],
)
def test_additions_sizes_and_denials_are_their_own_figures(text, lang, frame):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    assert [d.value.get("frame") for d in drafts if d.kind == "number"][:1] == [frame]


def test_a_fleet_and_an_order_are_two_slots_a_hedge_and_a_plain_figure_one(tmp_path):
    a = write_article(
        tmp_path,
        "a.md",
        "NANTES — La métropole a commandé mardi 24 nouvelles rames de tramway au "
        "constructeur Alstom.",
        published="2025-03-12",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "NANTES — Avec cette commande passée mardi, la flotte comptera 91 rames de tramway "
        "en 2028.",
        published="2025-03-12",
    )
    assert flagged(run([str(a), str(b)], RULES)) == []
    c = write_article(
        tmp_path,
        "c.md",
        "NANTES — Nearly 100 people were evacuated on Tuesday after a gas leak in the city centre.",
        published="2025-03-12",
        lang="en",
    )
    d = write_article(
        tmp_path,
        "d.md",
        "NANTES — Firefighters evacuated 97 people on Tuesday after a gas leak in the city centre.",
        published="2025-03-12",
        lang="en",
    )
    assert flagged(run([str(c), str(d)], RULES)) == []


def test_titles_in_a_list_of_title_name_items_name_the_next_person():
    text = (
        "Étaient présents le ministre belge des Finances, Marc Dewit, le conseiller "
        "économique du Premier ministre Paul Stern, Hugo Lenz, et la ministre Anne Roy."
    )
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), None)
    roles = [(d.surface, d.value["person"]) for d in drafts if d.kind == "role"]
    assert ("le conseiller", "Hugo Lenz") in roles
    assert ("le conseiller", "Marc Dewit") not in roles


def test_places_of_one_article_are_not_set_against_each_other(tmp_path):
    report = check_one(
        tmp_path,
        "CHAMONIX — Deux alpinistes ont été tués dans les Alpes françaises mardi, a "
        "indiqué la gendarmerie.\n\n"
        "Ils ont été emportés par une avalanche à l'Aiguille du Midi.",
        published="2025-03-12",
    )
    assert [f for f in flagged(report) if f.kind == "location"] == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Étaient présents le ministre belge des Finances, Marc Dewit, le conseiller "
            "économique du gouvernement néerlandais ainsi que la directrice du Trésor.",
            [("le ministre belge des Finances", "Marc Dewit")],
        ),
        (
            "Le ministre de l'Intérieur, Jean Martin, le porte-parole, a parlé.",
            [("Le ministre de l'Intérieur", "Jean Martin"), ("le porte-parole", "Jean Martin")],
        ),
    ],
)
def test_an_unnamed_item_of_a_list_is_not_the_previous_items_person(text, roles):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), "fr"), None)
    assert [(d.surface, d.value["person"]) for d in drafts if d.kind == "role"][:2] == roles


def test_the_leads_clock_time_is_not_paired_with_another_moment_of_the_body(tmp_path):
    # The lead tells when the count ended; the body, when a recount was asked for: the
    # body's many moments are not one-to-one with the lead's one.
    report = check_one(
        tmp_path,
        "The Greens held the Riverside ward of the city council in Thursday's by-election "
        "by four votes, after a recount that ended shortly before 3am on Friday.\n\n"
        "The first count, completed at 1.10am at the civic centre, had put the Labour "
        "candidate two votes ahead.\n\n"
        "The Labour candidate asked for a recount at 1.30am; after every bundle was "
        "checked again, the margin narrowed to four.",
        published="2025-05-02",
        lang="en",
    )
    assert [f for f in flagged(report) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a race's duration to the second, not a clock time
        ("Amina Keter won the city marathon on Sunday in 2:21:07, a course record.", []),
        ("Le vainqueur a bouclé le parcours en 1:58:40 dimanche.", []),
        # hours and minutes with their minutes' or seconds' unit: how long
        ("Le coureur a bouclé l'étape en 4 h 38 min 12 s.", []),
        ("He covered the stage in 4h38'12\".", []),
        ("Le départ a été donné à 11 h 05 samedi.", ["11:05"]),
        # a clock time to the second: two-digit hour, or a zone
        ("The alarm sounded at 04:12:30 on Sunday.", ["04:12"]),
        ("The launch happened at 9:15:02 GMT on Sunday.", ["09:15"]),
    ],
)
def test_hours_minutes_seconds_of_a_race_are_a_duration(text, times):
    lang = "fr" if "Le " in text[:3] else "en"
    drafts, _ = extract_sentence(
        Sentence("a", 0, text, 0, len(text), lang), date(2025, 3, 11), [], date(2025, 3, 11)
    )
    assert [d.value["time"] for d in drafts if d.kind == "date" and d.value.get("time")] == times


def test_one_persons_two_offices_in_two_body_paragraphs(tmp_path):
    # No lead restates either office: the person is the slot, any two paragraphs meet.
    body = (
        "DIJON — Le nouveau bâtiment de chimie a été inauguré mardi sur le campus "
        "Montmuzard, avec deux ans de retard sur le calendrier initial.\n\n"
        "« Ce bâtiment va réunir des équipes dispersées », a déclaré la présidente de "
        "l'université, {first}, devant une centaine d'invités.\n\n"
        "Le chantier a coûté 41 millions d'euros, financés par l'État et la région.\n\n"
        "Lors de la visite des laboratoires, {second}, vice-présidente de l'université "
        "chargée du patrimoine, a reconnu que le retard avait pesé sur les équipes."
    )
    report = check_one(tmp_path, body.format(first="Claire Vasseur", second="Claire Vasseur"))
    found = [f for f in flagged(report) if f.kind == "role"]
    assert len(found) == 1 and found[0].scope == "within"
    assert "paragraph 2 of story.md" in found[0].summary
    assert "paragraph 4 of story.md" in found[0].summary
    # two people, two offices
    report = check_one(tmp_path, body.format(first="Claire Vasseur", second="Anne Morel"))
    assert [f for f in flagged(report) if f.kind == "role"] == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a delegate minister is "le ministre" when the portfolio is not said
        ("le ministre délégué chargé de l'Industrie", "Le ministre", False),
        ("le ministre délégué chargé de l'Industrie", "le ministre de la Santé", True),
        # presidents of two bodies may be one person; president and vice-president of
        # one body are two offices
        ("le président du club", "le président de l'association", False),
        ("la présidente de l'université", "la vice-présidente de l'université", True),
        ("le président de la République", "le Premier ministre", True),
    ],
)
def test_offices_of_bodies_and_delegate_ministers(first, second, conflict):
    from factdiff.lexicon.titles import canonical_title, titles_conflict

    assert titles_conflict(canonical_title(first), canonical_title(second)) is conflict


def test_one_meeting_named_with_two_days_in_lead_and_body(tmp_path):
    # Published Tuesday 10 March: "jeudi" is the 12th, and the body names the same
    # public meeting on the 13th; an earlier meeting weeks before is background.
    body = (
        "SAUMUR — Le pont de la Loire sera fermé six mois à partir du 16 mars, a annoncé "
        "mardi la mairie. Les habitants sont conviés à une réunion publique {lead}, à "
        "l'hôtel de ville.\n\n"
        "Une première réunion, le 12 février, avait réuni une centaine de riverains.\n\n"
        "Les commerçants du quartier comptent bien se faire entendre lors de la réunion "
        "publique du {body}."
    )
    report = check_one(tmp_path, body.format(lead="jeudi", body="13 mars"), "2026-03-10")
    found = [f for f in flagged(report) if f.kind == "date"]
    assert len(found) == 1 and "jeudi" in found[0].summary and "13 mars" in found[0].summary
    report = check_one(tmp_path, body.format(lead="jeudi", body="12 mars"), "2026-03-10")
    assert [f for f in flagged(report) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("body_time", "flagged_rules"),
    [
        # the one clock time of the body, a moment of the event told in the lead
        (
            "Le premier télésiège s'est mis en marche à 8 h 15 au pied du Pla d'Adet.",
            ["date.main_time"],
        ),
        # a state under way at that time (the imperfect), no moment of the event
        (
            "Dès 8 h 15, une cinquantaine de skieurs faisaient déjà la queue au Pla d'Adet.",
            [],
        ),
    ],
)
def test_the_bodys_one_clock_time_is_no_moment_when_it_tells_a_state(
    tmp_path, body_time, flagged_rules
):
    report = check_one(
        tmp_path,
        "SAINT-LARY — La station a lancé samedi sa saison d'hiver. Quatorze pistes étaient "
        "ouvertes à 9 h, quand les remontées mécaniques ont démarré.\n\n"
        f"{body_time}\n\n"
        "La station espère 250 000 journées-skieurs cette saison.",
        published="2025-12-07",
    )
    assert [f.rule for f in flagged(report) if f.kind == "date"] == flagged_rules


def test_paragraph_parts_are_named_and_ordered_as_they_are_read(tmp_path):
    from factdiff.pipeline import _within_work, extract_articles

    text = "\n\n".join(
        f"Le paragraphe numéro {n} de ce texte parle du conseil municipal." for n in range(1, 13)
    )
    path = write_article(tmp_path, "story.md", text)
    articles, _ = read_articles([str(path)])
    works = _within_work(articles, extract_articles(articles, RULES))
    paragraphs = works[-1]
    names = paragraphs.pseudo_names()
    assert [names[s] for s in paragraphs.work.story.articles] == [
        f"paragraph {n} of story.md" for n in range(1, 13)
    ]


@pytest.mark.parametrize(
    ("body_paragraph", "flagged_count"),
    [
        ("Le projet sera suivi par la directrice financière de Verlane, Hélène Moreau.", 1),
        # a deputy beside the holder
        ("Le projet sera suivi par la directrice financière adjointe, Hélène Moreau.", 0),
    ],
)
def test_one_office_given_to_two_people_in_one_article(tmp_path, body_paragraph, flagged_count):
    report = check_one(
        tmp_path,
        "NANTES — Le groupe Verlane a annoncé mardi l'ouverture d'un centre logistique près "
        "de Nantes, a indiqué Paul Girardin, directeur financier de Verlane.\n\n"
        "Le site doit employer 120 personnes d'ici à la fin de l'année prochaine.\n\n"
        + body_paragraph,
    )
    holders = [f for f in flagged(report) if f.rule == "role.holder"]
    assert len(holders) == flagged_count
    if holders:
        assert holders[0].scope == "within"
        assert "Girardin" in holders[0].summary and "Moreau" in holders[0].summary


def test_a_vote_s_day_against_the_day_its_voters_met(tmp_path):
    # "votants" counts voters, and its clause still tells the vote the lead dates
    report = check_one(
        tmp_path,
        "Les employés de la papeterie Vallon de Rouen ont voté jeudi, à une large majorité, "
        "la poursuite de la grève commencée il y a une semaine, a annoncé le syndicat.\n\n"
        "Le mouvement porte sur les salaires et les effectifs de l'atelier de découpe.\n\n"
        "L'assemblée générale qui a décidé de poursuivre le mouvement s'est tenue mercredi en "
        "fin de matinée dans la cour de l'usine : 204 des 251 votants se sont prononcés pour "
        "la poursuite de la grève.",
        published="2026-03-13",
    )
    found = [f for f in flagged(report) if f.kind == "date"]
    assert [sorted(e.text[e.span[0] : e.span[1]] for e in f.evidence) for f in found] == [
        ["jeudi", "mercredi"]
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La panne a touché 140 de ses 212 magasins dimanche.", "fr"),
        ("The outage hit 140 of its 212 stores on Sunday.", "en"),
    ],
)
def test_a_part_before_a_possessive_whole_counts_the_wholes_noun(text, lang):
    drafts, _ = extract_sentence(Sentence("a", 0, text, 0, len(text), lang), None)
    part, whole = (d for d in drafts if d.kind == "number")
    assert part.value["head"] == whole.value["head"]
    assert (part.value.get("frame"), whole.value.get("frame")) == (None, "whole")


def test_a_time_told_in_the_pluperfect_is_another_moment(tmp_path):
    """The lead's storm in the late afternoon; the alert that had been lifted at 10 pm."""
    report = check_one(
        tmp_path,
        "Un violent orage s'est abattu dimanche en fin d'après-midi sur le nord du Lot. Il "
        "a atteint Gramat vers 17 h 15, arrachant toitures et arbres sur une bande d'une "
        "dizaine de kilomètres.\n\n"
        "Météo-France avait placé le département en vigilance orange dès samedi soir, en "
        "annonçant de fortes rafales. Des rafales de 110 km/h ont finalement été mesurées à "
        "Rocamadour.\n\n"
        "Les coupures d'électricité ont été nombreuses. À 19 heures, le gestionnaire du "
        "réseau comptait 9 300 foyers privés de courant. Le chiffre est redescendu à 4 100 "
        "vers 23 heures, puis à environ 800 lundi à 7 heures.\n\n"
        "Le département n'avait pas connu de tempête aussi violente depuis le 12 août 2019, "
        "lorsqu'un orage avait arraché le toit d'une école à Figeac.\n\n"
        "La préfète du Lot a annoncé ce lundi matin qu'elle demanderait la reconnaissance de "
        "l'état de catastrophe naturelle pour une vingtaine de communes. La vigilance orange "
        "avait été levée dimanche à 22 heures.",
        published="2025-06-09",
    )
    assert flagged(report) == []


def _presence_findings(tmp_path, text: str):
    return [f for f in check_one(tmp_path, text).findings if f.rule == "attendees.presence"]


def test_a_definite_description_names_the_one_person_given_that_title(tmp_path):
    """ "La marraine" is the person the article called its "marraine" before: said absent
    after she was said to cut the ribbon, she is one person told both ways."""
    text = (
        "La médiathèque de Cluny a été inaugurée samedi en présence de la romancière Lise "
        "Aubert, marraine de l'équipement, qui a salué « un lieu ouvert à tous ».\n\n"
        "Les travaux ont duré deux ans et coûté 4,2 millions d'euros.\n\n"
        "La marraine n'a pas pu faire le déplacement : un message vidéo a été diffusé."
    )
    found = _presence_findings(tmp_path, text)
    assert len(found) == 1
    assert "Lise Aubert" in found[0].summary


def test_a_description_two_people_share_or_none_held_names_no_one(tmp_path):
    """Two "parrains" before: "Le parrain" is either. A head no one was given ("La
    directrice") names no one either."""
    text = (
        "La médiathèque de Cluny a été inaugurée samedi en présence de Lise Aubert, "
        "marraine de l'équipement, et de Paul Rey, marraine du festival, qui ont salué "
        "« un lieu ouvert à tous ».\n\n"
        "Les travaux ont duré deux ans et coûté 4,2 millions d'euros.\n\n"
        "La marraine n'a pas pu faire le déplacement. La directrice n'a pas assisté à la "
        "cérémonie."
    )
    assert _presence_findings(tmp_path, text) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Le gérant d'une société de rénovation, Alain Pichon,",
        # a firm of two capitalised words named first: the person named before is the
        # first one named by a given name
        "Le fondateur de la société Norvel Habitat, Alain Pichon,",
    ],
)
def test_a_presence_said_by_an_adjective_apposed_to_a_description(tmp_path, opening):
    """ "Le gérant de 58 ans, présent à l'audience" is the person the sentence before
    named: said absent from the hearing further on, he is one person told both ways."""
    text = (
        f"{opening} a été condamné mardi à deux ans de prison avec sursis par le tribunal "
        "correctionnel de Dijon. Le gérant de 58 ans, présent à l'audience, a écouté la "
        "décision sans réagir.\n\n"
        "L'entreprise avait démarché 400 particuliers.\n\n"
        "Le jugement a été rendu en l'absence d'Alain Pichon, retenu à l'hôpital."
    )
    found = _presence_findings(tmp_path, text)
    assert len(found) == 1 and "Alain Pichon" in found[0].summary


def test_a_thing_present_in_records_is_no_attendee(tmp_path):
    text = (
        "Alain Pichon a racheté la maison mardi. La bâtisse, présente dans les archives "
        "depuis 1820, a brûlé en partie en 2019.\n\n"
        "Alain Pichon n'a pas assisté à la vente, conclue par son notaire."
    )
    assert _presence_findings(tmp_path, text) == []


_PLANNED_LEAD = (
    "Les agents de la médiathèque de Vierzon cesseront le travail mardi à l'appel de "
    "deux syndicats, qui réclament des renforts pour l'accueil du public.\n\n"
    "La direction assure que le prêt de livres restera possible.\n\n"
)


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # the day of "le mouvement", taken up by a definite noun: the lead's strike
        ("Le mercredi 21 octobre, jour du mouvement, l'accueil sera fermé.", ["date.day"]),
        # the same day as the lead's: no conflict
        ("Le mardi 20 octobre, jour du mouvement, l'accueil sera fermé.", []),
        # a day the article named before: the noun may take that one up
        (
            "Une réunion publique se tiendra mercredi. Le mercredi 21 octobre, jour de la "
            "réunion, l'accueil sera fermé.",
            [],
        ),
        # a day brought in with no definite noun is another happening's
        ("Une exposition ouvrira le mercredi 21 octobre.", []),
    ],
)
def test_a_planned_happening_given_another_day_by_a_definite_noun(tmp_path, body, rules):
    report = check_one(tmp_path, _PLANNED_LEAD + body, published="2026-10-18")
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(("day", "rules"), [("13 April", ["date.day"]), ("12 April", [])])
def test_a_planned_happenings_day_taken_up_in_a_when_clause(tmp_path, day, rules):
    report = check_one(
        tmp_path,
        "A new timetable for Carlisle's buses will come into force on Sunday, the operator "
        "said.\n\n"
        "Fares will not change.\n\n"
        f"Ten new buses will join the fleet when the timetable takes effect on {day}.",
        published="2026-04-07",  # a Tuesday: Sunday is 12 April
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # "people" taken by the verb that took the lead's workers: the same workers
        ('"Laying off 65 people is hard," its chief executive said.', ["number.range"]),
        # people another verb counts are other people
        ("The fire injured 65 people in 2001.", []),
        ("The plant, which employs 300 people, opened in 1998.", []),
    ],
)
def test_people_counted_by_the_verb_that_counted_the_leads_workers(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Harrow Mills will lay off 85 workers at its Dunmore plant by June, the firm said on "
        "Tuesday.\n\nThe plant makes paper for the building trade.\n\n" + body,
        published="2026-03-04",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # one change of one thing told twice, by a speaker whose past a relative clause
        # dates (his past is no other event of the story)
        (
            '"Nobody wanted to put council tax up by 3.99 per cent," said Alan Pike, who '
            "led the council from 2015 to 2019.",
            ["number.range"],
        ),
        # another thing that moved
        ("Bus fares will also rise by 3 per cent in April.", []),
    ],
)
def test_one_share_of_change_of_one_thing_told_twice(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Wessex County Council has approved a 4.99 per cent rise in its share of council "
        "tax after a long debate on Thursday.\n\n"
        "The vote was 41 to 20.\n\n" + body,
        published="2026-02-20",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("quote", "rules"),
    [
        # "ce match": the lead's match, taken up with another day
        ("« Avoir gagné ce match dimanche, devant notre public, c'est fort »", ["date.day"]),
        ("« Avoir gagné ce match samedi, devant notre public, c'est fort »", []),
        # "ce dimanche" names a day, no happening: the next match
        ("« Nous jouerons à Cahors ce dimanche, sans pression »", []),
    ],
)
def test_the_leads_happening_taken_up_by_a_demonstrative_with_another_day(tmp_path, quote, rules):
    report = check_one(
        tmp_path,
        "Le Rugby club de Gourdon s'est qualifié samedi pour les phases finales en battant "
        "Souillac 22 à 15 devant 900 spectateurs.\n\n"
        "Les Gourdonnais ont marqué trois essais.\n\n" + quote + ", a réagi l'entraîneur.",
        published="2026-03-16",
    )
    assert [f.rule for f in flagged(report)] == rules


_DEPARTMENT = (
    "A deep-sea fish with unusually large eyes is new to science, according to Professor "
    "Helen Marsh, head of the University of Tarrow's department of ocean science, whose team "
    "described it on Monday.\n\n"
    "The team described the fish from eleven specimens hauled up last spring.\n\n"
    "Marsh, who {clause} and now holds an emeritus chair, said the find showed how little "
    "was known about the deep slopes."
)


@pytest.mark.parametrize(
    ("clause", "rules"),
    [
        ("stepped down as head of the department in 2023", ["role.ended"]),
        # another office left, or the same noun of another body
        ("stepped down as dean of the faculty in 2023", []),
        ("stepped down as head of the rowing club in 2023", []),
        ("led the department's survey in 2023", []),
    ],
)
def test_an_office_held_in_the_lead_and_left_in_the_body(tmp_path, clause, rules):
    """The lead has a person hold an office the body says they left: one of the two is
    wrong. Another office left, or a head of something else, is no conflict."""
    report = check_one(tmp_path, _DEPARTMENT.format(clause=clause), lang="en")
    assert [f.rule for f in flagged(report)] == rules


_CLIMBER = (
    "CHAMONIX — Un alpiniste a été grièvement blessé mardi après une chute dans la face "
    "nord de l'aiguille du Plan, a indiqué le peloton de gendarmerie de haute montagne.\n\n"
    "L'alerte a été donnée à 19 h 40, par téléphone, par son compagnon de cordée.\n\n"
    "L'hélicoptère a décollé de l'aéroport d'Annecy vers 20 h 05.\n\n"
    "Selon les gendarmes, {clause}, depuis une plateforme où le réseau passait encore."
)


@pytest.mark.parametrize(
    ("clause", "rules"),
    [
        ("l'appel de détresse du compagnon a été passé vers 17 h 15", ["date.time"]),
        # the alert's time restated, another call, a time of something else
        ("l'appel de détresse du compagnon a été passé vers 19 h 45", []),
        ("un second appel a été passé vers 21 h 30", []),
        ("les deux hommes avaient quitté le refuge vers 4 h 30", []),
    ],
)
def test_the_alert_of_an_emergency_told_at_two_times(tmp_path, clause, rules):
    """An incident is alerted once: two body paragraphs giving its alert two times that
    cannot meet tell that one moment twice. Another call, or another moment, is not the
    alert."""
    report = check_one(tmp_path, _CLIMBER.format(clause=clause))
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("quote", "rules"),
    [
        ("By the time our crews were alerted, at around 3:30 in the morning", ["date.time"]),
        ("By the time our crews were alerted, at around 2:20 in the morning", []),
        # a fire's alarms are graded: the fourth is not the alert
        ("By the time the fourth alarm was struck at 3:30 in the morning", []),
    ],
)
def test_an_emergency_call_and_crews_alerted_later(tmp_path, quote, rules):
    body = (
        "A fire destroyed a recycling warehouse overnight, the fire department said on "
        "Wednesday.\n\n"
        "The fire department received the first call at 2:17 a.m., from a truck driver who "
        "saw flames breaking through the roof.\n\n"
        "The roof collapsed shortly before dawn and nobody was hurt.\n\n"
        f'"{quote}, the roof was already failing," the fire chief said.'
    )
    report = check_one(tmp_path, body, lang="en")
    assert [f.rule for f in flagged(report)] == rules


_WAREHOUSE = (
    "SAINT-PRIEST — Un incendie a ravagé dans la nuit de dimanche à lundi un entrepôt de "
    "produits d'emballage de la zone industrielle, sans faire de victime, selon les "
    "pompiers du Rhône.\n\n"
    "Le feu a pris vers 3h40 dans une cellule de stockage de palettes.\n\n"
    "Quatre-vingts pompiers ont été engagés et l'incendie a été maîtrisé à 9h30.\n\n"
    "Selon les premières constatations des enquêteurs, {clause} au fond de la cellule."
)


@pytest.mark.parametrize(
    ("clause", "rules"),
    [
        ("les flammes sont apparues vers 2h40", ["date.time"]),
        ("les flammes sont apparues vers 3h45", []),
        # another fire than the first, a moment of another happening
        ("un second départ de feu a été constaté vers 5h10", []),
        ("le gardien a fait sa ronde vers 2h40", []),
    ],
)
def test_the_outbreak_of_an_article_s_fire_told_at_two_times(tmp_path, clause, rules):
    """A fire breaks out once: two paragraphs giving it two times that cannot meet tell
    that one moment twice."""
    report = check_one(tmp_path, _WAREHOUSE.format(clause=clause))
    assert [f.rule for f in flagged(report)] == rules


_FARMER = (
    "A farmer drowned on Saturday night when his car was swept off a flooded road near "
    "Cockermouth, police said.\n\n"
    "Derek Holroyd, 71, had been driving home from a livestock market when the river burst "
    "its banks.\n\n"
    "Rescue teams searched the river for six hours before finding the car.\n\n"
    "Neighbours described {who} as a quiet man who had farmed the valley all his life."
)


@pytest.mark.parametrize(
    ("who", "rules"),
    [
        ("Holroyd, 74,", ["number.age"]),
        ("Derek Holroyd, 74,", ["number.age"]),
        ("Holroyd, 71,", []),
        # another person's age, named in full or with the same surname; an earlier age
        ("his brother Alan Holroyd, 74,", []),
        ("his wife Margaret Holroyd, 74,", []),
        ("the then-35-year-old Holroyd", []),
    ],
)
def test_one_person_given_two_ages_in_two_body_paragraphs(tmp_path, who, rules):
    """A person's age is a slot of that person, as an office is: two body paragraphs
    giving one named person two ages are a conflict, named as the article writes them."""
    report = check_one(tmp_path, _FARMER.format(who=who), lang="en")
    found = flagged(report)
    assert [f.rule for f in found] == rules
    if found:
        assert found[0].summary.startswith("age of Derek Holroyd: 71 in paragraph 2")


_STRIKE_LEAD = (
    "Au troisième jour d'une grève des éboueurs de Nîmes, les poubelles s'entassaient "
    "mercredi dans le centre-ville, selon la mairie.\n\n"
    "Mercredi à 7 heures, seuls 4 camions sur 30 étaient sortis du dépôt.\n\n"
)


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # the strike began on Monday and was still on on Wednesday: one happening's days
        ("Lundi, premier jour du mouvement, aucune tournée n'avait été assurée.", []),
        # a happening of one day given another day by a definite noun: a conflict
        ("Lundi, jour du mouvement, aucune tournée n'avait été assurée.", ["date.day"]),
    ],
)
def test_a_happenings_first_day_before_the_day_the_lead_tells(tmp_path, body, rules):
    report = check_one(tmp_path, _STRIKE_LEAD + body, published="2026-11-11")
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # a count at an earlier moment, told in the pluperfect after its figure
        ("By noon, nine people had been taken to hospital with burns.", []),
        # the same count told as the news: the lead's figure told again, otherwise
        ("Nine people were taken to hospital with burns.", ["number.range"]),
    ],
)
def test_a_running_count_told_in_the_pluperfect_after_its_figure(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "A gas explosion at a bakery in Wigan on Friday sent 14 people to hospital, the "
        "fire service said.\n\n"
        "The blast shattered windows along the high street.\n\n" + body,
        published="2026-05-09",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # a fronted time whose clause is in the pluperfect: a moment before the news
        ("À 18 heures, 300 visiteurs avaient franchi les portes.", []),
        ("À 18 heures, le musée a ouvert ses portes au public.", ["date.time"]),
    ],
)
def test_a_fronted_time_of_a_pluperfect_clause(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Le musée de la mine de Lens a ouvert ses portes au public samedi à 14 heures, "
        "après deux ans de travaux.\n\n"
        "La rénovation a coûté 9 millions d'euros.\n\n" + body,
        published="2026-05-10",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # the count a first report gave, before the one the lead gives
        ("Initial reports on Saturday said five climbers were missing.", []),
        # the same count, given as it stands: another value of the lead's count
        ("Five climbers were rescued by the helicopter crew.", ["number.range"]),
    ],
)
def test_a_count_a_first_report_gave(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Four climbers were rescued from the north face of Ben Nevis on Saturday night "
        "after a storm trapped them on a ledge.\n\n"
        "The rescue took nine hours.\n\n" + body,
        published="2026-02-22",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("later", "rules"),
    [
        # the storm given another day by the noun it follows: the same storm
        ("Ferry sailings have been cancelled since the storm on March 6.", ["date.day"]),
        ("Ferry sailings have been cancelled since the storm on March 7.", []),
        # a day following another noun dates another happening
        ("Ferry sailings have been cancelled since the inspection on March 6.", []),
    ],
)
def test_a_happenings_day_given_again_by_the_noun_it_follows(tmp_path, later, rules):
    report = check_one(
        tmp_path,
        "Thousands of homes on the Kent coast were still without power on Tuesday after "
        "a weekend of high winds, the council said.\n\n"
        "The storm struck on Saturday evening. Roofs were torn off in Deal and Walmer.\n\n"
        "Schools will reopen on Thursday.\n\n" + later,
        published="2026-03-10",  # a Tuesday: Saturday is 7 March
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "conflict"),
    [
        # the beginning of the lead's leak, given another time
        ("The site manager said the leak began at about 6.10am, when a pipe burst.", True),
        ("The site manager said the leak began at about 7.10am, when a pipe burst.", False),
        # the beginning of another thing (the lead's main time may still be read against
        # it, by another rule)
        ("The site manager said the clean-up began at about 6.10am.", False),
        ("The site manager said a second leak began at about 6.10am.", False),
    ],
)
def test_the_time_a_happening_began_given_twice(tmp_path, body, conflict):
    report = check_one(
        tmp_path,
        "An ammonia leak at a cold-storage depot in Hull, which began at about 7.10am on "
        "Thursday, forced the evacuation of 200 workers, the fire service said.\n\n"
        "Roads around the depot were closed until the afternoon.\n\n" + body,
        published="2026-06-12",
        lang="en",
    )
    assert ("date.time" in [f.rule for f in flagged(report)]) == conflict


def test_a_toll_told_after_a_colon_is_what_its_clause_says(tmp_path):
    report = check_one(
        tmp_path,
        "Un car de collégiens s'est renversé jeudi près de Millau, faisant onze blessés, "
        "selon la préfecture.\n\n"
        "La route a été fermée jusqu'au soir.\n\n"
        "Vendredi, le préfet a détaillé ce bilan : « Neuf personnes ont été blessées, dont "
        "deux gravement. »",
        published="2026-03-13",
    )
    found = flagged(report)
    assert [f.rule for f in found] == ["number.range"]
    assert "injured" in found[0].summary


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("D'après les premières informations, six personnes ont été blessées.", []),
        ("Six personnes ont été blessées, selon les pompiers.", ["number.range"]),
    ],
)
def test_a_count_a_first_report_gave_in_french(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Quatre personnes ont été blessées samedi dans l'effondrement d'un balcon à "
        "Roubaix, a indiqué la préfecture du Nord.\n\n"
        "Le bâtiment a été évacué.\n\n" + body,
        published="2026-01-11",
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("quote", "rules"),
    [
        # the strike the lead plans for Tuesday, dated by the noun it follows
        (
            "« La grève du 15 avril ne sera qu'un début », a prévenu le délégué syndical.",
            ["date.day"],
        ),
        ("« La grève du 14 avril ne sera qu'un début », a prévenu le délégué syndical.", []),
        # a day following a noun of no event
        ("« Le courrier du 15 avril ne sera qu'un début », a prévenu le délégué syndical.", []),
    ],
)
def test_a_planned_strikes_day_given_by_the_event_noun_it_follows(tmp_path, quote, rules):
    report = check_one(
        tmp_path,
        "Les agents des cantines scolaires de Lorient cesseront le travail mardi prochain "
        "pendant 24 heures, à l'appel de deux syndicats.\n\n"
        "La mairie promet un repas froid.\n\n" + quote,
        published="2026-04-09",  # a Thursday: the next Tuesday is 14 April
    )
    assert [f.rule for f in flagged(report)] == rules


@pytest.mark.parametrize(
    ("body", "conflict"),
    [
        # the concert the organisers stopped, told stopped at another time
        ('"When the concert was stopped at twenty to eleven, the rain was torrential."', True),
        ('"When the concert was stopped at ten past ten, the rain was torrential."', False),
        # another thing stopped
        ('"When the trains were stopped at twenty to eleven, the rain was torrential."', False),
    ],
)
def test_the_time_a_happening_was_halted_given_twice(tmp_path, body, conflict):
    report = check_one(
        tmp_path,
        "Thousands of fans were sent home from Bellahouston Park in Glasgow on Saturday "
        "after a thunderstorm.\n\n"
        "The promoter said refunds would be offered.\n\n"
        "Organisers halted the concert at 10.10pm, midway through the headliner's set.\n\n"
        "The park was cleared within half an hour.\n\n" + body,
        published="2026-07-19",
        lang="en",
    )
    assert ("date.time" in [f.rule for f in flagged(report)]) == conflict


@pytest.mark.parametrize(
    ("body", "conflict"),
    [
        # the accident told as what happened, at two times
        ("Le choc s'est produit à 6 h 50, selon les enquêteurs.", True),
        ("Le choc s'est produit à 6 h 10, selon les enquêteurs.", False),
        # an earlier happening, in the pluperfect
        ("Un premier accrochage s'était produit à 6 h 50 au même endroit.", False),
    ],
)
def test_the_time_the_incident_happened_given_twice(tmp_path, body, conflict):
    report = check_one(
        tmp_path,
        "Un camion et un car scolaire sont entrés en collision jeudi matin près de Vannes, "
        "faisant trois blessés légers.\n\n"
        "L'accident s'est produit vers 6 h 10 sur la RN165.\n\n"
        "La circulation a été rétablie en milieu de matinée.\n\n" + body,
        published="2026-03-06",
    )
    assert ("date.time" in [f.rule for f in flagged(report)]) == conflict


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # the decision the lead tells, named by its noun and its day, the other way
        (
            "After Tuesday's refusal, the club said it would look for another site.",
            ["other.polarity"],
        ),
        ("After Tuesday's approval, the club said it would start work in May.", []),
        # a refusal of another day
        ("After Monday's refusal, the club said it would look for another site.", []),
    ],
)
def test_a_decision_named_by_its_noun_and_day(tmp_path, body, rules):
    report = check_one(
        tmp_path,
        "Exeter city councillors on Tuesday evening approved plans for a 4,000-seat stadium "
        "at Marsh Barton, voting seven to three.\n\n"
        "The site has been empty since 2019.\n\n" + body,
        published="2026-03-11",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


def test_a_decision_named_by_its_noun_and_day_in_french(tmp_path):
    report = check_one(
        tmp_path,
        "Les adhérents de la coopérative laitière de Bressuire ont approuvé samedi, par 180 "
        "voix sur 240, le projet de nouvelle fromagerie.\n\n"
        "Le chantier doit durer deux ans.\n\n"
        "Le rejet du projet par l'assemblée de samedi oblige la direction à revoir ses plans.",
        published="2026-03-09",
    )
    found = flagged(report)
    assert [f.rule for f in found] == ["other.polarity"]
    assert "rejet" in found[0].summary


@pytest.mark.parametrize(
    ("quote", "rules"),
    [
        # the same counted words, the digits swapped: one figure miscopied
        (
            '"Losing 63 nursing posts is the hardest thing I have ever had to do," she said.',
            ["number.range"],
        ),
        # the same digits counting other posts: two figures
        ('"Losing 63 cleaning posts is the hardest thing I have ever had to do," she said.', []),
        # two-digit figures whose digits differ otherwise: no miscopy
        ('"Losing 35 nursing posts is the hardest thing I have ever had to do," she said.', []),
    ],
)
def test_a_short_figure_miscopied_with_the_same_counted_words(tmp_path, quote, rules):
    report = check_one(
        tmp_path,
        "Wrexham's health board will close two wards at the Maelor hospital next year, its "
        "chief executive announced on Monday.\n\n"
        "Under the plan, the board would cut 36 nursing posts and 12 porter posts by April.\n\n"
        "Unions said they would ballot members.\n\n" + quote,
        published="2026-05-12",
        lang="en",
    )
    assert [f.rule for f in flagged(report)] == rules


def test_a_ribbon_cut_by_one_said_absent_that_day(tmp_path):
    """The agent of a ceremony's act in the passive was there; a fronted "Absente samedi"
    says she was not: one person told both ways."""
    found = _presence_findings(
        tmp_path,
        "La nouvelle médiathèque de Vierzon a été inaugurée samedi matin devant 200 "
        "invités.\n\n"
        "Le ruban a été coupé à 11 heures par le maire, Paul Roux, et par la présidente du "
        "Département, Anne Lemaire.\n\n"
        "Le bâtiment a coûté 6 millions d'euros.\n\n"
        "Absente samedi, retenue à Paris par une réunion, la présidente du Département "
        "avait fait lire un message.",
    )
    assert len(found) == 1 and "présidente du Département" in found[0].summary
