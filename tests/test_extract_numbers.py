"""Numbers with their hedges and what they count."""

import pytest

from conftest import claims
from factdiff.extract.numbers import compatible


def _one(text, lang="fr"):
    found = claims(text, "number", lang)
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize(
    ("text", "lang", "value", "hedge", "key"),
    [
        ("L'attaque a causé la mort d'au moins 35 civils.", "fr", 35, "min", "DEAD"),
        ("Au moins quatre personnes ont été tuées dans l'accident.", "fr", 4, "min", "DEAD"),
        ("Le bilan fait état de trente-cinq morts.", "fr", 35, None, "DEAD"),
        ("Vingt-trois passagers blessés ont été transportés.", "fr", 23, None, "INJURED"),
        ("Trois autres sont toujours portées disparues.", "fr", 3, None, "MISSING"),
        ("Plus de 80 sapeurs-pompiers ont été mobilisés.", "fr", 80, "gt", "RESCUER"),
        ("Une trentaine de pays ont discuté d'une coalition.", "fr", 30, "approx", "COUNTRY"),
        ("Twelve people have been killed after an earthquake.", "en", 12, None, "DEAD"),
        ("The quake killed at least 12 people, officials said.", "en", 12, "min", "DEAD"),
        ("Three British skiers have died in an avalanche.", "en", 3, None, "DEAD"),
        ("The victims were part of a group of six friends.", "en", 6, None, "FRIEND"),
        ("The party won 17 seats in the legislature.", "en", 17, None, "SEAT"),
        # the votes cast are not the people who cast them
        ("Le texte a été adopté par 21 voix.", "fr", 21, None, "VOTE"),
        ("Le scrutin a réuni 36 votants.", "fr", 36, None, "VOTER"),
        ("The turnout was 5,400 voters.", "en", 5400, None, "VOTER"),
        # the people a firm employs are its workforce, whatever its clause says happened
        ("The plant, which employs 140 people, was evacuated.", "en", 140, None, "EMPLOYEE"),
        (
            "L'usine, qui emploie environ 140 personnes, a été évacuée.",
            "fr",
            140,
            "about",
            "EMPLOYEE",
        ),
        ("Police evacuated 140 people from the plant.", "en", 140, None, "EVACUATED"),
        # so are the people a firm takes on or lets go (FrameNet's Hiring and Firing)
        ("The mill will lay off 65 people by June.", "en", 65, None, "EMPLOYEE"),
        ("Le groupe va licencier 40 personnes à Dijon.", "fr", 40, None, "EMPLOYEE"),
        # a partitive pronoun counts what its clause tells, not "entre" or "them"
        ("Trois d'entre elles ont été blessées.", "fr", 3, None, "INJURED"),
        ("Quatre d'entre eux ont été emportés par la coulée.", "fr", 4, None, None),
        ("Four of them were swept away by the flow.", "en", 4, None, None),
    ],
)
def test_value_hedge_and_counted_thing(text, lang, value, hedge, key):
    v = _one(text, lang)
    assert (v["value"], v["hedge"], v["key"]) == (value, hedge, key)


def test_french_and_english_notation():
    assert _one("Le programme est doté de 1,2 milliard d'euros.")["value"] == 1.2e9
    assert _one("Ils étaient 79 804 spectateurs dans les tribunes.")["value"] == 79804
    assert _one("They pledged 1.5 billion euros to Ukraine.", "en")["value"] == 1.5e9
    assert _one("The institute said 1,940 homes had been damaged.", "en")["value"] == 1940


