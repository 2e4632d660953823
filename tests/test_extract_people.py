"""Roles, attendance, places and statements."""

from datetime import date

import pytest

from conftest import claims
from helpers_articles import run_two


@pytest.mark.parametrize(
    ("text", "lang", "person", "rank", "portfolio"),
    [
        (
            "Le président français Emmanuel Macron a reçu les ministres.",
            "fr",
            "Emmanuel Macron",
            "head_of_state",
            None,
        ),
        (
            "Le Premier ministre français Emmanuel Macron a déclaré lundi.",
            "fr",
            "Emmanuel Macron",
            "head_of_government",
            None,
        ),
        (
            "Sergueï Lavrov, ministre russe des Affaires étrangères, a rencontré Rubio.",
            "fr",
            "Sergueï Lavrov",
            "minister",
            "foreign",
        ),
        (
            "Anne Le Bihan, directrice financière de Ker Avel, a piloté les négociations.",
            "fr",
            "Anne Le Bihan",
            "cfo",
            None,
        ),
        (
            "Karim Benali, figure montante, a été promu secrétaire d'État aux Comptes publics.",
            "fr",
            "Karim Benali",
            "secretary_of_state_junior",
            "budget",
        ),
        (
            "Interior Minister Carlos Medina said rescue teams were searching.",
            "en",
            "Carlos Medina",
            "minister",
            "interior",
        ),
        (
            "It was co-chaired by British Foreign Secretary Daniel Harwood.",
            "en",
            "Daniel Harwood",
            "minister",
            "foreign",
        ),
        (
            "the Foreign Secretary David Lammy arrived in Paris.",
            "en",
            "David Lammy",
            "minister",
            "foreign",
        ),
        # after an English title's "of", the office's complement, then the name
        (
            "The studio also hired its President of Production Gillian Marsh.",
            "en",
            "Gillian Marsh",
            "president",
            "production",
        ),
        (
            "Norway's Minister of Agriculture and Food Lars Vinje opened the plant.",
            "en",
            "Lars Vinje",
            "minister",
            "agriculture",
        ),
        (
            "He met Secretary of Homeland Security Janet Okafor on Monday.",
            "en",
            "Janet Okafor",
            "minister",
            None,
        ),
        # the PDG spelt out is a firm's chief executive, not a head of state
        (
            "Nadia Ferrand, présidente-directrice générale de Valcor, a signé l'accord.",
            "fr",
            "Nadia Ferrand",
            "ceo",
            None,
        ),
        # English offices whose "General" follows the noun are no army's general
        ("Surgeon General Ada Lowe issued the warning.", "en", "Ada Lowe", "surgeon_general", None),
        (
            "Attorney General Ada Lowe opened an inquiry.",
            "en",
            "Ada Lowe",
            "attorney_general",
            None,
        ),
        # the Associated Press's abbreviations before a name
        ("Gov. Maura Lind signed the budget on Friday.", "en", "Maura Lind", "prefect", None),
        ("Sen. Paul Okoro voted against the bill.", "en", "Paul Okoro", "legislator", None),
        # a district attorney prosecutes: no party's lawyer
        (
            "Deputy Dist. Atty. Omar Reyes filed the charges.",
            "en",
            "Omar Reyes",
            "prosecutor",
            None,
        ),
        ("Police Chief Dana Whitlow asked for calm.", "en", "Dana Whitlow", "police_chief", None),
        # a name after a long title keeps all its words, a hyphened particle and a
        # surname that is a month
        (
            "North Korean Foreign Minister Kim Song Nam arrived on Monday.",
            "en",
            "Kim Song Nam",
            "minister",
            "foreign",
        ),
        (
            "Prime Minister Theresa May met the delegation.",
            "en",
            "Theresa May",
            "head_of_government",
            None,
        ),
        (
            "Le ministre syrien Walid al-Moualem est arrivé à New York.",
            "fr",
            "Walid al-Moualem",
            "minister",
            None,
        ),
        (
            "Harbor Trust Bank Chief Executive Laura Pine said the branch was closed.",
            "en",
            "Laura Pine",
            "ceo",
            None,
        ),
        # one of several holders of an office
        (
            "Marc Abel, l'un des avocats de la famille, a dénoncé le verdict.",
            "fr",
            "Marc Abel",
            "lawyer",
            None,
        ),
        (
            "Marc Abel, one of the family's lawyers, denounced the verdict.",
            "en",
            "Marc Abel",
            "lawyer",
            None,
        ),
        # a firm's president is no head of state; a name after a body's kind is the body's
        (
            "Rivet Motors company president Dana Hale announced the recall.",
            "en",
            "Dana Hale",
            "president",
            None,
        ),
        (
            "Dana Hale, le président de la compagnie Rivet, a annoncé le rappel.",
            "fr",
            "Dana Hale",
            "president",
            "compagnie",
        ),
        # a second-in-command's title at the head of a sentence is no part of the name
        (
            "Vice-chair Ruth Okonjo opened the hearing.",
            "en",
            "Ruth Okonjo",
            "chair",
            None,
        ),
        # a possessive determiner opens the apposed title; "C'est" opens no name
        (
            "« C'est Marie Ferrand, notre directrice financière, qui a tout vérifié », dit-il.",
            "fr",
            "Marie Ferrand",
            "cfo",
            None,
        ),
        ("C'est Paul Roux, le maire, qui a tranché.", "fr", "Paul Roux", "mayor", None),
        (
            '"It was Owen Pryce, our chief financial officer, who checked it," he said.',
            "en",
            "Owen Pryce",
            "cfo",
            None,
        ),
    ],
)
def test_person_and_canonical_title(text, lang, person, rank, portfolio):
    found = claims(text, "role", lang)
    assert [(c.value["person"], c.value["rank"], c.value["portfolio"]) for c in found] == [
        (person, rank, portfolio)
    ]


