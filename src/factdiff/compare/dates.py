"""Dates and times of one event that cannot both be true.

Two aligned sentences conflict on the day when none of the days one states
fits any day the other states, and the nearest two are at most two days
apart (further apart, they speak of different events). "jeudi" in an
article of Tuesday 11 March and "le 13 mars" agree; "mercredi" (16 April)
and "jeudi" (17 April) of the Paris talks do not. Times of day conflict when
their ranges do not meet ("vers 5 h 30" and "vers 4 h 30"; "en fin de
matinée" and "vers 11 h 15" agree).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from factdiff.align import EVENT_CONCEPTS, MAX_SAME_EVENT_DAYS, day_gap, in_relative_clause
from factdiff.compare.base import (
    Candidate,
    CompareContext,
    cross_source_pairs,
    in_a_state,
    one_per_source,
    pluperfect,
    register,
    tense_frame,
    told_as_future,
)
from factdiff.compare.numbers import UPDATE_MARKER
from factdiff.extract.statements import SAID_ON
from factdiff.extract.timezones import LOCAL
from factdiff.lexicon import STOPWORDS, concept_of, en, fr
from factdiff.records import Claim
from factdiff.text import fold, fold_same_length, stem


def _day_range(c: Claim) -> tuple[date, date] | None:
    """The days a date claim covers: a day's, or a month's, a season's or a part of a
    year's when told as to come (a plan is dated as loosely as "en mars 2027", "fin 2027",
    "à l'automne 2029"), or the years from one on that it will not come before ("ne
    rouvrira pas avant 2031")."""
    granularity = c.value.get("granularity")
    planned = granularity == "month" or (granularity == "year" and c.value.get("mod") == "since")
    if not c.value.get("date") or not (granularity == "day" or (planned and told_as_future(c))):
        return None
    return _days_of(c)


def _days_of(c: Claim) -> tuple[date, date]:
    """A dated claim's first and last day."""
    return date.fromisoformat(c.value["date"]), date.fromisoformat(
        c.value.get("date_end") or c.value["date"]
    )


def _planned_range(c: Claim, published: date | None) -> tuple[date, date] | None:
    """`_day_range`, and a whole year's days when it is a plan's: told as to come
    ("scheduled for 2028"), or after the year of the article's `published` day however
    it is told ("un objectif de 120 gigawatts d'ici 2040"). Two days' sentences set only
    a whole year against a whole year (`_day_conflicts`)."""
    if not _whole_year(c) or not c.value.get("date"):
        return _day_range(c)
    days = _days_of(c)
    if not (told_as_future(c) or (published is not None and days[0].year > published.year)):
        return None
    return days


# Minutes by which a time may lie outside a part of the day it is told as.
PART_OF_DAY_MARGIN = 60
# Where the morning ends and the afternoon starts: a.m. and p.m., not a loose edge.
NOON = "12:00"


def _days_apart(a: Claim, range_a: tuple[date, date], b: Claim, range_b: tuple[date, date]) -> int:
    """Days between two claims' days. A night spans two days, so two nights that share
    one ("la nuit de lundi à mardi" / "la nuit de mardi à mercredi") overlap as ranges
    yet are two nights: nights are apart by their first days. A night against a day is
    apart only if the day is outside it ("dans la nuit de lundi à mardi" / "mardi"). Two
    whole years are apart by their first days too: "in 2027" and "from 2028" are a year
    apart, not the day between them."""
    if (a.value.get("night") and b.value.get("night")) or (_whole_year(a) and _whole_year(b)):
        return abs((range_a[0] - range_b[0]).days)
    return day_gap(range_a, range_b)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _zoned(c: Claim) -> bool:
    """The time names a zone other than the local one ("17:45 GMT", "heure de Paris")."""
    return c.value.get("tz") not in (None, LOCAL)


def _times_meet(ctx: CompareContext, a: Claim, b: Claim, b_days_later: int = 0) -> bool:
    """Whether two times (ranges) can be one, each read in its own zone: both in UTC when
    either names a zone, a time without one read where its sentence's places are
    (unknown: they may well meet); else as written. `b_days_later`: `b`'s day after
    `a`'s, on one timeline (negative: before)."""
    ra, rb = a.value.get("time_range"), b.value.get("time_range")
    if not ra or not rb:
        return True
    shift_a = shift_b = 0
    if _zoned(a) or _zoned(b):
        offset_a, offset_b = _utc_offset(ctx, a), _utc_offset(ctx, b)
        if offset_a is None or offset_b is None:
            return True
        shift_a, shift_b = offset_a, offset_b

    # A part of the day has loose edges (a 4.30 am crash is told "samedi matin"): an hour;
    # but noon, where the morning ends and the afternoon starts, is a firm one.
    def loose(edge: str, claim: Claim) -> bool:
        return not claim.value.get("time") and edge != NOON

    # how far a's start may lie past b's end, and b's start past a's end
    margin_ab = PART_OF_DAY_MARGIN if loose(rb[1], b) or loose(ra[0], a) else 5
    margin_ba = PART_OF_DAY_MARGIN if loose(ra[1], a) or loose(rb[0], b) else 5
    # A clock time in words on the twelve-hour dial with no half of the day said
    # ("huit heures moins vingt") may be either.
    for half_a in (0, 720) if a.value.get("twelve_hour") else (0,):
        for half_b in (0, 720) if b.value.get("twelve_hour") else (0,):
            a0, a1 = _minutes(ra[0]) - shift_a + half_a, _minutes(ra[1]) - shift_a + half_a
            b0, b1 = _minutes(rb[0]) - shift_b + half_b, _minutes(rb[1]) - shift_b + half_b
            b0, b1 = b0 + b_days_later * 1440, b1 + b_days_later * 1440
            if a0 <= b1 + margin_ab and b0 <= a1 + margin_ba:
                return True
    return False


def _utc_offset(ctx: CompareContext, c: Claim) -> int | None:
    if _zoned(c):
        return c.value.get("utc_offset")
    return ctx.local_offset(c)


def _weekday_only_conflict(a: Claim, b: Claim) -> bool:
    wa, wb = a.value.get("weekday"), b.value.get("weekday")
    return bool(wa and wb and wa != wb and (not a.value.get("date") or not b.value.get("date")))


def _describe(c: Claim) -> str:
    v = c.value
    if v.get("time"):
        return f"{c.surface} ({v['time']})"
    if v.get("date"):
        wd = f"{v['weekday'].title()} " if v.get("weekday") else ""
        return f"{c.surface} ({wd}{v['date']})"
    return c.surface


def _aligned(ctx: CompareContext, a: Claim, b: Claim, sim: float) -> bool:
    """Two dates speak of one happening: the same event named near both, close wording, or
    two sentences the pairing model reads as stating one fact ("Samedi, au Parc des
    Sports, l'Olympique a dominé les Corsairs" / "a narrow home win over the Corsairs on
    Sunday": the day clause shares no word of what happened).
    In one article, a happening of other people is another happening ("Rubio and Lavrov
    spoke on 15 March" / "Witkoff met Putin on the night of 13 March"), and so is what
    is planned against what happened ("ont entamé mardi leur grève" / "se prononceront
    jeudi")."""
    if sim >= ctx.thresholds.date_alone:
        return True
    if ctx.scope == "across" and ctx.same_fact(a, b) >= ctx.thresholds.date_same_fact:
        return True  # the pairing model reads the two sentences as one fact, wording aside
    if ctx.scope == "within" and (
        not ctx.share_participants(a, b)
        or told_as_future(a) != told_as_future(b)
        or pluperfect(a) != pluperfect(b)
    ):
        return False
    return sim >= ctx.thresholds.date and ctx.same_happening(a, b)


def _written_out(claim: Claim) -> bool:
    """A day written out with its month ("samedi 19 septembre", "April 3"), or months
    named with their year ("the third quarter of 2026", "au premier semestre 2026"), not
    a weekday or a word read against the publication ("on Monday", "hier")."""
    return claim.value.get("anchor") == "absolute" and claim.value.get("granularity") in (
        "day",
        "month",
    )


def _written_out_counterparts(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Two days written out with their month, a day or two apart, or two spans of months
    named with their year, in counterpart sentences (`CompareContext.counterparts`)
    among those giving a date of that granularity: two answers to one "when" however few
    words the sentences share ("Il ouvrira ses portes samedi 19 septembre" / "opened to
    the public on Sunday, September 20"; "au premier semestre 2026" / "in the third
    quarter of 2026"). Weekdays are not paired so: a story's "on Monday" and "mardi" tell
    its many happenings. A sentence whose only such day is its dateline's ("GENÈVE, 18
    septembre (ATL) –") is not among them."""
    granularity = a.value.get("granularity")
    if not (_written_out(a) and _written_out(b)) or b.value.get("granularity") != granularity:
        return False
    return ctx.counterparts(
        a,
        b,
        # a wire dateline's day says when the story was filed: it answers no "when"
        like=lambda c: (
            c.kind == "date"
            and _written_out(c)
            and c.value.get("granularity") == granularity
            and bool(c.value.get("date"))
            and _of_a_happening(c)
        ),
        slot=("written out", granularity),
        # spans of months are what is compared: spans that do not meet are no proof of
        # two events (days a day or two apart never were)
        date_guard=granularity != "month",
    )


def _one_fact_far_apart(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Two dates days or months apart are most often two events: the same people meet
    again, a story recalls the last meeting. What is to come is planned once, so two
    dates of one plan ("sera inauguré le 14 mars" / "will be opened on 28 March") are its
    two answers when the pairing model reads the two sentences, values left out, as
    stating one fact."""
    return (
        ctx.scope == "across"
        # a plan's date is written out; a weekday or "demain" tells what comes this week
        # (an assembly "lundi" is not the plan "au 30 juin 2027")
        and a.value.get("anchor") == b.value.get("anchor") == "absolute"
        and _to_come(ctx, a)
        and _to_come(ctx, b)
        and not ctx.earlier(a)
        and not ctx.earlier(b)
        and ctx.slot_aligned(
            a,
            b,
            ctx.thresholds.far_date_same_fact,
            like=lambda c: c.kind == "date" and bool(c.value.get("date")) and _to_come(ctx, c),
            slot="planned",
            date_guard=False,
        )
    )


def _whole_year(claim: Claim) -> bool:
    """A date told as a year and nothing finer ("d'ici 2040", "scheduled for 2028"), not
    the year from which on something will come ("pas avant 2031")."""
    return claim.value.get("granularity") == "year" and claim.value.get("mod") != "since"


def _to_come(ctx: CompareContext, claim: Claim) -> bool:
    """Whether a date is of what is to come: told so ("sera inauguré le 14 mars"), or a
    day after the article's own ("verra le jour le 1er septembre 2027", a future no cue
    list knows: news cannot report a day that has not come as past)."""
    published = ctx.published(claim.source)
    day = claim.value.get("date")
    return told_as_future(claim) or (
        published is not None and day is not None and date.fromisoformat(day) > published
    )


def _by_source(claims: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.source, []).append(c)
    return out


def _by_sentence(claims: list[Claim]) -> dict[tuple[str, int], list[Claim]]:
    out: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        out.setdefault((c.source, c.sentence.index), []).append(c)
    return out


@register("date")
def compare_dates(ctx: CompareContext) -> list[Candidate]:
    dated = [c for c in ctx.of_kind("date") if _of_a_happening(c)]
    said = {c.id for c in dated if _said_on(c)}
    claims = [c for c in dated if c.value.get("anchor") != "offset" and c.id not in said]
    by_sentence = _by_sentence(dated)
    # a statement's day or time is never one side of a conflict (it may still agree)
    told_by_sentence = _by_sentence([c for c in dated if c.id not in said])
    keys = sorted(by_sentence)
    out: list[Candidate] = []
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            if ka[0] == kb[0]:
                continue
            sa, sb = by_sentence[ka], by_sentence[kb]
            out.extend(_day_conflicts(ctx, sa, sb, said))
            out.extend(
                _time_conflicts(ctx, told_by_sentence.get(ka, []), told_by_sentence.get(kb, []))
            )
    dated_by_source = _by_source(dated)
    leads = _lead_days(ctx, dated_by_source, said)
    single = _main_clock_times(ctx, [c for c in claims if c.value.get("time")], leads, by_sentence)
    out.extend(_main_time_conflicts(ctx, single, leads, by_sentence))
    out.extend(_happening_part_conflicts(ctx, claims, single, leads, by_sentence))
    out.extend(_happening_day_conflicts(ctx, claims))
    out.extend(_taken_up_day_conflicts(ctx, claims, leads))
    out.extend(_named_happening_day_conflicts(ctx, claims))
    out.extend(_lead_day_conflicts(ctx, leads, dated_by_source))
    out.extend(_period_conflicts(ctx, claims))
    out.extend(_calendar_conflicts(ctx, claims))
    out.extend(_incident_moment_conflicts(ctx, claims))
    # A state under way on each side ("30 000 abonnés restaient privés d'électricité
    # jeudi soir" / "Ce vendredi à 7 heures, 9 000 abonnés restaient privés"): the days
    # are two readings of one state, not two answers to when something happened.
    # A further happening of a kind ("une nouvelle réunion s'est tenue lundi") has its own
    # day and time: not the first one's.
    return [
        c
        for c in out
        if not (c.rule == "date.day" and in_a_state(c.left) and in_a_state(c.right))
        and ctx.another(c.left) == ctx.another(c.right)
    ]


def _happening_day_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """Days of one happening of the same people in two sources (`CompareContext.same_slot`)
    that do not meet, however little else their sentences share: each day paired with
    the other source's day of that happening that its clause is closest to, one to one."""
    days = [(c, r) for c in claims if (r := _day_range(c))]
    nouns = {c.id: _dated_noun(c) for c, _ in days}
    onsets = {c.id: _onset_of(c) for c, _ in days} if ctx.scope == "across" else {}

    def began_alike(x: Claim, y: Claim) -> bool:
        return onsets.get(x.id) is not None and onsets.get(x.id) == onsets.get(y.id)

    slot_pairs = [
        (ca, ra, cb, rb)
        for (ca, ra) in days
        for (cb, rb) in days
        if ca.source < cb.source
        and (
            # a date naming its happening is its day whatever its sentence's tense
            (nouns[ca.id] is not None and nouns[ca.id] == nouns[cb.id])
            # so is the day a happening began: "the wildfire broke out on Saturday" /
            # "the wildfire, started by a campfire on Sunday"
            or began_alike(ca, cb)
            # inside one article, only that: its lead's happening and the body's many
            # others share people and words
            or (
                ctx.scope == "across"
                and tense_frame(ca) == tense_frame(cb)
                and ctx.earlier(ca) == ctx.earlier(cb)
                and (
                    (
                        ctx.same_slot(ca, cb)
                        and ctx.same_fact(ca, cb) >= ctx.thresholds.slot_same_fact
                    )
                    or ctx.close_clauses(ca, cb)
                )
            )
        )
    ]
    agreeing = {(x.id, y.source) for x, rx, y, ry in slot_pairs if day_gap(rx, ry) == 0}
    agreeing |= {(y.id, x.source) for x, rx, y, ry in slot_pairs if day_gap(rx, ry) == 0}
    ranked = sorted(
        slot_pairs,
        key=lambda t: (-ctx.slot_overlap(t[0], t[2]), -ctx.local_sim(t[0], t[2]), t[0].id, t[2].id),
    )
    range_of = {c.id: r for c, r in days}
    out = []
    for ca, cb in one_per_source((t[0], t[2]) for t in ranked):
        ra, rb = range_of[ca.id], range_of[cb.id]
        if (ca.id, cb.source) in agreeing or (cb.id, ca.source) in agreeing:
            continue
        if 0 < day_gap(ra, rb) <= MAX_SAME_EVENT_DAYS:
            sim = ctx.local_sim(ca, cb)
            # the day a happening began is told by its verb of beginning: no figure's move
            rule = "date.onset" if began_alike(ca, cb) else "date.day"
            out.append(_date_candidate(rule, "warning", min(0.9, 0.5 + sim), ca, cb))
    return out


# A day put as the day of a happening named by a definite noun: in apposition ("le
# vendredi 9 octobre, jour du mouvement", "16 June, the first day of the walkout"), in
# a clause of "when" whose subject it is ("when the timetable takes effect on 9 June"),
# or right after a demonstrative noun phrase ("avoir gagné ce match dimanche").
_APPOSED_DAY_OF = re.compile(
    r"^\s*,\s*(?:(?:le|the)\s+)?(?P<first>(?:first|opening|premier)\s+)?(?:jour|journee|day)\s+"
    r"(?:of\s+the|du|de\s+la|de\s+l['’]|des)\s*(?P<noun>[a-z][\w-]+)"
)
_WHEN_THE_BEFORE = re.compile(
    r"\b(?:when|once|quand|lorsqu['’]?e?|des\s+que)\s+(?:the|le|la|les|l['’])\s*"
    r"(?P<noun>[a-z][\w-]+)(?:\s+[\w'’-]+){0,4}?\s+(?:on|le|from|des)?\s*$"
)
_DEMONSTRATIVE_BEFORE = re.compile(
    r"\b(?:ce|cet|cette|this|that)\s+(?P<noun>[a-z][\w-]{2,})\s+(?:on\s+|le\s+)?$"
)


def _definite_happening_day(claim: Claim) -> bool:
    """Whether a day is told as the day of a happening its sentence names by a definite
    noun (`_APPOSED_DAY_OF`, `_WHEN_THE_BEFORE`, `_DEMONSTRATIVE_BEFORE`, or a noun of an
    event it follows: "la grève du 14 octobre"): a noun taking up a happening told
    before, not one brought in."""
    folded = fold_same_length(claim.text)
    before = re.split(r"[.;:!?,«»]\s", folded[: claim.span[0]])[-1]
    return bool(
        _APPOSED_DAY_OF.match(folded[claim.span[1] :])
        or _WHEN_THE_BEFORE.search(before)
        or _DEMONSTRATIVE_BEFORE.search(before)
        or _noun_of_day(claim) in EVENT_CONCEPTS
    )


def _first_day_of_happening(claim: Claim) -> bool:
    """Whether a day is put as the first day of a happening ("Lundi, premier jour du
    mouvement"): one that lasted, so that a later day is as much its day."""
    folded = fold_same_length(claim.text)
    found = _APPOSED_DAY_OF.match(folded[claim.span[1] :])
    return bool(found and found.group("first"))


# A day given to a happening by a definite noun it follows: "since the storm on February
# 7", "depuis la tempête du 7 février".
_EN_THE_NOUN_ON = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]{3,})\s+(?:on|of)\s*$")


def _noun_of_day(claim: Claim) -> str | None:
    """The noun a day follows as its happening's ("the storm on February 7", "la tempête
    du 7 février"), as a concept or a stem; None when there is none."""
    before = fold(claim.text[max(0, claim.span[0] - 50) : claim.span[0]])
    pattern = _EN_THE_NOUN_ON if claim.sentence.lang == "en" else _FR_NOUN_BEFORE_DATE
    m = pattern.search(before)
    if not m or m.group("noun") in STOPWORDS:
        return None
    noun = m.group("noun")
    return concept_of(noun.split("-")[-1]) or stem(noun)


# How many words may stand between a happening's noun and its day in a clause that gives
# the happening its day ("The storm struck on Sunday", "l'incendie s'est déclaré samedi").
_NOUN_TO_DAY_WORDS = 4


def _day_given_to(claim: Claim, noun: str) -> bool:
    """Whether a day is given to the happening `noun` names (a concept or a stem) by the
    clause it closes: the noun a few words before it, as its verb's subject ("The storm
    struck on Sunday afternoon")."""
    before = fold(claim.text[: claim.span[0]])
    words = re.findall(r"[a-z][\w'-]*", re.split(r"[,;:()]", before)[-1])
    return any(noun in (concept_of(w), stem(w)) for w in words[-_NOUN_TO_DAY_WORDS - 1 : -1])


def _single_days(claims: list[Claim]) -> list[tuple[Claim, tuple[date, date]]]:
    """The claims that give one whole day, with it, in reading order."""
    return sorted(
        ((c, r) for c in claims if (r := _day_range(c)) and r[0] == r[1]),
        key=lambda t: (t[0].sentence.index, t[0].span),
    )


def _named_happening_day_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """Inside one article, a day given to a happening by the clause of its noun ("The
    storm struck on Sunday afternoon"), against a later day that noun is given after it
    ("since the storm on February 7"), one or two days apart, where no earlier sentence
    named the later day: one happening given two days."""
    if ctx.scope != "within":
        return []
    days = _single_days(claims)
    out = []
    for n, (c, r) in enumerate(days):
        noun = _noun_of_day(c)
        if noun is None or any(day_gap(r2, r) == 0 for _, r2 in days[:n]):
            continue
        for first, day in days[:n]:
            if first.sentence.index == c.sentence.index or not _day_given_to(first, noun):
                continue
            if _to_come(ctx, c) != _to_come(ctx, first) or pluperfect(first):
                continue
            if 0 < day_gap(day, r) <= MAX_SAME_EVENT_DAYS:
                out.append(_date_candidate("date.day", "warning", 0.5, first, c))
                break
    return out


def _taken_up_day_conflicts(
    ctx: CompareContext, claims: list[Claim], leads: dict[str, LeadDay]
) -> list[Candidate]:
    """Inside one article, the day of its happening, the first day it gives one to come
    ("Les conducteurs cesseront le travail jeudi") or its lead's day (`_lead_day`: "s'est
    qualifié samedi"), against a later day it puts as the day of a happening named by a
    definite noun (`_definite_happening_day`: "le vendredi 9 octobre, jour du
    mouvement", "avoir gagné ce match dimanche"), to come or past alike, one or two days
    apart, that no earlier sentence named: the definite noun takes up the happening
    already told. The two may be in one part of the article (the one slot is the
    happening)."""
    if ctx.scope != "within":
        return []
    days = _single_days(claims)
    planned = next(
        (
            (c, r)
            for c, r in days
            if _to_come(ctx, c) and not in_relative_clause(c) and not ctx.earlier(c)
        ),
        None,
    )
    anchors = [planned] if planned else []
    anchors += [lead for lead in leads.values() if not _to_come(ctx, lead[0])]
    out = []
    for first, day in anchors:
        for n, (c, r) in enumerate(days):
            if (c.sentence.index, c.span) <= (first.sentence.index, first.span):
                continue
            if _to_come(ctx, c) != _to_come(ctx, first) or not _definite_happening_day(c):
                continue
            if pluperfect(c) or not 0 < day_gap(day, r) <= MAX_SAME_EVENT_DAYS:
                continue
            if any(day_gap(r2, r) == 0 for _, r2 in days[:n]):
                continue  # the day was named before: the noun may take that one up
            if not _to_come(ctx, first) and r[0] < day[0] and _first_day_of_happening(c):
                continue  # a happening that began that day was still going on the lead's
            out.append(_date_candidate("date.day", "warning", 0.5, first, c))
    return out


# The sentences that open an article: its lead, where a news report tells what
# happened and when.
LEAD_SENTENCES = 2
# A lead's day: the claim that tells it and the days it covers.
LeadDay = tuple[Claim, tuple[date, date]]


def _lead_day(ctx: CompareContext, dated: list[Claim], said: set[str]) -> LeadDay | None:
    """The day an article's lead tells its news on: the first date or time of its first
    sentences, when that is a day something happened. When it is the day of a statement,
    a plan, an earlier event or one of a relative clause, the news is that, and the lead
    names no day of the story's happening; so it does when it opens on a time alone ("peu
    avant 21h45"), whose day it leaves to the reader."""
    lead = sorted(
        (c for c in dated if c.sentence.index < LEAD_SENTENCES and not c.sentence.caption),
        key=lambda c: (c.sentence.index, c.span),
    )
    if not lead:
        return None
    first = lead[0]
    if not first.value.get("date"):
        # a time told with its day in its clause ("At 5.40pm on Monday") is that day's
        sentence = [c for c in lead if c.sentence.index == first.sentence.index]
        day = _day_of_time(first, sentence)
        if day is None:
            return None
        first = next(c for c in sentence if _day_range(c) == day)
    day = _day_range(first)
    if (
        day is None
        or first.id in said
        or first.value.get("anchor") == "offset"
        or told_as_future(first)
        or ctx.earlier(first)
        or pluperfect(first)
        or in_relative_clause(first)
    ):
        return None
    return first, day


def _lead_days(
    ctx: CompareContext, dated_by_source: dict[str, list[Claim]], said: set[str]
) -> dict[str, LeadDay]:
    """Each article's lead day (`_lead_day`), by source, where it names one."""
    return {s: d for s, cs in dated_by_source.items() if (d := _lead_day(ctx, cs, said))}


def _lead_day_conflicts(
    ctx: CompareContext, leads: dict[str, LeadDay], dated_by_source: dict[str, list[Claim]]
) -> list[Candidate]:
    """The days two articles' leads tell their story's happening on, one or two days
    apart: a report opens on what happened and when ("struck a quay in Calais on Monday
    evening" / "slammed into a quay in Calais on Sunday evening"), however differently
    the two leads word it. A later report may lead with a later development, never with
    an earlier one; a lead that also names the other's day agrees."""
    if ctx.scope != "across":
        return []
    out = []
    sources = sorted(leads)
    for i, sa in enumerate(sources):
        for sb in sources[i + 1 :]:
            (ca, ra), (cb, rb) = leads[sa], leads[sb]
            if not 0 < day_gap(ra, rb) <= MAX_SAME_EVENT_DAYS:
                continue
            pa, pb = ctx.articles[sa].published, ctx.articles[sb].published
            if pa and pb and pa != pb:
                early, late = (ra, rb) if pa < pb else (rb, ra)
                if late[0] > early[1]:
                    continue
            if any(
                day_gap(own, r) == 0
                for own, other in ((ra, sb), (rb, sa))
                for c in dated_by_source[other]
                if c.sentence.index < LEAD_SENTENCES and (r := _day_range(c))
            ):
                continue
            out.append(_date_candidate("date.day", "warning", 0.6, ca, cb))
    return out


def _period_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """Periods of one happening told with other bounds ("entre 2017 et 2021" / "from 2016
    to 2021"): a period is told by its bounds, so overlapping is no agreement. Each
    period is paired, one to one, with the other source's period its sentence is closest
    to; one that the other source also tells with the same bounds is not disputed. The
    one period each of two articles tells is compared however loosely their sentences
    align, as a figure each gives once is (`compare.numbers`)."""
    periods = [c for c in claims if c.value.get("granularity") == "period"]
    pairs = [(a, b) for a in periods for b in periods if a.source < b.source]

    def bounds(c: Claim) -> tuple[str, str]:
        return c.value["date"], c.value.get("date_end") or c.value["date"]

    told = {(c.id, o.source) for c in periods for o in periods if bounds(c) == bounds(o)}
    ranked = sorted(pairs, key=lambda t: (-ctx.local_sim(*t), t[0].id, t[1].id))
    out = []
    for a, b in one_per_source(ranked):
        if bounds(a) == bounds(b) or (a.id, b.source) in told or (b.id, a.source) in told:
            continue
        sim = ctx.local_sim(a, b)
        # the one period each source tells is its story's, as a figure told once is
        lone = (
            ctx.scope == "across"
            and sum(c.source == a.source for c in periods) == 1
            and sum(c.source == b.source for c in periods) == 1
            and ctx.same_fact(a, b) >= ctx.thresholds.lone_value_same_fact
        )
        if lone or _aligned(ctx, a, b, sim):
            out.append(
                _date_candidate("date.period", "warning", min(0.9, 0.5 + sim), a, b, _surface)
            )
    return out


# A date naming the happening it is the date of: "Monday's by-election", "the 19 May
# attempt", "l'élection partielle du 15 juin", "le match de samedi".
_EN_NOUN_AFTER_DATE = re.compile(
    r"^(?P<possessive>['’]s)?\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
_FR_NOUN_BEFORE_DATE = re.compile(
    r"\b(?:l['’]|d['’]|(?:le|la|les|du|des|au|aux|un|une)\s+)(?P<noun>[a-zà-öø-ÿ][\w-]+)(?:\s+[a-zà-öø-ÿ][\w-]+)?\s+"
    r"(?:du|de|des)\s*$"
)
_FR_NOUN_BEFORE_WEEKDAY = re.compile(
    r"\b(?:l['’]|d['’]|(?:le|la|les|du|des|au|aux|un|une)\s+)(?P<noun>[a-zà-öø-ÿ][\w-]+)"
    r"(?:\s+[a-zà-öø-ÿ][\w-]+)?(?:\s+ce)?\s*$"
)
# A noun phrase dated by a participle of being held or of happening: "the by-election
# held on June 14", "the crash that happened on Monday", "l'élection partielle organisée
# le 14 juin", "l'accident survenu samedi".
_HELD_ON_BEFORE = {
    "en": re.compile(
        r"\b(?:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+)?(?!(?:that|which)\b)(?P<noun>[a-z][\w-]{3,}),?\s+"
        r"(?:(?:which|that)\s+(?:was\s+|were\s+)?)?"
        r"(?:held|staged|organi[sz]ed|took\s+place|happened|occurred)(?:\s+(?:on|in)(?:\s+the)?)?\s*$"
    ),
    "fr": re.compile(
        r"(?:\bl['’]|\b(?:le|la|les)\s+)(?P<noun>[a-z][\w-]{3,})(?:\s+[a-z][\w-]+)?,?\s+"
        r"(?:organisee?s?|tenue?s?|survenue?s?|qui\s+s['’]est\s+(?:tenue?|deroulee?|produite?)|"
        r"qui\s+a\s+eu\s+lieu)(?:\s+(?:le|ce))?\s*$"
    ),
}
_FUNCTION_WORDS = frozenset(
    "in of on at to for was were is are has had have by with and the a an which that who "
    "will would could or but as after before from when been be".split()
)


# Verbs of beginning in both languages (begin, start, commence, break out, erupt; open,
# of a meeting or a trial; commencer, débuter, entamer, s'ouvrir, éclater, démarrer), and
# sparked, of what a cause set off.
_ONSET_VERB = re.compile(
    r"\b(?:began|begun|begins?|start(?:ed|s)?|commenced?|opened|broke\s+out|breaks?\s+out|"
    r"erupted|sparked|commenc\w*|debut(?:e|ee|es|ees|ait|erent)?|entam\w*|ouverte?s?|ouvrait|"
    r"ouvre|eclat\w*|demarr\w*)\b"
)
# Auxiliaries and relative pronouns between a happening's noun and its verb ("le procès
# s'était ouvert", "l'incendie, qui a démarré", "the trial, which had begun").
_ONSET_AUX = frozenset(
    """s se est etait etaient sont avait avaient a ont has had have was were been is are
    qui which that""".split()
)


def _onset_of(claim: Claim) -> str | None:
    """The happening whose beginning a date tells, as a concept or a stem: the subject
    just before a verb of beginning that governs the date ("Le procès s'était ouvert le 2
    février" -> TRIAL, "The Pine Hollow wildfire, started by a campfire on Sunday" ->
    wildfire)."""
    before = fold(claim.text[max(0, claim.span[0] - 90) : claim.span[0]])
    before = re.split(r"[.;:!?]\s", before)[-1]
    verbs = list(_ONSET_VERB.finditer(before))
    if not verbs or len(before) - verbs[-1].end() > 25:
        return None  # the verb governs the date only from close by ("by lightning on")
    ahead = before[: verbs[-1].start()]
    if relative := _RELATIVE_AFTER_COMMA.search(ahead):
        ahead = ahead[: relative.start()]  # "A gas leak at a plant, which began at 9am"
    # the subject's noun phrase (the last stretch between commas that holds words: "The
    # Pine Hollow wildfire, started by a campfire"), and its head, ahead of its
    # prepositional phrases ("L'incendie de la forêt de Chaux a éclaté" -> incendie)
    phrase = next((p for p in reversed(re.split(r"[,;(]", ahead)) if p.strip()), "")
    preposition = _PREPOSITION["en" if claim.sentence.lang == "en" else "fr"]
    ahead = preposition.split(f" {phrase.strip()} ", maxsplit=1)[0]
    for word in reversed(re.findall(r"[a-z][\w'’-]*", ahead)[-4:]):
        word = re.split(r"['’]", word)[-1]
        if not word or word in _ONSET_AUX:
            continue
        if len(word) < 4 or word in STOPWORDS:
            return None
        return concept_of(word) or stem(word)
    return None


_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:which|qui)\s+(?:\w+\s+){0,2}$")
_PREPOSITION = {
    "en": re.compile(r"\s(?:at|in|on|of|near|from|off|outside)\s"),
    "fr": re.compile(r"\s(?:a|au|aux|de|du|des|d['’]|pres|dans|sur|en)\s"),
}


def _dated_noun(claim: Claim, indefinite: bool = False) -> str | None:
    """The happening a date names by its own noun phrase, as a concept or a stem: the
    noun after an English possessive or attributive date, the noun a French date is the
    complement of. `indefinite`: an English date after "a" or "an" dates its noun too ("a
    pre-dawn blaze"; "a Monday meeting" would not say which Monday's)."""
    text, (start, end) = claim.text, claim.span
    noun = None
    if claim.sentence.lang == "en":
        m = _EN_NOUN_AFTER_DATE.match(text[end : end + 60])
        # "Monday's by-election" (the possessive in the claim or after it), "the 19 May
        # attempt"
        dated = m is not None and (
            bool(re.search(r"['’]s$", claim.surface))
            or bool(m.group("possessive"))
            or bool(
                re.search(
                    r"\b(?:the|an?)\s+$" if indefinite else r"\bthe\s+$",
                    text[max(0, start - 5) : start],
                )
            )
        )
        if m and dated:
            words = []
            for w in m.group("words").split():
                if w in _FUNCTION_WORDS or (len(w) > 4 and w.endswith("ed")):
                    break  # the noun phrase ends at a function word or a past verb
                words.append(w)
            noun = words[-1] if words else None
    else:
        before = fold(text[max(0, start - 50) : start])
        m = _FR_NOUN_BEFORE_DATE.search(before)
        noun = m.group("noun") if m else None
        if noun is None and claim.value.get("anchor") == "weekday":
            # "une réunion publique jeudi": an event noun right before a bare weekday
            m = _FR_NOUN_BEFORE_WEEKDAY.search(before)
            event = m and concept_of(m.group("noun").split("-")[-1])
            if event in EVENT_CONCEPTS:
                return event
    if noun is None:
        held = _HELD_ON_BEFORE["en" if claim.sentence.lang == "en" else "fr"].search(
            fold(text[max(0, start - 60) : start])
        )
        noun = held.group("noun") if held else None
    if not noun or len(noun) < 4:
        return None
    head = noun.split("-")[-1]
    return concept_of(head) or concept_of(noun) or stem(noun)


def _calendar_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """A date written with a weekday the calendar does not give it ("mercredi 5 juin" when
    5 June is a Thursday): one of the two is wrong. Shown beside the other source's claim
    of that same day, if any (whose weekday is the calendar's); alone, it is the article's
    own inconsistency, told once, by its within check."""
    out = []
    for wrong in claims:
        written = wrong.value.get("weekday_written")
        if not written:
            continue
        same_day = [
            c
            for c in claims
            if c.source != wrong.source
            and c.value.get("date") == wrong.value["date"]
            and c.value.get("granularity") in ("day", "weekday")
        ]
        if not same_day and ctx.scope != "within":
            continue
        other = min(same_day, key=lambda c: (-ctx.local_sim(wrong, c), c.id)) if same_day else wrong
        day = date.fromisoformat(wrong.value["date"])
        message = (
            f"{wrong.surface} in {wrong.source}: {day:%-d %B %Y} is a "
            f"{wrong.value['weekday'].title()}, not a {written.title()}"
        )
        if other is not wrong:
            message += f" ({other.surface} in {other.source})"
        left, right = (other, wrong) if other.source < wrong.source else (wrong, other)
        out.append(
            Candidate("date", "error", 0.9, left, right, message, group="day", rule="date.calendar")
        )
    return out


def _day_conflicts(
    ctx: CompareContext, sa: list[Claim], sb: list[Claim], said: set[str]
) -> list[Candidate]:
    """Days of two sentences that do not meet; `said` (claim ids) are statements' days,
    which agree but never conflict. A whole year meets only a whole year: "in 2010" is
    no answer to the "when" of "until the end of 2009", nor a pilot's day ("le pilote
    démarre le 4 janvier 2027") to a plan's year ("la production doit démarrer en 2028")."""
    days_a = [(c, r) for c in sa if (r := _planned_range(c, ctx.published(c.source)))]
    days_b = [(c, r) for c in sb if (r := _planned_range(c, ctx.published(c.source)))]
    gaps = [
        (_days_apart(ca, ra, cb, rb), ca, cb)
        for ca, ra in days_a
        for cb, rb in days_b
        if _whole_year(ca) == _whole_year(cb)
    ]
    if gaps:
        if min(g for g, _, _ in gaps) == 0:
            return []
        gaps = [t for t in gaps if t[1].id not in said and t[2].id not in said]
        if not gaps:
            return []
        # The conflicting pair: the event days of each sentence (not the offsets), the
        # closest of them.
        gap, ca, cb = min(gaps, key=lambda t: (t[0], t[1].span, t[2].span))
        if ca.value.get("anchor") == "offset" or cb.value.get("anchor") == "offset":
            return []
        sim = ctx.local_sim(ca, cb)
        far_apart = gap > MAX_SAME_EVENT_DAYS
        if far_apart:
            if not _one_fact_far_apart(ctx, ca, cb):
                return []
        elif not (_aligned(ctx, ca, cb, sim) or _written_out_counterparts(ctx, ca, cb)):
            return []
        severity = "error" if sim >= 0.15 and not far_apart else "warning"
        return [_date_candidate("date.day", severity, min(0.99, 0.55 + sim), ca, cb)]
    weekdays_a = [
        c for c in sa if c.value.get("weekday") and c.value["granularity"] in ("weekday", "day")
    ]
    weekdays_b = [
        c for c in sb if c.value.get("weekday") and c.value["granularity"] in ("weekday", "day")
    ]
    for ca in weekdays_a:
        for cb in weekdays_b:
            if ca.id in said or cb.id in said:
                continue
            sim = ctx.local_sim(ca, cb)
            if (
                _aligned(ctx, ca, cb, sim)
                and _weekday_only_conflict(ca, cb)
                and not any(
                    x.value.get("weekday") == y.value.get("weekday")
                    for x in weekdays_a
                    for y in weekdays_b
                )
            ):
                return [
                    _date_candidate(
                        "date.weekday", "warning", min(0.9, 0.45 + sim), ca, cb, _surface
                    )
                ]
    return []


def _day_of_time(time: Claim, sentence: list[Claim]) -> tuple[date, date] | None:
    """The day a time of day belongs to: its own, or the day named next to it in its
    sentence (nearest by position, within one clause)."""
    own = _day_range(time)
    if own:
        return own
    text = fold(time.text)
    near = []
    for c in sentence:
        day = _day_range(c)
        if not day or c is time:
            continue
        lo, hi = sorted(
            (c.span[1], time.span[0]) if c.span[0] < time.span[0] else (time.span[1], c.span[0])
        )
        if not re.search(r"[,;:]", text[lo:hi]) or _fronted_day(c, time):
            near.append((hi - lo, day))
    return min(near)[1] if near else None


def _fronted_day(day: Claim, time: Claim) -> bool:
    """Whether a day opens the sentence of a later time, set off by a comma: a fronted
    adverbial dates the whole clause after it ("Le vendredi 11 septembre, la production
    a été suspendue à 6 heures")."""
    text = day.text
    return (
        day.span[1] <= time.span[0]
        and len(text[: day.span[0]].split()) <= 1
        and text[day.span[1] :].lstrip().startswith(",")
    )


def _ends_a_span(claim: Claim) -> bool:
    """Whether a time is where a span ends ("until 23.30", "jusqu'à 18 heures"): it
    answers "until when", which only another span's end can contradict."""
    return fold(claim.surface).startswith(("until", "jusqu"))


def _clock_time(claim: Claim, frame: tuple[bool, bool]) -> bool:
    """A clock time told in `frame` (factdiff.compare.base.tense_frame)."""
    return claim.kind == "date" and bool(claim.value.get("time")) and tense_frame(claim) == frame


def _surface(claim: Claim) -> str:
    return claim.surface


def _date_candidate(
    rule: str,
    severity: str,
    confidence: float,
    ca: Claim,
    cb: Claim,
    describe: Callable[[Claim], str] | None = None,
) -> Candidate:
    """A date finding; its group ("day" or "time") is the rule's, its message
    names each side's value (`describe`, default `_describe`) and source."""
    say = describe or _describe
    group = "time" if rule in ("date.time", "date.main_time") else "day"
    message = f"{say(ca)} in {ca.source}, {say(cb)} in {cb.source}"
    return Candidate("date", severity, confidence, ca, cb, message, group=group, rule=rule)


def _times_of(sentence: list[Claim]) -> list[Claim]:
    """A sentence's times of day: its clock times when it gives one (the part of the day
    beside it, "at twenty to six on Sunday morning", only says which half), else its
    parts of the day."""
    ranges = [c for c in sentence if c.value.get("time_range")]
    return [c for c in ranges if c.value.get("time")] or ranges


def _time_conflicts(ctx: CompareContext, sa: list[Claim], sb: list[Claim]) -> list[Candidate]:
    """Times of day that cannot meet: two clock times, or a clock time against a part of
    the day ("peu après 14 heures" / "on Wednesday morning"); two parts of the day alone
    are too loose to say."""
    times_a, times_b = _times_of(sa), _times_of(sb)
    if not times_a or not times_b or not any(c.value.get("time") for c in times_a + times_b):
        return []
    # Clock times first: they are what a reader would compare.
    ca = min(times_a, key=lambda c: (not c.value.get("time"), c.span))
    cb = min(times_b, key=lambda c: (not c.value.get("time"), c.span))
    if _ends_a_span(ca) != _ends_a_span(cb):
        return []  # "open until 23.30" tells when a span ends, "opened at 9.30pm" a moment
    day_a, day_b = _day_of_time(ca, sa), _day_of_time(cb, sb)
    days_a = [r for c in sa if (r := _day_range(c))]
    days_b = [r for c in sb if (r := _day_range(c))]
    # Two days' clock times hours apart across midnight are one night's rival times; else
    # two days are two moments ("dimanche vers 21h40, a indiqué lundi" / "Lundi matin").
    night = bool(
        day_a and day_b and day_gap(day_a, day_b) and _one_night(ctx, ca, day_a, cb, day_b)
    )
    if not night and (
        (days_a and days_b and min(day_gap(x, y) for x in days_a for y in days_b))
        or any(_times_meet(ctx, a, b) for a in times_a for b in times_b)
        or (day_a and day_b and day_gap(day_a, day_b))
    ):
        return []
    if ctx.scope == "within" and tense_frame(ca) != tense_frame(cb):
        return []  # one article's earlier or coming moment is another moment (`_aligned`)
    if _states_apart(ctx, ca, cb):
        return []
    sim = ctx.local_sim(ca, cb)
    # Clause word overlap, or two sentences that state one fact however worded (across
    # languages: "s'est immobilisé vers 17 h 45" / "stopped at about 17:45 GMT"). Not
    # mere "same news": a story has many moments (a departure, a halt, an arrival), so
    # the sentences holding a clock time of the two sources are paired one to one.
    # Paired that way, both are clock times: a part of the day is too loose a "when" to
    # say which of a story's moments it is (tried on dev4, written after this rule: the
    # parts of the day paired with the wrong moments, 4 false findings for 0 found).
    # Not inside one article: its lead tells one moment and its body the many others,
    # so the lead's clock time always finds a partner (within_dev3, written blind: 1
    # false finding for 0 found on within, within_dev2, within_dev3).
    if sim < ctx.thresholds.time and not (
        ctx.scope == "across"
        and tense_frame(ca) == tense_frame(cb)
        and _clock_time(cb, tense_frame(ca))
        and ctx.slot_aligned(
            ca,
            cb,
            ctx.thresholds.time_same_fact,
            like=lambda c: _clock_time(c, tense_frame(ca)),
            slot=("clock", tense_frame(ca)),
        )
    ):
        return []
    severity = "error" if sim >= 0.3 else "warning"
    return [_date_candidate("date.time", severity, min(0.95, 0.5 + sim), ca, cb)]


# A schedule that repeats ("chaque nuit, de 20 heures à 8 heures", "every day at 9am").
_RECURRING = re.compile(
    r"\b(?:chaque|tous\s+les|toutes\s+les|every|each|daily|nightly)\b[^.;]{0,30}$"
)
_WEEKDAY_NAME = "|".join(sorted(en.WEEKDAYS | fr.WEEKDAYS))
_WEEKDAY_SPAN = (
    rf"(?:{_WEEKDAY_NAME})s?\s+(?:to|through|au|-|–)\s+(?:le\s+)?(?:{_WEEKDAY_NAME})s?\b"
)
# Opening hours: a span of weekdays with a span of clock times ("Open Tuesday to Sunday,
# 10:00 to 18:00", "du mardi au dimanche, de 10 h à 18 h"), or after "open" ("ouvert du
# lundi au vendredi"): a week that repeats, no day something happened; nor are the days
# and times told after it in its clause ("late opening on Thursdays until 21:00").
_OPENING_HOURS = re.compile(
    rf"\b{_WEEKDAY_SPAN},?\s+(?:de\s+|from\s+)?\d{{1,2}}(?:[:.h]\d{{2}}|\s?h\b)?\s*"
    rf"(?:am|pm)?\s*(?:to|-|–|a)\s*\d{{1,2}}|"
    rf"\b(?:open|opens|ouvert|ouverte|ouverts|ouvertes)\s+(?:du\s+|from\s+)?{_WEEKDAY_SPAN}"
)


def _in_opening_hours(claim: Claim) -> bool:
    """Whether a day or time is told in or after a sentence's opening hours."""
    hours = _OPENING_HOURS.search(fold_same_length(claim.text))
    return bool(hours and claim.span[0] >= hours.start())


# A wire dateline opens a story with where and when it was filed, not when its event
# happened: "CARLISLE, Nov 15 -", "LYON, 12 mars (AFP) -", "LONDON, March 3 (Reuters) —",
# with the town's state or country in the AP's style ("PORTLAND, Maine, March 3 (AP) —");
# so does a press release's place and date, before a dash or alone on its line ("Saint-Denis,
# le 13 février 2026 -", "Toulouse, le 24 mars 2026").
DATELINE = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’ .-]{1,40}?(?:,\s*[A-ZÀ-Ý][\w'’ .-]{1,30}?)?(?:\s*\([^)]{1,30}\))?,\s*"
    r"(?:le\s+)?"
    r"(?:\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    # a place and date alone end on the year, without a full stop
    r"(?:\s*\([^)]{1,30}\))?(?:\s*[-–—]|(?<=\d{4})\s*$)"
)


_DAY_AND_MONTH_NAMES = "|".join(sorted(en.WEEKDAYS | en.MONTHS | fr.WEEKDAYS | fr.MONTHS))
# What follows the clock time that opens a live blog's entry: a dash or a colon, or
# straight away the entry's first sentence, capitalised ("09:05 Good morning.", "11:10
# Some background: ..."); not a day or a month ("9.30am Tuesday").
_LIVE_STAMP = re.compile(rf"^\s*[-–—:|]\s|^\s+(?!(?i:{_DAY_AND_MONTH_NAMES})\b)[A-ZÀ-Ý«“\"]")
# A line that is only a time stamp of the page ("Updated: May 24, 2005, 3:23 PM ET",
# "Posted on November 15, 2011 6:07:15 PM GMT+01:00", "Mercredi 4 avril 2012 10:30"):
# the words such a line may hold besides its date and time.
_STAMP_WORDS = re.compile(
    r"\b(?:(?:last\s+)?updated?|posted(?:\s+on)?|published(?:\s+on)?|modified|"
    r"mise?\s+a\s+jour(?:\s+le)?|publiee?(?:\s+le)?|modifiee?(?:\s+le)?|on|at|le|a|"
    r"[ap]\.?\s?m|h|[a-z]{1,3}t|gmt|utc|ist|" + _DAY_AND_MONTH_NAMES + r")\b"
)


def stamp_line(text: str) -> bool:
    """Whether a sentence is nothing but a date and time stamp."""
    rest = _STAMP_WORDS.sub(" ", fold(text))
    return not re.search(r"[a-z]{2,}", re.sub(r"[\d\W_]+", " ", rest))


def _of_a_happening(claim: Claim) -> bool:
    """Whether a date or time may be when something happened: not the time stamp of a live
    article's update line ("Update, 7pm Thursday:", "8 h 30 – Les recherches ont repris")
    or of a wire dateline, nor a repeating schedule."""
    marker = UPDATE_MARKER.match(fold(claim.text))
    if marker and claim.span[0] < marker.end():
        return False
    if stamp_line(claim.sentence.text):
        return False  # the page's own time stamp, not the story's
    dateline = DATELINE.match(claim.text)
    if dateline and claim.span[1] <= dateline.end():
        return False
    if _entry_stamp(claim) or _in_opening_hours(claim):
        return False
    return not _RECURRING.search(_words_before(claim))


def _entry_stamp(claim: Claim) -> bool:
    """Whether a clock time is a live blog's entry stamp ("9:05 a.m. — A spokesperson
    confirms", "09:05 Good morning."): when the entry was posted."""
    return bool(
        claim.value.get("time")
        and _LIVE_STAMP.match(claim.text[claim.span[1] :])
        and not (claim.text[: claim.span[0]].strip())
    )


def _words_before(claim: Claim) -> str:
    """The 50 characters before a claim, folded."""
    return fold(claim.text[max(0, claim.span[0] - 50) : claim.span[0]])


def _said_on(claim: Claim) -> bool:
    """Whether a day is when something was said ("officials said Saturday", "a indiqué ce
    mardi"): a statement's date, which never conflicts with a happening's, though the
    happening told that day may agree with it."""
    return bool(SAID_ON.search(_words_before(claim)))


# A clock time set before a noun names when that thing is held ("at the 10 a.m.
# briefing", "a 7pm curfew"), a schedule; one after "by" is a deadline or a margin ("by
# 6pm", "leads Quintanilla by 1:04"): neither is when the story's event happened.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s*$")
_WORD_AFTER = re.compile(r"\s*([a-z][a-z-]*)\b")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|d['’]ici)\s*$")
_NOT_A_HELD_THING = frozenset({"local", "time", "gmt", "utc", "bst", "cet", "et", "pt"})


def _schedule_or_deadline(claim: Claim) -> bool:
    """Whether a clock time is a noun's scheduled time or a deadline (`_DETERMINER_BEFORE`,
    `_DEADLINE_BEFORE`), not a moment something happened."""
    before = _words_before(claim)
    if _DEADLINE_BEFORE.search(before):
        return True
    if claim.sentence.lang != "en" or not _DETERMINER_BEFORE.search(before):
        return False
    after = _WORD_AFTER.match(claim.text[claim.span[1] :])
    return bool(
        after and after.group(1) not in en.STOPWORDS and after.group(1) not in _NOT_A_HELD_THING
    )


def _main_clock_times(
    ctx: CompareContext,
    times: list[Claim],
    leads: dict[str, LeadDay],
    by_sentence: dict[tuple[str, int], list[Claim]],
) -> dict[str, Claim]:
    """The one clock time each article gives on its lead's day (`_lead_day`), by source:
    in news, the event's time. A time its sentence dates to another day ("the road
    reopened at 6am today") is another happening's."""

    def of_the_lead_day(c: Claim) -> bool:
        lead = leads.get(c.source)
        day = lead and _day_of_time(c, by_sentence[(c.source, c.sentence.index)])
        return not (lead and day and day_gap(day, lead[1]))

    by_source = _by_source(
        [c for c in times if of_the_lead_day(c) and not _schedule_or_deadline(c)]
    )
    return {
        s: cs[0]
        for s, cs in by_source.items()
        if len({c.value["time"] for c in cs}) == 1
        and not pluperfect(cs[0])
        # inside one article, a state under way at that time is no moment of the event
        and not (ctx.scope == "within" and in_a_state(cs[0]))
    }


def _main_time_candidate(
    ctx: CompareContext,
    ca: Claim,
    cb: Claim,
    leads: dict[str, LeadDay],
    by_sentence: dict[tuple[str, int], list[Claim]],
) -> Candidate | None:
    """Two articles' times of their story's event that cannot meet, on one day (the day
    each time's sentence gives, else its article's lead day), in articles published at
    most two days apart (aligned pairs were compared by `_time_conflicts`)."""
    if ctx.distinct(ca, cb) or ctx.sim(ca, cb) >= ctx.thresholds.time or _times_meet(ctx, ca, cb):
        return None
    if _states_apart(ctx, ca, cb):
        return None
    if ctx.scope == "within" and told_as_future(ca) != told_as_future(cb):
        # an article's body tells more than its lead's event: a time still to come
        # against one past (a press briefing announced after the event) is another's
        return None
    day_a, day_b = (
        _day_of_time(c, by_sentence[(c.source, c.sentence.index)])
        or (lead[1] if (lead := leads.get(c.source)) else None)
        for c in (ca, cb)
    )
    if day_a and day_b and day_gap(day_a, day_b) and not _one_night(ctx, ca, day_a, cb, day_b):
        return None  # two days' times: two moments ("à midi mercredi" / "vendredi à 8 h")
    pa, pb = ctx.published(ca.source), ctx.published(cb.source)
    if pa and pb and abs((pa - pb).days) > 2:
        return None
    return _date_candidate("date.main_time", "warning", 0.5, ca, cb)


def _states_apart(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Whether the sentences of two times tell two states of a thing (closed, then
    reopened; suspended, then resumed): the times of a change, two moments."""

    def states(c: Claim) -> set[str]:
        return {
            o.value["outcome"]
            for o in ctx.in_sentence(c)
            if o.kind == "other" and "thing" in o.value
        }

    sa, sb = states(a), states(b)
    return bool(sa and sb and sa != sb)


# Two clock times of neighbouring days closer than this are moments of one night ("at
# 2.15am on Sunday" / "shortly after 11pm on Saturday"), not two days' moments.
ONE_NIGHT_MINUTES = 12 * 60


def _one_night(
    ctx: CompareContext, ca: Claim, day_a: tuple[date, date], cb: Claim, day_b: tuple[date, date]
) -> bool:
    """Whether two clock times, each on its own day, are under `ONE_NIGHT_MINUTES` apart
    yet cannot meet (`_times_meet` on one timeline across midnight): rival answers to one
    "when", as two times of one day are."""
    if day_a[0] != day_a[1] or day_b[0] != day_b[1] or _zoned(ca) or _zoned(cb):
        return False
    ta, tb = ca.value.get("time"), cb.value.get("time")
    if not ta or not tb or ca.value.get("twelve_hour") or cb.value.get("twelve_hour"):
        return False
    later = (day_b[0] - day_a[0]).days
    if abs(later * 1440 + _minutes(tb) - _minutes(ta)) >= ONE_NIGHT_MINUTES:
        return False
    return not _times_meet(ctx, ca, cb, later)


def _main_time_conflicts(
    ctx: CompareContext,
    single: dict[str, Claim],
    leads: dict[str, LeadDay],
    by_sentence: dict[tuple[str, int], list[Claim]],
) -> list[Candidate]:
    """The main clock times (`_main_clock_times`) of two articles that cannot meet."""
    out = []
    sources = sorted(single)
    for i, a in enumerate(sources):
        for b in sources[i + 1 :]:
            if found := _main_time_candidate(ctx, single[a], single[b], leads, by_sentence):
                out.append(found)
    return out


def _happening_part_of_day(
    ctx: CompareContext, claims: list[Claim], by_sentence: dict[tuple[str, int], list[Claim]]
) -> Claim | None:
    """The part of the day an article's lead gives its happening by naming it ("the Monday
    morning attack", "a pre-dawn blaze", "l'attaque de lundi matin"): the time of the
    story's event, though a part of the day alone is too loose a "when" to say which of
    a story's moments it is."""
    for c in sorted(claims, key=lambda c: (c.sentence.index, c.span)):
        if c.sentence.index >= LEAD_SENTENCES or c.sentence.caption:
            break
        if (
            c.value.get("time_range")
            and not c.value.get("time")
            and _dated_noun(c, indefinite=True)
            and not any(o.value.get("time") for o in by_sentence[(c.source, c.sentence.index)])
            and not (told_as_future(c) or pluperfect(c) or ctx.earlier(c))
        ):
            return c
    return None


def _happening_part_conflicts(
    ctx: CompareContext,
    claims: list[Claim],
    single: dict[str, Claim],
    leads: dict[str, LeadDay],
    by_sentence: dict[tuple[str, int], list[Claim]],
) -> list[Candidate]:
    """The part of the day one article's lead gives its happening against the main clock
    time of another that gives no clock time of its own on that day ("the Monday
    morning attack" / "walked into the office around 1 p.m. Monday"), both of one day."""
    out = []
    for source, own in _by_source(claims).items():
        if source in single or not (part := _happening_part_of_day(ctx, own, by_sentence)):
            continue
        for other, clock in sorted(single.items()):
            if other != source and (
                found := _main_time_candidate(ctx, part, clock, leads, by_sentence)
            ):
                out.append(found)
    return out


# How near an expression of the incident's moment sets a clock time as that moment's
# ("L'alerte a été donnée à 19 h 40", "c'est à 23 h 40 que le skipper a lancé un appel de
# détresse").
MOMENT_BEFORE_CHARS = 70
MOMENT_AFTER_CHARS = 80
# Another call or fire than the incident's: "a second call", "un nouvel appel".
_ANOTHER_WORDS = (
    r"(?:second|third|another|later|last|new|deuxieme|troisieme|nouvel|nouveau|autre|dernier)"
)
_ANOTHER = re.compile(rf"\b{_ANOTHER_WORDS}\s+(?:\w+\s+)?$")
_ANOTHER_WORD = re.compile(rf"\b{_ANOTHER_WORDS}\b")
# The moments an incident has once, with what tells each: its emergency's alert and its
# fire breaking out.
_MOMENT_CUES = {
    "alert": {"en": en.ALERT_CUES, "fr": fr.ALERT_CUES},
    "outbreak": {"en": en.OUTBREAK_CUES, "fr": fr.OUTBREAK_CUES},
}


def incident_moment(claim: Claim, sentence: list[Claim]) -> str | None:
    """Which moment an incident has once a clock time is the time of ("alert": an
    emergency alerted; "outbreak": its fire breaking out), by an expression of it near
    the time in its sentence, no other clock time of the sentence's claims (`sentence`)
    between them, and not another call or fire than the first; or "onset:" and the
    happening whose beginning it tells (`_onset_of`); None for any other."""
    if claim.kind != "date" or not claim.value.get("time") or told_as_future(claim):
        return None
    folded = fold_same_length(claim.text)
    lang = "en" if claim.sentence.lang == "en" else "fr"
    start, end = claim.span
    others = [c.span[0] for c in sentence if c.value.get("time") and c.id != claim.id]
    for moment, cues in _MOMENT_CUES.items():
        for cue in re.finditer(cues[lang], folded):
            if not (start - MOMENT_BEFORE_CHARS <= cue.start() <= end + MOMENT_AFTER_CHARS):
                continue
            low, high = sorted((cue.start(), start))
            if any(low < at < high for at in others):
                continue  # the cue is another time's ("the fourth alarm at 4:05 a.m.")
            if _ANOTHER.search(folded[max(0, cue.start() - 30) : cue.start()]):
                continue
            return moment
    # the beginning of what the article names by the noun its verb of beginning follows
    # ("the leak began at about 8.40am"), not of another one ("the second session began")
    if _ANOTHER_WORD.search(folded[max(0, start - 60) : start]):
        return None
    if noun := _onset_of(claim):
        return f"onset:{noun}"
    before = fold(claim.text[max(0, start - 80) : start])
    # the happening a verb of stopping halted at that time, its object or its subject
    # ("organisers halted the show at 9.40pm", "the show was stopped at ten past ten")
    if halted := (_HALTED_OBJECT.search(before) or _HALTED_SUBJECT.search(before)):
        word = halted.group("noun")
        return f"halt:{concept_of(word) or stem(word)}"
    # the incident itself, told as what happened at that time ("L'accident s'est produit
    # vers 7 h 40", "the crash happened at 8.05am"), not an earlier happening
    if _OCCURRED.search(before) and not pluperfect(claim):
        return "occurrence"
    return None


# Verbs of stopping an activity (FrameNet's Activity_stop and Process_stop frames).
_HALT_VERB = (
    r"(?:halt(?:ed)?|stop(?:ped)?|interrupt(?:ed)?|suspend(?:ed)?|call(?:ed)?\s+off|"
    r"abandon(?:ed)?|arrete(?:e|s|es)?|interromp(?:u|ue|us|ues|t)|suspendue?s?|stoppee?s?)"
)
_TIME_PREPOSITION = r"(?:at|around|about|shortly\s+(?:before|after)|a|vers|peu\s+(?:avant|apres))"
_DETERMINER = r"(?:the|its|le|la|l['’]|son|sa)\s*"
_HALTED_OBJECT = re.compile(
    rf"\b{_HALT_VERB}\s+{_DETERMINER}(?P<noun>[a-z][\w-]{{2,}})(?:\s+{_TIME_PREPOSITION})?\s*$"
)
_HALTED_SUBJECT = re.compile(
    rf"\b{_DETERMINER}(?P<noun>[a-z][\w-]{{2,}})\s+(?:was|were|has\s+been|a\s+ete|ont\s+ete)\s+"
    rf"{_HALT_VERB}(?:\s+{_TIME_PREPOSITION})?\s*$"
)
# Verbs of happening (FrameNet's Event frame) with the time they give it.
_OCCURRED = re.compile(
    r"\b(?:happened|occurred|took\s+place|s['’]est\s+produite?|est\s+survenue?|a\s+eu\s+lieu)"
    rf"(?:\s+{_TIME_PREPOSITION})?\s*$"
)


def _incident_moment_conflicts(ctx: CompareContext, claims: list[Claim]) -> list[Candidate]:
    """Inside one article, two times given one moment its incident has once that cannot
    meet ("L'alerte a été donnée à 19 h 40" / "l'appel de détresse, passé vers 17 h 15";
    "Le feu a pris vers 3h40" / "les flammes sont apparues vers 2h40"): an article tells
    that moment twice at most as one time. Across sources the clock times are paired by
    their sentences (`_time_conflicts`)."""
    if ctx.scope != "within":
        return []
    moments = {c.id: incident_moment(c, ctx.in_sentence(c)) for c in claims}
    timed = [c for c in claims if moments[c.id]]
    out = []
    for a, b in cross_source_pairs(timed):
        if moments[a.id] == moments[b.id] and not _times_meet(ctx, a, b):
            out.append(_date_candidate("date.time", "warning", 0.7, a, b))
    return out