def test_magnitude_before_or_attached():
    assert (
        _one("The quake had a magnitude of 6.8 according to the USGS.", "en")["key"] == "MAGNITUDE"
    )
    assert _one("The 6.3-magnitude tremor hit at night.", "en")["key"] == "MAGNITUDE"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("A magnitude 6.1 earthquake struck the region on Monday.", "en"),
        ("A 5.8 earthquake hit the coast overnight.", "en"),
        ("The quake measured 6.4 on the Richter scale.", "en"),
        ("Un séisme de 6,3 a frappé la côte dans la nuit.", "fr"),
        ("La secousse a atteint 5,9 sur l'échelle de Richter.", "fr"),
    ],
)
def test_a_quake_size_is_its_magnitude_whatever_noun_follows(text, lang):
    assert _one(text, lang)["key"] == "MAGNITUDE"


def test_a_count_of_quakes_is_not_a_magnitude():
    assert _one("Two earthquakes hit the coast overnight.", "en")["key"] == "QUAKE"
    assert _one("Trois séismes ont frappé la région.")["key"] == "QUAKE"


def test_partitive_counts_the_predicate():
    assert _one("Huit des blessés sont en urgence absolue.")["key"] == "CRITICAL"


def test_scores_are_pairs():
    (c,) = claims("Les Rochelais se sont imposés 27-17 face à Castres.", "number")
    assert c.value["score"] == [27, 17]
    (c,) = claims(
        "Les Maritimes ont battu Castres Olympique 27 à 20, au terme d'un match.", "number"
    )
    assert c.value["score"] == [27, 20]


def test_years_codes_and_both_are_not_counts():
    assert claims("La laiterie a été fondée en 1952 à Loudéac.", "number") == []
    assert claims("L'autocar roulait sur l'A7 quand il s'est couché.", "number") == []
    assert claims("Les deux pays ont convenu de reprendre le dialogue.", "number") == []


@pytest.mark.parametrize(
    ("a", "b", "lang_a", "lang_b", "agree"),
    [
        ("au moins 35 civils ont été tués", "35 civils ont été tués", "fr", "fr", True),
        ("une cinquantaine de passagers", "48 passagers", "fr", "fr", True),
        ("près de 2 milliards d'euros", "1,9 milliard d'euros", "fr", "fr", True),
        ("nearly 2,000 homes", "1,940 homes", "en", "en", True),
        ("Plus d'un millier de dockers", "les 1 200 dockers", "fr", "fr", True),
        ("about 68 per cent", "67.8 per cent", "en", "en", True),
        ("neuf morts", "au moins 14 morts", "fr", "fr", False),
        ("six en urgence absolue", "huit en urgence absolue", "fr", "fr", False),
        # "about" covers what the figure's precision leaves open: a round figure 10 %,
        # one counted to the hundred 5 %, to the unit 2 %
        ("about 1,500 homes", "1,620 homes", "en", "en", True),
        ("approximately 18,400 packs", "some 14,800 packs", "en", "en", False),
        ("environ 13 760 véhicules", "14 500 véhicules", "fr", "fr", False),
        ("environ 13 760 véhicules", "13 900 véhicules", "fr", "fr", True),
        # a bound before an article and a number in words bounds it; elided "de" too
        ("more than a thousand coins", "1,427 coins", "en", "en", True),
        ("plus d'un millier de pièces", "1 427 pièces", "fr", "fr", True),
        ("moins d'une centaine de manifestants", "140 manifestants", "fr", "fr", False),
        ("at least a dozen animals", "three animals", "en", "en", False),
        # "over" before an article is no bound of the figure after it
        ("over a 10-year period", "12 years", "en", "en", False),
    ],
)
def test_hedged_ranges_agree_or_not(a, b, lang_a, lang_b, agree):
    va, vb = _one(a, lang_a), _one(b, lang_b)
    assert compatible(va, vb) is agree


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eleven people were taken to hospital after the coach overturned.", "en"),
        ("Four people were admitted to the hospital with burns.", "en"),
        ("Two passengers remain in hospital, the operator said.", "en"),
        ("Neuf personnes ont été transportées à l'hôpital de Vannes.", "fr"),
        ("Six personnes ont été conduites vers l'hôpital le plus proche.", "fr"),
    ],
)
def test_people_brought_to_hospital_are_injured(text, lang):
    assert _one(text, lang)["key"] == "INJURED"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Forty nurses at the hospital signed the letter.", "en"),
        ("Quarante infirmières de l'hôpital ont signé la lettre.", "fr"),
    ],
)
def test_people_at_a_hospital_are_not_its_casualties(text, lang):
    assert _one(text, lang)["key"] != "INJURED"


