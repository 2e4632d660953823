"""Small text utilities shared by the stages: folding, tokens, stems.

Kept dependency-free and fast: they run on every sentence of every article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
APOSTROPHES = "'’ʼ`´"

# Transliteration-aware folding: the same name spelled in French, English,
# German or from Cyrillic should fold to one key (Kravtchenko/Kravchenko,
# Jürgen/Juergen, Sergueï/Sergey, Zelenskyy/Zelensky).
_TRANSLIT = [
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("tch", "ch"),
    ("dj", "j"),
    ("kh", "h"),
    ("ou", "u"),
    ("yy", "y"),
    ("iy", "y"),
    ("ii", "i"),
    ("ei", "e"),
    ("ey", "e"),
    ("ie", "i"),
    ("w", "v"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("y", "i"),
    ("z", "s"),
]


def strip_accents(text: str) -> str:
    """Remove diacritics: 'Élodie' -> 'Elodie'."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)  # called on the same words again and again (features, names)
def fold(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, single spaces."""
    text = strip_accents(text).lower()
    for ap in APOSTROPHES[1:]:
        text = text.replace(ap, "'")
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A spelling-insensitive key for a proper name token."""
    key = fold(name)
    key = key.replace("ü", "u").replace("-", " ")
    key = re.sub(r"[^a-z ]", "", key)
    for src, dst in _TRANSLIT:
        key = key.replace(src, dst)
    # Doubled letters vary across transliterations (Zelenskyy, Lavrov/Lavrovv).
    key = re.sub(r"(.)\1+", r"\1", key)
    return key.strip()


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


# A lower-case letter followed by a capital inside a word: where a name written as one
# word ("ColdHarbour", "DeepWave") joins the words another writer spaces.
_CAMEL_JOIN = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def content_words(text: str) -> list[str]:
    """The words of a text, a name written in camel case taken as its parts, so that
    "ColdHarbour" and "Cold Harbour" share theirs."""
    return [part for w in words(text) for part in _CAMEL_JOIN.split(w)]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in WORD_RE.finditer(text)]


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light stemmer good enough to match inflections across sentences.

    French and English plural and participle endings are cut; the result is only
    ever compared with other stems, never shown.
    """
    w = fold(word)
    if "'" in w:
        # l'accident -> accident, d'euros -> euros
        head, _, tail = w.partition("'")
        if len(head) <= 2 or head in {"qu", "jusqu", "lorsqu", "puisqu"}:
            w = tail
    for suffix in (
        "issements",
        "issement",
        "ations",
        "ation",
        "ements",
        "ement",
        "ments",
        "ment",
        "ings",
        "ing",
        "euses",
        "euse",
        "trices",
        "trice",
        "teurs",
        "teur",
        "eraient",
        "erait",
        "eront",
        "era",
        "aient",
        "ait",
        "ees",
        "ies",
        "ies",
        "ed",
        "es",
        "ee",
        "s",
        "x",
        "e",
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def is_capitalized(token: str) -> bool:
    return bool(token) and token[0].isupper()


def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.lower()
    if ch in APOSTROPHES:
        return "'"
    return base if len(base) == 1 else ch.lower()[:1] or ch


def fold_same_length(text: str) -> str:
    """`fold` without collapsing spaces, one character per character.

    Regexes run on this folded copy while their match offsets stay valid in
    the original sentence, so claim spans point at the text as written.
    """
    return "".join(_fold_char(ch) for ch in text)


def unaccent_same_length(text: str) -> str:
    """Accents removed, case and length kept: for patterns that read capitals."""
    out = []
    for ch in text:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def ptb_detok(text: str) -> str:
    """Undo Penn Treebank tokenisation (ECB+'s sentences): `` word , '' -> "word,"."""
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()