@pytest.mark.parametrize(
    ("text", "person", "past"),
    [
        (
            "Gérard Le Floch, ancien directeur général d'Armor Logis, a été condamné.",
            "Gérard Le Floch",
            True,
        ),
        ("Claire Morel, ancienne maire de Vernay, a témoigné.", "Claire Morel", True),
        (
            "Gérard Le Floch, directeur général d'Armor Logis, a été condamné.",
            "Gérard Le Floch",
            False,
        ),
    ],
)
def test_a_former_office_in_apposition_is_read_as_past(text, person, past):
    found = claims(text, "role", "fr")
    assert [(c.value["person"], c.value["past"]) for c in found] == [(person, past)]


@pytest.mark.parametrize(
    ("text", "lang", "person", "rank"),
    [
        (
            "« C'est acquis », a insisté Paul Roux, élu maire de Dole en 2020.",
            "fr",
            "Paul Roux",
            "mayor",
        ),
        ("Jean Martin, nommé préfet du Doubs en 2023, a parlé.", "fr", "Jean Martin", "prefect"),
        ("Paul Roux, qui est maire de Dole, a parlé.", "fr", "Paul Roux", "mayor"),
        ("Anne Lutz, elected mayor of Bristol in 2021, said so.", "en", "Anne Lutz", "mayor"),
        ("Anne Lutz, who is mayor of Bristol, said so.", "en", "Anne Lutz", "mayor"),
    ],
)
def test_a_title_set_after_the_name_by_a_participle_or_relative_clause(text, lang, person, rank):
    found = claims(text, "role", lang)
    assert [(c.value["person"], c.value["rank"]) for c in found] == [(person, rank)]


@pytest.mark.parametrize(
    ("text", "lang", "person", "rank", "portfolio"),
    [
        (
            "Nadia Ferris, who chairs the Kelso Heritage Trust, welcomed the decision.",
            "en",
            "Nadia Ferris",
            "chair",
            None,
        ),
        (
            "Owen Pike, who leads the opposition Green group, voted against the budget.",
            "en",
            "Owen Pike",
            "leader",
            "opposition",
        ),
        (
            "Lucie Marchal, qui préside le comité des fêtes, a ouvert le bal.",
            "fr",
            "Lucie Marchal",
            "president",
            "comite",
        ),
    ],
)
def test_an_office_told_by_its_verb_in_a_relative_clause(text, lang, person, rank, portfolio):
    """ "who chairs the trust" is the chair of the trust; "qui préside le comité" its
    president, of that body."""
    found = claims(text, "role", lang)
    assert [(c.value["person"], c.value["rank"], c.value.get("portfolio")) for c in found] == [
        (person, rank, portfolio)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hugo Mercier prend la parole dans un message vidéo.", "fr"),
        ("Nina Cole took the floor in a recorded message.", "en"),
        # a text shown to reporters is no session attended
        ("Nina Cole presented the figures to reporters.", "en"),
        # a country's name is no site
        ("Nina Cole visited the United States in May.", "en"),
    ],
)
def test_speaking_from_afar_or_to_no_body_in_session_is_no_presence(text, lang):
    assert claims(text, "attendees", lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one leads an inquiry or talks, a body that is not named is no office's
        ("Owen Pike, who leads the inquiry into the fire, spoke on Monday.", "en"),
        ("Owen Pike, who led the talks for the union, spoke on Monday.", "en"),
        # a relative clause of another verb
        ("Lucie Marchal, qui préfère le comité des fêtes, a ouvert le bal.", "fr"),
    ],
)
def test_leading_talks_or_an_inquiry_is_no_office(text, lang):
    assert claims(text, "role", lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the General Assembly is no general
        ("The minister spoke at the United Nations General Assembly on Saturday.", "en"),
        # a participle after "avoir" is a verb, not an envoy
        ("Le tir de Dupont a envoyé Marc Lenoir au sol.", "fr"),
        ("Il avait aussitôt envoyé Marc Lenoir à Lyon.", "fr"),
        # a general manager is neither an army's general nor a team's coach
        ("Rivertown General Manager Ed Stone said he met the coach.", "en"),
    ],
)
def test_no_role_in_look_alike_titles(text, lang):
    assert claims(text, "role", lang) == []


def test_a_declined_post_is_not_a_role():
    text = (
        "Nathalie Garnier, qui avait décliné en mars le poste de secrétaire d'État chargée "
        "de la Biodiversité, fait cette fois son entrée au gouvernement."
    )
    assert claims(text, "role") == []


def test_presence_and_absence():
    present = claims(
        "Le texte a été paraphé en présence du Premier ministre, François Delmas, "
        "et de la ministre déléguée chargée de l'Espace, Camille Roussel.",
        "attendees",
    )
    assert {(c.value["who"], c.value["present"]) for c in present} == {
        ("François Delmas", True),
        ("Camille Roussel", True),
    }
    (absent,) = claims(
        "Le Premier ministre, François Delmas, initialement annoncé, n'a pas fait le déplacement.",
        "attendees",
    )
    assert (absent.value["who"], absent.value["present"]) == ("François Delmas", False)


