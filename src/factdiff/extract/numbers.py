"""Number claims: the value, its hedge, and what is counted.

Digits in French and English notation ("1 200", "79 804", "1,5 milliard",
"1,940", "1.5 billion", "6.8"), number words via text2num ("trente-cinq",
"vingt-trois", "twelve"), approximate nouns ("une trentaine", "un millier"),
hedges ("au moins", "plus de", "près de", "environ", "at least", "nearly"),
scores ("27-17", "27 à 20") and what is counted: the head noun after the
number mapped to a bilingual concept (morts/killed -> DEAD), or, when the
head is generic ("personnes", "people", "autres"), the casualty word of its
clause ("ont été tuées" -> DEAD).

The value of a number claim:
    {"value": 35.0, "low": 35.0, "high": inf-as-null, "hedge": "min" | None,
     "key": "DEAD", "unit": "EURO" | None, "per": "DAY" | None,
     "head": "civils"}
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from text_to_num import text2num

from factdiff.extract.base import ClaimDraft, ExtractContext, counts_a_noun, register
from factdiff.lexicon import CALENDAR_WORDS, STOPWORDS, concept_of, en, fr
from factdiff.lexicon.currencies import currency_keys, currency_of_code, currency_of_word
from factdiff.lexicon.occupations import occupation
from factdiff.records import Sentence
from factdiff.text import fold, stem

_FR_UNITS = (
    "zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    "seize|vingt|vingts|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|"
    "cent|cents|mille"
)
_EN_UNITS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|thousand"
)
FR_WORDS = re.compile(rf"\b(?:{_FR_UNITS})(?:(?:-|\s+et\s+|\s+|-et-)(?:{_FR_UNITS}))*\b")
EN_WORDS = re.compile(rf"\b(?:{_EN_UNITS})(?:(?:-|\s+and\s+|\s+)(?:{_EN_UNITS}|one))*\b")

DIGITS_FR = re.compile(r"(?<![\w.,])(\d{1,3}(?:[   .]\d{3})+|\d+)(?:,(\d+))?(?![\w])")
# English money writes its scale onto the figure: "$5bn", "£2.3bn", "€400m", "£500k";
# British papers write per cent "5pc".
_ATTACHED_SCALE = r"(?=(?:bn|m|k|pc)\b)"
# ... and its unit symbol: "a 140kg satellite", "a 12km stretch", "40mph" (SI and
# imperial symbols; a bare "m" is a million's as often as a metre's, so not read here).
_ATTACHED_UNIT = r"(?=(?:kg|km|cm|mm|mph)\b)"
DIGITS_EN = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?"
    rf"(?:(?![\w])|{_ATTACHED_SCALE}|{_ATTACHED_UNIT})"
)
SCORE = re.compile(r"(?<![\w,.])(\d{1,3})\s*(?:-|–|à|a|to)\s*(\d{1,3})(?![\w%]|[,.]\d)")
SCORE_CONTEXT = re.compile(
    r"\b(?:battu|battus|impose|imposes|imposee|victoire|vaincu|defaite|score|menes|mene|"
    r"mi-temps|pause|beat|won|defeated|lost|victory|half-time|halftime|led|trailing|finale?|"
    r"match|sets?|manches?|tie-break|jeux)\b"
)
APPROX = re.compile(
    r"\b(?:une|un|des|plusieurs|quelques|a)\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|"
    r"quarantaine|cinquantaine|soixantaine|centaine|millier|dozen)(s?)\b"
)
# A count of dozens, tens, hundreds or thousands: "three dozen", "deux douzaines", "trois
# centaines", "quatre milliers"; a dozen is exact, a French approximate noun is not.
MULTIPLIER_NOUNS = {
    "dozen": 12,
    "douzaine": 12,
    "douzaines": 12,
    "dizaines": 10,
    "centaines": 100,
    "milliers": 1000,
}
EXACT_MULTIPLIERS = frozenset({"dozen", "douzaine", "douzaines"})
MULTIPLIER_AFTER = re.compile(rf"^\s+({'|'.join(MULTIPLIER_NOUNS)})\b")
# Half of a dozen: six, about ("half a dozen people", "une demi-douzaine de blessés").
HALF_DOZEN = re.compile(r"\b(?:half\s+a\s+dozen|(?:une|la)\s+demi-douzaine)\b")
# "several hundred", "a few thousand": multiples of the unit, like "plusieurs centaines".
SEVERAL = re.compile(r"\b(?:several|a\s+few)\s+(hundred|thousand)\b")
SCALE_AFTER = re.compile(
    r"^\s*(millions?|milliards?|billions?|trillions?|thousand|mille|mds?|bn|mn|m|k|lakhs?|crores?)\b",
    re.IGNORECASE,
)
APPROX_SCALE_AFTER = re.compile(r"^\s*(?:de|d['’]|of)\s+(millions|milliards|billions)\b")
# A currency sign before a figure: "about $3.4 million", "€400m".
_CURRENCY_SIGNS = ("$", "€", "£", "¥")
_CURRENCY_SIGN = "[" + re.escape("".join(_CURRENCY_SIGNS)) + "]"


def _sign_before(folded: str, start: int) -> bool:
    """Whether a currency sign stands right before the figure at `start` ("€400m")."""
    return folded[:start].rstrip().endswith(_CURRENCY_SIGNS)


PERCENT_AFTER = re.compile(r"^\s*(?:%|pour[\s-]*cent|per[\s-]*cent|percent|pc\b)")
# A rate follows the counted noun and its complement ("500 barrels of oil a day", "1 200
# euros par mois"); a preposition that opens another phrase ends the noun's reach: "41
# passengers home from a day trip", "jailed for a year" are no rates.
PER_AFTER = re.compile(
    r"^\W*(?:(?!(?:from|for|in|after|within|over|during|on|at|into|than|since|"
    r"pour|dans|apres|depuis|pendant|durant)\W)\w+\W+){0,3}?"
    r"(?:par|per|a|an)\s+(jour|day|an|year|mois|month|semaine|week|heure|hour)\b"
)
# A rate said by an adjective of the noun the figure is "of": "annual savings of £25m",
# "un budget annuel de 3 millions", "daily output of 500 barrels" (not "the annual
# meeting drew 300 people").
_PER_ADJECTIVES = {
    "annual": "YEAR",
    "yearly": "YEAR",
    "annuel": "YEAR",
    "daily": "DAY",
    "quotidien": "DAY",
    "monthly": "MONTH",
    "mensuel": "MONTH",
}
PER_BEFORE = re.compile(
    rf"\b({'|'.join(_PER_ADJECTIVES)})(?:le|ne)?s?\s+(?:[a-z'’-]+\s+){{0,2}}?"
    rf"(?:of|de|d['’])\s*(?:about|some|nearly|environ|pres\s+de)?\s*{_CURRENCY_SIGN}?\s*$"
)

# The people a verb of employing takes as its object are its workforce: "qui emploie 140
# personnes", "which employs about 3,000 people"; so are those of a verb of FrameNet's
# Hiring and Firing frames, workers taken on or let go ("will lay off 65 people",
# "va licencier 40 personnes").
_EMPLOYS_BEFORE = re.compile(
    r"\b(?:emploi(?:e|ent|ait|aient|era)|employs?|employed|employing|"
    r"(?:lay|lays|laying|laid)\s+off|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|"
    r"licenci\w*|embauch\w*|recrut\w*)\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over|quelque|environ|pres\s+de|"
    r"plus\s+de)\s+)?$"
)
# The pronouns a partitive takes ("quatre d'entre eux", "three of them").
_PRONOUNS = frozenset({"eux", "elles", "nous", "vous", "them", "us", "you", "those"})
_GENERIC_HEADS = frozenset({"PERSON", "autre", "autres", "other", "others", "dont", "of"})
_VICTIM_HEADS = frozenset({"SKIER", "PASSENGER", "CHILD", "RESIDENT", "SOLDIER", stem("civils")})
_CASUALTY = ("DEAD", "INJURED", "MISSING", "CRITICAL", "EVACUATED")
_SKIP_HEAD_WORDS = frozenset(
    """de d des du of the les la le l un une a en au aux sur et and or ou to in on for par
        per millions million milliard milliards billion billions thousand mille plus more
        than supplementaires additional nouveaux nouvelles new premiers premieres first
        derniers last seuls only environ about quelque some petits grands toujours deja
        still according selon ses leurs its their""".split()
)
# Auxiliaries and verbs right after a number: the thing counted is in the predicate.
_VERB_HEADS = frozenset(
    """ont sont a est ete etaient avaient etait sera seront have has had been were was are
        is will would restent restaient reste demeurent""".split()
)


def _parse_digits(integer: str, fraction: str | None) -> float:
    whole = re.sub(r"[^\d]", "", integer)
    return float(f"{whole}.{fraction}") if fraction else float(whole)


def _with_elision(pattern: str) -> str:
    """A hedge's pattern, and its French "de" elided before a vowel ("plus d'un millier")."""
    elided = re.sub(r"\\s\+de$", r"\\s+d['’]", pattern)
    return pattern if elided == pattern else f"{pattern}|{elided}"


# The hedges of each language, its own first, with their elided forms.
_HEDGES_BY_LANG = {
    lang: [(_with_elision(p), kind) for p, kind in own.HEDGES + other.HEDGES]
    for lang, own, other in (("en", en, fr), ("fr", fr, en))
}


def _hedge_before(folded: str, start: int, lang: str) -> tuple[str | None, int]:
    """The hedge right before a number, and where it starts."""
    before = folded[max(0, start - 30) : start]
    # an article may stand before a number in words ("more than a thousand"; not "over a
    # 10-year period")
    article = r"(?:\ban?\s+)?" if folded[start : start + 1].isalpha() else ""
    for pattern, kind in _HEDGES_BY_LANG["en" if lang == "en" else "fr"]:
        # a currency sign may stand between the hedge and its figure ("about $3.4 million")
        m = re.search(rf"\b(?:{pattern})\s*{article}{_CURRENCY_SIGN}?\s*$", before)
        if m:
            return kind, start - (len(before) - m.start())
    return None, start


# Hedges that bound a figure on one side ("at least", "more than", "moins de", "jusqu'à").
BOUNDS = frozenset({"min", "gt", "lt", "max"})


def interval(value: float, hedge: str | None, approx: bool) -> tuple[float, float | None]:
    """The range of true values a hedged number allows (None: no upper bound)."""
    if approx:
        return (value * 0.75, value * 1.25)
    if hedge == "min":
        return (value, None)
    if hedge == "gt":
        return (value * 1.0001, None)
    if hedge == "near":
        return (value * 0.9, value)
    if hedge == "about":
        # The hedge covers what the figure's own precision leaves open: "about 35" or
        # "environ 1 500" are round (10 %); "approximately 18,400" is counted to the
        # hundred (5 %) and "some 13,760" to the unit (2 %).
        width = {1: 0.1, 2: 0.1, 3: 0.05}.get(_significant_digits(value), 0.02)
        return (value * (1 - width), value * (1 + width))
    if hedge == "lt":
        return (0.0, value * 0.9999)
    if hedge == "max":
        return (0.0, value)
    # Round numbers in prose are themselves approximate ("2 000 maisons").
    return (value, value)


