"""How well factdiff's date and number extractors meet public spec data.

    python benchmarks/extract_specs.py [--failures N] [--category CAT] [--lang fr|en]

Runs `factdiff.extract.extract_sentence` over the spec items of
Microsoft Recognizers-Text (DateTime, Number, Percent, Currency models, FR and
EN) and the dateparser search cases, both read from ``../shared/data`` next to
the repository, and prints, per language and per category, how many items are
applicable, how many the extractor *found* (a claim of the right kind whose
span overlaps the expected text) and how many of those it *resolved* to the
expected value. ``--failures N`` also lists N failing items per category.

Each spec item's input is one sentence; its ``Context.ReferenceDateTime`` (or
dateparser's ``RELATIVE_BASE``) is passed as the publication date. French
DateTime items mostly have no Context, but the French file is a translation of
the English one: an item whose resolutions equal those of English items that
share a single reference date takes that date. Items left without a reference
keep only dates with an explicit 4-digit year and times (resolved against
Recognizers-Text's default reference, 2016-11-07).

What counts as applicable (a news fact checker's view; everything else is
skipped, not counted as a failure):

* absolute date -- ``datetimeV2.date`` results written as day + month name
  (+ 4-digit year), month name + day, optionally led by a weekday or
  "le"/"the"/"on", or ISO ``2019-01-04``. Skipped: numeric dates ("22/04",
  "9/3/2017", "15.05.99": locale-ambiguous and rare in prose), 2-digit years,
  "of 1995"/"de 1995", spelled-out days or years ("february twenty second"),
  ordinal phrases ("deuxième jour d'août"), holidays (Easter, Christmas),
  bare day numbers ("le 18") and offsets from a date ("3 days after ...").
  Year-less dates accept any value the spec lists (it lists the past and the
  future occurrence).
* weekday/relative day -- a weekday alone or with this/last/next/past/
  previous/coming/following, ce/le, dernier/prochain/précédent/passé/suivant,
  "of last week"/"de la semaine dernière"; and yesterday/today/tomorrow,
  hier/aujourd'hui/demain/avant-hier/après-demain. Accepts any listed value.
  Skipped: "N weeks from now", "2 days ago" chains, holidays, weekday + number.
* time -- ``datetimeV2.time``/``datetime`` results holding a clock time in
  digits: "14h30", "18 h", "à 10 heures", "10:30", "8 p.m.", "3pm", "at 6.45"; compared as
  HH:MM against any listed value. Skipped: bare "3 heures" (a duration as
  often as a time), bare "at 7", "oclock", "11ish", one-letter suffixes ("9a",
  "7p"), "1140 a.m.", relative times ("in 5 minutes", "il y a 30 minutes"), seconds are ignored.
* time words -- the same results written without digits as a clock time in
  words: "sept heures et demie", "huit heures moins vingt", "midi", "half past
  seven o'clock", "fifteen past eight in the morning". A time on the twelve-hour
  dial is correct when it is any value listed (the spec lists both halves of the
  day when the text does not say). Skipped: "now", "in half an hour", "-ish".
* digits -- ``number`` results written in digits in the language's own
  notation ("1 234 567", "4,8" in French; "1,234,567", "9.2321312" in
  English). Skipped: negatives, ".08"/",08", IP addresses, lists, phone
  numbers, dates, "423 0000", the other language's decimal mark, Indian
  grouping ("12,34,567.89").
* digits + scale -- digits followed by million(s)/milliard(s)/billion(s)/
  trillion/thousand/mille ("2 millions", "1,674.5 million"). Suffixes such
  as "10k", "1.2b", "10M", "2mil", lakh and crore are skipped.
* number words -- cardinals spelled out ("vingt-quatre", "trois cent trente
  et un", "twenty-one trillion"). Skipped: "un"/"une"/"one" alone (an
  article as often as a count), fractions, ordinals, dozens, "point"/
  "virgule" decimals, "minus"/"négatif", "nought", odd spacing
  ("fifty - two", "cinquante  deux").
* percent -- PercentModel items "N %", "N pour cent", "N percent",
  "vingt pour cent", "twenty percent". Skipped: "pourcent"/"pourcentage"/
  "percentage"/"percents", inverted forms ("percent of 10"), exponents.
  Resolved means the value matches and the claim's key is PERCENT.
* money -- CurrencyModel items with digits and a euro/dollar/pound amount
  ("$ 75 millions", "94000 $", "£ 8,10 millions"); the number's value only.
* absolute date (dateparser) -- the dateparser search cases with an expected
  list, FR/EN only; slash dates and "in a minute"/"last decade"/"till date"
  are skipped. Items without RELATIVE_BASE get no publication date.

Ranges, durations, sets, fractions, ordinals, ages and dimensions are out of
scope. The last line is a summary: ``TOTAL applicable=N found=F correct=C``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factdiff.extract import extract_sentence  # noqa: E402
from factdiff.records import Sentence  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEFAULT_REFERENCE = date(2016, 11, 7)  # Recognizers-Text's reference when Context is absent

CATEGORIES = (
    "absolute date",
    "weekday/relative day",
    "time",
    "time words",
    "digits",
    "digits + scale",
    "number words",
    "percent",
    "money",
    "absolute date (dateparser)",
)


@dataclass(frozen=True)
class Case:
    """One expected mention: where it is in a sentence and what it should resolve to."""

    lang: str
    category: str
    source: str
    text: str
    span: tuple[int, int]
    expected: tuple[Any, ...]  # any of these values is right
    published: date | None

    @property
    def surface(self) -> str:
        return self.text[self.span[0] : self.span[1]]


@dataclass
class Outcome:
    case: Case
    found: bool
    correct: bool
    got: list[Any] = field(default_factory=list)


# --- text helpers -----------------------------------------------------------


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


_WEEKDAYS = {
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
}
_MONTHS = {
    "fr": "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    "decembre|janv|fevr|fev|avr|juil|sept|oct|nov|dec",
    "en": "january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec",
}


def _absolute_re(lang: str) -> re.Pattern[str]:
    wd, mo = _WEEKDAYS[lang], _MONTHS[lang]
    if lang == "fr":
        body = rf"(?:(?:{wd})\.?\s+)?\d{{1,2}}(?:er|ere)?\s+(?:{mo})\.?(?:\s+\d{{4}})?"
        lead = r"(?:le\s+)?"
    else:
        wd_short = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
        day_month = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{mo})\.?(?:,?\s+\d{{4}})?"
        month_day = rf"(?:{mo})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        body = rf"(?:(?:{wd}|{wd_short}),?\s+)?(?:{day_month}|{month_day})"
        lead = r"(?:(?:on|the)\s+)?"
    return re.compile(rf"^{lead}(?:{body}|\d{{4}}-\d{{2}}-\d{{2}})$")


def _weekday_re(lang: str) -> re.Pattern[str]:
    wd = _WEEKDAYS[lang]
    if lang == "fr":
        return re.compile(
            rf"^(?:(?:ce|le)\s+)?(?:{wd})(?:\s+(?:dernier|prochain|precedent|passe|suivant)"
            r"|\s+de\s+la\s+semaine\s+(?:derniere|prochaine|passee))?$"
            r"|^(?:hier|aujourd'hui|demain|avant-hier|apres-demain)$"
        )
    return re.compile(
        rf"^(?:(?:on|this|last|next|past|this\s+past|previous|coming|following)\s+)?(?:{wd})"
        r"(?:\s+of\s+(?:last|next|this)\s+week)?$"
        r"|^(?:yesterday|today|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)$"
    )


_CLOCK = {
    "fr": re.compile(
        r"(?<![\d.,/:])(\d{1,2})\s?h\s?(\d{2})?(?![\w])|(?<![\d.,/:])(\d{1,2})"
        r"\s+heures?\b|(?<![\d.,/:])(\d{1,2}):(\d{2})(?::\d{2})?(?!\s*[ap]\.?m)"
    ),
    "en": re.compile(
        r"(?<![\d.,/:])(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s?"
        r"(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<![\d.,/:])(\d{1,2}):(\d{2})(?::\d{2})?\b"
        # British style's point: "at 6.45", "at 17.30 Beijing time"
        r"|(?<![\d.,/:])(\d{1,2})\.(\d{2})\b(?![.,]\d)"
    ),
}
_TIME_SKIP = re.compile(
    r"ish|oclock|o'clock|past|\bmin|minute|seconde|@|fuseau|timezone|\d[ap]\b|\d\s*[ap]\s*\.\s+m"
    r"|\d{4}\s*a\.m|\bil y a\b|\bdans\s+\d|\bin\s+\d|\d\.am|ampm|\d{1,2}/\d{1,2}"
)

_FR_WORDS = frozenset(
    [
        "zero",
        "un",
        "une",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "vingt",
        "vingts",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "septante",
        "huitante",
        "octante",
        "nonante",
        "cent",
        "cents",
        "mille",
        "million",
        "millions",
        "milliard",
        "milliards",
        "billion",
        "billions",
        "trillion",
        "trillions",
        "et",
    ]
)
_EN_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "trillions",
        "and",
    ]
)
_SCALE = r"(?:millions?|milliards?|billions?|trillions?|thousand|mille)"
_DIGITS = {
    "fr": r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
}
_NUMBER_INPUT_SKIP = re.compile(
    r"\d+\.\d+\.\d+\.\d+|\d,\s\d|\d/\d|\+\d|\d,\d{2},\d{3}|\d\.\d{3},\d|SCP-|\{|^\s*-|"
    r"\d{3} 0000|\b\d+,\d{2},\d{2}\b|5\.00 ou|5\.00 or"
)


def _parse_number(raw: str, lang: str) -> float:
    raw = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if lang == "fr" or re.fullmatch(r"-?\d+,\d+(?:E-?\d+)?", raw):
        raw = raw.replace(".", "").replace(",", ".") if "," in raw else raw
    else:
        raw = raw.replace(",", "")
    return float(raw)


# --- loading ----------------------------------------------------------------


def _load_json(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _locate(item_input: str, result: dict[str, Any]) -> tuple[int, int] | None:
    text = result["Text"]
    start = result.get("Start", result.get("start"))
    if isinstance(start, int) and item_input[start : start + len(text)].lower() == text.lower():
        return (start, start + len(text))
    lowered, needle = item_input.lower(), text.lower()
    hits = [m.start() for m in re.finditer(re.escape(needle), lowered)]
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - start)) if isinstance(start, int) else hits[0]
    return (best, best + len(text))


def _reference(item: dict[str, Any]) -> date | None:
    ref = (item.get("Context") or {}).get("ReferenceDateTime")
    return date.fromisoformat(ref[:10]) if ref else None


def _result_type(result: dict[str, Any]) -> str:
    return result.get("TypeName") or result.get("Typename") or ""


def date_category(surface: str, lang: str) -> str | None:
    """The category of a Recognizers-Text ``datetimeV2.date`` text, or None if out of scope."""
    folded = " ".join(fold(surface).split())
    if _absolute_re(lang).match(folded):
        return "absolute date"
    if _weekday_re(lang).match(folded):
        return "weekday/relative day"
    return None


def time_expected(surface: str, lang: str) -> bool:
    """Whether a time text holds a clock time in digits that a news article would write."""
    folded = fold(surface)
    if _TIME_SKIP.search(folded):
        return False
    if re.fullmatch(r"\d{1,2}\s+heures?", folded.strip()):
        return False
    return bool(_CLOCK[lang].search(folded))


# A clock time in words: "twenty to six", "sept heures et demie", "noon", "minuit".
_WORDED_CLOCK = re.compile(r"\b(?:heures?|midi|minuit|noon|midnight|midday|o'?clock|past)\b")
_WORDED_SKIP = re.compile(
    r"ish\b|\ban\s+hour\b|\bin\s+(?:\d|the\s+(?:morning|afternoon|evening))|\bdans\b|"
    r"\bil\s+y\s+a\b|\bnow\b|\d\s*-|-\s*\d|\bto\s+\d|\d\s+(?:a|p)\b|\d+(?:a|p)m\b|\d\s*heure"
)


def time_words_expected(surface: str) -> bool:
    """Whether a time text is a clock time in words ("twenty to six", "10 o'clock",
    "12 noon", "sept heures et demie"), not one the digits category takes."""
    folded = fold(surface)
    return bool(_WORDED_CLOCK.search(folded)) and not _WORDED_SKIP.search(folded)


def number_category(surface: str, lang: str) -> str | None:
    """The category of a Recognizers-Text ``number`` text, or None if out of scope."""
    folded = fold(surface).strip()
    digits = _DIGITS[lang]
    if re.fullmatch(rf"(?:{digits})", folded):
        if lang == "fr" and re.search(r"\.\d{1,2}$|\.\d{4,}$|\.\d$", folded):
            return None  # an English decimal mark in French
        if lang == "en" and re.search(r",\d{1,2}$|,\d{4,}$", folded):
            return None
        return "digits"
    if re.fullmatch(rf"(?:{digits})\s+{_SCALE}", folded):
        return "digits + scale"
    if "  " in folded or " - " in folded:
        return None
    tokens = re.split(r"[\s-]+", folded)
    vocab = _FR_WORDS if lang == "fr" else _EN_WORDS
    if tokens and all(t in vocab for t in tokens) and folded not in ("un", "une", "one"):
        if tokens[0] in ("et", "and") or tokens[-1] in ("et", "and"):
            return None
        return "number words"
    return None


# Spec items whose expected value contradicts their own input (translation slips).
SPEC_ERRATA = frozenset(
    {
        # "vendredi 7 juin" resolved as July 6th, copied from the English "Friday 7/6".
        "Cortana, veuillez organiser un appel Skype le vendredi 7 juin avec Jim.",
    }
)


def _signature(item: dict[str, Any]) -> str:
    return json.dumps([r.get("Resolution") for r in item.get("Results", [])], sort_keys=True)


def _datetime_items(folder: Path) -> Iterator[tuple[Path, dict]]:
    """The items of a language's DateTime model files, DateTimeModel.json first."""
    paths = sorted(folder.glob("*.json"), key=lambda p: (p.name != "DateTimeModel.json", p.name))
    for path in paths:
        for item in _load_json(path):
            yield path, item