@pytest.mark.parametrize(
    ("text", "lang", "who", "present"),
    [
        (
            "Le préfet de l'Hérault, Jean Dumas, est arrivé sur place en fin de matinée.",
            "fr",
            "Jean Dumas",
            True,
        ),
        (
            "Council leader Ann Pike arrived at the scene shortly after noon.",
            "en",
            "Ann Pike",
            True,
        ),
        (
            "La maire, Claire Vidal, a manqué la cérémonie en raison d'une grippe.",
            "fr",
            "Claire Vidal",
            False,
        ),
        (
            "Club captain Rosa Lind missed the final because of a knee injury.",
            "en",
            "Rosa Lind",
            False,
        ),
        (
            "Le député Marc Fayolle a boycotté la séance pour protester contre le calendrier.",
            "fr",
            "Marc Fayolle",
            False,
        ),
        ("Senator Ruth Okafor boycotted the signing ceremony.", "en", "Ruth Okafor", False),
        (
            "The hearing was attended by county commissioner Dale Hume.",
            "en",
            "Dale Hume",
            True,
        ),
        ("The winner posed for photographs flanked by coach Ian Moss.", "en", "Ian Moss", True),
        (
            "Chief executive Dana Whitfield, who led Monday's news conference, apologised.",
            "en",
            "Dana Whitfield",
            True,
        ),
        ("La directrice, Anne Roux, a animé la conférence de presse.", "fr", "Anne Roux", True),
        (
            "À leur arrivée, les rescapés ont été accueillis par le maire, Paul Roux.",
            "fr",
            "Paul Roux",
            True,
        ),
        ("The crew was greeted by Mayor Tom Ashe on the quay.", "en", "Tom Ashe", True),
        # taking the floor, putting a text before a body in session
        ("19h05 – Le député Hugo Mercier prend la parole.", "fr", "Hugo Mercier", True),
        ("Nina Cole took the floor after the vote.", "en", "Nina Cole", True),
        (
            "Nina Cole presented the new timetable to the board on Monday.",
            "en",
            "Nina Cole",
            True,
        ),
        (
            "Hugo Mercier a présenté le projet devant le conseil municipal.",
            "fr",
            "Hugo Mercier",
            True,
        ),
        # visiting a site named by a common noun, or not yet, or not
        ("Nina Cole visited the depot on Friday morning.", "en", "Nina Cole", True),
        ("Nina Cole, who has yet to visit the depot, wrote to staff.", "en", "Nina Cole", False),
        ("Nina Cole has not visited the scene.", "en", "Nina Cole", False),
    ],
)
def test_arriving_on_site_and_missing_for_a_cause(text, lang, who, present):
    (said,) = claims(text, "attendees", lang)
    assert (said.value["who"], said.value["present"]) == (who, present)


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Le colonel Pierre Amiel, qui n'assistait pas à la réunion, a réagi par écrit.",
            "fr",
            "Pierre Amiel",
        ),
        ("La ministre Sylvie Garnier ne s'y rendra pas.", "fr", "Sylvie Garnier"),
        ("Le maire, Luc Perrin, ne s'est finalement pas déplacé.", "fr", "Luc Perrin"),
        ("La députée Inès Moreau n'est pas venue.", "fr", "Inès Moreau"),
        ("La ministre Anne Roux ne sera pas présente jeudi.", "fr", "Anne Roux"),
        ("La préfète Anne Colas n'a pas pu se rendre à Vannes.", "fr", "Anne Colas"),
        ("Le député Paul Mercier n'a pas pu se joindre à la délégation.", "fr", "Paul Mercier"),
        ("La sénatrice Anne Roux ne s'est pas jointe au cortège.", "fr", "Anne Roux"),
        ("Mayor Dan Hollis, who had not attended the hearing, spoke later.", "en", "Dan Hollis"),
        ("Senator Ruth Okafor won't travel to Geneva.", "en", "Ruth Okafor"),
    ],
)
def test_a_presence_verb_under_negation_in_any_tense_is_an_absence(text, lang, who):
    (said,) = claims(text, "attendees", lang)
    assert (said.value["who"], said.value["present"]) == (who, False)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire Luc Perrin n'a pas rendu les clés de la salle.",
        "Le maire Luc Perrin ne s'est pas rendu compte de l'erreur.",
        "Le maire Luc Perrin ne rend pas les armes.",
        # the passive of "rendre": delivered, not gone
        "Le maire Luc Perrin n'est pas rendu responsable de l'erreur.",
    ],
)
def test_giving_back_and_realising_are_not_going_there(text):
    assert claims(text, "attendees") == []


def test_a_fronted_at_his_side_lists_who_was_there():
    found = claims(
        "À ses côtés, la directrice du centre, Isabelle Fabre, et le colonel Pierre Amiel.",
        "attendees",
    )
    assert {(c.value["who"], c.value["present"]) for c in found} == {
        ("Isabelle Fabre", True),
        ("Pierre Amiel", True),
    }


def test_a_missed_target_is_no_absence():
    assert not claims(
        "Striker Tom Reed missed the target twice in the first half.", "attendees", "en"
    )


def test_a_decision_welcomed_by_a_group_names_no_one_present():
    assert not claims(
        "La décision a été accueillie par les syndicats avec soulagement.", "attendees"
    )


def test_leading_what_is_no_gathering_is_no_presence():
    assert not claims("Senator Ann Lee led the charge against the bill.", "attendees", "en")


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "The minister toured Kendal on Monday accompanied by councillor Ann Pike, as "
            "volunteers cleared mud from the homes flooded by Storm Darragh.",
            "en",
            ["Ann Pike"],
        ),
        (
            "Le ministre a visité Quimper lundi en présence de la maire, Anne Piquet, alors "
            "que les bénévoles évacuaient la boue laissée par la tempête Ciarán.",
            "fr",
            ["Anne Piquet"],
        ),
    ],
)
def test_a_list_of_attendees_ends_with_its_clause(text, lang, who):
    """The names after a cue of presence stop where a comma opens another clause."""
    assert [c.value["who"] for c in claims(text, "attendees", lang)] == who


def test_attendance_of_an_office_without_a_name():
    (fr_claim,) = claims(
        "Les États-Unis étaient représentés par leur ambassadeur, le secrétaire "
        "américain à la Défense n'ayant pas fait le voyage.",
        "attendees",
    )
    (en_claim,) = claims("The U.S. defense secretary attended in person.", "attendees", "en")
    assert fr_claim.value["present"] is False and en_claim.value["present"] is True
    assert fr_claim.value["who_key"] == en_claim.value["who_key"] == "title:minister:defense:US"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # after a verb of saying, "à" brings the one spoken to: an outlet, a person
        ("« Nous tiendrons », a déclaré à l'APA Jean Rouault, le directeur.", []),
        ("Il a confié au Parisien que la grève continuerait.", []),
        ("Le ministère a indiqué à Reuters que la grève continuerait.", []),
        # unless it is a town: then it says where
        ("Le maire a déclaré à Lyon que le projet avançait.", ["Lyon"]),
        ("The mayor said to the BBC that the road would reopen.", []),
    ],
)
def test_the_one_spoken_to_is_no_place(text, places):
    lang = "en" if text.startswith("The") else "fr"
    assert [c.value["place"] for c in claims(text, "location", lang)] == places


