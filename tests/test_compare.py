"""Each comparator on pairs of short articles: what must and must not be flagged."""

import pytest

from conftest import claims
from factdiff import check
from factdiff.lexicon.titles import canonical_title
from helpers_articles import run_two, write_article


def _findings(tmp_path, articles):
    paths = [
        write_article(tmp_path, name, body, published, lang)
        for name, (body, published, lang) in articles.items()
    ]
    report = check([str(p) for p in paths], nli=False)
    return [f for f in report.findings if f.severity in ("error", "warning")], report


def _pair(tmp_path, a: str, b: str, lang_a="fr", lang_b="fr", published="2025-03-01"):
    """The error and warning findings of two one-paragraph articles published one day."""
    flagged, _ = _findings(
        tmp_path, {"a.md": (a, published, lang_a), "b.md": (b, published, lang_b)}
    )
    return flagged


def test_days_of_two_sentences_read_as_one_fact_conflict(tmp_path):
    """The day's clause shares no word of what happened ("Samedi, au stade Mayol,"), but
    the pairing model reads the two sentences as one fact."""
    flagged = _pair(
        tmp_path,
        "Il aura fallu attendre la dernière minute. Samedi, au stade Mayol, le RC Vallon a "
        "dominé les Bristol Rams en demi-finale de la coupe régionale, grâce à un essai de son "
        "capitaine.",
        "RC Vallon booked their place in the regional cup final with a narrow home win over "
        "the Bristol Rams on Sunday.",
        lang_b="en",
        published="2025-05-12",
    )
    assert [(f.rule, f.evidence[0].value) for f in flagged] == [("date.day", "Saturday 2025-05-10")]


def test_the_day_of_a_toll_moving_meets_the_same_happening(tmp_path):
    """A sentence that reports the toll moving dates the move; the other source's day of
    that same happening (a death) is its rival answer."""
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "Le bilan de l'incendie survenu samedi à Rezé s'est alourdi à trois morts : une "
                "femme de 80 ans, grièvement brûlée, est décédée dimanche au CHU de Nantes, a "
                "indiqué le parquet.",
                "2025-03-10",
                "fr",
            ),
            "b.md": (
                "The woman, 80, died in hospital in Nantes on Monday, two days after the fire "
                "broke out in her block of flats in Rezé.",
                "2025-03-11",
                "en",
            ),
        },
    )
    assert [(f.rule, f.evidence[0].value) for f in flagged] == [("date.day", "Sunday 2025-03-09")]


def test_weekdays_of_one_meeting_conflict(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "Le ministre va se rendre à Paris mercredi pour des discussions sur l'Ukraine.",
                "2025-04-15",
                "fr",
            ),
            "b.md": (
                "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre.",
                "2025-04-17",
                "fr",
            ),
        },
    )
    assert [(f.kind, f.evidence[0].value, f.evidence[1].value) for f in flagged] == [
        ("date", "Wednesday 2025-04-16", "Thursday 2025-04-17")
    ]


def test_two_days_of_one_state_under_way_do_not_conflict(tmp_path):
    """A state read on two days (the imperfect on both sides, one of them behind an opening
    adverbial) dates two readings of it, not one happening."""
    both_states = _pair(
        tmp_path,
        "Après le passage de la tempête, 30 000 abonnés restaient privés d'électricité jeudi "
        "soir dans la Manche, selon le gestionnaire du réseau.",
        "Ce vendredi à 7 heures, 9 000 abonnés restaient privés d'électricité dans la Manche, "
        "selon le gestionnaire du réseau.",
        published="2025-01-17",
    )
    assert [f.rule for f in both_states if f.rule.startswith("date.")] == []


def test_a_happening_told_beside_a_state_keeps_its_day(tmp_path):
    """Only one side a state ("as it was berthing"): the day is the happening's."""
    flagged = _pair(
        tmp_path,
        "A cross-Channel ferry struck a quay as it was berthing in Calais on Monday evening, "
        "injuring 12 passengers, the operator said.",
        "The ferry struck a quay in Calais on Sunday evening, injuring 12 passengers, the "
        "operator said.",
        lang_a="en",
        lang_b="en",
        published="2025-03-04",
    )
    assert [f.rule for f in flagged] == ["date.day"]


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        # one venue in two towns: an error
        (
            "Le tribunal correctionnel de Lille a condamné jeudi l'ancien gérant de la "
            "société à deux ans de prison.",
            "Le tribunal correctionnel de Douai a condamné jeudi l'ancien gérant de la "
            "société à deux ans de prison.",
            "error",
        ),
        # two towns for one happening, however well aligned: a warning (a place and its
        # district, or a name and its translation, read the same way)
        (
            "Un autocar s'est renversé mardi sur l'autoroute A7 près de Montélimar, faisant "
            "douze blessés.",
            "Un autocar s'est renversé mardi sur l'autoroute A7 près de Valence, faisant "
            "douze blessés.",
            "warning",
        ),
    ],
)
def test_two_places_of_one_happening_are_an_error_only_for_one_venue(tmp_path, a, b, severity):
    flagged = _pair(tmp_path, a, b, published="2025-06-12")
    assert [(f.rule, f.severity) for f in flagged] == [("location.place", severity)]


def test_two_winning_margins_of_one_result_conflict_across_languages(tmp_path):
    """A margin in seconds is one gap of the result, not one of a story's many durations."""
    flagged = _pair(
        tmp_path,
        "Le Danois Erik Holm a remporté dimanche la dernière étape du Tour du Jura, "
        "franchissant la ligne avec 12 secondes d'avance sur Paul Verdier.",
        "Denmark's Erik Holm won the final stage of the Tour du Jura by 20 seconds on "
        "Sunday, ahead of Paul Verdier.",
        lang_b="en",
        published="2025-06-16",
    )
    assert [(f.rule, f.evidence[0].value, f.evidence[1].value) for f in flagged] == [
        ("number.range", "12 second", "20 second")
    ]


def test_a_weekday_and_the_date_it_means_agree(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "Les grévistes se prononceront jeudi sur ce texte lors d'une assemblée générale.",
                "2025-03-11",
                "fr",
            ),
            "b.md": (
                "Réunis en assemblée générale le 13 mars, les grévistes ont voté sur le texte.",
                "2025-03-14",
                "fr",
            ),
        },
    )
    assert flagged == []


def test_hedged_toll_agrees_and_a_later_higher_toll_is_an_update(tmp_path):
    flagged, report = _findings(
        tmp_path,
        {
            "a.md": (
                "Au moins quatre personnes ont été tuées dans l'accident d'un autocar samedi.",
                "2025-08-23",
                "fr",
            ),
            "b.md": (
                "Quatre personnes sont mortes samedi dans l'accident d'un autocar.",
                "2025-08-23",
                "fr",
            ),
            "c.md": (
                "Le bilan de l'accident d'autocar survenu samedi s'est alourdi à cinq morts.",
                "2025-08-24",
                "fr",
            ),
        },
    )
    assert flagged == []
    assert any(f.kind == "number" and f.severity == "info" for f in report.findings)


@pytest.mark.parametrize(
    ("older", "severity"),
    [
        # told as provisional ("déjà"): two days later, the higher area is its update
        ("Selon les pompiers, 1 200 hectares de forêt ont déjà brûlé dans le massif.", "info"),
        # told as it stands: the later article gives another figure for it
        ("Selon les pompiers, 1 200 hectares de forêt ont brûlé dans le massif.", "error"),
    ],
)
def test_a_provisional_figure_grown_in_a_later_article_is_an_update(tmp_path, older, severity):
    _, report = _findings(
        tmp_path,
        {
            "a.md": (older, "2025-07-24", "fr"),
            "b.md": (
                "Au total, 2 400 hectares de forêt ont brûlé dans le massif, selon les pompiers.",
                "2025-07-26",
                "fr",
            ),
        },
    )
    assert [f.severity for f in report.findings if f.kind == "number"] == [severity]


def test_a_figure_widened_in_a_later_article_is_an_update(tmp_path):
    _, report = _findings(
        tmp_path,
        {
            "a.md": (
                "Acme announced a recall of 1,200 heaters on Monday after reports of fires.",
                "2025-09-01",
                "en",
            ),
            "b.md": (
                "The recall of Acme heaters announced last week has been widened to cover "
                "2,900 heaters.",
                "2025-09-09",
                "en",
            ),
        },
    )
    assert [f.severity for f in report.findings if f.kind == "number"] == ["info"]


def test_one_figure_each_in_unrelated_sentences_is_two_quantities(tmp_path):
    """Each article gives one count of "times", of two things (how often the new host
    presided a ceremony, how often an earlier host did the job): sentences that hardly
    state one fact do not make the two figures one quantity."""
    flagged = _pair(
        tmp_path,
        "The academy named Hugh Jackman host of the Oscars on Friday.\n\n"
        "He presided over the Tony Awards ceremony three times.",
        "Jackman will host the Academy Awards in February, the academy said.\n\n"
        "Billy Crystal did it eight times, and Steve Martin did it twice.",
        lang_a="en",
        lang_b="en",
    )
    assert [f.summary for f in flagged if f.kind == "number"] == []


def test_the_story_figure_told_once_in_each_is_compared(tmp_path):
    flagged = _pair(
        tmp_path,
        "Un incendie a détruit un entrepôt à Vénissieux dans la nuit de lundi à mardi.\n\n"
        "Quelque 120 sapeurs-pompiers ont été mobilisés.",
        "Le feu s'est déclaré vers 2 heures du matin dans un entrepôt de Vénissieux.\n\n"
        "Près de 60 pompiers ont lutté contre les flammes jusqu'au matin.",
    )
    assert [f.kind for f in flagged] == ["number"]


def test_a_page_time_stamp_line_is_no_time_of_the_story(tmp_path):
    flagged = _pair(
        tmp_path,
        "Updated: May 24, 2025, 3:23 PM ET\n\n"
        "A fire destroyed a warehouse in Palmer on Saturday, officials said.",
        "Posted: May 24, 2025 6:03 PM ET\n\n"
        "Officials said a fire destroyed a warehouse in Palmer on Saturday.",
        lang_a="en",
        lang_b="en",
        published="2025-05-24",
    )
    assert flagged == []


def test_different_counts_of_one_group_conflict_across_languages(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "fr.md": (
                "Les victimes faisaient partie d'un groupe de cinq amis, qui skiaient sans guide.",
                "2025-02-18",
                "fr",
            ),
            "en.md": (
                "The victims were part of a group of six friends skiing without a guide.",
                "2025-02-19",
                "en",
            ),
        },
    )
    assert [f.kind for f in flagged] == ["number"]


