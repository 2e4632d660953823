"""Cleaning applied to every article body, whatever its input format.

`clean_text` runs four steps, in order:

1. Normalisation: newlines to ``\\n``, Unicode NFC, zero-width characters, bidi
   controls and other control characters dropped. Typographic quotes and
   apostrophes (’ « » “ ”) are kept as they are: downstream stages match
   snippets of the source text exactly.
2. Boilerplate lines: the declarative rules in `RULES` (one list per language,
   all applied whatever the article's language, since `lang` may be missing or
   wrong). A rule either drops a whole line, strips a piece of a line (photo
   credits), or drops a "related articles" heading together with the short
   headline lines listed under it.
3. Repeats: a paragraph whose text, whitespace aside, already occurs in the
   text kept before it (or a truncated prefix of it ending with "..." or "…")
   is dropped. This removes run-on copies of a lead and duplicated paragraphs.
4. Layout: trailing spaces removed, at most one blank line between
   paragraphs, no blank lines at either end. Paragraph breaks stay ``\\n`` or
   ``\\n\\n`` so the segmenter can use them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "RULES",
    "Action",
    "Rule",
    "clean_text",
    "is_real_paragraph",
    "normalise",
    "replace_surrogates",
]


class Action(Enum):
    """What a boilerplate rule does with a line it matches."""

    DROP = "drop"  # drop the whole line
    STRIP = "strip"  # delete the matched part; drop the line if nothing is left
    RELATED = "related"  # drop the line; if it is a bare heading, drop the list under it too


@dataclass(frozen=True)
class Rule:
    """One boilerplate pattern; `pattern` is searched in a stripped line."""

    pattern: re.Pattern[str]
    action: Action
    note: str


def _rule(pattern: str, action: Action, note: str) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), action, note)


D, S, R = Action.DROP, Action.STRIP, Action.RELATED

# fmt: off
RULES: dict[str, tuple[Rule, ...]] = {
    "fr": (
        # Related-article headings: "Lire aussi", "À lire aussi :", "À VOIR AUSSI | titre"
        _rule(r"^(?:[ÀA]\s+)?(?:lire|voir)\s+(?:aussi|également)\b", R, "related articles"),
        _rule(r"^sur le même (?:sujet|thème)\s*:?\s*$", R, "related articles"),
        _rule(r"^(?:nos )?articles? (?:similaires|liés|associés)\s*:?\s*$", R, "related articles"),
        _rule(r"^les plus (?:commentés|lus|partagés|populaires|consultés)\s*:?\s*$", R,
              "most-read list"),
        _rule(r"^(?:dans la même rubrique|les dernières actualités|dernières infos)\s*:?\s*$", R,
              "section list"),
        # Page furniture
        _rule(r"^(?:aller au )?début du contenu principal\.?$", D, "skip link"),
        _rule(r"^(?:aller au )?contenu principal\.?$", D, "skip link"),
        _rule(r"^suivez[- ]nous sur\b.{0,80}$", D, "social links"),
        _rule(r"^partager (?:cet article|sur\b).{0,60}$", D, "share buttons"),
        _rule(r"^commentaires?\s*\(\d+\)$", D, "comment counter"),
        _rule(r"^publicité$", D, "advert slot"),
        _rule(r"^(?:publié|mis à jour|modifié) le\b.{0,80}$", D, "timestamp line"),
        _rule(r"^(?:cet )?article réservé aux abonnés\b.{0,80}$", D, "paywall"),
        # Newsletters, subscriptions, cookies
        _rule(r"^(?=.*\bnewsletters?\b)(?=.*\b(?:inscri\w*|abonne\w*|recevez|retrouvez|notre|nos)\b)"
              r".{0,250}$", D, "newsletter"),
        _rule(r"^(?:abonnez-vous|inscrivez-vous|pour ne rien manquer)\b.{0,200}$", D,
              "subscription"),
        _rule(r"^(?=.*\bcookies?\b)(?=.*\b(?:utilisons|acceptez|navigation|consentement)\b)"
              r".{0,300}$", D, "cookie banner"),
        # Live ticker lines: "- 10:18Liverpool retire le numéro 20 ..."
        _rule(r"^[-–•*]\s*\d{1,2}[:h]\d{2}(?!\d)\s*\S", D, "news ticker"),
    ),
    "en": (
        # Related-article headings: "Read more:", "Related", "See also"
        _rule(r"^(?:read|see) (?:more|also)\b", R, "related articles"),
        _rule(r"^(?:related(?: articles| stories| coverage)?|more on this story|read next|"
              r"also read|recommended)\s*:?\s*$", R, "related articles"),
        _rule(r"^most (?:read|popular|viewed|shared)\s*:?\s*$", R, "most-read list"),
        # Page furniture
        _rule(r"^skip to (?:main )?content\.?$", D, "skip link"),
        _rule(r"^follow us on\b.{0,80}$", D, "social links"),
        _rule(r"^share (?:this (?:article|story)|on\b).{0,60}$", D, "share buttons"),
        _rule(r"^comments?\s*\(\d+\)$", D, "comment counter"),
        _rule(r"^advertisement$", D, "advert slot"),
        # Wire credits: "(Reporting by Anna Lindqvist; Editing by Mark Hollis)"
        _rule(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b.{0,200}$", D,
              "reporter credits"),
        # Newsletters, subscriptions, cookies
        _rule(r"^(?=.*\bnewsletters?\b)(?=.*\b(?:sign up|subscribe|our|get)\b).{0,250}$", D,
              "newsletter"),
        _rule(r"^(?:sign up|subscribe)\b.{0,200}$", D, "subscription"),
        _rule(r"^(?=.*\bcookies?\b)(?=.*\b(?:we use|accept|consent|browsing)\b).{0,300}$", D,
              "cookie banner"),
    ),
    "any": (
        # "Source : https://..." and "Comment (0)" footers
        _rule(r"^source\s*:\s*https?://\S+$", D, "source URL footer"),
        _rule(r"^(?:©|copyright\b).{0,150}$", D, "copyright line"),
        # Photo credits kept out of caption text, the caption itself stays:
        # "(AP Photo/Martín Quispe)", "(Photo: Jenna MacPhee/CBC)", "(LP/Marc Tessier)"
        _rule(r"\s*\((?:[^()\n]{0,40}\bphotos?\b[^()\n]{0,60}|[A-Z]{2,5}\s*/\s*[^()\n]{1,60})\)$",
              S, "photo credit"),
        # "... le 4 avril 2025. Photo Jacquelyn Martin/Pool via REUTERS", "... Photo DDM"
        _rule(r"(?<=[.!?»”\"])\s+(?:photos?|crédits?(?: photo)?\s*:|©)\s*[^\n]{1,80}(?<![.!?])$",
              S, "photo credit"),
        # A line that is only a credit: "Photo : AFP", "Crédit photo : X"
        _rule(r"^(?:photo|crédits?(?: photo)?|credit)\s*:\s*[^\n]{1,80}$", D, "photo credit"),
    ),
}
# fmt: on

_ALL_RULES: tuple[Rule, ...] = tuple(rule for rules in RULES.values() for rule in rules)

# A related heading is "bare" (a list of headlines follows) when it is a few
# words with nothing after them but punctuation: "À lire aussi :", "Read more:".
_HEADING_TAIL = re.compile(r"[\s:|–—-]+$")
_SEPARATOR = re.compile(r"[:|–—]|\s-\s")
MAX_BARE_HEADING_WORDS = 5


def _is_bare_heading(line: str) -> bool:
    head = _HEADING_TAIL.sub("", line)
    return not _SEPARATOR.search(head) and len(head.split()) <= MAX_BARE_HEADING_WORDS


_ZERO_WIDTH_AND_BIDI = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters, soft hyphen
    "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"  # bidi marks, embeddings, isolates
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lone UTF-16 surrogates: JSON escapes ("\\ud800") and undecodable file names
# (surrogateescape) produce them; no UTF-8 report could be written with them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = '.!…»"”)'
_LIST_MARKER = re.compile(r"^[-–•*]\s+")
_SPACE = re.compile(r"\s+")
_TRUNCATION = re.compile(r"(?:\.\.\.|…)$")

# Repeats are looked for by substring search in the text kept so far; past this
# many characters only exact repeats are checked, to keep huge inputs linear.
MAX_REPEAT_SEARCH = 300_000
# Paragraphs shorter than this (whitespace aside) are never dropped as repeats.
MIN_REPEAT_CHARS = 25


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, so that it encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def normalise(text: str) -> str:
    """Normalise newlines and Unicode (NFC) and drop invisible characters."""
    text = replace_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH_AND_BIDI.sub("", text)
    text = text.replace("\t", " ")
    return _CONTROL.sub("", text)


def is_real_paragraph(line: str) -> bool:
    """Whether a line reads as prose rather than a headline or a link label.

    Prose is long, or ends with sentence punctuation and has ten words or more.
    """
    line = line.strip()
    if len(line) > 200:
        return True
    return bool(line) and line[-1] in _SENTENCE_END and len(line.split()) >= 10


def _apply_rules(line: str) -> tuple[str | None, bool]:
    """Return the line after the rules (None: dropped) and whether a list follows."""
    for rule in _ALL_RULES:
        match = rule.pattern.search(line)
        if match is None:
            continue
        if rule.action is Action.DROP:
            return None, False
        if rule.action is Action.RELATED:
            if _is_bare_heading(line):
                return None, True
            if is_real_paragraph(line):  # prose that merely starts with "Lire aussi"
                continue
            return None, False
        line = (line[: match.start()] + line[match.end() :]).rstrip()
        if not line:
            return None, False
    return line, False


def _remove_boilerplate(lines: list[str]) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line, list_follows = _apply_rules(lines[i].strip())
        i += 1
        if line is None:
            if list_follows:
                i = _skip_headline_list(lines, i)
            continue
        kept.append(line)
    return kept


def _skip_headline_list(lines: list[str], i: int) -> int:
    """Skip the short headline lines under a related-articles heading."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = _LIST_MARKER.sub("", lines[i].strip())
        if not line or is_real_paragraph(line):
            break
        i += 1
    return i


def _remove_repeats(lines: list[str]) -> list[str]:
    kept: list[str] = []
    seen_exact: set[str] = set()
    seen_text = ""  # the kept text so far, whitespace removed
    for line in lines:
        key = _SPACE.sub("", line)
        if len(key) >= MIN_REPEAT_CHARS:
            probe = _TRUNCATION.sub("", key)
            if key in seen_exact or (len(seen_text) <= MAX_REPEAT_SEARCH and probe in seen_text):
                continue
            seen_exact.add(key)
        if len(seen_text) <= MAX_REPEAT_SEARCH:
            seen_text += key
        kept.append(line)
    return kept


def _layout(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def clean_text(text: str) -> str:
    """Return the article body normalised, without boilerplate lines and repeats."""
    lines = [line.rstrip() for line in normalise(text).split("\n")]
    lines = _remove_boilerplate(lines)
    lines = _remove_repeats(lines)
    return _layout(lines)