def test_qualified_injuries_are_their_own_count():
    assert _one("Deux blessés graves ont été évacués par hélicoptère.")["key"] == "CRITICAL"
    assert _one("Sept blessés ont été transportés à l'hôpital.")["key"] == "INJURED"


def test_currency_codes_and_french_billion():
    assert _one("The deal is worth USD 200 million, the company said.", "en")["unit"] == "DOLLAR"
    assert _one("La dette atteint 1 billion d'euros selon le rapport.")["value"] == 1e12


def test_an_approximate_noun_counts_the_scale_after_its_de():
    v = _one("La rénovation du stade coûtera une vingtaine de millions d'euros à la ville.")
    assert v["value"] == 20e6 and v["key"] == "EURO" and v["low"] < 20e6 < v["high"]


def test_a_place_size_is_not_a_count_of_the_story():
    assert _one("Cette commune de 12 000 habitants a voté contre le projet.")["frame"] == "capacity"
    assert _one("The city of some 40,000 people lies on the river.", "en")["frame"] == "capacity"
    assert "frame" not in _one("Quelque 400 habitants ont été évacués dimanche.")


def test_prison_term_parts():
    (total, part) = claims(
        "Il a été condamné à trois ans de prison, dont dix-huit mois avec sursis.", "number"
    )
    assert part.value["term"] == "suspended" and part.value["frame"] == "part"
    assert total.value["key"] == "YEAR" and "term" not in total.value


@pytest.mark.parametrize(
    ("text", "lang", "part", "key", "term"),
    [
        (
            "Il a été condamné à 30 mois de prison, dont la moitié avec sursis.",
            "fr",
            15,
            "MONTH",
            "suspended",
        ),
        (
            "Il a été condamné à 30 mois de prison, dont 12 avec sursis.",
            "fr",
            12,
            "MONTH",
            "suspended",
        ),
        ("Le car transportait 45 passagers, dont un tiers d'enfants.", "fr", 15, "PASSENGER", None),
        (
            "He was jailed for six years, half of which were suspended.",
            "en",
            3,
            "YEAR",
            "suspended",
        ),
        (
            "He got four years in prison, 18 months of which were suspended.",
            "en",
            18,
            "MONTH",
            "suspended",
        ),
        (
            "The ferry carried 300 passengers, two thirds of them tourists.",
            "en",
            200,
            "PASSENGER",
            None,
        ),
    ],
)
def test_a_part_of_the_figure_just_given(text, lang, part, key, term):
    """A part said by its share ("dont la moitié"), without its unit ("dont 12 avec
    sursis") or after the figure ("18 months of which") counts what the whole counts,
    and only the part is suspended."""
    whole, share = claims(text, "number", lang)
    assert (share.value["value"], share.value["key"], share.value["frame"]) == (part, key, "part")
    assert share.value.get("term") == term and "term" not in whole.value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Une femme de 54 ans a été emportée par le courant.", "AGE"),
        ("Un garçon de 8 ans a été blessé.", "AGE"),
        ("Il a été condamné à une peine de 5 ans.", "YEAR"),
        # a nationality is a capitalized noun in French: the person it names is 61
        ("Un Néerlandais de 61 ans a été secouru au large de Calais.", "AGE"),
        ("La victime, une Allemande de 23 ans, a été hospitalisée.", "AGE"),
        ("La Région a signé un contrat de 7 ans avec la SNCF.", "YEAR"),
        # an agent noun names a person, by its ending or as a job
        ("Une cycliste de 31 ans a été renversée à Tours.", "AGE"),
        ("Un skieur de 19 ans a été emporté par une coulée.", "AGE"),
        ("Une infirmière de 40 ans a témoigné à la barre.", "AGE"),
        # with an adjective between the noun and its age
        ("La skieuse blessée, âgée de 19 ans, a été évacuée.", "AGE"),
        # a delay is no one
        ("Le chantier a pris un retard de dix ans.", "YEAR"),
    ],
)
def test_a_person_of_n_years_is_an_age(text, key):
    assert _one(text, "fr")["key"] == key


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        ("Les deux blessés, âgés de 19 et 62 ans, ont été évacués.", "fr", ["AGE", "AGE"]),
        ("Deux hommes de 25 et 31 ans ont été interpellés mardi.", "fr", ["homm", "AGE", "AGE"]),
        ("The two victims, aged 19 and 62, were taken to hospital.", "en", ["AGE", "AGE"]),
        ("Les travaux dureront 3 et 4 ans selon les tronçons.", "fr", ["YEAR", "YEAR"]),
    ],
)
def test_listed_numbers_share_what_they_count(text, lang, keys):
    assert [c.value["key"] for c in claims(text, "number", lang)] == keys