@pytest.mark.parametrize(
    ("text", "place", "venue", "town"),
    [
        (
            "The carrier said its Leeds depot would close.",
            "Leeds depot",
            "depot",
            "Leeds",
        ),
        ("The fire started in their Bolton flat.", "Bolton flat", "flat", "Bolton"),
        # an industrial plant is the French "usine": one kind in both languages
        ("Unions signed the deal at its Tarbes plant.", "Tarbes plant", "usine", "Tarbes"),
    ],
)
def test_an_english_building_named_by_its_town_before_it(text, place, venue, town):
    (found,) = claims(text, "location", "en")
    assert (found.value["place"], found.value["venue"], found.value["town"]) == (place, venue, town)


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        ("Unions signed the deal on Thursday at its Tarbes plant.", 0),
        ("Unions signed the deal on Thursday at its Pau plant.", 1),
    ],
)
def test_a_plant_and_an_usine_of_one_town_are_one_place(tmp_path, english, flagged):
    report = run_two(
        tmp_path, "Les syndicats de l'usine de Tarbes ont signé l'accord jeudi.", english
    )
    places = [f for f in report.findings if f.kind == "location" and f.severity != "info"]
    assert len(places) == flagged


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "La coulée a atteint le hameau de Praz-de-Fort, au-dessus du village.",
            "fr",
            "Praz-de-Fort",
        ),
        ("The flow reached the hamlet of La Fouly early on Sunday.", "en", "La Fouly"),
    ],
)
def test_a_hamlet_is_a_place_noun(text, lang, place):
    assert [c.value["place"] for c in claims(text, "location", lang)][:1] == [place]


@pytest.mark.parametrize(
    ("text", "lang", "venue", "town"),
    [
        ("The final was played at the Stade Jean-Bouin in Bourges.", "en", "stade", "Bourges"),
        ("Le match s'est joué au Stadium Lille Métropole à Villeneuve-d'Ascq.", "fr", "stade",
         "Villeneuve-d'Ascq"),
        ("He was flown to the hospital of Dijon overnight.", "en", "hopital", "Dijon"),
    ],
)  # fmt: skip
def test_a_named_venue_has_its_kind_and_town_in_one_language(text, lang, venue, town):
    (found,) = [c for c in claims(text, "location", lang) if c.value["venue"]]
    assert (found.value["venue"], found.value["town"]) == (venue, town)


def test_event_places_and_venues():
    (place,) = claims(
        "L'accident s'est produit vers 5 h 30, à hauteur de Montélimar.",
        "location",
        "fr",
        date(2025, 8, 23),
    )
    assert place.value["place"] == "Montélimar" and place.value["event_site"]
    (court,) = claims("Il a été condamné jeudi par le tribunal correctionnel de Lille.", "location")
    assert court.value["venue"] == "tribunal correctionnel" and court.value["town"] == "Lille"
    # a venue's own name may be hyphenated
    (ground,) = claims("La finale s'est disputée au stade Jean-Bouin de Bourges.", "location")
    assert ground.value["place"] == "stade Jean-Bouin de Bourges"
    assert ground.value["venue"] == "stade" and ground.value["town"] == "Bourges"
    places = {
        c.value["place"]: c.value
        for c in claims(
            "Le drame s'est produit dans le secteur des Grands Montets, à Argentière, "
            "sur la commune de Chamonix-Mont-Blanc.",
            "location",
        )
    }
    assert "Argentière" in places["Grands Montets"]["within"]


def test_quote_speaker_and_polarity():
    (quote,) = claims(
        "« Nous n'avions jamais vu la Lergue monter aussi vite », a déclaré le maire "
        "de Lodève, Jean-Marc Aubert.",
        "other",
    )
    assert quote.value["speaker"] == "Jean-Marc Aubert"
    (vote,) = claims(
        "Réunis mercredi, les dockers ont accepté la proposition de la direction.", "other"
    )
    assert (vote.value["polarity"], vote.value["actor"]) == ("accept", "docker")
    (refusal,) = claims("Les dockers n'ont pas accepté la proposition.", "other")
    assert refusal.value["polarity"] == "reject"


@pytest.mark.parametrize(
    ("text", "lang", "polarity", "actor", "patient"),
    [
        (
            "The motion on parking charges, tabled by two councillors, was rejected.",
            "en",
            "reject",
            None,
            "motion",
        ),
        (
            "La motion sur le stationnement a, elle aussi, été adoptée.",
            "fr",
            "accept",
            None,
            "motion",
        ),
        (
            "The budget was approved by councillors on Monday.",
            "en",
            "accept",
            "councillor",
            "budget",
        ),
        # a negated passive: the answer turned, the subject still what was decided
        ("The motion on parking charges was not approved.", "en", "reject", None, "motion"),
        ("La motion sur le stationnement n'a pas été approuvée.", "fr", "reject", None, "motion"),
    ],
)
def test_a_passive_decision_is_of_its_subject(text, lang, polarity, actor, patient):
    (decided,) = [c for c in claims(text, "other", lang) if c.value.get("type") == "polarity"]
    assert (decided.value["polarity"], decided.value["actor"]) == (polarity, actor)
    assert patient in decided.value["patient"]


def test_sub_prefect_and_corporate_officers_are_distinct_offices():
    (a,) = claims("La sous-préfète de Narbonne, Nathalie Brun, a ordonné l'évacuation.", "role")
    (b,) = claims("La préfète de l'Aude, Nathalie Brun, a ordonné l'évacuation.", "role")
    assert (a.value["rank"], b.value["rank"]) == ("subprefect", "prefect")
    (coo,) = claims(
        "Aerlinn's chief operating officer Siobhán Keane said the crew acted well.", "role", "en"
    )
    assert coo.value["rank"] == "coo"