def recognizers_cases(root: Path) -> Iterator[Case]:
    specs = root / "recognizers_text_specs"
    # The French DateTime file is a translation of the English one, and mostly lacks the
    # Context: a French item whose resolutions are exactly those of English items that all
    # share one reference date takes that date.
    twin_refs: dict[str, set[date]] = defaultdict(set)
    for item in _load_json(specs / "DateTime" / "English" / "DateTimeModel.json"):
        reference = _reference(item)
        if reference and item.get("Results"):
            twin_refs[_signature(item)].add(reference)
    # Clock times in words are few in the main model's file: the other model files of
    # the folder (calendar, extended types, ...) add theirs, and only theirs.
    seen: set[tuple[str, str]] = set()
    for lang, folder in (("en", "English"), ("fr", "French")):
        for path, item in _datetime_items(specs / "DateTime" / folder):
            text, reference = item["Input"], _reference(item)
            main_file = path.name == "DateTimeModel.json"
            if text in SPEC_ERRATA or (not main_file and (lang, text) in seen):
                continue
            seen.add((lang, text))
            if reference is None and len(twin_refs.get(_signature(item), ())) == 1:
                (reference,) = twin_refs[_signature(item)]
            published = reference or DEFAULT_REFERENCE
            for result in item.get("Results", []):
                kind = _result_type(result)
                span = _locate(text, result)
                values = [
                    v.get("value")
                    for v in result["Resolution"].get("values", [])
                    if v.get("value") and v.get("value") != "not resolved"
                ]
                if span is None or not values:
                    continue
                surface = text[span[0] : span[1]]
                if not main_file and not (
                    kind in ("datetimeV2.time", "datetimeV2.datetime")
                    and time_words_expected(surface)
                ):
                    continue
                if kind == "datetimeV2.date":
                    category = date_category(surface, lang)
                    if reference is None and not re.search(r"\d{4}", surface):
                        # Without a reference many items were resolved against other, unstated
                        # dates (2017-2021): only reference-free dates are kept.
                        category = None
                    if category:
                        yield Case(
                            lang,
                            category,
                            f"Recognizers DateTime/{folder}",
                            text,
                            span,
                            tuple(sorted(set(values))),
                            published,
                        )
                elif kind in ("datetimeV2.time", "datetimeV2.datetime"):
                    before = fold(text[: span[0]])
                    worded = time_words_expected(surface) and not time_expected(surface, lang)
                    if (time_expected(surface, lang) or worded) and not re.search(
                        r"\b(?:pour|pendant|durant|for|during)\s+$", before
                    ):
                        times = tuple(sorted({v[-8:-3] for v in values}))
                        yield Case(
                            lang,
                            "time words" if worded else "time",
                            f"Recognizers DateTime/{folder}",
                            text,
                            span,
                            times,
                            published,
                        )
        for item in _load_json(specs / "Number" / folder / "NumberModel.json"):
            text = item["Input"]
            if _NUMBER_INPUT_SKIP.search(text):
                continue
            for result in item.get("Results", []):
                resolution = result.get("Resolution") or {}
                if resolution.get("subtype") not in ("integer", "decimal"):
                    continue
                span = _locate(text, result)
                if span is None:
                    continue
                category = number_category(text[span[0] : span[1]], lang)
                if category:
                    value = _parse_number(resolution["value"], lang)
                    yield Case(
                        lang, category, f"Recognizers Number/{folder}", text, span, (value,), None
                    )
        for item in _load_json(specs / "Number" / folder / "PercentModel.json"):
            text = item["Input"]
            for result in item.get("Results", []):
                span = _locate(text, result)
                raw = (result.get("Resolution") or {}).get("value") or ""
                if span is None or not re.fullmatch(r"[\d.,]+%", raw):
                    continue
                surface = text[span[0] : span[1]]
                folded = " ".join(fold(surface).split()).rstrip(".")
                m = re.fullmatch(r"(.+?)\s?(%|pour cent|pour-cent|percent|per cent)", folded)
                if not m:
                    continue
                head = m.group(1).strip()
                if not (
                    re.fullmatch(_DIGITS[lang], head)
                    or number_category(head, lang) == "number words"
                ):
                    continue
                yield Case(
                    lang,
                    "percent",
                    f"Recognizers Percent/{folder}",
                    text,
                    span,
                    (_parse_number(raw[:-1], lang),),
                    None,
                )
        for item in _load_json(specs / "NumberWithUnit" / folder / "CurrencyModel.json"):
            text = item["Input"]
            for result in item.get("Results", []):
                resolution = result.get("Resolution") or {}
                raw = resolution.get("value") or ""
                span = _locate(text, result)
                if span is None or not re.fullmatch(r"\d+(?:\.\d+)?", raw):
                    continue
                surface = " ".join(fold(text[span[0] : span[1]]).split())
                if not _MONEY[lang].fullmatch(surface) or not re.search(
                    r"[$€£]|euro|dollar|livre|pound|usd|eur|gbp", surface
                ):
                    continue
                yield Case(
                    lang, "money", f"Recognizers Currency/{folder}", text, span, (float(raw),), None
                )


