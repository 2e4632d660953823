"""Dates and times, French and English, resolved against the publication date."""

from datetime import date

import pytest

from conftest import claims

TUE_15_APRIL = date(2025, 4, 15)


def _dates(text, lang="fr", published=TUE_15_APRIL):
    return [
        (c.surface, c.value.get("date"), c.value.get("time"))
        for c in claims(text, "date", lang, published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marco Rubio va se rendre à Paris mercredi pour des discussions.", "2025-04-16"),
        ("L'attaque russe dimanche contre Soumy a fait 35 morts.", "2025-04-13"),
        ("Il avait affirmé lundi que les pourparlers avançaient.", "2025-04-14"),
        ("Paris accueille ce mardi une série de discussions.", "2025-04-15"),
        ("Des discussions ont eu lieu samedi dernier à Oman.", "2025-04-12"),
        ("Le texte a été signé hier soir.", "2025-04-14"),
        ("Un nouveau round est prévu le 19 avril.", "2025-04-19"),
        ("La réunion s'est tenue le 4 avril 2025 à Bruxelles.", "2025-04-04"),
    ],
)
def test_french_days_resolve_against_publication(text, expected):
    assert expected in [d for _, d, _ in _dates(text)]


def test_future_weekday_points_forward_past_weekday_back():
    published = date(2025, 3, 11)  # a Tuesday
    assert (
        _dates("Les grévistes se prononceront jeudi sur ce texte.", published=published)[0][1]
        == "2025-03-13"
    )
    assert (
        _dates("La direction a transmis lundi soir une proposition.", published=published)[0][1]
        == "2025-03-10"
    )
    assert (
        _dates("Le gouvernement a reçu les parties vendredi dernier.", published=published)[0][1]
        == "2025-03-07"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the future seen from the past, from a plan or from an invitation
        ("The company said it would reopen the plant on Thursday.", "en", "2025-03-13"),
        ("Crews expected the repairs to be finished by Sunday.", "en", "2025-03-16"),
        ("The two leaders are set to sign the deal on Friday.", "en", "2025-03-14"),
        ("Le trafic devrait reprendre normalement jeudi.", "fr", "2025-03-13"),
        ("Les riverains sont conviés à une réunion publique jeudi.", "fr", "2025-03-13"),
        # told as past: back
        ("As expected, the council approved the plan on Monday.", "en", "2025-03-10"),
        ("Les riverains se sont réunis jeudi en mairie.", "fr", "2025-03-06"),
    ],
)
def test_future_seen_from_the_past_or_a_plan_points_forward(text, lang, expected):
    published = date(2025, 3, 11)  # a Tuesday
    assert _dates(text, lang, published)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's day without its year is the coming one, as "is due to" makes it
        ("Le protocole prévoit une hausse des salaires au 1er janvier.", "2026-01-01"),
        ("La mairie envisage de rouvrir la piscine le 1er janvier.", "2026-01-01"),
        # a decimal comma opens no clause: the plan's verb still governs the day
        ("Le protocole prévoit une hausse de 2,5 % au 1er janvier.", "2026-01-01"),
        ("Les salaires vont augmenter de 2,5 % au 1er janvier.", "2026-01-01"),
        # told as past: the last one
        ("La hausse de 2,5 % est entrée en vigueur le 1er janvier.", "2025-01-01"),
    ],
)
def test_a_plans_day_without_its_year_is_the_coming_one(text, expected):
    published = date(2025, 10, 9)
    assert _dates(text, "fr", published)[0][1] == expected


