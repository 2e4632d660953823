"""Temperature calibration: fitted on probabilities, applied by the scorer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from factdiff.nli.calibrate import (
    calibration_record,
    fit_temperature,
    markdown,
    nll,
    reliability,
    rescale,
)
from factdiff.nli.model import LABELS
from test_nli_model import PAIRS, shipped_tiny  # noqa: F401 - fixture


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _sample(n: int = 4000, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    rng = np.random.default_rng(seed)
    z = rng.normal(size=(n, 3)) * 2.0
    true = _softmax(z)
    labels = [LABELS[rng.choice(3, p=row)] for row in true]
    return z, labels


def test_an_overconfident_model_gets_its_temperature_back() -> None:
    z, labels = _sample()
    overconfident = _softmax(2.5 * z)  # logits 2.5 times too large
    t = fit_temperature(overconfident, labels)
    assert 2.2 < t < 2.8
    assert np.allclose(rescale(overconfident, t), _softmax(2.5 * z / t), atol=1e-3)
    assert nll(rescale(overconfident, t), labels) < nll(overconfident, labels)
    # A calibrated model keeps a temperature near 1.
    assert 0.9 < fit_temperature(_softmax(z), labels) < 1.1


def test_binary_labels_count_by_one_minus_p_entailment() -> None:
    probs = np.array([[0.2, 0.5, 0.3], [0.9, 0.05, 0.05]])
    assert nll(probs, ["not_entailment", "entailment"]) == pytest.approx(
        -(np.log(0.8) + np.log(0.9)) / 2
    )


def test_reliability_curves_and_record() -> None:
    z, labels = _sample(2000, seed=1)
    probs = _softmax(3.0 * z)
    labels = labels[:-1] + ["not_entailment"]  # binary pairs are left out of the curves
    rows = reliability(probs, labels)
    assert sum(r["n"] for r in rows) == len(labels) - 1
    contra = reliability(probs, labels, column="contradiction")
    assert all(0 <= r["observed"] <= 1 for r in contra)
    record = calibration_record(probs, labels)
    assert record["after"]["nll"] < record["before"]["nll"]
    assert record["after"]["ece"] < record["before"]["ece"]
    table = markdown(record)
    assert "| 0.9-1.0 |" in table and f"Temperature {record['temperature']}" in table


def test_the_scorer_applies_the_models_temperature(
    shipped_tiny: tuple[Path, np.ndarray],  # noqa: F811 - the imported fixture
) -> None:
    from factdiff.nli.model import CONFIG_NAME
    from factdiff.nli.scorer import NLIScorer

    path, _ = shipped_tiny
    plain = NLIScorer(path, precision="fp32").score(PAIRS)
    cfg = json.loads((path / CONFIG_NAME).read_text())
    cfg["temperature"] = 2.0
    (path / CONFIG_NAME).write_text(json.dumps(cfg))
    warm = NLIScorer(path, precision="fp32").score(PAIRS)
    assert np.allclose(warm, rescale(plain, 2.0), atol=1e-4)
    assert (warm.argmax(1) == plain.argmax(1)).all()  # accuracy unchanged
    forced = NLIScorer(path, precision="fp32", temperature=1.0).score(PAIRS)
    assert np.allclose(forced, plain, atol=1e-6)