def test_ages_written_the_english_ways():
    assert _one("A 45-year-old woman was swept away by the river.", "en")["key"] == "AGE"
    assert _one("The driver, Tom Hale, 52, was arrested at the scene.", "en")["key"] == "AGE"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Of the injured, four were taken to a hospital in Leeds.", "en"),
        ("Among the passengers, six were children.", "en"),
        ("Parmi les blessés, quatre ont été transportés au CHU de Rouen.", "fr"),
    ],
)
def test_a_partitive_opening_the_clause_counts_a_part(text, lang):
    assert _one(text, lang)["frame"] == "part"


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Operating profit climbed by about $4 million.", "change"),
        ("The gap narrowed by 3 points in a week.", "change"),
        # "by" after no word of change names who: the count is a level
        ("The final was watched by 4,612 spectators.", None),
        ("The march was joined by 300 farmers.", None),
    ],
)
def test_by_is_a_change_only_after_a_word_of_change(text, frame):
    assert _one(text, "en").get("frame") == frame


def test_a_word_in_ss_is_no_plural_head():
    # "business" ends in -s without being a plural: the head is the noun after it
    assert _one("She travelled with some 25 business leaders.", "en")["head"] == "leaders"


@pytest.mark.parametrize(
    ("text", "nine"),
    [
        ("Depuis janvier, neuf lits de l'unité sont fermés.", True),
        ("Neuf pièces de la collection ont été dérobées.", True),
        ("Le bilan fait état de neuf morts.", True),
        ("Un bâtiment neuf accueillera les patients.", False),
        ("Les locaux ont été remis à neuf cet été.", False),
        ("Ils ont emménagé dans un appartement neuf des années 2020.", False),
    ],
)
def test_french_neuf_is_nine_before_its_noun_and_new_after_one(text, nine):
    values = [c.value["value"] for c in claims(text, "number", "fr")]
    assert (9.0 in values) is nine, values


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ms Ford got 7,210 votes and Mr Hale 7,160, a margin of 50 votes.", "en"),
        ("Elle l'a emporté avec 50 voix d'avance sur son adversaire.", "fr"),
        ("The Greens now hold a 50-point lead in the polls.", "en"),
        ("Okafor won the final stage of the tour by 50 seconds on Sunday.", "en"),
        ("The home side beat Ashford by just 50 points in the decider.", "en"),
        # holding a seat is winning it; French wins "par"
        ("Ms Ford held her seat in Dunmore by just 50 votes.", "en"),
        ("Dans sa circonscription, elle l'a emporté par 50 voix seulement.", "fr"),
        # a lead over a rival in a contest's units
        ("Okafor won the stage, finishing 50 seconds clear of the chasing group.", "en"),
        ("The Kenyan finished 50 seconds ahead of her compatriot.", "en"),
        ("La Kényane a terminé avec 50 secondes devant sa compatriote.", "fr"),
    ],
)
def test_a_winning_margin_is_a_margin(text, lang):
    framed = {c.value["value"]: c.value.get("frame") for c in claims(text, "number", lang)}
    assert framed[50] == "margin"
    assert all(frame is None for value, frame in framed.items() if value != 50)