def test_weekday_without_publication_date_stays_a_weekday():
    (c,) = claims("Mardi, une avalanche a emporté un groupe de skieurs.", "date", "fr", None)
    assert c.value["date"] is None and c.value["weekday"] == "tuesday"
    assert c.value["granularity"] == "weekday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence ministers met in Brussels on Wednesday to coordinate aid.", "2025-11-19"),
        ("Voters went to the polls on April 7 after a four-week campaign.", "2025-04-07"),
        ("At the previous meeting, held in London on Sept. 9, allies pledged more.", "2025-09-09"),
        ("The minister said yesterday that talks had stalled.", "2025-11-19"),
    ],
)
def test_english_days(text, expected):
    assert expected in [d for _, d, _ in _dates(text, "en", date(2025, 11, 20))]


def test_weeks_months_and_years_are_ranges():
    (week,) = claims(
        "M. Witkoff a rencontré la semaine dernière Vladimir Poutine.",
        "date",
        "fr",
        date(2025, 4, 17),
    )
    assert (week.value["date"], week.value["date_end"]) == ("2025-04-07", "2025-04-13")
    (month,) = claims("L'immeuble s'est effondré en mars 2023.", "date", "fr", None)
    assert month.value["granularity"] == "month" and month.value["date"] == "2023-03-01"
    (night,) = claims(
        "Les pluies de la nuit du 19 au 20 octobre ont tout emporté.",
        "date",
        "fr",
        date(2025, 10, 21),
    )
    assert (night.value["date"], night.value["date_end"]) == ("2025-10-19", "2025-10-20")


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        ("La ministre est au Japon du lundi au mercredi.", "fr", "2025-04-14", "2025-04-16"),
        ("Les agents seront en grève de jeudi à samedi.", "fr", "2025-04-17", "2025-04-19"),
        ("The minister is in Japan from Monday to Wednesday.", "en", "2025-04-14", "2025-04-16"),
        ("Talks were held between Saturday and Monday.", "en", "2025-04-12", "2025-04-14"),
    ],
)
def test_days_from_one_weekday_to_another_are_one_span(text, lang, first, last):
    (span,) = claims(text, "date", lang, TUE_15_APRIL)
    assert (span.value["date"], span.value["date_end"]) == (first, last)
    assert span.value["weekday"] is None  # several weekdays, none of them the span's


def test_a_day_moved_to_another_is_two_days():
    moved = claims("Le vote a été reporté de lundi à mercredi.", "date", "fr", TUE_15_APRIL)
    assert [c.value["weekday"] for c in moved] == ["monday", "wednesday"]
    assert all("date_end" not in c.value for c in moved)


def test_a_weekday_span_without_publication_date_gives_no_day():
    assert claims("The minister is in Japan from Monday to Wednesday.", "date", "en", None) == []


def test_offset_from_another_day_in_the_sentence():
    text = (
        "L'émissaire avait affirmé lundi, trois jours après une nouvelle rencontre avec "
        "Vladimir Poutine, que les pourparlers avançaient."
    )
    values = {c.surface: c.value["date"] for c in claims(text, "date", "fr", TUE_15_APRIL)}
    assert values["lundi"] == "2025-04-14"
    assert values["trois jours après"] == "2025-04-11"


@pytest.mark.parametrize(
    ("text", "lang", "time", "window"),
    [
        (
            "L'accident s'est produit vers 5 h 30, à hauteur de Montélimar.",
            "fr",
            "05:30",
            ["05:10", "05:50"],
        ),
        # "about" strays as far as the grain the minutes are told on (a round time roundly)
        ("The peloton reached the summit at about 13:40.", "en", "13:40", ["13:30", "13:50"]),
        ("Il est lourdement tombé vers 14 h 05 dans un virage.", "fr", "14:05", ["14:00", "14:10"]),
        ("The alarm was raised around 9.45pm.", "en", "21:45", ["21:30", "22:00"]),
        ("The quake hit at 3:42 a.m. local time.", "en", "03:42", ["03:42", "03:42"]),
        ("The tremor hit at 2:42am local time.", "en", "02:42", ["02:42", "02:42"]),
        ("She spoke shortly after 10 p.m. in Charlottetown.", "en", "22:00", ["22:00", "22:45"]),
    ],
)
def test_times_of_day(text, lang, time, window):
    (c,) = claims(text, "date", lang, None)
    assert c.value["time"] == time and c.value["time_range"] == window


