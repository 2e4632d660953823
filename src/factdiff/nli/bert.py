"""A BERT encoder in plain torch, for inference with the shipped model.

Importing transformers' BertModel costs about 3 s on these machines, more
than loading the weights; the shipped model only needs a forward pass, so it
uses this module, which reads the same config.json and safetensors weights
and gives the same outputs (tests/test_nli_bert.py compares the two).
Training and Hugging Face models given by --model still use transformers.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import torch
from torch import nn
from torch.nn import functional as F

if TYPE_CHECKING:
    from tokenizers import Tokenizer


@dataclass
class BertConfig:
    vocab_size: int
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    intermediate_size: int
    max_position_embeddings: int
    type_vocab_size: int
    layer_norm_eps: float
    hidden_act: str = "gelu"

    @classmethod
    def from_file(cls, path: Path) -> BertConfig:
        raw = json.loads(path.read_text())
        return cls(**{k: raw[k] for k in cls.__dataclass_fields__ if k in raw})


# A PlainBert's parameters are never initialised: `PlainBert.from_folder` assigns the
# file's tensors to every one of them. Drawing random weights first took 0.6 s of
# every cold run (96M numbers for the word table alone). Linear and LayerNorm
# parameters are shells on torch's meta device; embedding tables are left
# uninitialised instead, as an embedding's random init on the meta device (or a
# `torch.device("meta")` context) imports torch._dynamo, 1.2 s.
def _table(rows: int, dim: int) -> nn.Embedding:
    return nn.Embedding(rows, dim, _weight=torch.empty(rows, dim))


def _linear(n_in: int, n_out: int) -> nn.Linear:
    return nn.Linear(n_in, n_out, device="meta")


def _norm(dim: int, eps: float) -> nn.LayerNorm:
    return nn.LayerNorm(dim, eps=eps, device="meta")


def bf16_fast(device: torch.device) -> bool:
    """bf16 autocast only pays off on CPUs with native bf16/AVX-512 support."""
    if device.type != "cpu":
        return True
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


class _Embeddings(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.word_embeddings = _table(c.vocab_size, c.hidden_size)
        self.position_embeddings = _table(c.max_position_embeddings, c.hidden_size)
        self.token_type_embeddings = _table(c.type_vocab_size, c.hidden_size)
        self.LayerNorm = _norm(c.hidden_size, c.layer_norm_eps)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = (
            self.word_embeddings(input_ids)
            + self.position_embeddings(positions)
            + self.token_type_embeddings(torch.zeros_like(input_ids))
        )
        return self.LayerNorm(x)


class _SelfAttention(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.heads = c.num_attention_heads
        self.query = _linear(c.hidden_size, c.hidden_size)
        self.key = _linear(c.hidden_size, c.hidden_size)
        self.value = _linear(c.hidden_size, c.hidden_size)


class _Dense(nn.Module):
    """A projection, then LayerNorm over it plus the residual."""

    def __init__(self, n_in: int, n_out: int, eps: float) -> None:
        super().__init__()
        self.dense = _linear(n_in, n_out)
        self.LayerNorm = _norm(n_out, eps)


class _Attention(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.self = _SelfAttention(c)
        self.output = _Dense(c.hidden_size, c.hidden_size, c.layer_norm_eps)


class _Intermediate(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.dense = _linear(c.hidden_size, c.intermediate_size)


class _Layer(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.attention = _Attention(c)
        self.intermediate = _Intermediate(c)
        self.output = _Dense(c.intermediate_size, c.hidden_size, c.layer_norm_eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        att = self.attention.self
        b, n, d = x.shape
        h = att.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, h, d // h).transpose(1, 2)

        q, k, v = split(att.query(x)), split(att.key(x)), split(att.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d // h) + bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
        out = self.attention.output
        x = out.LayerNorm(out.dense(context) + x)
        ff = self.output
        return ff.LayerNorm(ff.dense(F.gelu(self.intermediate.dense(x))) + x)


class _Encoder(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.layer = nn.ModuleList(_Layer(c) for _ in range(c.num_hidden_layers))


class PlainBert(nn.Module):
    """BertModel's encoder (no pooler): same parameter names, same outputs."""

    def __init__(self, config: BertConfig) -> None:
        super().__init__()
        self.config = config
        self.embeddings = _Embeddings(config)
        self.encoder = _Encoder(config)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> SimpleNamespace:
        x = self.embeddings(input_ids)
        # Padding gets the dtype's lowest value before the softmax, as transformers does.
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for layer in self.encoder.layer:
            x = layer(x, bias)
        return SimpleNamespace(last_hidden_state=x)

    @classmethod
    def from_folder(cls, folder: Path, num_layers: int | None = None) -> PlainBert:
        """Read a BertModel folder (config.json, model.safetensors) saved by transformers,
        keeping its first `num_layers` layers (all by default)."""
        from safetensors.torch import load_file

        config = BertConfig.from_file(folder / "config.json")
        if num_layers is not None:
            config.num_hidden_layers = layers_kept(num_layers, config.num_hidden_layers)
        model = cls(config)
        state = load_file(str(folder / "model.safetensors"))
        state = {k.removeprefix("bert."): v for k, v in state.items()}
        own = model.state_dict()
        missing = [k for k in own if k not in state]
        if missing:
            raise ValueError(f"{folder}: weights lack {missing[:3]}")
        model.load_state_dict({k: state[k] for k in own}, assign=True)
        return model.eval()


