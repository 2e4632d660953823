"""Date and time claims, French and English.

Absolute dates ("le 15 mars", "4 avril 2025", "March 15", "Sept. 9"),
weekdays and relative days ("mercredi", "ce jeudi", "lundi soir", "hier",
"la semaine dernière", "vendredi dernier", "Thursday", "Monday's"), spans
of days ("nuit du 19 au 20 octobre", "nuit de dimanche à lundi"), months and
years ("en mars 2023", "en 2021"), offsets ("trois jours après") and times of
day ("vers 5 h 30", "3:42 a.m.", "en fin de matinée").

Each is resolved against the article's publication date when it has one: a
weekday points to the past week, or to the coming week when the sentence is
in the future tense. Without a publication date a weekday stays a weekday.

The value of a date claim:
    {"date": "2025-04-16" | None, "date_end": ..., "weekday": "wednesday" | None,
     "granularity": "day" | "week" | "month" | "year" | "period" | "weekday",
     "time": "05:30" | None, "time_range": ["05:10", "05:50"] | None,
     "anchor": "absolute" | "weekday" | "relative" | "offset",
     "tz": "gmt" | "Europe/Paris" | "local" (only when a zone follows the time),
     "utc_offset": 60 (minutes east of UTC on the publication day, when known)}
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from text_to_num import text2num

from factdiff.extract.base import ClaimDraft, ExtractContext, counts_a_noun, register
from factdiff.extract.timezones import utc_offset, zone_after
from factdiff.lexicon import en, fr
from factdiff.records import OPEN_END, Sentence

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_FR_DAYS = "|".join(fr.WEEKDAYS)
_EN_DAYS = "|".join(en.WEEKDAYS)
_FR_MONTHS = "|".join(sorted(fr.MONTHS, key=len, reverse=True))
_EN_MONTHS = "|".join(sorted(en.MONTHS, key=len, reverse=True))

_FR_PART = r"matin|soir|apres-midi|midi|soiree|matinee|nuit"
_EN_PART = r"morning|evening|afternoon|night"

# --- absolute dates -------------------------------------------------------
FR_RANGE = re.compile(
    rf"\b(?:(?P<night>(?:la\s+)?nuit)\s+)?du\s+(\d{{1,2}})(?:er)?\s+au\s+(\d{{1,2}})(?:er)?\s+({_FR_MONTHS})\.?"
    rf"(?:\s+(\d{{4}}))?\b"
)
# A span of days of one month written with a dash: "June 20-28", "20-28 June", "20-28
# juin" (the month before or after the two days, a year after them or not).
DAY_SPANS = (
    re.compile(
        rf"\b(?P<month>{_EN_MONTHS})\.?\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\b"
        r"(?:,?\s+(?P<year>\d{4}))?"
    ),
    re.compile(
        rf"\b(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\s+(?P<month>{_EN_MONTHS}|{_FR_MONTHS})\b\.?"
        r"(?:,?\s+(?P<year>\d{4}))?"
    ),
)
FR_DATE = re.compile(
    rf"\b(?:({_FR_DAYS})\s+)?(\d{{1,2}})(?:er)?\s+({_FR_MONTHS})\.?(?:\s+(\d{{4}}))?\b"
)
EN_DATE_MD = re.compile(
    rf"\b(?:({_EN_DAYS}),?\s+)?({_EN_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"
)
EN_DATE_DM = re.compile(
    rf"\b(?:({_EN_DAYS}),?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_MONTHS})\b\.?"
    rf"(?:,?\s+(\d{{4}}))?"
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Numeric dates ("12/03/2025", "3.12.25"): day-month order depends on the language,
# which dateparser knows; it is imported only when such a date appears.
NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])")
FR_MONTH_YEAR = re.compile(rf"\b(?:en\s+|d['’]|depuis\s+|de\s+)?({_FR_MONTHS})(?:\s+(\d{{4}}))?\b")
EN_MONTH_YEAR = re.compile(rf"\b(?:in\s+|since\s+|of\s+)?({_EN_MONTHS})(?:\s+(\d{{4}}))?\b")
# A year after a preposition: "en 2019", "since 2019", "d'ici 2040", a deadline "by 2045",
# a plan "scheduled for 2028", "prévue pour 2028".
YEAR = re.compile(
    r"\b(?:en|in|depuis|since|de|of|d['’]ici|by|for|pour)\s+((?:19|20)\d{2})\b(?!\s*[%€$£])"
)
# A period between two years or months of years: "de 2016 à 2021", "entre mars 2023 et
# juin 2024", "between 2017 and 2021", "from March 2022 to June 2024". One claim, its
# two bounds: each bound alone is another question ("en 2016" is when it began).
PERIOD = re.compile(
    rf"\b(?:entre|between|de|du|from)\s+(?:(?P<m1>{_FR_MONTHS}|{_EN_MONTHS})\s+)?"
    r"(?P<y1>(?:19|20)\d{2})\s+(?:et|and|a|au|to|until|through)\s+"
    rf"(?:(?P<m2>{_FR_MONTHS}|{_EN_MONTHS})\s+)?(?P<y2>(?:19|20)\d{{2}})\b"
)
# A part of a year ("fin 2027", "au début de l'année 2000", "mi-2026", "the end of 2000",
# "mid 1989"), resolved as Microsoft Recognizers-Text's DateTime spec does: the start is
# January to April, the middle May to August, the end September to December.
YEAR_PART = {
    "fr": re.compile(
        r"\b(?P<part>debut|milieu|fin|mi)(?:\s+|-)(?:de\s+l['’]annee\s+|d['’]annee\s+|de\s+)?"
        r"(?P<year>(?:19|20)\d{2})\b"
    ),
    "en": re.compile(
        r"\b(?:(?:the\s+)?(?P<part>start|beginning|middle|end)\s+of\s+(?:the\s+year\s+)?|"
        r"(?P<mid>mid)(?:\s+|-))(?P<year>(?:19|20)\d{2})\b"
    ),
}
# A quarter or a half of a year ("the third quarter of 2026", "Q3 2026", "au premier
# semestre 2026", "T1 2027"), three or six months as Recognizers-Text's DateTime spec
# resolves a quarter ("2017-q1": 2017-01-01 to 2017-04-01).
_YEAR = r"(?P<year>(?:19|20)\d{2})"
YEAR_SHARE = {
    "fr": re.compile(
        r"\b(?:(?P<ord>premier|1er|deuxieme|2e|second|troisieme|3e|quatrieme|4e)\s+"
        r"(?P<part>trimestre|semestre)\s+(?:de\s+l['’]annee\s+|de\s+|d['’])?"
        rf"|(?P<code>[ts][1-4])\s+){_YEAR}\b"
    ),
    "en": re.compile(
        r"\b(?:(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th)\s+"
        rf"(?P<part>quarter|half)\s+(?:of\s+)?|(?P<code>[qh][1-4])\s+(?:of\s+)?){_YEAR}\b"
    ),
}
_SHARE_ORDINALS = {
    "premier": 1, "1er": 1, "first": 1, "1st": 1,
    "deuxieme": 2, "2e": 2, "second": 2, "2nd": 2,
    "troisieme": 3, "3e": 3, "third": 3, "3rd": 3,
    "quatrieme": 4, "4e": 4, "fourth": 4, "4th": 4,
}  # fmt: skip
# months in a share of the year: a quarter (trimestre, "q", French "t"), a half (semestre,
# "h", French "s")
_SHARE_MONTHS = {
    "quarter": 3,
    "trimestre": 3,
    "q": 3,
    "t": 3,
    "half": 6,
    "semestre": 6,
    "h": 6,
    "s": 6,
}


def _whole_months(year: int, first_month: int, last_month: int) -> dict[str, Any]:
    """The value of a span of whole months of one year (a month, a quarter, a part)."""
    last_day = calendar.monthrange(year, last_month)[1]
    return _value(
        date(year, first_month, 1),
        end=date(year, last_month, last_day),
        granularity="month",
        anchor="absolute",
    ) | {"weekday": None}


def year_share_months(m: re.Match[str]) -> tuple[int, int] | None:
    """The first and last month of a quarter or half of a year, if it is one."""
    code = m.group("code")
    part, n = (
        (code[0], int(code[1])) if code else (m.group("part"), _SHARE_ORDINALS[m.group("ord")])
    )
    size = _SHARE_MONTHS[part]
    if n * size > 12:
        return None  # no third half
    return (n - 1) * size + 1, n * size


# A season of a year ("à l'automne 2029", "in the spring of 2027"): the Recognizers-Text
# spec reads it as the year's season ("2016-SU") without days; its days here run from the
# first day of its meteorological months to the astronomical season's end, the two
# conventions people use. A winter is read loosely: the one that ends in its year or the
# one that starts in it.
SEASON = {
    "fr": re.compile(
        r"\b(?P<season>printemps|ete|automne|hiver)\s+(?:de\s+l['’]annee\s+|de\s+|d['’])?"
        r"(?P<year>(?:19|20)\d{2})\b"
    ),
    "en": re.compile(
        r"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b"
    ),
}
_SEASON_DAYS = {  # (first month, first day, year offset), (last month, last day, year offset)
    "spring": ((3, 1, 0), (6, 20, 0)),
    "summer": ((6, 1, 0), (9, 22, 0)),
    "autumn": ((9, 1, 0), (12, 21, 0)),
    "winter": ((12, 1, -1), (3, 20, 1)),
}
SEASON_NAMES = {
    "printemps": "spring",
    "ete": "summer",
    "automne": "autumn",
    "hiver": "winter",
    "fall": "autumn",
} | {name: name for name in _SEASON_DAYS}
# A year something will not come before ("ne rouvrira pas avant 2031", "won't reopen until 2031",
# "no earlier than 2031", "2031 at the earliest"): from that year on, the spec's "since"
# modifier (Mod "since", start YEAR-01-01, no end).
NOT_BEFORE = {
    "fr": re.compile(
        r"\bpas\s+avant\s+(?:l['’]annee\s+)?(?P<year>(?:19|20)\d{2})\b|"
        r"\bau\s+plus\s+tot\s+en\s+(?P<year2>(?:19|20)\d{2})\b|"
        r"\b(?:en\s+)?(?P<year3>(?:19|20)\d{2})\s+au\s+plus\s+tot\b"
    ),
    "en": re.compile(
        r"(?:\bnot|n['’]t)\s+(?:[a-z]+\s+){0,2}?(?:before|until)\s+(?P<year>(?:19|20)\d{2})\b|"
        r"\bno\s+earlier\s+than\s+(?P<year2>(?:19|20)\d{2})\b|"
        r"\b(?:in\s+)?(?P<year3>(?:19|20)\d{2})\s+at\s+the\s+earliest\b"
    ),
}
YEAR_PART_MONTHS = {
    "debut": (1, 4),
    "start": (1, 4),
    "beginning": (1, 4),
    "milieu": (5, 8),
    "mi": (5, 8),
    "middle": (5, 8),
    "mid": (5, 8),
    "fin": (9, 12),
    "end": (9, 12),
}

# --- weekdays and relative days --------------------------------------------
FR_NIGHT_SPAN = re.compile(rf"\bnuit\s+(?:de|du)\s+({_FR_DAYS})\s+(?:a|au)\s+({_FR_DAYS})\b")
# Days from one weekday to another: "from Monday to Wednesday", "between Monday and
# Wednesday", "du lundi au mercredi", "de lundi à mercredi", "entre lundi et mercredi".
WEEKDAY_SPAN = {
    "fr": re.compile(
        rf"\b(?:(?:du|de)\s+({_FR_DAYS})\s+(?:au|a|jusqu['’]au)|entre\s+({_FR_DAYS})\s+et)"
        rf"\s+({_FR_DAYS})\b"
    ),
    "en": re.compile(
        rf"\b(?:from\s+({_EN_DAYS})\s+(?:to|through|until|till)|between\s+({_EN_DAYS})\s+and)"
        rf"\s+({_EN_DAYS})\b"
    ),
}
# A day moved to another is two days, not a span ("postponed from Monday to Wednesday",
# "reporté de lundi à mercredi").
_MOVED_BEFORE = re.compile(
    r"\b(?:moved|postponed|pushed\s+back|brought\s+forward|rescheduled|delayed|switched|"
    r"changed|report[a-z]*|decal[a-z]*|avanc[a-z]*|deplac[a-z]*|repouss[a-z]*)\b[^.;]{0,30}$"
)
# A weekday of a named week: "mardi de la semaine prochaine", "Tuesday of last week".
WEEKDAY_OF_WEEK = {
    "fr": re.compile(
        rf"\b({_FR_DAYS})\s+de\s+(?:la\s+semaine\s+(derniere|passee|prochaine)|(cette)\s+semaine)\b"
    ),
    "en": re.compile(rf"\b({_EN_DAYS})\s+of\s+(last|next|this)\s+week\b"),
}
_WEEK_DELTA = {"derniere": -1, "passee": -1, "last": -1, "prochaine": 1, "next": 1}
FR_WEEKDAY = re.compile(
    rf"\b(?:(ce|cette|des|depuis|le|dans\s+la\s+nuit\s+de)\s+)?({_FR_DAYS})"
    rf"(?:\s+({_FR_PART}|dernier|prochain|precedent|suivant))?"
    rf"(?:\s+(dernier|prochain|precedent|suivant))?\b"
)
EN_WEEKDAY = re.compile(
    rf"\b(?:(last|next|this|on|since|early\s+on|late\s+on|previous|following|coming)\s+)?"
    rf"({_EN_DAYS})(?:['’]s)?"
    rf"(?:\s+({_EN_PART}))?\b"
)
RELATIVE = {
    "fr": [
        (r"\bavant-hier\b", -2, "day"),
        (r"\bhier\b", -1, "day"),
        # ", aujourd'hui consultant": "now", describing someone, not the day of anything
        (r"(?<!,\s)\baujourd['’]hui\b|\baujourd['’]hui(?=\s*,)", 0, "day"),
        (r"\bapres-demain\b", 2, "day"),
        (r"\bdemain\b", 1, "day"),
        (r"\bla\s+semaine\s+(?:derniere|passee)\b", -7, "week"),
        (r"\bla\s+semaine\s+prochaine\b", 7, "week"),
        (r"\bcette\s+semaine\b", 0, "week"),
        (r"\ble\s+mois\s+(?:dernier|passe)\b", -1, "month"),
        (r"\ble\s+mois\s+prochain\b", 1, "month"),
        (r"\bl['’]an\s+(?:dernier|passe)\b|\bl['’]annee\s+(?:derniere|passee)\b", -1, "year"),
        (r"\bl['’]an\s+prochain\b|\bl['’]annee\s+prochaine\b", 1, "year"),
    ],
    "en": [
        (r"\byesterday\b", -1, "day"),
        (r"\btoday\b", 0, "day"),
        (r"\btomorrow\b", 1, "day"),
        (r"\blast\s+week\b", -7, "week"),
        (r"\bnext\s+week\b", 7, "week"),
        (r"\bthis\s+week\b", 0, "week"),
        (r"\blast\s+month\b", -1, "month"),
        (r"\bnext\s+month\b", 1, "month"),
        (r"\blast\s+year(?:['’]s)?\b", -1, "year"),
        (r"\bnext\s+year(?:['’]s)?\b", 1, "year"),
    ],
}
# A time back from the day of publication: "il y a deux jours", "three weeks ago", "a
# month ago", "il y a un an".
_AGO_COUNT = (
    r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
)
AGO = {
    "fr": re.compile(
        rf"\bil\s+y\s+a\s+(?:(?:environ|pres\s+de|quelque)\s+)?(?P<n>{_AGO_COUNT})\s+"
        r"(?P<unit>jours?|semaines?|mois|ans?|annees?)\b"
    ),
    "en": re.compile(
        rf"\b(?:(?:about|some|nearly|almost)\s+)?(?P<n>{_AGO_COUNT})\s+"
        r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b"
    ),
}
# A year said relative to the article's, right after a month ("June last year").
_RELATIVE_YEAR_AFTER = re.compile(
    r"^\s*,?\s*(?:(?P<last>last\s+year|de\s+l['’]an(?:nee)?\s+(?:derniere|dernier|passee?))"
    r"|next\s+year|de\s+l['’]an(?:nee)?\s+prochaine?)\b"
)
OFFSET = re.compile(
    r"\b(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(jours?|semaines?|days?|weeks?)\s+(apres|avant|after|before|later|"
    r"earlier|plus\s+tard|plus\s+tot)\b"
)

# --- times of day ----------------------------------------------------------
TIME_HEDGE = (
    r"(?:(vers|aux\s+alentours\s+de|autour\s+de|a\s+environ|environ|peu\s+apres|peu\s+avant|juste\s+apres|"
    r"juste\s+avant|around|about|shortly\s+after|shortly\s+before|just\s+after|just\s+before|"
    r"approximately|a|at|des|from|until|jusqu['’]a)\s+)?"
)
# The minutes are never left behind: "21 h 30" is never read as "21 h".
FR_TIME = re.compile(TIME_HEDGE + r"\b(\d{1,2})\s*(?:h|heures?)(?:\s*(\d{2}))?(?![\w])(?!\s*\d)")
# What follows a French count of hours that makes it a duration, not a time of day:
# "deux heures de route", "24 heures sur 24", "12 heures par jour" (not "vers 21 h 30 par
# un automobiliste", nor "à 4 h 30 de Veytaux", from a place). A time told with a word of
# "when" and its minutes ("à 6 h 30 de la gare") is a time.
_FR_DURATION_AFTER = re.compile(
    r"\s*(?:de|d['’]|avant|apres|plus|sur|par\s+(?:jour|nuit|semaine|mois|an)|durant|"
    r"d['’]affilee)\b"
)
_FROM_A_PLACE = re.compile(r"\s*(?:de|d['’])\s*[A-ZÀ-Ý]")
EN_TIME = re.compile(
    TIME_HEDGE + r"\b(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b)"
)
# Hours, minutes and seconds with a one-digit hour and no zone: a race or a record's
# duration ("en 2:08:51", "in 1:59:40"); a clock time to the second is written 02:15:30.
_RACE_TIME = re.compile(r"\d:\d{2}:\d{2}\b")
# ... and hours and minutes followed by their minutes' or seconds' unit: "en 4 h 38 min 12
# s", "in 4h38'12\"", "2 h 05 min" (a time of day never names its minutes' unit).
_DURATION_UNIT_AFTER = re.compile(r"\s*(?:min(?:utes?|s)?\b|mn\b|['’′]\s*\d)")
# Wire copy's clock times, four digits and a zone: "at 1023 GMT", "0523 UTC", "1353 local
# time" (a four-digit number without a zone is a count or a year).
WIRE_TIME = re.compile(TIME_HEDGE + r"\b([01]\d|2[0-3])([0-5]\d)\b")
COLON_TIME = re.compile(TIME_HEDGE + r"\b(\d{1,2}):(\d{2})(?::\d{2})?\b(?!\s*(?:a\.?m|p\.?m))")
# British copy's clock times with a point and no half of the day: "At 10.05 on Thursday",
# "until 18.30", "at 22.05 BST". Read only after a word of "when" or before a zone, and
# not before a unit or a scale ("at 6.45 percent", "at 10.50 euros"): a decimal otherwise.
DOT_TIME = re.compile(TIME_HEDGE + r"(?<![\d.,])\b([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]\d)")
_DOT_TIME_LEAD = frozenset(
    ["at", "from", "until", "around", "about", "approximately"]
    + ["shortly after", "shortly before", "just after", "just before"]
)
# What may follow a clock time in a sentence: its clause going on, not a unit of the figure.
_DOT_TIME_FOLLOWERS = frozenset(
    """on in at and or but the a an this that when while as after before with from to until
    local hrs hours yesterday today tonight tomorrow last each every he she it they we i
    you his her their its our there according""".split()
)
# Parts of the day, whatever leads them in ("en fin d'après-midi", "depuis la fin
# d'après-midi", "dès le début de matinée").
PART_OF_DAY = {
    "fr": [
        (r"\bfin\s+de\s+matinee\b", ("10:00", "12:00")),
        (r"\bdebut\s+de\s+matinee\b", ("06:00", "09:30")),
        (r"\bmilieu\s+de\s+matinee\b", ("08:30", "11:00")),
        (r"\b(?:milieu\s+de\s+journee|debut\s+d['’]apres-midi)\b", ("11:30", "14:30")),
        (r"\bfin\s+d['’]apres-midi\b", ("16:00", "19:00")),
        (r"\bfin\s+de\s+journee\b", ("17:00", "20:00")),
        (r"\b(?:debut|fin)\s+de\s+soiree\b", ("18:00", "23:59")),
        (r"\ba\s+la\s+mi-journee\b", ("11:30", "14:00")),
        (r"\bavant\s+l['’]aube\b", ("00:00", "06:00")),
    ],
    "en": [
        (r"\blate\s+morning\b", ("10:00", "12:00")),
        (r"\bearly\s+morning\b", ("04:00", "09:00")),
        (r"\bin\s+the\s+early\s+hours\b", ("00:00", "06:00")),
        (r"\bearly\s+on\b", ("00:00", "09:00")),
        (r"\blate\s+afternoon\b", ("16:00", "19:00")),
        # before dawn, the end of the night ("a pre-dawn raid")
        (r"\b(?:pre-?dawn|before\s+dawn)\b", ("00:00", "06:00")),
    ],
}
PART_RANGES = {
    "matin": ("05:00", "12:00"),
    "matinee": ("05:00", "12:00"),
    "midi": ("11:30", "14:00"),
    "apres-midi": ("12:00", "18:30"),
    "soir": ("18:00", "23:59"),
    "soiree": ("18:00", "23:59"),
    "nuit": ("00:00", "06:00"),
    "morning": ("05:00", "12:00"),
    "afternoon": ("12:00", "18:30"),
    "evening": ("18:00", "23:59"),
    # A day's night in English is that day's late evening ("storms swept in on Tuesday
    # night", "11pm on Tuesday"): Recognizers-Text's DateTime specs resolve "tomorrow
    # night" and "mar4 night" to 20:00-23:59 of that day. French "mardi dans la nuit"
    # is most often the small hours that open the day, and keeps them.
    "night": ("20:00", "23:59"),
}

_NUMBER_WORDS_EN = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def _word_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if token in _NUMBER_WORDS_EN:
        return _NUMBER_WORDS_EN[token]
    try:
        return int(text2num(token, "fr"))
    except (ValueError, TypeError):
        return None


# The month and weekday names of both languages (folded), by their number.
MONTHS = fr.MONTHS | en.MONTHS
WEEKDAYS = fr.WEEKDAYS | en.WEEKDAYS
# ... as a regular expression's alternation, the longest first
WEEKDAY_WORDS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

# How far from its article a day and month written with a weekday may lie for the weekday
# to choose its year: half a year either side.
WEEKDAY_YEAR_DAYS = 183


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(
    month: int, day: int, published: date | None, future: bool, weekday: int | None = None
) -> int | None:
    """The year of a day-month without one: the occurrence nearest the publication date;
    with the weekday written beside it ("jeudi 15 octobre"), the one within half a year of
    the publication whose calendar gives that weekday, when there is one (a date to come
    that no cue marks as future is still dated by its weekday)."""
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        d = _safe_date(year, month, day if day else 1)
        if d is not None:
            candidates.append(d)
    if not candidates:
        return None

    def distance(d: date) -> tuple[int, int]:
        delta = (d - published).days
        # News mostly reports the past: a date more than a month ahead is last
        # year's unless the sentence speaks of the future.
        penalty = 365 if delta > 30 and not future else 0
        return (abs(delta) + penalty, d.toordinal())

    if weekday is not None and day:
        agreeing = [
            d
            for d in candidates
            if d.weekday() == weekday and abs((d - published).days) <= WEEKDAY_YEAR_DAYS
        ]
        if agreeing:
            return min(agreeing, key=distance).year
    return min(candidates, key=distance).year


def _parse_numeric(text: str, lang: str) -> date | None:
    """A numeric date in the order the language writes it (French DMY, English MDY)."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=[lang if lang in ("fr", "en") else "fr"],
        settings={"DATE_ORDER": "MDY" if lang == "en" else "DMY", "STRICT_PARSING": True},
    )
    return parsed.date() if parsed else None