@pytest.mark.parametrize(
    ("text", "lang", "person", "category", "rank"),
    [
        # a manager of a workplace is a job; of a team (named, or bare) a coach
        (
            "Mark Ellery, the warehouse manager, said no one was hurt.",
            "en",
            "Mark Ellery",
            "open",
            "manager",
        ),
        (
            "Mark Ellery, a project manager at the firm, said no one was hurt.",
            "en",
            "Mark Ellery",
            "open",
            "manager",
        ),
        ("Burnley manager Mark Ellery praised his players.", "en", "Mark Ellery", "sport", "coach"),
        ("The manager, Mark Ellery, praised his players.", "en", "Mark Ellery", "sport", "coach"),
        # a job in apposition before a relative clause
        (
            "The wreck was spotted by Iona Reid, a retired fisheries inspector who walks"
            " the shore every morning.",
            "en",
            "Iona Reid",
            "open",
            "inspector",
        ),
        (
            "L'épave a été repérée par Iona Reid, une infirmière qui promenait son chien.",
            "fr",
            "Iona Reid",
            "open",
            "infirmier",
        ),
    ],
)
def test_jobs_of_people_outside_politics(text, lang, person, category, rank):
    (role,) = claims(text, "role", lang)
    assert (role.value["person"], role.value["category"], role.value["rank"]) == (
        person,
        category,
        rank,
    )


@pytest.mark.parametrize(
    ("text", "rank", "title"),
    [
        # a former office's marker is of the title, not its head noun
        (
            "Odile Sarre, ancienne trésorière du club, a été entendue.",
            "tresorier",
            "ancienne trésorière du club",
        ),
        (
            "Odile Sarre, ex-directrice juridique du groupe, a été entendue.",
            "directeur",
            "ex-directrice juridique du groupe",
        ),
        ("Odile Sarre, ancienne adjointe à la culture, a été entendue.", "adjoint", None),
    ],
)
def test_a_former_office_is_read_by_its_head_noun(text, rank, title):
    (role,) = claims(text, "role")
    assert (role.value["rank"], role.value["past"]) == (rank, True)
    assert title is None or role.value["title"] == title


@pytest.mark.parametrize(
    ("text", "category", "rank"),
    [
        # a body's secretary, named by a possessive, is its officer
        (
            "We spoke to the group's secretary, Iona Reid, after the hearing.",
            "corporate",
            "secretary",
        ),
        ("The union's secretary Iona Reid said so.", "corporate", "secretary"),
        # a government's has a portfolio, or stands bare before the name
        ("Home Secretary Iona Reid said so.", "government", "minister"),
        ("Secretary Iona Reid said so.", "government", "minister"),
    ],
)
def test_a_bodys_secretary_is_no_minister(text, category, rank):
    (role,) = claims(text, "role", "en")
    assert (role.value["category"], role.value["rank"]) == (category, rank)


def test_a_governor_in_french_is_the_english_governor():
    (fr_role,) = claims(
        "Le gouverneur de la province de Namur, Luc Drion, a visité Dinant.", "role"
    )
    (en_role,) = claims("Namur governor Luc Drion visited Dinant on Monday.", "role", "en")
    assert fr_role.value["rank"] == en_role.value["rank"] == "prefect"


def test_station_venues_of_one_kind():
    found = claims("Le train a déraillé entre les gares de Valdahon et d'Avoudrey.", "location")
    assert {c.value["venue"] for c in found if c.value.get("venue")} == {"gare"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the title after the cue is found with the cue's own preposition
        (
            "La cérémonie s'est tenue en l'absence de la maire de Lannion, Odile Kerlan, "
            "retenue à Rennes.",
            "fr",
        ),
        (
            "The deputy mayor, Odile Kerlan, was not part of the minister's tour, having "
            "stayed at the town hall.",
            "en",
        ),
    ],
)
def test_absence_of_a_person_named_after_their_office(text, lang):
    assert [(c.value["who"], c.value["present"]) for c in claims(text, "attendees", lang)] == [
        ("Odile Kerlan", False)
    ]


def test_absence_after_sans_names_a_person_only():
    found = claims(
        "La réunion s'est tenue sans le ministre de l'Intérieur, Laurent Vidal.", "attendees"
    )
    assert [(c.value["who"], c.value["present"]) for c in found] == [("Laurent Vidal", False)]
    assert claims("Le groupe skiait sans guide dans le couloir.", "attendees") == []


def test_possessive_apposition_binds_the_title_to_the_name_before_it():
    from conftest import claims

    found = {
        (c.value["person"], c.value["rank"])
        for text in (
            "“We were betrayed,” said Keith Donnelly, the food bank's chief operating officer.",
            "Anna Berg, Volvo's chief executive, said the plant would stay open.",
            "Anna Berg, its chief financial officer, declined to comment.",
        )
        for c in claims(text, "role", "en")
    }
    assert found == {("Keith Donnelly", "coo"), ("Anna Berg", "ceo"), ("Anna Berg", "cfo")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Arnaud Peyrac, the Var prefect, said the fire was contained.",
            ("Arnaud Peyrac", "prefect"),
        ),
        ("Anne Hidalgo, the Paris mayor, opened the session.", ("Anne Hidalgo", "mayor")),
        ("Anne Hidalgo, the local mayor, opened the session.", ("Anne Hidalgo", "mayor")),
    ],
)
def test_an_english_apposition_with_the_title_after_its_place(text, found):
    assert [(c.value["person"], c.value["rank"]) for c in claims(text, "role", "en")] == [found]


def test_a_relative_clause_between_a_name_and_a_title_binds_nothing():
    assert claims("They met Tom Hale, whom the county prefect had arrested.", "role", "en") == []


def test_each_title_goes_to_its_own_person_in_an_enumeration():
    from conftest import claims

    fr = {
        c.value["person"]: c.value["rank"]
        for c in claims(
            "Étaient présents le maire de Lyon Grégory Doucet, la préfète Fabienne Buccio et "
            "le président de la région Laurent Wauquiez.",
            "role",
        )
    }
    assert fr["Grégory Doucet"] != fr["Laurent Wauquiez"]
    assert fr["Fabienne Buccio"] not in (fr["Grégory Doucet"], fr["Laurent Wauquiez"])
    en = {
        c.value["person"]: c.value["rank"]
        for c in claims(
            "The talks were attended by Mayor Sadiq Khan, Transport Secretary Louise Haigh "
            "and Andy Lord, accompanied by Chancellor Rachel Reeves.",
            "role",
            "en",
        )
    }
    assert "Andy Lord" not in en  # no title of his own: not his neighbours'
    assert en["Sadiq Khan"] != en["Louise Haigh"] != en["Rachel Reeves"]