def _significant_digits(value: float) -> int:
    """How many significant digits a figure is written with (18,400 -> 3, 0.75 -> 2)."""
    digits = f"{abs(value):.6f}".replace(".", "").strip("0")
    return max(1, len(digits))


def digit_place(value: float) -> float:
    """The place of a figure's last significant digit (1 200 -> 100, 745 -> 1, 4.5 -> 0.1):
    what it is rounded to, as written."""
    if value == 0:
        return 1.0
    return 10.0 ** (math.floor(math.log10(abs(value))) - _significant_digits(value) + 1)


def _tokens_after(folded: str, end: int, limit: int = 6) -> list[tuple[str, int, int]]:
    """Words after a number, up to the end of its phrase (a comma, a colon...)."""
    window = folded[end : end + 80]
    # a parenthesis ends the phrase however it is followed: "2 millions d'euros (2,6
    # millions de dollars)" counts euros
    stop = re.search(r"[,;:.«»\"“”?!]\s|[()]", window + " ")
    if stop and stop.start() > 0:
        window = window[: stop.start()]
    elif stop and stop.start() == 0:
        return []
    return [
        (m.group(0).lstrip("-"), end + m.start(), end + m.end())
        for m in re.finditer(r"[\w'’%€$£-]+", window)
    ][:limit]


def _tokens_before(folded: str, start: int, limit: int = 6) -> list[str]:
    return re.findall(r"[\w'’%€$£-]+", folded[max(0, start - 80) : start])[-limit:]


# People brought to a hospital, or kept in one, are its casualties: "were taken to
# hospital", "admitted to the hospital", "remain in hospital", "transportées à
# l'hôpital", "conduits vers l'hôpital", "conduits aux urgences" (not "at the hospital",
# where its staff are; "évacués vers l'hôpital" stays evacuated, the nearer word).
_TO_HOSPITAL = re.compile(
    r"\b(?:(?:to|into)\s+(?:the\s+|a\s+|an\s+)?|in\s+|(?:a|vers|jusqu'a)\s+l'|aux\s+|"
    r"vers\s+(?:les\s+|l'|un\s+)?)(?:local\s+|nearby\s+)?"
    r"(?:hospitals?|hopital|hopitaux|urgences|centre\s+hospitalier|chu)\b"
)


# Nouns of a whole toll, whatever its casualties: read as the dead only when no word of
# the figure's clause says which.
_GENERIC_TOLL_NOUNS = frozenset({"bilan", "toll"})
_GENERIC_TOLL_WORD = 1000
# A figure's predicate: what follows it up to the next clause ("six personnes ont été
# blessées", not ", with 40 others injured").
_PREDICATE_AFTER = re.compile(r"[^,;:.]*?(?=[,;:.]|\s(?:and|et|with|avec|but|mais)\s|$)")


def _clause_concepts(folded: str, start: int, end: int) -> list[str]:
    """Casualty concepts in the clause around a number ("ont été tuées", "were taken to
    hospital"). A colon or an opening quote begins another clause: in "a détaillé ce
    bilan : « Quatorze personnes ont été blessées", the toll is told by what follows."""
    left = max(
        folded.rfind(";", 0, start),
        folded.rfind(". ", 0, start),
        folded.rfind(": ", 0, start),
        folded.rfind("«", 0, start),
        start - 70,
        0,
    )
    right_candidates = [i for i in (folded.find(";", end), folded.find(". ", end)) if i != -1]
    right = min(right_candidates + [end + 70, len(folded)])
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"[\w'’-]+", folded[left:right]):
        word = m.group(0).split("'")[-1]
        concept = concept_of(word)
        if concept in _CASUALTY:
            at = left + m.start()
            # a toll's generic noun ("selon le bilan des pompiers, six personnes ont été
            # blessées") yields to the word of the figure's own predicate that says which
            # casualties they are
            generic = word in _GENERIC_TOLL_NOUNS and any(
                concept_of(w) in _CASUALTY and w not in _GENERIC_TOLL_NOUNS
                for w in re.findall(r"[\w'’-]+", _PREDICATE_AFTER.match(folded, end).group(0))
            )
            found.append((abs(at - start) + (_GENERIC_TOLL_WORD if generic else 0), concept))
    for m in _TO_HOSPITAL.finditer(folded, left, right):
        found.append((abs(m.start() - start), "INJURED"))
    return [c for _, c in sorted(found)]


# Symbols and abbreviations of currencies other than the four named ones.
_OTHER_SYMBOLS = {"₹": "INR", "rs": "INR", "rs.": "INR", "¥": "JPY", "₽": "RUB", "₴": "UAH"}


def _currency_before(original: str, start: int) -> str | None:
    """A currency written before an amount: a symbol ("₹", "Rs") or an ISO 4217 code in
    capitals ("INR 500", "CHF 20"), the codes from pycountry's table."""
    before = original[max(0, start - 6) : start].rstrip()
    m = re.search(r"(₹|¥|₽|₴|\bRs\.?|\b[A-Z]{3})$", before)
    if not m:
        return None
    token = m.group(1)
    code = _OTHER_SYMBOLS.get(token.lower(), _OTHER_SYMBOLS.get(token, token))
    return currency_of_code(code)


# The country letters written before a currency sign or in its ISO code ("A$1.2 billion",
# "US$800 million", "C$", "NZ$", "AUD 40m"): which of the many dollars (or francs,
# pesos) an amount is in.
_ISSUER_BEFORE = re.compile(r"(?<![A-Za-z])(?:(?P<mark>[A-Z]{1,3})[$€£]|(?P<code>[A-Z]{3}))\s?$")


def _issuer_before(original: str, hedge_start: int, start: int) -> str | None:
    """The country letters of the currency written before an amount (`_ISSUER_BEFORE`):
    "A" for "A$", "US" for "US$", "AU" for "AUD"; None when the sign has none ("$5m")."""
    for at in (start, hedge_start):
        found = _ISSUER_BEFORE.search(original[max(0, at - 5) : at])
        if found:
            return found.group("mark") or found.group("code")[:2]
    return None


def _compound_head(tokens: list[tuple[str, int, int]], i: int) -> str:
    """The head of an English compound after a number: its last noun. A count above one
    is plural, so a singular first word is a modifier: "5,000 oil and gas workers",
    "a dozen oil and renewables companies", "12 police officers"."""
    first = tokens[i][0]
    if _plural(first):  # "business leaders": no plural; "12 people and forced villagers"
        return first
    head = first
    for word, _s, _e in tokens[i + 1 : i + 5]:
        if word in ("and", "or"):
            continue
        if not word.isalpha() or word in en.STOPWORDS or word in _VERB_HEADS:
            break
        if _plural(word):
            head = word  # the last plural of the run
    return head


def _plural(word: str) -> bool:
    return word in en.PLURALS_WITHOUT_S or (word.endswith("s") and not word.endswith("ss"))


# Lengths whose square is an area: "1 800 mètres carrés", "12 000 m²", "1,800 square
# metres", "5,000 sq ft" measure a surface, not a distance.
_AREA_LABEL = {"METRE": "m²", "KILOMETRE": "km²", "FOOT": "sq ft", "MILE": "sq mi"}
_LENGTH_UNITS = frozenset(_AREA_LABEL)
_SQUARED = re.compile(r"([a-z]+)2")  # "m²" folds to "m2"


# ... and a cubed metre a volume: "8 000 mètres cubes", "12 000 m3", "12,000 cubic metres".
_CUBED = re.compile(r"m3")


# ... and a length per hour a speed: "64 km/h", "100 kilomètres par heure", "40 miles per
# hour" ("mph" and "km/h" are their own units).
_PER_HOUR = re.compile(r"(?:h|hr|hour|heure)")
_PER = frozenset({"per", "par", "an", "a", "à"})


def _square_unit(tokens: list[tuple[str, int, int]], i: int) -> tuple[str, str] | None:
    """The area, volume or speed unit (key, head) that starts at token `i`, if one does."""
    word = tokens[i][0]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    after_per = tokens[i + 2][0] if i + 2 < len(tokens) and following in _PER else ""
    unit = concept_of(word)
    if unit in ("KILOMETRE", "MILE") and (
        _PER_HOUR.fullmatch(following) or _PER_HOUR.fullmatch(after_per)
    ):
        return ("KMH", "km/h") if unit == "KILOMETRE" else ("MPH", "mph")
    if (
        _CUBED.fullmatch(word)
        or (word == "cubic" and concept_of(following) == "METRE")
        or (unit == "METRE" and re.fullmatch(r"cubes?", following))
    ):
        return "CUBIC_METRE", "m³"
    length = None
    if word in ("square", "sq"):
        length = concept_of(following)
    elif squared := _SQUARED.fullmatch(word):
        length = concept_of(squared.group(1))
    elif re.fullmatch(r"carree?s?", following):
        length = unit
    if length not in _LENGTH_UNITS:
        return None
    return f"SQUARE_{length}", _AREA_LABEL[length]


# A person told by sex and age group, whose "de N ans" is an age: "une femme de 54 ans",
# "un garçon de 8 ans" (not "une peine de cinq ans"). Basic nouns of both languages.
PERSON_DESCRIPTIONS = {
    "woman": "woman",
    "femme": "woman",
    "man": "man",
    "homme": "man",
    "girl": "girl",
    "fille": "girl",
    "fillette": "girl",
    "boy": "boy",
    "garcon": "boy",
}
_PERSON_OF_AGE_BEFORE = re.compile(
    r"\b(?:une?|le|la|l['’]|a|an|les|des|deux|trois|quatre|cinq|\d+)\s*(?:jeunes?\s+)?"
    r"(?P<noun>[a-z]+)(?:\s+[a-z]+)?\s*,?\s+(?:agee?s?\s+)?de\s*$"
)
# French writes a nationality or a name as a capitalized noun ("une Britannique", "un
# Airbus"): "de N ans" after one is its age, not a duration.
_CAPITALIZED_NOUN_OF_AGE = re.compile(
    r"\b(?:[Uu]ne?|[Ll]e|[Ll]a)\s+(?:jeune\s+)?[A-ZÀ-Ý][\w'’-]+\s*,?\s+(?:âgée?\s+)?de\s*$"
)
_PERSON_OF_AGE_AFTER = re.compile(r"^-years?-old\s+(?P<noun>[a-z]+)\b")