def test_minutes_of_a_french_clock_time_are_never_left_behind():
    # "par" after the minutes is "by", not a rate ("12 heures par jour")
    text = "Les secours ont été alertés vers 21 h 30 par un automobiliste."
    assert [time for _, time, _ in _times(text, "fr")] == ["21:30"]
    # "de" after the minutes is from a place, not "deux heures de route"
    text = "Partie à 5 h 45 de Montreux, la nageuse a touché terre le soir."
    assert [time for _, time, _ in _times(text, "fr")] == ["05:45"]
    text = "Le car est parti à 6 h 30 de la gare routière."
    assert [time for _, time, _ in _times(text, "fr")] == ["06:30"]
    assert _times("Il a fallu 2 h 30 de marche pour atteindre le refuge.", "fr") == []


def test_durations_are_not_times():
    assert claims("Il aurait dû attendre 9 heures avant de rencontrer Poutine.", "date") == []


def test_parts_of_the_day_are_time_ranges():
    (c,) = claims("Le drame s'est produit en fin de matinée dans le secteur.", "date")
    assert c.value["time_range"] == ["10:00", "12:00"]


def test_an_english_days_night_is_its_late_evening():
    # Recognizers-Text's specs: "tomorrow night" is 20:00-23:59 of that day; so the storm
    # of "Tuesday night" meets the outages' peak "at around 11pm on Tuesday"
    (c,) = claims("The storm swept across the county on Monday night.", "date", "en", TUE_15_APRIL)
    assert (c.value["date"], c.value["time_range"]) == ("2025-04-14", ["20:00", "23:59"])


def test_spans_point_at_the_words_as_written():
    text = "Réunis le 13 mars sur le terre-plein, les dockers ont voté."
    (c,) = claims(text, "date", "fr", date(2025, 3, 14))
    assert text[c.span[0] : c.span[1]] == c.surface == "13 mars"


def test_numeric_dates_follow_the_language_order():
    (fr_date,) = claims("L'audience a été fixée au 12/03/2025 par le tribunal.", "date", "fr", None)
    (en_date,) = claims("The hearing was set for 03/12/2025 by the court.", "date", "en", None)
    assert fr_date.value["date"] == en_date.value["date"] == "2025-03-12"


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        # the parts of a year of Recognizers-Text's DateTime spec
        ("Le site fermera fin 2027.", "fr", "2027-09-01", "2027-12-31"),
        (
            "Créée au début de l'année 2000, la société emploie 40 personnes.",
            "fr",
            "2000-01-01",
            "2000-04-30",
        ),
        ("Les travaux s'achèveront mi-2026.", "fr", "2026-05-01", "2026-08-31"),
        ("The plant will close at the end of 2027.", "en", "2027-09-01", "2027-12-31"),
        ("Prices peaked in mid 1989.", "en", "1989-05-01", "1989-08-31"),
        # a period between two years or months: one claim with both bounds
        (
            "Les détournements ont eu lieu de 2014 à 2019, selon l'enquête.",
            "fr",
            "2014-01-01",
            "2019-12-31",
        ),
        (
            "Le chantier s'est étalé entre avril 2021 et septembre 2023.",
            "fr",
            "2021-04-01",
            "2023-09-30",
        ),
        ("The affected heaters were sold between 2018 and 2020.", "en", "2018-01-01", "2020-12-31"),
        ("She chaired the board from May 2015 to February 2019.", "en", "2015-05-01", "2019-02-28"),
    ],
)
def test_parts_of_a_year_and_periods(text, lang, first, last):
    (c,) = claims(text, "date", lang, TUE_15_APRIL)
    assert (c.value["date"], c.value["date_end"]) == (first, last)
    # a part of one year is read as months; a span over years is a period
    assert c.value["granularity"] == ("month" if first[:4] == last[:4] else "period")