def test_titles_of_one_person(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "Le Premier ministre français Emmanuel Macron a déclaré lundi qu'il avait "
                "rencontré plusieurs dirigeants.",
                "2025-02-18",
                "fr",
            ),
            "b.md": (
                "MM. Rubio et Witkoff ont dîné avec le président Macron à Paris.",
                "2025-04-17",
                "fr",
            ),
            "c.md": ("Le chef de l'État Emmanuel Macron a reçu les ministres.", "2025-04-18", "fr"),
        },
    )
    # One source against two is one dispute: one finding with every source's words.
    assert [(f.kind, [e.source for e in f.evidence]) for f in flagged] == [
        ("role", ["a.md", "b.md", "c.md"])
    ]
    assert "also" in flagged[0].summary and "c.md" in flagged[0].summary


def test_presence_against_absence(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "Le président de la République, présent en tribune, a félicité les joueurs.",
                "2026-06-28",
                "fr",
            ),
            "b.md": (
                "Le président de la République, annoncé en tribune, n'a finalement pas assisté "
                "à la rencontre.",
                "2026-06-28",
                "fr",
            ),
        },
    )
    assert [f.kind for f in flagged] == ["attendees"]


def test_a_shorter_list_of_attendees_is_no_conflict(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "M. Rubio sera accompagné de l'émissaire spécial Steve Witkoff pour des "
                "discussions.",
                "2025-04-15",
                "fr",
            ),
            "b.md": (
                "Paris accueille des discussions auxquelles participent Marco Rubio, Steve "
                "Witkoff et Emmanuel Macron.",
                "2025-04-17",
                "fr",
            ),
        },
    )
    assert flagged == []


def test_two_towns_for_one_accident_and_aliases_of_one_town(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "L'accident s'est produit vers 5 h 30, à hauteur de Montélimar, dans le sens "
                "nord-sud.",
                "2025-08-23",
                "fr",
            ),
            "b.md": (
                "Le car s'est couché sur le flanc, sur la commune de Loriol-sur-Drôme, dans le "
                "sens nord-sud.",
                "2025-08-23",
                "fr",
            ),
        },
    )
    assert [f.kind for f in flagged] == ["location"]
    flagged, _ = _findings(
        tmp_path,
        {
            "c.md": (
                "La France et l'Allemagne ont signé mercredi à Toulouse une déclaration.",
                "2025-05-14",
                "fr",
            ),
            "d.md": (
                "La cérémonie de signature s'est tenue dans l'agglomération de la Ville rose.",
                "2025-05-14",
                "fr",
            ),
        },
    )
    assert flagged == []


def test_one_quote_two_speakers(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "« Nous n'avions jamais vu la Lergue monter aussi vite », a déclaré le maire de "
                "Lodève, Jean-Marc Aubert.",
                "2025-10-20",
                "fr",
            ),
            "b.md": (
                "« Nous n'avions jamais vu la Lergue monter aussi vite », résume le colonel "
                "Patrick Sabatier.",
                "2025-10-20",
                "fr",
            ),
        },
    )
    assert [f.kind for f in flagged] == ["other"]


def test_a_title_of_a_place_with_an_elided_article_binds_its_speaker(tmp_path):
    """ "le préfet de l'Isère, Laurent Vasseur": the place after "de l'", then the name;
    each article names both people, each binds the quote to one of them."""
    quote = "« La situation est sous contrôle depuis ce matin »"
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                f"{quote}, a déclaré le préfet de l'Isère, Laurent Vasseur. La directrice, "
                "Claire Noël, a ouvert une enquête interne.",
                "2025-10-20",
                "fr",
            ),
            "b.md": (
                f"{quote}, a assuré Claire Noël, la directrice du site. Le préfet Laurent "
                "Vasseur s'est rendu sur place.",
                "2025-10-20",
                "fr",
            ),
        },
    )
    assert [f.rule for f in flagged] == ["other.quote"]


@pytest.mark.parametrize(
    ("text", "speaker", "bound"),
    [
        # an incise: a past tense with its subject after it, whatever the verb
        (
            "« Nous ne fermons pas une école, nous en ouvrons une », a fait valoir le "
            "premier adjoint, Paul Ricard, lors de la séance.",
            "Paul Ricard",
            True,
        ),
        (
            "« Personne n'avait prévu une crue pareille », a tonné Jeanne Morel.",
            "Jeanne Morel",
            True,
        ),
        # a title in apposition before the name
        (
            "« La décision est prise depuis longtemps », a lancé la maire, Sophie Roux, mardi.",
            "Sophie Roux",
            True,
        ),
        # the quote as the subject of its clause: no incise
        (
            "Le slogan « Sauvons la piscine municipale » a réuni Marc Riou et les siens.",
            "Marc Riou",
            False,
        ),
        # the passive: no speaker
        ("« Le projet est abandonné pour de bon », a été annoncé à Paris.", None, False),
    ],
)
def test_who_a_french_quote_is_bound_to(text, speaker, bound):
    found = [c.value for c in claims(text, "other", "fr") if c.value.get("type") == "quote"]
    assert [(v["speaker"], v["bound"]) for v in found] == [(speaker, bound)]


def test_a_quote_over_two_sentences_is_bound_where_it_closes(tmp_path):
    """The statement opens in one sentence and closes, with its speaker, in the next; the
    other source quotes its first words only."""
    flagged, report = _findings(
        tmp_path,
        {
            "a.md": (
                '"Our crews will not stop until every home is dry. We owe that to the '
                'families of this valley," said council leader Dana Ruiz on Monday.\n\n'
                "Engineer Tom Hale said the pumps had run all night.",
                "2025-10-20",
                "en",
            ),
            "b.md": (
                '"Our crews will not stop until every home is dry," Tom Hale said on Monday. '
                "The council leader, Dana Ruiz, visited the pumping station.",
                "2025-10-20",
                "en",
            ),
        },
    )
    quotes = [c.value for c in report.claims if c.value.get("type") == "quote"]
    assert {(q["speaker"], q["bound"]) for q in quotes} == {("Dana Ruiz", True), ("Tom Hale", True)}
    assert [f.rule for f in flagged] == ["other.quote"]


def test_a_quote_open_at_a_paragraph_end_is_not_carried(tmp_path):
    _, report = _findings(
        tmp_path,
        {
            "a.md": (
                'The banner read "Save our valley.\n\nEngineer Tom Hale said," the pumps ran.',
                "2025-10-20",
                "en",
            ),
        },
    )
    assert not [c for c in report.claims if c.value.get("type") == "quote"]


def test_a_verb_of_saying_binds_a_quote_to_its_speaker(tmp_path):
    """Each article names both people, but each binds the quote to one of them by a verb
    of saying: the same words are given to two speakers."""
    quote = '"Nobody in this town will forget the night the levee held,"'
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                f"{quote} said county engineer Ruth Okafor. Sheriff Dale Hume thanked the "
                "volunteers.",
                "2025-10-20",
                "en",
            ),
            "b.md": (
                f"{quote} Hume said. Engineers led by Ruth Okafor worked through the night.",
                "2025-10-20",
                "en",
            ),
        },
    )
    assert [f.rule for f in flagged] == ["other.quote"]
    assert "Ruth Okafor" in flagged[0].summary and "Hume" in flagged[0].summary


_SITE_QUOTE = '"This deal secures the future of the Tilbury site for a generation,"'


@pytest.mark.parametrize(
    "unbound",
    [
        # no verb of saying binds the quote to a name: the nearest capitalised word is an
        # adjective, not a speaker
        f"{_SITE_QUOTE} the company said, adding that the site would anchor its European "
        "battery programme.",
        # nor to a place
        f"{_SITE_QUOTE} the company said in a statement issued in Essex.",
    ],
)
def test_the_nearest_word_of_an_unbound_quote_is_no_speaker(tmp_path, unbound):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (unbound, "2025-10-20", "en"),
            "b.md": (f"{_SITE_QUOTE} said Martin Hale, the group's chief.", "2025-10-20", "en"),
        },
    )
    assert [f for f in flagged if f.rule == "other.quote"] == []


def test_an_abbreviated_rank_opens_the_speaker_s_name(tmp_path):
    quote = '"The driver is dangerous and needs to be found as soon as possible,"'
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (f"{quote} said State Police Lt. Greg Hollis.", "2025-10-20", "en"),
            "b.md": (f"{quote} Hollis said.", "2025-10-20", "en"),
        },
    )
    assert [f for f in flagged if f.rule == "other.quote"] == []


def test_opposite_outcomes_of_one_vote_but_not_of_different_actors(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "Réunis en assemblée générale, les dockers ont rejeté à 78 % la proposition de "
                "la direction.",
                "2025-03-14",
                "fr",
            ),
            "b.md": (
                "Réunis en assemblée générale, les dockers ont accepté la proposition de la "
                "direction.",
                "2025-03-14",
                "fr",
            ),
        },
    )
    assert [f.kind for f in flagged] == ["other"]
    flagged, _ = _findings(
        tmp_path,
        {
            "c.md": (
                "Moscou a refusé un cessez-le-feu global proposé par M. Trump.",
                "2025-04-17",
                "fr",
            ),
            "d.md": (
                "Le gouvernement de Kiev a accepté en principe une proposition de cessez-le-feu.",
                "2025-03-16",
                "fr",
            ),
        },
    )
    assert flagged == []


def test_languages_setting_limits_what_is_checked(tmp_path):
    a = write_article(
        tmp_path,
        "fr.md",
        "Les victimes faisaient partie d'un groupe de cinq amis.",
        "2025-02-18",
        "fr",
    )
    b = write_article(
        tmp_path, "en.md", "The victims were part of a group of six friends.", "2025-02-19", "en"
    )
    both = check([str(a), str(b)], nli=False)
    only_fr = check([str(a), str(b)], nli=False, languages=["fr"])
    assert [f.kind for f in both.findings] == ["number"]
    assert only_fr.findings == [] and all(c.source == "fr.md" for c in only_fr.claims)


@pytest.mark.parametrize(
    ("french", "english", "flagged_count"),
    [
        # one office for two employers
        ("Inès Marchal, porte-parole de Transdev,", "Keolis spokeswoman Inès Marchal", 1),
        # one employer named in two languages
        ("Inès Marchal, porte-parole de Keolis,", "Keolis spokeswoman Inès Marchal", 0),
        # a nationality and a client are no employers
        ("Inès Marchal, porte-parole de Keolis,", "French spokeswoman Inès Marchal", 0),
    ],
)
def test_one_office_for_two_employers(tmp_path, french, english, flagged_count):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                f"{french} a confirmé lundi la suspension du tramway de Dijon.",
                "2025-10-20",
                "fr",
            ),
            "b.md": (
                f"{english} confirmed on Monday that the Dijon tram was suspended.",
                "2025-10-20",
                "en",
            ),
        },
    )
    assert len([f for f in flagged if f.rule == "role.employer"]) == flagged_count


