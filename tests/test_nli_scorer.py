"""NLIScorer on tiny, randomly initialised Hugging Face models built on the fly."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from factdiff.errors import ModelError  # noqa: E402
from factdiff.nli import LABELS, NLIScorer  # noqa: E402
from factdiff.nli.scorer import label_columns  # noqa: E402
from helpers_tiny_nli import save_tiny_nli  # noqa: E402

PAIRS = [
    ("Le ministre a rencontré le président lundi à Paris.", "Le ministre était à Lyon mardi."),
    ("Il a accepté.", "Il a rejeté."),
    ("The minister met the president on Monday.", "The president was met."),
    ("Trois morts et dix blessés ont été signalés mardi dans la réunion.", "Dix morts."),
    ("", "Il"),
]


def _save_tiny(tmp_path: Path, id2label: dict[int, str], seed: int = 0) -> Path:
    return save_tiny_nli(
        tmp_path / f"tiny-{len(id2label)}way",
        labels=id2label,
        max_length=32,
        strip_accents=False,
        seed=seed,
    )


@pytest.fixture(scope="module")
def tiny3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Deliberately not in (entailment, neutral, contradiction) order.
    labels = {0: "CONTRADICTION", 1: "Entailment", 2: "neutral"}
    return _save_tiny(tmp_path_factory.mktemp("m3"), labels)


def test_shape_sum_and_label_order(tiny3: Path) -> None:
    scorer = NLIScorer(tiny3, batch_size=2)
    probs = scorer.score(PAIRS)
    assert probs.shape == (len(PAIRS), 3)
    assert probs.dtype == np.float32
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert LABELS == ("entailment", "neutral", "contradiction")

    # Columns follow LABELS whatever the model's own id2label order is.
    raw = scorer.model
    tok = scorer.tokenizer
    enc = tok(PAIRS[0][0], PAIRS[0][1], return_tensors="pt")
    with torch.inference_mode():
        own = torch.softmax(raw(**enc).logits, -1)[0].numpy()
    np.testing.assert_allclose(probs[0], [own[1], own[2], own[0]], atol=1e-5)


def test_input_order_and_batching_do_not_matter(tiny3: Path) -> None:
    a = NLIScorer(tiny3, batch_size=1).score(PAIRS)
    b = NLIScorer(tiny3, batch_size=64).score(PAIRS)
    np.testing.assert_allclose(a, b, atol=1e-5)
    rev = NLIScorer(tiny3, batch_size=3).score(PAIRS[::-1])
    np.testing.assert_allclose(rev[::-1], a, atol=1e-5)
    budget = NLIScorer(tiny3, batch_tokens=1).score(PAIRS)  # one pair a batch
    np.testing.assert_allclose(budget, a, atol=1e-5)
    with pytest.raises(ValueError):
        NLIScorer(tiny3, batch_tokens=0)


def test_deterministic_and_model_id_stable(tiny3: Path) -> None:
    s1, s2 = NLIScorer(tiny3), NLIScorer(tiny3)
    np.testing.assert_array_equal(s1.score(PAIRS), s1.score(PAIRS))
    np.testing.assert_array_equal(s1.score(PAIRS), s2.score(PAIRS))
    assert s1.model_id == s2.model_id
    assert s1.model_id.startswith("tiny-3way@")


def test_empty_input(tiny3: Path) -> None:
    assert NLIScorer(tiny3).score([]).shape == (0, 3)


def test_long_pairs_truncate_premise_first(tiny3: Path) -> None:
    scorer = NLIScorer(tiny3)
    premise = " ".join(["lundi"] * 200)
    hypothesis = "le ministre a rejeté"
    ids, _types = scorer._encode(premise, hypothesis)
    assert len(ids) == scorer.max_length == 32
    hyp_ids = scorer.tokenizer(hypothesis, add_special_tokens=False)["input_ids"]
    assert ids[-len(hyp_ids) - 1 : -1] == hyp_ids  # hypothesis kept whole
    assert scorer.score([(premise, hypothesis)]).shape == (1, 3)


def test_two_way_model_puts_non_entailment_into_neutral(tmp_path: Path) -> None:
    path = _save_tiny(tmp_path, {0: "entailment", 1: "not_entailment"})
    probs = NLIScorer(path).score(PAIRS)
    assert probs.shape == (len(PAIRS), 3)
    assert np.all(probs[:, 2] == 0.0)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)


def test_missing_directory_is_a_model_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(ModelError, match="nope"):
        NLIScorer(missing)


def test_not_an_nli_model(tmp_path: Path) -> None:
    path = _save_tiny(tmp_path, {0: "LABEL_0", 1: "LABEL_1"})
    with pytest.raises(ModelError, match="not an NLI model"):
        NLIScorer(path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelError, match="config.json"):
        NLIScorer(empty)


def test_label_name_variants() -> None:
    assert label_columns({0: "entail", 1: "Neutral", 2: "contradict"}) == [0, 1, 2]
    assert label_columns({0: "non-entailment", 1: "ENTAILMENT"}) == [1, 0]
    with pytest.raises(ModelError):
        label_columns({0: "entailment", 1: "neutral"})


def test_default_model_missing_is_a_model_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factdiff.nli.paths as paths_mod

    monkeypatch.setattr(paths_mod, "default_model_dirs", lambda: [tmp_path / "none"])
    with pytest.raises(ModelError, match="not available"):
        NLIScorer(None)