@pytest.mark.parametrize(
    ("text", "lang", "value", "key"),
    [
        ("Il a été condamné à un an et demi de prison avec sursis.", "fr", 1.5, "YEAR"),
        ("Il a écopé de deux ans et demi de prison.", "fr", 2.5, "YEAR"),
        ("He was given a year and a half in prison.", "en", 1.5, "YEAR"),
        ("He was sentenced to two and a half years.", "en", 2.5, "YEAR"),
    ],
)
def test_halves_in_words(text, lang, value, key):
    found = claims(text, "number", lang)
    assert [(c.value["value"], c.value["key"]) for c in found] == [(value, key)]


def test_eighteen_months_and_a_year_and_a_half_agree():
    from factdiff.compare.numbers import agree

    assert agree(
        _one("18 mois d'emprisonnement avec sursis", "fr"),
        _one("un an et demi de prison avec sursis", "fr"),
    )


@pytest.mark.parametrize(
    ("text", "value", "hedge", "key"),
    [
        ("The former CFO stole about $3.4 million from the charity.", 3.4e6, "about", "DOLLAR"),
        ("The fine came to nearly £2 million, the regulator said.", 2e6, "near", "POUND"),
        ("Brussels pledged at least €40 million to the port.", 4e7, "min", "EURO"),
    ],
)
def test_a_hedge_before_a_currency_sign_is_the_figure_s(text, value, hedge, key):
    v = _one(text, "en")
    assert (v["value"], v["hedge"], v["key"]) == (value, hedge, key)


def test_a_figure_with_a_letter_after_it_and_no_currency_is_not_millions():
    # "400m" without a currency sign is a distance (or a code), as before
    assert not [
        c
        for c in claims("She won the 400m final in Rome.", "number", "en")
        if c.value["value"] >= 1e6
    ]


def test_prose_money_and_its_rounded_restatement_agree():
    a = _one("Revenue for the year fell to £612m.", "en")
    b = _one("Revenue fell to £612.4 million.", "en")
    assert compatible(a, b)


@pytest.mark.parametrize(
    ("text", "lang", "per"),
    [
        ("It expects annual savings of £25m from 2027.", "en", "YEAR"),
        ("Daily output of 500 barrels was lost.", "en", "DAY"),
        ("Le budget annuel de 3 millions d'euros est voté.", "fr", "YEAR"),
        ("Une production quotidienne de 500 barils est perdue.", "fr", "DAY"),
        ("The annual meeting drew 300 people.", "en", None),
    ],
)
def test_a_rate_adjective_of_the_counted_noun_is_its_rate(text, lang, per):
    assert _one(text, lang)["per"] == per


@pytest.mark.parametrize(
    ("text", "lang", "per"),
    [
        ("The rig pumps 500 barrels of oil a day.", "en", "DAY"),
        ("Il touche 1 200 euros par mois.", "fr", "MONTH"),
        ("The coach was taking 41 passengers home from a day trip to Keswick.", "en", None),
        ("Les 40 salariés sont en grève depuis une semaine.", "fr", None),
    ],
)
def test_a_rate_follows_the_counted_noun_not_another_phrase(text, lang, per):
    assert _one(text, lang)["per"] == per


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Septante-deux personnes ont été blessées, selon la police de Liège.", 72),
        ("Nonante-cinq habitants ont été évacués à Namur.", 95),
        ("Huitante pompiers sont intervenus dans le canton de Vaud.", 80),
    ],
)
def test_belgian_and_swiss_tens_are_numbers(text, value):
    assert _one(text)["value"] == value


