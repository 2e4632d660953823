"""Numbers of one thing that cannot both be true.

Two number claims are compared when they count the same thing (same concept
key, currency and rate) in aligned sentences that speak of the same event, or
when one is the other with its digits in another order, however loosely their
sentences align (a figure miscopied: "96 millions" / "€69 million").
Hedges make ranges ("au moins 35" is 35 or more; "une cinquantaine" is about
50; "près de 2 milliards" is a little under 2 billion); ranges that meet
agree. A claim with an agreeing counterpart anywhere in the other source is
not a conflict (a source may give both the total and a part). A figure the
newer article says has moved, in its own clause ("s'est alourdi à", "rose
to"), or a casualty toll
that a later day's article raises, is an update (info, both publication dates
in its summary), not a contradiction.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from factdiff.compare.base import (
    Candidate,
    CompareContext,
    cross_source_pairs,
    one_per_source,
    pluperfect,
    register,
    tense_frame,
    told_as_future,
)
from factdiff.extract.numbers import (
    CHANGE_WORD,
    MEASURE_UNITS,
    MONEY,
    compatible,
    counts_others,
    described_person,
    digit_place,
)
from factdiff.extract.trends import mover_before
from factdiff.lexicon import STOPWORDS, TIME_UNIT_CONCEPTS
from factdiff.lexicon.translations import known, translate
from factdiff.records import Claim
from factdiff.text import fold, fold_same_length, stem

TOLLS = frozenset({"DEAD", "INJURED", "MISSING", "CRITICAL", "EVACUATED"})
# A figure's clause saying it moved: a verb of scalar change with the new value as its
# goal ("rose to", "has been widened to cover", "porté à"); English verbs of VerbNet's
# calibratable change-of-state class (45.6) and their causatives.
_EN_CHANGED = (
    r"(?:rose|risen|climbed|increased|grown|grew|jumped|soared|surged|swelled|doubled|"
    r"tripled|widened|expanded|extended|raised|upped|revised\s+(?:up|upwards?))"
)
UPDATE_CUES = re.compile(
    r"\b(?:alourdi|s['’]est\s+alourdi|passe\s+a|grimpe|monte\s+a|porte\s+a|revu\s+a\s+la\s+hausse|"
    r"etendu\s+a|elargi\s+a|releve\s+a|desormais|now\s+stands|has\s+risen|"
    rf"{_EN_CHANGED}\s+to(?:\s+(?:cover|include|reach|affect))?|"
    # the figure told as the revised one ("The updated Mineral Resource of 41 million
    # tonnes", "l'estimation révisée de 41 millions de tonnes")
    r"(?:updated|revised|upgraded|downgraded|actualise|revise|reevalue|mis\s+a\s+jour)e?s?)\b"
)
# A figure told as provisional, still to grow ("1 800 hectares ont déjà brûlé", "so far",
# "à ce stade"): the aspect of an ongoing count (already, so far, for now).
PROVISIONAL_CUES = re.compile(
    r"\b(?:deja|pour\s+l['’]instant|pour\s+le\s+moment|a\s+ce\s+stade|jusqu['’]ici|"
    r"provisoires?|already|so\s+far|thus\s+far|for\s+now|at\s+this\s+stage|provisional|"
    r"preliminary)\b"
)
# A live article's update line: "Mis à jour à 19h : ...", "Update, 7pm Thursday: ...".
# What follows it is newer than the rest of the article; its own time dates the update.
# So is a line that opens on revised figures: "Final figures after the recount: ...",
# "Résultats définitifs : ...".
UPDATE_MARKER = re.compile(
    r"^\s*(?:updated?|mise?\s+a\s+jour|actualise(?:e)?|actualisation|final\s+(?:figures|results|"
    r"count|tally)|revised\s+(?:figures|results)|(?:chiffres|resultats)\s+(?:definitifs|revises)|"
    r"apres\s+(?:le\s+)?recomptage|after\s+the\s+recount)\b[^:]{0,40}:"
)
# Keys too vague to compare on their own.
VAGUE_KEYS = frozenset(
    {"PERSON", "YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND", "AGE", None}
)


# Units of one dimension and their size in its base unit (metre, square metre): "a
# 200-metre-deep gorge" and "a 300-feet-deep gorge" measure one thing.
DIMENSIONS: dict[str, tuple[str, float]] = {
    "METRE": ("length", 1.0),
    "KILOMETRE": ("length", 1000.0),
    "FOOT": ("length", 0.3048),
    "MILE": ("length", 1609.344),
    "HECTARE": ("area", 10_000.0),
    "ACRE": ("area", 4046.8564224),
    "MILLIMETRE": ("length", 0.001),
    "CENTIMETRE": ("length", 0.01),
    "GRAM": ("mass", 0.001),
    "KILOGRAM": ("mass", 1.0),
    "TONNE": ("mass", 1000.0),
    "LITRE": ("volume", 0.001),
    "CUBIC_METRE": ("volume", 1.0),
    "KMH": ("speed", 1.0),
    "MPH": ("speed", 1.609344),
    "MEGABYTE": ("data", 1e6),
    "GIGABYTE": ("data", 1e9),
    "TERABYTE": ("data", 1e12),
    "PETABYTE": ("data", 1e15),
}
# A squared length is an area ("m²", "sq ft"): its size is the length's, squared.
DIMENSIONS |= {
    f"SQUARE_{key}": ("area", size * size)
    for key, (dimension, size) in list(DIMENSIONS.items())
    if dimension == "length"
}


# Durations in days: "trente-six mois" and "trois ans" of prison are one term.
DAYS = {"DAY": 1.0, "WEEK": 7.0, "MONTH": 365.25 / 12, "YEAR": 365.25}


def _in_base_unit(value: dict) -> dict:
    """A number value with its range in its dimension's base unit."""
    key = value.get("key") or ""
    found = DIMENSIONS.get(key) or (("duration", DAYS[key]) if key in DAYS else None)
    if not found:
        return value
    size = found[1]
    high = value.get("high")
    return dict(value, low=value["low"] * size, high=None if high is None else high * size)


def _base_value(c: Claim) -> float:
    """A figure's value in its dimension's base unit (as written when it has none)."""
    value = c.value.get("value") or 0
    scaled = _in_base_unit(dict(c.value, low=value, high=None))
    return scaled["low"]


def agree(a: dict, b: dict) -> bool:
    """Whether two number values can both be true, in one unit when they measure, or one
    converted from the other's unit and rounded ("1 200 km" / "a 745-mile pipeline")."""
    return compatible(_in_base_unit(a), _in_base_unit(b)) or _converted(a, b) or _converted(b, a)


# A converted figure is written to a precision of its own: at least this many units of
# it ("six miles" from "10 km"; not "1 mile" from "1 km", where rounding says nothing).
CONVERTED_MIN_UNITS = 5


def _converted(source: dict, target: dict) -> bool:
    """Whether `target` is `source` converted into another unit of its dimension, rounded
    or cut to `target`'s precision: "10 km" is "six miles" (6.2), "1 200 km" is "745
    miles" (745.6); "five miles" is not "5 km"."""
    unit_s = DIMENSIONS.get(source.get("key") or "")
    unit_t = DIMENSIONS.get(target.get("key") or "")
    if not unit_s or not unit_t or unit_s == unit_t or unit_s[0] != unit_t[0]:
        return False
    if source.get("value") is None or target.get("value") is None:
        return False
    if {source.get("hedge"), target.get("hedge")} - {None, "approx", "about"}:
        return False  # a bound ("more than 10 km") is compared as a bound
    figure = target["value"]
    place = digit_place(figure)
    if figure < CONVERTED_MIN_UNITS * place:
        return False
    in_target = source["value"] * unit_s[1] / unit_t[1]
    steps = in_target / place
    # (the figure in whole steps of its precision: 4.6 / 0.1 is 45.99... in floats)
    return round(figure / place) in (round(steps), math.floor(steps))