def described_person(folded: str, start: int, end: int, plural: bool = False) -> str | None:
    """Whom an age describes when no name is beside it: "a 45-year-old woman", "une
    femme de 54 ans", "un homme, âgé de 71 ans" -> "woman", "man"; "a 30-year-old
    driver" -> "driver", "une cycliste de 24 ans" -> "cycliste" (`person_noun`); else
    None. With `plural`, people too ("deux hommes de 25 et 31 ans": ages, owned by no
    one person)."""
    if m := _PERSON_OF_AGE_AFTER.match(folded[end:]):
        # what a "-year-old" qualifies is its head noun, whatever it is ("driver")
        noun = m.group("noun")
        return None if noun in STOPWORDS else PERSON_DESCRIPTIONS.get(noun, noun)
    m = _PERSON_OF_AGE_BEFORE.search(folded[max(0, start - 45) : start])
    if not m:
        return None
    noun = m.group("noun")
    if plural and noun not in PERSON_DESCRIPTIONS:
        noun = noun.removesuffix("s")
    return PERSON_DESCRIPTIONS.get(noun) or person_noun(noun)


# French nouns of agents by their endings, feminine to masculine: "coureuse" ->
# "coureur", "conductrice" -> "conducteur", "collégienne" -> "collégien",
# "cycliste", "enfant". (Not "-ard": "un retard de dix ans" is a duration.)
_FR_AGENT_FEMININE = (("euse", "eur"), ("trice", "teur"), ("ienne", "ien"), ("ante", "ant"))
_FR_AGENT_ENDING = re.compile(r"(?:eur|iste|ien|ant)$")


def person_noun(noun: str) -> str | None:
    """The masculine of a folded French noun that names someone by what they do or are,
    by the ending of agent nouns or as a job of Faker's list ("une randonneuse" ->
    "randonneur", "un cycliste", "une infirmière" -> "infirmier"): whose "de N ans" is
    an age. Else None."""
    if len(noun) < 4 or noun in STOPWORDS:
        return None
    if job := occupation(noun, "fr"):
        return job
    for feminine, masculine in _FR_AGENT_FEMININE:
        if noun.endswith(feminine):
            noun = noun[: -len(feminine)] + masculine
            break
    return noun if _FR_AGENT_ENDING.search(noun) else None


# A figure with no noun after it, told as the size of a noun before it: "a crowd of
# 23,581", "une foule de 3 000", "the official attendance would be 25,381", "l'affluence a
# atteint 9 000".
_MEASURED_OF = re.compile(
    r"\b(?:a|an|the|une?|la|le|l['’])\s*(?P<noun>[a-z-]{4,})\s+(?:of|de|d['’])\s*$"
)
_MEASURED_IS = re.compile(
    r"\b(?:the|its|their|la|le|l['’]|son|sa|leur)\s*(?:[a-z-]+\s+)?(?P<noun>[a-z-]{4,})\s+"
    r"(?:will\s+be|would\s+be|is|was|stood\s+at|stands\s+at|reached|totall?ed|est\s+de|"
    r"etait\s+de|sera\s+de|s['’]eleve\s+a|s['’]elevait\s+a|a\s+atteint|atteint|atteignait)\s*$"
)
# Nouns that say "how many" of something the sentence names elsewhere: "a total of 300
# homes", "the number of homes ... is 620", not what is counted.
_QUANTITY_NOUNS = frozenset(
    "total number nombre somme sum moyenne average maximum minimum series serie".split()
)


def _measured_noun_before(folded: str, start: int) -> str | None:
    """The noun a keyless figure is the size of, from the words just before it."""
    before = folded[max(0, start - 60) : start]
    m = _MEASURED_OF.search(before) or _MEASURED_IS.search(before)
    if not m:
        return None
    noun = m.group("noun")
    if noun in _QUANTITY_NOUNS or noun in STOPWORDS:
        return None
    return noun


def _counted(folded: str, start: int, end: int, lang: str, original: str) -> dict[str, Any]:
    """What a number counts: unit, head noun, concept key, rate."""
    after = folded[end:]
    unit = None
    per = None
    m = PER_AFTER.match(after)
    if m:
        per = concept_of(m.group(1))
    elif before := PER_BEFORE.search(folded[max(0, start - 60) : start]):
        per = _PER_ADJECTIVES[before.group(1)]
    head = None
    key = None
    partitive = False
    tokens = _tokens_after(folded, end)
    verb_head = False
    for i, (token, tok_start, _e) in enumerate(tokens):
        bare = token.split("'")[-1].split("’")[-1]
        if bare in _VERB_HEADS:
            verb_head = True
            break
        if lang == "en" and original[tok_start : tok_start + 1].isupper():
            continue  # "Three British skiers": nationality adjectives
        if bare in ("%",):
            key = "PERCENT"
            break
        if i == 0 and bare in ("des", "entre", "of") and len(tokens) > 1:
            partitive = True
            continue
        if partitive and i == 1 and bare in _PRONOUNS:
            # "Trois d'entre elles ont été blessées": the clause tells what is counted
            partitive = False
            continue
        concept = concept_of(bare)
        if concept in ("EURO", "DOLLAR", "POUND"):
            unit = concept
            continue
        if (currency := currency_of_word(bare)) and not (
            _sign_before(folded, start) or _currency_before(original, start)
        ):
            # "62 millions de francs", "500 yen" (ISO 4217 names); after "$" or "CHF" the
            # currency is told and the word is the sentence's ("$103 million sum")
            unit = currency
            continue
        if bare in _SKIP_HEAD_WORDS or bare.isdigit() or len(bare) < 2:
            continue
        if bare in ("autres", "other") and i + 1 < len(tokens):
            continue  # "23 autres blessées": the noun after "other" is what is counted
        square = _square_unit(tokens, i)
        if square:
            key, head = square
            break
        unit_part = bare.split("-", 1)[0]
        if "-" in bare and concept_of(unit_part) in MEASURE_UNITS:
            head = unit_part  # "a 200-metre-deep gorge", "a 12-mile stretch"
            key = concept_of(unit_part)
            break
        if re.fullmatch(r"\w+-(?:magnitude|point|seat|year|day|hour|member)", bare):
            head = bare.split("-", 1)[1]
            key = concept_of(head) or stem(head)
            break
        head = bare
        if lang == "en":
            head = _compound_head(tokens, i)
            concept = concept_of(head) if head != bare else concept
        key = concept or stem(head)
        # "2 blessés graves", "trois blessés légers": the qualifier narrows the count.
        following = [t for t, _s3, _e3 in tokens[i + 1 : i + 3]]
        if key == "INJURED" and any(concept_of(t) == "CRITICAL" for t in following):
            key = "CRITICAL"
        elif key == "INJURED" and any(
            t in ("leger", "legers", "legere", "legeres", "legerement", "minor", "slightly")
            for t in following
        ):
            key = "INJURED_LIGHT"
        if partitive:
            # "Huit des blessés sont en urgence absolue": the predicate says what is counted.
            for later, _s2, _e2 in tokens[i + 1 :]:
                later_concept = concept_of(later)
                if later_concept and later_concept != key and later not in _VERB_HEADS:
                    key, head = later_concept, later
                    break
        break
    before = _tokens_before(folded, start, 4)
    symbol = re.search(r"([€$£]|\b(?:usd|eur|gbp|chf|cad))\s*$", folded[max(0, start - 5) : start])
    if symbol:
        unit = {"€": "EURO", "$": "DOLLAR", "£": "POUND"}.get(symbol.group(1)) or currency_of_code(
            symbol.group(1).upper()
        )
    elif currency := _currency_before(original, start):
        unit = currency
    for token in reversed(before):
        if concept_of(token) == "MAGNITUDE" and key in (None, "PERSON"):
            key, head = "MAGNITUDE", token
    if unit:
        key = unit  # amounts of money compare by currency; their sentences tell what they buy
    if key in ("PERSON", None) and not unit and _EMPLOYS_BEFORE.search(folded[:start]):
        key = "EMPLOYEE"  # "which employs 140 people": a workforce, whatever the clause says
    elif (
        verb_head or key in _GENERIC_HEADS or key is None or head in ("autres", "others")
    ) and not partitive:
        casualty = _clause_concepts(folded, start, end)
        if casualty:
            key = casualty[0]
    elif key not in _CASUALTY:
        casualty = _clause_concepts(folded, start, end)
        # "trois skieurs ont été tués": the skiers are the dead.
        if casualty and key in _VICTIM_HEADS:
            key = casualty[0]
    if (
        key is None
        and not unit
        and not partitive
        and (noun := _measured_noun_before(folded, start))
    ):
        key, head = concept_of(noun) or stem(noun), noun
    if key == "VOTE" and head and head.endswith(("ant", "ants")):
        # a French agent noun in -ant counts who voted, not the votes ("sur 36 votants")
        key = "VOTER"
    if _an_age(folded, start, end, lang, original):
        key = "AGE"
        if re.match(r"^-years?-old\b", after):
            head = None  # "a 45-year-old woman"
    return {"key": key, "unit": unit, "per": per, "head": head}


# Numbers listed together share what they count: "âgés de 34 et 47 ans", "aged 34 and
# 47", "deux hommes de 25 et 31 ans" (a comma and a space between two numbers, or a
# conjunction; "3,5" is a French decimal).
_LISTED_BEFORE = re.compile(r"(?:\d+(?:[.,]\d+)?(?:,\s+|\s+(?:et|and|ou|or)\s+))+$")
_LISTED_AFTER = re.compile(r"^(?:(?:,\s+|\s+(?:et|and|ou|or)\s+)\d+(?:[.,]\d+)?)+")


def _an_age(folded: str, start: int, end: int, lang: str, original: str) -> bool:
    """Whether a number is an age, read at its own place and, in a list of numbers, at
    the list's first number (the cues before) and its last (the unit after)."""
    listed_before = _LISTED_BEFORE.search(folded[:start])
    listed_after = _LISTED_AFTER.match(folded[end:])
    first = listed_before.start() if listed_before else start
    last = end + listed_after.end() if listed_after else end
    return any(
        _age_at(folded, s, e, lang, original)
        for s, e in {(start, end), (first, end), (start, last)}
    )


def _age_at(folded: str, start: int, end: int, lang: str, original: str) -> bool:
    after = folded[end:]
    if re.match(r"^\s*ans?\b", after) and re.search(
        r"(?:,|agee?s?\s+de|\()\s*$", folded[max(0, start - 12) : start]
    ):
        return True
    if re.match(r"^\s*ans\b", after) and (
        described_person(folded, start, end, plural=True)
        or _CAPITALIZED_NOUN_OF_AGE.search(original[max(0, start - 40) : start])
    ):
        return True  # "une femme de 54 ans", "une Britannique de 58 ans"
    if re.search(r"\b(?:agee?s?\s+de|aged|ages?\s+of)\s*$", folded[max(0, start - 14) : start]):
        return True  # "âgés de 29 à 56 ans", "aged between": an age, whatever follows
    if re.match(r"^-years?-old\b", after):
        return True  # "a 45-year-old woman"
    # "Tom Hale, 52, was arrested": a name's age between commas (English)
    return bool(
        lang == "en"
        and re.match(r"^\s*,", after)
        and re.search(r"[A-Z][\w'’-]+,\s*$", original[max(0, start - 30) : start])
    )