@pytest.mark.parametrize(
    ("text", "lang", "person", "rank"),
    [
        # ranks the title rules name but the finders' own lists lacked
        ("County manager Ruth Okafor praised the rescue crews.", "en", "Ruth Okafor", "coach"),
        ("Gironde sub-prefect Luc Ferrand visited the dyke.", "en", "Luc Ferrand", "subprefect"),
        (
            "Veteran legislator Hugo Brandt voted against the bill.",
            "en",
            "Hugo Brandt",
            "legislator",
        ),
    ],
)
def test_every_rank_the_rules_name_is_found(text, lang, person, rank):
    """The title finders look for every rank canonical_title names (one table)."""
    found = claims(text, "role", lang)
    assert [(c.value["person"], c.value["rank"]) for c in found] == [(person, rank)]


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        ("La ministre de la Santé, Claire Morvan, s'est rendue à l'hôpital mardi.", "fr", True),
        ("Health Secretary Tom Irwin cancelled a visit to the hospital on Tuesday.", "en", False),
        ("Health Secretary Tom Irwin went to the scene on Tuesday morning.", "en", True),
    ],
)
def test_going_there_or_calling_off_a_visit_is_presence(text, lang, present):
    (claim,) = claims(text, "attendees", lang)
    assert claim.value["present"] is present


def test_a_possessive_is_no_part_of_the_name_and_a_job_no_preposition():
    """In "in author Mira Castell's series", the author is Mira Castell, and the job before
    her name is "author", not "book in author"."""
    found = claims("It is the second book in author Mira Castell's series.", "role", "en")
    assert [(c.value["person"], c.value["title"]) for c in found] == [("Mira Castell", "author")]


def test_a_title_after_a_name_cut_from_a_long_title_is_still_read():
    """In "Minister of Energy Lars Vinje and Finance Minister Anne Lutz": the first title's
    match runs on past the name into "Finance"; the second is still read whole."""
    found = claims(
        "Minister of Energy Lars Vinje and Finance Minister Anne Lutz met.", "role", "en"
    )
    assert [(c.value["person"], c.value["portfolio"]) for c in found] == [
        ("Lars Vinje", "energy"),
        ("Anne Lutz", "economy"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A former European Commission official has been sentenced to two years in prison.",
        "The Federal Reserve Bank said on Tuesday that rates would stay on hold.",
    ],
)
def test_an_english_organisation_named_head_last_is_not_a_person(text):
    from factdiff.extract.mentions import find_mentions
    from factdiff.extract.roles import is_person

    mentions = find_mentions(text, "en")
    assert mentions and not any(is_person(m) for m in mentions)