@pytest.mark.parametrize(
    ("text", "lang", "value", "key"),
    [
        ("Le contrat de maintenance atteint 45 M€ sur cinq ans.", "fr", 4.5e7, "EURO"),
        ("Les pénalités s'élèvent à 500 k€.", "fr", 5e5, "EURO"),
        ("The club paid £500k for the striker.", "en", 5e5, "POUND"),
        ("Each family will receive Rs 5 lakh in compensation.", "en", 5e5, "ROUPIE"),
        ("The state set aside Rs 2 crore for repairs.", "en", 2e7, "ROUPIE"),
        ("Sales rose 5pc in the quarter.", "en", 5.0, "PERCENT"),
        ("The deal is worth $5bn, the company said.", "en", 5e9, "DOLLAR"),
        ("Revenue for the year fell 8% to £612m.", "en", 6.12e8, "POUND"),
        ("It made a pre-tax loss of £34.2m last year.", "en", 3.42e7, "POUND"),
        ("Brussels will provide €54m for the port.", "en", 5.4e7, "EURO"),
        ("The club was fined $2000 in 2019.", "en", 2000.0, "DOLLAR"),
        # any currency, by its ISO 4217 code or its name in either language
        ("Le chantier a coûté 47 millions de francs.", "fr", 4.7e7, "FRANC"),
        ("The refit cost CHF 47m in all.", "en", 4.7e7, "FRANC"),
        ("The refit cost 47 million Swiss francs.", "en", 4.7e7, "FRANC"),
        ("La commune versera 30 000 couronnes aux familles.", "fr", 3e4, "COURONNE"),
        ("The council will pay DKK 30,000 to the families.", "en", 3e4, "COURONNE"),
        ("Tickets cost 1,500 yen at the door.", "en", 1500.0, "YEN"),
        ("The fine was ₹500 for each offence.", "en", 500.0, "ROUPIE"),
        # a figure that counts a noun is no year
        ("Une foule de 2000 personnes s'est massée devant la mairie.", "fr", 2000.0, "PERSON"),
    ],
)
def test_money_and_per_cent_as_the_press_writes_them(text, lang, value, key):
    found = [c.value for c in claims(text, "number", lang) if c.value["key"] == key]
    assert [(v["value"], v["key"]) for v in found] == [(value, key)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Le mur mesure 400 m de long.", "fr"), ("She ran 10k in the morning.", "en")],
)
def test_metres_and_a_race_distance_are_not_millions_or_thousands(text, lang):
    assert all(c.value["value"] < 1000 for c in claims(text, "number", lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Half a dozen people were hurt in the crash.", "en"),
        ("Une demi-douzaine de blessés ont été transportés à l'hôpital.", "fr"),
    ],
)
def test_half_a_dozen_is_six(text, lang):
    v = _one(text, lang)
    assert v["value"] == 6 and v["low"] <= 6 <= v["high"] < 12


@pytest.mark.parametrize(
    ("text", "lang", "value", "approx"),
    [
        ("Some three dozen chalets were damaged.", "en", 36, True),  # "some" hedges it
        ("Two dozen eggs were broken.", "en", 24, False),
        ("Deux douzaines de maisons ont été inondées.", "fr", 24, False),
        ("Trois centaines de manifestants se sont rassemblés.", "fr", 300, True),
    ],
)
def test_a_count_of_dozens_or_hundreds_multiplies(text, lang, value, approx):
    v = _one(text, lang)
    assert v["value"] == value
    assert (v["low"] < value < v["high"]) is approx


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Le risque d'avalanche est de 4 sur 5, selon Météo-France.", "fr", "GRADE/5"),
        ("Météo-France annonce un risque de 3 sur 5 sur l'ensemble du massif.", "fr", "GRADE/5"),
        ("The hotel is rated 4 out of 5 by guests.", "en", "GRADE/5"),
        # a part of a whole, not a grade
        ("Il a obtenu 3 sur 5 candidats.", "fr", "candidat"),
    ],
)
def test_a_grade_on_a_scale_counts_the_scale(text, lang, key):
    assert claims(text, "number", lang)[0].value["key"] == key