def _times(text, lang):
    return [
        (c.surface, c.value.get("time"), c.value.get("twelve_hour"))
        for c in claims(text, "date", lang, TUE_15_APRIL)
        if c.value.get("time")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The half of the day comes from the sentence when it says it.
        ("The river crested at twenty to six on Sunday morning.", "en", ("05:40", None)),
        ("They met at a quarter past 9 in the evening.", "en", ("21:15", None)),
        ("The alarm rang at ten past eleven at night.", "en", ("23:10", None)),
        ("The polls closed at midnight.", "en", ("00:00", None)),
        ("The fire started shortly before noon.", "en", ("12:00", None)),
        ("La séance a repris à dix-sept heures trente.", "fr", ("17:30", None)),
        ("Le train est reparti à sept heures et demie du soir.", "fr", ("19:30", None)),
        ("Le feu s'est déclaré vers midi et quart.", "fr", ("12:15", None)),
        # Said nowhere, a twelve-hour time may also be twelve hours later.
        ("Le convoi est arrivé à huit heures moins vingt.", "fr", ("07:40", True)),
        ("He left the building at five o'clock.", "en", ("05:00", True)),
        ("The bus left at 10 past 9.", "en", ("09:10", True)),
    ],
)
def test_clock_times_in_words(text, lang, expected):
    assert [t[1:] for t in _times(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Five to seven people were hurt in the crash.", "en"),  # a range of counts
        ("Il a parlé pendant deux heures et demie.", "fr"),  # a duration
        # The object of a verb of lasting is a length of time, in words or digits.
        ("La réunion avec les syndicats a duré une heure et demie.", "fr"),
        ("L'audition du témoin a duré 1 h 30.", "fr"),
        ("The hearing lasted 2:30 in all.", "en"),
        ("Il a fallu attendre neuf heures.", "fr"),
        ("Les orages ont éclaté en début d'après-midi.", "fr"),  # not noon
        ("Le Midi a connu un été sec.", "fr"),  # the south of France
        ("The results were due by midday.", "en"),  # a deadline, not a time given
        # "to" between two figures is a range: the hour of "twenty to six" is on the dial
        ("The overhaul cuts the routes from 41 to 33.", "en"),
        ("The board shrank from 12 to 9 members.", "en"),
    ],
)
def test_words_that_are_not_clock_times(text, lang):
    assert _times(text, lang) == []


def test_a_length_of_time_is_not_a_clock_time_but_the_time_beside_it_is():
    text = "L'audience, qui a duré 2 h 30, s'est terminée à 16 h."
    assert [t[1] for t in _times(text, "fr")] == ["16:00"]
    assert [t[1] for t in _times("Le guichet est ouvert depuis 14 h 30.", "fr")] == ["14:30"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le conseil se réunira le mardi de la semaine prochaine.", "fr", "2025-04-22"),
        ("Ils se sont vus le jeudi de la semaine dernière.", "fr", "2025-04-10"),
        ("Le vote a lieu le vendredi de cette semaine.", "fr", "2025-04-18"),
        ("The board meets on Tuesday of next week.", "en", "2025-04-22"),
        ("We met on Thursday of last week.", "en", "2025-04-10"),
    ],
)
def test_a_weekday_of_a_named_week_is_one_day(text, lang, expected):
    # published Tuesday 15 April 2025: the week runs from Monday 14 to Sunday 20
    assert [d for _, d, _ in _dates(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Les secours sont arrivés à vingt et une heures trente.", "21:30"),
        ("Le vote a été clos à vingt-et-une heures.", "21:00"),
        ("Ce soir, à 2 h du matin, le feu a repris.", "02:00"),
        ("Ce soir, vers deux heures du matin, le feu a repris.", "02:00"),
        ("Ce soir vers 7 heures, la foule s'est dispersée.", "19:00"),
    ],
)
def test_hours_past_twenty_and_the_half_of_day_said_after_a_time(text, time):
    assert [t for _, _, t in _dates(text)] == [time]