def _weekday_date(weekday: int, published: date, future: bool, modifier: str | None) -> date:
    """Resolve a bare weekday against the publication date."""
    offset = (weekday - published.weekday()) % 7  # 0..6 days ahead
    if modifier in ("dernier", "last", "precedent", "previous"):
        back = (published.weekday() - weekday) % 7 or 7
        return published - timedelta(days=back)
    if modifier in ("prochain", "next", "suivant", "following", "coming"):
        return published + timedelta(days=offset or 7)
    if offset == 0:
        return published
    if future:
        return published + timedelta(days=offset)
    return published - timedelta(days=7 - offset)


def _value(
    day: date | None = None,
    *,
    end: date | None = None,
    weekday: int | None = None,
    granularity: str = "day",
    time: str | None = None,
    time_range: tuple[str, str] | None = None,
    anchor: str = "absolute",
    month: int | None = None,
    year: int | None = None,
) -> dict[str, Any]:
    if day is not None and weekday is None and granularity == "day":
        weekday = day.weekday()
    value: dict[str, Any] = {
        "date": day.isoformat() if day else None,
        "weekday": WEEKDAY_NAMES[weekday] if weekday is not None else None,
        "granularity": granularity,
        "anchor": anchor,
    }
    if end is not None and end != day:
        value["date_end"] = end.isoformat()
    if month is not None and day is None:
        value["month"] = month
    if year is not None and day is None:
        value["year"] = year
    if time is not None:
        value["time"] = time
    if time_range is not None:
        value["time_range"] = list(time_range)
    return value