def test_a_lawyer_of_a_person_has_no_employer(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "L'avocate de Paul Girard, Anne Roux, a fait appel lundi.",
                "2025-10-20",
                "fr",
            ),
            "b.md": ("Girard's lawyer Anne Roux appealed on Monday.", "2025-10-20", "en"),
        },
    )
    assert not [f for f in flagged if f.rule == "role.employer"]


@pytest.mark.parametrize(
    ("french", "flagged_count"),
    [
        ("Un séisme de magnitude 5,1 a frappé lundi à 40 km au sud-ouest de Pune.", 1),
        # a neighbouring direction is a rounding of the same one
        ("Un séisme de magnitude 5,1 a frappé lundi à 40 km à l'est de Pune.", 0),
        ("Un séisme de magnitude 5,1 a frappé lundi à 40 km au nord-est de Pune.", 0),
    ],
)
def test_one_happening_on_two_sides_of_one_place(tmp_path, french, flagged_count):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "A magnitude 5.1 earthquake struck 40 km north-east of Pune on Monday.",
                "2025-11-17",
                "en",
            ),
            "b.md": (french, "2025-11-17", "fr"),
        },
    )
    assert len([f for f in flagged if f.rule == "location.bearing"]) == flagged_count


def test_a_quake_size_told_two_ways_is_compared(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "A magnitude 6.1 earthquake struck near Pune on Monday, killing three people.",
                "2025-11-17",
                "en",
            ),
            "b.md": (
                "Un séisme de 5,4 sur l'échelle de Richter a frappé lundi près de Pune, "
                "faisant trois morts.",
                "2025-11-17",
                "fr",
            ),
        },
    )
    assert [f.summary for f in flagged if f.rule == "number.range"] == [
        "magnitude: 6.1 magnitude in a.md, 5,4 magnitude in b.md"
    ]


@pytest.mark.parametrize(
    ("recalled", "flagged_count"),
    [
        # undated articles: a quake of a month named alone is an earlier one
        ("A magnitude 6.1 quake struck the same island in September, killing seven.", 0),
        ("A magnitude 6.1 quake struck the island on Sunday, injuring five people.", 1),
    ],
)
def test_a_quake_of_a_month_named_alone_is_not_one_of_a_weekday(tmp_path, recalled, flagged_count):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "A magnitude 5.6 earthquake hit Qeshm island on Sunday, injuring five people.",
                None,
                "en",
            ),
            "b.md": (recalled, None, "en"),
        },
    )
    assert len([f for f in flagged if f.rule == "number.range"]) == flagged_count


_FINAL_AT = "The cup final was played at the Stade Jean-Bouin in Bourges on Saturday."
_TAKEN_TO = "Le blessé a été transporté à l'hôpital d'Albi, où il a été opéré."


@pytest.mark.parametrize(
    ("first", "lang", "other", "flagged_count"),
    [
        # one kind of venue across languages: a stadium is a stade
        (_FINAL_AT, "en", "La finale s'est disputée samedi au stade Marcel-Picot de Nancy.", 1),
        (_FINAL_AT, "en", "La finale s'est disputée samedi au stade Jean-Bouin de Bourges.", 0),
        # a "centre hospitalier" is a hospital
        (_TAKEN_TO, "fr", "Le blessé a été transporté au centre hospitalier de Rodez.", 1),
        (_TAKEN_TO, "fr", "Le blessé a été transporté au centre hospitalier d'Albi.", 0),
    ],
)
def test_one_kind_of_venue_in_two_towns(tmp_path, first, lang, other, flagged_count):
    flagged, _ = _findings(
        tmp_path,
        {"a.md": (first, "2025-05-18", lang), "b.md": (other, "2025-05-18", "fr")},
    )
    assert len([f for f in flagged if f.rule == "location.place"]) == flagged_count


def test_directions_of_two_happenings_are_not_compared(tmp_path):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                "The wildfire started north of Bend on Monday. Evacuees were sheltered in a "
                "school south of Bend.",
                "2025-08-04",
                "en",
            ),
        },
    )
    assert not [f for f in flagged if f.rule == "location.bearing"]


def _numbers_flagged(tmp_path, a: str, b: str, lang: str, published: str = "2025-10-20") -> int:
    flagged = _pair(tmp_path, a, b, lang, lang, published)
    return len([f for f in flagged if f.kind == "number"])


TREASURER = "The former treasurer who embezzled $1.4 million in donations was jailed on Monday."
FIRE = "Les pompiers ont fixé mardi un incendie de 800 hectares dans l'Aude, près de Lézignan."


@pytest.mark.parametrize(
    ("a", "b", "lang", "flagged_count"),
    [
        # what was taken against what is owed: two named things
        (
            TREASURER,
            "The former treasurer must repay $2.1 million in damages. He was jailed.",
            "en",
            0,
        ),
        # the same named thing in both: one amount, two values
        (
            TREASURER,
            "The former treasurer embezzled $2.1 million in donations. He was jailed.",
            "en",
            1,
        ),
        # named on one side only: one writer's "donations" is another's plain sum
        (
            TREASURER,
            "The former treasurer embezzled $2.1 million. He was jailed on Monday.",
            "en",
            1,
        ),
        # the season's total is not the fire's area; another area of the fire is
        (
            FIRE,
            "Les pompiers évoquent une saison de 12 000 hectares dans l'Aude, près de Lézignan.",
            "fr",
            0,
        ),
        (
            FIRE,
            "Les pompiers évoquent un incendie de 950 hectares dans l'Aude, près de Lézignan.",
            "fr",
            1,
        ),
    ],
)
def test_figures_that_name_two_things_are_two(tmp_path, a, b, lang, flagged_count):
    assert _numbers_flagged(tmp_path, a, b, lang) == flagged_count


_FUND_FR = (
    "Les régions alpines ont créé jeudi à Grenoble un fonds commun de 3,5 milliards "
    "d'euros pour moderniser les remontées mécaniques."
)


@pytest.mark.parametrize(
    ("english", "flagged_count"),
    [
        # one fund in two languages: the French noun before its adjective, translated
        (
            "Alpine regions set up a common fund of €4.2bn in Grenoble on Thursday to "
            "modernise ski lifts.",
            1,
        ),
        # two nouns the word table knows and does not pair are two things (a deficit)
        (
            "Alpine regions revealed a common deficit of €4.2bn in Grenoble on Thursday, "
            "before they set up a fund to modernise ski lifts.",
            0,
        ),
    ],
)
def test_one_amount_named_in_two_languages_is_one_thing(tmp_path, english, flagged_count):
    flagged = _pair(tmp_path, _FUND_FR, english, "fr", "en", "2025-10-20")
    assert len([f for f in flagged if f.kind == "number"]) == flagged_count


@pytest.mark.parametrize(("other", "flagged_count"), [("38 %", 0), ("58 %", 1)])
def test_two_shares_that_make_up_a_whole_are_its_two_sides(tmp_path, other, flagged_count):
    a = "Les salariés de l'usine de Vierzon ont approuvé jeudi l'accord à 62 % des voix."
    b = f"Les salariés de l'usine de Vierzon ont rejeté jeudi l'accord par {other} des voix."
    assert _numbers_flagged(tmp_path, a, b, "fr") == flagged_count


@pytest.mark.parametrize(
    ("present", "lang", "flagged_count"),
    [
        # doing it oneself is being there; the named holder stands for the office
        ("La ministre de la Culture, Hélène Marchetti, a coupé elle-même le ruban.", "fr", 1),
        ("Culture minister Hélène Marchetti cut the ribbon in person.", "en", 1),
        # someone else cutting the ribbon says nothing of the minister
        ("Le maire de Rodez, Paul Vidal, a coupé lui-même le ruban.", "fr", 0),
    ],
)
def test_presence_in_person_against_an_office_represented(tmp_path, present, lang, flagged_count):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                f"The Soulages museum in Rodez reopened on Saturday. {present}",
                "2025-05-12",
                lang,
            )
            if lang == "en"
            else (f"Le musée Soulages a rouvert samedi à Rodez. {present}", "2025-05-12", lang),
            "b.md": (
                "Le musée Soulages a rouvert samedi à Rodez. La ministre de la Culture "
                "s'était fait représenter par sa directrice de cabinet.",
                "2025-05-12",
                "fr",
            ),
        },
    )
    assert len([f for f in flagged if f.kind == "attendees"]) == flagged_count


@pytest.mark.parametrize(
    ("absent", "flagged_count"),
    [
        # the office named after a cue of presence, its holder in apposition, against
        # the office represented (with the clitic of the place: "s'y était fait")
        ("Le maire de Rodez, retenu à Paris, s'y était fait représenter par son adjoint.", 1),
        # another office represented says nothing of the mayor
        ("La ministre de la Culture s'y était fait représenter par sa directrice.", 0),
    ],
)
def test_an_office_holder_named_after_a_cue_stands_for_the_office(tmp_path, absent, flagged_count):
    flagged = _pair(
        tmp_path,
        "Le musée Soulages a rouvert samedi en présence du maire de Rodez, Paul Vidal, venu "
        "saluer les équipes.",
        f"Le musée Soulages a rouvert samedi. {absent}",
        published="2025-05-12",
    )
    assert len([f for f in flagged if f.kind == "attendees"]) == flagged_count


def _time_findings(tmp_path, a: str, b: str):
    flagged = _pair(tmp_path, a, b, "fr", "en", "2025-03-12")
    return [f for f in flagged if f.kind == "date"]


def test_a_part_of_the_day_is_not_paired_by_the_pairing_model_alone(tmp_path):
    # Two moments of one story, a clock time and a part of the day, in sentences with no
    # word in common: a part of the day is too loose to say which moment it is.
    assert not _time_findings(
        tmp_path,
        "Le tramway a déraillé peu après 21 heures près de la place de l'Étoile. "
        "La direction avait convoqué la presse pour le lendemain.",
        "Traffic on the line resumed on Monday morning after overnight repairs. "
        "Shares in the operator fell in early trading.",
    )


def test_a_time_just_outside_a_part_of_the_day_meets_it(tmp_path):
    # A 4.40 am crash is told "mercredi matin": the edges of a part of the day are loose.
    assert not _time_findings(
        tmp_path,
        "Le camion s'est renversé vers 4 h 40 sur l'autoroute A7. Le chauffeur est indemne.",
        "The lorry overturned on the A7 motorway on Wednesday morning. Its driver was unhurt.",
    )


VERDICT = "Le tribunal de Nantes a condamné mardi l'ancien maire à trois ans de prison"