def test_a_person_beside_an_organisation_is_still_a_person():
    from factdiff.extract.mentions import find_mentions
    from factdiff.extract.roles import is_person

    found = find_mentions("Jane Holloway said the Supreme Court would rule in May.", "en")
    assert [m.text for m in found if is_person(m)] == ["Jane Holloway"]


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        # an operator named by its company's name: no person, no title
        (
            "Selon l'opérateur Réunion Énergie Distribution, 65 000 foyers restent sans courant.",
            "fr",
            [],
        ),
        ("The regulator Northern Grid Authority fined the operator on Monday.", "en", []),
        # a run of names opening on a first name, of any language's, is a person's
        ("Selon l'ingénieure Priya Anand, le réseau tiendra.", "fr", ["Priya Anand"]),
        ("The geologist Sven Aaltonen led the survey.", "en", ["Sven Aaltonen"]),
        ("The engineer J. R. Holloway signed the report.", "en", ["J. R. Holloway"]),
    ],
)
def test_a_name_that_opens_on_no_first_name_is_no_persons(text, lang, people):
    assert [c.value["person"] for c in claims(text, "role", lang)] == people


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # a fronted adjective of presence is said of the subject after it
        (
            "Présent lors du prononcé du jugement, vêtu d'un costume sombre, Gérald "
            "Ferrandier a écouté la présidente du tribunal.",
            "fr",
            [("Gérald Ferrandier", True)],
        ),
        (
            "Présente à la cérémonie, la ministre Anne Roux a salué les secouristes.",
            "fr",
            [("Anne Roux", True)],
        ),
        ("Present at the sentencing, Mark Jones showed no emotion.", "en", [("Mark Jones", True)]),
        # the subject is a thing: the person named later in the clause did not attend
        (
            "Présent au Salon de l'auto, le constructeur a dévoilé un modèle conçu par Marc "
            "Dupuis.",
            "fr",
            [],
        ),
        # a pronoun subject with no antecedent given: nobody
        ("Absent lors du prononcé du jugement, il était représenté par son avocate.", "fr", []),
        # an absence whose person is named in apposition to a description
        (
            "En l'absence de l'adjoint aux sports, Yannick Tanguy, excusé pour raisons "
            "familiales, c'est la directrice des services qui a présenté le dossier.",
            "fr",
            [("Yannick Tanguy", False)],
        ),
        # coming for the occasion is being there; "venu du privé" is a career
        (
            "Le ministre Rémi Castel, venu de Paris pour l'occasion, a pris la parole.",
            "fr",
            [("Rémi Castel", True)],
        ),
        ("Rémi Castel, venu du privé en 2019, dirige la régie.", "fr", []),
        # the idioms of a noticed absence
        (
            "L'ancien maire Normand Gallant a brillé par son absence lors de la soirée.",
            "fr",
            [("Normand Gallant", False)],
        ),
        ("Senator Joan Avery was conspicuous by her absence.", "en", [("Joan Avery", False)]),
        # at someone's side, the subject inverted
        ("At her side was former mayor Normand Gallant.", "en", [("Normand Gallant", True)]),
        ("À ses côtés se trouvait le ministre Paul Lenoir.", "fr", [("Paul Lenoir", True)]),
        # "without" a few words describing the person named; the list ends at ", with"
        (
            "The Wanderers coped without their suspended captain Ryan Keogh, with Harry Lam "
            "partnering Marcus Olsen.",
            "en",
            [("Ryan Keogh", False)],
        ),
        ("The council approved the plan without consulting mayor John Smith.", "en", []),
        ("Le conseil a voté sans prévenir le maire Jean Roux.", "fr", []),
        ("La réunion s'est tenue sans l'aide de Marie Dupont.", "fr", []),
        # an apposition of presence at a place the elided article brings
        (
            "Yves Marchal, présent à l'inauguration, a salué les bénévoles.",
            "fr",
            [("Yves Marchal", True)],
        ),
        # on stage with others
        (
            "Health secretary Nora Pike joined nurses from three hospitals on stage.",
            "en",
            [("Nora Pike", True)],
        ),
        ("Nora Pike joined the hospital trust in 2019.", "en", []),
        # an absence told in a relative clause of the person named before it
        (
            "Marie Roux, en l'absence de laquelle le conseil a voté, a protesté.",
            "fr",
            [("Marie Roux", False)],
        ),
        (
            "Mayor Tom Hale, in whose absence the vote went ahead, protested.",
            "en",
            [("Tom Hale", False)],
        ),
    ],
)
def test_presence_said_by_a_fronted_adjective_an_apposition_or_coming(text, lang, found):
    assert [(c.value["who"], c.value["present"]) for c in claims(text, "attendees", lang)] == found


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "La ministre des Sports, Hélène Brac, a remis les médailles aux lauréates.",
            "fr",
            "Hélène Brac",
        ),
        (
            "League chairman Paul Everett presented the trophy to the home captain.",
            "en",
            "Paul Everett",
        ),
        ("Le maire, Denis Roussel, a présidé la séance jusqu'à 23 heures.", "fr", "Denis Roussel"),
        ("Senator Amina Shah chaired the hearing on Monday evening.", "en", "Amina Shah"),
        (
            "La préfète, Anne Lemaire, a coupé le ruban devant la nouvelle gare.",
            "fr",
            "Anne Lemaire",
        ),
    ],
)
def test_a_ceremonys_acts_are_presence(text, lang, who):
    (claim,) = claims(text, "attendees", lang)
    assert (claim.value["who"], claim.value["present"]) == (who, True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le directeur, Paul Morin, a remis sa démission au conseil.", "fr"),
        ("L'inspectrice Jeanne Coste a remis un rapport au ministre.", "fr"),
    ],
)
def test_handing_in_a_resignation_or_a_report_is_no_presence(text, lang):
    assert not [c for c in claims(text, "attendees", lang) if c.value["present"]]


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Finance director Laura Penn told investors on a webcast that margins would recover.",
            "en",
            "Laura Penn",
        ),
        (
            "Mayor Dana Whitfield addressed the emergency meeting at the town hall.",
            "en",
            "Dana Whitfield",
        ),
        (
            "La ministre, Claire Antoine, a pris la parole lors de la réunion des maires.",
            "fr",
            "Claire Antoine",
        ),
    ],
)
def test_speaking_at_a_gathering_is_presence(text, lang, who):
    (claim,) = claims(text, "attendees", lang)
    assert (claim.value["who"], claim.value["present"]) == (who, True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # told in writing or by a spokesman: no gathering
        ("Chief executive Laura Penn told investors in a letter that margins would recover.", "en"),
        (
            "La ministre, Claire Antoine, a déclaré dans un communiqué qu'elle soutenait le "
            "projet.",
            "fr",
        ),
    ],
)
def test_speaking_in_writing_is_no_presence(text, lang):
    assert not [c for c in claims(text, "attendees", lang) if c.value["present"]]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one head of a function, in French and in English
        ("La directrice générale des élections", "chief electoral officer", False),
        # a firm's chief executive is not the head of its services
        ("directeur général des services", "chief executive", True),
        # "du groupe" is the firm: its chief executive
        ("directrice générale du groupe", "chief executive", False),
        # the opposition's leader is in no government; a party's leader may head one
        ("cheffe de l'opposition officielle", "Premier", True),
        ("Leader of the Opposition", "ministre de la Santé", True),
        ("Liberal leader", "Prime Minister", False),
        ("opposition leader", "party leader", False),
        # a team's captain plays, its coach does not; a captain plays a position
        ("le capitaine", "l'entraîneur", True),
        ("captain", "head coach", True),
        ("le capitaine", "l'ailier", False),
        # a European commissioner is no minister of a state
        ("la commissaire européenne", "ministre de la Santé", True),
    ],
)
def test_titles_one_person_cannot_hold_together(a, b, conflict):
    from factdiff.lexicon.titles import canonical_title, titles_conflict

    assert titles_conflict(canonical_title(a), canonical_title(b)) == conflict


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a job no list names, set before the name with a comma, with what it is "à"
        (
            "Selon l'adjointe aux sports, Marie Roux, le stade sera prêt.",
            [("Marie Roux", "adjointe aux sports")],
        ),
        # a clause after the name is no apposition
        ("Pour Marie Roux, le stade est prêt.", []),
    ],
)
def test_a_french_job_before_the_name_and_a_clause_after_it(text, found):
    assert [(c.value["person"], c.value["title"]) for c in claims(text, "role", "fr")] == found


def test_a_rep_without_its_period_is_no_representative():
    """An abbreviated "Rep." is a legislator; a singer's "rep" is their agent, and a
    country's representative at a court is its envoy, no legislator."""
    assert not claims("The singer's rep Ada Lowe declined to comment.", "role", "en")
    found = claims("Ada Lowe, Chile's representative at The Hague, spoke.", "role", "en")
    assert found and all(c.value["category"] != "parliament" for c in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name and a surname after "de" are a name of their own
        ("Victoire de Nadia Ferreira à Lisbonne !", ["Nadia Ferreira"]),
        # a particle before a surname stays in the name
        ("Le général Charles de Gaulle est arrivé à Londres.", ["Charles de Gaulle"]),
        ("Jean de La Fontaine a écrit ses fables à Paris.", ["Jean de La Fontaine"]),
    ],
)
def test_a_given_name_after_de_opens_another_name(text, names):
    from factdiff.extract.mentions import find_mentions

    found = [m.text for m in find_mentions(text, "fr")]
    assert [n for n in names if n in found] == names
    assert "Victoire de Nadia Ferreira" not in found