_CODE_WORDS = frozenset(
    """top ligue formule article art n° no numero number route departementale nationale
    autoroute ligne line vol flight boeing airbus coupe page chapitre section niveau level porte
    gate terminal salle room mission apollo version tome saison season euro mondial""".split()
)


# Units a figure after a code word ("level", "gate", "route") measures in.
_MEASURED = _LENGTH_UNITS | {"HECTARE", "ACRE"}


def _is_code_or_name(text: str, start: int, end: int, scale_attached: bool = False) -> bool:
    """Numbers inside names and codes: A7, RN 7, Top 14, G7, article 49.3, COVID-19 (a
    letter right after the figure is a code's, unless it is the figure's `scale_attached`:
    "$5bn")."""
    if start > 0 and text[start - 1].isalpha():
        return True  # "A7", "G20"
    before = text[max(0, start - 20) : start]
    if _currency_before(text, start):
        return False  # "CHF 20", "DKK 30,000": an amount, not a code
    token = re.search(r"([\w.°'’-]+)\s$", before)
    if token:
        word = token.group(1)
        if re.fullmatch(r"[A-Z]{1,5}", word) and word not in ("A", "I"):
            return True  # "RD 609", "RN 7", "COVID 19"
        if fold(word).strip(".") in _CODE_WORDS:
            # "level 3" names a level; "a working level 1,420 metres below" measures it
            unit = re.match(r"\s*([a-z]+)", fold(text[end : end + 15]))
            return not (unit and concept_of(unit.group(1)) in _MEASURED)
    return not scale_attached and bool(re.match(r"[A-Za-z]", text[end : end + 1]))


# Units of measure, whose figures convert (factdiff.compare.numbers.DIMENSIONS).
DATA_UNITS = frozenset({"MEGABYTE", "GIGABYTE", "TERABYTE", "PETABYTE"})
MASS_AND_VOLUME_UNITS = frozenset({"GRAM", "KILOGRAM", "TONNE", "LITRE", "CUBIC_METRE"})
SPEED_UNITS = frozenset({"KMH", "MPH"})
MEASURE_UNITS = (
    _LENGTH_UNITS
    | {"HECTARE", "ACRE", "MILLIMETRE", "CENTIMETRE"}
    | {f"SQUARE_{u}" for u in _LENGTH_UNITS}
    | DATA_UNITS
    | MASS_AND_VOLUME_UNITS
    | SPEED_UNITS
)
# "les sept autres blessés", "the other six", "23 others": the rest of a count, not
# the count itself.
_REST = re.compile(r"^\s*(?:autres|others?)\b")


def counts_others(folded_after: str) -> bool:
    """Whether a count, by the folded text after it, is of others than some already told
    ("Deux autres fragments", "23 others", "les sept autres blessés")."""
    return bool(_REST.match(folded_after))


# A count joined to a named member of its group ("from Marlow Creek and five neighboring
# departments", "la France et trois autres pays"): the others, not the whole group.
_AFTER_A_NAMED_MEMBER = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:and|et)\s+$")


def _after_a_named_member(text: str, start: int) -> bool:
    """Whether a figure follows "<Name> and" (`_AFTER_A_NAMED_MEMBER`), the name not the
    sentence's first word (any word is capitalized there) nor a day or a month ("on
    Monday and three people died" joins two clauses), nor an adjective of a count ("12
    Somali and 11 Yemeni pirates")."""
    window = max(0, start - 40)
    named = _AFTER_A_NAMED_MEMBER.search(text[window:start])
    if not named or window + named.start() == 0:
        return False
    if re.search(r"\d\s*$", text[max(0, window + named.start() - 12) : window + named.start()]):
        return False  # two counts joined: "the 12 Somali and 11 Yemeni pirates"
    return fold(named.group(0).split()[-2]) not in CALENDAR_WORDS


_REST_BEFORE = re.compile(r"\b(?:the\s+other|the\s+remaining)\s*$")
# A part of a count just given: "12 morts, dont 7 à Conques", "including three
# children", "of whom two were children".
# A part by its place in a whole: "the final 60 kilometres", "the first 20 laps".
_THE_FIRST_OR_LAST = r"\bthe\s+(?:first|last|final)\s*$"
_PART_BEFORE = re.compile(
    r"\b(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquels|lesquelles)|"
    rf"of\s+whom|of\s+which)\b[^,;.()]{{0,20}}$|{_THE_FIRST_OR_LAST}|"
    # a partitive that opens the clause: "Of the injured, four were taken to Wichita"
    r"(?:^|[.;:]\s*)(?:of|among)\s+the\s+[a-z-]+(?:\s+[a-z-]+)?\s*,\s*$|"
    r"(?:^|[.;:]\s*)parmi\s+(?:les|ces)\s+[a-z-]+(?:\s+[a-z-]+)?\s*,\s*$"
)
# The same told after the figure: "18 months of which were suspended", "three of
# whom were children".
_PART_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?of\s+(?:which|whom)\b")
# "About 1,100 of the properties": some of a definite group, its whole not given here
# (with its whole, "three of the four counts", the whole is read apart). Not a share:
# "70 percent of the buildings" is what a percentage always is.
_SOME_OF_THE_GROUP = re.compile(
    r"^\s*of\s+the\s+(?!(?:[\w'’-]+\s+){0,2}?(?:[\w-]*\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b))[a-z]"
)
# A partitive of a group named earlier, not of the count just given: "onze d'entre eux",
# "three of them". Its whole is whatever "them" is, so it is compared only with another
# partitive ("trois d'entre eux" / "three of them").
_PARTITIVE_AFTER = re.compile(
    r"^\s*(?:d['’]entre|of)\s+(?:eux|elles|them|those|these)\b|" + _SOME_OF_THE_GROUP.pattern
)
# "les quarante derniers kilomètres", "the first 20 laps" (with _PART_BEFORE).
_FIRST_LAST = re.compile(r"^\s*(?:derniers|dernieres|premiers|premieres)\b")
# A figure said not to hold: "nous n'avons jamais compté 3 millions d'adhérents", "it
# was never 500" ("pas moins de 12", "not more than 12" are hedges, not denials).
_DENIED_BEFORE = re.compile(
    r"\b(?:jamais|never|not|pas)\b(?!\s+(?:moins|plus|less|more|fewer|over|under))[^,;.]{0,25}$"
)
# An addition, not the stock: "36 nouvelles rames", "200 additional beds", "10 more".
_ADDED_AFTER = re.compile(
    r"^\s*(?:nouveaux|nouvelles|nouvel|supplementaires|new|additional|extra|more)\b"
)
_ADDED_BEFORE = re.compile(r"\b(?:another|an\s+additional|additional|extra)\s*$")
# What something holds or employs is its size, not a figure of the event: "la flotte
# comptera 128 rames", "un collège qui accueille 560 élèves", "which employs 3,000".
_HOLDS_BEFORE = re.compile(
    r"\b(?:accueill(?:e|ent|era|ait)|compt(?:era|eront|ait)|emploi(?:e|ent|era|ait)|"
    r"regroup(?:e|ent)|abrit(?:e|ent)|heberg(?:e|ent)|conti(?:ent|ennent)|"
    r"holds?|employs?|employed|can\s+(?:hold|carry|accommodate|seat)|"
    r"capacity\s+of|capacite\s+de)\b[^,;.]{0,20}$"
)
# A place's size, not a count of the story: "ce quartier de 30 000 habitants", "a town
# of 8,000 people" (the place nouns of factdiff.extract.locations).
_PLACE_SIZE_BEFORE = re.compile(
    r"\b(?:quartier|ville|commune|village|localite|agglomeration|secteur|town|city|district|"
    r"suburb|neighbou?rhood)\s+(?:de|d['’]|of)\s*(?:quelque|pres\s+de|environ|some|about|"
    r"nearly|almost)?\s*$"
)
# A figure said to be the whole count of its thing: "22 lits au total", "22 beds in all",
# "a total of 22 beds", "un total de 22 lits".
_TOTAL_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:au\s+total|en\s+tout|in\s+total|in\s+all)\b")
_TOTAL_BEFORE = re.compile(r"\b(?:a|un|au)\s+total\s+(?:of|de|d['’])\s*$")
# The whole a part is taken from: "19 of the legislature's 27 seats", "19 sièges sur 27",
# "140 de ses 212 magasins".
_WHOLE_BEFORE = re.compile(
    r"(?:\d[\d\s,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|"
    r"trois|quatre|cinq|sept|huit|neuf|dix))\s*(?:[a-z]+\s+)?"
    r"(?:of\s+(?:the|its|their)(?:\s+[\w'’]+)?|sur|de\s+(?:ses|leurs))\s*$"
    r"|\b(?:sur\s+un\s+total\s+de|out\s+of\s+a\s+total\s+of|out\s+of)\s*$"
)
# Those still in a state: "Fourteen injured persons are still under treatment", "huit
# blessés sont toujours hospitalisés" count what remains of a figure, not the figure.
_STILL_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+(?:are|were|is|was|remain|remained|sont|etaient|restent|est)\s+"
    r"(?:still|encore|toujours)\b"
)
# Without an article, "23 autres blessés" / "23 others" count a new group in full.
_REST_ARTICLE = re.compile(r"\b(?:les|ses|leurs|ces|the|its|their|those)\s*$")
# A figure someone asks for or proposes is not the figure decided: "le parquet avait
# requis cinq ans", "prosecutors had sought five years", "the union demanded 8%".
# Each verb in all its forms: a demand told in the infinitive, the future or a
# participle ("va réclamer", "are demanding", "calling for") is a demand all the same.
_FR_FIRST_GROUP_ENDINGS = r"(?:e|es|ent|ait|aient|er|era|eront|erait|eraient|ant|ee?s?)"
_REQUEST_VERB = (
    rf"\b(?:(?:reclam|propos|demand){_FR_FIRST_GROUP_ENDINGS}|"
    r"exig(?:e|es|ent|eait|eaient|er|era|eront|erait|eraient|eant|ee?s?)|"
    r"requi(?:s|se|ses|ert|erent|erir|errait|erra|erant)|"
    r"(?:demand|request)(?:s|ed|ing)?|propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|"
    r"(?:ask|call)(?:s|ed|ing)?\s+for)\b"
)
_REQUEST_BEFORE = re.compile(_REQUEST_VERB + r"[^,;:.]{0,30}$")
# The verb governs each object of a list it is given, past the commas of the list:
# "avait requis trois ans de prison, dont un an ferme, et 75 000 euros d'amende".
_REQUEST_LIST_BEFORE = re.compile(
    _REQUEST_VERB + r"[^;:.]{0,60}(?:,\s*|\s)(?:et|and|ainsi\s+que|as\s+well\s+as)\s+"
    # the figure right after the coordinator, not a new clause's ("and the company offered")
    r"(?:(?:a|an|the|un|une|des|de|d['’]|le|la|les)\s*)?[$€£]?\s*$"
)