@pytest.mark.parametrize(
    ("a", "b", "flagged_count"),
    [
        # the suspended part, in months in one source and in years in the other
        (
            VERDICT + ", dont dix-huit mois avec sursis.",
            VERDICT + ", dont deux ans avec sursis.",
            1,
        ),
        # one term in two units
        (VERDICT + ".", "L'ancien maire a écopé mardi de trente-six mois de prison.", 0),
        # the suspended part and the part to serve answer two questions
        (VERDICT + ", dont dix-huit mois avec sursis.", VERDICT + ", dont un an ferme.", 0),
        # the suspended part said by its share, against the same part in figures
        (VERDICT + ", dont la moitié avec sursis.", VERDICT + ", dont deux ans avec sursis.", 1),
        (VERDICT + ", dont la moitié avec sursis.", VERDICT + ", dont 18 mois avec sursis.", 0),
    ],
)
def test_parts_of_a_prison_term(tmp_path, a, b, flagged_count):
    assert _numbers_flagged(tmp_path, a, b, "fr") == flagged_count


def test_a_suspended_part_across_languages_with_the_offender_named_later(tmp_path):
    """An English lead that names its offender by a description ("A former European
    Commission official"), the name coming later: the institution is no person, so the
    suspended parts of the two sources' terms are compared."""
    flagged = _pair(
        tmp_path,
        "Le tribunal de Bruxelles a condamné mercredi Paul Verlinden, ancien fonctionnaire de"
        " la Commission européenne, à 40 mois de prison, dont la moitié avec sursis.",
        "A former European Commission official was sentenced on Wednesday to 40 months in"
        " prison, 24 months of which were suspended.",
        "fr",
        "en",
    )
    assert [f.kind for f in flagged] == ["number"]


def test_a_kind_of_person_among_the_injured_is_a_part_not_the_whole_kind(tmp_path):
    # The two injured firefighters are not the firefighters sent to the fire.
    assert not _numbers_flagged(
        tmp_path,
        "Six personnes ont été blessées dans l'explosion de l'entrepôt, dont trois pompiers.",
        "Une soixantaine de pompiers ont lutté contre l'incendie de l'entrepôt toute la nuit.",
        "fr",
    )


def _date_findings(tmp_path, a: str, b: str, lang_a: str = "fr"):
    return [f for f in _pair(tmp_path, a, b, lang_a) if f.kind == "date"]


def test_one_fact_two_weeks_apart_is_a_conflict(tmp_path):
    # A date conflict is not evidence of two events: one inauguration, two dates.
    found = _date_findings(
        tmp_path,
        "The new bridge over the Loire will be opened on 14 March by the mayor of Saumur.",
        "Le nouveau pont sur la Loire sera inauguré le 28 mars par le maire de Saumur.",
        lang_a="en",
    )
    assert found and found[0].severity == "warning"


def test_a_day_after_publication_is_to_come_whatever_its_verb(tmp_path):
    # "paraîtra" and "verra le jour" are futures no cue list holds; a day after the
    # article's own is still a plan, and one plan's two days are its two answers.
    found = _date_findings(
        tmp_path,
        "Le rapport de la commission d'enquête sur les crues de la Vilaine paraîtra le "
        "12 mai 2027.",
        "Le rapport de la commission d'enquête sur les crues de la Vilaine verra le jour "
        "le 3 février 2027.",
    )
    assert found and {e.value[-10:] for e in found[0].evidence} == {"2027-05-12", "2027-02-03"}


def test_a_weekday_to_come_is_not_a_plan_dated_months_away(tmp_path):
    # "lundi" tells what comes this week (an assembly), not the plan's written-out date.
    assert not _date_findings(
        tmp_path,
        "Les syndicats de l'usine de Vierzon ont prévu une nouvelle assemblée générale lundi.",
        "À l'usine de Vierzon, l'arrêt complet de la production est prévu au 30 juin 2027.",
    )


def test_an_earlier_meeting_of_the_same_people_is_not_a_conflict(tmp_path):
    assert not _date_findings(
        tmp_path,
        "Le maire de Saumur a rencontré le préfet le 27 février pour parler du nouveau pont.",
        "Le maire de Saumur avait déjà rencontré le préfet le 12 novembre pour parler du pont.",
    )


def test_a_plan_dated_by_month_and_by_part_of_year(tmp_path):
    # Both sources plan one closure; March is not the end of the year.
    found = _date_findings(
        tmp_path,
        "La direction a confirmé que l'usine de Vierzon fermera fin 2026, selon les syndicats.",
        "D'après le calendrier remis aux salariés, le site de Vierzon fermera en mars 2026.",
    )
    assert found and {e.value[:7] for e in found[0].evidence} == {"2026-09", "2026-03"}
    # A day inside the planned month is the same plan.
    assert not _date_findings(
        tmp_path,
        "La direction a confirmé que l'usine de Vierzon fermera en mars 2026.",
        "D'après le calendrier remis aux salariés, le site de Vierzon fermera le 27 mars 2026.",
    )


@pytest.mark.parametrize(
    ("b", "lang_b", "flagged_count"),
    [
        # one person's age, in an English apposition between commas
        ("The driver, Marc Delorme, 55, was arrested on Tuesday in Lyon.", "en", 1),
        # the same age, written before the name
        ("The 52-year-old Marc Delorme was arrested on Tuesday in Lyon.", "en", 0),
        # another person's age
        ("Sa passagère, Julie Faure, 34 ans, est sortie indemne de l'accident.", "fr", 0),
    ],
)
def test_ages_of_one_named_person(tmp_path, b, lang_b, flagged_count):
    a = "Le conducteur, Marc Delorme, 52 ans, a été interpellé mardi à Lyon."
    flagged = _pair(tmp_path, a, b, lang_b=lang_b)
    assert len([f for f in flagged if f.rule == "number.age"]) == flagged_count


def test_a_score_told_as_the_match_moved_is_a_score(tmp_path):
    # "at 1-1" has no cue of its own, but its article reports a score: the other source's
    # 1-1 then has its counterpart, and nothing is flagged.
    a = (
        "Ashford Town beat Dover 2-1 after extra time in the county cup final on Saturday. "
        "Ellis scored twice in normal time, taking the game into extra time at 1-1."
    )
    b = "The final had been locked at 1-1 after 90 minutes, Ellis scoring for Ashford Town."
    assert not [f for f in _pair(tmp_path, a, b, "en", "en", "2025-05-04") if f.kind == "number"]


@pytest.mark.parametrize(
    ("b", "flagged_count"),
    [
        # one office no list names, with two complements brought alike: two offices
        ("Le dossier a été présenté par Agnès Morel, adjointe aux sports.", 1),
        # the same office
        ("Le dossier a été présenté par Agnès Morel, adjointe à la jeunesse.", 0),
        # another noun may describe the same person
        ("Le dossier a été présenté par Agnès Morel, habitante du quartier.", 0),
    ],
)
def test_titles_no_list_names(tmp_path, b, flagged_count):
    a = "Agnès Morel, adjointe à la jeunesse, a défendu le budget du festival."
    assert len([f for f in _pair(tmp_path, a, b) if f.kind == "role"]) == flagged_count


@pytest.mark.parametrize(
    ("a", "b", "lang_b", "flagged_count"),
    [
        # one office at two grades: the deputy is not the holder
        (
            "Deputy Mayor Alan Reeve opened the new library on Saturday.",
            "Mayor Alan Reeve cut the ribbon at the new library on Saturday.",
            "en",
            1,
        ),
        (
            "Le vice-capitaine Hugo Brassac a transformé l'essai de la victoire.",
            "Captain Hugo Brassac kicked the winning conversion.",
            "en",
            1,
        ),
        # a town's police chief is not its deputy mayor
        (
            "Police Chief Alan Reeve opened the new library on Saturday.",
            "Deputy Mayor Alan Reeve cut the ribbon at the new library on Saturday.",
            "en",
            1,
        ),
        # a prosecutor's deputy is not the prosecutor
        (
            "Le substitut du procureur, Marc Abel, a requis deux ans de prison.",
            "The prosecutor, Marc Abel, asked for two years in prison.",
            "en",
            1,
        ),
        # a "sous-" office and an "adjointe au" office are second-in-command
        (
            "Le sous-procureur Marc Abel a requis deux ans de prison.",
            "The prosecutor, Marc Abel, asked for two years in prison.",
            "en",
            1,
        ),
        (
            "Le jour même, l'adjointe au maire Claire Dumas a inauguré la médiathèque.",
            "La maire Claire Dumas a inauguré la médiathèque samedi.",
            "fr",
            1,
        ),
        (
            "Le jour même, l'adjointe au maire Claire Dumas a inauguré la médiathèque.",
            "Claire Dumas, maire adjointe, a inauguré la médiathèque samedi.",
            "fr",
            0,
        ),
        # one grade told twice
        (
            "Deputy Mayor Alan Reeve opened the new library on Saturday.",
            "Deputy Mayor Alan Reeve cut the ribbon at the new library on Saturday.",
            "en",
            0,
        ),
        # a source that gives both grades tells a promotion, not a conflict
        (
            "Deputy Mayor Alan Reeve opened the new library on Saturday.",
            "Mayor Alan Reeve, deputy mayor until March, cut the ribbon on Saturday.",
            "en",
            0,
        ),
    ],
)
def test_one_office_at_two_grades(tmp_path, a, b, lang_b, flagged_count):
    lang_a = "fr" if "Le " in a[:3] else "en"
    flagged = _pair(tmp_path, a, b, lang_a=lang_a, lang_b=lang_b)
    assert len([f for f in flagged if f.kind == "role"]) == flagged_count


@pytest.mark.parametrize(
    ("a", "b", "flagged_count"),
    [
        # a European commissioner is no national minister
        (
            "Le commissaire européen Paul Verne a défendu l'accord mardi.",
            "Trade Minister Paul Verne defended the deal on Tuesday.",
            1,
        ),
        # a French divisional commissioner heads the police: a police chief
        (
            "Le commissaire divisionnaire Marc Abel dirige l'enquête.",
            "Police Chief Marc Abel leads the inquiry.",
            0,
        ),
    ],
)
def test_commissioners(tmp_path, a, b, flagged_count):
    flagged = _pair(tmp_path, a, b, lang_a="fr", lang_b="en")
    assert len([f for f in flagged if f.kind == "role"]) == flagged_count


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "of Police" is the office's own word, not an employer
        (
            "Ruth Ames, the Chief of Police, said the suspect fled on foot.",
            "Dunmore Police Chief Ruth Ames said the suspect fled on foot.",
        ),
        # a sheriff's deputy is an officer of some unit
        (
            "Deputy Sheriff Omar Reyes was wounded on Sunday.",
            "Omar Reyes, a gang enforcement officer, was wounded on Sunday.",
        ),
    ],
)
def test_police_offices_and_their_own_words_are_no_conflict(tmp_path, a, b):
    flagged = _pair(tmp_path, a, b, lang_a="en", lang_b="en")
    assert not [f for f in flagged if f.kind == "role"]