def layers_kept(num_layers: int, total: int) -> int:
    """`num_layers`, checked to be a count of the `total` layers an encoder has."""
    if not 1 <= num_layers <= total:
        raise ValueError(f"num_layers must be in 1..{total}, got {num_layers}")
    return num_layers


def length_batches(lengths: Sequence[int], max_items: int, max_tokens: int) -> list[list[int]]:
    """Indices of `lengths` in batches of similar length (little padding), each of at
    most `max_items` items and `max_tokens` padded tokens (one item at least).

    A token budget rather than a fixed count: on these CPUs a batch of 32 pairs of 200
    tokens takes twice as long per pair as batches of 8 (its attention scores no longer
    fit the caches), while short pairs go as fast in batches of 32."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    for i in order:
        last = batches[-1] if batches else None
        # Sorted: the new item is the longest, so it sets the batch's padded width.
        if last and len(last) < max_items and (len(last) + 1) * lengths[i] <= max_tokens:
            last.append(i)
        else:
            batches.append([i])
    return batches


def padded(rows: Sequence[Sequence[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Token id rows as one batch padded on the right with `pad`, and its attention mask."""
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[i, : len(row)] = 1
    return ids, mask


@functools.cache
def read_tokenizer(path: Path) -> Tokenizer:
    """A tokenizer.json read once per process (e5's 250,000 pieces take 0.5 s), shared by
    the NLI scorer and the e5 embedder: callers never change its settings."""
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(path))


class PlainTokenizer:
    """The few things the scorer asks of a fast tokenizer, read with `tokenizers` alone
    (importing transformers costs about 2 s before anything is tokenized)."""

    def __init__(self, folder: Path) -> None:
        self._tokenizer = read_tokenizer(folder / "tokenizer.json")
        config_file = folder / "tokenizer_config.json"
        config = json.loads(config_file.read_text()) if config_file.is_file() else {}
        pad = config.get("pad_token", "<pad>")
        pad = pad.get("content", "<pad>") if isinstance(pad, dict) else pad
        pad_id = self._tokenizer.token_to_id(pad)
        if pad_id is None:
            raise ValueError(f"{folder}: no id for the padding token {pad!r}")
        self.pad_token_id = pad_id
        self.model_max_length = int(config.get("model_max_length", 512))
        self.model_input_names = ["input_ids", "attention_mask"]

    def num_special_tokens_to_add(self, pair: bool = False) -> int:
        processor = self._tokenizer.post_processor
        return processor.num_special_tokens_to_add(pair) if processor is not None else 0