# A verb of asking, a figure it governs, then a comma: the figure after the comma is the
# next item of what was asked ("avait requis dix-huit mois avec sursis, 30 000 euros
# d'amende et cinq ans d'inéligibilité").
_REQUEST_ITEM_BEFORE = re.compile(
    _REQUEST_VERB + r"\s+(?P<figure>(?:[\w-]+\s+)?[\w-]+)[^;:.,]{0,40},\s*[$€£]?\s*$"
)


def _requested_item(before: str) -> bool:
    """Whether the text before a figure asks for a figure and lists this one after it
    (`_REQUEST_ITEM_BEFORE`), the first item a number in digits or in words."""
    item = _REQUEST_ITEM_BEFORE.search(before[-120:])
    if not item:
        return False
    # the first or second word ("requis dix-huit mois", "sought a one-year term")
    return any(
        word[0].isdigit() or any(_reads_as_number(word, lang) for lang in ("fr", "en"))
        for word in item.group("figure").split()
    )


def _reads_as_number(word: str, lang: str) -> bool:
    try:
        text2num(word, lang)
    except ValueError:
        return False
    return True


# A difference between two counts (a winning margin, a lead): "a margin of 38 votes",
# "83 voix d'avance", "a 12-point lead", "un écart de 4 sièges".
_MARGIN_BEFORE = re.compile(
    r"\b(?:margin|lead|majority|avance|ecart|majorite)\s+(?:of|de|d['’])\s*(?:only\s+|seulement\s+)?$"
)
# A winning margin told by the verb of winning, losing or leading and "by" ("won the
# final stage of the tour by 40 seconds", "beat him by three points", "led by two goals").
# Holding or carrying a seat is winning it (WordNet's "hold", "carry": win an election
# in a district): "held his own riding by just 412 votes". French wins "par": "l'a
# emporté par 83 voix", "battu par trois points".
_WON_BY_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|beat|beats|beating|lost|loses?|losing|led|leads?|leading|held|"
    r"holds?|holding|kept|retained|carried|clinched|edged)\s+"
    r"(?:[^\s.,;:]+\s+){0,8}?by\s+(?:just\s+|only\s+|nearly\s+|almost\s+)?$"
    r"|\b(?:emporte|remporte|gagne|battue?s?|devance)\s+(?:[^\s.,;:]+\s+){0,8}?par\s+"
    r"(?:seulement\s+|a\s+peine\s+|tout\s+juste\s+)?$"
)
_MARGIN_AFTER = re.compile(
    r"^(?:-|\s)(?:[a-z]+\s+)?(?:d['’](?:avance|ecart)|(?:vote|point|seat)s?[\s-]+(?:margin|lead|ahead)|"
    r"(?:votes?|points?|seats?|voix|sieges?)\s+(?:d['’](?:avance|ecart)|ahead|de\s+plus)|"
    # a lead over a rival in a contest's units: "31 seconds clear of", "two lengths
    # ahead of", "23 secondes devant" (not "200 protesters ahead of the summit")
    r"(?:seconds?|minutes?|points?|lengths?|strokes?|shots?|goals?|laps?)\s+(?:clear|ahead)\s+of\b|"
    r"(?:secondes?|minutes?|points?|longueurs?|coups?|buts?|tours?)\s+devant\b)"
)
# The other side of a tally: "by 50 votes to 12", "par 300 voix contre 120".
_TALLY_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:to|contre)\s+\d")
# A point on a scale of length, not an extent ("s'est produit à près de 2 800 mètres",
# "cruising at 10,000 feet"): "à"/"at" before a length figure ("sur 300 mètres", "for
# 300 metres" are extents). Read for lengths only (`_LEVEL_UNITS`).
_LEVEL_BEFORE = re.compile(
    r"(?:^|\s)(?P<prep>a|at)\s+(?:pres\s+de\s+|environ\s+|quelque\s+|plus\s+de\s+|moins\s+de\s+|"
    r"some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
    r"less\s+than\s+|under\s+)?$"
)
_LEVEL_UNITS = _LENGTH_UNITS | {"MILLIMETRE"}  # a millimetre has no area label, still a length
# A distance that places something ("à une dizaine de kilomètres de l'arrivée", "20 km
# south of the city", "602 miles southeast of Tehran", "five miles from the coast") is a
# position, not a length.
_OFFSET_AFTER = re.compile(
    r"^\s*(?:de\s+)?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m)\s+"
    r"(?:(?:au|a\s+l['’])\s*)?(?:de|du|des|d['’]|from|off|away|"
    r"(?:south|north|east|west|nord|sud|est|ouest)(?:[-\s]?(?:east|west|est|ouest))?)\b"
)


# What was expected or forecast is not what came: "les analystes attendaient un bénéfice
# de 89 millions", "analysts had expected revenue of $420 million".
_EXPECTED_BEFORE = re.compile(
    r"\b(?:attend(?:ai)?(?:t|ent)|tabl(?:ai)?(?:t|ent)\s+sur|prevoy(?:ai)?(?:t|ent)|"
    r"anticipai(?:t|ent)|expected|expects?|forecast|forecasts|anticipated|projected|"
    r"consensus)\b[^,;:.]{0,35}$"
)
# A change is not a level: "climbed by about $4 million", "en hausse de 5 %", "up 11".
_CHANGE_VERBS = (
    r"(?:rose|risen|rise|rising|grew|grown|grow|shr[au]nk|fell|fallen|fall|cut|up|down|drop|"
    r"dropped|gain|gained|lost|loss|won|beat|beaten|led|trailed|outnumbered|"
    r"(?:increas|decreas|reduc|rais|lower|widen|narrow|extend|shorten|delay|expand|trim|"
    r"slash|boost|chang|revis|adjust|climb|jump|soar|surg|slump|slid|slipp|plung|tumbl|"
    r"declin|improv|worsen|inflat|deflat|advanc|retreat)\w*)"
)
# "by" is a change's only after a word of change ("cut its forecast by", "widened by"):
# "watched by 4,612 spectators", "attended by 200 people" name who.
_CHANGE_BEFORE = re.compile(
    rf"(?:\b(?:{_CHANGE_VERBS})\b(?:\s+[a-z'’]+){{0,3}}?\s+by|"
    r"\b(?:up|down|en\s+(?:hausse|baisse|recul|progression|augmentation)\s+de|"
    r"(?:increase|decrease|rise|drop|fall|gain|loss)\s+of))\s+(?:about|some|nearly|almost|"
    r"more\s+than|less\s+than|environ|pres\s+de|plus\s+de|moins\s+de)?\s*[$€£]?\s*$"
)