def test_two_offices_brought_by_aux(tmp_path):
    # "aux" is read whole: "aux finances" and "aux sports" are two complements.
    a = "Selon Karim Benali, adjoint aux finances, la dette de la ville reste maîtrisée."
    b = "Karim Benali, adjoint aux sports, a inauguré le nouveau gymnase samedi."
    assert len([f for f in _pair(tmp_path, a, b) if f.kind == "role"]) == 1


@pytest.mark.parametrize(
    ("b", "flagged_count"),
    [
        # one group's vote told two ways
        ("Au conseil, les élus socialistes se sont abstenus lors du vote sur le tramway.", 1),
        # another group's vote
        ("Au conseil, les élus centristes se sont abstenus lors du vote sur le tramway.", 0),
    ],
)
def test_how_one_group_voted(tmp_path, b, flagged_count):
    a = "Le groupe socialiste a voté contre le budget du tramway, jugé trop coûteux."
    assert len([f for f in _pair(tmp_path, a, b) if f.kind == "other"]) == flagged_count


def test_one_source_against_three_is_one_finding(tmp_path):
    """The odd source out is one dispute told once, with every source's sentence; a
    second, unrelated dispute of the same story stays its own finding."""
    lead = "Le conseil municipal de Vierzon a adopté {day} le budget de la nouvelle piscine"
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                lead.format(day="mardi") + ". Les travaux coûteront 12 millions d'euros.",
                "2026-03-05",
                "fr",
            ),
            "b.md": (lead.format(day="mardi") + ".", "2026-03-05", "fr"),
            "c.md": (lead.format(day="mercredi") + ".", "2026-03-05", "fr"),
            "d.md": (
                "Vierzon's council approved the new swimming pool budget on Tuesday. "
                "The works will cost 15 million euros.",
                "2026-03-05",
                "en",
            ),
        },
    )
    dates = [f for f in flagged if f.kind == "date"]
    assert len(dates) == 1
    assert sorted(e.source for e in dates[0].evidence) == ["a.md", "b.md", "c.md", "d.md"]
    assert dates[0].summary.count("also") == 1
    votes = [f for f in flagged if f.kind != "date"]
    assert votes and all({e.source for e in f.evidence} == {"a.md", "d.md"} for f in votes)


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # One figure told two ways: within its order of magnitude.
        (
            "Quelque 300 pompiers ont lutté toute la nuit contre le feu de Lambesc.",
            "Some 450 firefighters battled the Lambesc blaze through the night.",
            True,
        ),
        # All the firefighters and one crew: a count many times another.
        (
            "Quelque 900 pompiers ont lutté toute la nuit contre le feu de Lambesc.",
            "Some 30 firefighters battled the Lambesc blaze through the night.",
            False,
        ),
        # A hedged range counts from its end: "plus de 40" is more than three times 12,
        # while 30 is within three times the top of "une douzaine" (15).
        (
            "Plus de 40 blessés ont été pris en charge après l'accident de Lambesc.",
            "Twelve people were injured in the Lambesc crash.",
            False,
        ),
        (
            "Une douzaine de blessés ont été pris en charge après l'accident de Lambesc.",
            "Thirty people were injured in the Lambesc crash.",
            True,
        ),
        # Shares have no such scale: 78 % against 20 % is a dispute.
        (
            "À Lambesc, le taux de participation au référendum a atteint 78 %.",
            "À Lambesc, le taux de participation au référendum a atteint 20 %.",
            True,
        ),
    ],
)
def test_counts_orders_of_magnitude_apart_are_two_quantities(tmp_path, a, b, flagged):
    lang_b = "fr" if b.startswith("À") else "en"
    found = [f for f in _pair(tmp_path, a, b, lang_b=lang_b) if f.kind == "number"]
    assert bool(found) is flagged


def test_a_wire_dateline_is_when_the_story_was_filed(tmp_path):
    """ "CARLISLE, Nov 15 -" dates the filing, not the collapse the story reports; a day
    in the story's own words still conflicts."""
    filed = "CARLISLE, Nov 15 - A footbridge over the Caldew collapsed, police said."
    told = "The Caldew footbridge collapsed on {day} night, police said."
    assert not _pair(tmp_path, filed, told.format(day="Saturday"), "en", "en", "2026-11-15")
    moved = _pair(
        tmp_path,
        "CARLISLE, Nov 15 - A footbridge over the Caldew collapsed on Saturday night.",
        told.format(day="Thursday"),
        "en",
        "en",
        "2026-11-15",
    )
    assert [f.kind for f in moved] == ["date"]


@pytest.mark.parametrize(
    "dateline",
    ["FALAISE, France, April 4 (TWS) -", "PORTLAND, Maine, April 4 (AP) —"],
)
def test_a_dateline_with_the_towns_state_or_country_is_when_the_story_was_filed(tmp_path, dateline):
    """The AP's style names the town's state or country after it: still the filing."""
    filed = f"{dateline} Archaeologists have unearthed a hoard of silver coins, they said."
    told = "The hoard of silver coins was unearthed on Friday, April 3, the archaeologists said."
    assert not _pair(tmp_path, filed, told, "en", "en", "2026-04-04")


def test_a_press_releases_place_and_date_is_when_it_was_issued(tmp_path):
    """ "Saint-Denis, le 13 février 2026 -" and a line "Toulouse, le 24 mars 2026" date
    the release, not the happening it reports; a date ending a sentence is the story's."""
    told = "Le conseil a voté la fusion lundi 23 mars, a indiqué la présidence."
    for release in (
        "Toulouse, le 24 mars 2026 - Le conseil d'administration a voté la fusion.",
        "Toulouse, le 24 mars 2026\n\nLe conseil d'administration a voté la fusion.",
    ):
        assert not _pair(tmp_path, release, told, "fr", "fr", "2026-03-24")
    moved = _pair(
        tmp_path,
        "Le conseil d'administration a voté la fusion à Toulouse, le 24 mars 2026.",
        told,
        "fr",
        "fr",
        "2026-03-24",
    )
    assert [f.kind for f in moved] == ["date"]


def test_an_amount_is_of_the_noun_after_its_currency(tmp_path):
    """ "s'acquitter de 50 000 euros d'amende" is a fine (not an "acquittal"): it meets
    "une amende de 30 000 euros"; damages are another amount."""
    fine = "Le maire de Pornic a été condamné à une amende de 30 000 euros."
    paid = "Le maire de Pornic devra s'acquitter de 50 000 euros d'{what}."
    flagged = _pair(tmp_path, paid.format(what="amende"), fine)
    assert [f.kind for f in flagged] == ["number"]
    assert not _pair(tmp_path, paid.format(what="indemnités"), fine)
    # The currency itself names nothing: "d'euros" is no noun of what the amount is.
    told = _pair(
        tmp_path,
        "L'Autorité a infligé une amende de 18 millions d'euros au transporteur Varenne.",
        "L'Autorité a fixé à 23 millions d'euros la pénalité du transporteur Varenne.",
    )
    assert [f.kind for f in told] == ["number"]


def test_paying_off_is_no_acquittal(tmp_path):
    """ "s'acquitter de" (to pay) is another verb than "acquitter" (to clear)."""
    convicted = "Le maire de Pornic a été condamné à deux ans de prison avec sursis."
    assert not _pair(tmp_path, "Le maire de Pornic devra s'acquitter des frais.", convicted)
    cleared = _pair(tmp_path, "Le maire de Pornic a été acquitté par le tribunal.", convicted)
    assert [f.kind for f in cleared] == ["other"]


@pytest.mark.parametrize(
    ("a", "b", "lang_b", "flagged_count"),
    [
        # a university's ladder: a professor is not a doctoral student
        (
            "La chercheuse Inès Lambert, professeure à l'université de Rennes, a mené l'étude.",
            "The study was led by PhD student Ines Lambert of the University of Rennes.",
            "en",
            1,
        ),
        # a doctoral student is a student
        (
            "L'étude a été menée par la doctorante Inès Lambert, à l'université de Rennes.",
            "The study was led by student Ines Lambert of the University of Rennes.",
            "en",
            0,
        ),
        # a club's coach is not its president
        (
            "L'entraîneur Marc Dufresne a salué le courage de ses joueuses après la finale.",
            "Club president Marc Dufresne praised his players' courage after the final.",
            "en",
            1,
        ),
        # nor its chairman
        (
            "Rovers manager Dale Hutton praised his side's spirit after the final.",
            "Rovers chairman Dale Hutton praised his side's spirit after the final.",
            "en",
            1,
        ),
    ],
)
def test_offices_of_people_who_are_not_politicians(tmp_path, a, b, lang_b, flagged_count):
    flagged = _pair(tmp_path, a, b, lang_b=lang_b)
    assert len([f for f in flagged if f.kind == "role"]) == flagged_count


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("présidente du Cercle nautique de Brest", "organisation"),
        ("président du club", "organisation"),
        ("president of the Welsh Rugby Union", "organisation"),
        ("président du Sénégal", "government"),
        ("président des États-Unis", "government"),
        ("président de la République", "government"),
        # a region's or a town's demonym is no state's: a club's or a council's president
        ("le président gallois", "organisation"),
        ("le président lyonnais", "organisation"),
        ("le président américain", "government"),
        ("le président sénégalais", "government"),
        ("le président ivoirien", "government"),
    ],
)
def test_a_president_of_a_named_body_is_no_head_of_state(title, category):
    assert canonical_title(title).category == category


@pytest.mark.parametrize(
    ("b", "flagged"),
    [
        # a growth and a move of the shares: two percentages of one story
        (
            "Norvalis said its revenue grew 12.3% in the first half. The group also "
            "confirmed its plan for a new plant in Calais.",
            [],
        ),
        # one move of the shares told twice: "rose 7.4%" is a change like "up 4.1%"
        (
            "Norvalis shares rose 7.4% in early trading in Paris after the results were published.",
            ["percent: 4.1% in a.md, 7.4% in b.md"],
        ),
    ],
)
def test_percentages_of_one_story_are_not_one_figure(tmp_path, b, flagged):
    a = (
        "Shares in Norvalis were up 4.1% in early trading in Paris after the results. The "
        "group also confirmed its plan for a new plant in Calais."
    )
    found = _pair(tmp_path, a, b, lang_a="en", lang_b="en")
    assert [f.summary for f in found if f.kind == "number"] == flagged


def test_a_surname_after_to_is_the_person_not_a_place(tmp_path):
    """In "an offer to Marsh", Marsh names the free agent Tom Marsh, not a place: no second place
    for the meeting held in Dallas."""
    flagged = _pair(
        tmp_path,
        "The owners met free agent Tom Marsh on Friday and made an offer to Marsh.",
        "The owners met free agent Tom Marsh in Dallas on Friday.",
        lang_a="en",
        lang_b="en",
    )
    assert [f.summary for f in flagged if f.kind == "location"] == []