_CURRENCY = r"(?:[$€£]|euros?|dollars?|livres?(?:\s+sterling)?|pounds?(?:\s+sterling)?)"
_MONEY = {
    lang: re.compile(
        rf"(?:[$€£]\s?|(?:usd|eur|gbp)\s)?(?:{_DIGITS[lang]})(?:\s+{_SCALE})?"
        rf"(?:\s?(?:de\s+|d')?{_CURRENCY})?"
    )
    for lang in ("fr", "en")
}

_DATEPARSER_SKIP = re.compile(r"\d/\d|\bin a minute\b|\blast decade\b|\btill date\b|\bnoon\b")


def dateparser_cases(root: Path) -> Iterator[Case]:
    path = root / "dateparser_test_cases" / "search_cases_fr_en.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        expected = row.get("expected")
        text = row.get("string") or row.get("text")
        if not expected or not text or re.search(r"[\u0400-\u04ff]", text):
            continue
        lang = row.get("shortname")
        if lang is None:
            langs = row.get("languages") or []
            lang = "fr" if "fr" in langs else "en"
        if lang not in ("fr", "en"):
            continue
        base = (row.get("settings") or {}).get("RELATIVE_BASE")
        published = date.fromisoformat(base[:10]) if base else None
        for substring, iso in expected:
            if _DATEPARSER_SKIP.search(substring.lower()):
                continue
            start = text.find(substring)
            if start < 0:
                continue
            yield Case(
                lang,
                "absolute date (dateparser)",
                "dateparser search",
                text,
                (start, start + len(substring)),
                (iso[:10],),
                published,
            )