def test_half_past_midnight_is_no_figure():
    """Folded, French "à" reads as the English article "a": "à minuit et demi" is a time,
    not one midnight and a half."""
    assert claims("L'alerte a été donnée à minuit et demi.", "number", "fr") == []
    assert _one("Il a purgé un an et demi de prison.")["value"] == 1.5


def test_a_figure_after_a_code_word_is_a_measure_when_its_unit_follows():
    # "level 3", "gate 12" name a level and a gate; "level 1,420 metres below" measures
    assert claims("The miners were trapped on level 3 of the mine.", "number", "en") == []
    assert claims("Passengers waited at gate 12 on Monday.", "number", "en") == []
    found = _one("They were working on a level 1,420 metres below the surface.", "en")
    assert (found["value"], found["key"]) == (1420, "METRE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le syndicat réclame, lui, quinze postes supplémentaires.", "fr"),
        ("La direction propose, pour sa part, 40 embauches en 2027.", "fr"),
        ("The union is seeking, in all, 40 more nurses.", "en"),
    ],
)
def test_a_figure_asked_for_past_an_incise(text, lang):
    # an aside between commas does not hide the verb of asking before the figure
    assert _one(text, lang)["frame"] == "requested"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The hackers are demanding a ransom of $4 million in bitcoin.", "en"),
        ("Residents have been calling for 50 more buses on the route.", "en"),
        ("Le syndicat va réclamer 200 euros de plus par mois.", "fr"),
        ("La direction, en proposant 3 % de hausse, espère un accord.", "fr"),
        ("Les ravisseurs exigeront 2 millions d'euros.", "fr"),
    ],
)
def test_a_figure_asked_for_in_any_form_of_the_verb(text, lang):
    # a demand in the progressive, the infinitive, a participle or the future
    assert _one(text, lang)["frame"] == "requested"


def test_a_figure_after_an_aside_without_a_cue_has_no_frame():
    assert "frame" not in _one("Les manifestants étaient, selon la police, 3 000 à Lyon.")


@pytest.mark.parametrize(
    ("text", "lang", "frame"),
    [
        ("La coulée est partie à près de 2 800 mètres, sur une pente nord.", "fr", "level"),
        ("The aircraft was cruising at 10,000 feet when the engine failed.", "en", "level"),
        ("Les skieurs ont été emportés sur 300 mètres.", "fr", None),
        ("The convoy stretched for 3 kilometres along the road.", "en", None),
        ("Le village se trouve à 3 km de Lyon.", "fr", "offset"),
    ],
)
def test_a_length_at_a_point_is_a_level_not_an_extent(text, lang, frame):
    # "à 2 800 mètres" is where, "sur 300 mètres" how far: two questions
    (length,) = [c for c in claims(text, "number", lang) if c.value["key"] != "SKIER"]
    assert length.value.get("frame") == frame


def test_only_a_length_after_at_is_a_level():
    framed = {
        c.value["key"]: c.value.get("frame")
        for c in claims("At 9 p.m., at least 300 guests had arrived at 40 tables.", "number", "en")
    }
    assert "level" not in framed.values() and framed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The quake struck 602 miles southeast of Tehran.", "en"),
        ("The epicentre was 12 km north-east of the town.", "en"),
        ("Le séisme a eu lieu à 12 km au nord-est de Nice.", "fr"),
    ],
)
def test_a_distance_toward_a_compound_bearing_is_an_offset(text, lang):
    # "southeast of X" places something from X, as "south of X" does: no length of the story
    (distance,) = claims(text, "number", lang)
    assert distance.value.get("frame") == "offset"