@pytest.mark.parametrize(
    ("a", "b", "flagged_count"),
    [
        # one unnamed victim, another age in each language
        (
            "Une femme de 62 ans a été emportée par la crue de la Vézère à Terrasson.",
            "A 56-year-old woman was swept away by the flooded Vézère in Terrasson.",
            1,
        ),
        # the same ages, of two victims
        (
            "Une femme de 62 ans et un homme de 80 ans ont péri dans la crue à Terrasson.",
            "A 62-year-old woman and an 80-year-old man died in the Terrasson flood.",
            0,
        ),
        # a man's age is not a woman's
        (
            "Une femme de 62 ans a été emportée par la crue de la Vézère à Terrasson.",
            "A 56-year-old man was swept away by the flooded Vézère in Terrasson.",
            0,
        ),
    ],
)
def test_ages_of_an_unnamed_person(tmp_path, a, b, flagged_count):
    flagged = _pair(tmp_path, a, b, "fr", "en")
    assert len([f for f in flagged if f.rule == "number.age"]) == flagged_count


def test_a_workplace_manager_against_the_chief_executive(tmp_path):
    """A plant's manager is no team's manager: the job is compared with the other
    source's office for the one person."""
    flagged = _pair(
        tmp_path,
        "Mark Ellery, the warehouse manager, said the fire started in the loading bay on"
        " Tuesday night.",
        "Mark Ellery, Norwell Foods' chief executive, said the fire started in the loading bay"
        " on Tuesday night.",
        "en",
        "en",
    )
    assert [f.kind for f in flagged] == ["role"]


PROFIT_FR = (
    "Le fabricant grenoblois a publié mardi ses résultats semestriels.\n\n"
    "Le bénéfice net ressort à 96 millions d'euros, selon le communiqué diffusé avant "
    "l'ouverture de la Bourse."
)


@pytest.mark.parametrize(("figure", "flagged_count"), [("69", 1), ("71", 1), ("96", 0)])
def test_a_figure_with_its_digits_transposed_is_one_figure_miscopied(
    tmp_path, figure, flagged_count
):
    """Sentences that share few words pair two amounts when one is the other with two
    digits swapped (the commonest slip in copying a figure), or when the two sentences
    are each other's counterpart among those giving an amount (each article's one net
    profit: another amount there is another answer)."""
    flagged = _pair(
        tmp_path,
        PROFIT_FR,
        "The Grenoble-based group, which supplies battery packs for electric buses, reported "
        f"net profit of €{figure} million for the first half of the year.",
        lang_b="en",
    )
    assert len([f for f in flagged if f.kind == "number"]) == flagged_count


PLANT_BLAST = (
    "An explosion tore through a fertilizer plant on the northern edge of Brookfield early "
    "Tuesday, killing two workers, the county said."
)


@pytest.mark.parametrize(
    ("other", "rules"),
    [
        # a side of a place is a direction from it, and a blast is an explosion
        (
            "The blast destroyed the storage building of the plant, which lies just south of "
            "Brookfield.",
            ["location.bearing"],
        ),
        (
            "The blast destroyed the storage building of the plant, on the northern outskirts "
            "of Brookfield.",
            [],
        ),
        ("The blast early Monday rattled homes across Brookfield.", ["date.day"]),
    ],
)
def test_one_explosion_told_on_two_sides_or_two_days(tmp_path, other, rules):
    flagged = _pair(tmp_path, PLANT_BLAST, other, "en", "en", published="2025-09-23")
    assert [f.rule for f in flagged] == rules


@pytest.mark.parametrize(
    ("english", "flagged_count"),
    [("officials said Saturday", 0), ("officials said Saturday it happened Saturday", 1)],
)
def test_the_day_something_was_said_is_not_the_day_it_happened(tmp_path, english, flagged_count):
    flagged = _pair(
        tmp_path,
        f"A coach crash on the A66 killed a driver near Threlkeld, {english}.",
        "The crash occurred Friday afternoon on the A66 near Threlkeld.",
        "en",
        "en",
        published="2025-03-02",
    )
    assert len([f for f in flagged if f.kind == "date"]) == flagged_count


@pytest.mark.parametrize(
    ("crowd", "flagged_count"),
    [("6,412", 1), ("5,120", 0), ("4,612", 0)],
)
def test_a_count_of_unread_kind_miscopied_from_a_count_of_spectators(
    tmp_path, crowd, flagged_count
):
    """The crowd's count names no kind factdiff reads; written with another count's digits
    in another order, it is that count miscopied."""
    flagged = _pair(
        tmp_path,
        f"A crowd of {crowd}, a record for the competition, saw Ellesmere lift the cup.",
        "The final at Millbrook Road was played in front of 4,612 spectators.",
        "en",
        "en",
    )
    assert len([f for f in flagged if f.kind == "number"]) == flagged_count


@pytest.mark.parametrize(
    ("english", "flagged_count"),
    [
        ("The pot held 1,427 coins, the institute said.", 1),
        ("The pot held 1,247 coins, the institute said.", 0),
        # amounts and measures: a story has many, and their digits meet by chance
        ("The pot was found 1,427 metres from the castle.", 0),
        ("The excavation cost €1,427, the institute said.", 0),
        # two figures of two digits meet by chance
        ("The pot held 72 coins, the institute said.", 0),
    ],
)
def test_a_count_miscopied_across_languages_with_other_words_for_what_is_counted(
    tmp_path, english, flagged_count
):
    """ "1 247 deniers" and "1,427 coins": two words for what is counted, which no list
    sets side by side, and one figure with its digits in another order, a slip in copying
    it, however little else the sentences share."""
    french = (
        "Les archéologues ont mis au jour un dépôt de 1 247 deniers d'argent à Falaise."
        if flagged_count or "72" not in english
        else "Les archéologues ont mis au jour un dépôt de 27 deniers d'argent à Falaise."
    )
    flagged = _pair(tmp_path, french, english, "fr", "en")
    assert len([f for f in flagged if f.kind == "number"]) == flagged_count


def test_a_record_told_from_the_other_side_is_no_miscopied_figure():
    """Two teams' records (12-3 and 2-13) share their digits; scores are never read as one
    figure miscopied."""
    from conftest import claims
    from factdiff.compare.numbers import transposed

    def score(text):
        return next(c for c in claims(text, "number", "en") if c.value["key"] == "SCORE")

    broncos = score(
        "The final indignities of the season will end next week when Peyton Manning leads "
        "his 12-3 Broncos against KC."
    )
    chiefs = score("Hillis ran for the Chiefs (2-13), who lost again.")
    assert not transposed(broncos, chiefs)


MATCH = (
    "Rovers won the county cup final 2-1 at Brook Lane on Saturday. "
    "Sam Okafor's 88th-minute header settled the final."
)


@pytest.mark.parametrize(
    ("other", "flagged_count"),
    [
        # one scorer's only minute in each report: one moment of the match
        ("Sam Okafor headed the winner in the 81st minute, and Rovers lifted the cup.", 1),
        # the minute of another player's act is another moment
        ("Dan Pryce was sent off in the 81st minute, and Rovers lifted the cup.", 0),
    ],
)
def test_the_minute_of_one_act_is_one_moment(tmp_path, other, flagged_count):
    b = "Rovers won the county cup final 2-1 at Brook Lane on Saturday. " + other
    assert _numbers_flagged(tmp_path, MATCH, b, "en") == flagged_count


def test_ordinal_days_of_a_visit_are_parts_of_a_series(tmp_path):
    visit = "Nathalie Brissette is in Brussels this week. "
    a = visit + "On the second day of her visit, she met investors."
    b = visit + "On the first day of her visit, she met investors."
    assert _numbers_flagged(tmp_path, a, b, "en") == 0


@pytest.mark.parametrize(
    ("president", "flagged_count"),
    [("Le président gallois Owen Prothero", 1), ("Le président américain Owen Prothero", 0)],
)
def test_a_clubs_president_is_not_its_coach(tmp_path, president, flagged_count):
    a = (
        "Le Cardiff RFC a été éliminé samedi à Avignon. "
        f"{president} a dénoncé l'arbitrage après la rencontre."
    )
    b = (
        "Cardiff RFC were knocked out in Avignon on Saturday. "
        "Head coach Owen Prothero blamed the referee."
    )
    flagged = _pair(tmp_path, a, b, lang_b="en")
    assert len([f for f in flagged if f.kind == "role"]) == flagged_count


@pytest.mark.parametrize(
    ("office", "flagged_count"),
    [
        ("directeur adjoint chargé des ressources humaines", 1),
        ("directeur général de l'hôpital", 0),
    ],
)
def test_a_deputy_is_not_the_chief(tmp_path, office, flagged_count):
    a = (
        "La grève aux urgences de Saint-Nazaire a été levée jeudi. « Nous avons trouvé un "
        "accord », a déclaré Jean-Baptiste Rouault, directeur général du centre hospitalier."
    )
    b = (
        "La grève aux urgences de Saint-Nazaire a été levée jeudi. « Nous avons trouvé un "
        f"accord », s'est félicité Jean-Baptiste Rouault, {office}."
    )
    flagged = _pair(tmp_path, a, b)
    assert len([f for f in flagged if f.kind == "role"]) == flagged_count


TALKS = "Ukrainian and Russian negotiators met in Geneva on Tuesday. "


@pytest.mark.parametrize(
    ("other", "flagged_count"),
    [
        # each source's only count of hours, in two sentences of one fact: one duration
        ("The talks lasted eleven hours, according to a diplomat.", 1),
        # hours of another happening are another quantity
        ("The delegation's flight from Kyiv took eleven hours.", 0),
    ],
)
def test_the_one_duration_each_source_gives_of_one_fact(tmp_path, other, flagged_count):
    a = TALKS + "The talks lasted nine hours, a diplomat said."
    assert _numbers_flagged(tmp_path, a, TALKS + other, "en") == flagged_count


_ROCKFALL_FR = (
    "Un éboulement a emporté deux chalets d'alpage dans la nuit de lundi à mardi. Les blocs "
    "se sont détachés du versant nord de la pointe de Chaurionde, selon la gendarmerie. "
    "Aucune victime n'est à déplorer, mais la route forestière restera fermée plusieurs jours."
)


@pytest.mark.parametrize(
    ("english", "flagged_count"),
    [
        # each article's one side of the place: two answers to one "which side"
        (
            "Geologists flew over the Bauges on Tuesday to survey the southern flank of the "
            "Pointe de Chaurionde, where two mountain huts were swept away overnight.",
            1,
        ),
        # an article that names two sides of the place knows what lies where
        (
            "Geologists flew over the Bauges on Tuesday to survey the southern flank of the "
            "Pointe de Chaurionde. Hikers were kept away from the northern slope of the Pointe "
            "de Chaurionde.",
            0,
        ),
    ],
)
def test_the_one_side_each_article_puts_a_place_on(tmp_path, english, flagged_count):
    flagged = _pair(tmp_path, _ROCKFALL_FR, english, "fr", "en", published="2025-09-23")
    assert len([f for f in flagged if f.rule == "location.bearing"]) == flagged_count


