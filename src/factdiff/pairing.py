"""Same fact or not: one calibrated score for a cross-source sentence pair.

Several signals, each measured on its own in `benchmarks/pair_signals.py`:

- `lexical`: the IDF-weighted cosine of content features of the align stage
  (IDF over the run's own sentences);
- `background`: the same features weighted by how rare each word is in general
  French and English (wordfreq's corpus frequencies), so that two short
  articles' shared words count for what they are and not for how few
  sentences the run has;
- `semantic`: the cosine of the two sentences' multilingual-e5 embeddings
  (factdiff.embed), which meets across languages where words do not;
- `crosslingual`: whether the two sentences are in different languages (the
  lexical signals are weaker there, the model learns by how much), and
  `semantic_crosslingual`, the semantic cosine of such pairs only (e5 is what
  meets across languages: it gets its own weight there).

A logistic model maps them to P(same fact). Its coefficients
(`same_fact.json`) are fitted by `benchmarks/fit_same_fact.py` on the dev
clusters of ../shared/eval/dev and the seeds only; dev2 and the held-out
clusters measure it. The disputed value never enters the score: dates,
numbers and places are features of the align stage but are left out here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wordfreq import zipf_frequency

# Zipf frequency (log10 of occurrences per billion words) above which a word says
# nothing about what a sentence is about ("le", "the", "est").
FUNCTION_WORD_ZIPF = 5.6
# A word wordfreq has never seen (a name) weighs this much.
RAREST_WEIGHT = 8.0
VALUE_PREFIXES = ("num:", "date:")

SIGNALS: tuple[str, ...] = (
    "lexical",
    "background",
    "semantic",
    "crosslingual",
    "semantic_crosslingual",
)


@lru_cache(maxsize=200_000)
def background_weight(word: str) -> float:
    """How much a folded word tells about a sentence: 8 minus its Zipf frequency in
    the more frequent of French and English (0 for function words)."""
    zipf = max(zipf_frequency(word, "fr"), zipf_frequency(word, "en"))
    if zipf > FUNCTION_WORD_ZIPF:
        return 0.0
    return max(0.5, RAREST_WEIGHT - zipf)


def weighted_overlap(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two weighted feature sets (presence, not counts)."""
    shared = set(a) & set(b)
    if not shared:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    dot = sum(a[k] * b[k] for k in shared)
    return dot / (na * nb) if na and nb else 0.0


@dataclass(frozen=True)
class SameFactModel:
    """Logistic regression over named signals; `predict` returns P(same fact)."""

    signals: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float

    def predict(self, values: Mapping[str, float]) -> float:
        terms = zip(self.signals, self.coef, strict=True)
        z = self.intercept + sum(c * values[s] for s, c in terms)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def as_dict(self) -> dict[str, object]:
        return {"signals": list(self.signals), "coef": list(self.coef), "intercept": self.intercept}

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> SameFactModel:
        signals = tuple(str(s) for s in raw["signals"])  # type: ignore[union-attr]
        coef = tuple(float(c) for c in raw["coef"])  # type: ignore[union-attr]
        if len(signals) != len(coef) or not set(signals) <= set(SIGNALS):
            raise ValueError(f"bad same-fact model: {raw}")
        return cls(signals, coef, float(raw["intercept"]))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def shipped_models() -> dict[str, SameFactModel]:
    """The fitted models: "semantic" (all signals) and "lexical" (without embeddings)."""
    raw = json.loads(resources.files("factdiff").joinpath("same_fact.json").read_text())
    return {name: SameFactModel.from_dict(m) for name, m in raw["models"].items()}


def model_for(semantic: bool) -> SameFactModel:
    return shipped_models()["semantic" if semantic else "lexical"]