# Which way a figure moved, read right before it: "fell 8%", "a progressé de 8 %", "en
# baisse de 3 %", "up 11%". A figure a change reached ("rose to 21", "s'est alourdi à 14")
# is a level, not a change: "to" and "à" are not read.
_RISE = (
    r"rose|risen|rises?|rising|climb(?:ed|s|ing)?|jump(?:ed|s)?|soar(?:ed|s)?|surg(?:ed|es)|"
    r"gain(?:ed|s)?|grew|grown|grows?|increas(?:ed|es)|up|hausse|progress(?:e|ent|ion)|"
    r"augment(?:e|ent|ation|era|eront|erait|eraient)|progresser(?:a|ont|ait|aient)|grimpe|"
    r"grimpent|bondi|accru|accroissement"
)
_FALL = (
    r"fell|fall(?:en|s)?|dropp(?:ed)|drops?|declin(?:ed|es)|slump(?:ed|s)?|slid|slipp(?:ed)|"
    r"plung(?:ed|es)|tumbl(?:ed|es)|shrank|shrunk|decreas(?:ed|es)|lost|down|baisse|"
    r"recul(?:e|ent)?|chute|chutent|diminu(?:e|ent|tion|era|eront)|baisser(?:a|ont)|"
    r"regress(?:e|ent|ion)|perdu|cede"
)
_DIRECTION_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_RISE})|(?P<down>{_FALL}))(?:\s+(?:de|d['’]|by|of|en|about|some|nearly|"
    r"almost|around|roughly|more\s+than|less\s+than|environ|pres\s+de|plus\s+de|"
    r"moins\s+de|just|only|quelque|as\s+much\s+as|up\s+to|jusqu['’]a))*\s*[$€£]?\s*$"
)


# ... or right after it: "closed 6% higher", "8 % de hausse", "12% lower than a year ago".
_DIRECTION_AFTER = re.compile(
    r"^\s*(?:(?P<up>higher|up|de\s+hausse|en\s+hausse|de\s+plus)|"
    r"(?P<down>lower|down|de\s+baisse|en\s+baisse|de\s+moins))\b"
)
# A share followed by the noun of the change it measures: "a 4.5 per cent rise", "the 3%
# cut" (not "a 30-metre fall", a height).
_SHARE = re.compile(r"(?:%|\bcent|\bpoints?)$")
_CHANGE_NOUN_AFTER = re.compile(
    r"^\s*(?:(?P<up>rise|increase|hike|jump)|(?P<down>cut|fall|drop|decrease|reduction|"
    r"decline))\b"
)


# Any word of change, a verb or a noun ("rise", "hausse", "cut"): what says a figure moved,
# not what moved.
CHANGE_WORD = re.compile(rf"(?:{_CHANGE_VERBS}|{_RISE}|{_FALL}|hike|reduction)")


def direction(folded: str, start: int, end: int) -> str | None:
    """The way a figure moved, "up" or "down": a verb or noun of change right before it, a
    word of its way right after it, or after a share the noun of its change."""
    m = (
        _DIRECTION_BEFORE.search(folded[max(0, start - 40) : start])
        or _DIRECTION_AFTER.match(folded[end:])
        or (_SHARE.search(folded[start:end]) and _CHANGE_NOUN_AFTER.match(folded[end:]))
    )
    if not m:
        return None
    return "up" if m.group("up") else "down"


# A running total over a period, not one event's figure: "Depuis le début de la saison,
# 14 personnes ont trouvé la mort", "120 fires so far this year".
_SO_FAR = (
    r"depuis\s+(?:le\s+debut\s+d[eu]|janvier|le\s+1er)|since\s+(?:the\s+(?:start|beginning)|"
    r"january)|so\s+far\s+(?:this|in)|cette\s+(?:saison|annee)|this\s+(?:season|year)|"
    r"en\s+un\s+an|in\s+the\s+past\s+(?:year|decade)|every\s+year|each\s+year|annually|"
    r"chaque\s+annee|tous\s+les\s+ans"
)
_SO_FAR_BEFORE = re.compile(rf"\b(?:{_SO_FAR})\b[^.;]*$")
_SO_FAR_AFTER = re.compile(rf"^[^.;]{{0,50}}\b(?:{_SO_FAR})\b")
# ... unless the figure is a state that holds since then, told in the present of "be" or
# "remain" with a participle: "Depuis janvier, neuf lits ... sont fermés" is how many are
# closed now, not a total of closures. Not the French verbs of motion and change of state
# that take "être" in the perfect ("9 randonneurs sont morts" is a total of deaths).
_ETRE_PERFECT = (
    r"(?:mort|nee?|arrive|parti|tombe|venu|devenu|revenu|entre|sorti|monte|descendu|"
    r"reste|retourne|passe|decede|disparu)(?:e|s|es)?"
)
_STATE_SINCE_AFTER = re.compile(
    r"^[^.;:]{0,80}?\b(?:sont|restent|demeurent|are|remain)\s+(?:toujours\s+|still\s+)?"
    rf"(?!{_ETRE_PERFECT}\b)[a-z]{{3,}}(?:ees?|es|e|s|ed)\b"
)


# Durations, one dimension whatever their unit: a part of "trois ans de prison" may be
# counted in months ("dont dix-huit mois avec sursis").
DURATION_KEYS = frozenset({"DAY", "WEEK", "MONTH", "YEAR"})
# Which part of a prison term a duration is, read right after it: "dix-huit mois avec
# sursis", "deux ans assortis du sursis", "18 months of which were suspended", "un an
# ferme", "a year to serve".
_TERM_PART_AFTER = (
    (
        "suspended",
        re.compile(
            # not past another figure or part ("30 mois, dont 15 avec sursis")
            r"^(?:(?!dont\b|moitie|tiers|quarts?\b|half\b|thirds?\b)[^.;\d]){0,25}?\b(?:avec\s+sursis|"
            r"assortie?s?\s+(?:du|d['’]un)\s+sursis|"
            r"(?:de|en)\s+sursis|suspended|avec\s+mise\s+a\s+l['’]epreuve)"
        ),
    ),
    ("firm", re.compile(r"^[^.;]{0,12}?\b(?:ferme|to\s+serve|behind\s+bars|immediate)\b")),
)


def _term_part(folded: str, end: int, key: str | None) -> str | None:
    """ "suspended" or "firm" for a duration (`key`) that names its part of a prison
    term right after it (`end`); None for any other figure."""
    if key not in DURATION_KEYS:
        return None
    after = folded[end:]
    for part, pattern in _TERM_PART_AFTER:
        if pattern.match(after):
            return part
    return None


@dataclass(frozen=True)
class _FrameCue:
    """A cue of a figure's frame: a pattern read in the `before` characters ahead of the
    number (searched, anchored at its end), or, with `before` 0, right after it (matched)."""

    frame: str
    pattern: re.Pattern[str]
    before: int = 0


# In the order they are tried; the first that fits gives the frame.
_FRAME_CUES = (
    _FrameCue("rest", _REST_BEFORE, before=20),
    _FrameCue("rest", _STILL_AFTER),
    _FrameCue("part", _PART_BEFORE, before=40),
    _FrameCue("part", _FIRST_LAST),
    _FrameCue("part", _PART_AFTER),
    _FrameCue("partitive", _PARTITIVE_AFTER),
    _FrameCue("requested", _REQUEST_BEFORE, before=60),
    _FrameCue("requested", _REQUEST_LIST_BEFORE, before=100),
    _FrameCue("expected", _EXPECTED_BEFORE, before=60),
    _FrameCue("change", _CHANGE_BEFORE, before=40),
    _FrameCue("offset", _OFFSET_AFTER),
    _FrameCue("margin", _MARGIN_BEFORE, before=30),
    _FrameCue("margin", _WON_BY_BEFORE, before=80),
    _FrameCue("margin", _MARGIN_AFTER),
    _FrameCue("denied", _DENIED_BEFORE, before=35),
    _FrameCue("added", _ADDED_AFTER),
    _FrameCue("added", _ADDED_BEFORE, before=20),
    _FrameCue("capacity", _HOLDS_BEFORE, before=40),
    _FrameCue("capacity", _PLACE_SIZE_BEFORE, before=40),
    _FrameCue("whole", _WHOLE_BEFORE, before=40),
    _FrameCue("cumulative", _SO_FAR_BEFORE, before=70),
    _FrameCue("cumulative", _SO_FAR_AFTER),
)


# An incise between commas right before a figure ("réclame, elle, quinze postes",
# "sought, in all, 40 seats"): a parenthetical aside, read past by the cues before it.
_INCISE = re.compile(r",\s*[^\W\d][^,;:.\d]{0,24},\s*$")
_INCISE_CHARS = 28


def _without_incise(window: str) -> str:
    return _INCISE.sub(" ", window)


_LONGEST_CUE = max(cue.before for cue in _FRAME_CUES)


# A penalty right after a figure: a prison term, a suspended one, a ban from office, a
# fine ("dix-huit mois d'emprisonnement avec sursis", "cinq ans d'inéligibilité",
# "30 000 euros d'amende", "a $5,000 fine", "two years in prison").
_PENALTY_AFTER = re.compile(
    r"^[\s-]*(?:ans?|annees?|mois|years?|months?|euros?|dollars?|pounds?)?[\s-]*"
    r"(?:[a-z]+\s+){0,2}?(?:d['’]|de\s+|of\s+|in\s+)?(?:prison|emprisonnement|reclusion|"
    r"detention|jail|ineligibilite|amende|fine|sursis|suspended|probation)\b"
)
# The prosecution, and a court's decision: penalties a sentence names beside the first
# and without the second are asked for ("Dix-huit mois avec sursis et cinq ans
# d'inéligibilité : le ministère public n'a pas fait dans la demi-mesure"), not imposed.
# Naming the court or the trial is no decision ("jugé devant le tribunal").
_PROSECUTION = re.compile(
    r"\b(?:ministere\s+public|parquet|procureure?s?|prosecut(?:or|ors|ion)|"
    r"avocate?\s+generale?|requisitions?|requisitoire|district\s+attorney)\b"
)
_DECISION = re.compile(
    r"\b(?:condamn\w*|sentenced|sentencing|verdict|jugement|judgment|judgement|ruling|"
    r"ruled|relaxe\w*|acquitt\w*|prononce\w*|inflige\w*|handed\s+down|imposed|ordered|"
    # a term served or being served was imposed ("served four and a half months in
    # federal prison in return for cooperating with prosecutors", ECB+)
    r"served|serving|purge\w*)\b"
)


def _penalty_asked(folded: str, end: int) -> bool:
    """Whether a figure is a penalty (`_PENALTY_AFTER`) in a sentence that names the
    prosecution and no court's decision: what the prosecution asks for."""
    return bool(
        _PENALTY_AFTER.match(folded[end:])
        and _PROSECUTION.search(folded)
        and not _DECISION.search(folded)
    )


def _frame(folded: str, start: int, end: int) -> str | None:
    """What kind of figure a number is, beyond what it counts: "rest" (the others of a
    count), "part" (of a count just given), "partitive" (of a group named earlier:
    "onze d'entre eux"), "requested" (asked for, proposed),
    "expected" (forecast), "change" (by how much a figure moved), "offset" (a distance
    from a place), "denied" (said not to hold), "added" (new ones on top of a stock),
    "capacity" (what something holds or employs), "whole" (what a part is taken from),
    "margin" (a difference between two counts: a winning margin, a lead),
    "cumulative" (a running total over a period), or None (the figure itself); "level"
    (a length at which something is, not how far) is read by `_make`, for lengths only."""
    if counts_others(folded[end:]) and _REST_ARTICLE.search(folded[max(0, start - 20) : start]):
        return "rest"  # "les sept autres blessés"
    # what precedes the figure, an incise before it cut once for every cue
    before = _without_incise(folded[max(0, start - _LONGEST_CUE - _INCISE_CHARS) : start])
    if _requested_item(before):
        return "requested"
    for cue in _FRAME_CUES:
        if cue.before:
            found = cue.pattern.search(before[-cue.before :])
        else:
            found = cue.pattern.match(folded[end:])
        if found and cue.frame == "cumulative" and _STATE_SINCE_AFTER.match(folded[end:]):
            continue
        if found and cue.frame == "margin" and _TALLY_AFTER.match(folded[end:]):
            continue  # "carried by 50 votes to 12": a tally, not a gap
        if found:
            return cue.frame
    return "requested" if _penalty_asked(folded, end) else None


def _make(
    sentence: Sentence,
    ctx: ExtractContext,
    start: int,
    end: int,
    value: float,
    approx: bool = False,
) -> ClaimDraft | None:
    folded = ctx.folded
    hedge, hedge_start = _hedge_before(folded, start, sentence.lang)
    # "une trentaine de millions d'euros", "des dizaines de milliards": an approximate
    # noun counts the scale word that follows its "de".
    scale_match = SCALE_AFTER.match(folded[end:]) or (
        APPROX_SCALE_AFTER.match(folded[end:]) if approx else None
    )
    full_end = end
    if scale_match:
        scale_word = scale_match.group(1).lower()
        # "billion" is 10^12 in French, 10^9 in English.
        scales = (fr.SCALES | en.SCALES) if sentence.lang == "en" else (en.SCALES | fr.SCALES)
        # "m" and "k" are metres and kilo- units too ("400 m", "5 k"): a scale of money
        # only with a currency sign ("45 M€", "£500k"), or "m" in English prose.
        signed = bool(
            re.match(rf"\s*{_CURRENCY_SIGN}", folded[end + scale_match.end() :])
            or _sign_before(folded, start)
        )
        unit_letter = scale_word == "k" or (scale_word == "m" and sentence.lang == "fr")
        if scale_word in scales and (signed or not unit_letter):
            value *= scales[scale_word]
            full_end = end + scale_match.end()
    if half := _HALF_BEFORE_NOUN.match(folded[full_end:]):
        value += 0.5  # "two and a half years"
        full_end += half.end()
    pct = PERCENT_AFTER.match(folded[full_end:])
    counted = _counted(folded, start, full_end, sentence.lang, sentence.text)
    if _a_quake_size(counted["key"], value, folded[max(0, start - 30) : start], folded[full_end:]):
        counted["key"], counted["head"] = "MAGNITUDE", "magnitude"
    if counted["head"] and _half_after(folded[full_end:], counted["head"]):
        value += 0.5  # "deux ans et demi", "a year and a half"
    if pct:
        counted["key"] = "PERCENT"
        counted["head"] = "%"
        full_end += pct.end()
    elif not counted["unit"] and (grade := _ON_A_SCALE.match(folded[full_end:])):
        # "un risque de 3 sur 5", "rated 4 out of 5": a grade on a scale of that many
        counted["key"], counted["head"] = f"GRADE/{grade.group(1)}", None
    low, high = interval(value, hedge, approx)
    frame = _frame(folded, hedge_start, full_end)
    if (
        frame == "partitive"
        and counted["key"] == "PERCENT"
        and _SOME_OF_THE_GROUP.match(folded[full_end:])
    ):
        frame = None  # "70 percent of the buildings": a share, as every percentage is
    if frame is None and _after_a_named_member(sentence.text, hedge_start):
        frame = "rest"
    if (
        frame is None
        and counted["key"] in _LEVEL_UNITS
        and (level := _LEVEL_BEFORE.search(folded[max(0, hedge_start - 25) : hedge_start]))
        # folded, French "à" is "a": in English "a" is the article ("a 745-mile pipeline")
        and (sentence.lang != "en" or level.group("prep") == "at")
    ):
        frame = "level"
    val: dict[str, Any] = {
        "value": value,
        "low": round(low, 6),
        "high": round(high, 6) if high is not None else None,
        "hedge": hedge or ("approx" if approx else None),
        "key": counted["key"],
        "unit": counted["unit"],
        "per": counted["per"],
        "head": counted["head"],
    }
    if frame:
        val["frame"] = frame
    if counted["unit"] and (issuer := _issuer_before(sentence.text, hedge_start, start)):
        val["issuer"] = issuer
    if _TOTAL_AFTER.match(folded, full_end) or _TOTAL_BEFORE.search(
        folded[max(0, hedge_start - 20) : hedge_start]
    ):
        val["total"] = True  # "qui compte 22 lits au total", "a total of 22 beds"
    if moved := direction(folded, hedge_start, full_end):
        val["direction"] = moved
        # "rose 7.4%" is a change like "up 4.1%" (a figure a change reached, "rose to
        # 21", is read without a direction).
        val.setdefault("frame", "change")
    if term := _term_part(folded, full_end, counted["key"]):
        val["term"] = term
    return ClaimDraft(
        "number",
        (hedge_start, full_end),
        val,
        sentence.text[hedge_start:full_end],
        subject=counted["key"],
    )


# "a magnitude 6.1 earthquake", "measured 6.4 on the Richter scale", "un séisme de 6,3
# sur l'échelle de Richter": the scale's name around the figure.
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|richter)\s*(?:de\s+|of\s+)?$")
_ON_THE_MAGNITUDE_SCALE = re.compile(
    r"^\s*(?:on\s+the\s+(?:open-ended\s+)?richter|sur\s+l['’]echelle\s+(?:ouverte\s+)?de\s+richter)"
)

# "un séisme de 6,3", "le tremblement de terre de 5,2": the figure of a quake noun.
_OF_BEFORE = re.compile(r"((?:[\w-]+\s+){1,3})(?:de|of)\s*$")


def _a_quake_size(key: str | None, value: float, before: str, after: str) -> bool:
    """Whether a figure is a quake's size, whatever noun follows it: the magnitude named
    just before it ("a magnitude 6.1 earthquake"), the Richter scale just after it, or a
    fraction of a quake ("a 5.8 earthquake", "un séisme de 6,3": no count of quakes has a
    fractional part)."""
    if _MAGNITUDE_BEFORE.search(before) or _ON_THE_MAGNITUDE_SCALE.match(after):
        return True
    of_noun = _OF_BEFORE.search(before)
    of_a_quake = key == "QUAKE" or bool(
        of_noun and any(concept_of(w) == "QUAKE" for w in of_noun.group(1).split())
    )
    return of_a_quake and value != int(value)


# A grade on a scale: the figure, then "sur" / "out of" and the scale's top, and nothing
# counted after it ("un risque de 3 sur 5.", "rated 4 out of 5, according to"); "3 sur 5
# candidats" is a part of a whole.
_ON_A_SCALE = re.compile(
    r"^\s*(?:sur|out\s+of|/)\s*(\d{1,3})(?=\s*(?:$|[,.;:!?)»\"”]|"
    r"(?:selon|sur\s+l|on\s+(?:the|a)|according|dans|in|for|pour|en|et|and|by|par)\b))"
)


# Halves in words: "two and a half years", "deux ans et demi", "une heure et demie".
_HALF = r"(?:and\s+a\s+half|et\s+demie?)\b"
_HALF_BEFORE_NOUN = re.compile(rf"^\s+{_HALF}")
# One unit and a half, with an article for its one: "un an et demi", "a year and a half".
# The article is the sentence's language's: folded French "à" is "a" ("à minuit et demi").
_ONE_AND_A_HALF = {
    "fr": re.compile(rf"\b(?:un|une)(?=\s+[a-z]+\s+{_HALF})"),
    "en": re.compile(rf"\b(?:a|an)(?=\s+[a-z]+\s+{_HALF})"),
}


def _half_after(after: str, head: str) -> bool:
    """Whether "and a half" / "et demi" follows the counted noun `head` in `after`."""
    return bool(re.match(rf"\s*(?:[\w'’-]+\s+){{0,2}}?{re.escape(head)}\s+{_HALF}", after))


@register("number.v1")
def extract_numbers(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Every counted number of a sentence with its hedge and what it counts."""
    text, folded = sentence.text, ctx.folded
    drafts: list[ClaimDraft] = []
    spans: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not ctx.is_taken(s, e) and not any(s < b and a < e for a, b in spans)

    def keep(s: int, e: int, value: float) -> None:
        """The claim of the number written at s..e, when it counts something."""
        approx = False
        multiplier = MULTIPLIER_AFTER.match(folded[e:])
        if multiplier:
            # "three dozen chalets" are 36, "trois centaines de manifestants" about 300
            noun = multiplier.group(1)
            value *= MULTIPLIER_NOUNS[noun]
            approx = noun not in EXACT_MULTIPLIERS
            e += multiplier.end()
        draft = _make(sentence, ctx, s, e, value, approx=approx)
        if draft:
            spans.append((s, e))
            drafts.append(draft)

    if ctx.match_report or SCORE_CONTEXT.search(folded):
        for m in SCORE.finditer(folded):
            a, b = int(m.group(1)), int(m.group(2))
            if not free(m.start(), m.end()) or max(a, b) > 200:
                continue
            half = bool(re.search(r"\b(?:pause|mi-temps|half-time|halftime)\b", folded))
            key = (
                "SCORE_HALF"
                if half and folded[m.end() : m.end() + 14].find("pause") != -1
                else "SCORE"
            )
            spans.append((m.start(), m.end()))
            drafts.append(
                ClaimDraft(
                    "number",
                    (m.start(), m.end()),
                    {
                        "score": [a, b],
                        "value": None,
                        "key": key,
                        "hedge": None,
                        "unit": None,
                        "per": None,
                        "head": "score",
                        "low": None,
                        "high": None,
                    },
                    text[m.start() : m.end()],
                    subject=key,
                )
            )
    digits = DIGITS_EN if sentence.lang == "en" else DIGITS_FR
    for m in digits.finditer(folded):
        s, e = m.start(), m.end()
        # "€400m", "5bn", "5pc": millions, billions, per cent; "the 400m final": metres
        scaled = folded[e : e + 1].isalpha()
        if scaled and not (
            folded.startswith(("bn", "pc"), e)
            or re.match(_ATTACHED_UNIT, folded[e:])
            or _sign_before(folded, s)
            or _currency_before(text, s)  # "CHF 68m", "INR 40bn"
        ):
            continue
        if not free(s, e) or _is_code_or_name(text, s, e, scale_attached=scaled):
            continue
        value = _parse_digits(m.group(1), m.group(2))
        if (
            1900 <= value <= 2100
            and m.group(1).isdigit()
            and not m.group(2)
            and not re.match(r"^\s*(?:%|[€$£])", folded[e:])
            and not _sign_before(folded, s)
            and not counts_a_noun(folded, e)
        ):
            continue  # a year (not "$2000", "2000 personnes")
        keep(s, e, value)
    nouns = fr.APPROX_NOUNS | en.APPROX_NOUNS | {"hundred": 100, "thousand": 1000}
    for m in [*HALF_DOZEN.finditer(folded), *APPROX.finditer(folded), *SEVERAL.finditer(folded)]:
        if not free(m.start(), m.end()):
            continue
        value = 6.0 if m.re is HALF_DOZEN else float(nouns[m.group(1)])
        draft = _make(sentence, ctx, m.end(), m.end(), value, approx=True)
        if draft:
            value_of, start = draft.value, m.start()
            if m.re is SEVERAL or (m.re is APPROX and m.group(2) == "s"):
                # "plusieurs centaines", "des milliers", "several hundred": 2 to 9 units
                value_of = dict(value_of, value=value * 2, low=value * 2, high=value * 10 - 1)
            else:
                hedge, hedge_start = _hedge_before(folded, m.start(), sentence.lang)
                if hedge in BOUNDS:
                    # "plus d'un millier", "at least a dozen": a bound, not an estimate
                    low, high = interval(value, hedge, approx=False)
                    value_of = dict(value_of, low=low, high=high, hedge=hedge)
                    start = hedge_start
            draft = ClaimDraft(
                "number",
                (start, draft.span[1]),
                value_of,
                text[start : draft.span[1]],
                subject=draft.subject,
            )
            spans.append((m.start(), m.end()))
            drafts.append(draft)
    for m in _ONE_AND_A_HALF["en" if sentence.lang == "en" else "fr"].finditer(folded):
        if free(m.start(), m.end()):
            keep(m.start(), m.end(), 1.0)  # its half is read after the noun
    words = EN_WORDS if sentence.lang == "en" else FR_WORDS
    for m in words.finditer(folded):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        phrase = m.group(0)
        if phrase in ("un", "cent", "mille") and sentence.lang == "fr":
            continue  # articles are too ambiguous alone
        if phrase == "neuf" and not _nine(folded, s, e):
            continue  # "un bâtiment neuf" is new, "neuf morts", "neuf lits" nine
        if sentence.lang == "en" and phrase == "sept":
            continue
        try:
            value = float(text2num(phrase.replace(" et ", "-et-"), sentence.lang))
        except (ValueError, TypeError):
            continue
        if value == 2 and re.search(
            r"\b(?:les|des|aux|ces|leurs|nos|the|both)\s+$", folded[max(0, s - 6) : s]
        ):
            continue  # "les deux pays", "the two leaders": both, not a count
        keep(s, e, value)
    drafts += _zero_counts(sentence, ctx, free, spans)
    drafts.sort(key=lambda d: d.span)
    drafts = _parts_said_short(sentence, folded, _gapped(sentence.text, drafts))
    return _conversions(sentence.text, _parts_of_a_total(drafts, folded))


# A count of none: a determiner of negative quantity before a noun ("aucun blessé", "no
# injuries"), or before a partitive of a set told before ("aucune des pièces volées",
# "none of the stolen pieces"); and a negative pronoun subject of a verb of casualty
# ("nobody was hurt", "personne n'a été blessé"). Both grammars' closed classes.
_ZERO_DETERMINER = {
    "fr": re.compile(r"\b(?P<zero>aucune?)\s+(?P<partitive>des\s+|d['’]\s*)?(?=[a-z])"),
    "en": re.compile(r"\b(?:(?P<zero>no)\s+(?=[a-z])|(?P<none>none)\s+(?P<partitive>of\s+the)\s+)"),
}
_NOBODY = {
    "fr": re.compile(r"\bpersonne\s+n['’]\s*(?:a|ont|avait)\s+ete\s+(?P<verb>[a-z]+)"),
    "en": re.compile(
        r"\b(?:nobody|no\s+one|no-one)\s+(?:was|were|has\s+been|had\s+been|is)\s+"
        r"(?:(?:seriously|badly|critically)\s+)?(?P<verb>[a-z]+)"
    ),
}


# A place a sentence names, which a count of none in it may be scoped to ("The tremor was
# felt in the city of Arequipa, where no deaths were reported"): a preposition of place
# before a capitalised name, or a relative adverb of place.
_A_PLACE_NAMED = re.compile(
    r"\b(?i:in|at|near|dans|à|au|aux|près\s+de)\s+(?:the\s+(?:city|town|village)\s+of\s+|"
    r"la\s+(?:ville|commune)\s+de\s+)?[A-ZÀ-Ý]|\b(?:where|où)\b"
)


def _zero_counts(
    sentence: Sentence,
    ctx: ExtractContext,
    free: Callable[[int, int], bool],
    spans: list[tuple[int, int]],
) -> list[ClaimDraft]:
    """Counts of none (`_ZERO_DETERMINER`, `_NOBODY`): of a casualty ("Aucun blessé n'est à
    déplorer", "nobody was hurt"), or of a set told before ("aucune des pièces volées n'a
    été retrouvée"), which another source's count of that thing contradicts. A bare "no"
    before any other noun is no count a story asks ("no comment", "no decision"); none in
    a sentence naming a place may be of that place only (`_A_PLACE_NAMED`)."""
    folded, lang = ctx.folded, "en" if sentence.lang == "en" else "fr"
    drafts: list[ClaimDraft] = []
    if _A_PLACE_NAMED.search(sentence.text):
        return drafts  # "in Arequipa, where no deaths were reported": none of a part
    for m in _ZERO_DETERMINER[lang].finditer(folded):
        group = "zero" if m.group("zero") else "none"
        s, e = m.start(group), m.end(group)
        if not free(s, e):
            continue
        draft = _make(sentence, ctx, s, e, 0.0)
        if draft and (draft.value.get("key") in _CASUALTY or m.group("partitive")):
            spans.append((s, e))
            drafts.append(draft)
    for m in _NOBODY[lang].finditer(folded):
        concept = concept_of(m.group("verb"))
        if concept not in _CASUALTY or not free(m.start(), m.end()):
            continue
        spans.append((m.start(), m.end()))
        value = {
            "value": 0.0,
            "low": 0.0,
            "high": 0.0,
            "hedge": None,
            "key": concept,
            "unit": None,
            "per": None,
            "head": m.group("verb"),
        }
        surface = sentence.text[m.start() : m.end()]
        drafts.append(ClaimDraft("number", (m.start(), m.end()), value, surface, subject=concept))
    return drafts


# An amount or a measure restated in parentheses right after the figure it converts:
# "a £75 voucher (about $100)", "€2 million ($2.6 million)", "14 miles (22.5 km)".
_CONVERSION_OPENING = re.compile(
    r"^(?:\s*[^\W\d][\w'’-]*){0,3}\s*\(\s*"
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|environ|soit|quelque|"
    r"pres\s+de|près\s+de)\s+)?(?:[A-Z]{1,3}\s?)?[$€£]?\s*$"
)
# Amounts of money, keyed by their currency.
MONEY = currency_keys()


def _conversions(text: str, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A figure in parentheses right after another of the same dimension, in another
    currency or unit, is that figure converted (frame "conversion"): the rate or rounding
    of a conversion is the writer's, not a second value of the thing (in another
    article, "£75" and "about $100" agree though 75 pounds is not 100 dollars)."""
    out = drafts[:1]
    for prev, d in pairwise(drafts):
        keys = {prev.value.get("key"), d.value.get("key")}
        if (
            (keys <= MONEY or (keys <= MEASURE_UNITS and len(keys) == 2))
            and _CONVERSION_OPENING.match(text[prev.span[1] : d.span[0]])
            and re.match(r"^[^()]{0,15}\)", text[d.span[1] :])
        ):
            d = ClaimDraft(
                d.kind, d.span, dict(d.value, frame="conversion"), d.surface, subject=d.subject
            )
        out.append(d)
    return out


def _nine(folded: str, start: int, end: int) -> bool:
    """Whether French "neuf" is the number: the adjective "new" follows its noun ("un
    bâtiment neuf", "remis à neuf"), the number comes before a plural one ("neuf lits")
    or a word of a counted concept ("neuf morts")."""
    after = (re.findall(r"[\w'’-]+", folded[end : end + 30]) or [""])[0]
    if concept_of(after):
        return True
    before = (re.findall(r"[\w'’-]+", folded[max(0, start - 12) : start]) or [""])[-1]
    return (
        len(after) > 3
        and after.endswith(("s", "x"))
        and after not in fr.STOPWORDS
        and before not in ("a", "à", "de", "tout", "flambant")
    )


def _gapped(text: str, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A bare number that repeats the construction of a counted one just before it
    counts the same thing: "The Liberals won five seats and the Greens three", "huit
    morts à Lyon et trois à Vienne"."""
    out: list[ClaimDraft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.value.get("key") is None
            and not d.value.get("unit")
            and prev.value.get("key")
            and re.search(r"\b(?:and|et|while|tandis\s+que)\b", text[prev.span[1] : d.span[0]])
            and d.span[0] - prev.span[1] <= 40
            and not re.match(r"\s*[A-Za-zÀ-ÿ]", text[d.span[1] : d.span[1] + 2])
        ):
            value = dict(d.value, key=prev.value["key"], head=prev.value.get("head"))
            d = ClaimDraft(d.kind, d.span, value, d.surface, subject=prev.value["key"])
        out.append(d)
    return out


# A share of the figure just given, in place of a second figure: "30 mois de prison,
# dont la moitié avec sursis", "40 blessés, dont un tiers grièvement", "six years,
# half of which were suspended", "200 passengers, two thirds of them French".
_FRACTION_PART = re.compile(
    r"\bdont\s+(?P<fr>la\s+moitie|un\s+tiers|les\s+deux\s+tiers|(?:le|un)\s+quart|"
    r"les\s+trois\s+quarts)\b"
    r"|\b(?P<en>half|(?:a|one)\s+third|two\s+thirds|(?:a|one)\s+quarter|three\s+quarters)"
    r"\s+of\s+(?:which|whom|them)\b"
)
_FRACTIONS = {
    "la moitie": 0.5,
    "half": 0.5,
    "un tiers": 1 / 3,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "les deux tiers": 2 / 3,
    "two thirds": 2 / 3,
    "le quart": 0.25,
    "un quart": 0.25,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "les trois quarts": 0.75,
    "three quarters": 0.75,
}


def _parts_said_short(
    sentence: Sentence, folded: str, drafts: list[ClaimDraft]
) -> list[ClaimDraft]:
    """A part of the figure just given that does not repeat its unit counts what that
    figure counts: "30 mois, dont 15 avec sursis" (15 months), and a share of it is a
    figure of its own: "30 mois, dont la moitié avec sursis" (15 months)."""
    out: list[ClaimDraft] = []
    for d in drafts:
        whole = next((w for w in reversed(out) if w.value.get("key")), None)
        head = d.value.get("head")
        untold = head is None or head in fr.STOPWORDS or head in en.STOPWORDS
        if (
            whole
            and d.value.get("frame") == "part"
            and untold
            and d.value.get("key") in (None, head)
        ):
            value = {k: whole.value.get(k) for k in ("key", "unit", "per", "head")}
            if term := _term_part(folded, d.span[1], value["key"]):
                value["term"] = term
            d = ClaimDraft(d.kind, d.span, dict(d.value, **value), d.surface, subject=value["key"])
        out.append(d)
    for m in _FRACTION_PART.finditer(folded):
        # "two thirds" is a share, not two of something
        out = [d for d in out if not (m.start() <= d.span[0] and d.span[1] <= m.end())]
        whole = next(
            (w for w in reversed(out) if w.span[1] <= m.start() and w.value.get("key")), None
        )
        if whole is None or whole.value.get("frame") or whole.value.get("score"):
            continue
        share = _FRACTIONS[re.sub(r"\s+", " ", m.group("fr") or m.group("en"))]
        start = m.start("fr") if m.group("fr") else m.start()
        value = {
            "value": round(whole.value["value"] * share, 6),
            "low": round(whole.value["low"] * share, 6),
            "high": None if whole.value["high"] is None else round(whole.value["high"] * share, 6),
        } | {k: whole.value.get(k) for k in ("hedge", "key", "unit", "per", "head")}
        value["frame"] = "part"
        if term := _term_part(folded, m.end(), value["key"]):
            value["term"] = term
        out.append(
            ClaimDraft(
                "number",
                (start, m.end()),
                value,
                sentence.text[start : m.end()],
                subject=value["key"],
            )
        )
    return sorted(out, key=lambda d: d.span)


def _dimension(key: str | None) -> str | None:
    """What a key measures, durations in any unit as one ("trois ans ... dont dix-huit
    mois": a part of the three years)."""
    return "DURATION" if key in DURATION_KEYS else key


# A part by its place in a whole told anywhere (`_THE_FIRST_OR_LAST` before it,
# `_FIRST_LAST` after it: "les quarante derniers kilomètres").
_POSITIONAL_PART = re.compile(_THE_FIRST_OR_LAST)


def _parts_of_a_total(drafts: list[ClaimDraft], folded: str) -> list[ClaimDraft]:
    """A "part" ("dont sept à Conques") is a part of what comes before it ("Douze
    personnes sont mortes", "les victimes"); a casualty state after a count of something
    else ("17 blessés, dont six en urgence absolue") counts its own state in full. A kind
    of person stays a part ("Cinq personnes ont été blessées, dont deux pompiers": the
    injured firefighters, not the firefighters), and so does a part by its place in a
    whole the sentence need not give ("over the final 60 kilometres", after "41
    minutes")."""
    out = []
    for i, d in enumerate(drafts):
        before = [_dimension(e.value.get("key")) for e in drafts[:i]]
        start, end = d.span
        positional = bool(
            _POSITIONAL_PART.search(folded[max(0, start - 20) : start])
            or _FIRST_LAST.match(folded[end:])
        )
        if (
            d.value.get("frame") == "part"
            and not positional
            and before
            and _dimension(d.value.get("key")) not in before
            and (d.value.get("key") in _CASUALTY or not set(before) & set(_CASUALTY))
        ):
            value = {k: v for k, v in d.value.items() if k != "frame"}
            d = ClaimDraft(d.kind, d.span, value, d.surface, subject=d.subject)
        out.append(d)
    return out


def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two number values can both be true."""
    if a.get("score") or b.get("score"):
        return a.get("score") == b.get("score")
    low_a, high_a = a["low"], a["high"] if a["high"] is not None else math.inf
    low_b, high_b = b["low"], b["high"] if b["high"] is not None else math.inf
    # Rounding in prose: 1,940 is "2 000" to a reader; allow 2 % slack.
    slack = 0.02 * max(abs(low_a), abs(low_b))
    return low_a <= high_b + slack and low_b <= high_a + slack
