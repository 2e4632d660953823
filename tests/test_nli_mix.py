"""Training mixes: caps, repeats, and a validation split that no mix trains on."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import SHARED
from factdiff.nli.data import (
    MIXES,
    Mix,
    label_weights_by_language,
    pair_language,
    training_pairs,
)

DATA = SHARED / "data"


def test_prefix_caps_and_repeats() -> None:
    mix = Mix(caps={"claims_en_": 10, "vitaminc_real": 5}, repeats={"mnli_dev_matched": 3})
    assert mix.cap("claims_en_number") == 10 and mix.cap("vitaminc_real") == 5
    assert mix.cap("claims_fr_number") is None and mix.cap("snli_devtest") is None
    assert mix.repeat("mnli_dev_matched") == 3 and mix.repeat("snli_devtest") == 1
    assert MIXES["v2"].repeat("claims_fr_weekday") == 2


@pytest.mark.skipif(not (DATA / "nli_train").is_dir(), reason="needs ../shared/data")
def test_mixes_share_one_validation_split() -> None:
    train_v1, val_v1 = training_pairs(DATA, mix="v1")
    train_v2, val_v2 = training_pairs(DATA, mix="v2")
    held = {(p.source, p.group) for p in val_v1} | {(p.source, p.group) for p in val_v2}
    # No validation group of either mix is trained on by the other.
    assert not {(p.source, p.group) for p in train_v1 + train_v2} & held
    c1, c2 = Counter(p.source for p in train_v1), Counter(p.source for p in train_v2)
    assert c2["mnli_dev_matched"] == 3 * c1["mnli_dev_matched"]
    assert c2["vitaminc_real"] <= 12000 < c1["vitaminc_real"]
    assert c2["claims_fr_weekday"] == c1["claims_fr_weekday"]  # French still shown twice
    assert max(n for s, n in c2.items() if s.startswith("claims_en_")) <= 1500
    # xnli_fr is never a training source.
    assert not any("xnli" in s for s in c1 | c2)


@pytest.mark.skipif(not (DATA / "nli_train").is_dir(), reason="needs ../shared/data")
def test_v3_is_v2_with_each_languages_labels_weighed_equally() -> None:
    train_v2, _ = training_pairs(DATA, mix="v2")
    train_v3, _ = training_pairs(DATA, mix="v3")
    assert train_v3 == train_v2
    assert MIXES["v3"].balance_labels_by_language and not MIXES["v2"].balance_labels_by_language
    raw: dict[str, Counter[str]] = {}
    weighed: dict[str, Counter[str]] = {}
    for p, w in zip(train_v3, label_weights_by_language(train_v3), strict=True):
        raw.setdefault(pair_language(p), Counter())[p.label] += 1
        weighed.setdefault(pair_language(p), Counter())[p.label] += w
    # Unweighted, French is far more often neutral than English: the prior v3 removes.
    share = {lang: c["neutral"] / c.total() for lang, c in raw.items()}
    assert share["fr"] > share["en"] + 0.08
    for counts in weighed.values():
        assert max(counts.values()) - min(counts.values()) < 1e-6 * counts.total()


@pytest.mark.skipif(not (DATA / "nli_extra").is_dir(), reason="needs ../shared/data/nli_extra")
def test_v4_adds_nli_extra_with_binary_labels_and_no_evaluation_pair() -> None:
    from factdiff.nli.data import (
        NOT_ENTAILMENT,
        eval_sets,
        nli_train_pairs,
        pair_family,
    )

    _, val_v3 = training_pairs(DATA, mix="v3")
    train_v4, _ = training_pairs(DATA, mix="v4")
    sources = Counter(p.source for p in train_v4)
    for name in ("mnli_bin", "pawsx_fr", "pawsx_xl", "ntrex_xl", "ntrex_next_xl", "med"):
        assert sources[name] > 0, name
    assert sources["pawsx_fr"] == 2 * len({p.group for p in train_v4 if p.source == "pawsx_fr"})
    # Binary labels stay binary (never "neutral"), and only on binary sources.
    assert {p.label for p in train_v4 if p.source == "pawsx_fr"} == {"entailment", NOT_ENTAILMENT}
    assert all(pair_family(p) == "2way" for p in train_v4 if p.label == NOT_ENTAILMENT)
    # Binary MultiNLI keeps only the pairs the 3-way copy does not have.
    mnli = {(p.premise, p.hypothesis) for p in nli_train_pairs(DATA)}
    assert not any((p.premise, p.hypothesis) in mnli for p in train_v4 if p.source == "mnli_bin")
    # Translations go both ways, in pair_language "xl".
    assert {pair_language(p) for p in train_v4 if p.source.startswith(("ntrex", "claims_xl"))} == {
        "xl"
    }
    # The validation groups of v3 are still held out of v4's training.
    held = {(p.source, p.group) for p in val_v3}
    assert not {(p.source, p.group) for p in train_v4} & held
    # No evaluation premise (nor xnli) is trained on.
    evaluation = {p.premise.strip() for pairs in eval_sets(DATA).values() for p in pairs}
    assert not any(p.premise.strip() in evaluation for p in train_v4)
    assert not any("xnli" in s for s in sources)
    # Weighed, each (language, family) has its labels at equal weight.
    weighed: dict[tuple[str, str], Counter[str]] = {}
    for p, w in zip(train_v4, label_weights_by_language(train_v4), strict=True):
        weighed.setdefault((pair_language(p), pair_family(p)), Counter())[p.label] += w
    for counts in weighed.values():
        assert max(counts.values()) - min(counts.values()) < 1e-6 * counts.total()


def test_mix_v6_weighs_binary_pairs_lower():
    from factdiff.nli.data import Pair, pair_weights

    pairs = [
        Pair("Il pleut.", "Il fait beau.", "contradiction", "xnli_like", "g1"),
        Pair("Il pleut.", "Le sol est mouillé.", "entailment", "xnli_like", "g2"),
        Pair("It rains.", "It is sunny.", "not_entailment", "mnli_bin", "g3"),
        Pair("It rains.", "The ground is wet.", "entailment", "mnli_bin", "g4"),
    ]
    v4, v6 = pair_weights(pairs, "v4"), pair_weights(pairs, "v6")
    assert v6[:2] == v4[:2]  # three-way pairs unchanged
    assert v6[2:] == pytest.approx([0.3 * w for w in v4[2:]])


def test_time_edit_changes_the_value_a_time_expression_gives():
    import random

    from factdiff.nli.data import _time_edit

    rng = random.Random(1)
    monday = _time_edit("Monday morning", rng)
    assert monday is not None and monday.endswith(" morning") and "Monday" not in monday
    clock = _time_edit("around 10 a.m.", rng)
    assert clock is not None and clock.startswith("around ") and "10 a.m." not in clock
    assert _time_edit("last night", rng) == "last afternoon"
    assert _time_edit("recently", rng) is None  # nothing to change


def test_benchmark_ecb_docs_reads_only_document_ids(tmp_path):
    from factdiff.nli.data import benchmark_ecb_docs

    (tmp_path / "within_x").mkdir()
    (tmp_path / "within_x" / "labels.json").write_text(
        '[{"note": "ECB+ 3_9ecb (a trial). Edited: ..."}, {"note": "ECB+ 20_4ecbplus, AFP"}]'
    )
    (tmp_path / "clusters" / "c1").mkdir(parents=True)
    (tmp_path / "clusters" / "c1" / "gold.json").write_text('{"note": "from ECB+ 7_3ecbplus"}')
    assert benchmark_ecb_docs(tmp_path) == {"3_9ecb.xml", "20_4ecbplus.xml", "7_3ecbplus.xml"}
    assert benchmark_ecb_docs(tmp_path / "missing") == frozenset()


@pytest.mark.skipif(not (DATA / "ecbplus").is_dir(), reason="needs ../shared/data/ecbplus")
def test_coref_pairs_tell_one_event_twice_with_and_without_a_changed_value():
    import json

    from factdiff.nli.data import coref_pairs
    from factdiff.text import ptb_detok

    pairs = coref_pairs(DATA)
    labels = Counter(p.label for p in pairs)
    assert set(labels) == {"neutral", "contradiction"} and labels["contradiction"] > 1000
    neutral = {(p.premise, p.hypothesis) for p in pairs if p.label == "neutral"}
    for p in pairs:
        assert p.premise != p.hypothesis and p.group.startswith("ecb:")
        if p.label == "contradiction":
            # the same two sentences, unedited, are shown as a neutral pair
            originals = [h for prem, h in neutral if prem == p.premise]
            assert originals and any(
                len(set(h.split()) ^ set(p.hypothesis.split())) <= 8 for h in originals
            )
    # a document named in `exclude` gives no sentence
    first = json.loads((DATA / "ecbplus" / "ecbplus_docs.jsonl").open().readline())
    own = {ptb_detok(s) for s in first["sentences"]}
    assert any(p.premise in own or p.hypothesis in own for p in pairs)
    kept = coref_pairs(DATA, exclude=frozenset({first["doc"]}))
    assert not any(p.premise in own or p.hypothesis in own for p in kept)


@pytest.mark.skipif(not (DATA / "ecbplus").is_dir(), reason="needs ../shared/data/ecbplus")
def test_coref_pairs_compatible_look_alikes_are_neutral_and_leave_the_rest_unchanged():
    from factdiff.nli.data import MIXES, coref_pairs

    plain = coref_pairs(DATA)
    more = coref_pairs(DATA, compatible=True)
    sources = Counter(p.source for p in more)
    assert sources["coref_en_hedge"] > 100 and sources["coref_en_other_event"] > 300
    # the pairs without look-alikes are all still there
    assert Counter(plain) == Counter(
        p for p in more if p.source not in sources - Counter(p.source for p in plain)
    )
    for p in more:
        if p.source == "coref_en_hedge":
            assert p.label == "neutral"
            # a hedge now stands before a count that the premise gives
            hedged = re.findall(r"\b(?:about|around|some) (\d[\d,.]*)", p.hypothesis)
            assert any(count in p.premise for count in hedged)
        elif p.source == "coref_en_other_event":
            assert p.label == "neutral" and p.premise != p.hypothesis
    assert MIXES["v8"].coref_compatible and not MIXES["v7"].coref_compatible