def test_a_side_of_a_place_named_by_its_common_noun():
    (lake,) = claims("L'incendie a éclaté sur la rive sud du lac de Joux.", "location", "fr")
    assert (lake.value["place"], lake.value["bearing"]) == ("lac de Joux", 180)


@pytest.mark.parametrize(
    ("text", "lang", "place", "bearing"),
    [
        ("Heavy rain flooded homes in northern Cumbria on Sunday.", "en", "Cumbria", 0),
        ("Fighting resumed in south-eastern Lebanon.", "en", "Lebanon", 135),
        ("Un incendie a ravagé un entrepôt dans le sud de Lyon.", "fr", "Lyon", 180),
        ("Un incendie a ravagé un entrepôt dans l'est de Lyon.", "fr", "Lyon", 90),
        # a name, not a side: no bearing
        ("The bomb went off in Northern Ireland.", "en", "Northern Ireland", None),
    ],
)
def test_a_part_of_a_place_by_its_side(text, lang, place, bearing):
    found = [c for c in claims(text, "location", lang) if c.value["place"] == place]
    assert [c.value["bearing"] for c in found] == [bearing]


def test_a_nationality_after_a_compass_adjective_is_no_place():
    text = "An earthquake shook the southern Iranian island of Qeshm on Sunday."
    assert not [c for c in claims(text, "location", "en") if c.value["place"] == "Iranian"]


def test_one_action_done_by_two_named_people_but_not_by_a_company(tmp_path):
    """ "inscrit par l'ailier Théo Marchand" / "Lucas Ferreira a inscrit": two doers of one
    act. A company's name, a run of capitalised words with no first name, is no person
    whose name another source changed."""
    scored = _pair(
        tmp_path,
        "Samedi, l'essai décisif a été inscrit à la 78e minute par l'ailier Théo Marchand.",
        "Samedi, l'ailier Lucas Ferreira a inscrit l'essai décisif à la 78e minute.",
    )
    assert [f.rule for f in scored] == ["other.agent"]
    signed = _pair(
        tmp_path,
        "Le contrat de rachat a été signé jeudi à Lyon par l'opérateur Réunion Énergie "
        "Distribution.",
        "Le contrat de rachat a été signé jeudi à Lyon par l'ingénieur Jean-Claude Payet.",
    )
    assert not [f for f in signed if f.rule == "other.agent"]


@pytest.mark.parametrize(
    ("amount", "flagged_count"),
    [("800 gigabytes", 1), ("2,300 gigabytes", 0), ("2,300,000 megabytes", 0)],
)
def test_amounts_of_data_convert_between_their_prefixes(tmp_path, amount, flagged_count):
    """Gigabytes and terabytes are one quantity in two units (SI prefixes): 2.3 terabytes
    conflicts with 800 gigabytes, not with its equal in gigabytes or megabytes."""
    flagged = _pair(
        tmp_path,
        "The ransomware gang said it had copied 2.3 terabytes of patient data from the "
        "hospital trust's servers.",
        f"The ransomware gang said it had copied {amount} of patient data from the hospital "
        "trust's servers.",
        "en",
        "en",
    )
    assert len([f for f in flagged if f.kind == "number"]) == flagged_count


@pytest.mark.parametrize(
    ("french", "english", "flagged_count"),
    [
        # one office, a holder in each source
        (
            "Claire Duval, directrice financière de Norbeo, a présenté mardi les comptes.",
            "Norbeo's chief financial officer Mark Ellison presented the accounts on Tuesday.",
            1,
        ),
        # two countries' ministers of one portfolio are counterparts
        (
            "Le ministre belge des Finances, Luc Peeters, a signé mardi l'accord.",
            "Dutch Finance Minister Joost Verbeek signed the agreement on Tuesday.",
            0,
        ),
        # a source naming both people tells how they relate
        (
            "Claire Duval, directrice financière de Norbeo, succède à Mark Ellison.",
            "Norbeo's chief financial officer Mark Ellison presented the accounts on Tuesday.",
            0,
        ),
        # a deputy is not the holder
        (
            "Claire Duval, directrice financière adjointe de Norbeo, a présenté mardi les comptes.",
            "Norbeo's chief financial officer Mark Ellison presented the accounts on Tuesday.",
            0,
        ),
    ],
)
def test_one_office_given_to_two_people(tmp_path, french, english, flagged_count):
    flagged = _pair(tmp_path, french, english, lang_a="fr", lang_b="en")
    assert len([f for f in flagged if f.rule == "role.holder"]) == flagged_count


def test_an_office_named_after_its_portfolio_has_no_employer(tmp_path):
    """ "President of Production" names the office's portfolio, not an employer: the
    same office at Halvard Pictures in the two sources."""
    flagged = _pair(
        tmp_path,
        "The news was announced by Ruth Calder, Halvard Pictures' President of Production.",
        "Halvard Pictures' President of Production Dan Oyelaran announced the news.",
        lang_a="en",
        lang_b="en",
    )
    assert [f.rule for f in flagged if f.kind == "role"] == ["role.holder"]


def test_absence_said_of_a_pronoun_is_its_antecedents(tmp_path):
    """ "Absent lors du prononcé du jugement, il s'était fait représenter": "il" is the
    person the previous sentence named first (not his lawyer, named after him), who
    the other source says was there."""
    flagged = _pair(
        tmp_path,
        "Condamné à 18 mois de prison avec sursis, Gérald Ferrandier a annoncé qu'il allait "
        "faire appel, par la voix de son avocat, Me Karim Benali. Absent lors du prononcé du "
        "jugement, il s'était fait représenter par son conseil.",
        "Présent lors du prononcé du jugement, Gérald Ferrandier a écouté la présidente du "
        "tribunal sans réaction.",
        lang_a="fr",
        lang_b="fr",
    )
    assert [(f.rule, f.summary.split(":")[0]) for f in flagged if f.kind == "attendees"] == [
        ("attendees.presence", "Gérald Ferrandier")
    ]


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        # a season of a year and a year it will not come before, both to come
        ("Selon nos informations, la nouvelle médiathèque ne rouvrira pas avant 2031.", True),
        ("Selon nos informations, la nouvelle médiathèque ne rouvrira pas avant 2029.", False),
        ("Selon nos informations, la nouvelle médiathèque rouvrira à l'automne 2029.", False),
    ],
)
def test_a_planned_season_and_a_year_it_will_not_come_before(tmp_path, other, flagged):
    found = _pair(
        tmp_path,
        "Les travaux de la médiathèque devraient durer deux ans, pour une réouverture de la "
        "médiathèque prévue à l'automne 2029.",
        other,
    )
    assert [f.rule for f in found if f.kind == "date"] == (["date.day"] if flagged else [])


def test_absence_told_in_a_relative_clause_of_a_description(tmp_path):
    """ "Le prévenu, en l'absence duquel la décision a été rendue": the defendant the
    previous sentence named; the other source has him in court."""
    flagged = _pair(
        tmp_path,
        "Le tribunal correctionnel de Bordeaux a prononcé contre Thierry Lagarde une peine de "
        "36 mois d'emprisonnement. Le prévenu, en l'absence duquel la décision a été rendue, "
        "a dix jours pour faire appel.",
        "Présent à l'audience, Thierry Lagarde est resté impassible à l'énoncé de la décision.",
    )
    assert [f.rule for f in flagged if f.kind == "attendees"] == ["attendees.presence"]


def test_a_count_beside_a_named_member_is_not_the_whole_count(tmp_path):
    """ "Marlow Creek and five neighboring departments" are six departments."""
    flagged = _pair(
        tmp_path,
        "A total of 58 firefighters from six departments have been working the scene of the "
        "blast at the Marlow Creek fertilizer plant since the early morning hours.",
        "Nearly 60 firefighters from Marlow Creek and five neighboring departments responded "
        "to the blast at the Marlow Creek fertilizer plant, officials said.",
        lang_a="en",
        lang_b="en",
    )
    assert not [f for f in flagged if f.kind == "number"], flagged


def _denials(flagged):
    return [f for f in flagged if f.rule == "other.denial"]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        (
            "The trust said patient records had been accessed in the cyberattack on its "
            "hospitals, but it was still working to establish how many people were affected.",
            "At this stage there is no evidence that patient records have been accessed in the "
            "cyberattack on our hospitals.",
            "en",
        ),
        (
            "The state fire marshal said the blast at the fertilizer plant had likely been "
            "triggered by a natural gas leak near the warehouse.",
            "The state fire marshal said a natural gas leak had been ruled out as the cause of "
            "the blast at the fertilizer plant.",
            "en",
        ),
        (
            "Selon les pompiers, l'explosion de l'usine de Vierzon a été provoquée par une "
            "fuite de gaz dans l'atelier.",
            "Selon les pompiers, les enquêteurs ont écarté une fuite de gaz dans l'explosion de "
            "l'usine de Vierzon.",
            "fr",
        ),
    ],
)
def test_a_sentence_denying_what_another_source_states_is_flagged(tmp_path, a, b, lang):
    flagged = _pair(tmp_path, a, b, lang_a=lang, lang_b=lang)
    assert len(_denials(flagged)) == 1, flagged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # what is denied ("blessé") is not what the other sentence states
        (
            "Aucun passager du bateau de la CGN n'a été blessé lors de la collision.",
            "Le bateau de la CGN transportait plus de 200 passagers lors de la collision.",
        ),
        # both deny it
        (
            "Les enquêteurs n'ont trouvé aucune trace d'explosif dans l'usine de Vierzon.",
            "Aucune trace d'explosif n'a été trouvée dans l'usine de Vierzon.",
        ),
        # two words denied match by chance ("no humanitarian crisis" / "a humanitarian
        # crisis already", said by someone else)
        (
            "Les dirigeants israéliens affirment qu'il n'y a pas de crise humanitaire à Gaza.",
            "L'ONU estime qu'il y a déjà une crise humanitaire à Gaza.",
        ),
        # a quote is its speaker's words
        (
            "« Nous n'avons jamais fermé l'usine de Vierzon le dimanche », a dit le directeur.",
            "Le directeur a fermé l'usine de Vierzon dimanche, selon les syndicats.",
        ),
    ],
)
def test_no_denial_where_the_other_sentence_does_not_state_it(tmp_path, a, b):
    assert not _denials(_pair(tmp_path, a, b))