@pytest.mark.parametrize(
    ("text", "lang", "times"),
    [
        (
            "The quake struck at 1023 GMT (1353 local time), officials said.",
            "en",
            ["10:23", "13:53"],
        ),
        ("Le séisme a frappé à 0523 GMT, selon l'institut.", "fr", ["05:23"]),
        ("The 2005 quake killed 1353 people in the region.", "en", []),
    ],
)
def test_wire_clock_times_are_four_digits_and_a_zone(text, lang, times):
    assert [t for _, _, t in _dates(text, lang) if t] == times


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        ("Il y a deux jours, le maire a démissionné.", "fr", "2025-04-13", None),
        ("Two days ago the mayor resigned.", "en", "2025-04-13", None),
        ("Three weeks ago, the plant closed.", "en", "2025-03-22", "2025-03-28"),
        ("Il y a trois mois, l'usine a fermé.", "fr", "2025-01-01", "2025-01-31"),
        ("A year ago, the same bridge collapsed.", "en", "2024-03-15", "2024-05-16"),
    ],
)
def test_a_time_ago_is_counted_back_from_publication(text, lang, first, last):
    (claim,) = claims(text, "date", lang, TUE_15_APRIL)
    assert (claim.value["date"], claim.value.get("date_end")) == (first, last)


def test_a_period_running_back_is_no_period():
    found = claims("Les ventes sont passées de 2021 à 2019 unités.", "date", "fr", TUE_15_APRIL)
    assert found and all(c.value.get("granularity") != "period" for c in found)


@pytest.mark.parametrize(
    ("text", "lang", "first", "last", "mod"),
    [
        # a season of a year: its meteorological months to the astronomical end
        (
            "Les travaux dureront deux ans, pour une réouverture prévue à l'automne 2029.",
            "fr",
            "2029-09-01",
            "2029-12-21",
            None,
        ),
        ("The library will reopen in the spring of 2029.", "en", "2029-03-01", "2029-06-20", None),
        # a winter read loosely: the one ending in its year or the one starting in it
        ("L'hiver 2029 s'annonce rude.", "fr", "2028-12-01", "2030-03-20", None),
        # a year it will not come before: from that year on, no end
        ("La médiathèque ne rouvrira pas avant 2031.", "fr", "2031-01-01", "9999-12-31", "since"),
        ("The bridge won't reopen until 2031.", "en", "2031-01-01", "9999-12-31", "since"),
        (
            "Les travaux seront achevés au plus tôt en 2031.",
            "fr",
            "2031-01-01",
            "9999-12-31",
            "since",
        ),
        ("The plant will open in 2030 at the earliest.", "en", "2030-01-01", "9999-12-31", "since"),
    ],
)
def test_seasons_and_the_year_something_will_not_come_before(text, lang, first, last, mod):
    (c,) = claims(text, "date", lang, TUE_15_APRIL)
    assert (c.value["date"], c.value["date_end"], c.value.get("mod")) == (first, last, mod)


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        ("The sale should close in the third quarter of 2026.", "en", "2026-07-01", "2026-09-30"),
        ("Revenue rose 4% in Q1 2025.", "en", "2025-01-01", "2025-03-31"),
        ("Profit fell in the second half of 2024.", "en", "2024-07-01", "2024-12-31"),
        ("La vente sera conclue au premier semestre 2026.", "fr", "2026-01-01", "2026-06-30"),
        ("Le chiffre d'affaires du T4 2025 a reculé.", "fr", "2025-10-01", "2025-12-31"),
        (
            "Au deuxième trimestre de 2025, les ventes ont progressé.",
            "fr",
            "2025-04-01",
            "2025-06-30",
        ),
    ],
)
def test_a_quarter_or_a_half_of_a_year(text, lang, first, last):
    (c,) = claims(text, "date", lang, TUE_15_APRIL)
    assert (c.value["date"], c.value["date_end"]) == (first, last)