# Two reports of one figure disagree within its order of magnitude (87 and 78 months,
# 530 and 350 jobs, 650 and 400 firefighters); counts more than this many times apart
# are most often two quantities that share a noun: all the firefighters and a crew, a
# crowd and its travelling fans, a total and a part.
MAX_DISPUTED_RATIO = 3.0
# Shares, scores and places in a series have no such scale.
_UNSCALED = frozenset({"PERCENT", "SCORE", "RANK"})


def orders_apart(a: Claim, b: Claim) -> bool:
    """Whether two values of one quantity lie more than MAX_DISPUTED_RATIO apart, range
    end to range end, in one unit ("quelques centaines" and 21 412; "plus de 30" and 4)."""
    if a.value.get("key") in _UNSCALED or a.value.get("unit") == "ORDINAL":
        return False
    va, vb = _in_base_unit(a.value), _in_base_unit(b.value)
    if not (va.get("low") or 0) > 0 or not (vb.get("low") or 0) > 0:
        return False

    def above(x: dict, y: dict) -> bool:  # x's range starts past MAX_DISPUTED_RATIO × y's end
        return y.get("high") is not None and x["low"] > y["high"] * MAX_DISPUTED_RATIO

    return above(va, vb) or above(vb, va)


def _same_quantity(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    da, db = DIMENSIONS.get(va.get("key") or ""), DIMENSIONS.get(vb.get("key") or "")
    if da and db and da[0] == db[0] and va.get("key") != vb.get("key"):
        # one measure in two units; not a point of a course ("le trentième kilomètre")
        # against its length ("the 26.2-mile course")
        return va.get("frame") == vb.get("frame") and (va.get("unit") == "ORDINAL") == (
            vb.get("unit") == "ORDINAL"
        )
    # An ordinal names which one ("the 118th minute", "la 3e journée"), not how many:
    # the minute a goal came is one point of the match, however vague a count of minutes.
    points = _ordinal_point(a) and _ordinal_point(b)
    # a winning margin is the one gap of a result, however vague a count of seconds or
    # points is elsewhere ("avec 12 secondes d'avance" / "won the stage by 20 seconds")
    margins = va.get("frame") == vb.get("frame") == "margin"
    vague = (
        not points and not margins and (va.get("key") in VAGUE_KEYS or vb.get("key") in VAGUE_KEYS)
    )
    # Prison terms: "quatre ans de prison" — the years counted are a sentence; and the
    # term a prosecutor sought ("had asked for 87 months", "requis cinq ans"), one slot.
    durations = va.get("key") in DAYS and vb.get("key") in DAYS
    prison_terms = durations and (
        (_prison(a) and _prison(b)) or va.get("frame") == vb.get("frame") == "requested"
    )
    if prison_terms and va.get("key") != vb.get("key"):
        # One term in two units; a suspended part is not the firm part, nor the whole.
        return va.get("frame") == vb.get("frame") and va.get("term") == vb.get("term")
    if prison_terms and va.get("term") != vb.get("term"):
        return False
    if vague and not prison_terms and not _same_activity(a, b):
        return False
    return (
        _same_key(a, b)
        and va.get("unit") == vb.get("unit")
        and va.get("per") == vb.get("per")
        # the rest of a count, or a figure asked for, answers another question
        and va.get("frame") == vb.get("frame")
    )


def _same_key(a: Claim, b: Claim) -> bool:
    """Two figures count one thing: one concept, one noun, or across languages two nouns
    no concept lists that translate each other ("une quarantaine de dirigeants" / "some
    25 business leaders")."""
    ka, kb = a.value.get("key"), b.value.get("key")
    if ka == kb:
        return True
    # a noun no concept lists is its stem, in lower case (factdiff.extract.numbers)
    return (
        bool(ka and kb)
        and ka.islower()
        and kb.islower()
        and translate(ka, a.sentence.lang, kb, b.sentence.lang)
    )


# A prison term: the years are those of the prison, right after the figure ("trois ans
# d'emprisonnement", "six years in federal prison", "a five-year prison term"), not
# any years of a sentence that names a prison elsewhere ("three years of supervised
# release after her prison term").
_PRISON_TERM = re.compile(
    r"^[\s-]*(?:ans?|annees?|years?|mois|months?)[\s-]+(?:\w+\s+){0,2}?"
    r"(?:de\s+|d['’]|in\s+|of\s+)?(?:\w+\s+)?(?:prison|emprisonnement|reclusion|detention|jail)\b"
)


# The activity a duration measures: "a délibéré pendant près de neuf heures", "après
# plus de onze heures de délibération", "after 40 hours of talks".
_ACTIVITY_BEFORE = re.compile(
    r"([a-z]{4,})\s+(?:pendant|durant|for)\s+(?:pres\s+de|plus\s+de|moins\s+de|environ|"
    r"about|nearly|almost|more\s+than|over|some)?\s*$"
)
_ACTIVITY_AFTER = re.compile(
    r"^\s*(?:secondes?|seconds?|minutes?|heures?|hours?|jours?|days?|semaines?|weeks?|mois|"
    r"months?|ans?|years?)\s+(?:de|d['’]|of)\s*([a-z]{4,})"
)


def _noun_of(
    c: Claim, before: re.Pattern[str], after: re.Pattern[str], after_first: bool
) -> str | None:
    """The stem of the noun a figure is of, read right after it (`after`, matched) or in
    the 40 characters before it (`before`, searched), in the order `after_first` says."""
    folded = fold(c.text)
    found_after = after.match(folded[c.span[1] :])
    found_before = before.search(folded[max(0, c.span[0] - 40) : c.span[0]])
    for found in (found_after, found_before) if after_first else (found_before, found_after):
        if found:
            return stem(found.group(1))
    return None


# The thing a duration is the length of, as a noun it qualifies: "a five-year contract",
# "a six-week ban" (the unit joined to the figure by a hyphen), "un contrat de quatre
# ans", "une suspension de six semaines" (a noun after its determiner, then "de": not
# "au bout de", "plus de").
_LENGTH_OF_AFTER = re.compile(
    r"^-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+([a-z]{4,})"
)
_FR_LENGTH_OF_BEFORE = re.compile(
    r"\b(?:un|une|le|la|l['’]|son|sa|leur|ce|cet|cette)\s*([a-z]{4,})\s+(?:de|d['’])\s*"
    r"(?:environ\s+|pres\s+de\s+|plus\s+de\s+|moins\s+de\s+)?$"
)


def _activity(c: Claim) -> str | None:
    return _noun_of(c, _ACTIVITY_BEFORE, _ACTIVITY_AFTER, after_first=True)


def _what_lasts(c: Claim) -> str | None:
    """What a duration is the length of: an activity, or a thing it qualifies."""
    return _activity(c) or _noun_of(c, _FR_LENGTH_OF_BEFORE, _LENGTH_OF_AFTER, after_first=True)


def _same_activity(a: Claim, b: Claim) -> bool:
    """Two durations of the same activity (a deliberation, talks, a contract): one slot,
    though a duration alone is too vague to compare."""
    if a.value.get("key") != b.value.get("key") or a.value.get("key") not in TIME_UNIT_CONCEPTS:
        return False
    # In one language the nouns a duration qualifies are many and alike (two men's
    # "12-year sentence" and "15-year sentence", two offers' "seven-year deal" and
    # "10-year deal" on ECB+ news); across two, counterpart sentences tell which is which.
    nouns = _activity if a.sentence.lang == b.sentence.lang else _what_lasts
    what_a, what_b = nouns(a), nouns(b)
    return bool(what_a and what_b) and _one_noun(a, b, what_a, what_b)


def _one_duration(
    ctx: CompareContext, by_source: dict[str, list[Claim]], a: Claim, b: Claim
) -> bool:
    """Two durations in one unit, each its source's only one, told in clauses of one
    happening of the same people, in two sentences the pairing model reads as one fact,
    or, in two languages, in sentences it pairs one to one among the two sources'
    sentences giving such a duration ("restera fermé dix semaines" / "will be closed for
    14 weeks"): one quantity ("the jury deliberated for nine hours" / "after eleven hours"), though
    a count of hours alone is too vague to pair by its unit."""
    va, vb = a.value, b.value
    key = va.get("key")
    if key not in TIME_UNIT_CONCEPTS or vb.get("key") != key or _prison(a) != _prison(b):
        return False
    if va.get("unit") == "ORDINAL":
        return False  # "the second day of the visit" says which day, not how long
    if any(va.get(k) != vb.get(k) for k in ("unit", "per", "frame")):
        return False
    what_a, what_b = _activity(a), _activity(b)
    if what_a and what_b and not _one_noun(a, b, what_a, what_b):
        return False  # "six heures de délibération" / "dix heures de route"
    for c in (a, b):
        if sum(o.value.get("key") == key for o in by_source[c.source]) != 1:
            return False  # a source with two counts of hours tells two durations
    if ctx.same_slot(a, b) or ctx.same_fact(a, b) >= ctx.thresholds.slot_same_fact:
        return True
    # Across languages the pairing model reads a translation loosely: there, each
    # source's one duration pairs by the one-to-one matching of the sentences giving one.
    return a.sentence.lang != b.sentence.lang and ctx.slot_aligned(
        a,
        b,
        ctx.thresholds.slot_same_fact,
        like=lambda c: c.kind == "number" and c.value.get("key") == key,
        slot=("duration", key),
    )


def _ordinal_point(c: Claim) -> bool:
    """An ordinal minute or second of a match or a race: the moment of one act ("the
    118th minute"). An ordinal day or year is a part of a series a story tells many of
    ("the second day of the visit" / "le premier jour"), like "la 6e étape"."""
    return c.value.get("unit") == "ORDINAL" and c.value.get("key") in ("MINUTE", "SECOND")


def _prison(c: Claim) -> bool:
    """A prison term, or the part of one that says which ("dix-huit mois avec sursis")."""
    if c.value.get("term"):
        return True
    after = fold(c.text[c.span[0] : c.span[1] + 60])[len(c.surface) :]
    return bool(_PRISON_TERM.search(after))


def _is_update(ctx: CompareContext, older: Claim, newer: Claim) -> bool:
    """A figure that moved between two publications: the newer article says so ("le
    bilan s'est alourdi", "rose to"), or a later day's article gives a higher one of a
    casualty toll (tolls grow as the missing are found) or of a figure the older told
    as provisional ("1 800 hectares ont déjà brûlé"). Not a later figure written with the
    older one's digits in another order (24 injured, then 42): a toll that grew is
    rarely the old toll's digits shuffled, a miscopied one always is (`transposed`)."""
    if _says_moved(newer):
        return True
    po, pn = ctx.published(older.source), ctx.published(newer.source)
    later = po is not None and pn is not None and pn > po
    # in one unit: "11,200 hectares" three weeks after "about 16,800 acres" is higher
    higher = _base_value(newer) > _base_value(older)
    if not higher or transposed(older, newer):
        return False
    if ctx.scope == "within":
        # one article telling a count's provisional figure and the higher one it reached
        # ("Le bilan provisoire faisait état de 14 blessés" / "17 blessés")
        return _provisional(older) and not _provisional(newer)
    return later and (older.value.get("key") in TOLLS or _provisional(older))


# A figure a first report gave: "Initial reports said three walkers were missing",
# "selon un premier bilan". In the article that gives the count since established, the
# count it replaced.
_FIRST_REPORT_BEFORE = re.compile(
    r"\b(?:(?:initial|first|early|earlier|preliminary)\s+(?:reports?|estimates?|figures?|"
    r"counts?|assessments?|accounts?)|(?:premier|premiere|premiers|premieres)\s+(?:bilan|"
    r"estimations?|chiffres|informations|elements|constatations)|(?:bilan|estimation|"
    r"chiffre)\s+initial(?:e)?)\b[^;.]{0,60}$"
)


def _earlier_state(claim: Claim) -> bool:
    """A figure told as an earlier state of its count: in the pluperfect ("By noon, nine
    people had been taken to hospital"), or as a first report gave it."""
    before = fold(claim.text[max(0, claim.span[0] - 120) : claim.span[0]])
    return pluperfect(claim) or bool(_FIRST_REPORT_BEFORE.search(before))


def _provisional(claim: Claim) -> bool:
    """The figure's sentence tells it as provisional: a later, higher count is its update."""
    return bool(PROVISIONAL_CUES.search(fold(claim.text)))


def update_sentences(ctx: CompareContext) -> set[tuple[str, int]]:
    """Sentences that report one of their figures moving (an update cue in the figure's
    own clause: "the toll rose to 21 on Sunday")."""
    return {(c.source, c.sentence.index) for c in ctx.of_kind("number") if _says_moved(c)}


def _says_moved(claim: Claim) -> bool:
    """An update cue in the claim's own clause, just before its figure ("le bilan s'est
    alourdi à 14 morts", "has risen to 450"): a cue elsewhere in the sentence may be
    about another figure ("qui emploiera desormais 6 000 personnes, les 2 300 salaries")."""
    if UPDATE_MARKER.match(fold(claim.text)):
        return True
    before = fold(claim.text[max(0, claim.span[0] - 45) : claim.span[0]])
    parts = re.split(r"([,;:])", before)
    clause = parts[-1]
    if len(parts) >= 3 and parts[-2] == ":":
        # what a colon opens tells what the clause before it announces: "Le bilan s'est
        # alourdi dans la soirée : quatre policiers ont été blessés"
        clause = parts[-3] + " " + clause
    return bool(
        UPDATE_CUES.search(clause) or _MOVED_FROM_AFTER.match(fold(claim.text[claim.span[1] :]))
    )


# A figure told as moved from an earlier one by what follows it in its clause ("41
# million tonnes, up from the previous estimate", "en hausse par rapport à"): the closed
# class of comparatives of change.
_MOVED_FROM_AFTER = re.compile(
    r"^[^,;:.]{0,40}?(?:,\s*)?\b(?:(?:up|down)\s+from|(?:en\s+hausse|en\s+baisse|en\s+progression|"
    r"en\s+recul)\s+(?:par\s+rapport|sur|de))\b"
)


def _when(ctx: CompareContext, claim: Claim) -> str:
    published = ctx.published(claim.source)
    return f"{claim.source}, {published.isoformat()}" if published else claim.source


_PER_CENT = ("per cent", "percent", "pour cent", "pourcent")


def _label(c: Claim) -> str:
    """The figure with what it counts, unless its words already say it ("4.1%", "4.99
    per cent")."""
    head = c.value.get("head")
    said = fold(c.surface)
    if not head or said.endswith(fold(head)) or (head == "%" and said.endswith(_PER_CENT)):
        return c.surface
    return f"{c.surface} {head}"


@register("number")
def compare_numbers(ctx: CompareContext) -> list[Candidate]:
    # A figure converted in parentheses ("£75 (about $100)") is at its writer's rate: the
    # figure it converts is the one compared.
    claims = [c for c in ctx.of_kind("number") if c.value.get("frame") != "conversion"]
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    out: list[Candidate] = []
    for a, b in cross_source_pairs(claims):
        one_duration = ctx.scope == "across" and _one_duration(ctx, by_source, a, b)
        if not (_same_quantity(a, b) or _miscopied_count(a, b) or one_duration) or agree(
            a.value, b.value
        ):
            continue
        if ctx.scope == "within" and (
            not (_one_slot_within(a, b) or _one_change_within(ctx, a, b) or miscopied_within(a, b))
            or _breakdown(ctx, a)
            or _breakdown(ctx, b)
        ):
            continue
        if ctx.scope == "within" and _earlier_state(a) != _earlier_state(b):
            continue  # "l'an dernier, la carte avait prévu 61 fermetures": an earlier state
        if ctx.scope == "within" and _of_others(a) != _of_others(b):
            continue  # "Deux autres fragments" adds to the "Trois fragments" told before
        if any(_of_a_person(ctx, c) for c in (a, b)) and not (
            ctx.share_participants(a, b, introduced=True)
        ):
            continue  # one person's prison term or fine is not another's
        if _asked_by_different_parties(a, b):
            continue
        if ctx.scope == "within" and _asked_of_others(ctx, a, b):
            continue
        if orders_apart(a, b):
            continue
        if a.value.get("key") in MONEY | MEASURE_UNITS and _different_things(a, b):
            continue
        if _other_issuers(a, b):
            continue  # "A$1.2 billion" / "US$800 million": two dollars, at some rate
        if ctx.scope == "within" and _told_by_different_parties(a, b):
            continue  # one writer reporting a dispute; across sources it is a conflict
        if ctx.distinct(a, b):
            continue
        sim = ctx.local_sim(a, b)
        threshold = ctx.thresholds.number
        if a.value.get("key") in TOLLS or a.value.get("key") == "SCORE":
            threshold *= 0.6  # a death toll or a final score is the story's own number
        # A figure each source gives once (one value for the thing) is compared even
        # in loosely aligned sentences; money and shares are not: one story has many
        # amounts, and many percentages (a growth, a margin, a move of the shares).
        lone = one_duration or (
            a.value.get("key") not in MONEY | {"PERCENT"}
            and (
                _only_value(ctx, by_source, a, b)
                # across sources only: one writer names a town in many sentences of an article
                or (ctx.scope == "across" and _only_value_of_a_place(ctx, by_source, a, b))
            )
            and (
                ctx.scope == "within" or ctx.same_fact(a, b) >= ctx.thresholds.lone_value_same_fact
            )
        )
        if _ordinal_point(a) and not (lone and ctx.share_participants(a, b)):
            # A match has many moments: one source's only minute against the other's,
            # of one person's act (a red card's minute is not the winning try's).
            continue
        same_amount = (a.value.get("key") in MONEY and _same_amount_of(a, b)) or _same_activity(
            a, b
        )
        miscopy = transposed(a, b) if ctx.scope == "across" else miscopied_within(a, b)
        if (
            sim < threshold
            and not lone
            and not same_amount
            and not miscopy
            and not _counterparts(ctx, a, b)
        ):
            continue
        # Does the other source give an agreeing value for the same thing somewhere? (Not
        # in a sentence about what is to come: "La 7e étape se disputera vendredi".)
        if _restated(ctx, a, by_source[b.source]) or _restated(ctx, b, by_source[a.source]):
            continue
        if _complements(a, b) or _sum_of_parts(ctx, a, b) or _sum_of_parts(ctx, b, a):
            continue
        # On one publication day, the sentence that says the figure moved is the newer.
        older, newer = sorted(
            (a, b),
            key=lambda c: (
                ctx.published(c.source) or date.min,
                _says_moved(c),
                # inside one article, a figure told as provisional is the earlier state
                ctx.scope == "within" and not _provisional(c),
                c.source,
            ),
        )
        key = a.value.get("key") or "?"
        if _is_update(ctx, older, newer):
            out.append(
                Candidate(
                    "number",
                    "info",
                    0.6,
                    older,
                    newer,
                    f"{key.lower()}: {_label(older)} ({_when(ctx, older)}), updated to "
                    f"{_label(newer)} ({_when(ctx, newer)})",
                    group=f"update:{key}",
                    rule="number.update",
                )
            )
            continue
        hedged = bool(a.value.get("hedge") or b.value.get("hedge"))
        severity = "warning" if hedged or sim < threshold + 0.1 else "error"
        out.append(
            Candidate(
                "number",
                severity,
                min(0.97, 0.5 + sim),
                a,
                b,
                f"{key.lower()}: {_label(a)} in {a.source}, {_label(b)} in {b.source}",
                group=f"num:{key}",
                rule="number.range",
            )
        )
    return (
        _best_per_claim(out)
        + _age_conflicts(ctx)
        + _direction_conflicts(ctx, claims)
        + _trend_conflicts(ctx, claims)
    )


def _counterparts(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Whether two figures of one thing (one key), in two languages, are told in
    counterpart sentences (`CompareContext.counterparts`) among those giving a figure of
    that thing ("Le coût est estimé à 4,5 millions de dollars" / "the clean-up will cost
    $4.2 million"). In one language the sentences' shared words judge the pair; across
    two they cannot (in one language the pairing gave two models' prices, "13-inch" /
    "15-inch", and a season's totals on ECB+ news). Not shares: a story's many
    percentages (a growth, a margin, a move of the shares) are told in sentences that
    pair alike."""
    key = a.value.get("key")
    if key in (None, "PERCENT") or a.sentence.lang == b.sentence.lang:
        return False
    return ctx.counterparts(
        a,
        b,
        like=lambda c: c.kind == "number" and c.value.get("key") == key,
        slot=("figure of", key),
    )


def _direction_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """One figure said to have moved both ways ("le bénéfice net a progressé de 8 %" /
    "net profit fell 8%"): two changes of one quantity (extract.numbers.direction), one
    up and one down, in sentences that state one fact, while neither source also gives
    the other's way for that quantity."""
    moved = [
        c for c in claims if c.value.get("direction") and c.value.get("frame") in (None, "change")
    ]

    def measure(c: Claim) -> tuple:
        return (c.value.get("key"), c.value.get("unit"), c.value.get("per"))

    out = []
    for a, b in cross_source_pairs(moved):
        if measure(a) != measure(b) or a.value["direction"] == b.value["direction"]:
            continue
        if ctx.distinct(a, b) or tense_frame(a) != tense_frame(b):
            continue
        sim = ctx.local_sim(a, b)
        if (
            sim < ctx.thresholds.number
            and ctx.same_fact(a, b) < ctx.thresholds.direction_same_fact
            and not _lone_move(ctx, moved, a, b, measure)
        ):
            continue
        if any(
            measure(o) == measure(x)
            and o.value["direction"] == x.value["direction"]
            and ctx.slot_overlap(o, x) > 0  # the same thing moved ("shares", not "revenue")
            for x, other in ((a, b), (b, a))
            for o in moved
            if o.source == other.source
        ):
            continue
        key = (a.value.get("key") or "?").lower()
        out.append(
            Candidate(
                "number",
                "warning",
                min(0.9, 0.5 + sim),
                a,
                b,
                f"{key}: {a.value['direction']} {a.surface} in {a.source}, "
                f"{b.value['direction']} {b.surface} in {b.source}",
                group=f"direction:{key}",
                rule="number.direction",
            )
        )
    return out


def _lone_move(
    ctx: CompareContext, moved: list[Claim], a: Claim, b: Claim, measure: Callable
) -> bool:
    """Whether two moves are each their source's one move of that measure told with a word
    of the other's clause ("Shares in Corvel fell 9%" / "The shares closed 5% higher"):
    one thing said to move both ways, however loosely the two sentences align."""
    if ctx.scope != "across" or ctx.slot_overlap(a, b) == 0:
        return False

    def lone(x: Claim, y: Claim) -> bool:
        return not any(
            o is not x
            and o.source == x.source
            and measure(o) == measure(x)
            and ctx.slot_overlap(o, y) > 0
            for o in moved
        )

    return lone(a, b) and lone(b, a)


# What moves in a story told both with and without a figure: prices, profits, shares.
_TRENDING_KEYS = MONEY | {"PERCENT"}


def _trend_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """A thing one source says moved without a figure ("profit before tax climbed from a
    year earlier") and another says moved the other way by a figure ("Pre-tax profit fell
    15%"): what moved shares a word, and each is its source's one move of it."""
    if ctx.scope != "across":
        return []
    trends = [c for c in ctx.of_kind("other") if c.value.get("type") == "trend"]
    figures = [
        c
        for c in claims
        if c.value.get("direction")
        and c.value.get("frame") in (None, "change")
        and c.value.get("key") in _TRENDING_KEYS
    ]
    if not trends or not figures:
        return []
    movers = {c.id: (set(c.value["mover"]), set(c.value.get("owner", []))) for c in trends}
    for c in figures:
        mover, owner = mover_before(c.text, fold_same_length(c.text), c.span[0])
        movers[c.id] = (set(mover), set(owner))
    moves = trends + figures
    out = []
    for t in trends:
        for f in figures:
            if t.source == f.source or t.value["direction"] == f.value["direction"]:
                continue
            (mover_t, owner_t), (mover_f, owner_f) = movers[t.id], movers[f.id]
            shared = mover_t & mover_f
            if not shared or ctx.distinct(t, f) or tense_frame(t) != tense_frame(f):
                continue
            if owner_t and owner_f and not owner_t & owner_f:
                continue  # two owners' ("AMD shares" / "TSMC shares")
            # each its source's one move of that thing
            if any(
                o is not x and o.source == x.source and movers[o.id][0] & shared
                for x in (t, f)
                for o in moves
            ):
                continue
            out.append(
                _warning_in_source_order(
                    t,
                    f,
                    0.7,
                    " ".join(sorted(shared)),
                    group=f"direction:{'+'.join(sorted(shared))}",
                    rule="number.trend",
                    told=_direction_told,
                )
            )
    return out


# Days between two publications over which one person's age may have moved by a year.
AGE_SAME_YEAR_DAYS = 180


def age_owner(ctx: CompareContext, claim: Claim) -> str | None:
    """The person key an age belongs to: the name it is set beside ("Dimitri Lambotte, 44
    ans", "Tom Hale, 52,", "Tom Hale, aged 52"), the name it qualifies ("the
    52-year-old Tom Hale"), or the one person the sentence before names when a definite
    description opening the sentence holds the age ("Théo Lanvin a gagné. Le coureur de
    24 ans ..."); None for an unnamed person ("une femme de 54 ans")."""
    if name := _age_name(ctx, claim):
        return ctx.index.person_key(name)
    if _DEFINITE_DESCRIPTION.match(fold(claim.text[: claim.span[0]])):
        # "Théo Lanvin a gagné. Le coureur de 24 ans ...": the one person named just before
        # (the sentence's own names come after its subject)
        previous = ctx.people.get((claim.source, claim.sentence.index - 1), [])
        keys = {k for name in previous if (k := ctx.index.person_key(name))}
        if len(keys) == 1:
            return keys.pop()
    return None


def name_of_age(claim: Claim, names: list[str], surname: bool = False) -> str | None:
    """Which of its sentence's people (`names`) an age is set beside ("Dimitri Lambotte, 44
    ans", "Tom Hale, 52,", "Tom Hale, aged 52") or qualifies ("the 52-year-old Tom
    Hale"), written in full, or with `surname` by the surname alone where it is no part of
    another name ("Hale, 52," but not "Katie Hale, 20," for Tom Hale); None for none, and
    for an age of an earlier time ("the then-15-year-old Hale", "alors âgé de 15 ans")."""
    text = claim.text
    before = text[max(0, claim.span[0] - 40) : claim.span[0]]
    after = text[claim.span[1] : claim.span[1] + 40]
    if _THEN_AGE.search(fold(before)) or _THEN_AGE_AFTER.match(fold(after)):
        return None
    for name in names:
        forms = (name, name.split()[-1]) if surname else (name,)
        for written in dict.fromkeys(forms):
            part_of_another = written != name  # a surname alone: not after a given name
            beside = re.escape(written) + r",?\s*(?:\(|(?:âgée?s?\s+de|aged)\s*)?$"
            if re.search(rf"(?<!\w){beside}", before) and not (
                part_of_another and re.search(rf"[A-Z][\w'’.-]*\s+{beside}", before)
            ):
                return name
            if re.match(r"^-years?-old\s+" + re.escape(written) + r"(?!\w)", after):
                return name
    return None


def _age_name(ctx: CompareContext, claim: Claim) -> str | None:
    """The name of its sentence's people an age is set beside (`name_of_age`); inside one
    article a surname alone is the person it named in full."""
    names = ctx.people.get((claim.source, claim.sentence.index), [])
    return name_of_age(claim, names, surname=ctx.scope == "within")


# An age of an earlier time than the article's: "the then-15-year-old", "then 15", "alors
# âgé de 15 ans", "15 at the time", "15 ans à l'époque".
_THEN_AGE = re.compile(r"\b(?:then|alors(?:\s+agee?s?\s+de)?)[\s-]*$")
_THEN_AGE_AFTER = re.compile(
    r"^(?:[\s-]*(?:years?[\s-]*old|ans))?\s*,?\s*(?:at\s+the\s+time|a\s+l['’]epoque)\b"
)


# A sentence that opens on a definite description holding an age ("The 26-year-old
# Frenchman", "Le coureur de 24 ans", "L'ancien maire, âgé de 71 ans,"): a few words, no
# verb-bearing clause between the article and the age.
_DEFINITE_DESCRIPTION = re.compile(
    r"^\W*(?:the|le|la|l['’])\s*(?:[a-z-]+\s*){0,3}(?:,\s*(?:agee?\s+de)?\s*)?$"
)


def described_owner(claim: Claim) -> str | None:
    """Whom an unnamed age describes ("a 45-year-old woman" -> "desc:woman"), or None."""
    folded = fold_same_length(claim.text)  # offsets stay the claim's
    described = described_person(folded, claim.span[0], claim.span[1])
    return f"desc:{described}" if described else None


def _described_age_pairs(
    ctx: CompareContext, ages: list[Claim], owners: dict[str, str]
) -> list[tuple[Claim, Claim]]:
    """Ages of an unnamed person of one description (`owners`, by claim id: "a
    45-year-old woman" / "une femme de 54 ans") in two sources that tell one fact: their
    sentences paired one to one by the pairing model among those giving such an age,
    above its floor, and neither source giving the other's age to that description."""
    pairs = [
        (a, b)
        for a, b in cross_source_pairs(ages)
        if owners[a.id] == owners[b.id]
        and ctx.same_fact(a, b) >= ctx.thresholds.mutual_same_fact_floor
    ]
    ranked = sorted(pairs, key=lambda t: (-ctx.same_fact(*t), t[0].id, t[1].id))

    def told_by(claim: Claim, source: str) -> bool:
        return any(
            o.source == source and owners[o.id] == owners[claim.id] and agree(o.value, claim.value)
            for o in ages
        )

    return [
        (a, b)
        for a, b in one_per_source(ranked)
        if not agree(a.value, b.value) and not told_by(a, b.source) and not told_by(b, a.source)
    ]


# Between two ages of one list: "23 et 58 ans", "23 and 62", "15, 16 and 17".
_AGE_LIST_GAP = re.compile(r"^\s*(?:ans\s*)?(?:,\s*(?:and|et)?|and|et)\s*$")


def _age_lists(ownerless: list[Claim]) -> list[list[Claim]]:
    """The ages (of no named person) each sentence lists together ("the two climbers, aged
    23 and 62", "âgés de 23 et 58 ans"): the ages of one group, two or more."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in ownerless:
        by_sentence.setdefault((c.source, c.sentence.index), []).append(c)
    lists: list[list[Claim]] = []
    for ages in by_sentence.values():
        ages.sort(key=lambda c: c.span[0])
        run = [ages[0]]
        for c in ages[1:]:
            gap = fold(c.text[run[-1].span[1] : c.span[0]])
            if _AGE_LIST_GAP.match(gap):
                run.append(c)
                continue
            lists.append(run)
            run = [c]
        lists.append(run)
    return [run for run in lists if len(run) >= 2]


def _listed_age_pairs(ctx: CompareContext, ownerless: list[Claim]) -> list[tuple[Claim, Claim]]:
    """One group's listed ages in two sources that tell one fact, as many ages each, all
    but one age alike: the one left on each side is one person's age told two ways ("aged
    23 and 62" / "âgés de 23 et 58 ans"). The ages both give tell it is one group."""
    lists = _age_lists(ownerless)
    pairs: list[tuple[Claim, Claim]] = []
    for i, left in enumerate(lists):
        for right in lists[i + 1 :]:
            if left[0].source == right[0].source or len(left) != len(right):
                continue
            if ctx.same_fact(left[0], right[0]) < ctx.thresholds.mutual_same_fact_floor:
                continue
            rest_left, rest_right = list(left), list(right)
            for c in left:
                match = next((o for o in rest_right if agree(o.value, c.value)), None)
                if match is not None:
                    rest_left.remove(c)
                    rest_right.remove(match)
            if len(rest_left) == len(rest_right) == 1 and not (
                _age_told_in(ctx, rest_left[0], right[0].source)
                or _age_told_in(ctx, rest_right[0], left[0].source)
            ):
                pairs.append((rest_left[0], rest_right[0]))
    return pairs


def _age_told_in(ctx: CompareContext, age: Claim, source: str) -> bool:
    """Whether `source` gives this age somewhere (to someone it lists apart, perhaps)."""
    return any(
        o.source == source and o.value.get("key") == "AGE" and agree(o.value, age.value)
        for o in ctx.of_kind("number")
    )


def _age_conflicts(ctx: CompareContext) -> list[Candidate]:
    """Two ages of one named person (across sources, published within half a year), of
    one unnamed person told in sentences of one fact (`_described_age_pairs`), or of one
    member of a group whose ages both sources list (`_listed_age_pairs`)."""
    named: list[tuple[Claim, str]] = []
    ownerless: list[Claim] = []
    described: dict[str, str] = {}  # claim id -> "desc:woman"
    unnamed: list[Claim] = []
    for c in ctx.of_kind("number"):
        if c.value.get("key") != "AGE":
            continue
        if owner := age_owner(ctx, c):
            named.append((c, owner))
            continue
        ownerless.append(c)
        if owner := described_owner(c):
            described[c.id] = owner
            unnamed.append(c)
    out = [
        _warning_in_source_order(
            a, b, 0.7, "age of one of the group", group="age:listed", rule="number.age"
        )
        for a, b in _listed_age_pairs(ctx, ownerless)
    ]
    for a, b in _described_age_pairs(ctx, unnamed, described):
        out.append(
            _warning_in_source_order(
                a,
                b,
                0.7,
                f"age of the {described[a.id].split(':')[-1]}",
                group=f"age:{described[a.id]}",
                rule="number.age",
            )
        )
    for i, (a, owner_a) in enumerate(named):
        for b, owner_b in named[i + 1 :]:
            if a.source == b.source or owner_a != owner_b or agree(a.value, b.value):
                continue
            pa, pb = ctx.published(a.source), ctx.published(b.source)
            if pa and pb and abs((pa - pb).days) > AGE_SAME_YEAR_DAYS:
                continue
            out.append(
                _warning_in_source_order(
                    a,
                    b,
                    0.8,
                    f"age of {_written_name(ctx, a, b) or owner_a.split(':')[-1].title()}",
                    group=f"age:{owner_a}",
                    rule="number.age",
                )
            )
    return out


def _written_name(ctx: CompareContext, *ages: Claim) -> str | None:
    """The name, as its article writes it in full, that one of one person's ages is set
    beside (the longest); None when the age is the named person's by a description."""
    names = [name for c in ages if (name := _age_name(ctx, c))]
    return max(names, key=len) if names else None


def _warning_in_source_order(
    a: Claim,
    b: Claim,
    confidence: float,
    what: str,
    group: str,
    rule: str,
    told: Callable[[Claim], str] = lambda c: c.surface,
) -> Candidate:
    """A warning on two claims, the one of the source first by name on the left: "`what`:
    (each as `told`) in (its source)"."""
    left, right = (a, b) if a.source < b.source else (b, a)
    summary = f"{what}: {told(left)} in {left.source}, {told(right)} in {right.source}"
    return Candidate("number", "warning", confidence, left, right, summary, group, rule)


def _direction_told(c: Claim) -> str:
    return f"{c.value['direction']} ({c.surface})"


def _restated(ctx: CompareContext, claim: Claim, others: list[Claim]) -> bool:
    """Whether another source gives an agreeing value for what `claim` counts: the same
    quantity, or an amount of the same named thing however framed ("$281m in cash" /
    "$334 million, including $281 million in cash")."""
    return any(
        (_same_quantity(claim, o) or _same_amount_of(claim, o))
        and agree(claim.value, o.value)
        and _counterpart(ctx, claim, o)
        for o in others
    )


def _counterpart(ctx: CompareContext, claim: Claim, other: Claim) -> bool:
    """Whether `other` may restate `claim`: the same happening's time (not distinct), and
    both told as done or both as to come."""
    return not ctx.distinct(claim, other) and told_as_future(claim) == told_as_future(other)


def _same_quantity_in_sentence(ctx: CompareContext, c: Claim) -> list[Claim]:
    """The number claims of `c`'s sentence that count what `c` counts (`c` among them)."""
    return [o for o in ctx.in_sentence(c) if o.kind == "number" and _same_quantity(o, c)]


def _complements(a: Claim, b: Claim) -> bool:
    """Two shares that make up a whole ("62 % pour" / "38 % contre", "a 55-45 split"):
    most often the two sides of one vote or poll, each source giving one side."""
    if a.value.get("key") != "PERCENT" or b.value.get("key") != "PERCENT":
        return False
    va, vb = a.value.get("value"), b.value.get("value")
    return va is not None and vb is not None and abs(va + vb - 100) <= 1


def _sum_of_parts(ctx: CompareContext, total: Claim, part: Claim) -> bool:
    """`part`'s sentence splits `total` into parts of the same quantity: "Fourteen people
    died on the spot while four others succumbed on the way" against "at least 18
    people were killed"."""
    parts = _same_quantity_in_sentence(ctx, part)
    if len(parts) < 2:
        return False
    amount = sum(o.value.get("value") or 0 for o in parts)
    summed = dict(part.value, value=amount, low=amount, high=amount, hedge=None)
    return agree(total.value, summed)


def _only_value(
    ctx: CompareContext,
    by_source: dict[str, list[Claim]],
    a: Claim,
    b: Claim,
    where: frozenset[str] | None = None,
) -> bool:
    """Each source gives this quantity once, one value each: the story's own figure. The
    tolls and ranks of earlier events told as background ("In February, a quake ...
    killing 612 people", `_exclusive`) are other events' (other background figures still
    tell that the story has
    several of that quantity: a quota and last year's, a site's workers and another's).
    With `where` (places by key), only the figures of sentences naming one of them
    count: the quantity of that place."""
    for claim in (a, b):
        values = {
            repr(o.value.get("value") or o.value.get("score"))
            for o in by_source[claim.source]
            if _same_quantity(o, claim)
            and (o is claim or not _exclusive(o) or not ctx.earlier(o))
            and (where is None or bool(_places_named(ctx, o) & where))
            and (o is claim or not _beside_its_total(ctx, o))
        }
        if len(values) != 1:
            return False
    return True


def _exclusive(claim: Claim) -> bool:
    """Whether a figure belongs to one event alone: a toll, or a rank (an ordinal: "the
    first British woman to swim it did so in 2016" is an earlier swimmer's rank, not a
    second figure of the story's)."""
    return claim.value.get("key") in TOLLS or claim.value.get("unit") == "ORDINAL"


def _beside_its_total(ctx: CompareContext, claim: Claim) -> bool:
    """Whether a figure's sentence also gives the whole count of its thing ("fermer huit
    lits dans cette unité, qui compte 22 lits au total"): the figure is a part, and the
    total is the source's one figure of that thing."""
    return any(
        o is not claim and o.kind == "number" and o.value.get("total") and _same_quantity(o, claim)
        for o in ctx.in_sentence(claim)
    )


def _places_named(ctx: CompareContext, claim: Claim) -> frozenset[str]:
    """The places (by key) a claim's sentence names."""
    features = ctx.alignment.infos[(claim.source, claim.sentence.index)].features
    return frozenset(f for f in features if f.startswith("loc:"))


def _only_value_of_a_place(
    ctx: CompareContext, by_source: dict[str, list[Claim]], a: Claim, b: Claim
) -> bool:
    """The two sentences name a place in common, and each source gives this quantity
    once among its sentences naming it: the figure of that place ("Réuni à Perpignan, le
    conseil s'est prononcé par 31 voix pour" / "à Perpignan ... 27 voix pour", while the
    same story gives Narbonne's vote elsewhere). Not a person's: one person has many
    figures of one kind in a life ("10 seasons in West Germany" / "19 seasons with the
    76ers", ECB+)."""
    shared = _places_named(ctx, a) & _places_named(ctx, b)
    return bool(shared) and _only_value(ctx, by_source, a, b, where=shared)


# Whose figure it is: "500 maisons selon le maire", "according to the organisers".
_ATTRIBUTION = re.compile(
    r"\b(?:selon|d['’]apres|according\s+to)\s+(?:(?:le|la|les|l['’]|the|son|sa|ses|its|their)\s*)?"
    r"([a-z][\w-]+)"
)


def _told_by_different_parties(a: Claim, b: Claim) -> bool:
    """Two figures each attributed, to different parties (the organisers' count and the
    police's, a union's figure and the company's): in one article, a reported dispute,
    told as such. (Two articles quoting two officials still disagree for the reader.)"""
    pa = {stem(m.group(1)) for m in _ATTRIBUTION.finditer(fold(a.text))}
    pb = {stem(m.group(1)) for m in _ATTRIBUTION.finditer(fold(b.text))}
    return bool(pa and pb and not pa & pb)


# What an amount is of: "revenue of $412 million", "un bénéfice net de 86 millions",
# "$389 million in revenue", "23 millions d'euros de pénalité".
_AMOUNT_OF_BEFORE = re.compile(
    r"([a-z]{4,})\s+(?:net\s+|brut\s+)?(?:of|de|d['’])\s*(?:about|some|nearly|almost|around|"
    r"up\s+to|more\s+than|environ|pres\s+de|plus\s+de|jusqu['’]a)?\s*[$€£]?\s*$"
)
# French puts a noun's adjectives after it: "un fonds commun de 4,5 milliards", "une
# enveloppe exceptionnelle de 8 millions" are a fund and an envelope.
_FR_AMOUNT_OF_BEFORE = re.compile(
    r"([a-z]{4,})(?:\s+(?!(?:net|brut|plus|moins|pres|environ)\b)[a-z]{4,})?\s+(?:net\s+|brut\s+)?"
    r"(?:de|d['’])\s*"
    r"(?:environ|pres\s+de|plus\s+de)?\s*[$€£]?\s*$"
)
_CURRENCY = r"(?:euros?|dollars?|pounds?|livres?|francs?)"
_AMOUNT_OF_AFTER = re.compile(
    r"^\s*(?:d['’]euros|de\s+dollars|euros|dollars|pounds|livres)?\s*(?:(?:in|en|de|of)\s+|d['’]\s*)"
    rf"(?:la\s+|le\s+|l['’]|the\s+)?(?!{_CURRENCY}\b)([a-z]{{4,}})"
)
# "50 000 euros d'amende": the noun right after the currency is what the amount is,
# whatever verb comes before ("s'acquitter de 50 000 euros d'amende").
_CURRENCY_OF = re.compile(rf"^\s*{_CURRENCY}\s+(?:de|d['’]|of|in)")


# The thing a measure is the size of, as a noun its compound qualifies: "an 18-metre
# dredger", "a 40-tonne lorry" (the unit joined to the figure by a hyphen), as
# `_LENGTH_OF_AFTER` reads "a five-year contract".
_SIZE_OF_AFTER = re.compile(r"^-[a-z]+\s+([a-z]{3,})")


def _amount_of(c: Claim) -> str | None:
    folded_after = fold(c.text)[c.span[1] :]
    if c.value.get("key") in MEASURE_UNITS and (size := _SIZE_OF_AFTER.match(folded_after)):
        return stem(size.group(1))
    after_first = bool(_CURRENCY_OF.match(folded_after))
    before = _FR_AMOUNT_OF_BEFORE if c.sentence.lang == "fr" else _AMOUNT_OF_BEFORE
    return _noun_of(c, before, _AMOUNT_OF_AFTER, after_first=after_first)


def _amount_nouns(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The nouns two amounts say they are of (`_amount_of`), when both say one."""
    what_a, what_b = _amount_of(a), _amount_of(b)
    return (what_a, what_b) if what_a and what_b else None


def _one_noun(a: Claim, b: Claim, what_a: str, what_b: str) -> bool:
    """Whether the nouns of two amounts or durations are one: the same stem, or across
    French and English a pair of the word table ("un contrat de quatre ans" / "a five-year
    contract")."""
    return what_a == what_b or translate(what_a, a.sentence.lang, what_b, b.sentence.lang)


def _different_things(a: Claim, b: Claim) -> bool:
    """Two amounts or measures that each say what they are, and say two things ("$1.4
    million in donations" / "$2.1 million in damages", "un incendie de 800 hectares" /
    "une saison de 12 000 hectares"): a story has many of them. (One that says it
    against one that does not proves nothing: "une amende de 18 millions" and "fixer à
    23 millions la pénalité" name one fine in two words.)"""
    nouns = _amount_nouns(a, b)
    if nouns is None or _one_noun(a, b, *nouns):
        return False
    what_a, what_b = nouns
    # Across languages two nouns are two things only when the word table knows both (and,
    # by `_one_noun`, pairs neither with the other); a noun it does not know proves nothing.
    return a.sentence.lang == b.sentence.lang or (
        known(what_a, a.sentence.lang) and known(what_b, b.sentence.lang)
    )


_NOT_DIGIT = re.compile(r"\D")
_SCORES = frozenset({"SCORE", "SCORE_HALF"})
# Inside one article only figures this long are read as one miscopied: an article's
# statistics share shorter figures' digits by chance ("404 yards" rushing, "440 yards"
# receiving).
WITHIN_MISCOPY_DIGITS = 4


def digits(c: Claim) -> str:
    """The digits a figure is written with."""
    return _NOT_DIGIT.sub("", c.surface)


def transposed(a: Claim, b: Claim) -> bool:
    """Two figures written with the same digits in another order ("6,412" / "4,612",
    "96 millions" / "€69 million"): the commonest slip in copying a figure, and too rare
    by chance between two figures of one quantity for the pair to be two facts."""
    if a.value.get("key") in _SCORES or b.value.get("key") in _SCORES:
        return False  # "12-3" / "2-13": one score or record told from the other side
    da, db = digits(a), digits(b)
    return len(set(da)) > 1 and da != db and sorted(da) == sorted(db)


# What a figure miscopied across sources is not: amounts, measures, durations, shares,
# ages and ranks, which a story has many of (`_miscopied_count`).
_NOT_COUNTS = MONEY | MEASURE_UNITS | TIME_UNIT_CONCEPTS | {"PERCENT", "AGE", "ORDINAL"}


def _miscopied_count(a: Claim, b: Claim) -> bool:
    """A figure of three digits or more and another source's figure written with the same
    digits in another order, each a plain count, whatever the words for what is counted
    ("A crowd of 6,412" / "4,612 spectators", "1 247 deniers" / "1,427 coins", "341
    salariés" / "314 postes"): one figure miscopied. Shorter figures meet by chance; so
    may amounts, measures, shares and ages, which a story has many of."""
    va, vb = a.value, b.value
    return (
        va.get("key") not in _NOT_COUNTS
        and vb.get("key") not in _NOT_COUNTS
        and (va.get("key"), vb.get("key")) != (None, None)
        and not va.get("unit")
        and not vb.get("unit")
        and not va.get("per")
        and not vb.get("per")
        and va.get("frame") == vb.get("frame")
        and len(digits(a)) >= 3
        and transposed(a, b)
    )


def miscopied(a: Claim, b: Claim) -> bool:
    """Two figures of one quantity, one the other with its digits in another order."""
    return transposed(a, b) and _same_quantity(a, b)


def miscopied_within(a: Claim, b: Claim) -> bool:
    """Two figures of one article that are one figure miscopied: of one quantity and
    WITHIN_MISCOPY_DIGITS long, or three digits long and plain counts of one named thing
    ("450 permanent jobs" / "the 540 permanent posts", EMPLOYEE both). Figures an
    article's statistics share digits with by chance are amounts, measures and shares
    (`_miscopied_count` leaves them out), or counts of things no concept names."""
    if not miscopied(a, b):
        return False
    key = a.value.get("key") or ""
    return len(digits(a)) >= WITHIN_MISCOPY_DIGITS or (
        key.isupper() and key == b.value.get("key") and _miscopied_count(a, b)
    )


def _of_others(c: Claim) -> bool:
    """Whether a figure counts others than some the article told ("Deux autres
    fragments", "the other six"): across sources, two writers' counts of the others
    answer one question; inside one article it is never the count it adds to."""
    return counts_others(fold_same_length(c.text)[c.span[1] :])


def _other_issuers(a: Claim, b: Claim) -> bool:
    """Whether two amounts are in two countries' currencies of one name, each written
    with its country ("A$" / "US$", "C$" / "USD"): neither's letters begin the other's."""
    ia, ib = a.value.get("issuer"), b.value.get("issuer")
    return bool(ia and ib) and not (ia.startswith(ib) or ib.startswith(ia))


def _same_amount_of(a: Claim, b: Claim) -> bool:
    """Two amounts of the same named thing (revenue and revenue, a fine and a fine): one
    slot however loosely their sentences align."""
    nouns = _amount_nouns(a, b)
    return nouns is not None and _one_noun(a, b, *nouns)


_ASKER = re.compile(
    r"([a-z]{4,})\s+(?:had\s+|have\s+|has\s+|avait\s+|avaient\s+|a\s+|ont\s+)?"
    r"(?:requis|requiert|reclame|demande|exige|sought|seeks?|asked\s+for|asks?\s+for|"
    r"requested|demanded|argued\s+for|called\s+for|plaide\s+pour)"
)


def _asked_of_others(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Inside one article, two figures asked for whose sentences name no person in common:
    a trial's article tells what is asked of each defendant ("cinq ans d'inéligibilité"
    against the former mayor, "une amende de 20 000 euros" against the contractor)."""
    if not (a.value.get("frame") == b.value.get("frame") == "requested"):
        return False
    named_a = set(ctx.people.get((a.source, a.sentence.index), []))
    named_b = set(ctx.people.get((b.source, b.sentence.index), []))
    return not named_a & named_b


def _asked_by_different_parties(a: Claim, b: Claim) -> bool:
    """Two figures asked for by different parties (the prosecution's and the defence's
    term): each side's demand, not two answers to one question."""
    if not (a.value.get("frame") == b.value.get("frame") == "requested"):
        return False
    ask_a = _ASKER.search(fold(a.text[max(0, a.span[0] - 80) : a.span[0]]))
    ask_b = _ASKER.search(fold(b.text[max(0, b.span[0] - 80) : b.span[0]]))
    if not ask_a or not ask_b:
        return False
    return stem(ask_a.group(1)) != stem(ask_b.group(1))


def _breakdown(ctx: CompareContext, c: Claim) -> bool:
    """A sentence giving several values of one quantity ("The Liberals won five seats and
    the Greens three") shares it out: none of them is the figure the lead states."""
    return len({o.value.get("value") for o in _same_quantity_in_sentence(ctx, c)}) > 1


def _of_a_person(ctx: CompareContext, c: Claim) -> bool:
    """A figure that belongs to one person, whose sentence's named people are its owners
    rather than who reported it: a prison term, a sentence asked for, or an amount or a
    duration in a sentence that gives a verdict ("condamné à 15 000 euros d'amende",
    "was jailed for three years": a fine, damages or a term, one defendant's)."""
    key = c.value.get("key")
    if key in ("YEAR", "MONTH") and (_prison(c) or c.value.get("frame") == "requested"):
        return True
    return key in MONEY | {"YEAR", "MONTH"} and any(
        o.kind == "other" and o.value.get("event") == "verdict" for o in ctx.in_sentence(c)
    )


def _one_slot_within(a: Claim, b: Claim) -> bool:
    """Within one article, whose sentences tell many moments and quantities of one
    story, two figures answer one question only when they count the same noun ("trois
    skieurs" / "quatre skieurs"), or are the story's toll or amount; not two of a series
    ("la 6e étape" / "la 2e étape"), nor a stadium's "79 804 spectateurs" and the
    "plusieurs milliers de supporteurs" in the streets."""
    if a.value.get("unit") == "ORDINAL":
        return False
    key = a.value.get("key")
    if key in _SCORES:
        return False  # a match report tells the score as it moved ("forcing extra time at 2-2")
    if key == "PERCENT":  # a share is one question with its whole: "78 % des votants"
        whole_a, whole_b = _share_of(a), _share_of(b)
        return whole_a is not None and whole_a == whole_b
    return key in TOLLS or key in MONEY or _same_head(a, b) or _one_verbs_people(a, b)


def _one_change_within(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Within one article, two shares by which a thing moved the same way, whose clauses
    share what moved ("a 4.99 per cent rise in council tax" / "put council tax up by 3.99
    per cent"): one change told twice. A share is a question only with its whole, and a
    change's whole is the thing that moved."""
    return (
        a.value.get("key") == b.value.get("key") == "PERCENT"
        and a.value.get("frame") == b.value.get("frame") == "change"
        and a.value.get("direction") is not None
        and a.value.get("direction") == b.value.get("direction")
        and bool(_clause_stems(a) & _clause_stems(b))
    )


def _clause_stems(c: Claim) -> set[str]:
    """The stems of the content words of a figure's clause, near it (within 50
    characters each side, up to a clause's punctuation), but its words of change: what
    the figure is of."""
    text = fold_same_length(c.text)
    before = re.split(r"[,;:.!?«»\"“”()]", text[max(0, c.span[0] - 50) : c.span[0]])[-1]
    after = re.split(r"[,;:.!?«»\"“”()]", text[c.span[1] : c.span[1] + 50])[0]
    return {
        stem(w)
        for w in re.findall(r"[a-z][a-z'-]{3,}", f"{before} {after}")
        if w not in STOPWORDS
        and w not in ("cent", "percent", "pourcent", "points")
        and not CHANGE_WORD.fullmatch(w)
    }


# Adverbial particles of English phrasal verbs ("lay off", "take on"): the verb is the word
# before them.
_PARTICLES = frozenset({"off", "on", "up", "out", "down", "away", "in", "back"})
_GENERIC_PEOPLE = frozenset({"people", "persons", "personnes", "individus", "gens"})


def _governing_verb(c: Claim) -> str | None:
    """The stem of the word right before a figure, past a phrasal verb's particle: the verb
    whose object the figure counts when nothing else stands between them ("will lay off
    85 workers" -> lay)."""
    words = re.findall(r"[a-z]+", fold(c.text[max(0, c.span[0] - 40) : c.span[0]]))
    while words and words[-1] in _PARTICLES:
        words.pop()
    if not words or len(words[-1]) < 3:
        return None
    verb = stem(words[-1])
    # short verbs keep endings `stem` leaves on ("laying", "hiring", "licencier")
    for ending in ("ing", "ed", "er", "es", "s", "e"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


def _one_verbs_people(a: Claim, b: Claim) -> bool:
    """Whether two counts of people, one of them by the plain noun "people", are the object
    of one verb ("will lay off 85 workers" / "laying off 65 people"): the verb says which
    people are counted, "people" says nothing more."""
    heads = {fold(a.value.get("head") or ""), fold(b.value.get("head") or "")}
    if not heads & _GENERIC_PEOPLE:
        return False
    verb = _governing_verb(a)
    return verb is not None and verb == _governing_verb(b)


_SHARE_OF = re.compile(
    r"^\s*(?:des|de\s+la|de\s+l['’]|du|de|d['’]|of\s+(?:the\s+|its\s+|their\s+)?)\s*([a-z]+)"
)


def _share_of(c: Claim) -> str | None:
    """The whole a percentage is a share of ("78 % des votants" -> votant)."""
    m = _SHARE_OF.match(fold(c.text[c.span[1] :]))
    return stem(m.group(1)) if m else None


def _same_head(a: Claim, b: Claim) -> bool:
    ha, hb = a.value.get("head"), b.value.get("head")
    return bool(ha and hb and stem(ha) == stem(hb))


def _best_per_claim(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per claim and source pair: the best-aligned counterpart."""
    best: dict[tuple[str, str, str], Candidate] = {}
    # A counterpart that names the same counted thing ("trois skieurs" / "les quatre
    # skieurs") before one about the same concept in other words ("14 personnes").
    for c in sorted(candidates, key=lambda c: (not _same_head(c.left, c.right), -c.confidence)):
        k1 = (c.left.id, c.right.source, c.group)
        k2 = (c.right.id, c.left.source, c.group)
        if k1 in best or k2 in best:
            continue
        best[k1] = c
        best[k2] = c
    unique = {id(c): c for c in best.values()}
    return list(unique.values())