@pytest.mark.parametrize(
    ("text", "lang", "who", "present"),
    [
        ("La sénatrice Anne Roux a pris part aux discussions mardi.", "fr", "Anne Roux", True),
        ("Le député Marc Fayolle n'a pas pris part au vote.", "fr", "Marc Fayolle", False),
        ("Union leader Dale Hume joined the talks on Tuesday evening.", "en", "Dale Hume", True),
        (
            "La maire, Claire Vidal, a rejoint la réunion en fin de soirée.",
            "fr",
            "Claire Vidal",
            True,
        ),
    ],
)
def test_taking_part_and_joining_a_gathering_are_presence(text, lang, who, present):
    (said,) = claims(text, "attendees", lang)
    assert (said.value["who"], said.value["present"]) == (who, present)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Union leader Dale Hume joined Monday's emergency meeting by phone.", "en"),
        ("Senator Ruth Okafor attended the hearing remotely.", "en"),
        ("La maire, Claire Vidal, a participé à la réunion par visioconférence.", "fr"),
        # a career, not a gathering
        ("Dale Hume joined the company in 2019.", "en"),
        ("Claire Vidal a rejoint le gouvernement en 2024.", "fr"),
    ],
)
def test_taking_part_from_afar_or_joining_a_firm_is_no_presence(text, lang):
    assert claims(text, "attendees", lang) == []


@pytest.mark.parametrize(
    ("text", "person", "rank", "portfolio"),
    [
        # a union's "general secretary" is its secretary-general, no army's general
        (
            "Dana Whitfield, the union's general secretary, called for a national audit.",
            "Dana Whitfield",
            "secretary_general",
            None,
        ),
        # a firm's vice-president of a function presides no state
        (
            "The plan was set out by Owen Marsh, vice-president of sales, on Monday.",
            "Owen Marsh",
            "vice_president",
            "sales",
        ),
        # a common noun's possessive before a bare "president" names a body, no state
        (
            "Nora Valdes, the agency's president, told reporters the work would resume.",
            "Nora Valdes",
            "president",
            "agency",
        ),
        (
            "Ruben Araya, the country's president, told reporters the work would resume.",
            "Ruben Araya",
            "head_of_state",
            None,
        ),
        # a job and its complement right before the name
        (
            "Director of football Ines Marlow said the fee was fair.",
            "Ines Marlow",
            "director",
            None,
        ),
        # a capitalised preposition opening the sentence is no part of the name
        (
            "For Maya Lindqvist, the charity's chief executive, the ruling is a relief.",
            "Maya Lindqvist",
            "ceo",
            None,
        ),
    ],
)
def test_titles_after_a_name_in_english(text, person, rank, portfolio):
    found = [c.value for c in claims(text, "role", "en")]
    assert [(v["person"], v["rank"], v.get("portfolio")) for v in found] == [
        (person, rank, portfolio)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "person", "rank"),
    [
        (
            "Mark Devlin, who stepped down as chief executive in 2023, praised the plan.",
            "en",
            "Mark Devlin",
            "ceo",
        ),
        ("Mark Devlin resigned as mayor of Leeds last year.", "en", "Mark Devlin", "mayor"),
        (
            "Hamish Doig, who stepped down as head of the department in 2023, said so.",
            "en",
            "Hamish Doig",
            "head",
        ),
        (
            "Paul Garnier, qui a démissionné de son poste de directeur général en 2023, a "
            "salué le projet.",
            "fr",
            "Paul Garnier",
            "ceo",
        ),
        (
            "Paul Garnier a quitté ses fonctions de maire de Dole en 2023.",
            "fr",
            "Paul Garnier",
            "mayor",
        ),
    ],
)
def test_an_office_a_verb_of_quitting_ends_is_past(text, lang, person, rank):
    """ "stepped down as", "resigned as", "a démissionné de son poste de", "a quitté ses
    fonctions de": the office after the verb of quitting is one the person has left."""
    found = claims(text, "role", lang)
    assert [
        (c.value["person"], c.value["rank"], c.value["past"], c.value.get("ended")) for c in found
    ] == [(person, rank, True, True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one quits a race, a party or a country, no office
        ("Mark Devlin quit the race after the first debate.", "en"),
        ("Mark Devlin, who retired as a keen amateur boxer, praised the plan.", "en"),
        ("Paul Garnier a quitté la salle avant le vote.", "fr"),
    ],
)
def test_quitting_something_that_is_no_office_gives_no_role(text, lang):
    assert claims(text, "role", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the passive of a ceremony's acts: its agent did it, there
        ("The trophy was handed over by club president Mark Dunn.", "en", [("Mark Dunn", True)]),
        (
            "Le ruban a été coupé à midi par la préfète, Anne Lemaire, et par le maire, Paul Roux.",
            "fr",
            [("Anne Lemaire", True), ("Paul Roux", True)],
        ),
        # a resignation handed in by someone is no ceremony
        ("Sa démission a été remise lundi par son avocat, Paul Roux.", "fr", []),
        # a fronted adjective of absence with the day it was so
        (
            "Absente samedi, retenue à Lyon par un congrès, la maire avait envoyé son adjoint.",
            "fr",
            [("la maire", False)],
        ),
        ("Absent on Friday, Mayor Tom Hale sent a message.", "en", [("Tom Hale", False)]),
    ],
)
def test_a_ceremonys_act_in_the_passive_and_an_absence_with_its_day(text, lang, found):
    assert [(c.value["who"], c.value["present"]) for c in claims(text, "attendees", lang)] == found


def test_an_attendee_holds_the_office_set_closest_before_the_name():
    found = claims(
        "La gare a été inaugurée en présence du maire, Paul Roux, et de la préfète, Anne Lemaire.",
        "attendees",
        "fr",
    )
    assert [(c.value["who"], c.value.get("office")) for c in found] == [
        ("Paul Roux", "title:mayor::"),
        ("Anne Lemaire", "title:prefect::"),
    ]
