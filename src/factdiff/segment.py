"""Sentences and language.

A rule-based splitter that knows French and English abbreviations (M., MM.,
Mme, Dr., U.S., a.m., Sept.) and glued sentences ("d'Etat.M. Rubio"), so the
evidence sentence of a claim is exactly the sentence an editor would quote.
"""

from __future__ import annotations

import re

from factdiff.lexicon import en, fr
from factdiff.records import Article, Sentence
from factdiff.text import fold

# Tokens after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle me dr pr st ste mgr gen col cpt lt sgt prof jr sr mr mrs ms no n°
        vs etc cf ex env av bd u.s a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec
        janv fevr avr juil inc ltd co corp gov rep sen st j.-m j.-p j.-c
        capt cmdr maj adm supt det insp atty dist""".split()
)

_BOUNDARY = re.compile(
    r"""(?<=[.!?…»"”])(?<![,;]["”»])(?<![,;]\s»)          # not a quote closed on a comma:
        \s+(?=[«"“(]?\s*[A-ZÀ-ÖØ-Þ0-9«"“])                 # '," Brennan said' goes on
    |(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ.])         # glued: "d'Etat.M. Rubio"
    |\n+""",
    re.VERBOSE,
)

# Sentences longer than this (far above any real one) are cut into windows.
MAX_SENTENCE_CHARS = 2000
# Characters before a period read to decide whether it ends an abbreviation
# (abbreviations and initials are a few characters long).
_ABBREVIATION_TAIL = 64

_FR_MARKERS = frozenset(fr.STOPWORDS) - frozenset(en.STOPWORDS)
_EN_MARKERS = frozenset(en.STOPWORDS) - frozenset(fr.STOPWORDS)

CAPTION_RE = re.compile(
    r"\b(?:Photo|Crédit|Credit|AP Photo|AFP PHOTO|Getty Images|REUTERS|Photo d['’]archives|DR)\b"
    r"|^\s*\(.*(?:Photo|LP)/.*\)\s*$"
)


def detect_language(text: str, declared: str | None = None) -> str:
    """The article's language: the declared one when given, else French or English by stopwords."""
    if declared:
        return declared.lower()[:2]
    tokens = re.findall(r"[a-zà-ÿ']+", fold(text[:5000]))
    fr_hits = sum(t in _FR_MARKERS for t in tokens)
    en_hits = sum(t in _EN_MARKERS for t in tokens)
    return "en" if en_hits > fr_hits else "fr"


def _ends_with_abbreviation(chunk: str) -> bool:
    match = re.search(r"(\S+)\.$", chunk.rstrip())
    if not match:
        return False
    raw = match.group(1).lstrip('(«"“')
    if fold(raw) in _ABBREVIATIONS:
        return True
    # Initials: "J.-M." or a single capital letter "A." (not a short word: "He won.")
    return bool(re.fullmatch(r"(?:[A-ZÀ-ÖØ-Þ]\.?-?){1,3}", raw))


_MIN_LAST_WINDOW = 40


def _windows(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A span longer than `MAX_SENTENCE_CHARS` cut into consecutive windows at spaces.

    Text without sentence punctuation (a table or a list flattened to one line)
    would otherwise make one huge "sentence", and extractors cost more than
    linear time in a sentence's length. Every character stays in some window.
    """
    out = []
    while e - s > MAX_SENTENCE_CHARS:
        # Leave the last window some text: a remainder of a character or two
        # would be dropped as a stray fragment by `split_sentences`.
        cut = min(s + MAX_SENTENCE_CHARS, e - _MIN_LAST_WINDOW)
        space = text.rfind(" ", s + MAX_SENTENCE_CHARS // 2, cut)
        if space > s:
            cut = space
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Offsets (start, end) of the sentences of `text`, whitespace trimmed.

    A sentence longer than `MAX_SENTENCE_CHARS` is cut into windows (see `_windows`).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        # Only the end of the chunk can hold an abbreviation: look at its tail, so
        # that many skipped boundaries in a row ("J.-M. J.-M. ...") stay linear.
        chunk = text[max(start, match.start() - _ABBREVIATION_TAIL) : match.start()]
        if "\n" not in match.group(0) and _ends_with_abbreviation(chunk):
            continue
        spans.extend(_windows(text, start, match.start()))
        start = match.end()
    spans.extend(_windows(text, start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 3:
            trimmed.append((s, e))
    return trimmed


def is_caption(sentence_text: str, line_text: str) -> bool:
    """Photo captions describe the picture, often an earlier event."""
    return bool(CAPTION_RE.search(line_text)) or bool(
        re.search(r"\((?:AP|AFP|Reuters)?\s*Photo", line_text)
    )


def segment(article: Article, max_sentences: int | None = None) -> list[Sentence]:
    """Split an article into sentences, each tagged with the article's language."""
    lang = detect_language(article.text, article.lang)
    sentences: list[Sentence] = []
    text = article.text
    for index, (s, e) in enumerate(split_sentences(text)):
        if max_sentences is not None and index >= max_sentences:
            break
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        sentences.append(
            Sentence(
                source=article.id,
                index=index,
                text=text[s:e],
                start=s,
                end=e,
                lang=lang,
                caption=is_caption(text[s:e], line),
            )
        )
    return sentences