def load_cases(root: Path = DATA) -> list[Case]:
    return list(recognizers_cases(root)) + list(dateparser_cases(root))


# --- evaluation -------------------------------------------------------------


@lru_cache(maxsize=8192)
def _claims(text: str, lang: str, published: date | None) -> tuple[Any, ...]:
    sentence = Sentence(source="spec", index=0, text=text, start=0, end=len(text), lang=lang)
    drafts, _people = extract_sentence(sentence, published)
    return tuple(drafts)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_number(a: Any, b: float) -> bool:
    return isinstance(a, (int, float)) and math.isclose(float(a), b, rel_tol=1e-9, abs_tol=1e-9)


def evaluate(case: Case) -> Outcome:
    claims = [
        c for c in _claims(case.text, case.lang, case.published) if _overlaps(c.span, case.span)
    ]
    if case.category in ("absolute date", "weekday/relative day", "absolute date (dateparser)"):
        hits = [c for c in claims if c.kind == "date"]
        got = [c.value.get("date") for c in hits]
        correct = any(g in case.expected for g in got)
    elif case.category in ("time", "time words"):
        hits = [c for c in claims if c.kind == "date"]
        got = [c.value.get("time") for c in hits]
        correct = any(g in case.expected for g in got)
    else:
        hits = [c for c in claims if c.kind == "number"]
        got = [c.value.get("value") for c in hits]
        correct = any(
            _same_number(c.value.get("value"), case.expected[0])
            and (case.category != "percent" or c.value.get("key") == "PERCENT")
            for c in hits
        )
        if case.category == "percent":
            got = [(c.value.get("value"), c.value.get("key")) for c in hits]
    return Outcome(case, bool(hits), correct, got)