def test_there_is_no_third_half_of_a_year():
    assert [
        c.value["date"]
        for c in claims("Sales fell in the third half of 2024.", "date", "en", TUE_15_APRIL)
    ] == ["2024-01-01"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the future verb governs a date far along its clause: the nearest such day ahead
        # (not the last one, as a date more than a month ahead in a past sentence is)
        (
            "La ministre dévoilera les grandes lignes de son plan pour les lignes ferroviaires "
            "régionales lors d'un déplacement organisé le 12 octobre.",
            "fr",
            "2025-10-12",
        ),
        (
            "The board will set out its long-awaited strategy for the regional bus network and "
            "its depots at a public meeting on 12 October.",
            "en",
            "2025-10-12",
        ),
        # a past verb as far away: the last such day
        (
            "Le conseil municipal a longuement débattu du projet de rénovation de la piscine "
            "intercommunale lors de sa séance du 12 octobre.",
            "fr",
            "2024-10-12",
        ),
    ],
)
def test_a_clauses_verb_far_before_its_date_sets_its_year(text, lang, expected):
    published = date(2025, 7, 29)
    assert _dates(text, lang, published)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("The new terminal is scheduled for 2031, the airport said.", "en", "2031-01-01"),
        ("The bloc pledged to halve its emissions by 2035.", "en", "2035-01-01"),
        ("La mise en service est prévue pour 2029.", "fr", "2029-01-01"),
    ],
)
def test_a_year_a_plan_or_a_deadline_is_set_for(text, lang, year):
    assert [d for _s, d, _t in _dates(text, lang)] == [year]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Une foule de 2000 personnes s'est massée devant la mairie.", "fr"),
        ("Le club a écopé d'une amende de 2000 euros.", "fr"),
        ("The charity paid for 2000 people to be rehoused.", "en"),
    ],
)
def test_a_figure_that_counts_a_noun_is_no_year(text, lang):
    assert _dates(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # the weekday written beside a day and month chooses its year, near publication
        (
            "La route fermera chaque nuit du lundi 13 juillet au dimanche 23 août.",
            "fr",
            date(2026, 7, 11),
            ["2026-07-13", "2026-08-23"],
        ),
        (
            "La présidente a mis le jugement en délibéré au jeudi 15 octobre.",
            "fr",
            date(2026, 9, 9),
            ["2026-10-15"],
        ),
        # a span's start takes the year written at its end
        (
            "La 10e édition aura lieu du jeudi 29 juillet au dimanche 1er août 2027.",
            "fr",
            date(2026, 8, 3),
            ["2027-07-29", "2027-08-01"],
        ),
        (
            "The festival runs from Thursday, July 29 to Sunday, August 1, 2027.",
            "en",
            date(2026, 8, 3),
            ["2027-07-29", "2027-08-01"],
        ),
        (
            "Du lundi 28 décembre au dimanche 3 janvier 2027, la piscine sera fermée.",
            "fr",
            date(2026, 11, 3),
            ["2026-12-28", "2027-01-03"],
        ),
        # no year near publication gives the weekday: the nearest one, the slip kept
        ("Le conseil s'est réuni le mercredi 5 juin.", "fr", date(2026, 6, 10), ["2026-06-05"]),
    ],
)
def test_the_year_of_a_day_and_month_written_without_one(text, lang, published, expected):
    assert [d for _, d, _ in _dates(text, lang, published)] == expected


def test_a_weekday_that_no_year_near_publication_gives_is_still_a_slip():
    (found,) = claims("Le conseil s'est réuni le mercredi 5 juin.", "date", "fr", date(2026, 6, 10))
    assert found.value["weekday_written"] == "wednesday"
