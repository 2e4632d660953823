"""Temperature calibration of the NLI model, fitted on held-out training data.

factdiff acts on probabilities (a contradiction above a threshold), so they
should mean what they say. One temperature T divides the logits:
p = softmax(z / T). Because softmax ignores a constant shift, T can be fitted
from probabilities alone (log p = z - logsumexp z), which is what the scorer
returns. T is chosen by grid search to minimise the negative log-likelihood of
the **validation split of the model's own training mix** (2% of training
groups, never trained on): never an evaluation set.

Pairs of binary sources (`NOT_ENTAILMENT`) count by 1 - p(entailment), like
their training loss. The reliability curves (`reliability`) bin 3-way pairs by
the top probability (accuracy against confidence) and by p(contradiction)
(observed share of contradictions), the probability factdiff thresholds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from factdiff.nli.data import NOT_ENTAILMENT, validation_pairs
from factdiff.nli.model import CONFIG_NAME, LABELS

_EPS = 1e-12


def rescale(probs: np.ndarray, temperature: float) -> np.ndarray:
    """Probabilities the logits behind `probs` give at `temperature`."""
    logits = np.log(np.clip(probs, _EPS, 1.0)) / temperature
    logits -= logits.max(axis=1, keepdims=True)
    out = np.exp(logits)
    return out / out.sum(axis=1, keepdims=True)


def nll(probs: np.ndarray, labels: Sequence[str]) -> float:
    """Mean negative log-likelihood; `NOT_ENTAILMENT` counts as 1 - p(entailment)."""
    p = np.array(
        [
            1.0 - row[0] if y == NOT_ENTAILMENT else row[LABELS.index(y)]
            for row, y in zip(probs, labels, strict=True)
        ]
    )
    return float(-np.log(np.clip(p, _EPS, 1.0)).mean())


def fit_temperature(probs: np.ndarray, labels: Sequence[str]) -> float:
    """The temperature in [0.25, 8] (log grid, 2% apart) of least NLL on (probs, labels)."""
    grid = np.exp(np.linspace(np.log(0.25), np.log(8.0), 176))
    losses = [nll(rescale(probs, t), labels) for t in grid]
    return round(float(grid[int(np.argmin(losses))]), 3)


def reliability(
    probs: np.ndarray, labels: Sequence[str], bins: int = 10, column: str | None = None
) -> list[dict[str, float]]:
    """Reliability curve over the 3-way pairs, equal-width bins of [0, 1].

    `column` None: bins by the top probability, `observed` = accuracy. A label
    name: bins by that label's probability, `observed` = share of that label.
    Empty bins are left out.
    """
    keep = [i for i, y in enumerate(labels) if y in LABELS]
    gold = np.array([LABELS.index(labels[i]) for i in keep])
    p = probs[keep]
    if column is None:
        conf, hit = p.max(axis=1), (p.argmax(axis=1) == gold)
    else:
        k = LABELS.index(column)
        conf, hit = p[:, k], gold == k
    rows = []
    which = np.minimum((conf * bins).astype(int), bins - 1)
    for b in range(bins):
        sel = which == b
        if sel.any():
            rows.append(
                {
                    "bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}",
                    "n": int(sel.sum()),
                    "mean_probability": round(float(conf[sel].mean()), 3),
                    "observed": round(float(hit[sel].mean()), 3),
                }
            )
    return rows


def expected_calibration_error(rows: list[dict[str, float]]) -> float:
    n = sum(r["n"] for r in rows)
    return round(sum(r["n"] * abs(r["mean_probability"] - r["observed"]) for r in rows) / n, 4)


def calibration_record(probs: np.ndarray, labels: Sequence[str]) -> dict[str, Any]:
    """Fitted temperature with NLL, ECE and reliability curves before and after."""
    t = fit_temperature(probs, labels)
    after = rescale(probs, t)
    record: dict[str, Any] = {"temperature": t, "pairs": len(labels)}
    for name, p in (("before", probs), ("after", after)):
        top = reliability(p, labels)
        contra = reliability(p, labels, column="contradiction")
        record[name] = {
            "nll": round(nll(p, labels), 4),
            "ece": expected_calibration_error(top),
            "contradiction_ece": expected_calibration_error(contra),
            "reliability": top,
            "contradiction_reliability": contra,
        }
    return record


def calibrate(model_dir: Path, data: Path, write: bool = False) -> dict[str, Any]:
    """Fit the temperature of the factdiff model in `model_dir` on the validation
    split of its own training mix (seed and mix read from its training record);
    with `write`, store it in the model's config, where `NLIScorer` applies it."""
    from factdiff.nli.scorer import NLIScorer

    cfg_path = model_dir / CONFIG_NAME
    cfg = json.loads(cfg_path.read_text())
    training = cfg.get("training") or {}
    val = validation_pairs(data, seed=int(training.get("seed", 13)), mix=training["mix"])
    scorer = NLIScorer(model_dir, temperature=1.0)
    probs = scorer.score([(p.premise, p.hypothesis) for p in val])
    record = calibration_record(probs, [p.label for p in val])
    record["fitted_on"] = f"validation split of mix {training['mix']} (seed {training.get('seed')})"
    if write:
        cfg["temperature"] = record["temperature"]
        cfg["calibration"] = record
        cfg_path.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n")
    return record


def markdown(record: dict[str, Any]) -> str:
    """The reliability curves before and after, as Markdown tables (for the model card)."""
    lines = [
        f"Temperature {record['temperature']} fitted on {record['pairs']} pairs "
        f"({record.get('fitted_on', '')}): NLL {record['before']['nll']} -> "
        f"{record['after']['nll']}, ECE {record['before']['ece']} -> {record['after']['ece']}, "
        f"contradiction ECE {record['before']['contradiction_ece']} -> "
        f"{record['after']['contradiction_ece']}.",
    ]
    for key, title in (
        ("reliability", "top probability: accuracy"),
        ("contradiction_reliability", "p(contradiction): share of contradictions"),
    ):
        lines += ["", f"| {title} | n before | mean p | observed | n after | mean p | observed |"]
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        before = {r["bin"]: r for r in record["before"][key]}
        after = {r["bin"]: r for r in record["after"][key]}
        for b in sorted(set(before) | set(after)):
            cells = []
            for side in (before, after):
                r = side.get(b)
                cells += (
                    [str(r["n"]), str(r["mean_probability"]), str(r["observed"])]
                    if r
                    else [
                        "0",
                        "",
                        "",
                    ]
                )
            lines.append(f"| {b} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