def run(root: Path = DATA) -> list[Outcome]:
    return [evaluate(case) for case in load_cases(root)]


def summarize(outcomes: Iterable[Outcome]) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(lang, category) -> (applicable, found, correct)."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for o in outcomes:
        row = table[(o.case.lang, o.case.category)]
        row[0] += 1
        row[1] += o.found
        row[2] += o.correct
    return {key: (n, f, c) for key, (n, f, c) in table.items()}


def rate(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _print_table(summary: dict[tuple[str, str], tuple[int, int, int]]) -> None:
    print(f"{'lang':<4} {'category':<28} {'applicable':>10} {'found':>12} {'correct':>12}")
    for lang in ("fr", "en"):
        for category in CATEGORIES:
            if (lang, category) not in summary:
                continue
            n, f, c = summary[(lang, category)]
            print(
                f"{lang:<4} {category:<28} {n:>10} {f:>5} {rate(f, n):5.1f}% "
                f"{c:>5} {rate(c, n):5.1f}%"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", type=int, default=0, help="list N failures per category")
    parser.add_argument("--category", help="only this category (substring)")
    parser.add_argument("--lang", choices=("fr", "en"))
    args = parser.parse_args(argv)
    needed = ("recognizers_text_specs", "dateparser_test_cases")
    if not all((DATA / sub).is_dir() for sub in needed):
        print(
            f"spec data not found under {DATA} (expected recognizers_text_specs/ and "
            "dateparser_test_cases/ in ../shared/data next to the repository)",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    outcomes = run(DATA)
    if args.lang:
        outcomes = [o for o in outcomes if o.case.lang == args.lang]
    if args.category:
        outcomes = [o for o in outcomes if args.category in o.case.category]
    _print_table(summarize(outcomes))
    if args.failures:
        by_cat: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
        for o in outcomes:
            if not o.correct:
                by_cat[(o.case.lang, o.case.category)].append(o)
        for (lang, category), fails in sorted(by_cat.items()):
            print(f"\n## {lang} {category}: {len(fails)} failures")
            for o in fails[: args.failures]:
                print(
                    f"  {o.case.text!r} [{o.case.surface!r}] ref={o.case.published} "
                    f"expected={list(o.case.expected)} got={o.got}"
                )
    n = len(outcomes)
    f = sum(o.found for o in outcomes)
    c = sum(o.correct for o in outcomes)
    print(
        f"TOTAL applicable={n} found={f} ({rate(f, n):.1f}%) correct={c} ({rate(c, n):.1f}%) "
        f"in {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