@pytest.mark.parametrize(
    ("english", "flagged_rules"),
    [
        # one institution in two languages, its town by two names
        (
            "The study was led by Dr Amandine Roussel, a biologist at the University of French "
            "Guiana.",
            [],
        ),
        # two universities: two answers
        (
            "The study was led by Dr Amandine Roussel, a biologist at the University of Rennes.",
            ["location.place"],
        ),
    ],
)
def test_a_university_named_in_two_languages_is_one_place(tmp_path, english, flagged_rules):
    flagged = _pair(
        tmp_path,
        "« C'est comme marcher sous un ciel étoilé », résume Amandine Roussel, mycologue à "
        "l'université de Guyane et première autrice de l'étude.",
        english,
        lang_b="en",
        published="2025-06-16",
    )
    assert [f.rule for f in flagged if f.kind == "location"] == flagged_rules


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        # "dirigeants" and "leaders" translate each other (no concept lists them)
        ("The minister arrived on Monday with a delegation of some 25 business leaders.", True),
        # journalists are not the business leaders
        ("The minister arrived on Monday with a delegation of some 25 journalists.", False),
    ],
)
def test_counted_nouns_that_translate_each_other_count_one_thing(tmp_path, english, flagged):
    found = _pair(
        tmp_path,
        "Arrivée lundi, la ministre est accompagnée d'une quarantaine de dirigeants d'entreprise.",
        english,
        lang_b="en",
        published="2025-06-16",
    )
    assert bool([f for f in found if f.rule == "number.range"]) == flagged


@pytest.mark.parametrize(
    ("french", "flagged"),
    [
        # two jobs whose translations are known and are not each other
        (
            "La fouille a été conduite par Anne Lemarchand, responsable d'opération à l'institut.",
            True,
        ),
        # one job in two languages: "directrice" is a director
        ("La fouille a été conduite par Anne Lemarchand, directrice de l'institut.", False),
        # one job at two grades: a deputy director is not the director
        (
            "La fouille a été conduite par Anne Lemarchand, directrice adjointe de l'institut.",
            True,
        ),
        # unless the source gives both grades (a deputy made director)
        (
            "Anne Lemarchand, directrice de l'institut, a conduit la fouille. Anne "
            "Lemarchand, directrice adjointe de l'institut jusqu'en mai, en avait la charge.",
            False,
        ),
    ],
)
def test_two_jobs_in_two_languages_conflict_when_they_translate_apart(tmp_path, french, flagged):
    found = _pair(
        tmp_path,
        french,
        "The excavation was led by Anne Lemarchand, the institute's director.",
        lang_b="en",
        published="2025-06-16",
    )
    across = [f for f in found if f.kind == "role" and len({e.source for e in f.evidence}) == 2]
    assert bool(across) == flagged


def test_a_later_figure_in_another_unit_is_an_update_when_higher_in_one_unit(tmp_path):
    """11,200 hectares is more than 16,800 acres (6,800 ha): the later, larger area of
    a fire told as provisional is its update, though 11,200 < 16,800 as written."""
    report = run_two(
        tmp_path,
        "The Copper Ridge fire has already burned about 16,800 acres near Peachland.",
        "The Copper Ridge fire burned 11,200 hectares near Peachland before being held.",
        published="2026-08-04",
        lang_a="en",
        lang_b="en",
        published_b="2026-08-21",
    )
    assert [(f.rule, f.severity) for f in report.findings if f.kind == "number"] == [
        ("number.update", "info")
    ]


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("Judge Vincent DelGiudice sealed the courtroom.", "Vincent Del Giudice", True),
        ("Judge Vincent Del Giudice sealed the courtroom.", "Vincent DelGiudice", True),
        ("Judge Vincent Del Giudice sealed the courtroom.", "Vincent Giudice", True),
        ("Judge Vincent Moretti sealed the courtroom.", "Vincent Del Giudice", False),
    ],
)
def test_a_surname_with_its_particle_however_spaced(text, name, named):
    from factdiff.compare.base import names_person

    assert names_person(text, name) is named


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one of the two climbers' ages told two ways; the other age is the same
        (
            "Les deux alpinistes, âgés de 23 et 58 ans, ont été secourus dimanche sur le Mont "
            "Aiguille.",
            "The two climbers, aged 23 and 62, were rescued on Sunday on Mont Aiguille.",
            ["58", "62"],
        ),
        # the same ages in another order
        (
            "Les deux alpinistes, âgés de 23 et 58 ans, ont été secourus dimanche sur le Mont "
            "Aiguille.",
            "The two climbers, aged 58 and 23, were rescued on Sunday on Mont Aiguille.",
            [],
        ),
        # no age in common: nothing tells that the lists are of one group
        (
            "Les deux alpinistes, âgés de 23 et 58 ans, ont été secourus dimanche sur le Mont "
            "Aiguille.",
            "The two climbers, aged 31 and 62, were rescued on Sunday on Mont Aiguille.",
            [],
        ),
        # three ages each, one told apart
        (
            "Three teenagers, aged 15, 16 and 17, were arrested on Friday in Leeds.",
            "Three teenagers aged 15, 16 and 18 were arrested in Leeds on Friday.",
            ["17", "18"],
        ),
    ],
)
def test_listed_ages_of_a_group(tmp_path, a, b, flagged):
    lang_b = "en"
    lang_a = "en" if a.startswith("Three") else "fr"
    found = [f for f in _pair(tmp_path, a, b, lang_a, lang_b) if f.rule == "number.age"]
    assert [sorted(e.text[e.span[0] : e.span[1]] for e in f.evidence) for f in found] == (
        [flagged] if flagged else []
    )


_FIRE_LEAD = (
    "The Pine Hollow wildfire, started by a campfire on Sunday evening, had grown to 900 "
    "hectares by Tuesday morning, driven by strong winds. About 400 homes were evacuated in "
    "the valley."
)


@pytest.mark.parametrize(
    ("a", "b", "published", "lang", "days"),
    [
        # the day a fire began, told by two verbs of beginning (one sentence also reports
        # the fire growing, whose day is not the one compared)
        (
            _FIRE_LEAD,
            "The Pine Hollow wildfire broke out on Saturday, June 6, in a dry ravine where "
            "crews could not safely be dropped. Evacuation orders cover the valley.",
            "2026-06-09",
            "en",
            ["Saturday, June 6", "on Sunday evening"],
        ),
        # its end is another happening
        (
            _FIRE_LEAD,
            "The Pine Hollow wildfire was contained on Saturday, June 13, after crews cut a "
            "break along the ridge. Evacuation orders cover the valley.",
            "2026-06-15",
            "en",
            [],
        ),
        (
            "L'incendie de la forêt de Chaux, qui a démarré mercredi soir près de Dole, a "
            "parcouru 600 hectares jusqu'à vendredi, selon la préfecture. Une centaine "
            "d'habitants ont été évacués.",
            "L'incendie de la forêt de Chaux a éclaté mardi 14 juillet en fin d'après-midi, "
            "dans une parcelle de résineux difficile d'accès. Les pompiers restent mobilisés.",
            "2026-07-17",
            "fr",
            ["mardi 14 juillet", "mercredi soir"],
        ),
    ],
)
def test_the_day_a_happening_began(tmp_path, a, b, published, lang, days):
    flagged = _pair(tmp_path, a, b, lang, lang, published=published)
    found = [f for f in flagged if f.kind == "date"]
    assert [sorted(e.text[e.span[0] : e.span[1]] for e in f.evidence) for f in found] == (
        [days] if days else []
    )


@pytest.mark.parametrize(
    ("first", "second", "flagged_count"),
    [
        # one organisation named in full, then by its first word
        (
            "président de la Fédération des Vignerons de l'Auxerrois",
            "président de la Fédération",
            0,
        ),
        # two organisations
        (
            "président de la Fédération des Vignerons de l'Auxerrois",
            "président du Syndicat des Négociants",
            1,
        ),
    ],
)
def test_an_employer_of_several_words_is_read_whole(tmp_path, first, second, flagged_count):
    flagged, _ = _findings(
        tmp_path,
        {
            "a.md": (
                f"Pour Paul Girard, {first}, la hausse des prix pèse sur les artisans.",
                "2025-10-20",
                "fr",
            ),
            "b.md": (
                f"« Les carnets de commandes se vident », déplore Paul Girard, {second}.",
                "2025-10-20",
                "fr",
            ),
        },
    )
    assert len([f for f in flagged if f.rule == "role.employer"]) == flagged_count


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        # one plan's year told two ways, the later year a year apart
        ("Caldor Motors plans to start building the new van at Saint-Avold in 2027.", True),
        ("Caldor Motors plans to start building the new van at Saint-Avold in 2028.", False),
        # a day of another step of the plan is not set against the plan's year
        (
            "Caldor Motors will open a training centre at Saint-Avold on Monday, March 1, 2027.",
            False,
        ),
    ],
)
def test_a_plans_year_told_two_ways(tmp_path, english, flagged):
    found = _pair(
        tmp_path,
        "L'accord conditionne un investissement de 300 millions d'euros à Saint-Avold, où la "
        "production de la nouvelle camionnette doit démarrer en 2028.",
        english,
        lang_b="en",
        published="2026-05-12",
    )
    assert [f.rule for f in found if f.kind == "date"] == (["date.day"] if flagged else [])


def test_a_target_year_after_the_articles_is_to_come_however_told(tmp_path):
    """ "un objectif ... d'ici 2040" is a plan's year in a sentence told in the present:
    a year after the article's own has not come."""
    found = _pair(
        tmp_path,
        "La déclaration fixe un objectif de 90 gigawatts d'hydrogène vert produits en "
        "Europe du Nord d'ici 2040.",
        "The declaration sets a target of 90 gigawatts of green hydrogen produced in "
        "northern Europe by 2045.",
        lang_b="en",
        published="2026-05-12",
    )
    assert [f.rule for f in found if f.kind == "date"] == ["date.day"]


def test_a_whole_year_meets_only_a_whole_year(tmp_path):
    """ "in 2028" is no answer to the "when" of "until the end of 2027": one tells a
    debut, the other how long the incumbent stays."""
    found = _pair(
        tmp_path,
        "Paul Hartley will not leave the Lyon orchestra until the end of 2027.",
        "Marc Dufresne will make his debut with the Lyon orchestra in 2028, replacing Paul "
        "Hartley, who leaves at the end of this year.",
        lang_a="en",
        lang_b="en",
        published="2026-05-12",
    )
    assert [f.rule for f in found if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("published_a", "rules"),
    [
        ("2025-10-08", ["role.ended"]),
        # the leaving told in an article published after the one that has them hold the
        # office: they may have left since
        ("2025-10-15", []),
    ],
)
def test_an_office_one_source_says_the_person_left(tmp_path, published_a, rules):
    a = (
        "Mark Devlin, who stepped down as chief executive of Harlow Foods in 2023, said "
        "the takeover was good news for the town."
    )
    b = "Harlow Foods chief executive Mark Devlin said the takeover was good news for the town."
    report = run_two(tmp_path, a, b, lang_a="en", published=published_a, published_b="2025-10-08")
    assert [f.rule for f in report.findings if f.severity != "info"] == rules