def _hhmm(hours: int, minutes: int) -> str:
    hours = max(0, min(hours, 23))
    minutes = max(0, min(minutes, 59))
    return f"{hours:02d}:{minutes:02d}"


def _shift(hhmm: str, minutes: int) -> str:
    h, m = map(int, hhmm.split(":"))
    total = max(0, min(23 * 60 + 59, h * 60 + m + minutes))
    return _hhmm(total // 60, total % 60)


def _clock_value(hours: int, minutes: int, hedge: str | None) -> dict[str, Any]:
    """The value of a clock time, its range widened by its hedge ("vers", "shortly after")."""
    hhmm = _hhmm(hours % 24, minutes)
    return _value(
        None, granularity="time", anchor="absolute", time=hhmm, time_range=_time_range(hhmm, hedge)
    )


def _approximation_margin(hhmm: str) -> int:
    """How far "about" lets a clock time stray, by the grain its minutes are told on: a
    round time is read roundly ("vers 14 heures", "around 9.30pm": twenty minutes), a
    finer one finely ("about 13:40": ten; "vers 14 h 05": five). Krifka (2009),
    "Approximate interpretations of number words", and Solt et al. (2017): the
    imprecision an approximator allows scales with the granularity of the number."""
    minutes = int(hhmm.split(":")[1])
    if minutes % 30 == 0:
        return 20
    if minutes % 15 == 0:
        return 15
    return 10 if minutes % 10 == 0 else 5


def _time_range(hhmm: str, hedge: str | None) -> tuple[str, str]:
    hedge = (hedge or "").strip()
    if hedge in (
        "vers",
        "aux alentours de",
        "autour de",
        "around",
        "about",
        "approximately",
        "a environ",
        "environ",
    ):
        margin = _approximation_margin(hhmm)
        return (_shift(hhmm, -margin), _shift(hhmm, margin))
    if hedge in ("peu apres", "juste apres", "shortly after", "just after"):
        return (hhmm, _shift(hhmm, 45))
    if hedge in ("peu avant", "juste avant", "shortly before", "just before"):
        return (_shift(hhmm, -45), hhmm)
    return (hhmm, hhmm)


_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def is_future(folded_sentence: str, lang: str, position: int | None = None) -> bool:
    """Whether the clause around `position` speaks of the future.

    Only the words of its clause count: in "a transmis lundi soir une
    proposition, qui prévoit..." the past verb governs "lundi". The clause runs back
    to the last comma or semicolon, up to 120 characters: a verb may govern a date
    far along its clause ("Il présentera sa nouvelle feuille de route stratégique lors
    d'une journée investisseurs organisée le ...").
    """
    lex = en if lang == "en" else fr
    window = folded_sentence
    if position is not None:
        # (a decimal comma, "3,2 %", opens no clause)
        before = _DECIMAL_COMMA.sub(".", folded_sentence[:position])
        clause_start = max(before.rfind(","), before.rfind(";"), position - 120)
        window = folded_sentence[max(0, clause_start) : position + 25]
    return bool(re.search(lex.FUTURE_CUES, window))


# The end of a span of days whose year is written at its end only: "du jeudi 29 juillet
# au dimanche 1er août 2027", "from July 29 to August 1, 2027" (folded text, right after
# the span's start).
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_SPAN_END = re.compile(
    rf"\s*(?:au|a|jusqu['’]au|to|through|until|-|–)\s+(?:le\s+)?(?:(?:{WEEKDAY_WORDS}),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{_MONTH_WORDS})"
    rf"|(?P<month2>{_MONTH_WORDS})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    r"\s+(?P<year>(?:19|20)\d{2})\b"
)


def _span_end_year(folded: str, end: int, month: int, day: int) -> int | None:
    """The year of a span's start written without one, from its end's ("du jeudi 29
    juillet au dimanche 1er août 2027": 2027; "du 28 décembre au 3 janvier 2027": 2026)."""
    m = _SPAN_END.match(folded, end)
    if not m:
        return None
    end_month = MONTHS[m.group("month") or m.group("month2")]
    end_day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year"))
    return year - 1 if (month, day) > (end_month, end_day) else year


def _drafts_absolute(sentence: Sentence, ctx: ExtractContext, future: bool) -> list[ClaimDraft]:
    text, folded, published = sentence.text, ctx.folded, ctx.published
    # The year of a date written without one: the article's, else its story's.
    year_of = published or ctx.story_published
    drafts: list[ClaimDraft] = []

    def add(m: re.Match[str], value: dict[str, Any]) -> None:
        if ctx.is_taken(m.start(), m.end()):
            return
        ctx.taken.append((m.start(), m.end()))
        drafts.append(ClaimDraft("date", (m.start(), m.end()), value, text[m.start() : m.end()]))

    for m in PERIOD.finditer(folded):
        bounds = _period_bounds(m)
        if bounds is not None:
            add(m, _value(bounds[0], end=bounds[1], granularity="period") | {"weekday": None})
    for m in FR_RANGE.finditer(folded):
        month = fr.MONTHS[m.group(4)]
        d1, d2 = int(m.group(2)), int(m.group(3))
        year = int(m.group(5)) if m.group(5) else _infer_year(month, d1, year_of, future)
        if year is None:
            add(
                m,
                _value(None, granularity="day", month=month, anchor="absolute")
                | {"day": d1, "day_end": d2},
            )
            continue
        start, end = _safe_date(year, month, d1), _safe_date(year, month, d2)
        if start and end:
            # "la nuit du 19 au 20": one night, not two days (see compare.dates)
            night = {"night": True} if m.group("night") else {}
            add(
                m,
                _value(start, end=end, anchor="absolute", granularity="day")
                | {"weekday": None}
                | night,
            )
    for span in DAY_SPANS:
        for m in span.finditer(folded):
            month = en.MONTHS.get(m.group("month")) or fr.MONTHS.get(m.group("month"))
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            if month is None or not 1 <= d1 < d2 <= 31:
                continue
            year = int(m.group("year")) if m.group("year") else None
            year = year or _infer_year(
                month, d1, year_of, is_future(folded, sentence.lang, m.start())
            )
            first, last = (_safe_date(year, month, d) if year else None for d in (d1, d2))
            if first and last:
                add(
                    m,
                    _value(first, end=last, anchor="absolute", granularity="day")
                    | {"weekday": None},
                )
    patterns: list[tuple[re.Pattern[str], str]] = [(ISO_DATE, "iso")]
    patterns += [(FR_DATE, "fr"), (EN_DATE_MD, "en_md"), (EN_DATE_DM, "en_dm")]
    for pattern, form in patterns:
        for m in pattern.finditer(folded):
            if form == "iso":
                year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
                weekday_name = None
            elif form == "fr":
                weekday_name, day, month = m.group(1), int(m.group(2)), fr.MONTHS[m.group(3)]
                year = int(m.group(4)) if m.group(4) else None
            elif form == "en_md":
                if m.group(2) == "may" and not re.match(r"\d", m.group(3)):
                    continue
                weekday_name, month, day = m.group(1), en.MONTHS[m.group(2)], int(m.group(3))
                year = int(m.group(4)) if m.group(4) else None
            else:
                weekday_name, day, month = m.group(1), int(m.group(2)), en.MONTHS[m.group(3)]
                year = int(m.group(4)) if m.group(4) else None
            if not 1 <= day <= 31:
                continue
            written = WEEKDAYS.get(weekday_name or "")
            if year is None:
                year = _span_end_year(folded, m.end(), month, day)
            if year is None:
                future_here = is_future(folded, sentence.lang, m.start())
                year = _infer_year(month, day, year_of, future_here, written)
            if year is None:
                wd = None
                if weekday_name:
                    wd = WEEKDAYS[weekday_name]
                add(m, _value(None, weekday=wd, granularity="day", month=month) | {"day": day})
                continue
            resolved = _safe_date(year, month, day)
            if resolved:
                value = _value(resolved, anchor="absolute")
                if written is not None and written != resolved.weekday():
                    # "mercredi 5 juin" when 5 June is a Thursday: kept for the comparator
                    value["weekday_written"] = WEEKDAY_NAMES[written]
                add(m, value)
    for m in NUMERIC_DATE.finditer(folded):
        resolved = _parse_numeric(m.group(0), sentence.lang)
        if resolved is not None:
            add(m, _value(resolved, anchor="absolute"))
    for pattern, months in ((FR_MONTH_YEAR, fr.MONTHS), (EN_MONTH_YEAR, en.MONTHS)):
        if pattern is FR_MONTH_YEAR and sentence.lang == "en":
            continue
        if pattern is EN_MONTH_YEAR and sentence.lang != "en":
            continue
        for m in pattern.finditer(folded):
            name = m.group(1)
            if name in ("mars", "march", "may", "mai") and not (m.group(2) or m.group(0) != name):
                continue  # "mars"/"may" alone are too ambiguous without "en"/"in"
            if (
                len(name) <= 4
                and name not in ("mai", "juin", "may", "june", "july")
                and not m.group(2)
                and m.group(0) == name  # "en mars", "in Aug": a month; "mars" alone: no
            ):
                continue
            month = months[name]
            year = int(m.group(2)) if m.group(2) else None
            shift = _RELATIVE_YEAR_AFTER.match(folded[m.end() : m.end() + 30])
            if year is None and year_of is not None and shift:
                # "In June last year", "en juin de l'année prochaine": that year's month.
                year = year_of.year + (-1 if shift.group("last") else 1)
            elif year is None and year_of is not None:
                year = year_of.year if month <= year_of.month or future else year_of.year - 1
            if year is None:
                continue
            add(m, _whole_months(year, month, month))
    lang = "en" if sentence.lang == "en" else "fr"
    for m in YEAR_SHARE[lang].finditer(folded):
        months = year_share_months(m)
        if months is not None:
            add(m, _whole_months(int(m.group("year")), *months))
    for m in YEAR_PART[lang].finditer(folded):
        months = YEAR_PART_MONTHS[m.group("part") or m.group("mid")]
        add(m, _whole_months(int(m.group("year")), *months))
    for m in SEASON[lang].finditer(folded):
        year = int(m.group("year"))
        (m1, d1, y1), (m2, d2, y2) = _SEASON_DAYS[SEASON_NAMES[m.group("season")]]
        add(
            m,
            _value(
                date(year + y1, m1, d1),
                end=date(year + y2, m2, d2),
                granularity="month",
                anchor="absolute",
            )
            | {"weekday": None},
        )
    for m in NOT_BEFORE[lang].finditer(folded):
        year = int(m.group("year") or m.group("year2") or m.group("year3"))
        add(
            m,
            _value(date(year, 1, 1), end=date.fromisoformat(OPEN_END), granularity="year")
            | {"weekday": None, "mod": "since"},
        )
    for m in YEAR.finditer(folded):
        if counts_a_noun(folded, m.end()):
            continue  # "une foule de 2000 personnes", "for 2000 euros": a count
        year = int(m.group(1))
        add(
            m,
            _value(date(year, 1, 1), end=date(year, 12, 31), granularity="year")
            | {"weekday": None},
        )
    return drafts


def _period_bounds(m: re.Match[str]) -> tuple[date, date] | None:
    """The first and last days of a period read by PERIOD, or None when it runs back."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    m1 = MONTHS[m.group("m1")] if m.group("m1") else None
    m2 = MONTHS[m.group("m2")] if m.group("m2") else None
    first = date(y1, m1 or 1, 1)
    last = date(y2, m2 or 12, calendar.monthrange(y2, m2 or 12)[1])
    return (first, last) if first < last else None


def _monday(day: date, weeks: int = 0) -> date:
    """The Monday of `day`'s week, `weeks` weeks on (back when negative)."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)


def _month_span(day: date, months: int = 0) -> tuple[date, date]:
    """The first and last days of the month `months` months on from `day`'s."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, index + 1, 1), date(year, index + 1, calendar.monthrange(year, index + 1)[1])


def _drafts_relative(sentence: Sentence, ctx: ExtractContext, future: bool) -> list[ClaimDraft]:
    text, folded, published = sentence.text, ctx.folded, ctx.published
    drafts: list[ClaimDraft] = []

    def add(start: int, end: int, value: dict[str, Any]) -> None:
        if ctx.is_taken(start, end):
            return
        ctx.taken.append((start, end))
        drafts.append(ClaimDraft("date", (start, end), value, text[start:end]))

    for m in FR_NIGHT_SPAN.finditer(folded):
        wd1, wd2 = WEEKDAYS[m.group(1)], WEEKDAYS[m.group(2)]
        future = is_future(folded, sentence.lang, m.start())
        if published is None:
            add(
                m.start(),
                m.end(),
                _value(
                    None,
                    weekday=wd2,
                    granularity="weekday",
                    anchor="weekday",
                    time_range=("00:00", "06:00"),
                ),
            )
            continue
        second = _weekday_date(wd2, published, future, None)
        add(
            m.start(),
            m.end(),
            _value(second - timedelta(days=1), end=second, anchor="weekday")
            | {"weekday": WEEKDAY_NAMES[wd1], "night": True},
        )
    for m in WEEKDAY_SPAN["en" if sentence.lang == "en" else "fr"].finditer(folded):
        wd1, wd2 = WEEKDAYS[m.group(1) or m.group(2)], WEEKDAYS[m.group(3)]
        if wd1 == wd2 or _MOVED_BEFORE.search(folded[: m.start()]):
            continue
        if published is None:
            ctx.taken.append((m.start(), m.end()))  # a span of unknown days: not two days
            continue
        first = _weekday_date(wd1, published, is_future(folded, sentence.lang, m.start()), None)
        last = first + timedelta(days=(wd2 - wd1) % 7)
        # several weekdays: none of them is the span's own
        add(m.start(), m.end(), _value(first, end=last, anchor="weekday") | {"weekday": None})
    for m in WEEKDAY_OF_WEEK["en" if sentence.lang == "en" else "fr"].finditer(folded):
        if published is None:
            continue
        monday = _monday(published, _WEEK_DELTA.get(m.group(2) or m.group(3) or "", 0))
        add(
            m.start(),
            m.end(),
            _value(monday + timedelta(days=WEEKDAYS[m.group(1)]), anchor="weekday"),
        )
    weekday_re = EN_WEEKDAY if sentence.lang == "en" else FR_WEEKDAY
    for m in weekday_re.finditer(folded):
        prefix, name = m.group(1), m.group(2)
        part = m.group(3)
        modifier = m.group(4) if weekday_re is FR_WEEKDAY else None
        if part in ("dernier", "prochain", "precedent", "suivant"):
            modifier, part = part, None
        if prefix in ("last", "next", "previous", "following", "coming"):
            modifier = prefix
        wd = WEEKDAYS[name]
        future = is_future(folded, sentence.lang, m.start())
        time_range = PART_RANGES.get(part) if part else None
        if published is None:
            add(
                m.start(),
                m.end(),
                _value(
                    None, weekday=wd, granularity="weekday", anchor="weekday", time_range=time_range
                ),
            )
            continue
        resolved = _weekday_date(wd, published, future, modifier)
        add(m.start(), m.end(), _value(resolved, anchor="weekday", time_range=time_range))
    for m in AGO["en" if sentence.lang == "en" else "fr"].finditer(folded):
        n = 1 if m.group("n") in ("a", "an", "un", "une") else _word_number(m.group("n"))
        if published is None or not n:
            continue
        unit = m.group("unit")
        if unit.startswith(("jour", "day")):
            add(m.start(), m.end(), _value(published - timedelta(days=n), anchor="relative"))
            continue
        if unit.startswith(("semaine", "week")):
            # "two weeks ago" is about that day, give or take half a week
            day = published - timedelta(weeks=n)
            first, last, granularity = day - timedelta(days=3), day + timedelta(days=3), "week"
        elif unit.startswith(("mois", "month")):
            first, last = _month_span(published, -n)
            granularity = "month"
        else:
            # "il y a un an": about that day a year back, give or take a month
            day = _safe_date(published.year - n, published.month, min(published.day, 28))
            if day is None:
                continue
            first, last, granularity = day - timedelta(days=31), day + timedelta(days=31), "month"
        add(
            m.start(),
            m.end(),
            _value(first, end=last, granularity=granularity, anchor="relative") | {"weekday": None},
        )
    for pattern, delta, granularity in RELATIVE["en" if sentence.lang == "en" else "fr"]:
        for m in re.finditer(pattern, folded):
            if published is None:
                continue
            if granularity == "day":
                d = published + timedelta(days=delta)
                add(m.start(), m.end(), _value(d, anchor="relative"))
            elif granularity == "week":
                monday = _monday(published, delta // 7)
                add(
                    m.start(),
                    m.end(),
                    _value(
                        monday,
                        end=monday + timedelta(days=6),
                        granularity="week",
                        anchor="relative",
                    )
                    | {"weekday": None},
                )
            elif granularity == "year":
                year = published.year + delta
                add(
                    m.start(),
                    m.end(),
                    _value(
                        date(year, 1, 1),
                        end=date(year, 12, 31),
                        granularity="year",
                        anchor="relative",
                    )
                    | {"weekday": None},
                )
            else:
                first, last = _month_span(published, delta)
                add(
                    m.start(),
                    m.end(),
                    _value(first, end=last, granularity="month", anchor="relative")
                    | {"weekday": None},
                )
    return drafts


def _drafts_offsets(
    sentence: Sentence, ctx: ExtractContext, anchors: list[ClaimDraft]
) -> list[ClaimDraft]:
    """'trois jours après une rencontre', said on Monday: the meeting was on Friday."""
    drafts: list[ClaimDraft] = []
    for m in OFFSET.finditer(ctx.folded):
        n = _word_number(m.group(1))
        if n is None or ctx.is_taken(m.start(), m.end()):
            continue
        unit = 7 if m.group(2).startswith(("semaine", "week")) else 1
        direction = m.group(3)
        sign = -1 if direction in ("apres", "after", "later", "plus tard") else 1
        # The anchor is the nearest resolved day in the sentence.
        candidates = [a for a in anchors if a.value.get("date") and a.value["granularity"] == "day"]
        if not candidates:
            continue
        anchor = min(candidates, key=lambda a: abs(a.span[0] - m.start()))
        anchor_day = date.fromisoformat(anchor.value["date"])
        resolved = anchor_day + timedelta(days=sign * n * unit)
        ctx.taken.append((m.start(), m.end()))
        drafts.append(
            ClaimDraft(
                "date",
                (m.start(), m.end()),
                _value(resolved, anchor="offset"),
                sentence.text[m.start() : m.end()],
            )
        )
    return drafts


# --- clock times in words --------------------------------------------------
# "twenty to six", "half past seven", "a quarter past 9", "five o'clock", "noon";
# "sept heures et demie", "huit heures moins vingt", "dix-sept heures trente",
# "midi et quart", "minuit". Recognizers-Text's time specs are their reference
# (benchmarks/extract_specs.py, category "time words").
_HOUR_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-et-|-|\s+et\s+)une?|vingt-deux|vingt-trois|"
    r"vingt|\d{1,2})"
)
_MINUTE_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|vingt|trente|quarante|cinquante)(?:[-\s](?:et\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|un|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf))?|ten|five|fifteen|eleven|twelve|thirteen|fourteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|dix|cinq|quinze|onze|douze|treize|"
    r"quatorze|seize|dix-sept|dix-huit|dix-neuf|\d{1,2})"
)
EN_WORD_TIME = re.compile(
    TIME_HEDGE
    + rf"\b(?:(?P<before>half|(?:a\s+)?quarter|{_MINUTE_WORD})(?:\s+(?:minutes?|mins?))?\s+"
    rf"(?P<dir>past|after|to)\s+(?P<h1>{_HOUR_WORD})(?:\s+o['’]?\s?clock)?"
    rf"|(?P<h2>{_HOUR_WORD})\s+o['’]?\s?clock|(?P<noon>noon|midday|midnight))\b"
)
FR_WORD_TIME = re.compile(
    TIME_HEDGE + rf"(?<![\w-])(?:(?P<h>{_HOUR_WORD})\s+heures?|(?P<noon>midi|minuit))"
    r"(?:\s+(?P<tail>et\s+demie?|et\s+quart|moins\s+le\s+quart|moins\s+"
    rf"{_MINUTE_WORD}(?:\s+minutes?)?|(?:et\s+)?{_MINUTE_WORD}(?:\s+minutes?)?))?"
    r"(?![\w-])(?!\s*(?:de|d['’]|avant|apres|plus|sur|par|durant|d['’]affilee)\b)"
)
# A cue of the half of the day near a twelve-hour clock time.
_AM_CUE = re.compile(r"\b(?:morning|a\.?m\b|matin|matinee|du\s+matin)")
_PM_CUE = re.compile(r"\b(?:afternoon|evening|tonight|p\.?m\b|soir|soiree|apres-midi)")
_NIGHT_CUE = re.compile(r"\b(?:night|nuit)\b")
# The half of the day said right after a time, which decides over any cue around it ("ce
# soir à 1 h du matin", "tonight at two in the morning").
_HALF_AFTER = re.compile(
    r"^\s*(?:(?P<am>du\s+matin|in\s+the\s+morning)|"
    r"(?P<pm>du\s+soir|de\s+l['’]apres-midi|in\s+the\s+(?:afternoon|evening)))\b"
)


def _half_said_after(folded: str, end: int) -> str | None:
    """ "am" or "pm" when the words right after a time at `end` say which half it is."""
    m = _HALF_AFTER.match(folded[end : end + 30])
    return None if m is None else ("am" if m.group("am") else "pm")


# Verbs whose object is a length of time ("la réunion a duré une heure et demie", "the
# talks lasted 2 h 30"), and prepositions of duration.
_LASTING = r"dur(?:e|es|ent|ait|aient|era|eront|erait|er)|last(?:s|ed|ing)?|took|takes?"
# Words in front of a span of hours that make it a duration ("pendant deux heures et demie").
_DURATION_BEFORE = re.compile(
    rf"\b(?:{_LASTING}|pendant|durant|depuis|en|for|during|il\s+y\s+a|after|apres)\s+$"
)
# ... and in front of hours in digits, which "depuis", "for" or "after" put on the clock
# ("depuis 14 h 30", "scheduled for 14:30").
_DURATION_BEFORE_DIGITS = re.compile(rf"\b(?:{_LASTING}|pendant|durant)\s+$")


def _clock_number(words: str) -> int | None:
    """An hour or a count of minutes written in words or digits ("vingt et un": 21)."""
    words = re.sub(r"\s+", " ", words.strip())
    if words.isdigit():
        return int(words)
    if words in ("half", "demi", "demie"):
        return 30
    if words.endswith("quarter") or words == "quart":
        return 15
    for lang in ("en", "fr"):
        try:
            return int(text2num(words.replace(" et ", "-et-").replace(" ", "-"), lang))
        except (ValueError, TypeError):
            continue
    return None


def _worded_clock(m: re.Match[str], lang: str) -> tuple[int, int] | None:
    """(hours, minutes) of a clock time in words, on the twelve-hour dial when it is one."""
    groups = m.groupdict()
    if groups.get("noon"):
        hours = 0 if groups["noon"] in ("midnight", "minuit") else 12
        minutes = 0
    elif lang == "en" and groups.get("h2"):
        hours, minutes = _clock_number(groups["h2"]), 0
    elif lang == "en":
        hours, before = _clock_number(groups["h1"]), _clock_number(groups["before"])
        # "past" and "to" are said of the twelve-hour dial: "from 41 to 33" is a range of
        # counts, and so is "from 12 to 9", digits on both sides of "to" ("10 past 9" is
        # a time)
        if groups["dir"] == "to" and groups["before"].isdigit() and groups["h1"].isdigit():
            return None
        if hours is None or before is None or before >= 60 or not 1 <= hours <= 12:
            return None
        if groups["dir"] == "to":
            hours, minutes = (hours - 1) % 12 or 12, 60 - before
        else:
            minutes = before
    else:
        hours, minutes = _clock_number(groups["h"]), 0
    if hours is None:
        return None
    tail = groups.get("tail")
    if tail:
        tail = re.sub(r"\s+minutes?$", "", tail)
        if tail.startswith("moins"):
            rest = tail.split(None, 1)[1]
            before = 15 if rest == "le quart" else _clock_number(rest)
            if before is None or before >= 60:
                return None
            hours, minutes = (hours - 1) % 24, 60 - before
        else:
            minutes = _clock_number(re.sub(r"^et\s+", "", tail)) or 0
            if minutes >= 60:
                return None
    return (hours, minutes) if hours <= 24 else None


def _drafts_worded_times(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Clock times written in words. A time on the twelve-hour dial ("twenty to six",
    "huit heures") takes the half of the day its sentence says ("on Sunday morning",
    "du soir"); said nowhere, it is `twelve_hour`: it may also be twelve hours later."""
    text, folded = sentence.text, ctx.folded
    drafts: list[ClaimDraft] = []
    pattern = EN_WORD_TIME if sentence.lang == "en" else FR_WORD_TIME
    for m in pattern.finditer(folded):
        hedge = m.group(1)
        if sentence.lang == "en" and not hedge and "clock" not in m.group(0):
            continue  # "five to seven people": a range of counts
        if sentence.lang != "en" and not hedge and not m.group("tail"):
            continue  # "attendre neuf heures" is a duration, as in digits; "ce midi" a part
        if sentence.lang != "en" and m.group("noon") == "midi" and text[m.start("noon")] == "M":
            continue  # le Midi, the south of France
        if _DURATION_BEFORE.search(folded[max(0, m.start() - 12) : m.start()]):
            continue
        start = m.end(1) if hedge in ("a", "at", "des", "from") else m.start()
        start += len(folded[start:]) - len(folded[start:].lstrip())
        if ctx.is_taken(start, m.end()):
            continue
        clock = _worded_clock(m, sentence.lang)
        if clock is None:
            continue
        hours, minutes = clock
        twelve_hour = not m.group("noon") and 1 <= hours <= 12
        if twelve_hour:
            near = folded[max(0, m.start() - 40) : m.end() + 40]
            night = _NIGHT_CUE.search(near)
            half = _half_said_after(folded, m.end())
            if half:
                hours, twelve_hour = hours % 12 + (12 if half == "pm" else 0), False
            elif _PM_CUE.search(near) or (night and 6 <= hours <= 11):
                hours, twelve_hour = hours % 12 + 12, False
            elif night or _AM_CUE.search(near):
                hours, twelve_hour = hours % 12, False
        value = _clock_value(hours, minutes, hedge)
        if twelve_hour:
            value["twelve_hour"] = True
        ctx.taken.append((start, m.end()))
        drafts.append(ClaimDraft("date", (start, m.end()), value, text[start : m.end()]))
    return drafts


def _reads_as_dot_time(m: re.Match[str], text: str, folded: str) -> bool:
    """Whether a point-separated hour and minutes (`DOT_TIME`) is a clock time: followed
    by a zone, opening its sentence before a dash (a live blog's stamp), or led by a word
    of "when" and followed by the rest of its clause (punctuation, a dash, a word of
    grammar or a capitalised name), not by a unit ("at 6.45 percent")."""
    tail = folded[m.end() :]
    if zone_after(tail):
        return True
    if not folded[: m.start()].strip() and re.match(r"\s*[-–—]\s", tail):
        return True  # a live blog entry's stamp: "22.36 - Engineers are looking at data"
    if " ".join((m.group(1) or "").split()) not in _DOT_TIME_LEAD:
        return False
    follower = re.match(r"\s*([a-z]+)", tail)
    if follower is None:
        return not re.match(r"\s*(?:%|[$€£\d])", tail)
    word = follower.group(1)
    return word in _DOT_TIME_FOLLOWERS or text[m.end() + follower.start(1)].isupper()


def _drafts_times(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    text, folded = sentence.text, ctx.folded
    drafts: list[ClaimDraft] = []
    patterns = (
        [FR_TIME, COLON_TIME, EN_TIME] if sentence.lang != "en" else [EN_TIME, COLON_TIME, FR_TIME]
    ) + [WIRE_TIME]
    if sentence.lang == "en":
        patterns.append(DOT_TIME)
    for pattern in patterns:
        for m in pattern.finditer(folded):
            if pattern is WIRE_TIME and not zone_after(folded[m.end() :]):
                continue
            if pattern is DOT_TIME and not _reads_as_dot_time(m, text, folded):
                continue
            hedge, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
            start = m.start(2) if hedge in ("a", "at", "des", "from") else m.start()
            if ctx.is_taken(start, m.end()) or hours > 24 or minutes > 59:
                continue
            if pattern is EN_TIME:
                suffix = m.group(4).replace(".", "").replace(" ", "")
                if suffix.startswith("p") and hours < 12:
                    hours += 12
                if suffix.startswith("a") and hours == 12:
                    hours = 0
            elif (
                pattern is FR_TIME
                and not (hedge and m.group(3))  # "à 6 h 30 de la gare" is when
                and _FR_DURATION_AFTER.match(folded, m.end())
                and not _FROM_A_PLACE.match(text, m.end())
            ):
                continue
            elif pattern is FR_TIME and not m.group(3) and not hedge and "heure" in m.group(0):
                # "attendre 9 heures" is a duration; "à 14 heures", "16h" and "5 h 30" are times.
                continue
            if not hedge and _DURATION_BEFORE_DIGITS.search(folded[max(0, start - 12) : start]):
                ctx.taken.append((start, m.end()))  # "l'entretien a duré 1 h 30": how long,
                continue  # not when, and not two counts either
            if (
                pattern is COLON_TIME
                and _RACE_TIME.match(folded, m.start(2))
                and not zone_after(folded[m.end() :])
            ):
                continue  # "a course record of 2:08:51" is how long, not when
            minutes_unit = m.group(3) and _DURATION_UNIT_AFTER.match(folded, m.end())
            if pattern is not EN_TIME and minutes_unit:
                ctx.taken.append((start, m.end()))
                continue  # "en 4 h 38 min 12 s": how long, not when
            if (
                pattern is not EN_TIME
                and 1 <= hours < 12
                and _half_said_after(folded, m.end()) != "am"
                and re.search(
                    r"\b(?:soir|soiree|apres-midi|evening|afternoon|tonight)\b",
                    folded[max(0, m.start() - 30) : m.end() + 20],
                )
            ):
                hours += 12  # "ce soir vers 7 heures" is 19:00
            value = _clock_value(hours, minutes, hedge)
            if pattern is DOT_TIME and 1 <= hours <= 12 and not m.group(2).startswith("0"):
                value["twelve_hour"] = True  # "at 2.30" may be the afternoon's
            zone = zone_after(folded[m.end() :])
            if zone:
                value["tz"] = zone
                offset = utc_offset(zone, ctx.published)
                if offset is not None:
                    value["utc_offset"] = offset
            ctx.taken.append((start, m.end()))
            drafts.append(ClaimDraft("date", (start, m.end()), value, text[start : m.end()]))
    drafts += _drafts_worded_times(sentence, ctx)
    for pattern, (lo, hi) in PART_OF_DAY["en" if sentence.lang == "en" else "fr"]:
        for m in re.finditer(pattern, folded):
            if ctx.is_taken(m.start(), m.end()):
                continue
            ctx.taken.append((m.start(), m.end()))
            drafts.append(
                ClaimDraft(
                    "date",
                    (m.start(), m.end()),
                    _value(None, granularity="time", anchor="absolute", time_range=(lo, hi)),
                    text[m.start() : m.end()],
                )
            )
    return drafts


@register("date.v1")
def extract_dates(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Every date, weekday, relative day and time of day of a sentence, resolved."""
    future = is_future(ctx.folded, sentence.lang)
    drafts = _drafts_absolute(sentence, ctx, future)
    drafts += _drafts_relative(sentence, ctx, future)
    drafts += _drafts_offsets(sentence, ctx, drafts)
    drafts += _drafts_times(sentence, ctx)
    drafts.sort(key=lambda d: d.span)
    return drafts
