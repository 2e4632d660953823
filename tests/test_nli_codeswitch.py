"""Code-switching: the word list induced from embeddings, the switched pairs, mix v5."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from conftest import SHARED
from factdiff.nli.codeswitch import (
    code_switch,
    code_switched_pairs,
    induce_lexicon,
    read_lexicon,
    vocabulary,
)
from factdiff.nli.data import Pair, pair_family, pair_language

DATA = SHARED / "data"

# Fake embeddings: a word and its translation share a direction; "maison" is
# also close to "house" but "home" is closer to it, so only mutual pairs stay.
_VECTORS = {
    "house": [1.0, 0.0, 0.0, 0.0],
    "home": [0.9, 0.1, 0.0, 0.0],
    "maison": [0.92, 0.08, 0.0, 0.0],
    "cat": [0.0, 1.0, 0.0, 0.0],
    "chat": [0.0, 0.99, 0.05, 0.0],
    "dog": [0.0, 0.0, 1.0, 0.0],
    "voiture": [0.0, 0.0, 0.3, 1.0],
}


def _embed(words: list[str]) -> np.ndarray:
    return np.array([_VECTORS[w] for w in words])


def test_lexicon_keeps_mutual_nearest_neighbours_above_the_threshold() -> None:
    lex = induce_lexicon(["house", "home", "cat", "dog"], ["maison", "chat", "voiture"], _embed)
    assert lex == {"home": "maison", "cat": "chat"}  # dog-voiture is too far
    assert induce_lexicon([], ["chat"], _embed) == {}


def test_vocabulary_counts_words_of_three_letters_or_more() -> None:
    assert vocabulary(["The cat and the dog", "the CAT"], __import__("re").compile(r"\w+"), 2) == [
        "the",
        "cat",
    ]


def test_code_switch_replaces_listed_words_keeping_case(tmp_path: Path) -> None:
    lex = {"cat": "chat", "house": "maison"}
    rng = random.Random(0)
    assert code_switch("The Cat left the house.", lex, rng, 1.0) == "The Chat left the maison."
    assert code_switch("The cat left.", lex, rng, 0.0) == "The cat left."
    path = tmp_path / "lex.tsv"
    path.write_text("cat\tchat\nbroken line\nhouse\tmaison\n", encoding="utf-8")
    assert read_lexicon(path) == lex


def test_switched_copies_keep_labels_and_count_as_cross_lingual() -> None:
    lex = {"cat": "chat", "house": "maison", "left": "parti"}
    pairs = [
        Pair("The cat left the house.", "The cat left.", "entailment", "mnli_bin", "g1"),
        Pair("The cat left the house.", "A dog barked.", "not_entailment", "mnli_bin", "g2"),
        Pair("The cat left the house.", "The cat stayed.", "contradiction", "taxinli", "g3"),
        Pair("The cat left.", "No cat.", "contradiction", "snli_devtest", "g4"),
    ] * 20
    out = code_switched_pairs(pairs, lex, ["mnli_bin", "taxinli"], seed=1, share=0.5, rate=0.5)
    assert 20 <= len(out) <= 60
    assert {p.source for p in out} <= {"csw_xl_mnli_bin", "csw_xl_taxinli"}
    for p in out:
        original = next(q for q in pairs if q.group == p.group)
        assert p.label == original.label and (p.premise, p.hypothesis) != (
            original.premise,
            original.hypothesis,
        )
        assert pair_language(p) == "xl"
        assert pair_family(p) == ("3way" if p.source == "csw_xl_taxinli" else "2way")
    again = code_switched_pairs(pairs, lex, ["mnli_bin", "taxinli"], seed=1, share=0.5, rate=0.5)
    assert again == out  # seeded


@pytest.mark.skipif(not (DATA / "nli_extra").is_dir(), reason="needs ../shared/data/nli_extra")
def test_mix_v5_is_v4_plus_switched_mnli_pairs(tmp_path: Path) -> None:
    from factdiff.nli.data import training_pairs, validation_pairs

    lex = tmp_path / "lex.tsv"
    lex.write_text("people\tgens\ntime\ttemps\nwork\ttravail\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lexicon"):
        training_pairs(DATA, mix="v5")
    train_v4, val_v4 = training_pairs(DATA, mix="v4")
    train_v5, val_v5 = training_pairs(DATA, mix="v5", lexicon=lex)
    assert val_v5 == val_v4 and train_v5[: len(train_v4)] == train_v4
    # what calibration reads needs no word list
    assert validation_pairs(DATA, mix="v5") == val_v4
    added = Counter(p.source for p in train_v5[len(train_v4) :])
    assert set(added) == {"csw_xl_mnli_dev_matched", "csw_xl_taxinli", "csw_xl_mnli_bin"}
    assert all(
        any(w in (p.premise + " " + p.hypothesis).lower() for w in ("gens", "temps", "travail"))
        for p in train_v5[len(train_v4) :]
    )


def test_learned_stem_translations_confirm_and_complete_the_e5_word_list() -> None:
    from factdiff.nli.codeswitch import confirmed_by_translations

    e5_pairs = {"here": "hier", "airport": "aéroport"}  # a look-alike and a translation
    french = Counter({"aéroport": 4, "acteurs": 5, "acteur": 2, "hier": 9})
    out = confirmed_by_translations(e5_pairs, ["here", "airport", "actor"], french)
    assert out == {"airport": "aéroport", "actor": "acteurs"}