@pytest.mark.parametrize(
    ("text", "lang", "frames"),
    [
        (
            "Nearly 60 firefighters from Marlow Creek and five neighboring departments responded.",
            "en",
            [None, "rest"],
        ),
        ("Les pompiers de Lyon et douze casernes voisines sont intervenus.", "fr", ["rest"]),
        # a day before "and" joins two clauses; any word is capitalized first in a sentence
        ("The dam broke on Monday and 3 people died.", "en", [None]),
        ("Five departments sent crews.", "en", [None]),
        ("They seized the 12 Somali and 11 Yemeni pirates on board.", "en", [None, None]),
    ],
)
def test_a_count_after_a_named_member_of_its_group_is_the_others(text, lang, frames):
    assert [d.value.get("frame") for d in claims(text, "number", lang)] == frames


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was paid for by 50 towns of the valley.",
        "She won 50 seconds back on the final climb.",
        # a tally, not a gap
        "The motion was carried by 50 votes to 12.",
        # "ahead of" a happening is before it
        "Some 50 protesters gathered ahead of the summit.",
    ],
)
def test_by_without_a_result_is_no_margin(text):
    framed = {c.value["value"]: c.value.get("frame") for c in claims(text, "number", "en")}
    assert framed[50] != "margin"


@pytest.mark.parametrize(
    ("text", "lang", "head"),
    [
        ("A crowd of 23,581, a record for a final, saw the Saxons win.", "en", "crowd"),
        ("The official attendance would be 25,381, stewards said.", "en", "attendance"),
        ("L'affluence a atteint 9 000, un record pour le club.", "fr", "affluence"),
        ("Une foule de 3 000, selon la police, a défilé samedi.", "fr", "foule"),
        # a total names no thing: the sentence says elsewhere what it counts, if at all
        ("A total of 300, officials said, had been registered by noon.", "en", None),
    ],
)
def test_a_figure_with_no_noun_after_it_counts_the_noun_it_measures(text, lang, head):
    v = _one(text, lang)
    assert v["head"] == head
    assert (v["key"] is None) == (head is None)


@pytest.mark.parametrize(
    ("text", "lang", "totals"),
    [
        ("L'unité, qui compte 24 lits au total, a fermé six lits.", "fr", {24.0}),
        ("The ward has 24 beds in all, and six are closed.", "en", {24.0}),
        ("A total of 24 beds were closed.", "en", {24.0}),
        ("Six beds were closed on Monday.", "en", set()),
    ],
)
def test_a_figure_said_to_be_the_whole_count(text, lang, totals):
    found = claims(text, "number", lang)
    assert {c.value["value"] for c in found if c.value.get("total")} == totals


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("About 900 of the flats were damaged by the water.", "partitive"),
        # with its whole in the sentence, the whole is read apart and the part is the figure
        ("He was convicted on five of the seven charges.", None),
        ("He was convicted on five of the 7 charges.", None),
        ("The party took 19 of the legislature's 27 seats.", None),
        # a share of a group is what every percentage is
        ("Up to 60 percent of the houses were destroyed.", None),
    ],
)
def test_some_of_a_definite_group_is_a_partitive(text, frame):
    assert claims(text, "number", "en")[0].value.get("frame") == frame


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # the figure's own predicate says which casualties, past a toll's generic noun
        ("Selon le bilan des pompiers, six personnes ont été blessées.", "fr", "INJURED"),
        ("Le bilan est de 12 personnes.", "fr", "DEAD"),
        # another clause's word is another figure's
        ("The toll stands at 12 people, with 40 others injured.", "en", "DEAD"),
    ],
)
def test_a_tolls_generic_noun_yields_to_the_figures_predicate(text, lang, key):
    assert claims(text, "number", lang)[0].value["key"] == key
